"""Repeating deadlines in the real window: the tasks page and the detail panel show this period's date."""

from __future__ import annotations

from typing import Any

from bkfi_desktop.ui.task_tree_model import VIEW_ROLE
from tests.ui.clerk import click_index


def test_a_six_monthly_task_shows_this_periods_due_date(qtbot: Any, main_window: Any) -> None:
    page = main_window.show_page("tasks")
    model = page.proxy
    yearly = None
    for group_row in range(model.rowCount()):
        group = model.index(group_row, 0)
        for row in range(model.rowCount(group)):
            index = model.index(row, 0, group)
            if index.data(VIEW_ROLE).deadline_text == "Định kỳ 06 tháng, hằng năm":
                yearly = index
                break
        if yearly is not None:
            break
    assert yearly is not None, "the demo unit has a task reported every six months"
    # The unit set its own date (31/10/2026), which wins in the list; the panel says what the plan means.
    assert model.index(yearly.row(), 4, yearly.parent()).data() == "31/10/2026"
    click_index(qtbot, page.ui.taskTree, yearly)
    info = page.ui.taskInfoLabel.text()
    assert "Định kỳ 06 tháng, hằng năm" in info and "31/12/2026" in info  # TODAY is 20/11/2026
