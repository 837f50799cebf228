"""Cán bộ page, driven as a clerk would: type in the dialog, click, choose; then read the database."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from bkfi_desktop.core.staff import add_staff, list_staff
from bkfi_desktop.core.training import add_training
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.pages.staff_dialog import StaffDialog
from bkfi_desktop.ui.pages.staff_page import StaffPage
from tests.ui.conftest import DialogAnswers
from tests.ui.keyboard import type_text

pytest_plugins = ["tests.ui.page_fixtures"]


def make_page(qtbot: QtBot, context: AppContext) -> StaffPage:
    page = StaffPage(context)
    qtbot.addWidget(page)
    page.show()
    return page


def save(dialog: StaffDialog, qtbot: QtBot) -> None:
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def table_names(page: StaffPage) -> list[str]:
    table = page.ui.staffTable
    return [table.item(row, 0).text() for row in range(table.rowCount())]


def test_add_staff_member_through_the_dialog(qtbot: QtBot, empty_context: AppContext) -> None:
    page = make_page(qtbot, empty_context)
    assert "Lãnh đạo phụ trách" in page.ui.roleWarningLabel.text()

    qtbot.mouseClick(page.ui.addButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.ui.nameEdit, "Nguyễn Thị Hoa")
    type_text(dialog.ui.titleEdit, "Phó Chủ tịch")
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData("leader"))
    type_text(dialog.ui.phoneEdit, "0912 345 678")
    dialog.ui.fromDateCheck.setChecked(True)
    dialog.ui.fromDateEdit.setDate(dialog.ui.fromDateEdit.date().fromString("01/03/2024", "dd/MM/yyyy"))
    save(dialog, qtbot)

    assert not dialog.isVisible()
    with empty_context.workspace.session() as session:
        [person] = list_staff(session)
        assert (person.full_name, person.title, person.ttdn_role, person.phone) == (
            "Nguyễn Thị Hoa", "Phó Chủ tịch", "leader", "0912 345 678",
        )
        assert person.from_date == dt.date(2024, 3, 1)
    assert table_names(page) == ["Nguyễn Thị Hoa"]
    assert page.selected_id() == person.id
    warning = page.ui.roleWarningLabel.text()
    assert "Lãnh đạo phụ trách" not in warning and "Cán bộ phụ trách" in warning


def test_refused_input_keeps_the_dialog_open_with_the_reason(qtbot: QtBot, empty_context: AppContext) -> None:
    page = make_page(qtbot, empty_context)
    page.new_item()
    dialog = page.dialog
    assert dialog is not None
    type_text(dialog.ui.titleEdit, "Chuyên viên")
    save(dialog, qtbot)
    assert dialog.isVisible()
    assert "họ và tên" in dialog.ui.errorLabel.text()
    assert dialog.ui.titleEdit.text() == "Chuyên viên"  # nothing typed is lost
    with empty_context.workspace.session() as session:
        assert list_staff(session) == []
    dialog.reject()


def test_staff_are_listed_by_given_name_the_vietnamese_way(qtbot: QtBot, empty_context: AppContext) -> None:
    with empty_context.workspace.transaction() as session:
        for name in ("Trần Văn Bình", "Lê Anh", "Nguyễn Đức An", "Hoàng Thị Ánh"):
            add_staff(session, name)
    page = make_page(qtbot, empty_context)
    assert table_names(page) == ["Nguyễn Đức An", "Lê Anh", "Hoàng Thị Ánh", "Trần Văn Bình"]

    type_text(page.ui.searchEdit, "anh")  # no diacritics, any case
    assert table_names(page) == ["Lê Anh", "Hoàng Thị Ánh"]


def test_changing_a_role_keeps_the_history(qtbot: QtBot, empty_context: AppContext) -> None:
    with empty_context.workspace.transaction() as session:
        person_id = add_staff(session, "Lý Thị Mai", ttdn_role="member", from_date=dt.date(2023, 1, 1)).id
    page = make_page(qtbot, empty_context)
    page.select_id(person_id)
    qtbot.mouseClick(page.ui.editButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData("officer"))
    save(dialog, qtbot)

    with empty_context.workspace.session() as session:
        [person] = list_staff(session)
        assert person.ttdn_role == "officer"
        assert [row.ttdn_role for row in person.role_history] == ["member", "officer"]
        assert person.role_history[0].to_date is not None
    history = page.ui.historyTable
    assert history.rowCount() == 2
    assert [history.item(row, 0).text() for row in range(2)] == ["Thành viên", "Cán bộ phụ trách"]


def test_delete_asks_first_and_removes_someone_without_records(
    qtbot: QtBot, empty_context: AppContext, answers: DialogAnswers
) -> None:
    with empty_context.workspace.transaction() as session:
        person_id = add_staff(session, "Đinh Văn Tâm").id
    page = make_page(qtbot, empty_context)
    page.select_id(person_id)

    answers.confirms.append(False)
    qtbot.mouseClick(page.ui.deleteButton, Qt.MouseButton.LeftButton)
    with empty_context.workspace.session() as session:
        assert len(list_staff(session)) == 1

    answers.confirms.append(True)
    page.delete_selected()
    assert "Đinh Văn Tâm" in answers.asked[-1][1]
    with empty_context.workspace.session() as session:
        assert list_staff(session) == []
    assert page.ui.staffTable.rowCount() == 0


def test_someone_with_records_is_marked_as_left_instead_of_deleted(
    qtbot: QtBot, empty_context: AppContext, answers: DialogAnswers
) -> None:
    with empty_context.workspace.transaction() as session:
        person_id = add_staff(session, "Phạm Thị Lan", ttdn_role="officer").id
        add_training(session, "Tập huấn TTĐN", dt.date(2025, 5, 5), participants=[person_id])
    page = make_page(qtbot, empty_context)
    page.select_id(person_id)

    answers.confirms.append(True)  # "mark as left instead?" → yes
    page.delete_selected()
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.toDateCheck.isChecked()
    dialog.ui.toDateEdit.setDate(dialog.ui.toDateEdit.date().fromString("30/06/2025", "dd/MM/yyyy"))
    save(dialog, qtbot)

    with empty_context.workspace.session() as session:
        [person] = list_staff(session)
        assert person.to_date == dt.date(2025, 6, 30)
        assert person.role_history[-1].to_date == dt.date(2025, 6, 30)
    assert table_names(page) == ["Phạm Thị Lan"]
    page.ui.showFormerCheck.setChecked(False)
    assert table_names(page) == []


def test_an_edit_made_on_the_page_is_announced_once_and_the_dashboard_follows(
    qtbot: QtBot, main_window: Any
) -> None:
    """The page says "staff changed" through the runner's one signal, like a finished job; the
    dashboard, listening there, warns at once that the unit has no officer any more."""
    dashboard = main_window.current_page()
    assert dashboard.ui.warningLabel.isHidden()
    announced: list[frozenset[str]] = []
    main_window.context.runner.changed.connect(announced.append)
    page = main_window.show_page("staff")
    today = main_window.context.today()
    [officer] = [line for line in page.lines if line.role == "officer" and line.is_current(today)]
    page.select_id(officer.id)
    qtbot.mouseClick(page.ui.endButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.ui.toDateCheck.isChecked()
    left = today - dt.timedelta(days=1)
    dialog.ui.toDateEdit.setDate(QDate(left.year, left.month, left.day))
    save(dialog, qtbot)

    assert announced == [frozenset({"staff"})]
    assert "Cán bộ phụ trách" in page.ui.roleWarningLabel.text()
    assert dashboard.summary.missing_officer and not dashboard.ui.warningLabel.isHidden()
