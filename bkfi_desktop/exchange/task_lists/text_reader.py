"""Read a plan saved as plain text (.txt): UTF-8, UTF-8/UTF-16 with a BOM, or an old Windows code page."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from bkfi_desktop.core.plan_data import PlanData
from bkfi_desktop.exchange import text_budget
from bkfi_desktop.exchange.task_lists.doc_body import DocLine
from bkfi_desktop.exchange.task_lists.document import plan_from_document
from bkfi_desktop.exchange.task_lists.legacy_text import LegacyRepair
from bkfi_desktop.exchange.task_lists.pdf_text import continues_sentence, drop_page_furniture, join_wrapped
from bkfi_desktop.exchange.task_lists.sniff import MAX_ROWS, file_error

# A line that starts a new paragraph even without a blank line before it.
_STARTS_PARAGRAPH = re.compile(
    r"^\s*(?:[-–—+•*·]\s|\d{1,2}(?:\.\d{1,2})*\s*[.)]\s|[a-zđ]\)\s|(?=[IVX])(?:X{0,3})(?:IX|IV|V?I{0,3})\.\s|Số\s*:|Nơi nhận|(?:TM|KT|Q|TL|TUQ)\.\s)"
)


def decode_text(path: Path, data: bytes) -> tuple[str, str]:
    """(text, encoding used). BOMs first, then strict UTF-8, then UTF-16 without BOM, then cp1258."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise file_error(path, f"bị hỏng: không đọc được văn bản theo bảng mã {encoding.upper()}.") from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if data[1::2].count(0) > len(data) // 4:
        try:
            return data.decode("utf-16-le"), "utf-16-le"
        except UnicodeDecodeError:
            pass
    latin = data.decode("cp1252", errors="replace")
    legacy = LegacyRepair.for_sample([latin[:20000]], [])
    if legacy.enabled:
        return latin, "cp1252"  # TCVN3/VNI bytes read as Latin-1; converted by the caller
    return data.decode("cp1258", errors="replace"), "cp1258"


def paragraphs_from_text(text: str) -> list[str]:
    """Join hard-wrapped lines back into paragraphs; blank lines and list markers start new ones.

    Text pasted from a PDF also loses its page numbers and running headers, and a sentence broken
    before "- xã hội…" is joined again (see pdf_text).
    """
    paragraphs: list[str] = []
    current: list[str] = []
    lines = drop_page_furniture(text.replace("\f", "\n").replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    for raw in lines:
        line = raw.strip()
        if not line:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        starts = _STARTS_PARAGRAPH.match(line)
        if current and continues_sentence(current[-1], line) and (not starts or line.startswith(("-", "–"))):
            current[-1] = join_wrapped(current[-1], line)
            continue
        if current and (starts or current[-1].endswith((":", ";")) or _caps(line) or _caps(current[-1])):
            paragraphs.append(" ".join(current))
            current = []
        current.append(line)
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def _caps(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


def read_text_plan(path: Path) -> PlanData:
    data = path.read_bytes()
    text, _encoding = decode_text(path, data)
    if not text.strip():
        raise file_error(path, "không có nội dung (chỉ có khoảng trắng).")
    text_budget.check_text_lines(path, text)  # a line of megabytes costs the paragraph rules minutes
    legacy = LegacyRepair.for_sample([text[:20000]], [])
    paragraphs = [legacy.repair(p) for p in paragraphs_from_text(text)]
    if len(paragraphs) > MAX_ROWS:
        raise file_error(path, f"có hơn {MAX_ROWS:,} đoạn văn; hãy tách kế hoạch ra tệp nhỏ hơn.".replace(",", "."))
    lines = [DocLine(paragraph, f"đoạn {n}") for n, paragraph in enumerate(paragraphs, 1)]
    plan = plan_from_document(path, lines, [])
    plan.warnings = legacy.warnings(path.name) + plan.warnings
    plan.converted_from = legacy.converted_from
    return plan
