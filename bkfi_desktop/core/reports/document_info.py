"""The document's identity on paper: its number ("Số: 05/BC-UBND"), date line and subject line."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bkfi_desktop.core.periods import Period
from bkfi_desktop.core.store.models import Report

DOCUMENT_KIND = "BC"  # Báo cáo


@dataclass(frozen=True)
class DocumentInfo:
    uuid: str
    number: int | None  # None on a draft preview: no number is consumed
    number_text: str  # "05/BC-UBND"
    issued_on: dt.date
    subject: str  # trích yếu, without "BÁO CÁO"

    @property
    def number_line(self) -> str:
        return f"Số: {self.number_text}"


def format_number_text(number: int | None, prefix: str, kind: str = DOCUMENT_KIND) -> str:
    """ "05/BC-UBND" (kind "KH" for a plan): numbers below 10 get a leading 0; a draft leaves room for the number."""
    clean_prefix = unicodedata.normalize("NFC", prefix.strip()) or "UBND"
    shown = f"{number:02d}" if number is not None else "    "
    return f"{shown}/{kind}-{clean_prefix}"


def format_date_line(place: str, day: dt.date) -> str:
    """ "Đức Xuân, ngày 05 tháng 01 năm 2025": day < 10 and months 1–2 get a leading 0 (Nghị định 30)."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    text = f"ngày {day.day:02d} tháng {month} năm {day.year}"
    place = place.strip()
    return unicodedata.normalize("NFC", f"{place}, {text}" if place else text.capitalize())


def default_subject(period: Period, topic: str = "thông tin đối ngoại") -> str:
    """The report's title: its plan's topic ("chuyển đổi số" for a plan on digital transformation)."""
    return f"Kết quả thực hiện công tác {topic} {period.label_vi}"


def next_number(session: Session, year: int) -> int:
    """The next document number of the calendar year: one more than any number ever given that year.

    Reports that received a number are never deleted, so a number once issued is never handed out again.
    """
    highest = session.scalar(select(func.max(Report.number)).where(Report.year == year))
    return int(highest or 0) + 1
