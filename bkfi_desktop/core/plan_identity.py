"""Which stored plan an imported file belongs to.

A plan is known by its issuer, số/ký hiệu and date when the file says them, else by its title. One
plan often arrives as several files (the plan text, its Excel appendix, a signed PDF later) that say
different parts of this: the appendix names the plan only in its "(Kèm theo Kế hoạch số …)" line,
a draft has a blank number. So the match also weighs how many tasks the file shares with each plan,
and says why, so a person can confirm an uncertain match (update plan X / new plan).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import TYPE_CHECKING

from bkfi_desktop.core.plan_data import PlanData
from bkfi_desktop.textvn.folding import fold_for_match
from bkfi_desktop.textvn.normalize import clean_text

if TYPE_CHECKING:  # the database only where it is queried: a compile uses without_locality, not SQL
    from sqlalchemy.orm import Session

    from bkfi_desktop.core.store.models import Plan

# Files whose tasks come from a table (the appendix); the others are the plan's text.
TABLE_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".csv")


@dataclass
class PlanMatch:
    """The stored plan a file most likely belongs to, how sure we are and why (Vietnamese)."""

    plan_id: int | None = None
    plan_key: str = ""
    plan_title: str = ""
    certain: bool = False
    reasons: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "plan_id": self.plan_id,
            "plan_key": self.plan_key,
            "plan_title": self.plan_title,
            "certain": self.certain,
            "reasons": self.reasons,
        }


def is_table_source(source_name: str) -> bool:
    return PurePath(source_name or "").suffix.lower() in TABLE_SUFFIXES


def number_digits(number: str) -> str:
    """The numeric part of a số/ký hiệu ("125/KH-UBND" → "125"); "" for a blank template "/KH-UBND"."""
    head = (number or "").split("/")[0]
    return "".join(ch for ch in head if ch.isdigit())


def _folded_title(title: str) -> str:
    key = fold_for_match(clean_text(title))
    return key if len(key) >= 20 else ""  # "Kế hoạch" alone says nothing about which plan it is


def _shared_tasks(session: Session, plan: Plan, incoming: set[str]) -> tuple[int, int]:
    from sqlalchemy import select

    from bkfi_desktop.core.store.models import Task

    stored = {
        fold_for_match(content)
        for content in session.scalars(select(Task.content).where(Task.plan_id == plan.id, Task.withdrawn_at.is_(None)))
    }
    return len(stored & incoming), len(stored)


def match_plan(session: Session, data: PlanData) -> PlanMatch:
    """The best stored plan for `data`, certain or not; PlanMatch() (no plan) when none fits."""
    from sqlalchemy import select

    from bkfi_desktop.core.store.models import Plan

    plans = list(session.scalars(select(Plan).order_by(Plan.id)))
    if not plans:  # a new workspace: nothing to match, so no task text to fold
        return PlanMatch()
    incoming = {fold_for_match(clean_text(task.content)) for group in data.groups for task in group.tasks}
    digits = number_digits(data.number)
    title = _folded_title(data.title)
    issuer = fold_for_match(data.issuer)
    best: tuple[int, PlanMatch] | None = None
    for plan in plans:
        if plan.key == data.key:
            return PlanMatch(plan.id, plan.key, plan.title, True, ["cùng mã kế hoạch"])
        reasons: list[str] = []
        score = 0
        plan_digits = number_digits(plan.number)
        plan_issuer = fold_for_match(plan.issuer)
        # Two different numbers, or two different issuers, are two different plans.
        if digits and plan_digits and digits != plan_digits:
            continue
        if issuer and plan_issuer and issuer != plan_issuer:
            continue
        if data.issued_on and plan.issued_on and data.issued_on != plan.issued_on:
            continue
        if digits and digits == plan_digits:
            score += 3
            reasons.append(f"cùng số “{plan.number}”")
            if issuer and issuer == plan_issuer:
                score += 1
                reasons.append(f"cùng cơ quan ban hành “{plan.issuer}”")
            if data.issued_on and data.issued_on == plan.issued_on:
                score += 1
                reasons.append(f"cùng ngày {plan.issued_on:%d/%m/%Y}")
        if title and title == _folded_title(plan.title):
            score += 3
            reasons.append("cùng tên kế hoạch")
        shared, stored = _shared_tasks(session, plan, incoming)
        smaller = min(len(incoming), stored) or 1
        if shared:
            reasons.append(f"{shared}/{len(incoming)} nhiệm vụ trùng nội dung với kế hoạch này")
        if shared * 2 >= smaller and shared >= 2:
            score += 3
        elif shared * 5 >= smaller and shared >= 1:
            score += 1
        if score == 0:
            continue
        if data.year and plan.year and data.year != plan.year:
            reasons.append(f"nhưng khác năm ({plan.year} và {data.year})")
            score -= 1
        # Sure when the file names the same numbered plan (with its date or issuer), when its title
        # is the plan's, or when most of its tasks are the plan's and nothing contradicts it.
        certain = score >= 4 or (score >= 3 and not (data.year and plan.year and data.year != plan.year))
        match = PlanMatch(plan.id, plan.key, plan.title, certain, reasons)
        if best is None or score > best[0]:
            best = (score, match)
    return best[1] if best else PlanMatch()


def same_kind_as_plan(plan: Plan, data: PlanData) -> bool:
    """A file of the same kind as the plan's last one (appendix after appendix, text after text)
    replaces its list; a file of the other kind complements it."""
    if not plan.source_name:
        return True
    return is_table_source(plan.source_name) == is_table_source(data.source_name)


_LOCALITY_TAIL = re.compile(r"\s+(thành phố|huyện|thị xã|quận|tỉnh)$")
_DEPARTMENT_HEADS = ("phòng ", "ban ", "trung tâm ", "văn phòng ", "công an ", "đội ", "thanh tra ")


def without_locality(name: str) -> str:
    """"Phòng Văn hoá và Thông tin thành phố" → "Phòng Văn hoá và Thông tin": a plan's text names its
    departments with the issuer's locality, its appendix often without; both are one unit."""
    folded = fold_for_match(name)
    if not folded.startswith(_DEPARTMENT_HEADS) or "," in folded or folded.startswith("các "):
        return ""
    stripped = _LOCALITY_TAIL.sub("", folded)
    return stripped if stripped != folded and len(stripped.split()) >= 3 else ""
