"""Who must report for a plan and period (the roster), and by when (the office's deadline).

By default the roster is every unit with a role in the plan's tasks, as imported; a collective
reference ("UBND các xã, phường") stands for the directory's units of the categories it covers. The
office may replace it with its own list and excuse units for a period. The deadline is the office's
own cut-off, else the Nghị định 09 due date of the period (Profile.cutoff may change the windows).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bkfi_desktop.core import audit
from bkfi_desktop.core.periods import Period, parse_period
from bkfi_desktop.core.profile import get_profile
from bkfi_desktop.core.store.models import (
    PeriodDeadline,
    Plan,
    ReceivedReport,
    RosterEntry,
    Task,
    TaskUnit,
    Unit,
)
from bkfi_desktop.errors import InvalidInputError, NotFoundError
from bkfi_desktop.textvn.collation import vietnamese_sort_key
from bkfi_desktop.textvn.folding import fold_for_match
from bkfi_desktop.textvn.normalize import nfc


@dataclass(frozen=True)
class RosterUnit:
    name: str
    required: bool = True
    source: str = "plan"  # plan: from the plan's tasks; office: set by the office

    def to_json(self) -> dict[str, object]:
        return {"unit": self.name, "required": self.required, "source": self.source}


def period_of(session: Session, code: str) -> Period:
    return parse_period(code, get_profile(session).cutoff)


def _plan_key(session: Session, plan_key: str | None) -> str:
    if plan_key is None:
        return ""
    if session.scalar(select(Plan.id).where(Plan.key == plan_key)) is None:
        raise NotFoundError(f"Không có kế hoạch mang mã “{plan_key}” trong dữ liệu.")
    return plan_key


def units_with_roles(session: Session, plan_key: str | None = None) -> list[str]:
    """Every unit with a role in the plan's tasks (all plans when none is named), collective
    references expanded to the directory's units of the categories they cover."""
    query = select(Unit).join(TaskUnit, TaskUnit.unit_id == Unit.id).join(Task, TaskUnit.task_id == Task.id)
    if plan_key:
        query = query.join(Plan, Task.plan_id == Plan.id).where(Plan.key == plan_key)
    query = query.where(Task.withdrawn_at.is_(None)).distinct()
    named: dict[str, str] = {}
    categories: set[str] = set()
    for unit in session.scalars(query):
        if unit.covers:
            categories.update(unit.covers)
        else:
            named.setdefault(unit.name_key, unit.name)
    if categories:
        for unit in session.scalars(select(Unit).where(Unit.category.in_(sorted(categories)))):
            if not unit.covers:
                named.setdefault(unit.name_key, unit.name)
    own = get_profile(session).unit_name
    if own:  # the compiling office does not report to itself
        named.pop(fold_for_match(own), None)
    return sorted(named.values(), key=vietnamese_sort_key)


def get_roster(session: Session, period: str, plan_key: str | None = None) -> list[RosterUnit]:
    """The units expected for the period: the office's list when it set one, else the plan's units."""
    code = period_of(session, period).code
    key = _plan_key(session, plan_key)
    entries = session.scalars(
        select(RosterEntry)
        .where(RosterEntry.period == code, RosterEntry.plan_key == key)
        .order_by(RosterEntry.position, RosterEntry.id)
    ).all()
    if entries:
        return [RosterUnit(entry.unit_name, entry.required, "office") for entry in entries]
    return [RosterUnit(name) for name in units_with_roles(session, plan_key)]


def set_roster(
    session: Session,
    period: str,
    units: list[str],
    *,
    plan_key: str | None = None,
    not_required: list[str] | tuple[str, ...] = (),
) -> list[RosterUnit]:
    """Replace the period's roster by `units` (in that order); `not_required` ones are listed, excused."""
    code = period_of(session, period).code
    key = _plan_key(session, plan_key)
    names = [nfc(name).strip() for name in [*units, *not_required] if name and name.strip()]
    if not names:
        raise InvalidInputError("Danh sách đơn vị phải báo cáo đang trống; hãy nêu ít nhất một đơn vị.")
    excused = {fold_for_match(name) for name in not_required}
    session.execute(delete(RosterEntry).where(RosterEntry.period == code, RosterEntry.plan_key == key))
    seen: set[str] = set()
    for position, name in enumerate(names):
        folded = fold_for_match(name)
        if folded in seen:
            continue  # "Phòng VH&TT" and "Phòng Văn hoá và Thông tin" are one unit
        seen.add(folded)
        session.add(
            RosterEntry(
                period=code, plan_key=key, unit_name=name, unit_key=folded,
                required=folded not in excused, position=position,
            )
        )
    session.flush()
    audit.record(session, "update", "roster", None, f"Danh sách đơn vị phải báo cáo kỳ {code}", {"units": len(seen)})
    return get_roster(session, code, plan_key)


def set_deadline(session: Session, period: str, due: dt.date) -> dt.date:
    code = period_of(session, period).code
    row = session.get(PeriodDeadline, code)
    if row is None:
        session.add(PeriodDeadline(period=code, due_date=due))
    else:
        row.due_date = due
    audit.record(session, "update", "deadline", None, f"Hạn nộp báo cáo kỳ {code}: {due:%d/%m/%Y}")
    return due


def deadline(session: Session, period: str) -> tuple[dt.date, str]:
    """(due date, where it comes from: "office" or "default") for units' reports of the period."""
    chosen = period_of(session, period)
    row = session.get(PeriodDeadline, chosen.code)
    if row is not None:
        return row.due_date, "office"
    return chosen.due_date, "default"


@dataclass(frozen=True)
class Received:
    unit: str
    status: str  # on_time | late | refused
    reason: str = ""
    file: str = ""
    signer: str = ""
    signed_at: dt.datetime | None = None
    report_uuid: str = ""
    sha256: str = ""


def record_received(session: Session, period: str, rows: list[Received]) -> None:
    """Remember what a compile found per unit: a later compile of the period replaces a unit's row,
    except that a refused file never replaces a report already accepted."""
    code = period_of(session, period).code
    for row in rows:
        key = fold_for_match(row.unit)
        stored = session.scalar(
            select(ReceivedReport).where(ReceivedReport.period == code, ReceivedReport.unit_key == key)
        )
        if stored is not None and row.status == "refused" and stored.status != "refused":
            continue
        if stored is None:
            stored = ReceivedReport(period=code, unit_key=key)
            session.add(stored)
        stored.unit_name, stored.status, stored.reason, stored.file = row.unit, row.status, row.reason, row.file
        stored.signer, stored.report_uuid, stored.sha256 = row.signer, row.report_uuid, row.sha256
        stored.signed_at = row.signed_at.astimezone(dt.UTC).replace(tzinfo=None) if row.signed_at else None
    session.flush()


def received_units(session: Session, period: str) -> dict[str, str]:
    """fold_for_match(unit) → status of what was received for the period."""
    code = period_of(session, period).code
    rows = session.scalars(select(ReceivedReport).where(ReceivedReport.period == code))
    return {row.unit_key: row.status for row in rows}


def missing_units(session: Session, period: str, plan_key: str | None = None) -> list[str]:
    """Required units with no accepted report recorded for the period (refused ones still owe one)."""
    received = received_units(session, period)
    return [
        unit.name
        for unit in get_roster(session, period, plan_key)
        if unit.required and received.get(fold_for_match(unit.name)) not in {"on_time", "late"}
    ]
