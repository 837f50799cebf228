"""Cán bộ: the unit's staff in Vietnamese order, their TTĐN roles and the history of who held them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

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
from bkfi_desktop.core.training import list_trainings
from bkfi_desktop.core.vocabulary import TTDN_ROLE_LABELS, label
from bkfi_desktop.errors import BkfiError
from bkfi_desktop.textvn.folding import fold_for_search
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.column_fit import fit_columns
from bkfi_desktop.ui.date_fields import format_date
from bkfi_desktop.ui.empty_hint import EmptyHint
from bkfi_desktop.ui.forms import FormUi
from bkfi_desktop.ui.pages.base import Page
from bkfi_desktop.ui.pages.staff_dialog import StaffDialog
from bkfi_desktop.ui.printing import print_list
from bkfi_desktop.ui.table_rows import select_row_id, selected_row_id


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


class StaffPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = StaffPageUi.load_into(self)
        self.lines: list[StaffLine] = []
        self.dialog: StaffDialog | None = None
        table = self.ui.staffTable
        # Columns share the width fairly (no "Phó C…" beside a wide e-mail); the title takes any room left.
        fit_columns(table, 1)
        self.empty_hint = EmptyHint.install(table, self._empty_text)
        fit_columns(self.ui.historyTable, 1)
        self.ui.splitter.setStretchFactor(0, 3)  # the list gets most of the height, the history the rest
        self.ui.splitter.setStretchFactor(1, 1)
        table.itemSelectionChanged.connect(self._show_history)
        table.itemActivated.connect(lambda _item: self.edit_selected())
        self.ui.searchEdit.textChanged.connect(lambda _text: self._fill())
        self.ui.showFormerCheck.toggled.connect(lambda _on: self._fill())
        self.ui.addButton.clicked.connect(self.new_item)
        self.ui.printButton.clicked.connect(lambda: print_list(self.context, self, "staff"))
        self.ui.editButton.clicked.connect(self.edit_selected)
        self.ui.endButton.clicked.connect(self.end_selected)
        self.ui.deleteButton.clicked.connect(self.delete_selected)
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
            "charge of foreign information work first."
        )

    # --- page contract ----------------------------------------------------------------------------

    def refresh(self) -> None:
        selected = self.selected_id()
        try:
            with self.context.workspace.session() as session:
                self.lines = [StaffLine.of(person) for person in staff_service.list_staff_views(session)]
        except BkfiError as error:
            dialogs.show_error(self, error)
            return
        self._fill(select_id=selected)
        self._update_role_warning()

    def new_item(self) -> None:
        self._open_dialog(None)

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def delete_selected(self) -> None:
        line = self.selected_line()
        if line is None:
            return
        try:
            with self.context.workspace.session() as session:
                records = _record_count(session, line.id)
        except BkfiError as error:
            dialogs.show_error(self, error)
            return
        if records:
            question = self.tr(
                "%1 has %2 record(s) (trainings attended, tasks owned). Deleting would remove them from past "
                "reports. Mark this person as having left instead?"
            ).replace("%1", line.full_name).replace("%2", str(records))
            if dialogs.confirm(self, question, self.tr("Staff member has records")):
                self.end_selected()
            return
        question = self.tr("Delete staff member %1?").replace("%1", line.full_name)
        if not dialogs.confirm(self, question, self.tr("Delete staff member")):
            return
        try:
            with self.context.workspace.transaction() as session:
                staff_service.delete_staff(session, line.id)
        except BkfiError as error:
            dialogs.show_error(self, error)
            return
        self.context.signals.staff_changed.emit()

    # --- actions ------------------------------------------------------------------------------------

    def edit_selected(self) -> None:
        line = self.selected_line()
        if line is not None:
            self._open_dialog(line.id)

    def end_selected(self) -> None:
        """Mark as left: the same dialog, with the "left on" date ticked and focused."""
        line = self.selected_line()
        if line is not None:
            self._open_dialog(line.id, leaving=True)

    def _open_dialog(self, staff_id: int | None, *, leaving: bool = False) -> None:
        try:
            with self.context.workspace.session() as session:
                person = staff_service.get_staff_view(session, staff_id) if staff_id is not None else None
                self.dialog = StaffDialog(
                    self.context.workspace, person, self, leaving=leaving, today=self.context.today()
                )
        except BkfiError as error:
            dialogs.show_error(self, error)
            return
        self.dialog.saved.connect(self._saved)
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()

    def _saved(self, staff_id: int) -> None:
        self.context.signals.staff_changed.emit()  # refreshes this page too
        self.select_id(staff_id)

    # --- selection --------------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        return selected_row_id(self.ui.staffTable)

    def selected_line(self) -> StaffLine | None:
        wanted = self.selected_id()
        return next((line for line in self.lines if line.id == wanted), None)

    def select_id(self, staff_id: int) -> None:
        select_row_id(self.ui.staffTable, staff_id)

    # --- filling the tables -------------------------------------------------------------------------

    def visible_lines(self) -> list[StaffLine]:
        today = self.context.today()
        words = fold_for_search(self.ui.searchEdit.text()).split()
        show_former = self.ui.showFormerCheck.isChecked()
        return [
            line
            for line in self.lines
            if (show_former or line.is_current(today)) and all(word in line.search_key for word in words)
        ]

    def _fill(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self.selected_id()
        table = self.ui.staffTable
        table.setSortingEnabled(False)  # the service's Vietnamese order is the order
        table.setUpdatesEnabled(False)
        today = self.context.today()
        lines = self.visible_lines()
        table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            cells = (
                line.full_name, line.title, label(TTDN_ROLE_LABELS, line.role), line.phone, line.email,
                format_date(line.from_date), format_date(line.to_date),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, line.id)
                if not line.is_current(today):
                    item.setForeground(Qt.GlobalColor.gray)
                table.setItem(row, column, item)
        table.setUpdatesEnabled(True)
        if keep is not None:
            self.select_id(keep)
        self._show_history()

    def _show_history(self) -> None:
        line = self.selected_line()
        table = self.ui.historyTable
        history = line.history if line else ()
        table.setRowCount(len(history))
        for row, entry in enumerate(history):
            cells = (label(TTDN_ROLE_LABELS, entry.role), entry.title, format_date(entry.from_date), format_date(entry.to_date))
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        has_selection = line is not None
        for button in (self.ui.editButton, self.ui.endButton, self.ui.deleteButton):
            button.setEnabled(has_selection)

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
        1 for training in list_trainings(session) for person in training.participants if person.id == staff_id
    )
    tasks = sum(
        1 for view in list_tasks(session) if view.assignment and view.assignment.owner_id == staff_id
    )
    return trainings + tasks
