"""Readable at 1024×768 and 1366×768: cut task titles in full on hover and in the detail panel, whose
scroll starts at the top for each task; staff columns share the width instead of "Phó C…"."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QStyle, QToolTip

from bkfi_desktop.ui.task_tree_model import VIEW_ROLE
from tests.ui.clerk import click_index

SIZES = [(1024, 768), (1366, 768)]


@pytest.mark.parametrize("size", SIZES)
def test_task_titles_in_full_on_hover_and_in_the_panel(qtbot: Any, main_window: Any, size: tuple[int, int]) -> None:
    main_window.resize(*size)
    page = main_window.show_page("tasks")
    tree = page.ui.taskTree
    task = page.proxy.index(1, 0, page.proxy.index(0, 0))
    view = task.data(VIEW_ROLE)
    click_index(qtbot, tree, task)
    assert task.data(0x03) == view.content  # the tooltip: the whole text, however narrow the column
    assert page.ui.taskTitleLabel.text() == f"{view.code}. {view.content}" and page.ui.taskTitleLabel.wordWrap()


def test_the_detail_panel_starts_at_the_top_for_each_task(qtbot: Any, main_window: Any) -> None:
    main_window.resize(1024, 768)
    page = main_window.show_page("tasks")
    tree = page.ui.taskTree
    group = page.proxy.index(0, 0)
    click_index(qtbot, tree, page.proxy.index(0, 0, group))
    bar = page.ui.detailScroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # at 1024×768 the panel is taller than its window
    bar.setValue(bar.maximum())
    click_index(qtbot, tree, page.proxy.index(1, 0, group))
    assert bar.value() == 0


def _elided(table: Any, row: int, column: int) -> bool:
    item = table.item(row, column)
    if item is None or not item.text():
        return False
    metrics = table.fontMetrics()
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)  # as Qt draws cells
    one_line = metrics.horizontalAdvance(item.text()) <= table.columnWidth(column) - margin
    wrapped = table.rowHeight(row) >= 2 * metrics.lineSpacing() and " " in item.text()
    return not (one_line or wrapped)


@pytest.mark.parametrize("size", SIZES)
def test_staff_titles_are_never_cut_to_a_stub(qtbot: Any, main_window: Any, size: tuple[int, int]) -> None:
    main_window.resize(*size)
    page = main_window.show_page("staff")
    table = page.ui.staffTable
    qtbot.wait(100)  # the columns are fitted once the page has its size
    titles = [table.item(row, 1).text() for row in range(table.rowCount())]
    assert any(title.startswith("Phó Chủ tịch") for title in titles)
    cut = [(row, column) for row in range(table.rowCount()) for column in (0, 1, 2) if _elided(table, row, column)]
    assert not cut, f"cut cells: {[table.item(r, c).text() for r, c in cut]}"
    if size == (1366, 768):  # room for everything: nothing at all is cut
        assert not [(r, c) for r in range(table.rowCount()) for c in range(table.columnCount()) if _elided(table, r, c)]


def test_a_cut_cell_shows_its_whole_text_on_hover(qtbot: Any, main_window: Any) -> None:
    main_window.resize(1024, 768)
    page = main_window.show_page("staff")
    table = page.ui.staffTable
    qtbot.wait(100)
    table.setColumnWidth(4, 60)  # a long e-mail address in a narrow column
    row = next(r for r in range(table.rowCount()) if "@" in (table.item(r, 4).text() if table.item(r, 4) else ""))
    email = table.item(row, 4).text()
    rect = table.visualItemRect(table.item(row, 4))
    QApplication.sendEvent(
        table.viewport(), QHelpEvent(QEvent.Type.ToolTip, rect.center(), table.viewport().mapToGlobal(rect.center()))
    )
    assert QToolTip.text() == email


@pytest.mark.parametrize("size", SIZES)
def test_the_sample_data_banner_leaves_the_height_to_the_page(qtbot: Any, main_window: Any, size: tuple[int, int]) -> None:
    main_window.resize(*size)
    qtbot.wait(50)
    banner = main_window.ui.demoBanner
    assert banner.isVisible()  # the demo data in the test workspace is announced
    # As tall as its text needs (two lines at most at these widths), not a third of the window.
    assert banner.height() <= 3 * banner.fontMetrics().lineSpacing() + 24
