"""Tổng quan: what needs attention today; every count opens the page that lists what it counts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QGroupBox, QLabel, QListWidget, QListWidgetItem, QPushButton, QWidget

from bkfi_desktop.core.dashboard import DUE_SOON_DAYS, DashboardSummary, TaskBrief, dashboard_summary
from bkfi_desktop.core.vocabulary import ACTIVITY_KIND_LABELS, STATUS_LABELS
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.dashboard_charts import DashboardCharts
from bkfi_desktop.ui.date_fields import format_date
from bkfi_desktop.ui.forms import FormUi
from bkfi_desktop.ui.pages.base import Page
from bkfi_desktop.ui.printing import save_leader_summary
from bkfi_desktop.ui.worker import ProgressReporter


class DashboardPageUi(FormUi):
    form = "dashboard_page"
    titleLabel: QLabel
    unitLabel: QLabel
    setupFrame: QFrame
    setupLabel: QLabel
    importPlanButton: QPushButton
    openSettingsButton: QPushButton
    warningLabel: QLabel
    openStaffButton: QPushButton
    tasksGroup: QGroupBox
    allTasksButton: QPushButton
    notStartedButton: QPushButton
    inProgressButton: QPushButton
    doneButton: QPushButton
    blockedButton: QPushButton
    overdueButton: QPushButton
    dueSoonButton: QPushButton
    deadlineList: QListWidget
    reportPeriodLabel: QLabel
    reportWindowLabel: QLabel
    reportDueLabel: QLabel
    openReportsButton: QPushButton
    trainingsButton: QPushButton
    activitiesButton: QPushButton
    activityKindsLabel: QLabel
    chartsGroup: QGroupBox
    statusChart: QLabel
    progressChart: QLabel
    activityChart: QLabel
    trainingChart: QLabel
    summaryButton: QPushButton


class DashboardPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = DashboardPageUi.load_into(self)
        self.summary: DashboardSummary | None = None
        self._status_buttons = {
            "not_started": self.ui.notStartedButton,
            "in_progress": self.ui.inProgressButton,
            "done": self.ui.doneButton,
            "blocked": self.ui.blockedButton,
        }
        ui = self.ui
        self.charts = DashboardCharts(context, [ui.statusChart, ui.progressChart, ui.activityChart, ui.trainingChart])
        ui.chartsGroup.installEventFilter(self)  # re-render the charts at their new size
        self._connect()
        signals = context.signals
        for signal in (
            signals.tasks_changed,
            signals.plan_changed,
            signals.staff_changed,
            signals.trainings_changed,
            signals.activities_changed,
            signals.profile_changed,
            signals.workspace_replaced,
        ):
            signal.connect(self.refresh)

    def _connect(self) -> None:
        ui = self.ui
        ui.openStaffButton.clicked.connect(lambda: self.navigate.emit("staff", None))
        ui.importPlanButton.clicked.connect(self.open_import)
        ui.openSettingsButton.clicked.connect(lambda: self.navigate.emit("settings", None))
        ui.allTasksButton.clicked.connect(lambda: self.navigate.emit("tasks", {"mine": True}))
        for status, button in self._status_buttons.items():
            button.clicked.connect(
                lambda _=False, s=status: self.navigate.emit("tasks", {"mine": True, "status": s})
            )
        ui.overdueButton.clicked.connect(lambda: self.navigate.emit("tasks", {"mine": True, "overdue": True}))
        ui.dueSoonButton.clicked.connect(
            lambda: self.navigate.emit("tasks", {"mine": True, "due_within": DUE_SOON_DAYS})
        )
        ui.deadlineList.itemActivated.connect(self._open_task)
        ui.openReportsButton.clicked.connect(lambda: self.navigate.emit("reports", None))
        ui.trainingsButton.clicked.connect(lambda: self.navigate.emit("training", self._period_filter()))
        ui.activitiesButton.clicked.connect(lambda: self.navigate.emit("activities", self._period_filter()))
        ui.summaryButton.clicked.connect(lambda: save_leader_summary(self.context, self))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.chartsGroup and event.type() == QEvent.Type.Resize:
            self.charts.repaint_images()
        return super().eventFilter(watched, event)

    def _period_filter(self) -> dict[str, object] | None:
        if self.summary is None:
            return None
        period = self.summary.report_period
        return {"start": period.start, "end": period.end}

    def _open_task(self, item: QListWidgetItem) -> None:
        task_id = item.data(Qt.ItemDataRole.UserRole)
        if task_id:
            self.navigate.emit("tasks", {"task_id": task_id})

    def open_import(self) -> None:
        from bkfi_desktop.ui.import_wizard import open_import_wizard

        open_import_wizard(self.context, self)

    # --- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        workspace = self.context.workspace
        today = self.context.today()

        def load(_progress: ProgressReporter) -> DashboardSummary:
            with workspace.session() as session:
                return dashboard_summary(session, today)

        self.context.runner.run(
            load, on_success=self.show_summary, on_failure=lambda exc: dialogs.show_error(self, exc)
        )
        self.charts.refresh()

    def show_summary(self, summary: DashboardSummary) -> None:
        self.summary = summary
        ui = self.ui
        unit = summary.own_unit_name or self.tr("(the unit is not chosen yet: see Settings)")
        ui.unitLabel.setText(
            self.tr("Unit: %1 · Today: %2").replace("%1", unit).replace("%2", format_date(summary.today))
        )
        self._show_setup(summary)
        self._show_warning(summary)
        ui.allTasksButton.setText(
            self.tr("All the unit's tasks: %1").replace("%1", str(summary.my_task_count))
        )
        # With several plans, how many of the unit's tasks each holds (by its short name).
        ui.allTasksButton.setToolTip(
            "\n".join(f"{name}: {count}" for name, count in summary.plan_counts.items())
        )
        for status, button in self._status_buttons.items():
            button.setText(f"{STATUS_LABELS[status]}: {summary.status_counts.get(status, 0)}")
        ui.overdueButton.setText(self.tr("Overdue: %1").replace("%1", str(len(summary.overdue))))
        ui.overdueButton.setStyleSheet("color: #b00020; font-weight: bold;" if summary.overdue else "")
        ui.dueSoonButton.setText(
            self.tr("Due within %1 days: %2")
            .replace("%1", str(DUE_SOON_DAYS))
            .replace("%2", str(len(summary.due_soon)))
        )
        self._fill_deadlines(summary)
        self._show_report(summary)
        totals = summary.trainings
        ui.trainingsButton.setText(
            self.tr("Training: %1 sessions, %2 participants")
            .replace("%1", str(totals.sessions))
            .replace("%2", str(totals.participants))
        )
        ui.activitiesButton.setText(
            self.tr("Activities: %1 in total").replace("%1", str(summary.activity_total))
        )
        kinds = [
            f"{ACTIVITY_KIND_LABELS.get(kind, kind)}: {count}"
            for kind, count in sorted(summary.activities_by_kind.items(), key=lambda pair: -pair[1])
        ]
        ui.activityKindsLabel.setText("\n".join(kinds) or self.tr("No activity recorded in this period yet."))

    def _show_setup(self, summary: DashboardSummary) -> None:
        """A fresh workspace: say what to do first and offer the button that does it."""
        ui = self.ui
        if not summary.has_plan:
            ui.setupLabel.setText(
                self.tr(
                    "No task list yet. Start by importing the plan's task list (the Excel appendix, the Word "
                    "document or a text file you received); the tasks, deadlines and reports follow from it."
                )
            )
        elif not summary.own_unit_name:
            ui.setupLabel.setText(
                self.tr(
                    "Choose your unit in Settings: the dashboard then counts the tasks the plan gives it."
                )
            )
        ui.setupFrame.setVisible(not summary.has_plan or not summary.own_unit_name)
        ui.importPlanButton.setVisible(not summary.has_plan)
        ui.openSettingsButton.setVisible(summary.has_plan and not summary.own_unit_name)

    def _show_warning(self, summary: DashboardSummary) -> None:
        missing = []
        if summary.missing_leader:
            missing.append(self.tr("a leader in charge"))
        if summary.missing_officer:
            missing.append(self.tr("an officer in charge"))
        visible = bool(missing)
        self.ui.warningLabel.setVisible(visible)
        self.ui.openStaffButton.setVisible(visible)
        if visible:
            self.ui.warningLabel.setText(
                self.tr("The plan (§II.5, §IV.3) requires the unit to name %1; none is named yet.").replace(
                    "%1", self.tr(" and ").join(missing)
                )
            )

    def _fill_deadlines(self, summary: DashboardSummary) -> None:
        widget = self.ui.deadlineList
        widget.clear()
        rows: list[tuple[str, TaskBrief]] = [(self.tr("Overdue"), brief) for brief in summary.overdue]
        rows += [(self.tr("Due"), brief) for brief in summary.due_soon]
        for prefix, brief in rows:
            text = f"{prefix} {format_date(brief.due_date)} · {brief.code}. {brief.content}"
            item = QListWidgetItem(text)
            item.setToolTip(brief.content)
            item.setData(Qt.ItemDataRole.UserRole, brief.id)
            widget.addItem(item)
        if not rows:
            placeholder = QListWidgetItem(self.tr("Nothing overdue or due in the next 30 days."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            widget.addItem(placeholder)

    def _show_report(self, summary: DashboardSummary) -> None:
        period = summary.report_period
        ui = self.ui
        ui.reportPeriodLabel.setText(self.tr("Report for %1").replace("%1", period.label_vi))
        ui.reportWindowLabel.setText(
            self.tr("Figures counted from %1 to %2")
            .replace("%1", format_date(period.start))
            .replace("%2", format_date(period.end))
        )
        days = summary.days_to_report
        if days >= 0:
            due = self.tr("Due on %1 (in %2 days)").replace("%2", str(days))
        else:
            due = self.tr("Was due on %1 (%2 days ago)").replace("%2", str(-days))
        ui.reportDueLabel.setText(due.replace("%1", format_date(period.due_date)))
