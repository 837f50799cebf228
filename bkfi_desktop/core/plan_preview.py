"""What importing a task list would do, task by task, so a person can judge it before confirming.

`describe_import` applies the list in a transaction it rolls back (like `preview_plan`) and reports every
task with its code, text, the unit's role, lead / support / implementing units and the deadline with
the date it means; whether it is new, changed (with old → new for each field) or withdrawn; and the
importer's warnings placed beside the tasks they name. No Qt here.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from bkfi_desktop.core.plan_data import PlanData
from bkfi_desktop.core.plan_identity import PlanMatch, match_plan
from bkfi_desktop.core.plans import ApplyResult, apply_plan
from bkfi_desktop.core.profile import own_unit
from bkfi_desktop.core.store.models import Task, TaskUnit
from bkfi_desktop.core.tasks import unit_role
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.textvn.deadlines import Deadline, parse_deadline, plan_years
from bkfi_desktop.textvn.due_dates import due_on, repeats

NEW, CHANGED, WITHDRAWN, UNCHANGED = "new", "changed", "withdrawn", "unchanged"
# The fields a clerk compares, in the order shown.
FIELDS = ("code", "group", "content", "lead", "support", "implement", "deadline", "product", "details")


@dataclass(frozen=True)
class _Snapshot:
    code: str
    group: str
    content: str
    lead: str
    support: str
    implement: str
    deadline: str
    product: str
    details: str
    location: str = ""

    def value(self, name: str) -> str:
        return str(getattr(self, name))


@dataclass(frozen=True)
class FieldChange:
    field: str  # one of FIELDS
    old: str
    new: str


@dataclass
class PreviewRow:
    change: str  # NEW | CHANGED | WITHDRAWN | UNCHANGED
    code: str
    group: str
    content: str
    my_role: str | None
    lead: list[str]
    support: list[str]
    implement: list[str]
    deadline: Deadline
    due: dt.date | None  # the date the deadline means now (this period's, for repeating work)
    repeating: bool
    changes: list[FieldChange] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class ImportPreview:
    result: ApplyResult
    rows: list[PreviewRow]
    general_warnings: list[str]  # warnings that name no particular task
    own_unit: str | None
    # Which stored plan the file seems to belong to and why: the wizard asks when it is not certain.
    match: PlanMatch = field(default_factory=PlanMatch)
    target: int | str | None = None  # the choice the preview was made with (plans.apply_plan's target)

    @property
    def needs_choice(self) -> bool:
        return self.match.plan_id is not None and not self.match.certain

    def rows_with(self, change: str) -> list[PreviewRow]:
        return [row for row in self.rows if row.change == change]


def _units(task: Task, role: str) -> list[str]:
    return [link.unit.name for link in task.unit_links if link.role == role]


def _snapshot(task: Task) -> _Snapshot:
    group = task.group
    return _Snapshot(
        code=task.code,
        group=f"{group.ordinal}. {group.title}" if group is not None else "",
        content=task.content,
        lead="; ".join(_units(task, "lead")),
        support="; ".join(_units(task, "support")),
        implement="; ".join(_units(task, "implement")),
        deadline=task.deadline_text,
        product=task.product,
        details=task.details,
    )


def _plan_tasks(session: Session, plan_id: int) -> list[Task]:
    return list(
        session.scalars(
            select(Task)
            .where(Task.plan_id == plan_id)
            .options(selectinload(Task.unit_links).selectinload(TaskUnit.unit), selectinload(Task.group))
            .order_by(Task.position)
        )
    )


def _mentions(warning: str, code: str, location: str) -> bool:
    """Does a warning name this task: its place in the file, "nhiệm vụ 1.2", or a listed code like 1.2?"""
    if location and location in warning:
        return True
    escaped = re.escape(code)
    if re.search(rf"(?i)\bnhiệm vụ {escaped}(?![\w.])", warning):
        return True
    # Bare codes only when they cannot be an ordinary number: "1.2", "IV.5", "2a".
    return not code.isdigit() and re.search(rf"(?<![\w.]){escaped}(?![\w]|\.\d)", warning) is not None


def describe_import(
    workspace: Workspace, data: PlanData, today: dt.date | None = None, *, target: int | str | None = None
) -> ImportPreview:
    """What importing `data` would change, task by task; nothing is written. `target` as in apply_plan."""
    today = today or dt.date.today()
    locations = {task.code: task.source_location for group in data.groups for task in group.tasks}
    first_year, last_year = plan_years(data.title, data.year or (data.issued_on.year if data.issued_on else None))
    session = workspace.session_factory()
    try:
        before: dict[int, _Snapshot] = {}
        match = match_plan(session, data)
        existing_plan = target if isinstance(target, int) else match.plan_id if target is None and match.certain else None
        if existing_plan is not None:
            before = {task.id: _snapshot(task) for task in _plan_tasks(session, existing_plan)}
        result = apply_plan(session, data, target=target)
        session.expire_all()
        own = own_unit(session)
        rows: list[PreviewRow] = []
        added, changed, withdrawn = set(result.added), set(result.changed), set(result.withdrawn)
        for task in _plan_tasks(session, result.plan_id):
            if task.withdrawn_at is not None and task.code not in withdrawn:
                continue  # withdrawn by an earlier import: not this file's business
            after = _snapshot(task)
            old = before.get(task.id)
            if task.code in withdrawn:
                change = WITHDRAWN
            elif task.code in added or old is None:
                change = NEW
            elif task.code in changed:
                change = CHANGED
            else:
                change = UNCHANGED
            shown = old if change == WITHDRAWN and old is not None else after
            deadline = parse_deadline(shown.deadline, plan_year=first_year)
            rows.append(
                PreviewRow(
                    change=change,
                    code=shown.code,  # a withdrawn task under the code the clerk knows it by
                    group=shown.group,
                    content=shown.content,
                    my_role=unit_role(task, own),
                    lead=_units(task, "lead"),
                    support=_units(task, "support"),
                    implement=_units(task, "implement"),
                    deadline=deadline,
                    due=due_on(deadline, today, first_year, last_year),
                    repeating=repeats(deadline, first_year, last_year),
                    changes=[
                        FieldChange(name, old.value(name), after.value(name))
                        for name in FIELDS
                        if old is not None and change == CHANGED and old.value(name) != after.value(name)
                    ],
                )
            )
        general: list[str] = []
        for warning in result.warnings:
            concerned = [row for row in rows if _mentions(warning, row.code, locations.get(row.code, ""))]
            for row in concerned:
                row.warnings.append(warning)
            if not concerned:
                general.append(warning)
        return ImportPreview(result, rows, general, own.name if own else None, match, target)
    finally:
        session.rollback()
        session.close()
