"""Task groups and tasks as a tree, with a proxy that filters by scope, status, deadline and text.

The plan has at most a few hundred tasks, so the whole list sits in a QStandardItemModel; an edit
updates one row in place (`update_task`), never reloading the tree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from bkfi_desktop.core.dashboard import is_due_soon
from bkfi_desktop.core.tasks import TaskView, several_plans, shown_code
from bkfi_desktop.core.vocabulary import ROLE_LABELS, STATUS_LABELS
from bkfi_desktop.textvn.folding import fold_for_search
from bkfi_desktop.ui.date_fields import format_date

VIEW_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3  # "group" | "task"

COLUMN_COUNT = 5
OVERDUE_BRUSH = QBrush(QColor("#b00020"))


def task_search_key(view: TaskView) -> str:
    parts = [view.code, view.content, view.details, view.product, view.deadline_text, view.group_title]
    parts += view.lead_units + view.support_units + view.implement_units
    if view.assignment:
        parts += [view.assignment.result, view.assignment.owner or ""]
    return fold_for_search(" ".join(part for part in parts if part))


class TaskTreeModel(QStandardItemModel):
    def __init__(self, today: dt.date | None = None) -> None:
        super().__init__()
        self.today = today or dt.date.today()
        self._rows: dict[int, QStandardItem] = {}
        self.several_plans = False  # then codes and groups carry the plan's short name
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("TaskTreeModel", "Task"),
                QCoreApplication.translate("TaskTreeModel", "Role"),
                QCoreApplication.translate("TaskTreeModel", "Status"),
                QCoreApplication.translate("TaskTreeModel", "Progress"),
                QCoreApplication.translate("TaskTreeModel", "Due"),
            ]
        )

    def load(self, views: list[TaskView]) -> None:
        self.beginResetModel()
        self.blockSignals(True)
        try:
            self.removeRows(0, self.rowCount())
            self._rows.clear()
            self.several_plans = several_plans(views)
            groups: dict[tuple[str, str, str], QStandardItem] = {}
            for view in views:
                key = (view.plan, view.group, view.group_title)
                parent = groups.get(key)
                if parent is None:
                    parent = self._group_row(view)
                    groups[key] = parent
                parent.appendRow(self._task_row(view))
        finally:
            self.blockSignals(False)
            self.endResetModel()

    def _group_row(self, view: TaskView) -> QStandardItem:
        plan = f"{view.plan_name} — " if self.several_plans else ""
        item = QStandardItem(f"{plan}{view.group}. {view.group_title}")
        font = QFont()
        font.setBold(True)
        item.setFont(font)
        item.setData("group", KIND_ROLE)
        item.setData(fold_for_search(view.group_title), SEARCH_ROLE)
        item.setToolTip(view.group_title)
        self.appendRow([item] + [QStandardItem("") for _ in range(COLUMN_COUNT - 1)])
        return item

    def _task_row(self, view: TaskView) -> list[QStandardItem]:
        cells = [QStandardItem() for _ in range(COLUMN_COUNT)]
        self._fill(cells, view)
        self._rows[view.id] = cells[0]
        return cells

    def _fill(self, cells: list[QStandardItem], view: TaskView) -> None:
        first = cells[0]
        first.setText(f"{shown_code(view, self.several_plans)}. {view.content}")
        first.setToolTip(view.content)
        first.setData(view, VIEW_ROLE)
        first.setData("task", KIND_ROLE)
        first.setData(task_search_key(view), SEARCH_ROLE)
        cells[1].setText(ROLE_LABELS.get(view.my_role or "", "") if view.my_role else "")
        cells[2].setText(STATUS_LABELS.get(view.status, view.status) if view.mine or view.assignment else "")
        cells[3].setText(f"{view.assignment.progress} %" if view.assignment else "")
        due = view.due_on(self.today)
        cells[4].setText(format_date(due) if due else view.deadline_text)
        cells[4].setToolTip(view.deadline_text)
        overdue = view.is_overdue(self.today) and view.mine
        for cell in cells:
            cell.setEditable(False)
            cell.setForeground(OVERDUE_BRUSH if overdue else QBrush())

    def update_task(self, view: TaskView) -> None:
        """Refresh one task's row in place after an edit."""
        first = self._rows.get(view.id)
        if first is None:
            return
        parent = first.parent() or self.invisibleRootItem()
        row = first.row()
        cells = [parent.child(row, column) for column in range(COLUMN_COUNT)]
        self._fill(cells, view)

    def index_of_task(self, task_id: int) -> QModelIndex:
        item = self._rows.get(task_id)
        return item.index() if item else QModelIndex()

    def task_ids(self) -> list[int]:
        return list(self._rows)


@dataclass
class TaskFilter:
    mine_only: bool = True
    status: str | None = None
    overdue: bool = False
    due_within: int | None = None
    text: str = ""

    @property
    def narrowing(self) -> bool:
        return bool(self.mine_only or self.status or self.overdue or self.due_within or self.text.strip())


class TaskFilterProxy(QSortFilterProxyModel):
    """Keeps tasks that pass the filter, and the groups that hold them."""

    def __init__(self, today: dt.date | None = None) -> None:
        super().__init__()
        self.today = today or dt.date.today()
        self.task_filter = TaskFilter()
        self._words: list[str] = []
        self.setRecursiveFilteringEnabled(True)

    def set_filter(self, task_filter: TaskFilter) -> None:
        self.beginFilterChange()
        self.task_filter = task_filter
        self._words = fold_for_search(task_filter.text).split()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if index.data(KIND_ROLE) == "group":
            return not self.task_filter.narrowing
        view = index.data(VIEW_ROLE)
        return isinstance(view, TaskView) and self.accepts(view, str(index.data(SEARCH_ROLE) or ""))

    def accepts(self, view: TaskView, search_key: str) -> bool:
        rule = self.task_filter
        if rule.mine_only and not view.mine:
            return False
        if rule.status and view.status != rule.status:
            return False
        if rule.overdue and not view.is_overdue(self.today):
            return False
        if rule.due_within and not is_due_soon(view, self.today, rule.due_within):
            return False
        return all(word in search_key for word in self._words)
