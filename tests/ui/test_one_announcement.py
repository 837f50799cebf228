"""Edits made on the GUI thread are announced the way finished jobs are: once, through the runner's one
`changed` signal, and the pages that show what changed follow without being told by the page that
made the edit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from bkfi_desktop.ui.task_tree_model import VIEW_ROLE
from tests.ui.clerk import click_index, type_into, type_text


def listen(main_window: Any) -> list[frozenset[str]]:
    heard: list[frozenset[str]] = []
    main_window.context.runner.changed.connect(heard.append)
    return heard


def test_progress_typed_on_a_task_is_announced_once_and_the_dashboard_counts_it(
    qtbot: Any, main_window: Any
) -> None:
    dashboard = main_window.current_page()
    done_before = dashboard.summary.status_counts["done"]
    page = main_window.show_page("tasks")
    proxy = page.proxy
    not_done = next(
        index
        for group in (proxy.index(row, 0) for row in range(proxy.rowCount()))
        for index in (proxy.index(row, 0, group) for row in range(proxy.rowCount(group)))
        if index.data(VIEW_ROLE).status != "done"
    )
    click_index(qtbot, page.ui.taskTree, not_done)
    heard = listen(main_window)

    type_into(qtbot, page.ui.progressSpin, "100", enter=True)

    assert heard == [frozenset({"tasks"})]
    assert dashboard.summary.status_counts["done"] == done_before + 1


def test_an_activity_entered_on_its_page_is_announced_once(qtbot: Any, main_window: Any) -> None:
    page = main_window.show_page("activities")
    heard = listen(main_window)
    page.ui.addTitleEdit.setFocus()
    type_text(page.ui.addTitleEdit, "Bài viết về hợp tác quốc tế")
    qtbot.keyClick(page.ui.addTitleEdit, Qt.Key.Key_Return)
    assert heard == [frozenset({"activities"})]
    assert page.ui.addTitleEdit.text() == ""  # taken: the entry row is ready for the next one
