"""What a clerk edits on the detailed plan: its texts, number and date, budget estimates and own items.

One row per plan (table detailed_plan). A text left empty means "use the default", so improving the
defaults later reaches every plan nobody has rewritten.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bkfi_desktop.core import audit
from bkfi_desktop.core.detailed_plan import TEXT_KEYS, find_plan
from bkfi_desktop.core.store.models import DetailedPlan, Plan
from bkfi_desktop.errors import InvalidInputError
from bkfi_desktop.textvn.normalize import clean_line, clean_text

EXTRA_FIELDS = ("task", "content", "lead", "support", "deadline", "product", "budget")
MAX_AMOUNT = 10**13  # đồng; anything larger is a typing slip


@dataclass
class PlanSettings:
    plan_key: str
    texts: dict[str, str] = field(default_factory=dict)  # only what the clerk wrote
    budget: dict[str, int] = field(default_factory=dict)  # task code -> đồng
    extra_items: list[dict[str, Any]] = field(default_factory=list)
    number: int | None = None
    issued_on: dt.date | None = None


def _row(session: Session, plan_id: int, create: bool) -> DetailedPlan | None:
    row = session.scalar(select(DetailedPlan).where(DetailedPlan.plan_id == plan_id))
    if row is None and create:
        row = DetailedPlan(plan_id=plan_id, uuid=str(uuid.uuid4()))
        session.add(row)
        session.flush()
    return row


def load_settings(session: Session, plan_key: str | None = None) -> PlanSettings:
    plan = find_plan(session, plan_key)
    row = _row(session, plan.id, create=False)
    if row is None:
        return PlanSettings(plan.key)
    return PlanSettings(
        plan.key,
        texts=dict(row.texts or {}),
        budget={str(k): int(v) for k, v in (row.budget or {}).items()},
        extra_items=list(row.extra_items or []),
        number=row.number,
        issued_on=row.issued_on,
    )


def parse_amount(text: str | int | None, where: str) -> int | None:
    """ "1.500.000", "1 500 000", "1500000 đ" → 1500000; empty → None; anything else refused in Vietnamese."""
    if text is None:
        return None
    if isinstance(text, int):
        value = text
    else:
        cleaned = str(text).strip().lower().removesuffix("đồng").removesuffix("đ").strip()
        cleaned = cleaned.replace(".", "").replace(" ", "").replace("\u00a0", "").replace(",", "")
        if not cleaned:
            return None
        if not cleaned.isdigit():
            raise InvalidInputError(f"Kinh phí {where} phải là số tiền (đồng), ví dụ 1.500.000; không phải “{text}”.")
        value = int(cleaned)
    if value < 0 or value > MAX_AMOUNT:
        raise InvalidInputError(f"Kinh phí {where} không hợp lệ: {value}.")
    return value or None


def save_settings(session: Session, settings: PlanSettings) -> PlanSettings:
    """Store everything the clerk edited, whole (one transaction: the caller's)."""
    plan = find_plan(session, settings.plan_key)
    unknown = set(settings.texts) - set(TEXT_KEYS)
    if unknown:
        raise InvalidInputError(f"Không có mục “{sorted(unknown)[0]}” trong kế hoạch chi tiết.")
    if settings.number is not None and not 1 <= settings.number <= 99999:
        raise InvalidInputError(f"Số văn bản phải là số nguyên dương, không phải {settings.number}.")
    texts = {key: clean_text(value) for key, value in settings.texts.items() if clean_text(value)}
    budget = {}
    for code, amount in settings.budget.items():
        value = parse_amount(amount, f"của nhiệm vụ {code}")
        if value:
            budget[str(code).strip()] = value
    items = []
    for index, item in enumerate(settings.extra_items, start=1):
        clean = {key: clean_line(str(item.get(key) or "")) for key in EXTRA_FIELDS if key != "budget"}
        if not any(clean.values()) and not item.get("budget"):
            continue
        if not clean["task"]:
            raise InvalidInputError(f"Hoạt động bổ sung thứ {index} chưa có tên nhiệm vụ.")
        clean["budget"] = parse_amount(item.get("budget"), f"của hoạt động bổ sung thứ {index}")  # type: ignore[assignment]
        items.append(clean)
    row = _row(session, plan.id, create=True)
    assert row is not None
    row.texts, row.budget, row.extra_items = texts, budget, items
    row.number, row.issued_on = settings.number, settings.issued_on
    audit.record(session, "update", "detailed_plan", row.id, f"Cập nhật kế hoạch chi tiết thực hiện {plan.key}")
    session.flush()
    return load_settings(session, plan.key)


def plan_uuid(session: Session, plan_key: str | None) -> str:
    """The detailed plan's identity, kept across rebuilds so a receiving office sees one document."""
    plan = find_plan(session, plan_key)
    row = _row(session, plan.id, create=True)
    assert row is not None
    if not row.uuid:
        row.uuid = str(uuid.uuid4())
        session.flush()
    return row.uuid


def list_plans(session: Session) -> list[tuple[str, str]]:
    """(key, what a clerk reads) of every imported plan, newest first."""
    plans = session.scalars(select(Plan).order_by(Plan.id.desc()))
    def shown(plan: Plan) -> str:
        number = plan.number if plan.number and not plan.number.startswith("/") else ""  # "/KH-UBND": no number
        return " ".join(part for part in (number, plan.title[:90]) if part) or plan.key

    return [(plan.key, shown(plan)) for plan in plans]
