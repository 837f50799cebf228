"""Who has a role in each task of a plan, as the compiling office imported it: the per-task view of a
compile shows, under each task, the units that reported it and the units with a role that did not.

A collective reference ("Ủy ban nhân dân các xã, phường") stands for the directory's units of the
categories it covers, as for the roster. The office itself is left out: it does not report to itself.
Returned as plain values (no ORM objects), read in one session.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bkfi_desktop.core.plan_identity import without_locality
from bkfi_desktop.core.vocabulary import ROLE_STRENGTH
from bkfi_desktop.textvn.collation import vietnamese_sort_key
from bkfi_desktop.textvn.folding import fold_for_match

if TYPE_CHECKING:  # the database only in task_duties(): a compile's per-task view needs unit_keys, not SQL
    from sqlalchemy.orm import Session

    from bkfi_desktop.core.store.models import Unit


def unit_keys(*names: str) -> frozenset[str]:
    """The folded names one unit goes by: "Phòng Tư pháp thành phố" is also "Phòng Tư pháp"."""
    keys: set[str] = set()
    for name in names:
        if name and (folded := fold_for_match(name)):
            keys.add(folded)
            if local := without_locality(name):
                keys.add(local)
    return frozenset(keys)


@dataclass(frozen=True)
class DutyUnit:
    name: str
    role: str  # lead | support | implement (the strongest when named in several roles)
    keys: frozenset[str]  # its name, aliases and short name folded (see unit_keys)


@dataclass(frozen=True)
class TaskDuty:
    plan: str  # the plan's key
    code: str
    group: str
    title: str
    deadline_text: str
    units: tuple[DutyUnit, ...]  # Vietnamese order


def _members(session: Session) -> dict[str, list[Unit]]:
    """category → the directory's units of it (not collectives), for expanding collective references."""
    from sqlalchemy import select

    from bkfi_desktop.core.store.models import Unit

    members: dict[str, list[Unit]] = {}
    for unit in session.scalars(select(Unit).where(Unit.covers.is_(None))):
        members.setdefault(unit.category, []).append(unit)
    return members


def _keys(unit: Unit) -> frozenset[str]:
    return unit_keys(unit.name, unit.short_name, *(unit.aliases or []))


def task_duties(session: Session, plan_keys: Iterable[str] | None = None) -> list[TaskDuty]:
    """Every task in force of the plans named (all plans when None), in plan order, with its units."""
    from sqlalchemy import select

    from bkfi_desktop.core.profile import get_profile
    from bkfi_desktop.core.store.models import Plan, Task, TaskUnit

    query = select(Task).join(Plan, Task.plan_id == Plan.id).where(Task.withdrawn_at.is_(None))
    if plan_keys is not None:
        keys = sorted(set(plan_keys))
        if not keys:
            return []
        query = query.where(Plan.key.in_(keys))
    tasks = session.scalars(query.order_by(Plan.id, Task.position, Task.id)).all()
    links: dict[int, list[TaskUnit]] = {}
    for link in session.scalars(select(TaskUnit).where(TaskUnit.task_id.in_([task.id for task in tasks]))):
        links.setdefault(link.task_id, []).append(link)
    members = _members(session) if any(link.unit.covers for rows in links.values() for link in rows) else {}
    own = unit_keys(get_profile(session).unit_name)
    duties = []
    for task in tasks:
        roles: dict[int, tuple[Unit, str]] = {}
        for link in links.get(task.id, []):
            named = [m for c in link.unit.covers or () for m in members.get(c, [])] or [link.unit]
            for unit in named:
                known = roles.get(unit.id)
                if known is None or ROLE_STRENGTH.get(link.role, 0) > ROLE_STRENGTH.get(known[1], 0):
                    roles[unit.id] = (unit, link.role)
        units = []
        for unit, role in roles.values():
            keys = _keys(unit)
            if not unit.covers and not keys & own:
                units.append(DutyUnit(unit.name, role, keys))
        group = task.group
        duties.append(
            TaskDuty(
                plan=task.plan.key,
                code=task.code,
                group=f"{group.ordinal}. {group.title}".strip(". ") if group else "",
                title=task.content,
                deadline_text=task.deadline_text,
                units=tuple(sorted(units, key=lambda u: vietnamese_sort_key(u.name))),
            )
        )
    return duties
