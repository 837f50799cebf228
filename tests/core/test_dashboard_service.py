"""core.dashboard: what Tổng quan counts, from the database, without Qt."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bkfi_desktop.core import assignments, staff
from bkfi_desktop.core.dashboard import dashboard_summary
from bkfi_desktop.core.demo import create_demo
from bkfi_desktop.core.staff import list_staff
from bkfi_desktop.core.tasks import list_tasks
from bkfi_desktop.core.workspace import Workspace


def _demo(tmp_path: Path) -> Workspace:
    workspace = Workspace.open(tmp_path / "bkfi.db")
    create_demo(workspace)
    return workspace


def test_counts_deadlines_and_period(tmp_path: Path) -> None:
    with _demo(tmp_path) as workspace, workspace.session() as session:
        today = dt.date(2026, 11, 20)
        summary = dashboard_summary(session, today)
        mine = list_tasks(session, mine_only=True)
        assert summary.has_plan
        assert summary.my_task_count == len(mine) == sum(summary.status_counts.values())
        assert {b.code for b in summary.overdue} == {v.code for v in mine if v.is_overdue(today)}
        assert all(today <= b.due_date <= today + dt.timedelta(days=30) for b in summary.due_soon)
        assert not {b.code for b in summary.overdue} & {b.code for b in summary.due_soon}
        assert summary.report_period.code == "2026-Y"
        assert (summary.report_period.start, summary.report_period.end) == (
            dt.date(2025, 12, 15),
            dt.date(2026, 12, 14),
        )
        assert summary.days_to_report == (summary.report_period.due_date - today).days
        assert summary.activity_total > 0 and summary.trainings.sessions >= 1
        assert summary.leaders == ["Hoàng Thị Thu Hà"] and summary.officers == ["Nguyễn Văn Bình"]
        assert summary.to_json()["report_period"] == "2026-Y"


def test_first_half_period_and_done_tasks_are_not_late(tmp_path: Path) -> None:
    with _demo(tmp_path) as workspace:
        with workspace.session() as session:
            late = dashboard_summary(session, dt.date(2026, 11, 20)).overdue[0]
        with workspace.transaction() as session:
            assignments.set_assignment(session, late.id, status="done")
        with workspace.session() as session:
            summary = dashboard_summary(session, dt.date(2026, 11, 20))
            assert late.code not in {b.code for b in summary.overdue}
            assert dashboard_summary(session, dt.date(2026, 3, 1)).report_period.code == "2026-H1"


def test_missing_leader_and_officer(tmp_path: Path) -> None:
    with _demo(tmp_path) as workspace:
        with workspace.transaction() as session:
            for person in list_staff(session):
                if person.to_date is None:
                    staff.end_staff(session, person.id, dt.date(2026, 1, 31))
        with workspace.session() as session:
            summary = dashboard_summary(session, dt.date(2026, 11, 20))
            assert summary.missing_leader and summary.missing_officer
            # history counts: on a day when they served, they are named
            assert not dashboard_summary(session, dt.date(2025, 6, 1)).missing_officer


def test_empty_workspace(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "empty.db") as workspace, workspace.session() as session:
        summary = dashboard_summary(session, dt.date(2026, 11, 20))
        assert not summary.has_plan and summary.my_task_count == 0
        assert summary.missing_leader and summary.missing_officer
        assert summary.activity_total == 0


def test_repeating_and_open_ended_deadlines_in_the_due_lists(tmp_path: Path) -> None:
    from bkfi_desktop.core.plan_data import GroupData, PlanData, TaskData, UnitRef
    from bkfi_desktop.core.plans import apply_plan
    from bkfi_desktop.core.profile import set_own_unit

    deadlines = {
        "1": "Năm 2024 và các năm tiếp theo",
        "2": "Từ năm 2025",
        "3": "Giai đoạn 2024–2030",
        "4": "Hằng năm",
        "5": "Thường xuyên, báo cáo trước ngày 10/12 hằng năm",
        "6": "Trước ngày 30/6",
        "7": "Quý II/2026",
        "8": "Định kỳ 6 tháng",
        "9": "Hằng quý",
    }
    unit = UnitRef("Phòng Văn hóa và Thông tin", "lead")
    tasks = [TaskData(code, f"Việc {code}", deadline_text=text, units=[unit]) for code, text in deadlines.items()]
    plan = PlanData(
        key="kh-ttdn", title="Kế hoạch thông tin đối ngoại giai đoạn 2024 – 2030", year=2024,
        groups=[GroupData("I", "Nhiệm vụ", tasks=tasks)],
    )
    with Workspace.open(tmp_path / "bkfi.db") as workspace:
        with workspace.transaction() as session:
            apply_plan(session, plan)
            set_own_unit(session, "Phòng Văn hóa và Thông tin")
        with workspace.session() as session:
            summary = dashboard_summary(session, dt.date(2026, 12, 5))
            due_soon = {brief.code: brief.due_date for brief in summary.due_soon}
            assert [brief.code for brief in summary.overdue] == ["7"]  # only the one-off quarter passed
            assert due_soon == {
                "5": dt.date(2026, 12, 10), "4": dt.date(2026, 12, 31), "8": dt.date(2026, 12, 31),
                "9": dt.date(2026, 12, 31),
            }
            # Next summer: the yearless 30/6 comes round again in a plan that runs to 2030.
            summer = dashboard_summary(session, dt.date(2027, 6, 10))
            assert {brief.code: brief.due_date for brief in summer.due_soon} == {
                "6": dt.date(2027, 6, 30), "8": dt.date(2027, 6, 30), "9": dt.date(2027, 6, 30),
            }
            assert [brief.code for brief in summer.overdue] == ["7"]
