"""Reading the task list as the unit sees it: its role on each task and its own work."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from bkfi_desktop.core.plan_identity import number_digits
from bkfi_desktop.core.profile import own_unit
from bkfi_desktop.core.store.models import Assignment, Plan, Task, TaskGroup, TaskUnit, Unit
from bkfi_desktop.core.units import covers_unit
from bkfi_desktop.core.vocabulary import ROLE_STRENGTH
from bkfi_desktop.errors import InvalidInputError, NotFoundError
from bkfi_desktop.textvn.deadlines import Deadline, parse_deadline, plan_years
from bkfi_desktop.textvn.due_dates import due_on, repeats
from bkfi_desktop.textvn.shorten import shorten


@dataclass
class AssignmentView:
    status: str
    progress: int
    owner: str | None
    owner_id: int | None
    own_due_date: dt.date | None
    result: str
    note: str

    def to_json(self) -> dict[str, Any]:
        return {"status": self.status, "progress": self.progress, "owner": self.owner, "result": self.result}


@dataclass
class TaskView:
    id: int
    code: str
    group: str
    group_title: str
    content: str
    details: str
    lead_units: list[str] = field(default_factory=list)
    support_units: list[str] = field(default_factory=list)
    implement_units: list[str] = field(default_factory=list)
    deadline_text: str = ""
    due_date: dt.date | None = None
    recurrence: str = "none"
    product: str = ""
    mine: bool = False
    my_role: str | None = None
    withdrawn: bool = False
    assignment: AssignmentView | None = None
    start_date: dt.date | None = None
    # First and last year the plan runs ("đến năm 2030"): where a yearless or repeating deadline applies.
    plan_years: tuple[int | None, int | None] = (None, None)
    plan: str = ""  # the plan's key: a code is unique only within its plan
    plan_name: str = ""  # the plan's short name, shown beside codes when the workspace has several plans

    @property
    def deadline(self) -> Deadline:
        """The deadline read from its text now, so tasks imported by an older reader gain what the
        reader has learnt since ("Từ năm 2025" is ongoing); as stored when the text says nothing."""
        read = parse_deadline(self.deadline_text, plan_year=self.plan_years[0])
        if read.due_date is None and read.recurrence == "none" and read.start_date is None and not read.anchors:
            return Deadline(self.deadline_text, self.due_date, self.recurrence, self.start_date)
        return read

    @property
    def repeats(self) -> bool:
        return repeats(self.deadline, *self.plan_years)

    def due_on(self, today: dt.date) -> dt.date | None:
        """The due date that matters today: the unit's own, else the plan's for this period (the next
        one still to come for repeating work), None for continuous or open-ended work."""
        if self.assignment and self.assignment.own_due_date:
            return self.assignment.own_due_date
        return due_on(self.deadline, today, *self.plan_years)

    @property
    def effective_due_date(self) -> dt.date | None:
        """The unit's own due date wins over the plan's."""
        if self.assignment and self.assignment.own_due_date:
            return self.assignment.own_due_date
        return self.due_date

    @property
    def status(self) -> str:
        return self.assignment.status if self.assignment else "not_started"

    def is_overdue(self, today: dt.date) -> bool:
        due = self.due_on(today)
        return due is not None and due < today and self.status != "done"

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "plan": self.plan,
            "group": self.group,
            "group_title": self.group_title,
            "content": self.content,
            "details": self.details,
            "lead_units": self.lead_units,
            "support_units": self.support_units,
            "implement_units": self.implement_units,
            "deadline_text": self.deadline_text,
            "due_date": self.due_date.isoformat() if self.due_date else None,
            "recurrence": self.recurrence,
            "product": self.product,
            "mine": self.mine,
            "role": self.my_role,
            "withdrawn": self.withdrawn,
            "assignment": self.assignment.to_json() if self.assignment else None,
        }


def unit_role(task: Task, own: Unit | None) -> str | None:
    """The unit's strongest role on the task, directly named or through a collective."""
    if own is None:
        return None
    roles = [link.role for link in task.unit_links if covers_unit(link.unit, own)]
    return max(roles, key=lambda role: ROLE_STRENGTH.get(role, 0)) if roles else None


def list_tasks(
    session: Session, *, mine_only: bool = False, include_withdrawn: bool = False, include_archived: bool = False
) -> list[TaskView]:
    """The tasks of every plan (an archived plan's only when asked), in plan order."""
    own = own_unit(session)
    query = (
        select(Task)
        .join(TaskGroup, Task.group_id == TaskGroup.id)
        .options(
            selectinload(Task.unit_links).selectinload(TaskUnit.unit),
            selectinload(Task.group),
            selectinload(Task.plan),
        )
        .order_by(Task.plan_id, TaskGroup.position, Task.position)
    )
    if not include_withdrawn:
        query = query.where(Task.withdrawn_at.is_(None))
    if not include_archived:
        query = query.where(Task.plan_id.in_(select(Plan.id).where(Plan.archived_at.is_(None))))
    tasks = list(session.scalars(query))
    assignments = {
        a.task_id: a
        for a in session.scalars(select(Assignment).options(selectinload(Assignment.owner)))
    }
    views = []
    for task in tasks:
        view = _view(task, own, assignments.get(task.id))
        if mine_only and not view.mine:
            continue
        views.append(view)
    return views


def task_view(session: Session, task: Task) -> TaskView:
    assignment = session.scalar(select(Assignment).where(Assignment.task_id == task.id))
    return _view(task, own_unit(session), assignment)


def task_by_id(session: Session, task_id: int) -> Task | None:
    """The task with this id, or None (the GUI keeps ids, not ORM objects, between sessions)."""
    return session.get(Task, task_id)


def get_task(session: Session, code: str, plan: str | int | None = None) -> Task:
    """A current task by code (withdrawn tasks only when no current one has that code), within
    `plan` (its key or id) when given. A code two plans use is refused, naming both plans: picking
    one silently would record work against the wrong plan."""
    query = select(Task).where(Task.code == code.strip())
    if plan is not None:
        query = query.where(Task.plan_id == plan_id_for(session, plan))
    tasks = list(session.scalars(query.order_by(Task.withdrawn_at.is_not(None), Task.plan_id)))
    if not tasks:
        raise NotFoundError(f"Không có nhiệm vụ mã “{code}”" + (f" trong kế hoạch “{plan}”." if plan is not None else "."))
    current = [task for task in tasks if task.withdrawn_at is None] or tasks
    plans = list(dict.fromkeys(task.plan_id for task in current))
    if len(plans) > 1:
        named = "; ".join(f"{p.key} — {shorten(p.title, 70)}" for p in (session.get(Plan, i) for i in plans) if p)
        raise InvalidInputError(
            f"Mã nhiệm vụ “{code.strip()}” có trong {len(plans)} kế hoạch: {named}. "
            "Hãy chỉ rõ kế hoạch (--plan MÃ_KẾ_HOẠCH)."
        )
    return current[0]


def plan_id_for(session: Session, plan: str | int) -> int:
    """The id of the plan with this key (or id)."""
    if isinstance(plan, int):
        found = session.get(Plan, plan)
    else:
        found = session.scalar(select(Plan).where(Plan.key == plan.strip()))
    if found is None:
        raise NotFoundError(f"Không có kế hoạch mã “{plan}” trong vùng làm việc.")
    return found.id


def _view(task: Task, own: Unit | None, assignment: Assignment | None) -> TaskView:
    units: dict[str, list[str]] = {"lead": [], "support": [], "implement": []}
    for link in task.unit_links:
        units.setdefault(link.role, []).append(link.unit.name)
    role = unit_role(task, own)
    return TaskView(
        id=task.id,
        code=task.code,
        group=task.group.ordinal,
        group_title=task.group.title,
        content=task.content,
        details=task.details,
        lead_units=units["lead"],
        support_units=units["support"],
        implement_units=units["implement"],
        deadline_text=task.deadline_text,
        due_date=task.due_date,
        recurrence=task.recurrence,
        product=task.product,
        mine=role is not None,
        my_role=role,
        withdrawn=task.withdrawn_at is not None,
        assignment=_assignment_view(assignment) if assignment else None,
        start_date=task.start_date,
        plan_years=_plan_years(task),
        plan=task.plan.key,
        plan_name=plan_short_name(task.plan),
    )


def several_plans(views: list[TaskView]) -> bool:
    """Whether the tasks come from more than one plan: then a code alone does not say which task."""
    return len({view.plan for view in views}) > 1


def shown_code(view: TaskView, several: bool) -> str:
    """The code as lists and pickers show it: with the plan's short name when several plans share codes."""
    return f"{view.code} · {view.plan_name}" if several and view.plan_name else view.code


def plan_short_name(plan: Plan) -> str:
    """How a list names a plan in a few words: its số/ký hiệu when it has one, else its title, cut."""
    if number_digits(plan.number):
        return f"KH {plan.number}"
    return shorten(plan.title or plan.key, 32)


def _plan_years(task: Task) -> tuple[int | None, int | None]:
    plan = task.plan
    year = plan.year or (plan.issued_on.year if plan.issued_on else None)
    return plan_years(plan.title, year)


def _assignment_view(assignment: Assignment) -> AssignmentView:
    return AssignmentView(
        status=assignment.status,
        progress=assignment.progress,
        owner=assignment.owner.full_name if assignment.owner else None,
        owner_id=assignment.owner_id,
        own_due_date=assignment.own_due_date,
        result=assignment.result,
        note=assignment.note,
    )
