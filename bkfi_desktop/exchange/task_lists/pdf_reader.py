"""Read a plan sent as a PDF (the document system's signed copy): text with its layout, and tables.

pdfplumber gives words with their positions. Words on one line are split where a wide gap
separates two columns (the heading's agency | motto, the "Nơi nhận" | signer block), so each
column reads as its own line; lines are joined into paragraphs by the layout a reader sees (a
first-line indent or extra space starts a paragraph, a wrapped line continues it) and by the
sentence (see pdf_text). Tables are read like a Word table. Page numbers and running headers go.
A PDF with no text at all is a scan: one Vietnamese line says so. The issuer's signature is
checked with the same verifier as reports and stated in the preview.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

from bkfi_desktop.core.plan_data import PlanData
from bkfi_desktop.errors import InvalidInputError
from bkfi_desktop.exchange.task_lists.doc_body import DocLine
from bkfi_desktop.exchange.task_lists.document import plan_from_document
from bkfi_desktop.exchange.task_lists.grid import ACROSS, DOWN, Grid
from bkfi_desktop.exchange.task_lists.pdf_text import continues_sentence, is_page_number, join_wrapped
from bkfi_desktop.exchange.task_lists.refine import is_tail_text
from bkfi_desktop.exchange.task_lists.sniff import MAX_ROWS, file_error
from bkfi_desktop.exchange.task_lists.text_reader import _STARTS_PARAGRAPH
from bkfi_desktop.exchange.task_lists.unit_cells import looks_like_unit

MAX_PAGES = 300
_COLUMN_GAP = 24.0  # points between two words that belong to different columns
_SCANNED = ("là bản quét (ảnh), không có chữ để đọc; hãy xin bản Word (.docx), Excel (.xlsx) "
            "hoặc bản PDF có chữ của kế hoạch.")


@dataclass
class _Line:
    text: str
    x0: float
    top: float
    bottom: float
    page: int
    x1: float
    alone: bool  # the only column on its row (False in a two-column heading or signing block)


def read_pdf(path: Path) -> PlanData:
    import pdfplumber  # heavy: loaded only when a PDF is read

    try:
        pdf = pdfplumber.open(str(path))
    except Exception as exc:  # pdfminer raises many kinds for a damaged file
        raise _open_error(path, exc) from exc
    try:
        if len(pdf.pages) > MAX_PAGES:
            raise file_error(path, f"có hơn {MAX_PAGES} trang; không phải một kế hoạch thông thường.")
        lines: list[_Line] = []
        grids: list[Grid] = []
        for number, page in enumerate(pdf.pages, 1):
            tables = page.find_tables()
            for table in tables:
                grid = grid_from_cells(table.extract(), f"bảng {len(grids) + 1} (trang {number})")
                if grid.rows:
                    grids.append(grid)
            boxes = [table.bbox for table in tables]
            lines.extend(_page_lines(page, number, boxes))
            if len(lines) > MAX_ROWS:
                raise file_error(path, f"có hơn {MAX_ROWS:,} dòng; hãy tách kế hoạch ra tệp nhỏ hơn.".replace(",", "."))
    except InvalidInputError:
        raise
    except Exception as exc:
        if _password_error(exc):
            raise _open_error(path, exc) from exc
        raise file_error(path, "bị hỏng: một phần nội dung không đọc được; hãy lấy lại tệp gốc.") from exc
    finally:
        pdf.close()
    if not lines and not any(any(cell for cell in row) for grid in grids for row in grid.rows):
        raise file_error(path, _SCANNED)
    paragraphs = _paragraphs(_without_furniture(lines))
    plan = plan_from_document(path, [DocLine(text, where) for text, where in paragraphs], grids)
    signature = signature_line(path)
    if signature:
        plan.warnings.insert(0, signature)
    return plan


def _password_error(exc: BaseException) -> bool:
    """pdfminer's PDFPasswordIncorrect / PDFEncryptionError, possibly wrapped by pdfplumber."""
    seen: BaseException | None = exc
    while seen is not None:
        if "Password" in type(seen).__name__ or "Encryption" in type(seen).__name__:
            return True
        seen = seen.args[0] if seen.args and isinstance(seen.args[0], BaseException) else seen.__cause__
    return False


def _open_error(path: Path, exc: BaseException) -> InvalidInputError:
    if _password_error(exc):
        return file_error(path, "được đặt mật khẩu mở tệp; hãy xin bản không đặt mật khẩu của kế hoạch.")
    return file_error(path, "bị hỏng, không mở được như tệp PDF; hãy lấy lại tệp gốc.")


def grid_from_cells(cells: list[list[str | None]], name: str) -> Grid:
    """pdfplumber's rows, where None marks a cell covered by a merged one: a row with one text and
    nothing else is merged across (a group row); elsewhere None repeats the cell above (a unit
    merged down over several tasks), as Word's tables read."""
    grid = Grid(name=name, rows=[])
    for r, raw in enumerate(cells):
        row = [_join_cell_lines(cell or "") for cell in raw]
        texts = [c for c, cell in enumerate(raw) if cell is not None and cell.strip()]
        if len(texts) == 1 and all(cell is None for cell in raw[texts[0] + 1:]) and texts[0] <= 1 and len(raw) >= 3:
            for c in range(texts[0] + 1, len(raw)):
                row[c] = row[texts[0]]
                grid.fills[(r, c)] = ACROSS
        else:
            for c, cell in enumerate(raw):
                if cell is None and r > 0 and c < len(grid.rows[r - 1]) and grid.rows[r - 1][c]:
                    row[c] = grid.rows[r - 1][c]
                    grid.fills[(r, c)] = DOWN
        grid.rows.append(row)
    return grid


def _join_cell_lines(text: str) -> str:
    """A PDF cell's lines are mostly wraps: "Phòng Văn hóa và⏎Thông tin" is one name. A line stays
    apart when it starts a bullet, follows a ";", or starts another unit after a complete one (a
    line of one or two words, "Thành ủy", ends the name above)."""
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    out: list[str] = []
    for line in lines:
        if out and not (
            out[-1].endswith(";") or line.startswith(("-", "+", "•", "–"))
            or (looks_like_unit(line) and len(line.split()) >= 3 and not out[-1].endswith(("và", ",", "-", "–", "&")))
        ):
            out[-1] = join_wrapped(out[-1], line)
        else:
            out.append(line)
    return "\n".join(out)


def _page_lines(page: Any, number: int, boxes: list[tuple[float, float, float, float]]) -> list[_Line]:
    def outside(word: dict[str, Any]) -> bool:
        return not any(x0 - 1 <= word["x0"] and word["x1"] <= x1 + 1 and top - 1 <= word["top"] and word["bottom"]
                       <= bottom + 1 for x0, top, x1, bottom in boxes)

    words = [word for word in page.extract_words(keep_blank_chars=False, use_text_flow=False) if outside(word)]
    rows: list[list[dict[str, Any]]] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if rows and abs(rows[-1][0]["top"] - word["top"]) <= 2.5:
            rows[-1].append(word)
        else:
            rows.append([word])
    out: list[_Line] = []
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        gaps = sorted(b["x0"] - a["x1"] for a, b in pairwise(row))
        usual = gaps[len(gaps) // 2] if gaps else 0.0
        # Two columns on one row: a gap far wider than the row's word spacing (justified lines
        # widen every gap alike), or simply a wide one.
        split_at = min(_COLUMN_GAP, max(8.0, usual * 3))
        segments: list[list[dict[str, Any]]] = [[row[0]]]
        for word in row[1:]:
            if word["x0"] - segments[-1][-1]["x1"] > split_at:
                segments.append([word])
            else:
                segments[-1].append(word)
        for segment in segments:
            text = " ".join(word["text"] for word in segment)
            out.append(_Line(text, segment[0]["x0"], min(w["top"] for w in segment),
                             max(w["bottom"] for w in segment), number, segment[-1]["x1"], len(segments) == 1))
    return out


def _without_furniture(lines: list[_Line]) -> list[_Line]:
    """Drop page numbers and running headers: the first or last line of a page that is a page
    number, or a line repeated at the same place on several pages."""
    at_edges: set[int] = set()
    by_page: dict[int, list[int]] = {}
    for index, line in enumerate(lines):
        by_page.setdefault(line.page, []).append(index)
    for indexes in by_page.values():
        at_edges.update(indexes[:2] + indexes[-2:])
    repeated = Counter((" ".join(line.text.split()), round(line.top)) for line in lines)
    pages = len(by_page)
    kept = []
    for index, line in enumerate(lines):
        key = (" ".join(line.text.split()), round(line.top))
        if index in at_edges and (is_page_number(line.text) or (pages > 1 and repeated[key] >= 2)):
            continue
        kept.append(line)
    return kept


def _paragraphs(lines: list[_Line]) -> list[tuple[str, str]]:
    """Lines → (paragraph, "trang N") by indent, spacing and sentence."""
    margin = Counter(round(line.x0) for line in lines if line.alone).most_common(1)
    left = margin[0][0] if margin else 0
    heights = sorted(line.bottom - line.top for line in lines) or [12.0]
    height = heights[len(heights) // 2]
    right = max((line.x1 for line in lines if line.alone), default=0.0)
    out: list[tuple[str, str]] = []
    previous: _Line | None = None
    above: list[tuple[int, _Line]] = []  # the previous row's column pieces, with their place in out
    for line in lines:
        text = line.text.strip()
        if not line.alone:
            wrapped = _wrapped_heading(above, line)
            if wrapped is not None:  # "ỦY BAN NHÂN DÂN XÃ⏎NA RÌ" in the heading's left column
                out[wrapped] = (f"{out[wrapped][0]} {text}", out[wrapped][1])
                above = [(i, line if i == wrapped else piece) for i, piece in above]
                previous = line
                continue
        new = (
            previous is None or not line.alone or not previous.alone
            or (line.page == previous.page and line.top - previous.bottom > height * 0.6)
            or line.x0 > left + 8
            # "…: " or "…;" on a line that stops short of the margin ends its paragraph
            or (previous.x1 < right - 40 and out[-1][0].rstrip().endswith((":", ";")))
            or (_STARTS_PARAGRAPH.match(text) and not text.startswith(("- ", "– ")))
        )
        if not new and text.startswith(("- ", "– ", "+ ")) and not continues_sentence(out[-1][0], text):
            new = True
        if new or not out:
            out.append((text, f"trang {line.page}"))
        else:
            out[-1] = (join_wrapped(out[-1][0], text), out[-1][1])
        if line.alone:
            above = []
        elif previous is not None and abs(previous.top - line.top) <= 2.5 and not previous.alone:
            above.append((len(out) - 1, line))
        else:
            above = [(len(out) - 1, line)]
        previous = line
    return out


def _caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _wrapped_heading(above: list[tuple[int, _Line]], line: _Line) -> int | None:
    """The paragraph a capitals line in a column continues: the capitals piece right above it in
    the same column (not the motto "CỘNG HÒA…", whose second line is "Độc lập - Tự do - Hạnh phúc")."""
    if not _caps(line.text) or is_tail_text(line.text):  # "KT. CHỦ TỊCH" under "TM. ỦY BAN…" stays apart
        return None
    for index, piece in above:
        same_column = piece.x0 - 20 <= line.x0 <= piece.x1 and line.x1 <= piece.x1 + 20
        if same_column and _caps(piece.text) and 0 < line.top - piece.bottom < (piece.bottom - piece.top) * 0.8 \
                and not piece.text.startswith(("CỘNG HÒA", "CỘNG HOÀ")) and not is_tail_text(piece.text):
            return index
    return None


def signature_line(path: Path) -> str:
    """ "Chữ ký số: Ký bởi …, hợp lệ" / "…, không kiểm tra được (…)"; "" for an unsigned PDF."""
    from bkfi_desktop.documents.signing.verify import verify_pdf

    try:
        report = verify_pdf(path)
    except Exception:  # a signature we cannot even read is stated, never a crash
        return f"Chữ ký số của tệp “{path.name}”: không kiểm tra được (không đọc được chữ ký)."
    if not report.signed and not report.signature_count:
        return ""
    who = report.signer_holder or "không rõ người ký"
    if report.signer_organisation:
        who = f"{who} ({report.signer_organisation})"
    when = f" lúc {report.signing_time.strftime('%H:%M %d/%m/%Y')}" if report.signing_time else ""
    head = f"Chữ ký số của tệp “{path.name}”: Ký bởi {who}{when}"
    if not report.intact or report.modified_after_signing:
        reason = report.problems[0] if report.problems else "nội dung đã bị thay đổi sau khi ký"
        return f"{head}, KHÔNG hợp lệ: {reason}"
    if report.trusted and report.covers_whole_document:
        return f"{head}, hợp lệ."
    reason = report.problems[0] if report.problems else "chứng thư không thuộc tổ chức tin cậy đã cài"
    return f"{head}, không kiểm tra được ({reason.rstrip('.')})."
