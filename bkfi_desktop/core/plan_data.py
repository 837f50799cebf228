"""A task list as read from a file, before it touches the database.

Every importer (xlsx, docx, txt, the built-in JSON) produces a PlanData; `plans.apply_plan` is the
one place that writes it, with the re-import rules (stable identity, withdrawn not deleted).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

ROLES = ("lead", "support", "implement")


@dataclass
class UnitRef:
    """A unit (or a collective such as "UBND các xã, phường") named in a task's unit cell."""

    name: str
    role: str  # lead | support | implement


@dataclass
class TaskData:
    code: str
    content: str
    details: list[str] = field(default_factory=list)
    product: str = ""
    deadline_text: str = ""
    units: list[UnitRef] = field(default_factory=list)
    note: str = ""
    source_location: str = ""  # "Sheet1!B12" or "đoạn 34": where the task came from, for messages


@dataclass
class GroupData:
    ordinal: str
    title: str
    section: str = ""
    tasks: list[TaskData] = field(default_factory=list)


@dataclass
class UnitData:
    name: str
    short_name: str = ""
    category: str = ""
    covers: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)


@dataclass
class PlanData:
    key: str
    title: str = ""
    number: str = ""
    issued_on: dt.date | None = None
    year: int | None = None
    issuer: str = ""
    parent_agency: str = ""
    place: str = ""
    basis: str = ""
    signer: dict[str, Any] | None = None
    recipients: list[str] = field(default_factory=list)
    groups: list[GroupData] = field(default_factory=list)
    units: list[UnitData] = field(default_factory=list)
    # What the reader noticed and the user should know (Vietnamese), e.g. a legacy encoding converted.
    warnings: list[str] = field(default_factory=list)
    converted_from: str | None = None  # "tcvn3" | "vni" when legacy text was converted
    source_name: str = ""
    source_sha256: str = ""

    @property
    def task_count(self) -> int:
        return sum(len(group.tasks) for group in self.groups)


def plan_data_from_json(data: dict[str, Any]) -> PlanData:
    """Read the `bkfi.plan/1` JSON layout (the built-in plans in resources/plans/)."""
    if data.get("schema") != "bkfi.plan/1":
        raise ValueError("not a bkfi.plan/1 document")
    meta = data["plan"]
    issued = meta.get("issued_on")
    return PlanData(
        key=meta["key"],
        title=meta.get("title", ""),
        number=meta.get("number", ""),
        issued_on=dt.date.fromisoformat(issued) if issued else None,
        year=meta.get("year"),
        issuer=meta.get("issuer", ""),
        parent_agency=meta.get("parent_agency", ""),
        place=meta.get("place", ""),
        basis=meta.get("basis", ""),
        signer=meta.get("signer"),
        recipients=list(meta.get("recipients", [])),
        units=[
            UnitData(
                name=unit["name"],
                short_name=unit.get("short_name") or "",
                category=unit.get("category") or "",
                covers=list(unit.get("covers") or []),
                aliases=list(unit.get("aliases") or []),
            )
            for unit in data.get("units", [])
        ],
        groups=[
            GroupData(
                ordinal=group["ordinal"],
                title=group["title"],
                section=group.get("section", ""),
                tasks=[
                    TaskData(
                        code=task["code"],
                        content=task["content"],
                        details=list(task.get("details") or []),
                        product=task.get("product") or "",
                        deadline_text=task.get("deadline_text") or "",
                        units=[UnitRef(ref["ref"], ref["role"]) for ref in task.get("units", [])],
                    )
                    for task in group.get("tasks", [])
                ],
            )
            for group in data.get("groups", [])
        ],
    )
