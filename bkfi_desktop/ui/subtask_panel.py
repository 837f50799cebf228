"""The unit's detailed plan on the tasks page: sub-tasks with optional due dates (widgets of tasks_page.ui).

Add (title + optional dd/mm/yyyy date, Enter in either box), tick done, change (double-click or F2 →
SubtaskDialog), remove (asks first). Each write is one service call in one transaction via the host.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QListWidgetItem

from bkfi_desktop.core import assignments
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.date_fields import format_date, optional_date, setup_date_edit
from bkfi_desktop.ui.date_typing import date_typing

if TYPE_CHECKING:
    from bkfi_desktop.ui.task_detail import TaskDetailController

ID_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_COLOR = "#b00020"


@dataclass(frozen=True)
class SubtaskItem:
    id: int
    title: str
    due_date: dt.date | None
    done: bool

    def is_overdue(self, today: dt.date) -> bool:
        return not self.done and self.due_date is not None and self.due_date < today


class SubtaskPanel(QObject):
    def __init__(self, host: TaskDetailController) -> None:
        super().__init__(host)
        self.host = host
        self.ui = ui = host.ui
        self._items: dict[int, SubtaskItem] = {}
        setup_date_edit(ui.subtaskDueEdit, host.context.today())
        ui.subtaskDueEdit.setEnabled(ui.subtaskDueCheck.isChecked())
        ui.addSubtaskButton.clicked.connect(self.add)
        ui.removeSubtaskButton.clicked.connect(self.remove)
        ui.subtaskList.itemChanged.connect(self._toggled)
        ui.subtaskList.itemDoubleClicked.connect(self.edit)
        ui.subtaskList.installEventFilter(self)
        ui.subtaskDueEdit.installEventFilter(self)

    def show(self, subtasks: list[SubtaskItem], today: dt.date) -> None:
        listing = self.ui.subtaskList
        current = listing.currentItem()
        current_id = current.data(ID_ROLE) if current is not None else None
        self._items = {subtask.id: subtask for subtask in subtasks}
        listing.blockSignals(True)
        try:
            listing.clear()
            for subtask in subtasks:
                item = QListWidgetItem(self.item_text(subtask))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if subtask.done else Qt.CheckState.Unchecked)
                item.setData(ID_ROLE, subtask.id)
                if subtask.is_overdue(today):
                    item.setForeground(QBrush(QColor(OVERDUE_COLOR)))
                    item.setToolTip(
                        self.tr("Overdue: not done by %1").replace("%1", format_date(subtask.due_date))
                    )
                listing.addItem(item)
                if subtask.id == current_id:
                    listing.setCurrentItem(item)
        finally:
            listing.blockSignals(False)

    def item_text(self, subtask: SubtaskItem) -> str:
        if subtask.due_date is None:
            return subtask.title
        return (
            self.tr("%1 (due %2)").replace("%1", subtask.title).replace("%2", format_date(subtask.due_date))
        )

    def add(self) -> None:
        ui = self.ui
        title = ui.subtaskEdit.text().strip()
        task_id = self.host.task_id
        if not title or task_id is None:
            ui.subtaskEdit.setFocus()
            return
        typing = date_typing(ui.subtaskDueEdit)
        if ui.subtaskDueCheck.isChecked() and typing is not None and not typing.finish(keep_entry=True):
            return  # an impossible due date: the reason is shown beside the field
        due = optional_date(ui.subtaskDueCheck, ui.subtaskDueEdit)
        if self.host.write(lambda session: assignments.add_subtask(session, task_id, title, due)):
            ui.subtaskEdit.clear()
            ui.subtaskDueCheck.setChecked(False)  # the next sub-task gets a date only when asked
            ui.subtaskEdit.setFocus()

    def _toggled(self, item: QListWidgetItem) -> None:
        done = item.checkState() == Qt.CheckState.Checked
        subtask_id = int(item.data(ID_ROLE))
        self.host.write(lambda session: assignments.set_subtask_done(session, subtask_id, done))

    def edit(self, item: QListWidgetItem | None = None) -> None:
        from bkfi_desktop.ui.subtask_dialog import SubtaskDialog

        item = item or self.ui.subtaskList.currentItem()
        if item is None or self.host.task_id is None:
            return
        subtask = self._items[int(item.data(ID_ROLE))]
        dialog = SubtaskDialog(
            self.host.context.workspace, subtask.id, subtask.title, subtask.due_date, self.host.page
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _id: self.host.changed())
        dialog.open()

    def remove(self) -> None:
        item = self.ui.subtaskList.currentItem()
        if item is None:
            return
        title = self._items[int(item.data(ID_ROLE))].title
        if dialogs.confirm(self.host.page, self.tr("Remove the sub-task “%1”?").replace("%1", title)):
            subtask_id = int(item.data(ID_ROLE))
            self.host.write(lambda session: assignments.remove_subtask(session, subtask_id))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.ui.subtaskList and key == Qt.Key.Key_F2:
                self.edit()
                return True
            if watched is self.ui.subtaskDueEdit and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.add()
                return True
        return super().eventFilter(watched, event)
