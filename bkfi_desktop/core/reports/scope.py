"""Which of the period's activities and trainings a report counts.

The rule (docs/REPORTS.md): an activity linked to a task counts for that task's plan. An activity linked
to no task, every training and every indicator (neither is tied to a task or a plan) is the unit's
general work: the
report on the unit's whole work counts it once; a report on one plan counts it only when that plan is
the only one the unit works on (nothing to split), otherwise it leaves it to the whole-work report and
says so. So two one-plan reports never count the same activity twice.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session

from bkfi_desktop.core.periods import Period
from bkfi_desktop.core.reports.content import LeftOut, PlanActivity, ReportContent
from bkfi_desktop.core.reports.vn_format import format_number_vi as _number
from bkfi_desktop.core.store.models import Activity, Indicator, Task
from bkfi_desktop.core.training import list_trainings


@dataclass(frozen=True)
class Scope:
    plan_id: int | None  # None: the unit's whole work
    general: bool  # activities with no task, and trainings, count in this report

    def activities(self, query: Select, period: Period) -> Select:  # type: ignore[type-arg]
        """`query` narrowed to the activities of the window this report counts."""
        query = query.where(Activity.date >= period.start, Activity.date <= period.end)
        condition = self._condition()
        return query if condition is None else query.where(condition)

    def _condition(self) -> ColumnElement[bool] | None:
        if self.plan_id is None:
            return None
        in_plan = Activity.task_id.in_(select(Task.id).where(Task.plan_id == self.plan_id))
        return or_(in_plan, Activity.task_id.is_(None)) if self.general else in_plan


def report_scope(plan_id: int | None, plan_key: str | None, whole_work_keys: list[str]) -> Scope:
    """`whole_work_keys`: the plans the unit's whole-work report would have a section for."""
    alone = plan_key is None or not set(whole_work_keys) - {plan_key}
    return Scope(plan_id=plan_id, general=alone)


def left_out(session: Session, period: Period, scope: Scope) -> LeftOut | None:
    """What a one-plan report leaves to the whole-work report (None when it leaves nothing)."""
    if scope.general:
        return None
    entries, quantity = session.execute(
        select(func.count(Activity.id), func.coalesce(func.sum(Activity.quantity), 0)).where(
            Activity.date >= period.start, Activity.date <= period.end, Activity.task_id.is_(None)
        )
    ).one()
    trainings = len(list_trainings(session, period.start, period.end))
    indicators = int(session.scalar(select(func.count(Indicator.id))) or 0)
    if not entries and not trainings and not indicators:
        return None
    return LeftOut(activities=int(entries), quantity=int(quantity), trainings=trainings, indicators=indicators)


def left_out_activities(content: ReportContent) -> str:
    """The one-plan report's word on the activities it leaves to the whole-work report ("" if none)."""
    left = content.left_out
    if left is None or not left.activities:
        return ""
    return (
        f"Số liệu chỉ tính các hoạt động gắn với nhiệm vụ của Kế hoạch; {_number(left.activities)} lượt hoạt động "
        f"không gắn với nhiệm vụ nào (số lượng {_number(left.quantity)}) được tính trong báo cáo chung của đơn vị."
    )


def left_out_trainings(content: ReportContent) -> str:
    left = content.left_out
    if left is None or not left.trainings:
        return ""
    return (
        f"Tập huấn, bồi dưỡng không gắn với riêng một kế hoạch: {_number(left.trainings)} lớp trong kỳ "
        "được tính trong báo cáo chung của đơn vị."
    )


def left_out_indicators(content: ReportContent) -> str:
    left = content.left_out
    if left is None or not left.indicators:
        return ""
    return (
        f"Các chỉ tiêu của đơn vị ({_number(left.indicators)} chỉ tiêu) không gắn với riêng một kế hoạch "
        "nên được tính trong báo cáo chung của đơn vị."
    )


def plan_activity_label(row: PlanActivity) -> str:
    return (row.name or row.plan) if row.plan else "Không gắn với nhiệm vụ của kế hoạch nào"
