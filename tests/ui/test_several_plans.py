"""A workspace with two plans that use the same codes: the Nhiệm vụ tree, the dashboard's due list and
the activity task picker name the plan beside each code, and opening a due task opens that one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem

from bkfi_desktop.core.plan_data import GroupData, PlanData, TaskData, UnitRef
from bkfi_desktop.core.plans import apply_plan
from bkfi_desktop.ui.task_tree_model import VIEW_ROLE
from tests.ui.clerk import choose


def _second_plan(main_window: Any) -> int:
    ward = [UnitRef("UBND các xã, phường", "implement")]
    data = PlanData(
        key="kh-99-cds", title="Kế hoạch chuyển đổi số năm 2026", number="99/KH-UBND", year=2026,
        groups=[GroupData("1", "Chuyển đổi số", tasks=[
            TaskData("1.1", "Số hóa hồ sơ một cửa", deadline_text="Trước ngày 30/11/2026", units=ward),
            TaskData("1.2", "Cập nhật cổng thông tin điện tử phường", deadline_text="Quý IV/2026", units=ward),
        ])],
    )
    with main_window.context.workspace.transaction() as session:
        plan_id = apply_plan(session, data).plan_id
    main_window.context.signals.plan_changed.emit()
    return plan_id


def _texts(item: QStandardItem) -> list[str]:
    return [item.child(row, 0).text() for row in range(item.rowCount())]


def test_codes_shown_with_their_plan(qtbot: Any, main_window: Any) -> None:
    _second_plan(main_window)
    page = main_window.show_page("tasks")
    choose(qtbot, page.ui.scopeCombo, page.ui.scopeCombo.itemText(1))  # all tasks of every plan
    model = page.model
    groups = [model.item(row, 0) for row in range(model.rowCount())]
    ours = [group for group in groups if group.text().startswith("KH 99/KH-UBND — 1. Chuyển đổi số")]
    assert len(ours) == 1
    assert _texts(ours[0]) == ["1.1 · KH 99/KH-UBND. Số hóa hồ sơ một cửa",
                               "1.2 · KH 99/KH-UBND. Cập nhật cổng thông tin điện tử phường"]
    # The seed plan's own group 1 stays its own, named by its plan too.
    assert all(" — " in group.text() for group in groups)  # every group says its plan
    seed_tasks = [text for group in groups if not group.text().startswith("KH 99") for text in _texts(group)]
    assert any(text.startswith("1.1 · ") for text in seed_tasks)

    activities = main_window.show_page("activities")
    combo = activities.ui.addTaskCombo
    items = [combo.itemText(i) for i in range(combo.count())]
    assert any(text.startswith("1.1 · KH 99/KH-UBND — Số hóa hồ sơ") for text in items)
    assert sum(1 for text in items if text.startswith("1.1 · ")) == 2


def test_a_due_task_opens_the_right_plans_task(qtbot: Any, main_window: Any) -> None:
    _second_plan(main_window)
    dashboard = main_window.show_page("dashboard")
    listing = dashboard.ui.deadlineList
    [item] = [listing.item(i) for i in range(listing.count()) if "Số hóa hồ sơ" in listing.item(i).text()]
    assert "1.1 · KH 99/KH-UBND. Số hóa hồ sơ một cửa" in item.text()
    listing.setFocus()
    listing.setCurrentItem(item)
    qtbot.keyClick(listing, Qt.Key.Key_Return)
    tasks = main_window.current_page()
    view = tasks.ui.taskTree.currentIndex().siblingAtColumn(0).data(VIEW_ROLE)
    assert view.content == "Số hóa hồ sơ một cửa" and view.plan == "kh-99-cds"
    assert "KH 99/KH-UBND" in dashboard.ui.allTasksButton.toolTip()
