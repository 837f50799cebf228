"""Cán bộ: the unit's staff in Vietnamese order, their TTĐN roles and the history of who held them.

The list, search, New / Edit / Delete come from record_page.RecordPage; this page adds the former
staff filter, the role history below the list and the warning when a required role is vacant.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from sqlalchemy.orm import Session

from bkfi_desktop.core import staff as staff_service
from bkfi_desktop.core.staff import RoleHistoryView, StaffView
from bkfi_desktop.core.tasks import list_tasks
from bkfi_desktop.core.training import list_training_views
from bkfi_desktop.core.vocabulary import TTDN_ROLE_LABELS, label
from bkfi_desktop.errors import BkfiError
from bkfi_desktop.textvn.folding import fold_for_search
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.column_fit import fit_columns
from bkfi_desktop.ui.date_fields import format_date
from bkfi_desktop.ui.empty_hint import EmptyHint
from bkfi_desktop.ui.forms import FormUi
from bkfi_desktop.ui.pages.record_page import RecordPage
from bkfi_desktop.ui.pages.staff_dialog import StaffDialog
from bkfi_desktop.ui.printing import print_list


class StaffPageUi(FormUi):
    form = "staff_page"
    printButton: QPushButton
    roleWarningLabel: QLabel
    searchEdit: QLineEdit
    showFormerCheck: QCheckBox
    addButton: QPushButton
    editButton: QPushButton
    endButton: QPushButton
    deleteButton: QPushButton
    staffTable: QTableWidget
    historyBox: QGroupBox
    historyTable: QTableWidget
    splitter: QSplitter


HistoryLine = RoleHistoryView  # the role history rows the page shows


@dataclass(frozen=True)
class StaffLine:
    """What the table shows of one person, read once so no ORM object outlives its session."""

    id: int
    full_name: str
    title: str
    role: str
    phone: str
    email: str
    from_date: dt.date | None
    to_date: dt.date | None
    history: tuple[HistoryLine, ...]
    search_key: str

    def is_current(self, today: dt.date) -> bool:
        return self.to_date is None or self.to_date >= today

    @classmethod
    def of(cls, staff: StaffView) -> StaffLine:
        text = " ".join((staff.full_name, staff.title, staff.phone, staff.email))
        return cls(
            staff.id, staff.full_name, staff.title, staff.ttdn_role, staff.phone, staff.email,
            staff.from_date, staff.to_date, staff.history, fold_for_search(text),
        )


class StaffPage(RecordPage[StaffLine]):
    change = "staff"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = StaffPageUi.load_into(self)
        ui = self.ui
        self.connect_records(ui.staffTable, ui.searchEdit, ui.addButton, (ui.editButton, ui.endButton, ui.deleteButton))
        # Columns share the width fairly (no "Phó C…" beside a wide e-mail); the title takes any room left.
        fit_columns(ui.staffTable, 1)
        self.empty_hint = EmptyHint.install(ui.staffTable, self._empty_text)
        fit_columns(ui.historyTable, 1)
        ui.splitter.setStretchFactor(0, 3)  # the list gets most of the height, the history the rest
        ui.splitter.setStretchFactor(1, 1)
        ui.showFormerCheck.toggled.connect(lambda _on: self.fill())
        ui.printButton.clicked.connect(lambda: print_list(self.context, self, "staff"))
        ui.editButton.clicked.connect(self.edit_selected)
        ui.endButton.clicked.connect(self.end_selected)
        ui.deleteButton.clicked.connect(self.delete_selected)
        context.signals.staff_changed.connect(self.refresh)
        self.refresh()

    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("staff_page/splitter", self.ui.splitter.saveState())

    def restore_layout(self, settings: QSettings) -> None:
        state = settings.value("staff_page/splitter")
        if isinstance(state, QByteArray):
            self.ui.splitter.restoreState(state)

    def _empty_text(self) -> str:
        if self.lines:
            return self.tr("Nobody matches the search.")
        return self.tr(
            "No staff recorded yet. Press “New…” (Ctrl+N) to add the leader in charge and the officer in "
            "charge first."
        )

    # --- the records (record_page.RecordPage) ---------------------------------------------------------

    def load_lines(self, session: Session) -> list[StaffLine]:
        return [StaffLine.of(person) for person in staff_service.list_staff_views(session)]

    def cells(self, line: StaffLine) -> tuple[str, ...]:
        return (
            line.full_name, line.title, label(TTDN_ROLE_LABELS, line.role), line.phone, line.email,
            format_date(line.from_date), format_date(line.to_date),
        )

    def style_item(self, item: QTableWidgetItem, line: StaffLine) -> None:
        if not line.is_current(self.context.today()):
            item.setForeground(Qt.GlobalColor.gray)

    def shows(self, line: StaffLine) -> bool:
        return self.ui.showFormerCheck.isChecked() or line.is_current(self.context.today())

    def make_dialog(self, record_id: int | None, **options: Any) -> StaffDialog:
        person = None
        if record_id is not None:
            with self.context.workspace.session() as session:
                person = staff_service.get_staff_view(session, record_id)
        return StaffDialog(self.context.workspace, person, self, today=self.context.today(), **options)

    def confirm_delete(self, line: StaffLine) -> bool:
        try:
            with self.context.workspace.session() as session:
                records = _record_count(session, line.id)
        except BkfiError as error:
            dialogs.show_error(self, error)
            return False
        if records:
            question = self.tr(
                "%1 has %2 record(s) (trainings attended, tasks owned). Deleting would remove them from past "
                "reports. Mark this person as having left instead?"
            ).replace("%1", line.full_name).replace("%2", str(records))
            if dialogs.confirm(self, question, self.tr("Staff member has records")):
                self.end_selected()
            return False
        question = self.tr("Delete staff member %1?").replace("%1", line.full_name)
        return dialogs.confirm(self, question, self.tr("Delete staff member"))

    def delete_record(self, session: Session, record_id: int) -> None:
        staff_service.delete_staff(session, record_id)

    def end_selected(self) -> None:
        """Mark as left: the same dialog, with the "left on" date ticked and focused."""
        line = self.selected_line()
        if line is not None:
            self.open_dialog(line.id, leaving=True)

    # --- below and above the list -------------------------------------------------------------------

    def selection_changed(self) -> None:
        super().selection_changed()
        self._show_history()

    def after_refresh(self) -> None:
        self._update_role_warning()

    def _show_history(self) -> None:
        line = self.selected_line()
        table = self.ui.historyTable
        history = line.history if line else ()
        table.setRowCount(len(history))
        for row, entry in enumerate(history):
            cells = (label(TTDN_ROLE_LABELS, entry.role), entry.title, format_date(entry.from_date), format_date(entry.to_date))
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))

    def _update_role_warning(self) -> None:
        """Plan §II.5 and §IV.3: every unit names a leader in charge and an officer in charge of TTĐN."""
        today = self.context.today()
        current_roles = {line.role for line in self.lines if line.is_current(today)}
        missing = [TTDN_ROLE_LABELS[role] for role in ("leader", "officer") if role not in current_roles]
        text = ""
        if missing:
            text = self.tr("Not yet named: %1 (required by the plan).").replace("%1", "; ".join(missing))
        self.ui.roleWarningLabel.setText(text)
        self.ui.roleWarningLabel.setVisible(bool(text))


def _record_count(session: Session, staff_id: int) -> int:
    """Trainings attended and tasks owned: what a deletion would erase from past reports."""
    trainings = sum(
        1
        for training in list_training_views(session)
        for person_id, _name in training.participants
        if person_id == staff_id
    )
    tasks = sum(
        1 for view in list_tasks(session) if view.assignment and view.assignment.owner_id == staff_id
    )
    return trainings + tasks
