"""Tập huấn page, driven as a clerk would: fill the dialog, tick topics and participants, save."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QListWidget
from pytestqt.qtbot import QtBot

from bkfi_desktop.core.staff import add_staff
from bkfi_desktop.core.training import add_training, list_trainings
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.pages.training_dialog import TrainingDialog
from bkfi_desktop.ui.pages.training_page import TrainingPage
from tests.ui.conftest import DialogAnswers
from tests.ui.keyboard import type_text

pytest_plugins = ["tests.ui.page_fixtures"]


def make_page(qtbot: QtBot, context: AppContext) -> TrainingPage:
    page = TrainingPage(context)
    qtbot.addWidget(page)
    page.show()
    return page


def tick(listing: QListWidget, text: str) -> None:
    """Click the checkbox of the item whose text starts with `text`."""
    for row in range(listing.count()):
        item = listing.item(row)
        if item.text().startswith(text):
            item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked else Qt.CheckState.Checked)
            return
    raise AssertionError(f"no item {text!r}")


def save(dialog: TrainingDialog, qtbot: QtBot) -> None:
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_add_a_training_with_topics_and_participants(qtbot: QtBot, empty_context: AppContext) -> None:
    with empty_context.workspace.transaction() as session:
        hoa = add_staff(session, "Nguyễn Thị Hoa", title="Chuyên viên").id
        add_staff(session, "Trần Văn Nam")
        add_staff(session, "Lê Văn Cũ", from_date=dt.date(2020, 1, 1)).to_date = dt.date(2021, 1, 1)
    page = make_page(qtbot, empty_context)
    year = empty_context.today().year
    assert page.period() == (dt.date(year, 1, 1), dt.date(year, 12, 31))

    qtbot.mouseClick(page.ui.addButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    participants = [dialog.ui.participantsList.item(row).text() for row in range(dialog.ui.participantsList.count())]
    assert participants == ["Nguyễn Thị Hoa — Chuyên viên", "Trần Văn Nam"]  # who left is not offered
    type_text(dialog.ui.titleEdit, "Bồi dưỡng tiếng Anh giao tiếp")
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("attended"))
    tick(dialog.ui.topicsList, "Thông tin đối ngoại")  # ticked by default: untick
    tick(dialog.ui.topicsList, "Ngoại ngữ")
    dialog.ui.startDateEdit.setDate(QDate(year, 3, 10))
    dialog.ui.endDateEdit.setDate(QDate(year, 3, 12))
    dialog.ui.hoursSpin.setValue(12)
    dialog.ui.modeCombo.setCurrentIndex(dialog.ui.modeCombo.findData("online"))
    type_text(dialog.ui.placeEdit, "Hội trường UBND")
    type_text(dialog.ui.organiserEdit, "Sở Ngoại vụ")
    tick(dialog.ui.participantsList, "Nguyễn Thị Hoa")
    dialog.ui.externalSpin.setValue(3)
    assert dialog.ui.participantCountLabel.text().startswith("1")
    save(dialog, qtbot)

    assert not dialog.isVisible()
    with empty_context.workspace.session() as session:
        [training] = list_trainings(session)
        assert training.title == "Bồi dưỡng tiếng Anh giao tiếp"
        assert training.topics == ["foreign_language"]
        assert (training.start_date, training.end_date) == (dt.date(year, 3, 10), dt.date(year, 3, 12))
        assert (training.hours, training.mode, training.kind) == (12.0, "online", "attended")
        assert (training.place, training.organiser) == ("Hội trường UBND", "Sở Ngoại vụ")
        assert [person.id for person in training.participants] == [hoa]
        assert training.external_participants == 3
    assert page.ui.trainingTable.rowCount() == 1
    assert page.ui.trainingTable.item(0, 1).text() == "Bồi dưỡng tiếng Anh giao tiếp"
    assert page.ui.totalSessionsLabel.text().split("(")[0].strip().endswith("1")
    assert "4" in page.ui.totalParticipantsLabel.text()
    assert "12" in page.ui.totalHoursLabel.text()
    assert page.ui.totalForeignLabel.text().endswith("1")


def test_a_session_needs_a_topic_and_a_title(qtbot: QtBot, empty_context: AppContext) -> None:
    page = make_page(qtbot, empty_context)
    page.new_item()
    dialog = page.dialog
    assert dialog is not None
    save(dialog, qtbot)
    assert dialog.isVisible() and "tên lớp" in dialog.ui.errorLabel.text()
    type_text(dialog.ui.titleEdit, "Tập huấn kỹ năng số")
    tick(dialog.ui.topicsList, "Thông tin đối ngoại")
    save(dialog, qtbot)
    assert dialog.isVisible() and dialog.ui.errorLabel.text()
    tick(dialog.ui.topicsList, "Kỹ năng số")
    save(dialog, qtbot)
    assert not dialog.isVisible()
    with empty_context.workspace.session() as session:
        assert [t.topics for t in list_trainings(session)] == [["digital_skills"]]


def test_period_totals_and_editing_participants(qtbot: QtBot, empty_context: AppContext) -> None:
    with empty_context.workspace.transaction() as session:
        a = add_staff(session, "Hà Văn An").id
        b = add_staff(session, "Vũ Thị Bích").id
        add_training(session, "Hội nghị TTĐN 2024", dt.date(2024, 5, 2), hours=4, participants=[a])
        kept = add_training(
            session, "Tập huấn TTĐN 2025", dt.date(2025, 6, 1), hours=8, participants=[a], external_participants=10
        ).id
    page = make_page(qtbot, empty_context)
    page.set_period(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert page.ui.trainingTable.rowCount() == 1
    assert "11" in page.ui.totalParticipantsLabel.text()

    page.ui.periodFromEdit.setDate(QDate(2024, 1, 1))  # typing a date refreshes
    assert page.ui.trainingTable.rowCount() == 2

    page.select_id(kept)
    qtbot.mouseClick(page.ui.editButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    assert dialog.ui.titleEdit.text() == "Tập huấn TTĐN 2025"
    dialog.check_participant(b)
    save(dialog, qtbot)
    with empty_context.workspace.session() as session:
        edited = next(t for t in list_trainings(session) if t.id == kept)
        assert sorted(person.id for person in edited.participants) == [a, b]
        assert edited.hours == 8 and edited.external_participants == 10
    assert "13" in page.ui.totalParticipantsLabel.text()

    type_text(page.ui.searchEdit, "hoi nghi")
    assert page.ui.trainingTable.rowCount() == 1


def test_delete_asks_first(qtbot: QtBot, empty_context: AppContext, answers: DialogAnswers) -> None:
    year = empty_context.today().year
    with empty_context.workspace.transaction() as session:
        training_id = add_training(session, "Tập huấn cần xóa", dt.date(year, 2, 2)).id
    page = make_page(qtbot, empty_context)
    page.select_id(training_id)
    answers.confirms.append(False)
    qtbot.mouseClick(page.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert "Tập huấn cần xóa" in answers.asked[-1][1]
    with empty_context.workspace.session() as session:
        assert len(list_trainings(session)) == 1
    answers.confirms.append(True)
    page.delete_selected()
    with empty_context.workspace.session() as session:
        assert list_trainings(session) == []
    assert page.ui.trainingTable.rowCount() == 0
