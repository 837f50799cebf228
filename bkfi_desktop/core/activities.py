"""Dated activities (news, posts, press information, rebuttals, meetings…) with paging for big tables."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from bkfi_desktop.core import audit
from bkfi_desktop.core.store.models import Activity, Task
from bkfi_desktop.core.tasks import get_task
from bkfi_desktop.core.vocabulary import ACTIVITY_KIND_LABELS, require_code
from bkfi_desktop.errors import InvalidInputError, NotFoundError
from bkfi_desktop.textvn.folding import fold_for_search
from bkfi_desktop.textvn.normalize import clean_line, clean_text

SORTABLE = {
    "date": Activity.date,
    "kind": Activity.kind,
    "quantity": Activity.quantity,
    "title": Activity.title_key,
    "id": Activity.id,
}


@dataclass(frozen=True)
class ActivityFilter:
    text: str = ""
    kind: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    task_id: int | None = None


@dataclass(frozen=True)
class ActivityRow:
    id: int
    date: dt.date
    kind: str
    quantity: int
    title: str
    link: str
    task_id: int | None
    task_code: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "date": self.date.isoformat(),
            "kind": self.kind,
            "quantity": self.quantity,
            "title": self.title,
            "link": self.link,
            "task": self.task_code,
        }


def add_activity(
    session: Session,
    date: dt.date,
    kind: str,
    quantity: int,
    title: str,
    *,
    task: str | int | None = None,
    link: str = "",
    note: str = "",
    audit_entry: bool = True,
) -> Activity:
    activity = Activity(date=date, kind="", quantity=1, title="")
    _apply(session, activity, date=date, kind=kind, quantity=quantity, title=title, task=task, link=link, note=note)
    session.add(activity)
    session.flush()
    if audit_entry:
        audit.record(session, "create", "activity", activity.id, f"Thêm hoạt động: {activity.title[:80]}")
    return activity


def update_activity(session: Session, activity_id: int, **fields: Any) -> Activity:
    allowed = {"date", "kind", "quantity", "title", "task", "link", "note"}
    unknown = set(fields) - allowed
    if unknown:
        raise InvalidInputError(f"Không có trường “{', '.join(sorted(unknown))}” cho hoạt động.")
    activity = _get(session, activity_id)
    _apply(session, activity, **fields)
    session.flush()
    audit.record(session, "update", "activity", activity.id, f"Sửa hoạt động: {activity.title[:80]}", {"fields": sorted(fields)})
    return activity


def delete_activity(session: Session, activity_id: int) -> None:
    activity = _get(session, activity_id)
    audit.record(session, "delete", "activity", activity.id, f"Xóa hoạt động: {activity.title[:80]}")
    session.delete(activity)
    session.flush()


def count_activities(session: Session, query_filter: ActivityFilter | None = None) -> int:
    query = _filtered(select(func.count(Activity.id)), query_filter or ActivityFilter())
    return int(session.scalar(query) or 0)


def fetch_activities(
    session: Session,
    query_filter: ActivityFilter | None = None,
    *,
    order_by: str = "date",
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
) -> list[ActivityRow]:
    column = SORTABLE.get(order_by, Activity.date)
    ordering = [column.desc() if descending else column.asc(), Activity.id.desc() if descending else Activity.id]
    query = (
        select(
            Activity.id, Activity.date, Activity.kind, Activity.quantity, Activity.title,
            Activity.link, Activity.task_id, Task.code,
        )
        .outerjoin(Task, Activity.task_id == Task.id)
    )
    query = _filtered(query, query_filter or ActivityFilter()).order_by(*ordering).offset(offset).limit(limit)
    return [ActivityRow(*row) for row in session.execute(query)]


def activity_totals(session: Session, start: dt.date, end: dt.date) -> dict[str, int]:
    """Quantity per kind in [start, end], summed in SQL."""
    rows = session.execute(
        select(Activity.kind, func.sum(Activity.quantity))
        .where(Activity.date >= start, Activity.date <= end)
        .group_by(Activity.kind)
    )
    return {kind: int(total or 0) for kind, total in rows}


def _filtered(query: Select[Any], query_filter: ActivityFilter) -> Select[Any]:
    if query_filter.text.strip():
        for word in fold_for_search(query_filter.text).split():
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            query = query.where(Activity.title_key.like(f"%{escaped}%", escape="\\"))
    if query_filter.kind:
        query = query.where(Activity.kind == query_filter.kind)
    if query_filter.start:
        query = query.where(Activity.date >= query_filter.start)
    if query_filter.end:
        query = query.where(Activity.date <= query_filter.end)
    if query_filter.task_id:
        query = query.where(Activity.task_id == query_filter.task_id)
    return query


def _apply(session: Session, activity: Activity, **fields: Any) -> None:
    if "date" in fields:
        if not isinstance(fields["date"], dt.date):
            raise InvalidInputError("Ngày của hoạt động không hợp lệ.")
        activity.date = fields["date"]
    if "kind" in fields:
        activity.kind = require_code(ACTIVITY_KIND_LABELS, fields["kind"], "loại hoạt động")
    if "quantity" in fields:
        quantity = int(fields["quantity"])
        if quantity < 1:
            raise InvalidInputError(f"Số lượng phải từ 1 trở lên, không phải {quantity}.")
        activity.quantity = quantity
    if "title" in fields:
        title = clean_line(fields["title"] or "")
        if not title:
            raise InvalidInputError("Chưa nhập nội dung hoạt động.")
        activity.title = title
        activity.title_key = fold_for_search(title)
    if "task" in fields:
        ref = fields["task"]
        if ref in (None, ""):
            activity.task_id = None
        elif isinstance(ref, int):
            activity.task_id = ref
        else:
            activity.task_id = get_task(session, ref).id
    if "link" in fields:
        activity.link = unicodedata.normalize("NFC", (fields["link"] or "").strip())
    if "note" in fields:
        activity.note = clean_text(fields["note"] or "")


def _get(session: Session, activity_id: int) -> Activity:
    activity = session.get(Activity, activity_id)
    if activity is None:
        raise NotFoundError(f"Không có hoạt động mã số {activity_id}.")
    return activity
