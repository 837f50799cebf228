"""Tập huấn: sessions the unit organised or sent staff to, and their totals for a period.

The list, search, New / Edit / Delete come from record_page.RecordPage; this page adds the period
and its totals.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QDateEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QWidget,
)
from sqlalchemy.orm import Session

from bkfi_desktop.core import training as training_service
from bkfi_desktop.core.training import TrainingView
from bkfi_desktop.core.vocabulary import (
    TRAINING_KIND_LABELS,
    TRAINING_MODE_LABELS,
    TRAINING_TOPIC_LABELS,
    label,
)
from bkfi_desktop.textvn.folding import fold_for_search
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.date_fields import format_date, from_qdate, setup_date_edit
from bkfi_desktop.ui.empty_hint import EmptyHint
from bkfi_desktop.ui.forms import FormUi
from bkfi_desktop.ui.pages.record_page import RecordPage
from bkfi_desktop.ui.pages.training_dialog import TrainingDialog
from bkfi_desktop.ui.printing import print_list


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


class TrainingPage(RecordPage[TrainingLine]):
    change = "trainings"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = TrainingPageUi.load_into(self)
        ui = self.ui
        self.connect_records(ui.trainingTable, ui.searchEdit, ui.addButton, (ui.editButton, ui.deleteButton))
        header = ui.trainingTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 7):  # the title and the place share the room left; long ones are elided
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.empty_hint = EmptyHint.install(ui.trainingTable, self._empty_text)
        self.totals: training_service.TrainingTotals | None = None
        self.set_period(*year_of(context.today()), reload=False)
        ui.periodFromEdit.dateChanged.connect(lambda _date: self.refresh())
        ui.periodToEdit.dateChanged.connect(lambda _date: self.refresh())
        ui.thisYearButton.clicked.connect(lambda: self.set_period(*year_of(self.context.today())))
        ui.printButton.clicked.connect(self._print)
        ui.editButton.clicked.connect(self.edit_selected)
        ui.deleteButton.clicked.connect(self.delete_selected)
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

    # --- the records (record_page.RecordPage) ---------------------------------------------------------

    def load_lines(self, session: Session) -> list[TrainingLine]:
        start, end = self.period()
        return [TrainingLine.of(t) for t in training_service.list_training_views(session, start, end)]

    def loaded(self, session: Session) -> None:
        self.totals = training_service.training_totals(session, *self.period())

    def cells(self, line: TrainingLine) -> tuple[str, ...]:
        return line.cells

    def make_dialog(self, record_id: int | None, **options: Any) -> TrainingDialog:
        return TrainingDialog(self.context.workspace, record_id, self, today=self.context.today())

    def confirm_delete(self, line: TrainingLine) -> bool:
        question = self.tr("Delete the training session “%1”?").replace("%1", line.title)
        return dialogs.confirm(self, question, self.tr("Delete training session"))

    def delete_record(self, session: Session, record_id: int) -> None:
        training_service.delete_training(session, record_id)

    def after_refresh(self) -> None:
        totals = self.totals
        if totals is None:
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
