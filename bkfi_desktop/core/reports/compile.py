"""Compile what a report counts from the window: tasks, people, trainings, activities, indicators, compliance.

Activities are aggregated in SQL; only the rows the appendix and the payload list are read one by one.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bkfi_desktop.core.periods import Period, make_period
from bkfi_desktop.core.profile import get_profile
from bkfi_desktop.core.reports.content import (
    ActivityLine,
    ActivityTotal,
    Compliance,
    IndicatorLine,
    PlanActivity,
    PlanInfo,
    ReportContent,
    StaffLine,
    TaskLine,
    TrainingLine,
    TrainingSummary,
    UnitInfo,
)
from bkfi_desktop.core.reports.scope import Scope, left_out, report_scope
from bkfi_desktop.core.staff import staff_in_role
from bkfi_desktop.core.store.models import Activity, Assignment, Indicator, Plan, Report, SubTask, Task
from bkfi_desktop.core.tasks import TaskView, list_tasks, plan_id_for, plan_short_name, several_plans
from bkfi_desktop.core.training import list_trainings, training_totals
from bkfi_desktop.core.vocabulary import (
    ACTIVITY_KIND_LABELS,
    ROLE_LABELS,
    STATUS_LABELS,
    TRAINING_TOPIC_LABELS,
    TTDN_ROLE_LABELS,
    label,
)
from bkfi_desktop.errors import InvalidInputError

SENT_STATUS = "sent"


def unit_info(session: Session) -> UnitInfo:
    profile = get_profile(session)
    if not profile.unit_name.strip():
        raise InvalidInputError("Chưa khai báo tên đơn vị; hãy nhập Thông tin đơn vị trước khi lập báo cáo.")
    return UnitInfo(
        unit_name=profile.unit_name,
        parent_agency=profile.parent_agency,
        place_name=profile.place_name,
        number_prefix=profile.number_prefix or "UBND",
        signer_name=profile.signer_name,
        signer_position=profile.signer_position,
        signer_authority=profile.signer_authority,
        receiving_office=profile.receiving_office,
        recipients=tuple(profile.recipients or ()),
    )


def _plan_info(session: Session, tasks: Sequence[TaskView], plan_id: int | None = None) -> PlanInfo | None:
    if plan_id is None:
        plan_id = session.scalar(select(Task.plan_id).where(Task.id == tasks[0].id)) if tasks else None
    query = select(Plan).where(Plan.id == plan_id) if plan_id else select(Plan).order_by(Plan.id.desc()).limit(1)
    plan = session.scalar(query)
    if plan is None:
        return None
    return _info(plan)


def _info(plan: Plan) -> PlanInfo:
    return PlanInfo(key=plan.key, number=plan.number, issued_on=plan.issued_on, issuer=plan.issuer, title=plan.title,
                    topic=plan.topic)


def _task_lines(session: Session, period: Period, views: list[TaskView]) -> list[TaskLine]:
    # The unit's whole work over several plans: each plan is a section of its own (its groups carry
    # its short name), never one plan's "1.1" beside another's.
    several = several_plans(views)
    subtasks = {
        task_id: (int(total), int(done or 0))
        for task_id, total, done in session.execute(
            select(Assignment.task_id, func.count(SubTask.id), func.sum(SubTask.done))
            .join(SubTask, SubTask.assignment_id == Assignment.id)
            .group_by(Assignment.task_id)
        )
    }
    counts = {
        task_id: int(count)
        for task_id, count in session.execute(
            select(Activity.task_id, func.count(Activity.id))
            .where(Activity.date >= period.start, Activity.date <= period.end, Activity.task_id.is_not(None))
            .group_by(Activity.task_id)
        )
    }
    lines = []
    for view in views:
        assignment = view.assignment
        total, done = subtasks.get(view.id, (0, 0))
        lines.append(
            TaskLine(
                code=view.code,
                group=(f"{view.plan_name} — " if several else "") + f"{view.group}. {view.group_title}".strip(". "),
                content=view.content,
                role=view.my_role or "implement",
                role_label=label(ROLE_LABELS, view.my_role),
                status=view.status,
                status_label=label(STATUS_LABELS, view.status),
                progress=max(0, min(100, assignment.progress if assignment else 0)),
                result=assignment.result if assignment else "",
                deadline_text=view.deadline_text,
                due_date=view.effective_due_date,
                subtasks_total=total,
                subtasks_done=done,
                activities_in_window=int(counts.get(view.id, 0)),
                plan=view.plan,
            )
        )
    return lines


def _staff_lines(session: Session, period: Period) -> list[StaffLine]:
    lines = []
    for role in ("leader", "officer"):
        for person in staff_in_role(session, role, period.start, period.end):
            lines.append(
                StaffLine(
                    name=person.full_name,
                    title=person.title,
                    role=role,
                    role_label=label(TTDN_ROLE_LABELS, role),
                    from_date=person.from_date,
                    to_date=person.to_date,
                )
            )
    return lines


def _trainings(session: Session, period: Period, scope: Scope) -> tuple[list[TrainingLine], TrainingSummary]:
    if not scope.general:  # tied to no task: the unit's whole-work report counts them
        return [], TrainingSummary(0, 0, 0, 0, 0.0, 0)
    rows = sorted(list_trainings(session, period.start, period.end), key=lambda t: (t.start_date, t.id))
    lines = [
        TrainingLine(
            title=t.title,
            kind=t.kind,
            topics=tuple(t.topics or ()),
            topic_labels=tuple(label(TRAINING_TOPIC_LABELS, topic) for topic in t.topics or ()),
            start_date=t.start_date,
            end_date=t.end_date,
            hours=float(t.hours or 0),
            participants=len(t.participants) + int(t.external_participants or 0),
            place=t.place,
            organiser=t.organiser,
        )
        for t in rows
    ]
    totals = training_totals(session, period.start, period.end)
    summary = TrainingSummary(
        count=totals.sessions,
        organised=totals.organised,
        attended=totals.attended,
        participants=totals.participants,
        hours=totals.hours,
        foreign_language_courses=totals.foreign_language_sessions,
    )
    return lines, summary


def _activity_totals(session: Session, period: Period, scope: Scope) -> list[ActivityTotal]:
    rows = session.execute(scope.activities(
        select(Activity.kind, func.count(Activity.id), func.coalesce(func.sum(Activity.quantity), 0)), period
    ).group_by(Activity.kind))
    order = {kind: position for position, kind in enumerate(ACTIVITY_KIND_LABELS)}
    totals = [
        ActivityTotal(kind=kind, label=label(ACTIVITY_KIND_LABELS, kind), entries=int(n), quantity=int(q))
        for kind, n, q in rows
    ]
    return sorted(totals, key=lambda t: (order.get(t.kind, len(order)), t.kind))


def _activity_lines(session: Session, period: Period, scope: Scope) -> list[ActivityLine]:
    query = (
        select(Activity.date, Activity.kind, Activity.quantity, Activity.title, Activity.link, Task.code, Plan.key)
        .outerjoin(Task, Activity.task_id == Task.id)
        .outerjoin(Plan, Task.plan_id == Plan.id)
    )
    rows = session.execute(scope.activities(query, period).order_by(Activity.date, Activity.id))
    labels = ACTIVITY_KIND_LABELS
    return [
        ActivityLine(date=d, kind=k, kind_label=labels.get(k, k), quantity=int(q), title=t, link=lk or "",
                     task_code=c or "", plan=key or "")
        for d, k, q, t, lk, c, key in rows
    ]


def _activity_by_plan(
    session: Session, period: Period, views: list[TaskView], plans: list[PlanInfo]
) -> list[PlanActivity]:
    """The whole work's activities plan by plan, in the order of the report's sections; then those of an
    archived plan's tasks and those linked to no task ("" key), so that the rows add up to the total."""
    topics = {plan.key: plan.topic for plan in plans}
    names = {view.plan: f"{view.plan_name} ({topics.get(view.plan, '')})".replace(" ()", "") for view in views}
    rows = session.execute(
        select(Plan.key, func.count(Activity.id), func.coalesce(func.sum(Activity.quantity), 0))
        .select_from(Activity)
        .outerjoin(Task, Activity.task_id == Task.id)
        .outerjoin(Plan, Task.plan_id == Plan.id)
        .where(Activity.date >= period.start, Activity.date <= period.end)
        .group_by(Plan.key)
    )
    counted = {key or "": (int(n), int(q)) for key, n, q in rows}
    others = sorted(key for key in counted if key and key not in names)  # e.g. an archived plan's tasks
    for plan in session.scalars(select(Plan).where(Plan.key.in_(others))):
        names[plan.key] = f"{plan_short_name(plan)} ({plan.topic})"
    order = [*dict.fromkeys(view.plan for view in views), *others, ""]
    return [
        PlanActivity(key, names.get(key, key) if key else "", *counted[key]) for key in order if key in counted
    ]


def _indicators(
    session: Session, totals: list[ActivityTotal], summary: TrainingSummary, scope: Scope
) -> list[IndicatorLine]:
    if not scope.general:  # tied to no plan: the unit's whole-work report counts them
        return []
    by_kind = {t.kind: t.quantity for t in totals}
    lines = []
    for indicator in session.scalars(select(Indicator).order_by(Indicator.position, Indicator.id)):
        params = indicator.params or {}
        value: float | None
        if indicator.source == "activities":
            kinds = params.get("kinds") or list(by_kind)
            value = float(sum(by_kind.get(kind, 0) for kind in kinds))
        elif indicator.source == "trainings":
            value = float(summary.count)
        elif indicator.source == "training_participants":
            value = float(summary.participants)
        elif indicator.source == "foreign_language_courses":
            value = float(summary.foreign_language_courses)
        else:
            value = None
        lines.append(IndicatorLine(indicator.code, indicator.name, indicator.measure, value))
    return lines


def previous_period(period: Period) -> Period:
    """The report before this one: the annual report before a 6-month one, the 6-month before an annual one."""
    if period.kind == "half":
        return make_period("year", period.year - 1, 1) if period.index == 1 else make_period("half", period.year, 1)
    if period.kind == "year":
        return make_period("half", period.year, 1)
    if period.kind == "quarter":
        return make_period("quarter", period.year - (period.index == 1), 4 if period.index == 1 else period.index - 1)
    return make_period("month", period.year - (period.index == 1), 12 if period.index == 1 else period.index - 1)


def _compliance(session: Session, period: Period, staff: list[StaffLine], views: list[TaskView]) -> Compliance:
    task_ids = [view.id for view in views]
    detailed = bool(
        task_ids
        and session.scalar(
            select(func.count(SubTask.id))
            .join(Assignment, SubTask.assignment_id == Assignment.id)
            .where(Assignment.task_id.in_(task_ids))
        )
    )
    previous = previous_period(period).code
    sent = int(session.scalar(select(func.count(Report.id)).where(Report.status == SENT_STATUS)) or 0)
    previous_sent = bool(
        session.scalar(
            select(func.count(Report.id)).where(Report.period == previous, Report.status == SENT_STATUS)
        )
    )
    return Compliance(
        leader_named=any(s.role == "leader" for s in staff),
        officer_named=any(s.role == "officer" for s in staff),
        detailed_plan=detailed,
        reports_sent=sent,
        previous_report=previous,
        previous_report_sent=previous_sent,
    )


def compile_content(session: Session, period: Period, plan: str | int | None = None) -> ReportContent:
    """Everything the report counts in the period's window, read in one session: about one plan
    (its key or id) with only its tasks, or (None) the unit's whole work, one section per plan."""
    unit = unit_info(session)
    plan_id = plan_id_for(session, plan) if plan is not None else None
    plan_key = session.get(Plan, plan_id).key if plan_id is not None else None  # type: ignore[union-attr]
    whole = [view for view in list_tasks(session, mine_only=True) if view.my_role]
    views = whole if plan_key is None else [view for view in whole if view.plan == plan_key]
    scope = report_scope(plan_id, plan_key, [view.plan for view in whole])
    tasks = _task_lines(session, period, views)
    keys = list(dict.fromkeys(view.plan for view in views))
    covered = [_info(p) for key in keys if (p := session.scalar(select(Plan).where(Plan.key == key)))]
    staff = _staff_lines(session, period)
    trainings, summary = _trainings(session, period, scope)
    totals = _activity_totals(session, period, scope)
    return ReportContent(
        period=period,
        unit=unit,
        plan=_plan_info(session, views, plan_id),
        tasks=tasks,
        staff=staff,
        trainings=trainings,
        training_summary=summary,
        activities=_activity_lines(session, period, scope),
        activity_totals=totals,
        indicators=_indicators(session, totals, summary, scope),
        compliance=_compliance(session, period, staff, views),
        plans=covered,
        activity_by_plan=_activity_by_plan(session, period, views, covered) if len(covered) > 1 else [],
        left_out=left_out(session, period, scope),
    )
