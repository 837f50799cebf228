"""The shared base of the dialogs that add or edit one record (a staff member, a training session).

The dialog saves through the service itself, in one transaction, and stays open with the refusal
(its own check first, then the service's Vietnamese message) so nothing typed is lost. Opened with
open(), never exec(); `saved(id)` fires after the commit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget
from sqlalchemy.orm import Session

from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.errors import BkfiError
from bkfi_desktop.ui.forms import FormUi


class RecordDialogUi(FormUi):
    """What every record form has besides its fields (declared again by each form's own FormUi)."""

    errorLabel: QLabel
    buttonBox: QDialogButtonBox


class RecordDialog(QDialog):
    """Add (record_id None) or edit one record; subclasses fill the form and say how to write it."""

    saved = Signal(int)
    ui: Any  # the form's FormUi: a RecordDialogUi with the record's fields

    def __init__(
        self, workspace: Workspace, record_id: int | None, form: type[FormUi], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.record_id = record_id
        self.ui = form.load_into(self)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def fields(self) -> dict[str, object]:
        """What the form holds, as the service's keyword arguments."""
        raise NotImplementedError

    def refusal(self, values: dict[str, object]) -> str:
        """A reason to refuse before asking the service ("" when none); the service checks the rest."""
        return ""

    def write(self, session: Session, values: dict[str, object]) -> int:
        """Add or update the record through its service; the saved record's id."""
        raise NotImplementedError

    def save(self) -> None:
        values = self.fields()
        problem = self.refusal(values)
        if problem:
            self.ui.errorLabel.setText(problem)
            return
        try:
            with self.workspace.transaction() as session:
                saved_id = self.write(session, values)
        except BkfiError as error:
            self.ui.errorLabel.setText(error.message)
            return
        self.record_id = saved_id
        self.saved.emit(saved_id)
        self.accept()
