"""Nhiệm vụ: the plan's groups and tasks as a tree, filters and search, and the unit's work on one task."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QItemSelection, QSettings, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QWidget,
)

from bkfi_desktop.core.tasks import TaskView, list_tasks
from bkfi_desktop.core.vocabulary import STATUS_LABELS
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.empty_hint import EmptyHint
from bkfi_desktop.ui.forms import FormUi
from bkfi_desktop.ui.pages.base import Page
from bkfi_desktop.ui.printing import open_detailed_plan_dialog, print_list
from bkfi_desktop.ui.task_detail import TaskDetailController
from bkfi_desktop.ui.task_tree_model import VIEW_ROLE, TaskFilter, TaskFilterProxy, TaskTreeModel
from bkfi_desktop.ui.worker import ProgressReporter
from bkfi_desktop.ui.wrapping_delegate import install_wrapping

SEARCH_DELAY_MS = 200
SCOPE_MINE, SCOPE_ALL = 0, 1
DEADLINE_ANY, DEADLINE_OVERDUE, DEADLINE_SOON = 0, 1, 2
DUE_SOON_DAYS = 30


class TasksPageUi(FormUi):
    form = "tasks_page"
    scopeCombo: QComboBox
    statusFilterCombo: QComboBox
    deadlineFilterCombo: QComboBox
    searchEdit: QLineEdit
    importButton: QPushButton
    detailedPlanButton: QPushButton
    printButton: QPushButton
    titleLabel: QLabel
    taskSplitter: QSplitter
    taskTree: QTreeView
    countLabel: QLabel
    detailStack: QStackedWidget
    detailScroll: QScrollArea
    taskTitleLabel: QLabel
    taskInfoLabel: QLabel
    assignmentGroup: QGroupBox
    statusCombo: QComboBox
    progressSpin: QSpinBox
    ownerCombo: QComboBox
    ownDueCheck: QCheckBox
    ownDueEdit: QDateEdit
    resultEdit: QPlainTextEdit
    subtaskList: QListWidget
    subtaskEdit: QLineEdit
    subtaskDueCheck: QCheckBox
    subtaskDueEdit: QDateEdit
    addSubtaskButton: QPushButton
    removeSubtaskButton: QPushButton
    evidenceList: QListWidget
    addEvidenceButton: QPushButton
    addLinkButton: QPushButton
    openEvidenceButton: QPushButton
    removeEvidenceButton: QPushButton


class TasksPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = TasksPageUi.load_into(self)
        self.today = context.today()
        self.model = TaskTreeModel(self.today)
        self.proxy = TaskFilterProxy(self.today)
        self.proxy.setSourceModel(self.model)
        self.ui.taskTree.setModel(self.proxy)
        self.detail = TaskDetailController(context, self.ui, self)
        self._pending_code: str | int | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_current_filter)
        self._setup_widgets()
        self._connect()

    def _setup_widgets(self) -> None:
        ui = self.ui
        ui.statusFilterCombo.addItem(self.tr("Any"), None)
        for code, text in STATUS_LABELS.items():
            ui.statusFilterCombo.addItem(text, code)
        header = ui.taskTree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Titles wrap onto up to two lines (whole text on hover and in the detail panel).
        install_wrapping(ui.taskTree, max_lines=2)
        ui.taskSplitter.setStretchFactor(0, 3)
        ui.taskSplitter.setStretchFactor(1, 2)
        ui.detailStack.setCurrentIndex(0)
        self.empty_hint = EmptyHint.install(ui.taskTree, self._empty_text)

    def _empty_text(self) -> str:
        if not self.model.task_ids():
            return self.tr(
                "No task list yet. Press “Import task list…” (Ctrl+I) and choose the plan's Excel appendix, "
                "Word document or text file."
            )
        return self.tr("No task matches these filters. Choose “Any” or clear the search box to see more.")

    def _connect(self) -> None:
        ui = self.ui
        ui.scopeCombo.currentIndexChanged.connect(self.apply_current_filter)
        ui.statusFilterCombo.currentIndexChanged.connect(self.apply_current_filter)
        ui.deadlineFilterCombo.currentIndexChanged.connect(self.apply_current_filter)
        ui.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        ui.searchEdit.returnPressed.connect(self.apply_current_filter)
        ui.importButton.clicked.connect(self.open_import)
        ui.printButton.clicked.connect(
            lambda: print_list(self.context, self, "tasks", mine_only=ui.scopeCombo.currentIndex() == SCOPE_MINE)
        )
        ui.detailedPlanButton.clicked.connect(lambda: open_detailed_plan_dialog(self.context, self))
        ui.taskTree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail.saved.connect(self.model.update_task)
        self.context.signals.tasks_changed.connect(self._tasks_changed_elsewhere)
        self.context.signals.staff_changed.connect(self.detail.load_staff)
        self.context.signals.plan_changed.connect(self.refresh)
        self.context.signals.workspace_replaced.connect(self.refresh)

    # --- Page contract ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the whole list off the GUI thread (F5, first show, after an import)."""
        self.detail.flush()
        self.detail.load_staff()
        workspace = self.context.workspace

        def load(_progress: ProgressReporter) -> list[TaskView]:
            with workspace.session() as session:
                return list_tasks(session)

        self.context.runner.run(
            load, on_success=self._show_tasks, on_failure=lambda exc: dialogs.show_error(self, exc)
        )

    def new_item(self) -> None:
        """Ctrl+N: tasks come from the plan; the unit adds sub-tasks to the chosen task."""
        if self.detail.task_id is not None:
            self.ui.subtaskEdit.setFocus()
        else:
            self.open_import()

    def delete_selected(self) -> None:
        self.detail.delete_focused()

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def apply_filter(self, filter: dict[str, Any]) -> None:
        ui = self.ui
        widgets = (ui.scopeCombo, ui.statusFilterCombo, ui.deadlineFilterCombo, ui.searchEdit)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            code = filter.get("task_code")
            ui.scopeCombo.setCurrentIndex(SCOPE_MINE if filter.get("mine", not code) else SCOPE_ALL)
            ui.statusFilterCombo.setCurrentIndex(max(0, ui.statusFilterCombo.findData(filter.get("status"))))
            deadline = DEADLINE_ANY
            if filter.get("overdue"):
                deadline = DEADLINE_OVERDUE
            elif filter.get("due_within"):
                deadline = DEADLINE_SOON
            ui.deadlineFilterCombo.setCurrentIndex(deadline)
            ui.searchEdit.setText(str(filter.get("text", "")))
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.apply_current_filter()
        if filter.get("task_id"):  # a code alone is ambiguous when plans share codes
            self.select_task_code(int(filter["task_id"]))
        elif filter.get("task_code"):
            self.select_task_code(str(filter["task_code"]))

    def save_layout(self, settings: QSettings) -> None:
        self.detail.flush()
        settings.setValue("tasks_page/splitter", self.ui.taskSplitter.saveState())

    def restore_layout(self, settings: QSettings) -> None:
        state = settings.value("tasks_page/splitter")
        if isinstance(state, QByteArray):
            self.ui.taskSplitter.restoreState(state)
        else:
            self.ui.taskSplitter.setSizes([600, 400])

    # --- list ------------------------------------------------------------------------------------

    def _show_tasks(self, views: list[TaskView]) -> None:
        selected = self.detail.task_id
        self.model.load(views)
        self.apply_current_filter()
        if self._pending_code:
            code, self._pending_code = self._pending_code, None
            self.select_task_code(code)
        elif selected is not None and selected in self.model.task_ids():
            self.select_task(selected)
        else:
            self.detail.show_task(None)

    def current_filter(self) -> TaskFilter:
        ui = self.ui
        deadline = ui.deadlineFilterCombo.currentIndex()
        return TaskFilter(
            mine_only=ui.scopeCombo.currentIndex() == SCOPE_MINE,
            status=ui.statusFilterCombo.currentData(),
            overdue=deadline == DEADLINE_OVERDUE,
            due_within=DUE_SOON_DAYS if deadline == DEADLINE_SOON else None,
            text=ui.searchEdit.text(),
        )

    def apply_current_filter(self) -> None:
        self._search_timer.stop()
        self.proxy.set_filter(self.current_filter())
        self.ui.taskTree.expandAll()
        shown = self.visible_task_ids()
        self.ui.countLabel.setText(
            self.tr("%1 of %2 tasks shown")
            .replace("%1", str(len(shown)))
            .replace("%2", str(len(self.model.task_ids())))
        )

    def visible_task_ids(self) -> list[int]:
        ids = []
        for group_row in range(self.proxy.rowCount()):
            group = self.proxy.index(group_row, 0)
            for row in range(self.proxy.rowCount(group)):
                view = self.proxy.index(row, 0, group).data(VIEW_ROLE)
                if isinstance(view, TaskView):
                    ids.append(view.id)
        return ids

    def select_task(self, task_id: int) -> bool:
        source = self.model.index_of_task(task_id)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            return False
        tree = self.ui.taskTree
        tree.setCurrentIndex(index)
        tree.scrollTo(index)
        return True

    def select_task_code(self, code: str | int) -> bool:
        """Select the task with this code, or with this id when `code` is an int."""
        if not self.model.task_ids():
            self._pending_code = code
            return False
        for task_id in self.model.task_ids():
            view = self.model.index_of_task(task_id).data(VIEW_ROLE)
            if isinstance(view, TaskView) and (view.id == code if isinstance(code, int) else view.code == code):
                if not self.select_task(task_id):
                    self.apply_filter({"mine": False})
                    return self.select_task(task_id)
                return True
        return False

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        view = self.ui.taskTree.currentIndex().siblingAtColumn(0).data(VIEW_ROLE)
        self.detail.show_task(view.id if isinstance(view, TaskView) else None)

    def _tasks_changed_elsewhere(self) -> None:
        """Edits made here already updated their row; nothing to reload for them."""

    def open_import(self) -> None:
        from bkfi_desktop.ui.import_wizard import open_import_wizard

        open_import_wizard(self.context, self)
