"""The dialog that adds or edits one staff member (layout: forms/staff_dialog.ui).

It saves through core.staff itself, one transaction, and stays open with the service's Vietnamese
message when the input is refused, so nothing typed is lost. Opened with open(), never exec().
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from bkfi_desktop.core import staff as staff_service
from bkfi_desktop.core.staff import StaffView
from bkfi_desktop.core.vocabulary import TTDN_ROLE_LABELS
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.errors import BkfiError
from bkfi_desktop.ui.date_fields import optional_date, set_optional_date, setup_date_edit
from bkfi_desktop.ui.forms import FormUi


class StaffDialogUi(FormUi):
    form = "staff_dialog"
    nameEdit: QLineEdit
    titleEdit: QLineEdit
    roleCombo: QComboBox
    phoneEdit: QLineEdit
    emailEdit: QLineEdit
    fromDateCheck: QCheckBox
    fromDateEdit: QDateEdit
    toDateCheck: QCheckBox
    toDateEdit: QDateEdit
    noteEdit: QPlainTextEdit
    errorLabel: QLabel
    buttonBox: QDialogButtonBox


class StaffDialog(QDialog):
    """Add (staff is None) or edit a staff member; `saved(id)` fires after the commit."""

    saved = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        staff: StaffView | None = None,
        parent: QWidget | None = None,
        *,
        leaving: bool = False,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.staff_id = staff.id if staff else None
        self._original_from = staff.from_date if staff else None
        self.ui = StaffDialogUi.load_into(self)
        self.setWindowTitle(self.tr("Edit staff member") if staff else self.tr("New staff member"))
        for code, label in TTDN_ROLE_LABELS.items():
            self.ui.roleCombo.addItem(label, code)
        setup_date_edit(self.ui.fromDateEdit)
        setup_date_edit(self.ui.toDateEdit)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        if staff is not None:
            self._show(staff)
        else:
            self.ui.roleCombo.setCurrentIndex(self.ui.roleCombo.findData("member"))
        if leaving:
            set_optional_date(self.ui.toDateCheck, self.ui.toDateEdit, staff.to_date if staff else None)
            if not self.ui.toDateCheck.isChecked():
                set_optional_date(self.ui.toDateCheck, self.ui.toDateEdit, today or dt.date.today())
            self.ui.toDateEdit.setFocus()
        else:
            self.ui.nameEdit.setFocus()

    def _show(self, staff: StaffView) -> None:
        ui = self.ui
        ui.nameEdit.setText(staff.full_name)
        ui.titleEdit.setText(staff.title)
        ui.roleCombo.setCurrentIndex(max(0, ui.roleCombo.findData(staff.ttdn_role)))
        ui.phoneEdit.setText(staff.phone)
        ui.emailEdit.setText(staff.email)
        set_optional_date(ui.fromDateCheck, ui.fromDateEdit, staff.from_date)
        set_optional_date(ui.toDateCheck, ui.toDateEdit, staff.to_date)
        ui.noteEdit.setPlainText(staff.note)

    def fields(self) -> dict[str, object]:
        ui = self.ui
        return {
            "full_name": ui.nameEdit.text(),
            "title": ui.titleEdit.text(),
            "ttdn_role": ui.roleCombo.currentData(),
            "phone": ui.phoneEdit.text(),
            "email": ui.emailEdit.text(),
            "from_date": optional_date(ui.fromDateCheck, ui.fromDateEdit),
            "to_date": optional_date(ui.toDateCheck, ui.toDateEdit),
            "note": ui.noteEdit.toPlainText(),
        }

    def save(self) -> None:
        values = self.fields()
        try:
            with self.workspace.transaction() as session:
                if self.staff_id is None:
                    to_date = values.pop("to_date")
                    person = staff_service.add_staff(session, **values)  # type: ignore[arg-type]
                    if to_date is not None:
                        staff_service.end_staff(session, person.id, to_date)  # type: ignore[arg-type]
                else:
                    # A role change takes effect on the new "from" date when the clerk changed it, else today.
                    new_from = values["from_date"]
                    effective = new_from if isinstance(new_from, dt.date) and new_from != self._original_from else None
                    person = staff_service.update_staff(session, self.staff_id, effective=effective, **values)
                saved_id = person.id
        except BkfiError as error:
            self.ui.errorLabel.setText(error.message)
            return
        self.staff_id = saved_id
        self.saved.emit(saved_id)
        self.accept()
