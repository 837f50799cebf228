"""Reading the task list as the unit sees it: its role on each task and its own work."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from bkfi_desktop.core.profile import own_unit
from bkfi_desktop.core.store.models import Assignment, Task, TaskGroup, TaskUnit, Unit
from bkfi_desktop.core.units import covers_unit
from bkfi_desktop.core.vocabulary import ROLE_STRENGTH
from bkfi_desktop.errors import NotFoundError


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
        due = self.effective_due_date
        return due is not None and due < today and self.status != "done"

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
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


def list_tasks(session: Session, *, mine_only: bool = False, include_withdrawn: bool = False) -> list[TaskView]:
    own = own_unit(session)
    query = (
        select(Task)
        .join(TaskGroup, Task.group_id == TaskGroup.id)
        .options(selectinload(Task.unit_links).selectinload(TaskUnit.unit), selectinload(Task.group))
        .order_by(Task.plan_id, TaskGroup.position, Task.position)
    )
    if not include_withdrawn:
        query = query.where(Task.withdrawn_at.is_(None))
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


def get_task(session: Session, code: str) -> Task:
    """A current task by code; withdrawn tasks only when no current one has that code."""
    tasks = list(session.scalars(select(Task).where(Task.code == code.strip()).order_by(Task.withdrawn_at.is_not(None))))
    if not tasks:
        raise NotFoundError(f"Không có nhiệm vụ mã “{code}”.")
    return tasks[0]


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
    )


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
