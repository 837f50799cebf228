"""The dialog that changes one sub-task of the unit's detailed plan (layout: forms/subtask_dialog.ui).

It saves through core.assignments.update_subtask itself, one transaction, and stays open with the
service's Vietnamese message when the input is refused. Opened with open(), never exec().
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from bkfi_desktop.core import assignments
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.errors import BkfiError
from bkfi_desktop.ui.date_fields import optional_date, set_optional_date, setup_date_edit
from bkfi_desktop.ui.forms import FormUi


class SubtaskDialogUi(FormUi):
    form = "subtask_dialog"
    titleEdit: QLineEdit
    dueCheck: QCheckBox
    dueEdit: QDateEdit
    errorLabel: QLabel
    buttonBox: QDialogButtonBox


class SubtaskDialog(QDialog):
    """Edit a sub-task's title and due date; `saved(subtask id)` fires after the commit."""

    saved = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        subtask_id: int,
        title: str,
        due_date: dt.date | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.subtask_id = subtask_id
        self.ui = SubtaskDialogUi.load_into(self)
        setup_date_edit(self.ui.dueEdit)
        self.ui.titleEdit.setText(title)
        set_optional_date(self.ui.dueCheck, self.ui.dueEdit, due_date)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.titleEdit.setFocus()
        self.ui.titleEdit.selectAll()

    def save(self) -> None:
        title = self.ui.titleEdit.text()
        due = optional_date(self.ui.dueCheck, self.ui.dueEdit)
        try:
            with self.workspace.transaction() as session:
                assignments.update_subtask(session, self.subtask_id, title=title, due_date=due)
        except BkfiError as error:
            self.ui.errorLabel.setText(error.message)
            return
        self.saved.emit(self.subtask_id)
        self.accept()
