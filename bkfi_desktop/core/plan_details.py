"""A plan's details as a clerk sees and corrects them, and archiving a plan.

An imported file may leave the number, date or issuer blank (a draft) or read them wrongly; the clerk
corrects them here. An archived plan is kept with all its work but read-only and out of today's lists.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bkfi_desktop.core import audit
from bkfi_desktop.core.store.models import Plan, Task, utc_now
from bkfi_desktop.core.tasks import plan_id_for, plan_short_name
from bkfi_desktop.errors import InvalidInputError
from bkfi_desktop.textvn.normalize import clean_line, clean_text

EDITABLE = ("title", "number", "issued_on", "issuer", "topic", "valid_from", "valid_to")


@dataclass(frozen=True)
class PlanSummary:
    id: int
    key: str
    short_name: str
    title: str
    number: str
    issued_on: dt.date | None
    issuer: str
    topic: str
    valid_from: dt.date | None
    valid_to: dt.date | None
    archived: bool
    task_count: int
    source_name: str

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "short_name": self.short_name,
            "title": self.title,
            "number": self.number,
            "issued_on": self.issued_on.isoformat() if self.issued_on else None,
            "issuer": self.issuer,
            "topic": self.topic,
            "valid_from": self.valid_from.isoformat() if self.valid_from else None,
            "valid_to": self.valid_to.isoformat() if self.valid_to else None,
            "archived": self.archived,
            "tasks": self.task_count,
            "source": self.source_name,
        }


def _summary(plan: Plan, task_count: int) -> PlanSummary:
    return PlanSummary(
        plan.id, plan.key, plan_short_name(plan), plan.title, plan.number, plan.issued_on, plan.issuer,
        plan.topic, plan.valid_from, plan.valid_to, plan.archived_at is not None, task_count, plan.source_name,
    )


def list_plans(session: Session, *, include_archived: bool = False) -> list[PlanSummary]:
    counts = dict(
        session.execute(
            select(Task.plan_id, func.count(Task.id)).where(Task.withdrawn_at.is_(None)).group_by(Task.plan_id)
        ).all()
    )
    query = select(Plan).order_by(Plan.id)
    if not include_archived:
        query = query.where(Plan.archived_at.is_(None))
    return [_summary(plan, int(counts.get(plan.id, 0))) for plan in session.scalars(query)]


def get_plan(session: Session, key: str | int) -> PlanSummary:
    plan = session.get(Plan, plan_id_for(session, key))
    assert plan is not None
    count = session.scalar(select(func.count(Task.id)).where(Task.plan_id == plan.id, Task.withdrawn_at.is_(None)))
    return _summary(plan, int(count or 0))


def set_plan_details(session: Session, key: str | int, **fields: Any) -> PlanSummary:
    """Correct a plan's details; only the fields given change. One audited write."""
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise InvalidInputError(f"Không sửa được trường “{', '.join(sorted(unknown))}” của kế hoạch.")
    plan = session.get(Plan, plan_id_for(session, key))
    assert plan is not None
    _check_writable(plan)
    before = {name: _plain(getattr(plan, name)) for name in fields}
    for name, value in fields.items():
        if name in ("issued_on", "valid_from", "valid_to"):
            setattr(plan, name, value)
        elif name == "title":
            title = clean_text(value or "")
            if not title:
                raise InvalidInputError("Tên kế hoạch không được để trống.")
            plan.title = title
        elif name == "topic":
            topic = clean_line(value or "")
            if not topic:
                raise InvalidInputError("Lĩnh vực của kế hoạch không được để trống (ví dụ: thông tin đối ngoại).")
            plan.topic = topic
        else:
            setattr(plan, name, clean_line(value or ""))
    if plan.valid_from and plan.valid_to and plan.valid_from > plan.valid_to:
        raise InvalidInputError(
            f"Thời gian hiệu lực không hợp lệ: từ ngày {plan.valid_from:%d/%m/%Y} đến ngày {plan.valid_to:%d/%m/%Y}."
        )
    if plan.issued_on:
        plan.year = plan.issued_on.year
    session.flush()
    after = {name: _plain(getattr(plan, name)) for name in fields}
    audit.record(session, "update", "plan", plan.id, f"Sửa thông tin kế hoạch “{plan.key}”", {"before": before, "after": after})
    return get_plan(session, plan.id)


def archive_plan(session: Session, key: str | int, *, restore: bool = False) -> PlanSummary:
    """Archive a plan (kept, read-only, out of today's lists), or bring it back."""
    plan = session.get(Plan, plan_id_for(session, key))
    assert plan is not None
    plan.archived_at = None if restore else (plan.archived_at or utc_now())
    session.flush()
    what = "Đưa kế hoạch ra khỏi lưu trữ" if restore else "Lưu trữ kế hoạch"
    audit.record(session, "update", "plan", plan.id, f"{what} “{plan.key}”", {"archived": not restore})
    return get_plan(session, plan.id)


def _check_writable(plan: Plan) -> None:
    if plan.archived_at is not None:
        raise InvalidInputError(
            f"Kế hoạch “{plan.key}” đã được lưu trữ (chỉ xem). Đưa ra khỏi lưu trữ trước khi sửa: "
            f"bkfi plan archive {plan.key} --restore."
        )


def check_task_writable(task: Task) -> None:
    """Work is not recorded against an archived plan's tasks."""
    _check_writable(task.plan)


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value
