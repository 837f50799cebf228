"""The plan's identity as written above its text or table: số/ký hiệu, place and date, issuer, title.

A document has "Số: 123/KH-UBND", "Bắc Kạn, ngày 05 tháng 6 năm 2024", the issuing body in
capitals and a title under "KẾ HOẠCH"; an Excel appendix has "PHỤ LỤC", a title and "(Kèm theo Kế
hoạch số 123/KH-UBND ngày 05/6/2024 của …)". Both give the same plan key, so the appendix and the
document of one plan, and every later version of either, land on the same plan.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass

from bkfi_desktop.textvn.dates import make_date, parse_date_vn
from bkfi_desktop.textvn.folding import fold_for_search
from bkfi_desktop.textvn.normalize import clean_line

_NUMBER_LINE = re.compile(r"^\s*Số\s*:\s*(?P<number>[\w\s./\-–Đđ]{0,40}/[\w.\-–Đđ]+)\s*$", re.IGNORECASE)
_PLACE_DATE = re.compile(
    r"^\s*(?P<place>[^,]{2,60}),\s*ngày\s*(?P<day>\d{1,2})?[\s./-]*(?:tháng\s*)?(?P<month>\d{1,2})?"
    r"[\s./-]*(?:năm\s*)?(?P<year>\d{4})\s*\.?\s*$",
    re.IGNORECASE,
)
_APPENDIX = re.compile(
    r"Kèm\s+theo\s+(?:Kế\s+hoạch|KH)\s+(?:số\s*:?\s*)?(?P<number>[\w\s.\-–Đđ]{0,20}/\s*[\w.\-–Đđ]+)?"
    r"(?:\s*,?\s*ngày\s+(?P<date>\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}"
    r"|[\s/.]*(?:tháng)?[\s/.]*(?:năm)?\s*(?P<year>\d{4})))?"
    r"(?:\s*(?:của|do)\s+(?P<issuer>[^)]+))?",
    re.IGNORECASE,
)
_MOTTO = ("cong hoa xa hoi chu nghia viet nam", "doc lap tu do hanh phuc")
_AGENCY_WORDS = ("uy ban", "ubnd", "hoi dong", "so ", "phong ", "ban ", "van phong", "thanh uy", "tinh uy",
                 "huyen uy", "dang uy", "bo ", "cuc ", "trung tam", "mat tran", "cong an", "uy ban mat tran")
_TITLE_NOISE = re.compile(r"^(?:phu luc|bieu|mau|danh muc kem theo)\b[\s\dIVXivx.:-]*$")


@dataclass
class PlanHeader:
    number: str = ""
    issued_on: dt.date | None = None
    year: int | None = None
    place: str = ""
    issuer: str = ""
    parent_agency: str = ""
    title: str = ""


def number_from_line(line: str) -> str | None:
    """ "Số: 123/KH-UBND" → "123/KH-UBND" (also "Số:    /KH-UBND" of an unnumbered draft → "/KH-UBND")."""
    match = _NUMBER_LINE.match(line)
    return re.sub(r"\s+", "", match.group("number")) if match else None


def place_and_date(line: str) -> tuple[str, dt.date | None, int] | None:
    """ "TP. Bắc Kạn, ngày 05 tháng 6 năm 2024" → ("TP. Bắc Kạn", 2024-06-05, 2024); day may be blank."""
    match = _PLACE_DATE.match(line)
    if not match:
        return None
    year = int(match.group("year"))
    day, month = match.group("day"), match.group("month")
    issued = make_date(year, int(month), int(day)) if day and month else None
    return clean_line(match.group("place")), issued, year


def appendix_reference(line: str) -> PlanHeader | None:
    """ "(Kèm theo Kế hoạch số 123/KH-UBND ngày 05/6/2024 của UBND thành phố)" → its number, date, issuer."""
    match = _APPENDIX.search(line)
    if not match:
        return None
    header = PlanHeader(number=re.sub(r"\s+", "", match.group("number") or ""))
    date_text = match.group("date") or ""
    header.issued_on = parse_date_vn(re.sub(r"^ngày\s+", "", date_text.strip()))
    if header.issued_on:
        header.year = header.issued_on.year
    elif match.group("year"):
        header.year = int(match.group("year"))
    header.issuer = clean_line(match.group("issuer") or "").rstrip(" .)")
    return header


def is_motto(line: str) -> bool:
    folded = _fold(line)
    return any(folded.startswith(motto) for motto in _MOTTO)


def is_agency_line(line: str) -> bool:
    """An issuing-body line in capitals ("ỦY BAN NHÂN DÂN THÀNH PHỐ BẮC KẠN", "UBND TỈNH BẮC KẠN")."""
    letters = [ch for ch in line if ch.isalpha()]
    if len(letters) < 4 or not all(ch.isupper() for ch in letters) or is_motto(line):
        return False
    folded = _fold(line) + " "
    return any(folded.startswith(word) for word in _AGENCY_WORDS)


def header_from_title_rows(lines: list[str]) -> PlanHeader:
    """What the rows above a table's header say: agencies, title, the "(Kèm theo …)" reference."""
    header = PlanHeader()
    agencies: list[str] = []
    title: list[str] = []
    for raw in lines:
        line = clean_line(raw)
        if not line or set(line) <= set("-_=*. "):
            continue
        reference = appendix_reference(line) if "kem theo" in _fold(line) else None
        if reference:
            header.number = header.number or reference.number
            header.issued_on = header.issued_on or reference.issued_on
            header.year = header.year or reference.year
            header.issuer = header.issuer or reference.issuer
            continue
        number = number_from_line(line)
        if number:
            header.number = header.number or number
            continue
        dated = place_and_date(line)
        if dated:
            header.place = header.place or dated[0]
            continue
        if is_motto(line):
            continue
        if is_agency_line(line) and not title:
            agencies.append(line)
            continue
        if _TITLE_NOISE.match(_fold(line)):
            continue
        title.append(line)
    if agencies:
        header.parent_agency = agencies[0] if len(agencies) > 1 else ""
        header.issuer = header.issuer or agencies[-1]
    header.title = " ".join(title)
    return header


def plan_key(number: str, year: int | None, title: str, fallback: str) -> str:
    """A stable key: from số/ký hiệu (and year) when the plan is numbered, else from the title."""
    number_part = number.split("/")[0] if "/" in number else ""
    if any(ch.isdigit() for ch in number_part):
        return _slug(f"kh {number} {year or ''}")[:120]
    basis = title or fallback
    folded = _fold(basis)
    digest = hashlib.sha1(folded.encode("utf-8")).hexdigest()[:8]
    return f"{_slug(folded)[:100].rstrip('-')}-{digest}"


def _slug(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "-", _fold(text)).strip("-")


def _fold(text: str) -> str:
    return " ".join(fold_for_search(text).replace("-", " ").replace("–", " ").split())
