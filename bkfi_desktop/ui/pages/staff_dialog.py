"""The dialog that adds or edits one staff member (layout: forms/staff_dialog.ui).

It saves through core.staff itself, one transaction, and stays open with the service's Vietnamese
message when the input is refused, so nothing typed is lost (record_dialog.RecordDialog). Opened with
open(), never exec().
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget
from sqlalchemy.orm import Session

from bkfi_desktop.core import staff as staff_service
from bkfi_desktop.core.staff import StaffView
from bkfi_desktop.core.vocabulary import TTDN_ROLE_LABELS
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.ui.date_fields import optional_date, set_optional_date, setup_date_edit
from bkfi_desktop.ui.pages.record_dialog import RecordDialog, RecordDialogUi


class StaffDialogUi(RecordDialogUi):
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


class StaffDialog(RecordDialog):
    """Add (staff is None) or edit a staff member; `saved(id)` fires after the commit."""

    ui: StaffDialogUi

    def __init__(
        self,
        workspace: Workspace,
        staff: StaffView | None = None,
        parent: QWidget | None = None,
        *,
        leaving: bool = False,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(workspace, staff.id if staff else None, StaffDialogUi, parent)
        self._original_from = staff.from_date if staff else None
        self.setWindowTitle(self.tr("Edit staff member") if staff else self.tr("New staff member"))
        for code, label in TTDN_ROLE_LABELS.items():
            self.ui.roleCombo.addItem(label, code)
        setup_date_edit(self.ui.fromDateEdit)
        setup_date_edit(self.ui.toDateEdit)
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

    def write(self, session: Session, values: dict[str, object]) -> int:
        if self.record_id is None:
            to_date = values.pop("to_date")
            person = staff_service.add_staff(session, **values)  # type: ignore[arg-type]
            if to_date is not None:
                staff_service.end_staff(session, person.id, to_date)  # type: ignore[arg-type]
        else:
            # A role change takes effect on the new "from" date when the clerk changed it, else today.
            new_from = values["from_date"]
            effective = new_from if isinstance(new_from, dt.date) and new_from != self._original_from else None
            person = staff_service.update_staff(session, self.record_id, effective=effective, **values)
        return person.id
