"""Báo cáo: choose the period, see what it counts, write the narrative, preview, build, export, sign.

The page holds at most one *current report*: the draft or issued report of the chosen period (or one
reopened from the history). Its narrative is saved when the clerk leaves a field; a draft is created
only then, so browsing periods leaves nothing behind. Counting, previewing and building run off the
GUI thread through the context's runner.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

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
from bkfi_desktop.ui.pages.report_numbering import ReportNumbering
from bkfi_desktop.ui.pages.report_output import ReportOutput
from bkfi_desktop.ui.pages.report_preview import PdfPreview
from bkfi_desktop.ui.pages.report_summary import fill_counts
from bkfi_desktop.ui.worker import ProgressReporter
from bkfi_desktop.workflows.build_report import BuiltReport, build_report
from bkfi_desktop.workflows.period_counts import PeriodCounts, count_period


class ReportsPageUi(FormUi):
    form = "reports_page"
    titleLabel: QLabel
    periodBox: QGroupBox
    periodKindCombo: QComboBox
    yearSpin: QSpinBox
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
        self.report: ReportDetail | None = None
        self.counts: PeriodCounts | None = None
        self._stale = False
        self._preview_running = False
        self._preview_again = False
        self._edited = False  # narrative saved since the report was opened: the preview is rebuilt
        self.sign_dialog: QWidget | None = None
        self.verify_dialog: QWidget | None = None
        kinds = [("H1", self.tr("6-month report")), ("Y", self.tr("Annual report"))]
        kinds += [
            (f"Q{n}", self.tr("Quarter %1").replace("%1", roman))
            for n, roman in enumerate(("I", "II", "III", "IV"), 1)
        ]
        for suffix, text in kinds:
            ui.periodKindCombo.addItem(text, suffix)
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
        self.history = ReportHistory(ui.historyTable, self)
        self.output = ReportOutput(self)
        self.numbering = ReportNumbering(self)
        ui.countsTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.countsTable.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        ui.periodKindCombo.activated.connect(lambda _index: self.choose_period())
        ui.yearSpin.editingFinished.connect(self._year_edited)
        self.narrative.left_field.connect(self.save_narrative)
        self.narrative.typing_paused.connect(self.update_preview)
        ui.buildButton.clicked.connect(self.output.build)
        ui.exportPdfButton.clicked.connect(self.output.export_pdf)
        ui.exportExcelButton.clicked.connect(self.output.export_excel)
        ui.signButton.clicked.connect(self.output.open_sign_dialog)
        ui.verifyButton.clicked.connect(self.output.open_verify_dialog)
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
            self._open(self.period, None)

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
        return f"{self.ui.yearSpin.value()}-{self.ui.periodKindCombo.currentData()}"

    def set_period_code(self, code: str) -> None:
        """Show code in the period fields (adding an entry for a kind the list lacks, e.g. 2025-H2)."""
        year, suffix = code.split("-", 1)
        combo = self.ui.periodKindCombo
        index = combo.findData(suffix)
        if index < 0:
            combo.addItem(code, suffix)
            index = combo.count() - 1
        combo.setCurrentIndex(index)
        self.ui.yearSpin.setValue(int(year))

    def _choose_default_period(self) -> None:
        try:
            with self.context.workspace.session() as session:
                owed = owed_period(session, self.context.today())  # the report due now, if not signed yet
                session.rollback()
        except BkfiError as error:
            dialogs.show_error(self, error)
            return
        self.set_period_code(owed.code)
        self.choose_period()

    def _year_edited(self) -> None:
        if self.period is None or self.period.code != self.period_code():
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
        self._open(period, self.history.latest_report_of(period.code))

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
        self.set_period_code(period.code)
        self._open(period, detail)

    def _open(self, period: Period, report: ReportDetail | None) -> None:
        self.period, self.report, self.counts = period, report, None
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
            lambda progress: count_period(self.context.workspace, period.code, progress),
            on_success=self._counted,
            on_failure=self._count_failed,
            label=self.tr("Counting the period…"),
        )

    def _counted(self, counts: PeriodCounts) -> None:
        if self.period is None or counts.period.code != self.period.code:
            return  # the clerk has moved on to another period
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
                    report.summary.id if report else create_draft(session, self.period.code).summary.id
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
        self.context.signals.reports_changed.emit()
        self.update_preview()
        return True

    # --- preview ----------------------------------------------------------------------------------

    def update_preview(self) -> None:
        """Rebuild the preview from what is on screen now (one build at a time; the last edit wins)."""
        if self.period is None:
            return
        if self._preview_running:
            self._preview_again = True
            return
        report = self.report
        unchanged = not self._edited and not self.narrative.dirty
        if report is not None and (not report.editable or (report.summary.pdf_path and unchanged)):
            self._show_report_file(report)
            return
        code, texts, target = self.period.code, self.narrative.texts(), self.preview.next_path()
        report_id = report.summary.id if report else None
        self._preview_running = True
        self.ui.previewStatusLabel.setText(self.tr("Updating the preview…"))

        def work(_progress: ProgressReporter) -> BuiltReport:
            return build_report(
                self.context.workspace,
                code,
                out_pdf=target,
                narrative=texts,
                report_id=report_id,
                issued_on=self.context.today(),
                preview=True,
            )

        self.context.runner.run(work, on_success=self._previewed, on_failure=self._preview_failed)

    def _preview_done(self) -> bool:
        self._preview_running = False
        if self._preview_again:
            self._preview_again = False
            self.update_preview()
            return False
        return True

    def _previewed(self, built: BuiltReport) -> None:
        if not self._preview_done():
            built.pdf_path.unlink(missing_ok=True)
            return
        if self.period is None or built.period != self.period.code:
            built.pdf_path.unlink(missing_ok=True)
            return
        self.preview.show_file(built.pdf_path)
        self.ui.previewStatusLabel.setText(
            self.tr("Preview, %1 page(s). The number and date are given when you build the report.").replace(
                "%1", str(built.page_count)
            )
            if built.number is None
            else self.tr("Preview of report No. %1, %2 page(s); build again to save the changes.")
            .replace("%1", built.number_text)
            .replace("%2", str(built.page_count))
        )

    def _preview_failed(self, error: BaseException) -> None:
        if self._preview_done():
            self.ui.previewStatusLabel.setText(dialogs.error_text(error))

    def _show_report_file(self, report: ReportDetail) -> None:
        """A built report is shown as its file (the signed one once signed), as it was written."""
        summary = report.summary
        source = (
            Path(summary.signed_path or summary.pdf_path)
            if (summary.signed_path or summary.pdf_path)
            else None
        )
        if source is None or not source.is_file():
            self.preview.clear(
                self.tr("The file of this report is no longer at %1.").replace("%1", str(source or ""))
            )
            return
        copy = self.preview.next_path()
        shutil.copyfile(source, copy)
        self.preview.show_file(copy)
        self.ui.previewStatusLabel.setText(
            self.tr("Report No. %1 as saved in %2.")
            .replace("%1", report.summary.number_text)
            .replace("%2", source.name)
        )

    # --- state ------------------------------------------------------------------------------------

    def _reopen_selected(self) -> None:
        report_id = self.history.selected_id()
        if report_id is not None:
            self.reopen(report_id)

    def _update_state(self) -> None:
        report = self.report
        if report is None:
            text = self.tr(
                "New report: nothing saved yet. The narrative below is written from the data; edit it freely."
            )
        else:
            summary = report.summary
            number = summary.number_text if summary.number is not None else self.tr("no number yet")
            text = self.tr("Report %1 — %2.").replace("%1", number).replace("%2", summary.status_label)
            if not report.editable:
                text += " " + self.tr("It is signed and so issued; it can no longer be changed.")
            elif summary.status == "issued":
                text += " " + self.tr("It is issued once the leader signs it.")
        self.ui.reportStateLabel.setText(text)
        self.numbering.show()
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
