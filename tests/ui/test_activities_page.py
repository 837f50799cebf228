"""Hoạt động page: quick entry, in-place edits, sorting and filtering in SQL, and paging at 100k rows."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QSpinBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from bkfi_desktop.core.activities import add_activity
from bkfi_desktop.core.demo import generate_activities
from bkfi_desktop.core.store.models import Activity
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.ui.activity_table_model import COL_QUANTITY, COL_TASK, COL_TITLE, PAGE_SIZE
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.pages.activities_page import ActivitiesPage
from bkfi_desktop.ui.worker import InlineTaskRunner
from tests.ui.conftest import DialogAnswers
from tests.ui.keyboard import type_text

pytest_plugins = ["tests.ui.page_fixtures"]


def make_page(qtbot: QtBot, context: AppContext) -> ActivitiesPage:
    page = ActivitiesPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def activity_count(workspace: Workspace) -> int:
    with workspace.session() as session:
        return int(session.scalar(select(func.count(Activity.id))) or 0)


def click_header(qtbot: QtBot, page: ActivitiesPage, column: int) -> None:
    header = page.ui.activityTable.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def fold(text: str) -> str:
    """An independent diacritics-and-case fold, to check the search box against."""
    stripped = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return stripped.replace("đ", "d").replace("Đ", "D").lower()


# --- quick entry and edits on the demo workspace --------------------------------------------------


def test_quick_entry_adds_on_enter_and_keeps_the_cursor_there(qtbot: QtBot, context: AppContext) -> None:
    page = make_page(qtbot, context)
    before = activity_count(context.workspace)
    assert page.ui.addDateEdit.date() == QDate(2026, 11, 20)  # today, by the context's clock
    page.ui.addKindCombo.setCurrentIndex(page.ui.addKindCombo.findData("rebuttal"))
    page.ui.addQuantitySpin.setValue(2)
    page.ui.addTitleEdit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.ui.addTitleEdit)
    with qtbot.assertNotEmitted(page.model.modelReset):
        type_text(page.ui.addTitleEdit, "Phản bác luận điệu sai trái về nhân quyền")
        qtbot.keyClick(page.ui.addTitleEdit, Qt.Key.Key_Return)

    assert activity_count(context.workspace) == before + 1
    with context.workspace.session() as session:
        newest = session.scalars(select(Activity).order_by(Activity.id.desc())).first()
        assert newest is not None
        assert (newest.date, newest.kind, newest.quantity, newest.title) == (
            dt.date(2026, 11, 20), "rebuttal", 2, "Phản bác luận điệu sai trái về nhân quyền",
        )
    assert page.model.index(0, COL_TITLE).data() == "Phản bác luận điệu sai trái về nhân quyền"
    assert page.ui.addTitleEdit.text() == "" and page.ui.addQuantitySpin.value() == 1
    assert page.ui.addKindCombo.currentData() == "rebuttal"  # kept for the next entry
    assert QApplication.focusWidget() is page.ui.addTitleEdit

    # The next one, straight away, with Enter pressed in the quantity box.
    type_text(page.ui.addTitleEdit, "Bài viết thứ hai")
    page.ui.addQuantitySpin.setFocus()
    qtbot.keyClick(page.ui.addQuantitySpin, Qt.Key.Key_Return)
    assert activity_count(context.workspace) == before + 2
    assert page.model.index(0, COL_TITLE).data() == "Bài viết thứ hai"


def test_an_empty_title_is_refused_with_the_service_message(
    qtbot: QtBot, context: AppContext, answers: DialogAnswers
) -> None:
    answers.allow_errors = True
    page = make_page(qtbot, context)
    before = activity_count(context.workspace)
    page.add_from_entry_row()
    assert answers.errors and "nội dung" in answers.errors[-1]
    assert activity_count(context.workspace) == before


def test_edit_a_cell_in_place(qtbot: QtBot, context: AppContext) -> None:
    page = make_page(qtbot, context)
    table = page.ui.activityTable
    index = page.model.index(0, COL_QUANTITY)
    activity_id = page.model.activity_id(0)
    with qtbot.assertNotEmitted(page.model.modelReset):
        table.setCurrentIndex(index)
        table.edit(index)
        editor = table.viewport().findChild(QSpinBox)
        assert editor is not None
        editor.setValue(7)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)  # Qt commits queued
    with context.workspace.session() as session:
        assert session.get(Activity, activity_id).quantity == 7
    assert page.model.index(0, COL_QUANTITY).data() == "7"

    title_index = page.model.index(0, COL_TITLE)
    assert page.model.setData(title_index, "Tin về hoạt động đối ngoại của phường")
    with context.workspace.session() as session:
        stored = session.get(Activity, activity_id)
        assert stored.title == "Tin về hoạt động đối ngoại của phường"
        assert stored.title_key == fold(stored.title)


def test_delete_asks_first_and_removes_only_those_rows(
    qtbot: QtBot, context: AppContext, answers: DialogAnswers
) -> None:
    page = make_page(qtbot, context)
    before = activity_count(context.workspace)
    table = page.ui.activityTable
    table.selectRow(0)
    doomed = page.model.activity_id(0)
    answers.confirms.append(False)
    qtbot.mouseClick(page.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert activity_count(context.workspace) == before

    answers.confirms.append(True)
    with qtbot.assertNotEmitted(page.model.modelReset):
        page.delete_selected()
    assert activity_count(context.workspace) == before - 1
    with context.workspace.session() as session:
        assert session.get(Activity, doomed) is None
    assert page.model.row_of(doomed) is None


def test_sort_by_clicking_a_header_and_filter_by_kind_and_dates(qtbot: QtBot, context: AppContext) -> None:
    page = make_page(qtbot, context)
    click_header(qtbot, page, COL_QUANTITY)
    assert page.model.order_by == "quantity"
    quantities = [page.model.row_data(row).quantity for row in range(page.model.rowCount())]
    assert quantities == sorted(quantities) or quantities == sorted(quantities, reverse=True)
    click_header(qtbot, page, COL_TASK)  # not sortable: the order stays
    assert page.model.order_by == "quantity"

    page.ui.kindFilterCombo.setCurrentIndex(page.ui.kindFilterCombo.findData("press_info"))
    page.ui.filterFromCheck.setChecked(True)
    page.ui.filterFromEdit.setDate(QDate(2025, 1, 1))
    page.ui.filterToCheck.setChecked(True)
    page.ui.filterToEdit.setDate(QDate(2025, 12, 31))
    with context.workspace.session() as session:
        expected = session.scalar(
            select(func.count(Activity.id)).where(
                Activity.kind == "press_info", Activity.date >= dt.date(2025, 1, 1), Activity.date <= dt.date(2025, 12, 31)
            )
        )
    assert expected and page.model.total == expected == page.model.rowCount()
    rows = [page.model.row_data(row) for row in range(page.model.rowCount())]
    assert all(row.kind == "press_info" and row.date.year == 2025 for row in rows)

    qtbot.mouseClick(page.ui.clearFilterButton, Qt.MouseButton.LeftButton)
    assert page.model.total == activity_count(context.workspace)


# --- 100,000 activities ---------------------------------------------------------------------------

NEEDLE = "Tuyên truyền Nghị quyết số 47 tại tổ dân phố Đức Xuân"


@pytest.fixture(scope="module")
def big_workspace(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    folder: Path = tmp_path_factory.mktemp("lớn")
    workspace = Workspace.open(folder / "bkfi.db")
    with workspace.transaction() as session:
        generate_activities(session, 100_000, seed=7)
        add_activity(session, dt.date(2025, 4, 30), "propaganda", 1, NEEDLE)
    yield workspace
    workspace.close()


@pytest.mark.slow
def test_100k_activities_page_through_sql_and_search_without_diacritics(
    qtbot: QtBot, big_workspace: Workspace, answers: DialogAnswers
) -> None:
    context = AppContext(big_workspace, InlineTaskRunner(), clock=lambda: dt.date(2026, 11, 20))
    page = make_page(qtbot, context)
    model = page.model
    assert model.total == 100_001
    assert model.rowCount() == PAGE_SIZE  # the first page only, not 100k rows
    assert model.canFetchMore()
    qtbot.wait(50)
    assert model.rowCount() == PAGE_SIZE  # showing the view did not pull more
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE
    page.ui.activityTable.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 3 * PAGE_SIZE)
    dates = [model.row_data(row).date for row in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True)

    type_text(page.ui.searchEdit, "nghi quyet so 47 duc xuan")
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Return)
    assert model.total == 1 and model.rowCount() == 1
    assert model.row_data(0).title == NEEDLE

    page.ui.searchEdit.clear()
    type_text(page.ui.searchEdit, "BÁO BẮC KẠN")
    qtbot.waitUntil(lambda: model.query_filter.text == "BÁO BẮC KẠN")  # after the typing pause
    with big_workspace.session() as session:
        titles = session.scalars(select(Activity.title)).all()
    expected = sum(1 for title in titles if "bao bac kan" in fold(title))
    assert expected > PAGE_SIZE
    assert model.total == expected and model.rowCount() == PAGE_SIZE
    assert all("bao bac kan" in fold(model.row_data(row).title) for row in range(model.rowCount()))


def test_paging_never_skips_or_repeats_a_row_after_edits(qtbot: QtBot, empty_context: AppContext) -> None:
    with empty_context.workspace.transaction() as session:
        generate_activities(session, 1_000, seed=3)
    page = make_page(qtbot, empty_context)
    model = page.model
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE
    model.add(dt.date(2024, 6, 1), "news", 1, "Tin mới giữa chừng")  # sorts somewhere in the middle
    model.remove_rows([0, 5, 150])  # the new one and two rows read from the database
    model.setData(model.index(10, 0), QDate(2020, 1, 1))  # moves to the very end of the order
    while model.canFetchMore():
        model.fetchMore()
    shown = [model.activity_id(row) for row in range(model.rowCount())]
    with empty_context.workspace.session() as session:
        stored = set(session.scalars(select(Activity.id)))
    assert len(shown) == len(set(shown)) == len(stored) == 998
    assert set(shown) == stored
