"""The dialog that adds a web address as evidence of a task (layout: forms/evidence_link_dialog.ui).

It saves through core.assignments itself, one transaction, and stays open with the service's
Vietnamese message when the address is refused, so nothing pasted is lost. Opened with open().
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from bkfi_desktop.core import assignments
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.errors import BkfiError
from bkfi_desktop.ui.forms import FormUi


class EvidenceLinkDialogUi(FormUi):
    form = "evidence_link_dialog"
    urlEdit: QLineEdit
    labelEdit: QLineEdit
    errorLabel: QLabel
    buttonBox: QDialogButtonBox


class EvidenceLinkDialog(QDialog):
    """Ask an address (required) and a label (optional); `saved(evidence id)` fires after the commit."""

    saved = Signal(int)

    def __init__(self, workspace: Workspace, task_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.task_id = task_id
        self.ui = EvidenceLinkDialogUi.load_into(self)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.urlEdit.textEdited.connect(lambda _text: self.ui.errorLabel.clear())
        self.ui.urlEdit.setFocus()

    def save(self) -> None:
        try:
            with self.workspace.transaction() as session:
                evidence = assignments.add_evidence_link(
                    session, self.task_id, self.ui.urlEdit.text(), self.ui.labelEdit.text()
                )
                saved_id = evidence.id
        except BkfiError as error:
            self.ui.errorLabel.setText(error.message)
            self.ui.urlEdit.setFocus()
            self.ui.urlEdit.selectAll()
            return
        self.saved.emit(saved_id)
        self.accept()
