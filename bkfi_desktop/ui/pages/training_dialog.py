"""The dialog that adds or edits one training session (layout: forms/training_dialog.ui).

Topics and participants are checkable lists; the dialog saves through core.training in one
transaction and stays open with the service's message when the input is refused
(record_dialog.RecordDialog).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)
from sqlalchemy.orm import Session

from bkfi_desktop.core import training as training_service
from bkfi_desktop.core.staff import list_staff_views
from bkfi_desktop.core.training import TrainingView, get_training_view
from bkfi_desktop.core.vocabulary import TRAINING_KIND_LABELS, TRAINING_MODE_LABELS, TRAINING_TOPIC_LABELS
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.ui.date_fields import from_qdate, setup_date_edit
from bkfi_desktop.ui.pages.record_dialog import RecordDialog, RecordDialogUi


class TrainingDialogUi(RecordDialogUi):
    form = "training_dialog"
    titleEdit: QLineEdit
    kindCombo: QComboBox
    startDateEdit: QDateEdit
    endDateEdit: QDateEdit
    hoursSpin: QDoubleSpinBox
    modeCombo: QComboBox
    placeEdit: QLineEdit
    organiserEdit: QLineEdit
    externalSpin: QSpinBox
    noteEdit: QPlainTextEdit
    topicsList: QListWidget
    participantsList: QListWidget
    participantCountLabel: QLabel


def _check_item(list_widget: QListWidget, text: str, data: object, checked: bool) -> QListWidgetItem:
    item = QListWidgetItem(text, list_widget)
    item.setData(Qt.ItemDataRole.UserRole, data)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


def checked_data(list_widget: QListWidget) -> list[object]:
    return [
        list_widget.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(list_widget.count())
        if list_widget.item(row).checkState() == Qt.CheckState.Checked
    ]


class TrainingDialog(RecordDialog):
    """Add (training_id is None) or edit a session; `saved(id)` fires after the commit."""

    ui: TrainingDialogUi

    def __init__(
        self,
        workspace: Workspace,
        training_id: int | None = None,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(workspace, training_id, TrainingDialogUi, parent)
        ui = self.ui
        self.setWindowTitle(self.tr("Edit training session") if training_id else self.tr("New training session"))
        for code, text in TRAINING_KIND_LABELS.items():
            ui.kindCombo.addItem(text, code)
        for code, text in TRAINING_MODE_LABELS.items():
            ui.modeCombo.addItem(text, code)
        setup_date_edit(ui.startDateEdit, today)
        setup_date_edit(ui.endDateEdit, today)
        ui.startDateEdit.dateChanged.connect(self._keep_end_after_start)
        ui.participantsList.itemChanged.connect(lambda _item: self._count_participants())
        ui.externalSpin.valueChanged.connect(lambda _value: self._count_participants())
        with workspace.session() as session:
            training = get_training_view(session, training_id) if training_id is not None else None
            chosen = {person_id for person_id, _name in training.participants} if training else set()
            today = today or dt.date.today()
            for person in list_staff_views(session):
                if person.to_date is not None and person.to_date < today and person.id not in chosen:
                    continue  # people who left are offered only where they already took part
                text = f"{person.full_name} — {person.title}" if person.title else person.full_name
                _check_item(ui.participantsList, text, person.id, person.id in chosen)
            topics = set(training.topics or []) if training else {"ttdn"}
            for code, text in TRAINING_TOPIC_LABELS.items():
                _check_item(ui.topicsList, text, code, code in topics)
            if training is not None:
                self._show(training)
        self._count_participants()
        ui.titleEdit.setFocus()

    def _show(self, training: TrainingView) -> None:
        ui = self.ui
        ui.titleEdit.setText(training.title)
        ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(training.kind)))
        ui.modeCombo.setCurrentIndex(max(0, ui.modeCombo.findData(training.mode)))
        setup_date_edit(ui.startDateEdit, training.start_date)
        setup_date_edit(ui.endDateEdit, training.end_date or training.start_date)
        ui.hoursSpin.setValue(training.hours)
        ui.placeEdit.setText(training.place)
        ui.organiserEdit.setText(training.organiser)
        ui.externalSpin.setValue(training.external_participants)
        ui.noteEdit.setPlainText(training.note)

    def _keep_end_after_start(self) -> None:
        if self.ui.endDateEdit.date() < self.ui.startDateEdit.date():
            self.ui.endDateEdit.setDate(self.ui.startDateEdit.date())

    def _count_participants(self) -> None:
        staff = len(checked_data(self.ui.participantsList))
        external = self.ui.externalSpin.value()
        self.ui.participantCountLabel.setText(
            self.tr("%1 staff + %2 external = %3 participants")
            .replace("%1", str(staff))
            .replace("%2", str(external))
            .replace("%3", str(staff + external))
        )

    def check_participant(self, staff_id: int, checked: bool = True) -> None:
        """Tick a person in the participants list (what a click on the checkbox does)."""
        for row in range(self.ui.participantsList.count()):
            item = self.ui.participantsList.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == staff_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def fields(self) -> dict[str, object]:
        ui = self.ui
        start = from_qdate(ui.startDateEdit.date())
        end = from_qdate(ui.endDateEdit.date())
        return {
            "title": ui.titleEdit.text(),
            "kind": ui.kindCombo.currentData(),
            "topics": checked_data(ui.topicsList),
            "start_date": start,
            "end_date": end if end != start else None,
            "hours": ui.hoursSpin.value(),
            "place": ui.placeEdit.text(),
            "organiser": ui.organiserEdit.text(),
            "mode": ui.modeCombo.currentData(),
            "participants": checked_data(ui.participantsList),
            "external_participants": ui.externalSpin.value(),
            "note": ui.noteEdit.toPlainText(),
        }

    def refusal(self, values: dict[str, object]) -> str:
        if values["topics"]:
            return ""
        self.ui.topicsList.setFocus()
        return self.tr("Choose at least one topic.")

    def write(self, session: Session, values: dict[str, object]) -> int:
        if self.record_id is None:
            title = values.pop("title")
            start = values.pop("start_date")
            training = training_service.add_training(session, title, start, **values)  # type: ignore[arg-type]
        else:
            training = training_service.update_training(session, self.record_id, **values)
        return training.id
