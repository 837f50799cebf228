"""Báo cáo: choose the period (and, with several plans, what the report is about), see what it counts,
write the narrative, preview, build, export, sign.

The page holds at most one *current report*: the draft or issued report of the chosen period and plan
choice (or one reopened from the history, with the plan(s) it was made for). Its narrative is saved
when the clerk leaves a field; a draft is created only then, so browsing periods leaves nothing behind.
Counting, previewing and building run off the GUI thread through the context's runner. The helpers
(report_*.py) are given the widgets, services and callbacks they need, never the page.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bkfi_desktop.core.periods import Period, format_date_vi
from bkfi_desktop.core.reports import create_draft, get_report, save_narrative
from bkfi_desktop.core.reports.registry import ReportDetail, owed_period, period_for
from bkfi_desktop.errors import BkfiError
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.forms import FormUi
from bkfi_desktop.ui.pages.base import Page
from bkfi_desktop.ui.pages.report_history import ReportHistory
from bkfi_desktop.ui.pages.report_narrative import NarrativeEditor
from bkfi_desktop.ui.pages.report_numbering import NumberFields, ReportNumbering
from bkfi_desktop.ui.pages.report_output import BuildRequest, ReportOutput
from bkfi_desktop.ui.pages.report_period import PeriodChoice
from bkfi_desktop.ui.pages.report_plan_choice import PlanChoice
from bkfi_desktop.ui.pages.report_preview import PdfPreview, PreviewRequest, ReportPreviewer
from bkfi_desktop.ui.pages.report_state import state_text
from bkfi_desktop.ui.pages.report_summary import fill_counts
from bkfi_desktop.workflows.period_counts import PeriodCounts, count_period


class ReportsPageUi(FormUi):
    form = "reports_page"
    titleLabel: QLabel
    periodBox: QGroupBox
    periodKindCombo: QComboBox
    yearSpin: QSpinBox
    planLabel: QLabel
    planCombo: QComboBox
    windowLabel: QLabel
    reportStateLabel: QLabel
    mainSplitter: QSplitter
    leftSplitter: QSplitter
    countsSummaryLabel: QLabel
    countsTable: QTableWidget
    narrativeTabs: QTabWidget
    resultsEdit: QPlainTextEdit
    limitationsEdit: QPlainTextEdit
    causesEdit: QPlainTextEdit
    directionsEdit: QPlainTextEdit
    proposalsEdit: QPlainTextEdit
    narrativeStatusLabel: QLabel
    numberLabel: QLabel
    numberSpin: QSpinBox
    numberSuffixLabel: QLabel
    issuedDateLabel: QLabel
    issuedDateEdit: QDateEdit
    numberHintLabel: QLabel
    buildButton: QPushButton
    exportPdfButton: QPushButton
    exportExcelButton: QPushButton
    signButton: QPushButton
    verifyButton: QPushButton
    historyTable: QTableWidget
    reopenButton: QPushButton
    markSentButton: QPushButton
    previewStatusLabel: QLabel
    previewStack: QStackedWidget
    previewEmptyLabel: QLabel
    previewPdfPage: QWidget
    previewPdfLayout: QVBoxLayout


class ReportsPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = ui = ReportsPageUi.load_into(self)
        self.period: Period | None = None
        self.plan_key: str | None = None  # what the open report is about: one plan, or None: the whole work
        self.report: ReportDetail | None = None
        self.counts: PeriodCounts | None = None
        self._stale = False
        self._edited = False  # narrative saved since the report was opened: the preview is rebuilt
        self.periods = PeriodChoice(ui.periodKindCombo, ui.yearSpin)
        self.narrative = NarrativeEditor(
            {
                "results": ui.resultsEdit,
                "limitations": ui.limitationsEdit,
                "causes": ui.causesEdit,
                "directions": ui.directionsEdit,
                "proposals": ui.proposalsEdit,
            },
            self,
        )
        self.preview = PdfPreview(
            ui.previewStack, ui.previewPdfPage, ui.previewPdfLayout, ui.previewEmptyLabel
        )
        self.previewer = ReportPreviewer(
            self.preview, context, ui.previewStatusLabel, again=self.update_preview, wanted=self._still_wanted
        )
        self.plans = PlanChoice(ui.planLabel, ui.planCombo, context.workspace)
        self.history = ReportHistory(
            ui.historyTable, context.workspace, self, plan_name=self.plans.name, on_sent=self._marked_sent
        )
        self.output = ReportOutput(
            context,
            self,
            status_label=ui.narrativeStatusLabel,
            progress_label=ui.previewStatusLabel,
            on_built=self.reopen,
            on_failed=self._update_buttons,
        )
        self.numbering = ReportNumbering(
            NumberFields(
                ui.numberLabel, ui.numberSpin, ui.numberSuffixLabel,
                ui.issuedDateLabel, ui.issuedDateEdit, ui.numberHintLabel,
            ),
            context.workspace,
            context.today,
            self,
        )
        ui.countsTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.countsTable.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.periods.chosen.connect(self.choose_period)
        self.plans.chosen.connect(self.choose_period)
        self.narrative.left_field.connect(self.save_narrative)
        self.narrative.typing_paused.connect(self.update_preview)
        ui.buildButton.clicked.connect(self.build)
        ui.exportPdfButton.clicked.connect(lambda: self.report and self.output.export_pdf(self.report.summary))
        ui.exportExcelButton.clicked.connect(lambda: self.report and self.output.export_excel(self.report.summary))
        ui.signButton.clicked.connect(self._open_sign_dialog)
        ui.verifyButton.clicked.connect(
            lambda: self.output.open_verify_dialog(self.report.summary if self.report else None)
        )
        ui.reopenButton.clicked.connect(self._reopen_selected)
        ui.markSentButton.clicked.connect(self.history.mark_selected_sent)
        ui.historyTable.itemActivated.connect(lambda _item: self._reopen_selected())
        ui.historyTable.itemSelectionChanged.connect(self._update_buttons)
        signals = context.signals
        signals.reports_changed.connect(self.history.reload)
        for changed in (
            signals.tasks_changed,
            signals.plan_changed,
            signals.staff_changed,
            signals.trainings_changed,
            signals.activities_changed,
            signals.profile_changed,
        ):
            changed.connect(self._data_changed)
        self._update_buttons()

    # --- page contract ----------------------------------------------------------------------------

    def refresh(self) -> None:
        self._stale = False
        self.plans.reload()
        self.history.reload()
        if self.period is None:
            self._choose_default_period()
        elif self.report is not None:
            self.reopen(self.report.summary.id)
        else:
            self.choose_period()

    def new_item(self) -> None:
        """Ctrl+N: start another report for the chosen period (e.g. to replace a signed one)."""
        if self.period is not None and self.save_narrative():
            self._open(self.period, self.plan_key, None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _data_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("reports_page/main_splitter", self.ui.mainSplitter.saveState())
        settings.setValue("reports_page/left_splitter", self.ui.leftSplitter.saveState())

    def restore_layout(self, settings: QSettings) -> None:
        for key, splitter, sizes in (
            ("main_splitter", self.ui.mainSplitter, [560, 520]),
            ("left_splitter", self.ui.leftSplitter, [230, 320, 150]),
        ):
            state = settings.value(f"reports_page/{key}")
            if state is None or not splitter.restoreState(state):
                splitter.setSizes(sizes)

    # --- the period -------------------------------------------------------------------------------

    def period_code(self) -> str:
        return self.periods.code()

    def _choose_default_period(self) -> None:
        try:
            with self.context.workspace.session() as session:
                owed = owed_period(session, self.context.today())  # the report due now, if not signed yet
                session.rollback()
        except BkfiError as error:
            dialogs.show_error(self, error)
            return
        self.periods.set_code(owed.code)
        self.choose_period()

    def choose_period(self) -> None:
        """The clerk picked a period: its current report (draft or issued) if any, then count."""
        if not self.save_narrative():
            return
        code = self.period_code()
        try:
            with self.context.workspace.session() as session:
                period = period_for(session, code)
                session.rollback()
        except BkfiError as error:
            dialogs.show_error(self, error)
            return
        plan = self.plans.plan()
        self._open(period, plan, self.history.latest_report_of(period.code, plan))

    def reopen(self, report_id: int) -> None:
        """Open a report from the history: its period, its narrative, its preview."""
        if not self.save_narrative():
            return
        try:
            with self.context.workspace.session() as session:
                detail = get_report(session, report_id)
                period = period_for(session, detail.summary.period)
                session.rollback()
        except BkfiError as error:
            dialogs.show_error(self, error)
            return
        self.periods.set_code(period.code)
        self.plans.show(detail.summary.plan_key)
        self._open(period, detail.summary.plan_key, detail)

    def _open(self, period: Period, plan: str | None, report: ReportDetail | None) -> None:
        self.period, self.plan_key, self.report, self.counts = period, plan, report, None
        self.periods.shown = period.code
        self._edited = False
        self.ui.windowLabel.setText(
            self.tr("Counts from %1 to %2 (cut-off window); due by %3.")
            .replace("%1", format_date_vi(period.start))
            .replace("%2", format_date_vi(period.end))
            .replace("%3", format_date_vi(period.due_date))
        )
        if report is not None and report.narrative:
            self.narrative.fill(report.narrative, read_only=not report.editable)
        self.ui.narrativeStatusLabel.clear()
        self._update_state()
        self.history.select(report.summary.id if report else None)
        self.context.runner.run(
            lambda progress: count_period(self.context.workspace, period.code, progress, plan),
            on_success=lambda counts: self._counted(counts, plan),
            on_failure=self._count_failed,
            label=self.tr("Counting the period…"),
        )

    def _counted(self, counts: PeriodCounts, plan: str | None) -> None:
        if self.period is None or counts.period.code != self.period.code or plan != self.plan_key:
            return  # the clerk has moved on to another period or plan
        self.counts = counts
        fill_counts(self.ui.countsTable, self.ui.countsSummaryLabel, counts)
        if self.report is None or not self.report.narrative:
            self.narrative.fill(counts.prefill, read_only=False)
        self.update_preview()

    def _count_failed(self, error: BaseException) -> None:
        self.ui.countsSummaryLabel.setText(dialogs.error_text(error))
        self.ui.countsTable.setRowCount(0)
        self.preview.clear(dialogs.error_text(error))

    # --- narrative --------------------------------------------------------------------------------

    def save_narrative(self) -> bool:
        """Save edited sections (creating the period's draft on first save); False if refused."""
        if not self.narrative.dirty or self.period is None:
            return True
        report = self.report
        if report is not None and not report.editable:
            self.narrative.mark_saved()
            return True
        try:
            with self.context.workspace.transaction() as session:
                report_id = (
                    report.summary.id
                    if report
                    else create_draft(session, self.period.code, self.plan_key).summary.id
                )
                self.report = save_narrative(session, report_id, self.narrative.texts())
        except BkfiError as error:
            dialogs.show_error(self, error)
            return False
        self.narrative.mark_saved()
        self._edited = True
        self.ui.narrativeStatusLabel.setText(
            self.tr("Saved at %1.").replace("%1", dt.datetime.now().strftime("%H:%M:%S"))
        )
        self._update_state()
        self.context.announce("reports")
        self.update_preview()
        return True

    # --- preview and build ------------------------------------------------------------------------

    def update_preview(self) -> None:
        """Rebuild the preview from what is on screen now; a built report unchanged shows its own file."""
        if self.period is None:
            return
        report = self.report
        unchanged = not self._edited and not self.narrative.dirty
        if report is not None and (not report.editable or (report.summary.pdf_path and unchanged)):
            self.previewer.show_report_file(report.summary)
            return
        report_id = report.summary.id if report else None
        self.previewer.build(PreviewRequest(self.period.code, self.narrative.texts(), report_id, self.plan_key))

    def _still_wanted(self, request: PreviewRequest) -> bool:
        return self.period is not None and (request.period_code, request.plan) == (self.period.code, self.plan_key)

    def build(self) -> None:
        """Issue the report (Lập báo cáo): save the narrative, ask about the timing, then build."""
        if self.period is None or not self.save_narrative():
            return
        report = self.report
        if report is not None and not report.editable:
            return
        if not self.numbering.confirm_timing(self.period):
            return
        number, issued_on = self.numbering.chosen()
        self.ui.buildButton.setEnabled(False)
        self.output.build(
            BuildRequest(self.period.code, report, self.narrative.texts(), number, issued_on, self.plan_key)
        )

    def _open_sign_dialog(self) -> None:
        if self.report is not None and self.report.summary.status == "issued":
            report_id = self.report.summary.id
            self.output.open_sign_dialog(report_id, lambda: self.reopen(report_id))

    def _marked_sent(self) -> None:
        self.context.announce("reports")  # reloads the history
        self.refresh()  # the open report's status line and buttons follow

    # --- state ------------------------------------------------------------------------------------

    def _reopen_selected(self) -> None:
        report_id = self.history.selected_id()
        if report_id is not None:
            self.reopen(report_id)

    def _update_state(self) -> None:
        report = self.report
        self.ui.reportStateLabel.setText(state_text(report))
        self.numbering.show(report)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui, report = self.ui, self.report
        status = report.summary.status if report else "new"
        built = report is not None and bool(report.summary.pdf_path)
        ui.buildButton.setEnabled(self.period is not None and status in ("new", "draft", "issued"))
        ui.buildButton.setText(
            self.tr("&Build report again") if status == "issued" else self.tr("&Build report")
        )
        ui.exportPdfButton.setEnabled(built)
        ui.exportExcelButton.setEnabled(built and bool(report and report.summary.xlsx_path))
        ui.signButton.setEnabled(status == "issued")
        ui.signButton.setToolTip(
            ""
            if status == "issued"
            else self.tr("Build the report first; a signed report is not signed again.")
        )
        ui.reopenButton.setEnabled(self.history.selected_id() is not None)
        ui.markSentButton.setEnabled(self.history.selected_can_be_sent())
