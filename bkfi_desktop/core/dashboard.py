"""What the Tổng quan page shows, computed in one read: no Qt, shared with any other front end.

Counts are of the unit's own tasks (where it leads, supports or implements), not withdrawn ones.
"The current period" is the window of the next report due (Nghị định 09/2019 cut-offs by default).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bkfi_desktop.core.activities import activity_totals
from bkfi_desktop.core.periods import Period, current_and_next_period
from bkfi_desktop.core.profile import get_profile, own_unit
from bkfi_desktop.core.staff import staff_in_role
from bkfi_desktop.core.store.models import Plan, Task
from bkfi_desktop.core.tasks import TaskView, list_tasks, shown_code
from bkfi_desktop.core.training import TrainingTotals, training_totals
from bkfi_desktop.core.vocabulary import STATUS_LABELS

DUE_SOON_DAYS = 30


@dataclass(frozen=True)
class TaskBrief:
    id: int
    code: str
    content: str
    due_date: dt.date | None
    status: str


@dataclass
class DashboardSummary:
    today: dt.date
    has_plan: bool
    own_unit_name: str | None
    my_task_count: int
    status_counts: dict[str, int]
    overdue: list[TaskBrief]
    due_soon: list[TaskBrief]
    leaders: list[str]
    officers: list[str]
    report_period: Period
    following_period: Period
    trainings: TrainingTotals
    activities_by_kind: dict[str, int] = field(default_factory=dict)
    plan_counts: dict[str, int] = field(default_factory=dict)  # the unit's tasks per plan, when several

    @property
    def missing_leader(self) -> bool:
        return not self.leaders

    @property
    def missing_officer(self) -> bool:
        return not self.officers

    @property
    def activity_total(self) -> int:
        return sum(self.activities_by_kind.values())

    @property
    def days_to_report(self) -> int:
        return (self.report_period.due_date - self.today).days

    def to_json(self) -> dict[str, Any]:
        return {
            "today": self.today.isoformat(),
            "has_plan": self.has_plan,
            "own_unit": self.own_unit_name,
            "my_tasks": self.my_task_count,
            "status_counts": self.status_counts,
            "plans": self.plan_counts,
            "overdue": [brief.code for brief in self.overdue],
            "due_soon": [brief.code for brief in self.due_soon],
            "leaders": self.leaders,
            "officers": self.officers,
            "report_period": self.report_period.code,
            "report_due": self.report_period.due_date.isoformat(),
            "trainings": self.trainings.to_json(),
            "activities": self.activities_by_kind,
        }


def is_due_soon(view: TaskView, today: dt.date, days: int = DUE_SOON_DAYS) -> bool:
    due = view.due_on(today)
    return due is not None and view.status != "done" and today <= due <= today + dt.timedelta(days=days)


def dashboard_summary(session: Session, today: dt.date | None = None) -> DashboardSummary:
    today = today or dt.date.today()
    profile = get_profile(session)
    unit = own_unit(session)
    mine = list_tasks(session, mine_only=True)
    # Codes repeat across plans: with more than one plan, lists name the plan beside each code.
    several = (session.scalar(select(func.count(func.distinct(Task.plan_id))).where(Task.withdrawn_at.is_(None))) or 0) > 1
    plan_counts: dict[str, int] = {}
    for view in mine:
        plan_counts[view.plan_name] = plan_counts.get(view.plan_name, 0) + 1
    counts = dict.fromkeys(STATUS_LABELS, 0)
    for view in mine:
        counts[view.status] = counts.get(view.status, 0) + 1
    # Repeating work counts with the due date of its current period ("Hằng năm" → 31/12 of this year).
    overdue = [_brief(view, today, several) for view in mine if view.is_overdue(today)]
    due_soon = [_brief(view, today, several) for view in mine if is_due_soon(view, today)]
    overdue.sort(key=lambda brief: (brief.due_date or today, brief.code))
    due_soon.sort(key=lambda brief: (brief.due_date or today, brief.code))
    report_period, following = current_and_next_period(today, profile.cutoff)
    return DashboardSummary(
        today=today,
        has_plan=session.scalar(select(Plan.id).limit(1)) is not None,
        own_unit_name=unit.name if unit else (profile.unit_name or None),
        my_task_count=len(mine),
        status_counts=counts,
        plan_counts=plan_counts if several else {},
        overdue=overdue,
        due_soon=due_soon,
        leaders=[person.full_name for person in staff_in_role(session, "leader", today, today)],
        officers=[person.full_name for person in staff_in_role(session, "officer", today, today)],
        report_period=report_period,
        following_period=following,
        trainings=training_totals(session, report_period.start, report_period.end),
        activities_by_kind=activity_totals(session, report_period.start, report_period.end),
    )


def _brief(view: TaskView, today: dt.date, several: bool = False) -> TaskBrief:
    return TaskBrief(view.id, shown_code(view, several), view.content, view.due_on(today), view.status)
