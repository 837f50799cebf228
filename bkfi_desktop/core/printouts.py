"""The lists people ask to have on paper: tasks, staff, trainings. Plain rows the PDF and Excel writers share.

Cells keep their types (numbers stay numbers, dates stay dates) so the Excel copy can be sorted and
summed; the PDF formats them the Vietnamese way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bkfi_desktop.core.plan_topic import workspace_topic
from bkfi_desktop.core.profile import get_profile
from bkfi_desktop.core.staff import list_staff
from bkfi_desktop.core.store.models import Plan, Task
from bkfi_desktop.core.tasks import list_tasks
from bkfi_desktop.core.training import list_trainings
from bkfi_desktop.core.vocabulary import (
    ROLE_LABELS,
    STATUS_LABELS,
    TRAINING_KIND_LABELS,
    TRAINING_MODE_LABELS,
    TRAINING_TOPIC_LABELS,
    TTDN_ROLE_LABELS,
    label,
)
from bkfi_desktop.errors import InvalidInputError, NotFoundError

KINDS = ("tasks", "staff", "training")
Cell = str | int | float | dt.date | None


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # relative width (mm on a portrait A4 page)
    kind: str = "text"  # text | number | percent | date


@dataclass(frozen=True)
class Listing:
    kind: str
    title: str  # "DANH SÁCH NHIỆM VỤ"
    subtitle: str
    unit_name: str
    parent_agency: str
    made_on: dt.date
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    landscape: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "title": self.title,
            "columns": [column.title for column in self.columns],
            "rows": [[cell.isoformat() if isinstance(cell, dt.date) else cell for cell in row] for row in self.rows],
        }


def _header(session: Session, today: dt.date) -> dict[str, Any]:
    profile = get_profile(session)
    return {"unit_name": profile.unit_name, "parent_agency": profile.parent_agency, "made_on": today}


def task_listing(session: Session, today: dt.date, *, mine_only: bool = True, plan_key: str | None = None) -> Listing:
    views = list_tasks(session, mine_only=mine_only)
    subtitle = "Nhiệm vụ của đơn vị" if mine_only else "Tất cả nhiệm vụ của kế hoạch"
    if plan_key:
        plan = session.scalar(select(Plan).where(Plan.key == plan_key.strip()))
        if plan is None:
            raise NotFoundError(f"Không có kế hoạch mã “{plan_key}”.")
        ids = set(session.scalars(select(Task.id).where(Task.plan_id == plan.id)))
        views = [view for view in views if view.id in ids]
        subtitle += f" — {plan.number or plan.key}"
    rows = []
    for view in views:
        assignment = view.assignment
        due = view.effective_due_date
        rows.append(
            (
                view.code,
                view.content,
                label(ROLE_LABELS, view.my_role) if view.my_role else "",
                "; ".join(view.lead_units),
                due if due else view.deadline_text,
                label(STATUS_LABELS, view.status),
                assignment.progress if assignment else 0,
                (assignment.owner or "") if assignment else "",
            )
        )
    columns = (
        Column("Mã", 11), Column("Nhiệm vụ", 80), Column("Vai trò", 18), Column("Chủ trì", 38),
        Column("Thời hạn", 22, "date"), Column("Tình trạng", 22), Column("Tiến độ", 15, "percent"),
        Column("Người phụ trách", 30),
    )
    return Listing("tasks", "DANH SÁCH NHIỆM VỤ", subtitle, columns=columns, rows=tuple(rows), landscape=True,
                   **_header(session, today))


def staff_listing(session: Session, today: dt.date) -> Listing:
    rows = [
        (
            number, person.full_name, person.title, label(TTDN_ROLE_LABELS, person.ttdn_role), person.phone,
            person.email, person.from_date, person.to_date,
        )
        for number, person in enumerate(list_staff(session), start=1)
    ]
    columns = (
        Column("TT", 9, "number"), Column("Họ và tên", 38), Column("Chức vụ", 45), Column("Vai trò", 30),
        Column("Điện thoại", 26), Column("Thư điện tử", 45), Column("Từ ngày", 22, "date"),
        Column("Đến ngày", 22, "date"),
    )
    return Listing("staff", "DANH SÁCH CÁN BỘ", f"Cán bộ và vai trò trong công tác {workspace_topic(session)}",
                   columns=columns, rows=tuple(rows), landscape=True, **_header(session, today))


def training_listing(
    session: Session, today: dt.date, *, year: int | None = None, start: dt.date | None = None,
    end: dt.date | None = None,
) -> Listing:
    if year:
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    trainings = sorted(list_trainings(session, start, end), key=lambda t: (t.start_date, t.id))
    rows = [
        (
            number, t.title, label(TRAINING_KIND_LABELS, t.kind),
            ", ".join(label(TRAINING_TOPIC_LABELS, topic) for topic in (t.topics or [])),
            t.start_date, t.end_date, t.hours, label(TRAINING_MODE_LABELS, t.mode), t.place, t.organiser,
            len(t.participants) + t.external_participants,
        )
        for number, t in enumerate(trainings, start=1)
    ]
    columns = (
        Column("TT", 9, "number"), Column("Nội dung", 60), Column("Hình thức", 26), Column("Chủ đề", 30),
        Column("Từ ngày", 21, "date"), Column("Đến ngày", 21, "date"), Column("Số giờ", 13, "number"),
        Column("Cách học", 18), Column("Địa điểm", 32), Column("Đơn vị tổ chức", 34), Column("Số người", 14, "number"),
    )
    subtitle = "Các lớp tập huấn, bồi dưỡng"
    if year:
        subtitle += f" năm {year}"
    elif start and end:
        subtitle += f" từ ngày {start.strftime('%d/%m/%Y')} đến ngày {end.strftime('%d/%m/%Y')}"
    return Listing("training", "DANH SÁCH TẬP HUẤN, BỒI DƯỠNG", subtitle, columns=columns, rows=tuple(rows),
                   landscape=True, **_header(session, today))


def make_listing(session: Session, kind: str, today: dt.date, **options: Any) -> Listing:
    if kind == "tasks":
        return task_listing(session, today, **options)
    if kind == "staff":
        return staff_listing(session, today)
    if kind == "training":
        return training_listing(session, today, **options)
    raise InvalidInputError(f"Không có danh sách “{kind}” (chọn một trong: {', '.join(KINDS)}).")
