"""Read a plan document (.docx): paragraphs and tables in body order.

List numbering and bullets are rebuilt as text; runs in ".VnTime"/"VNI-Times" fonts are
converted run by run (the font decides TCVN3 capitals); tables become grids for the table reader,
and tables that hold no tasks (the heading block, the signature block) are read as lines.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml.etree import XMLSyntaxError

from bkfi_desktop.core.plan_data import PlanData
from bkfi_desktop.exchange import office_budget
from bkfi_desktop.exchange.task_lists.continued import continues
from bkfi_desktop.exchange.task_lists.doc_body import DocLine
from bkfi_desktop.exchange.task_lists.document import plan_from_document
from bkfi_desktop.exchange.task_lists.docx_numbering import ListMarkers
from bkfi_desktop.exchange.task_lists.grid import ACROSS, DOWN, Grid, find_header
from bkfi_desktop.exchange.task_lists.legacy_text import LegacyRepair
from bkfi_desktop.exchange.task_lists.sniff import MAX_ROWS, file_error

_CORRUPT = (zipfile.BadZipFile, zlib.error, KeyError, ParseError, XMLSyntaxError, PackageNotFoundError,
            ValueError, EOFError, OSError, AttributeError, IndexError, TypeError)


def read_docx(path: Path) -> PlanData:
    office_budget.check_docx(path)  # bombs, absurd spans and deep nesting refused before python-docx
    try:
        document = docx.Document(str(path))
        blocks = list(document.iter_inner_content())
    except _CORRUPT as exc:
        raise file_error(path, "bị hỏng, không mở được bằng Word (có thể tải về chưa xong); hãy lấy lại tệp gốc.") from exc
    try:
        legacy = _legacy_for(blocks)
        reader = _BlockReader(path, document, legacy)
        for block in blocks:
            reader.read(block)
    except _CORRUPT as exc:
        raise file_error(path, "bị hỏng: một phần nội dung không đọc được; hãy lấy lại tệp gốc.") from exc
    plan = plan_from_document(path, reader.lines, reader.grids)
    plan.warnings = legacy.warnings(path.name) + plan.warnings
    plan.converted_from = legacy.converted_from
    return plan


def _paragraphs_of(blocks: list[Any]) -> list[Paragraph]:
    out: list[Paragraph] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            out.append(block)
        elif isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    out.extend(cell.paragraphs)
    return out


def _run_font(run: Any, paragraph: Paragraph) -> str | None:
    name = run.font.name
    style = paragraph.style
    while name is None and style is not None:
        name = style.font.name
        style = style.base_style
    return name


def _legacy_for(blocks: list[Any]) -> LegacyRepair:
    sample: list[str] = []
    fonts: list[str | None] = []
    for paragraph in _paragraphs_of(blocks)[:400]:
        for run in paragraph.runs:
            fonts.append(_run_font(run, paragraph))
        if not paragraph.text.isascii():
            sample.append(paragraph.text)
    return LegacyRepair.for_sample(sample[:200], fonts)


def _all_bold(paragraphs: list[Paragraph]) -> bool:
    runs = [run for paragraph in paragraphs for run in paragraph.runs if run.text.strip()]
    return bool(runs) and all(_run_bold(run, paragraph) for paragraph in paragraphs for run in paragraph.runs
                              if run.text.strip())


def _run_bold(run: Any, paragraph: Paragraph) -> bool:
    if run.bold is not None:
        return bool(run.bold)
    style = paragraph.style
    while style is not None:
        if style.font.bold is not None:
            return bool(style.font.bold)
        style = style.base_style
    return False


class _BlockReader:
    def __init__(self, path: Path, document: Any, legacy: LegacyRepair) -> None:
        self.path = path
        self.legacy = legacy
        self.markers = ListMarkers(document)
        self.lines: list[DocLine] = []
        self.grids: list[Grid] = []
        self.paragraph_count = 0

    def text_of(self, paragraph: Paragraph) -> str:
        if self.legacy.enabled:
            text = "".join(self.legacy.repair(run.text, _run_font(run, paragraph)) for run in paragraph.runs)
        else:
            text = self.legacy.repair_stray(paragraph.text, f"đoạn {self.paragraph_count}")
        marker = self.markers.marker(paragraph)
        return f"{marker}{text}" if marker and text.strip() else text

    def read(self, block: Any) -> None:
        if isinstance(block, Paragraph):
            self.paragraph_count += 1
            if self.paragraph_count > MAX_ROWS:
                raise file_error(self.path, f"có hơn {MAX_ROWS:,} đoạn văn; hãy tách ra tệp nhỏ hơn.".replace(",", "."))
            self.lines.append(DocLine(self.text_of(block), f"đoạn {self.paragraph_count}"))
        elif isinstance(block, Table):
            self._table(block)

    def _table(self, table: Table) -> None:
        name = f"bảng {len(self.grids) + 1}"
        grid = Grid(name=name, rows=[])
        previous: list[Any] = []
        for r, row in enumerate(table.rows):
            if r >= MAX_ROWS:
                raise file_error(self.path, f"có bảng hơn {MAX_ROWS:,} dòng; hãy tách ra tệp nhỏ hơn.".replace(",", "."))
            texts: list[str] = []
            elements = []
            for c, cell in enumerate(row.cells):
                tc = cell._tc
                elements.append(tc)
                if c > 0 and tc is elements[c - 1]:
                    grid.fills[(r, c)] = ACROSS
                elif c < len(previous) and tc is previous[c]:
                    grid.fills[(r, c)] = DOWN
                texts.append("\n".join(self.text_of(p) for p in cell.paragraphs).strip())
                if texts[-1] and grid.fills.get((r, c)) is None and _all_bold(cell.paragraphs):
                    grid.bold_cells.add((r, c))
            grid.rows.append(texts)
            previous = elements
        continuation = continues(self.grids[-1] if self.grids else None, grid)
        self.grids.append(grid)
        if find_header(grid) is None and not continuation:
            for row_texts in grid.rows:  # heading or signature block laid out in a table
                for text in dict.fromkeys(row_texts):
                    for line in text.split("\n"):
                        self.lines.append(DocLine(line, name))
