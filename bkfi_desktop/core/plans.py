"""Writing a task list into the workspace, with the re-import rules.

A re-import of the same or an updated list updates tasks in place (matched by content, then by
code), never touches the unit's assignments, and marks tasks gone from the list as withdrawn.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from bkfi_desktop.core import audit
from bkfi_desktop.core.plan_data import PlanData, TaskData, plan_data_from_json
from bkfi_desktop.core.plan_identity import (
    PlanMatch,
    is_table_source,
    match_plan,
    number_digits,
    same_kind_as_plan,
)
from bkfi_desktop.core.plan_topic import topic_of_title
from bkfi_desktop.core.store.models import Plan, Task, TaskGroup, TaskUnit, utc_now
from bkfi_desktop.core.units import UnitIndex
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.errors import InvalidInputError
from bkfi_desktop.paths import resource_path
from bkfi_desktop.textvn.deadlines import parse_deadline
from bkfi_desktop.textvn.folding import fold_for_match
from bkfi_desktop.textvn.normalize import clean_line, clean_text
from bkfi_desktop.textvn.shorten import shorten

BUILTIN_PLAN_KEY = "nq47-bac-kan-2024"
NEW_PLAN = "new"


@dataclass
class ApplyResult:
    plan_id: int
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    withdrawn: list[str] = field(default_factory=list)
    unchanged: int = 0
    units_created: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    match: PlanMatch = field(default_factory=PlanMatch)
    plan_key: str = ""
    existing: bool = False  # the data went into a plan the workspace already had

    def to_json(self) -> dict[str, Any]:
        return {
            "plan_id": self.plan_id,
            "plan_key": self.plan_key,
            "existing": self.existing,
            "match": self.match.to_json(),
            "added": self.added,
            "changed": self.changed,
            "withdrawn": self.withdrawn,
            "unchanged": self.unchanged,
            "units_created": self.units_created,
            "warnings": self.warnings,
        }


def load_builtin_plan(key: str = BUILTIN_PLAN_KEY) -> PlanData:
    path = resource_path("plans", "nq47_bac_kan_2024.json") if key == BUILTIN_PLAN_KEY else None
    if path is None or not path.is_file():
        raise InvalidInputError(f"Không có kế hoạch mẫu “{key}”.")
    data = plan_data_from_json(json.loads(path.read_text(encoding="utf-8")))
    data.source_name = path.name
    return data


def install_builtin_plan(session: Session, key: str = BUILTIN_PLAN_KEY) -> ApplyResult:
    return apply_plan(session, load_builtin_plan(key))


def preview_plan(workspace: Workspace, data: PlanData, *, target: int | str | None = None) -> ApplyResult:
    """What apply_plan would do, computed by applying it and rolling back."""
    session = workspace.session_factory()
    try:
        return apply_plan(session, data, target=target)
    finally:
        session.rollback()
        session.close()


def apply_plan(session: Session, data: PlanData, *, target: int | str | None = None) -> ApplyResult:
    """Write `data` into the workspace. `target` chooses the plan: a plan id (update it), NEW_PLAN
    (a plan of its own), or None (the plan it matches, see plan_identity.match_plan)."""
    if not data.groups or data.task_count == 0:
        raise InvalidInputError(f"Tệp “{data.source_name or data.title}” không có nhiệm vụ nào để nhập.")
    match = match_plan(session, data) if target is None else PlanMatch()
    # Unasked, only a certain match updates a plan; an uncertain one is the caller's to put to the user.
    plan_id = target if isinstance(target, int) else match.plan_id if target is None and match.certain else None
    stored = session.get(Plan, plan_id) if plan_id is not None else None
    # A file of the other kind (appendix vs plan text) complements the plan: it adds what it knows
    # and withdraws nothing it does not mention.
    replaces = stored is None or same_kind_as_plan(stored, data)
    plan = _upsert_plan(session, data, stored)
    result = ApplyResult(plan_id=plan.id, warnings=list(data.warnings), match=match, plan_key=plan.key,
                         existing=stored is not None)
    units = UnitIndex(session)
    for unit_data in data.units:
        _unit, created = units.ensure(
            unit_data.name,
            category=unit_data.category or None,
            short_name=unit_data.short_name,
            covers=unit_data.covers or None,
            aliases=unit_data.aliases or None,
        )
        if created:
            result.units_created.append(unit_data.name)

    existing = list(session.scalars(select(Task).where(Task.plan_id == plan.id)))
    matches = _match_tasks(existing, data)
    # Free every code first so renumbered tasks never collide on (plan, code) mid-update.
    original_codes = {task.id: task.code for task in existing}
    for task in existing:
        task.code = f"~{task.id}"
    session.flush()

    position = 0
    new_tasks: list[tuple[dict[str, Any], list[tuple[int, str]]]] = []
    for group_position, group_data in enumerate(data.groups):
        group = _upsert_group(session, plan, group_data.ordinal, group_data.title, group_data.section, group_position)
        for task_data in group_data.tasks:
            position += 1
            task = matches.get(id(task_data))
            if task is None:
                new_tasks.append((_task_row(plan.id, group, task_data, position), _wanted_units(units, task_data, result)))
                result.added.append(task_data.code)
                continue
            before = (*_snapshot(task), original_codes[task.id])
            was_withdrawn = task.withdrawn_at is not None
            _fill_task(task, group, task_data, position)
            task.withdrawn_at = None
            _set_units(units, task, task_data, result)
            if was_withdrawn or (*_snapshot(task), task.code) != before:
                result.changed.append(task_data.code)
            else:
                result.unchanged += 1

    _insert_new_tasks(session, new_tasks)
    matched_ids = {task.id for task in matches.values()}
    now = utc_now()
    for task in existing:
        if task.id in matched_ids:
            continue
        task.code = _free_code(session, plan.id, task, original_codes[task.id])
        if task.withdrawn_at is None and replaces:
            task.withdrawn_at = now
            result.withdrawn.append(task.code)
    session.flush()
    _drop_empty_groups(session, plan)
    audit.record(
        session,
        "import",
        "plan",
        plan.id,
        f"Nhập danh sách nhiệm vụ từ “{data.source_name or shorten(plan.title, 60)}”",
        {"added": len(result.added), "changed": len(result.changed), "withdrawn": len(result.withdrawn)},
    )
    return result


def _upsert_plan(session: Session, data: PlanData, plan: Plan | None) -> Plan:
    if plan is None:
        plan = Plan(key=_free_key(session, data.key))
        session.add(plan)
        fresh = True
    else:
        fresh = False
    # The union of what each file says: the plan text's title and header win over an appendix's
    # "Danh mục nhiệm vụ…" line; a field the file leaves blank keeps what another file said.
    from_text = not is_table_source(data.source_name)
    if fresh or from_text or not plan.title:
        guessed = topic_of_title(plan.title or "")
        plan.title = clean_text(data.title) or plan.title
        # The topic its title names, unless the clerk has set another one.
        if fresh or plan.topic == guessed:
            plan.topic = topic_of_title(plan.title)
    if fresh or number_digits(data.number) or not number_digits(plan.number):
        plan.number = clean_line(data.number) or plan.number
    plan.issued_on = data.issued_on or plan.issued_on
    plan.year = data.year or plan.year
    plan.issuer = clean_line(data.issuer) or plan.issuer
    plan.parent_agency = clean_line(data.parent_agency) or plan.parent_agency
    plan.place = clean_line(data.place) or plan.place
    plan.basis = clean_text(data.basis) or plan.basis
    plan.signer = data.signer or plan.signer
    plan.recipients = [clean_line(item) for item in data.recipients] or plan.recipients
    plan.source_name = data.source_name
    plan.source_sha256 = data.source_sha256
    plan.imported_at = utc_now()
    session.flush()
    return plan


def _free_key(session: Session, key: str) -> str:
    """A new plan chosen by the clerk may carry a key another plan has (same blank template number)."""
    candidate, n = key, 1
    while session.scalar(select(Plan.id).where(Plan.key == candidate)) is not None:
        n += 1
        candidate = f"{key[:110]}-{n}"
    return candidate


def _drop_empty_groups(session: Session, plan: Plan) -> None:
    """Groups no task is in any more (another file numbered them differently) are not shown twice."""
    used = set(session.scalars(select(Task.group_id).where(Task.plan_id == plan.id)))
    for group in session.scalars(select(TaskGroup).where(TaskGroup.plan_id == plan.id)):
        if group.id not in used:
            session.delete(group)
    session.flush()


def _upsert_group(session: Session, plan: Plan, ordinal: str, title: str, section: str, position: int) -> TaskGroup:
    group = session.scalar(select(TaskGroup).where(TaskGroup.plan_id == plan.id, TaskGroup.ordinal == ordinal))
    if group is None:
        group = TaskGroup(plan_id=plan.id, ordinal=ordinal, title="")
        session.add(group)
    group.title = clean_line(title)
    group.section = section
    group.position = position
    session.flush()
    return group


def _match_tasks(existing: list[Task], data: PlanData) -> dict[int, Task]:
    """Pair incoming tasks with stored ones: same content first, then same code."""
    if not existing:  # a new plan: nothing to pair, and folding every task's text is not free
        return {}
    by_content: dict[str, list[Task]] = {}
    for task in existing:
        by_content.setdefault(fold_for_match(task.content), []).append(task)
    by_code = {task.code: task for task in existing}
    taken: set[int] = set()
    matches: dict[int, Task] = {}
    incoming = [task for group in data.groups for task in group.tasks]
    for task_data in incoming:
        for candidate in by_content.get(fold_for_match(clean_text(task_data.content)), []):
            if candidate.id not in taken:
                matches[id(task_data)] = candidate
                taken.add(candidate.id)
                break
    for task_data in incoming:
        if id(task_data) in matches:
            continue
        candidate = by_code.get(task_data.code)
        if candidate is not None and candidate.id not in taken:
            matches[id(task_data)] = candidate
            taken.add(candidate.id)
    return matches


# Pure, and a list repeats a few deadline phrases ("Thường xuyên", "Hằng năm") over its tasks.
_parse_deadline = functools.lru_cache(maxsize=4096)(parse_deadline)


def _task_fields(group_id: int, data: TaskData, position: int) -> dict[str, Any]:
    """A task's stored fields from the file, the same for a new task and an updated one."""
    deadline = _parse_deadline(data.deadline_text)
    return {
        "group_id": group_id,
        "code": data.code,
        "position": position,
        "content": clean_text(data.content),
        "details": "\n".join(clean_text(detail) for detail in data.details if detail.strip()),
        "product": clean_text(data.product),
        "deadline_text": deadline.text,
        "due_date": deadline.due_date,
        "start_date": deadline.start_date,
        "recurrence": deadline.recurrence,
        "note": clean_text(data.note),
    }


def _fill_task(task: Task, group: TaskGroup, data: TaskData, position: int) -> None:
    for name, value in _task_fields(group.id, data, position).items():
        setattr(task, name, value)


def _task_row(plan_id: int, group: TaskGroup, data: TaskData, position: int) -> dict[str, Any]:
    """A new task as a row for one bulk INSERT (the same fields _fill_task sets on a stored task)."""
    return {"plan_id": plan_id, **_task_fields(group.id, data, position), "updated_at": utc_now()}


def _insert_new_tasks(session: Session, new_tasks: list[tuple[dict[str, Any], list[tuple[int, str]]]]) -> None:
    """All new tasks and their unit roles in two bulk INSERTs instead of one ORM object each: a new
    plan of 2,000 tasks was spending most of its import time in per-object flushes."""
    if not new_tasks:
        return
    # A plain executemany, then the ids by code (unique within the plan): RETURNING with many rows
    # made SQLAlchemy splice result batches at quadratic cost.
    # Core executemany on the tables: the ORM's bulk path still walks every row through the mapper.
    session.execute(insert(Task.__table__), [row for row, _units in new_tasks])
    plan_id = new_tasks[0][0]["plan_id"]
    ids = dict(session.execute(select(Task.code, Task.id).where(Task.plan_id == plan_id)).all())
    links = [
        {"task_id": ids[row["code"]], "unit_id": unit_id, "role": role}
        for row, wanted in new_tasks
        for unit_id, role in wanted
    ]
    if links:
        session.execute(insert(TaskUnit.__table__), links)


def _wanted_units(units: UnitIndex, data: TaskData, result: ApplyResult) -> list[tuple[int, str]]:
    """(unit id, role) pairs a task names, in order and without repeats; new units are created."""
    wanted: list[tuple[int, str]] = []
    for ref in data.units:
        unit, created = units.ensure(ref.name)
        if created:
            result.units_created.append(unit.name)
        if (unit.id, ref.role) not in wanted:
            wanted.append((unit.id, ref.role))
    return wanted


def _set_units(units: UnitIndex, task: Task, data: TaskData, result: ApplyResult) -> None:
    wanted = _wanted_units(units, data, result)
    current = {(link.unit_id, link.role): link for link in task.unit_links}
    for key, link in current.items():
        if key not in wanted:
            task.unit_links.remove(link)
    for unit_id, role in wanted:
        if (unit_id, role) not in current:
            task.unit_links.append(TaskUnit(unit_id=unit_id, role=role))


def _snapshot(task: Task) -> tuple[Any, ...]:
    links = tuple(sorted((link.unit_id, link.role) for link in task.unit_links))
    return (task.group_id, task.content, task.details, task.product, task.deadline_text, task.note, links)


def _free_code(session: Session, plan_id: int, task: Task, original: str) -> str:
    """A withdrawn task keeps its old code unless a current task now uses it."""
    clash = session.scalar(select(Task.id).where(Task.plan_id == plan_id, Task.code == original, Task.id != task.id))
    return f"{original}-R{task.id}" if clash else original
