"""The parts of a plan document around its tasks: the heading (số, date, issuer, title, basis)
and the end (recipients, signer).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bkfi_desktop.exchange.task_lists.plan_header import (
    PlanHeader,
    is_agency_line,
    is_motto,
    number_from_line,
    place_and_date,
)
from bkfi_desktop.exchange.task_lists.refine import is_tail_text
from bkfi_desktop.textvn.folding import fold_for_search
from bkfi_desktop.textvn.normalize import clean_line

_BASIS_STARTS = ("can cu", "thuc hien", "de ", "nham ", "theo ", "tren co so", "thi hanh", "trien khai chi dao")
_DOC_TYPES = ("ke hoach",)
_TAIL_STARTS = ("tren day la", "noi nhan")
_SIGNER_PREFIX = re.compile(r"^(TM|KT|Q|TL|TUQ)\.\s*", re.IGNORECASE)


@dataclass
class DocumentFront:
    header: PlanHeader = field(default_factory=PlanHeader)
    basis: str = ""
    recipients: list[str] = field(default_factory=list)
    signer: dict[str, Any] | None = None


def fold(text: str) -> str:
    return " ".join(fold_for_search(text).replace("-", " ").split())


def is_tail_start(line: str) -> bool:
    """ "Trên đây là…", "Nơi nhận:", or a signing block with neither before it ("TM. ỦY BAN NHÂN DÂN")."""
    return fold(line).startswith(_TAIL_STARTS) or is_tail_text(line)


def read_front(lines: list[str]) -> DocumentFront:
    """Heading lines before the first section: number, place and date, agencies, title, basis."""
    front = DocumentFront()
    header = front.header
    agencies: list[str] = []
    title: list[str] = []
    basis: list[str] = []
    state = "top"
    for raw in lines:
        line = clean_line(raw)
        if not line:
            continue
        folded = fold(line)
        number = number_from_line(line) if state == "top" else None
        if number is not None:
            header.number = header.number or number
            continue
        dated = place_and_date(line) if state == "top" else None
        if dated:
            header.place, header.issued_on, header.year = dated
            continue
        if state == "top":
            if folded in _DOC_TYPES:
                state = "title"
            elif is_agency_line(line):
                agencies.append(line)
            elif not is_motto(line) and not set(line) <= set("-_=*. "):
                # A document without "KẾ HOẠCH" on its own line: the first long line is the title.
                if len(line) > 40 and folded.startswith(_DOC_TYPES):
                    title.append(re.sub(r"^\s*KẾ HOẠCH\s*[:\-–]?\s*", "", line, flags=re.IGNORECASE))
                    state = "basis"
            continue
        if state == "title":
            if title and (folded.startswith(_BASIS_STARTS) or len(title) >= 3 or not _continues(title[-1], line)):
                state = "basis"
            else:
                title.append(line)
                continue
        if not set(line) <= set("-_=*. "):
            basis.append(line)
    header.title = " ".join(title)
    if agencies:
        header.parent_agency = agencies[0] if len(agencies) > 1 else ""
        header.issuer = agencies[-1]
    front.basis = "\n".join(basis)
    return front


def _continues(previous: str, line: str) -> bool:
    """A title split over two paragraphs: the second starts in lower case or the first is cut mid-phrase."""
    return line[:1].islower() or not previous.rstrip().endswith((".", ":", ";"))


def read_tail(lines: list[str], front: DocumentFront) -> None:
    """Recipients ("Nơi nhận:" then "- …;" lines) and the signing block after them."""
    signer: dict[str, Any] = {}
    in_recipients = False
    for raw in lines:
        line = clean_line(raw)
        if not line:
            continue
        folded = fold(line)
        if folded.startswith("noi nhan"):
            in_recipients = True
            rest = line.split(":", 1)[1].strip() if ":" in line else ""
            if rest:
                front.recipients.append(rest.lstrip("-– ").rstrip(";./ "))
            continue
        if in_recipients and line.startswith(("-", "–", "•")):
            front.recipients.append(line.lstrip("-–• ").rstrip(";./ ").strip())
            continue
        if in_recipients and line.endswith(":"):
            continue  # "Gửi điện tử:", "Gửi bản giấy:"
        if folded.startswith("tren day la") or folded.startswith(("da ky", "(da ky")):
            continue
        prefix = _SIGNER_PREFIX.match(line)
        if prefix:
            key = "authority" if prefix.group(1).upper() == "TM" else "delegation"
            signer.setdefault(key, line)
            continue
        letters = [ch for ch in line if ch.isalpha()]
        if letters and all(ch.isupper() for ch in letters) and len(line) < 60:
            signer.setdefault("position", line)
        elif signer and len(line.split()) <= 6 and line[:1].isupper():
            signer["name"] = line
    if signer:
        front.signer = signer
