"""Writing task lists: unit matching, the unit's own tasks, and re-import that never loses work."""

from __future__ import annotations

import copy

import pytest
from sqlalchemy import func, select

from bkfi_desktop.core import assignments
from bkfi_desktop.core.plan_data import GroupData, PlanData, TaskData, UnitRef
from bkfi_desktop.core.plans import apply_plan, load_builtin_plan, preview_plan
from bkfi_desktop.core.profile import set_own_unit
from bkfi_desktop.core.store.models import Task, Unit
from bkfi_desktop.core.tasks import list_tasks
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.errors import InvalidInputError


def _plan(*tasks: TaskData, key: str = "kh-123") -> PlanData:
    return PlanData(key=key, title="Kế hoạch thử", groups=[GroupData("I", "Nhóm một", tasks=list(tasks))])


def test_unit_spellings_resolve_to_one_unit(workspace: Workspace) -> None:
    data = _plan(
        TaskData("1", "Việc thứ nhất", units=[UnitRef("Phòng VH&TT", "lead")]),
        TaskData("2", "Việc thứ hai", units=[UnitRef("Phòng Văn hóa và Thông tin", "lead")]),
        TaskData("3", "Việc thứ ba", units=[UnitRef("Phòng Văn hoá và Thông tin", "support")]),
    )
    with workspace.transaction() as session:
        result = apply_plan(session, data)
        assert result.added == ["1", "2", "3"]
        assert session.scalar(select(func.count(Unit.id))) == 1


def test_collective_reference_makes_the_task_the_units_own(workspace: Workspace) -> None:
    data = _plan(
        TaskData("1", "Việc của các phường", units=[UnitRef("UBND các xã, phường", "implement")]),
        TaskData("2", "Việc của phòng", units=[UnitRef("Phòng Tư pháp thành phố", "lead")]),
        TaskData("3", "Việc phối hợp", units=[UnitRef("Phòng Nội vụ", "lead"), UnitRef("Các phòng, ban, ngành, đoàn thể thành phố", "support")]),
    )
    with workspace.transaction() as session:
        apply_plan(session, data)
        set_own_unit(session, "Ủy ban nhân dân phường Sông Cầu")
        mine = {view.code: view.my_role for view in list_tasks(session, mine_only=True)}
        assert mine == {"1": "implement"}
        set_own_unit(session, "Phòng Tư pháp thành phố")
        mine = {view.code: view.my_role for view in list_tasks(session, mine_only=True)}
        assert mine == {"2": "lead", "3": "support"}


def test_reimport_updates_in_place_keeps_work_and_withdraws_removed(workspace: Workspace) -> None:
    first = _plan(
        TaskData("1", "Tuyên truyền Nghị quyết", deadline_text="Quý IV/2024", units=[UnitRef("UBND các xã, phường", "implement")]),
        TaskData("2", "Bố trí cán bộ phụ trách", units=[UnitRef("UBND các xã, phường", "implement")]),
        TaskData("3", "Báo cáo định kỳ", units=[UnitRef("UBND các xã, phường", "implement")]),
    )
    with workspace.transaction() as session:
        apply_plan(session, first)
        assignments.set_assignment(session, "1", progress=60, result="Đã tổ chức 2 hội nghị")

    updated = copy.deepcopy(first)
    tasks = updated.groups[0].tasks
    tasks[0].deadline_text = "Trước ngày 31/03/2025"  # changed
    del tasks[1]  # removed from the list
    tasks.append(TaskData("4", "Nhiệm vụ mới bổ sung", units=[UnitRef("UBND các xã, phường", "implement")]))
    tasks[1].code = "2"  # renumbered: "Báo cáo định kỳ" is now 2

    with workspace.transaction() as session:
        result = apply_plan(session, updated)
    assert result.changed == ["1", "2"]
    assert result.added == ["4"]
    assert result.withdrawn == ["2-R2"] or len(result.withdrawn) == 1

    with workspace.session() as session:
        assert session.scalar(select(func.count(Task.id))) == 4  # nothing deleted, nothing duplicated
        views = {view.content: view for view in list_tasks(session, include_withdrawn=True)}
        kept = views["Tuyên truyền Nghị quyết"]
        assert kept.assignment is not None and kept.assignment.progress == 60
        assert kept.assignment.result == "Đã tổ chức 2 hội nghị"
        assert kept.due_date is not None and kept.due_date.isoformat() == "2025-03-31"
        assert views["Bố trí cán bộ phụ trách"].withdrawn
        assert views["Báo cáo định kỳ"].code == "2" and not views["Báo cáo định kỳ"].withdrawn

    with workspace.transaction() as session:
        again = apply_plan(session, updated)
    assert (again.added, again.changed, again.withdrawn, again.unchanged) == ([], [], [], 3)


def test_preview_changes_nothing(workspace: Workspace) -> None:
    result = preview_plan(workspace, load_builtin_plan())
    assert len(result.added) >= 12
    with workspace.session() as session:
        assert session.scalar(select(func.count(Task.id))) == 0


def test_an_empty_list_is_refused(workspace: Workspace) -> None:
    with pytest.raises(InvalidInputError, match="không có nhiệm vụ"), workspace.transaction() as session:
        apply_plan(session, PlanData(key="rỗng", title="Rỗng"))
