"""How every workbook we write lays a sheet out for print, said once and applied by either library.

The report appendix is written with XlsxWriter (speed, see report_appendix.py); the compiling office's
workbook, the printable lists and the task template with openpyxl. What they share is this layout:
title lines above the table, the heading row(s) with their column widths, and the print setup — A4,
one page wide (as many pages tall as needed), centred, the heading rows repeated on every printed page
and frozen on screen, Times New Roman. A `SheetLayout` says it; `sheet_openpyxl` and
`sheet_xlsxwriter` apply it. The rows below the headings stay each workbook's own business.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

FONT_NAME = "Times New Roman"
DATE_FORMAT = "dd/mm/yyyy"
# Text starting with one of these would be a formula if written as is: it is stored as text.
FORMULA_TRIGGERS = ("=", "+", "-", "@")
A4 = 9  # the paper size code of both libraries (ECMA-376)


@dataclass(frozen=True)
class Column:
    heading: str
    width: float  # in characters, as Excel measures column widths


@dataclass(frozen=True)
class Text:
    """A line above the table (the sheet's title, a note, the agency's name)."""

    text: str
    size: float = 12
    bold: bool = False
    italic: bool = False


def title_line(text: str) -> Text:
    return Text(text, 13, bold=True)


def note_line(text: str) -> Text:
    return Text(text, 12, italic=True)


@dataclass(frozen=True)
class Headings:
    """How the column headings look: bold, bordered, wrapped and centred."""

    size: float = 12
    vertical: str = "center"  # "center" or "top"
    fill: str | None = None  # background colour, "RRGGBB"


@dataclass(frozen=True)
class Print:
    landscape: bool = True
    margins: tuple[float, float, float, float] | None = None  # left, right, top, bottom in inches; None: default
    footer: str = ""  # centred page footer, e.g. "Trang &P/&N"


@dataclass(frozen=True)
class SheetLayout:
    name: str
    columns: Sequence[Column]
    titles: Sequence[Text] = ()  # rows 1, 2 … above the headings
    header_row: int = 0  # 1-based row of the headings; 0: just below the titles
    header_rows: int = 1  # heading rows repeated on every printed page and frozen above the data
    headings: Headings = field(default_factory=Headings)
    print: Print = field(default_factory=Print)

    @property
    def heading_row(self) -> int:
        return self.header_row or len(self.titles) + 1

    @property
    def first_data_row(self) -> int:
        """1-based: the first row below the headings (where the panes are frozen)."""
        return self.heading_row + self.header_rows
