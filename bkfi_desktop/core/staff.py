"""Staff of the unit and their TTĐN roles, with the history of who held which role when."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from bkfi_desktop.core import audit
from bkfi_desktop.core.store.models import Staff, StaffRoleHistory
from bkfi_desktop.core.vocabulary import TTDN_ROLE_LABELS, require_code
from bkfi_desktop.errors import InvalidInputError, NotFoundError
from bkfi_desktop.textvn.collation import person_sort_key
from bkfi_desktop.textvn.folding import fold_for_match
from bkfi_desktop.textvn.normalize import clean_line

_FIELDS = ("full_name", "title", "ttdn_role", "phone", "email", "from_date", "to_date", "note")


def add_staff(
    session: Session,
    full_name: str,
    *,
    title: str = "",
    ttdn_role: str = "member",
    phone: str = "",
    email: str = "",
    from_date: dt.date | None = None,
    note: str = "",
) -> Staff:
    full_name = clean_line(full_name)
    if not full_name:
        raise InvalidInputError("Chưa nhập họ và tên cán bộ.")
    require_code(TTDN_ROLE_LABELS, ttdn_role, "vai trò")
    staff = Staff(
        full_name=full_name,
        title=clean_line(title),
        ttdn_role=ttdn_role,
        phone=clean_line(phone),
        email=clean_line(email),
        from_date=from_date,
        note=note.strip(),
    )
    staff.role_history.append(StaffRoleHistory(ttdn_role=ttdn_role, title=staff.title, from_date=from_date))
    session.add(staff)
    session.flush()
    audit.record(session, "create", "staff", staff.id, f"Thêm cán bộ {full_name}")
    return staff


def update_staff(session: Session, staff_id: int, *, effective: dt.date | None = None, **fields: Any) -> Staff:
    """Change a person's details; a change of role or title closes the old history row."""
    unknown = set(fields) - set(_FIELDS)
    if unknown:
        raise InvalidInputError(f"Không có trường “{', '.join(sorted(unknown))}” cho cán bộ.")
    staff = _get(session, staff_id)
    if "ttdn_role" in fields:
        require_code(TTDN_ROLE_LABELS, fields["ttdn_role"], "vai trò")
    for name in ("full_name", "title", "phone", "email"):
        if name in fields and fields[name] is not None:
            fields[name] = clean_line(fields[name])
    if "full_name" in fields and not fields["full_name"]:
        raise InvalidInputError("Họ và tên cán bộ không được để trống.")
    role_changed = any(
        name in fields and fields[name] != getattr(staff, name) for name in ("ttdn_role", "title")
    )
    changed = [name for name, value in fields.items() if getattr(staff, name) != value]
    for name in changed:
        setattr(staff, name, fields[name])
    if role_changed:
        when = effective or dt.date.today()
        _close_open_history(staff, when - dt.timedelta(days=1))
        staff.role_history.append(StaffRoleHistory(ttdn_role=staff.ttdn_role, title=staff.title, from_date=when))
    if "to_date" in changed and staff.to_date is not None:
        _close_open_history(staff, staff.to_date)
    if changed:
        audit.record(session, "update", "staff", staff.id, f"Sửa thông tin cán bộ {staff.full_name}", {"fields": changed})
    session.flush()
    return staff


def end_staff(session: Session, staff_id: int, to_date: dt.date) -> Staff:
    """Record that a person left the unit (or the role): kept for past reports, not deleted."""
    return update_staff(session, staff_id, to_date=to_date)


def delete_staff(session: Session, staff_id: int) -> None:
    staff = _get(session, staff_id)
    audit.record(session, "delete", "staff", staff.id, f"Xóa cán bộ {staff.full_name}")
    session.delete(staff)
    session.flush()


@dataclass(frozen=True)
class RoleHistoryView:
    role: str
    title: str
    from_date: dt.date | None
    to_date: dt.date | None


@dataclass(frozen=True)
class StaffView:
    """One staff member as the GUI shows it: plain data, safe to keep after the session closes."""

    id: int
    full_name: str
    title: str
    ttdn_role: str
    phone: str
    email: str
    from_date: dt.date | None
    to_date: dt.date | None
    note: str
    history: tuple[RoleHistoryView, ...]


def staff_view(staff: Staff) -> StaffView:
    history = tuple(RoleHistoryView(h.ttdn_role, h.title, h.from_date, h.to_date) for h in staff.role_history)
    return StaffView(
        staff.id, staff.full_name, staff.title, staff.ttdn_role, staff.phone, staff.email,
        staff.from_date, staff.to_date, staff.note, history,
    )


def list_staff_views(session: Session, *, include_former: bool = True, on: dt.date | None = None) -> list[StaffView]:
    """``list_staff`` as views (Vietnamese order)."""
    return [staff_view(staff) for staff in list_staff(session, include_former=include_former, on=on)]


def get_staff_view(session: Session, staff_id: int) -> StaffView:
    return staff_view(_get(session, staff_id))


def list_staff(session: Session, *, include_former: bool = True, on: dt.date | None = None) -> list[Staff]:
    """Staff in Vietnamese order: given name first, then family and middle names."""
    query = select(Staff).options(selectinload(Staff.role_history))
    if not include_former:
        today = on or dt.date.today()
        query = query.where(or_(Staff.to_date.is_(None), Staff.to_date >= today))
    return sorted(session.scalars(query), key=lambda staff: person_sort_key(staff.full_name))


def find_staff(session: Session, name_or_id: str | int) -> Staff:
    if isinstance(name_or_id, int) or str(name_or_id).isdigit():
        return _get(session, int(name_or_id))
    key = fold_for_match(str(name_or_id))
    matches = [staff for staff in session.scalars(select(Staff)) if fold_for_match(staff.full_name) == key]
    if not matches:
        raise NotFoundError(f"Không có cán bộ tên “{name_or_id}”.")
    if len(matches) > 1:
        raise InvalidInputError(f"Có {len(matches)} cán bộ tên “{name_or_id}”; hãy dùng mã số (id) để chọn.")
    return matches[0]


def staff_in_role(session: Session, role: str, start: dt.date, end: dt.date) -> list[Staff]:
    """Who held `role` at any time within [start, end] — from the history, not today's roles."""
    rows = session.scalars(
        select(StaffRoleHistory)
        .where(StaffRoleHistory.ttdn_role == role)
        .where(or_(StaffRoleHistory.from_date.is_(None), StaffRoleHistory.from_date <= end))
        .where(or_(StaffRoleHistory.to_date.is_(None), StaffRoleHistory.to_date >= start))
    )
    people = {row.staff_id: row.staff for row in rows}
    return sorted(people.values(), key=lambda staff: person_sort_key(staff.full_name))


def staff_to_json(staff: Staff) -> dict[str, Any]:
    return {
        "id": staff.id,
        "full_name": staff.full_name,
        "title": staff.title,
        "ttdn_role": staff.ttdn_role,
        "phone": staff.phone,
        "email": staff.email,
        "from_date": staff.from_date.isoformat() if staff.from_date else None,
        "to_date": staff.to_date.isoformat() if staff.to_date else None,
    }


def _close_open_history(staff: Staff, end: dt.date) -> None:
    for row in staff.role_history:
        if row.to_date is None:
            row.to_date = max(end, row.from_date) if row.from_date else end


def _get(session: Session, staff_id: int) -> Staff:
    staff = session.get(Staff, staff_id)
    if staff is None:
        raise NotFoundError(f"Không có cán bộ mã số {staff_id}.")
    return staff
