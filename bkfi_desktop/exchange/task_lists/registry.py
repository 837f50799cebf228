"""Which reader reads which task list: the one table a new import format is added to.

Each format says what it reads — the file name endings the file dialog offers, and the signature
its content is recognised by (a part inside an OOXML zip, the first bytes, or plain text) — and
names its reader as "module:function". `sniff.detect_format` judges a file by its content against
these signatures; `task_import.read_task_list` calls the reader of the format it found.

Readers are imported only when a file of their format is read: an Excel import (the common case)
does not wait for python-docx or the PDF library, and opening the file dialog imports no reader.

To add a format: write its reader module in this package (``read_x(path) -> PlanData``, refusing
bad files with ``sniff.file_error``) and add one ``TaskListFormat`` to ``FORMATS`` below.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bkfi_desktop.core.plan_data import PlanData

RowProgress = Callable[[int, int], None]  # (rows done, rows in all) while a workbook is read


@dataclass(frozen=True)
class TaskListFormat:
    kind: str  # short name: "xlsx", "docx", "pdf", "csv", "text"
    name: str  # how messages call it: "Excel", "Word"
    extensions: tuple[str, ...]  # lower case, with the dot; the first is the usual one
    reader: str  # "package.module:function", imported on first use
    zip_part: str | None = None  # an OOXML package holding this part ("xl/workbook.xml")
    magic: bytes | None = None  # the content starts with this (leading blanks ignored)
    text: bool = False  # plain text: chosen by extension; the first text format takes any other text
    sheets: bool = False  # a workbook: the reader takes sheet= and progress= (rows done, total)

    def read(self, path: Path, *, sheet: str | None = None, progress: RowProgress | None = None) -> PlanData:
        module, _, function = self.reader.partition(":")
        read = getattr(importlib.import_module(module), function)
        if self.sheets:
            return read(path, sheet=sheet, progress=progress)
        return read(path)


_HERE = "bkfi_desktop.exchange.task_lists"

# Order matters only among text formats (see TaskListFormat.text).
FORMATS: tuple[TaskListFormat, ...] = (
    TaskListFormat("xlsx", "Excel", (".xlsx", ".xlsm"), f"{_HERE}.xlsx_reader:read_xlsx",
                   zip_part="xl/workbook.xml", sheets=True),
    TaskListFormat("docx", "Word", (".docx",), f"{_HERE}.docx_reader:read_docx", zip_part="word/document.xml"),
    TaskListFormat("pdf", "PDF", (".pdf",), f"{_HERE}.pdf_reader:read_pdf", magic=b"%PDF"),
    TaskListFormat("text", "văn bản", (".txt",), f"{_HERE}.text_reader:read_text_plan", text=True),
    TaskListFormat("csv", "CSV", (".csv", ".tsv"), f"{_HERE}.csv_reader:read_csv", text=True),
)

# Old Office formats no reader takes: offered in the file dialog so that choosing one gets the clear
# "save it again as .xlsx/.docx" message from sniff rather than no file at all.
ADVISED_EXTENSIONS = (".xls", ".doc")


def by_kind(kind: str) -> TaskListFormat:
    for fmt in FORMATS:
        if fmt.kind == kind:
            return fmt
    raise KeyError(kind)


def by_extension(suffix: str) -> TaskListFormat | None:
    suffix = suffix.lower()
    return next((fmt for fmt in FORMATS if suffix in fmt.extensions), None)


def by_zip_parts(names: Iterable[str]) -> TaskListFormat | None:
    """The format whose main part the zip holds (an .xlsx renamed .zip is still read as Excel)."""
    present = set(names)
    return next((fmt for fmt in FORMATS if fmt.zip_part and fmt.zip_part in present), None)


def zip_folders() -> tuple[str, ...]:
    """The top folders of the packages we read ("xl/", "word/"): a zip with them but not the main
    part is a damaged Excel/Word file rather than some other archive."""
    return tuple(f"{fmt.zip_part.split('/')[0]}/" for fmt in FORMATS if fmt.zip_part)


def by_magic(head: bytes) -> TaskListFormat | None:
    start = head.lstrip(b"\x00\t\r\n ")
    return next((fmt for fmt in FORMATS if fmt.magic and start.startswith(fmt.magic)), None)


def text_format(suffix: str) -> TaskListFormat:
    """The text format claiming this ending, else the first text format (plain text of any name)."""
    texts = [fmt for fmt in FORMATS if fmt.text]
    return next((fmt for fmt in texts if suffix.lower() in fmt.extensions), texts[0])


def package_extensions() -> tuple[str, ...]:
    """Endings that promise a zip package (.xlsx, .docx …) or an old Office file (.xls, .doc)."""
    return tuple(ext for fmt in FORMATS if fmt.zip_part for ext in fmt.extensions) + ADVISED_EXTENSIONS


def offered_extensions() -> tuple[str, ...]:
    """What the import wizard's file dialog offers: every format's endings and the advised old ones."""
    return tuple(dict.fromkeys(ext for fmt in FORMATS for ext in fmt.extensions)) + ADVISED_EXTENSIONS
