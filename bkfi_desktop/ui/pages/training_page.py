"""Tập huấn: sessions the unit organised or sent staff to, and their totals for a period."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from bkfi_desktop.core import training as training_service
from bkfi_desktop.core.training import TrainingView
from bkfi_desktop.core.vocabulary import (
    TRAINING_KIND_LABELS,
    TRAINING_MODE_LABELS,
    TRAINING_TOPIC_LABELS,
    label,
)
from bkfi_desktop.errors import BkfiError
from bkfi_desktop.textvn.folding import fold_for_search
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.date_fields import format_date, from_qdate, setup_date_edit
from bkfi_desktop.ui.empty_hint import EmptyHint
from bkfi_desktop.ui.forms import FormUi
from bkfi_desktop.ui.pages.base import Page
from bkfi_desktop.ui.pages.training_dialog import TrainingDialog
from bkfi_desktop.ui.printing import print_list
from bkfi_desktop.ui.table_rows import select_row_id, selected_row_id


class TrainingPageUi(FormUi):
    form = "training_page"
    printButton: QPushButton
    periodFromEdit: QDateEdit
    periodToEdit: QDateEdit
    thisYearButton: QPushButton
    totalSessionsLabel: QLabel
    totalParticipantsLabel: QLabel
    totalHoursLabel: QLabel
    totalForeignLabel: QLabel
    searchEdit: QLineEdit
    addButton: QPushButton
    editButton: QPushButton
    deleteButton: QPushButton
    trainingTable: QTableWidget


@dataclass(frozen=True)
class TrainingLine:
    id: int
    title: str
    cells: tuple[str, ...]
    search_key: str

    @classmethod
    def of(cls, training: TrainingView) -> TrainingLine:
        dates = format_date(training.start_date)
        if training.end_date and training.end_date != training.start_date:
            dates += " – " + format_date(training.end_date)
        topics = ", ".join(label(TRAINING_TOPIC_LABELS, code) for code in training.topics or [])
        staff = len(training.participants)
        total = staff + training.external_participants
        participants = f"{total} ({staff} + {training.external_participants})" if training.external_participants else str(total)
        where = " / ".join(part for part in (training.place, training.organiser) if part)
        cells = (
            dates, training.title, label(TRAINING_KIND_LABELS, training.kind), topics,
            label(TRAINING_MODE_LABELS, training.mode), f"{training.hours:g}", participants, where,
        )
        names = " ".join(name for _id, name in training.participants)
        return cls(training.id, training.title, cells, fold_for_search(" ".join((*cells, names))))


def year_of(today: dt.date) -> tuple[dt.date, dt.date]:
    year = today.year
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


class TrainingPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = TrainingPageUi.load_into(self)
        self.lines: list[TrainingLine] = []
        self.dialog: TrainingDialog | None = None
        header = self.ui.trainingTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 7):  # the title and the place share the room left; long ones are elided
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.empty_hint = EmptyHint.install(self.ui.trainingTable, self._empty_text)
        self.set_period(*year_of(context.today()), reload=False)
        self.ui.periodFromEdit.dateChanged.connect(lambda _date: self.refresh())
        self.ui.periodToEdit.dateChanged.connect(lambda _date: self.refresh())
        self.ui.thisYearButton.clicked.connect(lambda: self.set_period(*year_of(self.context.today())))
        self.ui.searchEdit.textChanged.connect(lambda _text: self._fill())
        self.ui.addButton.clicked.connect(self.new_item)
        self.ui.printButton.clicked.connect(self._print)
        self.ui.editButton.clicked.connect(self.edit_selected)
        self.ui.deleteButton.clicked.connect(self.delete_selected)
        self.ui.trainingTable.itemActivated.connect(lambda _item: self.edit_selected())
        self.ui.trainingTable.itemSelectionChanged.connect(self._update_buttons)
        for signal in (context.signals.trainings_changed, context.signals.staff_changed):
            signal.connect(self.refresh)
        self.refresh()

    def _empty_text(self) -> str:
        if self.lines:
            return self.tr("No session matches the search.")
        return self.tr(
            "No training session in this period. Press “New…” (Ctrl+N) to record one the unit organised "
            "or sent staff to, or widen the period above."
        )

    def _print(self) -> None:
        start, end = self.period()
        print_list(self.context, self, "training", start=start, end=end)

    # --- period -------------------------------------------------------------------------------------

    def period(self) -> tuple[dt.date, dt.date]:
        return from_qdate(self.ui.periodFromEdit.date()), from_qdate(self.ui.periodToEdit.date())

    def set_period(self, start: dt.date, end: dt.date, *, reload: bool = True) -> None:
        for edit in (self.ui.periodFromEdit, self.ui.periodToEdit):
            edit.blockSignals(True)
        setup_date_edit(self.ui.periodFromEdit, start)
        setup_date_edit(self.ui.periodToEdit, end)
        for edit in (self.ui.periodFromEdit, self.ui.periodToEdit):
            edit.blockSignals(False)
        if reload:
            self.refresh()

    # --- page contract ----------------------------------------------------------------------------

    def refresh(self) -> None:
        start, end = self.period()
        try:
            with self.context.workspace.session() as session:
                self.lines = [TrainingLine.of(t) for t in training_service.list_training_views(session, start, end)]
                totals = training_service.training_totals(session, start, end)
        except BkfiError as error:
            dialogs.show_error(self, error)
            return
        ui = self.ui
        ui.totalSessionsLabel.setText(
            self.tr("Sessions: %1 (organised %2, attended %3)")
            .replace("%1", str(totals.sessions))
            .replace("%2", str(totals.organised))
            .replace("%3", str(totals.attended))
        )
        ui.totalParticipantsLabel.setText(
            self.tr("Participants: %1 (%2 staff trained)")
            .replace("%1", str(totals.participants))
            .replace("%2", str(totals.staff_trained))
        )
        ui.totalHoursLabel.setText(self.tr("Hours: %1").replace("%1", f"{totals.hours:g}"))
        ui.totalForeignLabel.setText(
            self.tr("Foreign-language courses: %1").replace("%1", str(totals.foreign_language_sessions))
        )
        self._fill()

    def new_item(self) -> None:
        self._open_dialog(None)

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def delete_selected(self) -> None:
        line = self.selected_line()
        if line is None:
            return
        question = self.tr("Delete the training session “%1”?").replace("%1", line.title)
        if not dialogs.confirm(self, question, self.tr("Delete training session")):
            return
        try:
            with self.context.workspace.transaction() as session:
                training_service.delete_training(session, line.id)
        except BkfiError as error:
            dialogs.show_error(self, error)
            return
        self.context.signals.trainings_changed.emit()

    # --- actions ------------------------------------------------------------------------------------

    def edit_selected(self) -> None:
        line = self.selected_line()
        if line is not None:
            self._open_dialog(line.id)

    def _open_dialog(self, training_id: int | None) -> None:
        try:
            self.dialog = TrainingDialog(self.context.workspace, training_id, self, today=self.context.today())
        except BkfiError as error:
            dialogs.show_error(self, error)
            return
        self.dialog.saved.connect(self._saved)
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()

    def _saved(self, training_id: int) -> None:
        self.context.signals.trainings_changed.emit()  # refreshes this page too
        self.select_id(training_id)

    # --- table --------------------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        return selected_row_id(self.ui.trainingTable)

    def selected_line(self) -> TrainingLine | None:
        wanted = self.selected_id()
        return next((line for line in self.lines if line.id == wanted), None)

    def select_id(self, training_id: int) -> None:
        select_row_id(self.ui.trainingTable, training_id)

    def visible_lines(self) -> list[TrainingLine]:
        words = fold_for_search(self.ui.searchEdit.text()).split()
        return [line for line in self.lines if all(word in line.search_key for word in words)]

    def _fill(self) -> None:
        keep = self.selected_id()
        table = self.ui.trainingTable
        lines = self.visible_lines()
        table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            for column, text in enumerate(line.cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, line.id)
                table.setItem(row, column, item)
        if keep is not None:
            self.select_id(keep)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_selection = self.selected_id() is not None
        self.ui.editButton.setEnabled(has_selection)
        self.ui.deleteButton.setEnabled(has_selection)
