"""Tổng quan on the demo workspace: counts, the TTĐN staffing warning, the next report, links."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from bkfi_desktop.core import staff
from bkfi_desktop.core.staff import list_staff
from tests.ui.clerk import click


def test_dashboard_shows_counts_and_the_next_report(main_window: Any) -> None:
    page = main_window.current_page()
    summary = page.summary
    assert summary is not None and summary.my_task_count > 0
    assert str(summary.my_task_count) in page.ui.allTasksButton.text()
    assert summary.report_period.code == "2026-Y"
    assert "14/12/2026" in page.ui.reportWindowLabel.text()
    assert "15/12/2025" in page.ui.reportWindowLabel.text()
    assert page.ui.warningLabel.isHidden()  # the demo names both a leader and an officer
    assert page.ui.deadlineList.count() == len(summary.overdue) + len(summary.due_soon)


def test_warning_while_no_officer_is_named(qtbot: Any, main_window: Any, context: Any) -> None:
    with context.workspace.transaction() as session:
        for person in list_staff(session):
            if person.ttdn_role == "officer":
                staff.update_staff(session, person.id, ttdn_role="member", effective=dt.date(2026, 11, 1))
    context.signals.staff_changed.emit()
    page = main_window.current_page()
    assert page.summary.missing_officer and not page.summary.missing_leader
    assert not page.ui.warningLabel.isHidden()
    click(qtbot, page.ui.openStaffButton)
    assert main_window.current_key() == "staff"


def test_status_link_filters_the_tasks_page(qtbot: Any, main_window: Any) -> None:
    page = main_window.current_page()
    click(qtbot, page.ui.doneButton)
    tasks = main_window.pages["tasks"]
    assert tasks.ui.statusFilterCombo.currentData() == "done"
    assert len(tasks.visible_task_ids()) == page.summary.status_counts["done"]


def test_deadline_item_opens_its_task(qtbot: Any, main_window: Any) -> None:
    page = main_window.current_page()
    item = page.ui.deadlineList.item(0)
    task_id = item.data(Qt.ItemDataRole.UserRole)  # the task's id: codes repeat across plans
    [code] = [brief.code for brief in page.summary.overdue + page.summary.due_soon if brief.id == task_id]
    page.ui.deadlineList.itemActivated.emit(item)
    tasks = main_window.pages["tasks"]
    assert main_window.current_key() == "tasks"
    assert tasks.ui.taskTitleLabel.text().startswith(f"{code}.")


def test_period_links_carry_the_window(qtbot: Any, main_window: Any) -> None:
    page = main_window.current_page()
    seen: list[tuple[str, Any]] = []
    page.navigate.connect(lambda key, filt: seen.append((key, filt)))
    click(qtbot, page.ui.activitiesButton)
    key, filt = seen[-1]
    assert key == "activities" and filt["start"] == page.summary.report_period.start
