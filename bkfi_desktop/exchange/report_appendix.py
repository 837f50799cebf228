"""The report's Excel appendix: tasks, staff, trainings, activities and indicators, ready to print.

Each sheet prints on A4 landscape, fitted to the page width, with its header row repeated on every page
and frozen on screen. Dates are real dates shown dd/mm/yyyy and numbers are numbers. Text that starts
with = + - @ is stored as text (quote prefix), never as a formula: nothing typed by a clerk can run.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable, Sequence
from copy import copy
from dataclasses import dataclass
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from bkfi_desktop.core.reports.content import ReportContent
from bkfi_desktop.core.reports.document_info import DocumentInfo
from bkfi_desktop.core.vocabulary import TRAINING_KIND_LABELS, label

APPENDIX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DATE_FORMAT = "dd/mm/yyyy"
FONT_NAME = "Times New Roman"
FORMULA_TRIGGERS = ("=", "+", "-", "@")
HEADER_ROW = 3  # rows 1–2: title and window; row 3: column headings

_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_TITLE_FONT = Font(name=FONT_NAME, size=13, bold=True)
_NOTE_FONT = Font(name=FONT_NAME, size=12, italic=True)
_HEAD_FONT = Font(name=FONT_NAME, size=12, bold=True)
_CELL_FONT = Font(name=FONT_NAME, size=12)
_WRAP = Alignment(wrap_text=True, vertical="top")
_HEAD_ALIGN = Alignment(wrap_text=True, horizontal="center", vertical="center")


@dataclass(frozen=True)
class Column:
    heading: str
    width: float


class _CellMaker:
    """Cells for one sheet. Styles are set once on prototypes and copied: per-cell styling is too slow
    for 20,000 rows."""

    def __init__(self, sheet: WriteOnlyWorksheet) -> None:
        self.sheet = sheet
        self.text = self._prototype(_CELL_FONT)
        self.quoted = self._prototype(_CELL_FONT, quote=True)
        self.date = self._prototype(_CELL_FONT, number_format=DATE_FORMAT)

    def _prototype(self, font: Font, *, quote: bool = False, number_format: str | None = None) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.sheet)
        cell.font = font
        cell.border = _BORDER
        cell.alignment = _WRAP
        if quote:
            cell.quotePrefix = True
        if number_format:
            cell.number_format = number_format
        return cell

    def __call__(self, value: Any) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.sheet, value=value)
        if isinstance(value, str):
            cell.data_type = "s"  # never a formula, whatever the text starts with
            prototype = self.quoted if value.startswith(FORMULA_TRIGGERS) else self.text
        elif isinstance(value, dt.date):
            prototype = self.date
        else:
            prototype = self.text
        cell._style = copy(prototype._style)
        return cell


def _plain(sheet: WriteOnlyWorksheet, text: str, font: Font, alignment: Alignment | None = None) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"
    cell.font = font
    if alignment is not None:
        cell.alignment = alignment
        cell.border = _BORDER
    return cell


def _sheet(
    book: Workbook, title: str, heading: str, note: str, columns: Sequence[Column], rows: Iterable[Sequence[Any]]
) -> None:
    sheet = book.create_sheet(title)
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = 9  # A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.append([_plain(sheet, heading, _TITLE_FONT)])
    sheet.append([_plain(sheet, note, _NOTE_FONT)])
    sheet.append([_plain(sheet, column.heading, _HEAD_FONT, _HEAD_ALIGN) for column in columns])
    make = _CellMaker(sheet)
    for row in rows:
        sheet.append([make(value) for value in row])


def build_appendix(content: ReportContent, document: DocumentInfo) -> bytes:
    """The appendix workbook as .xlsx bytes."""
    book = Workbook(write_only=True)
    period = content.period
    note = (
        f"Kèm theo Báo cáo số {document.number_text} ngày {document.issued_on:%d/%m/%Y} "
        f"của {content.unit.unit_name}; thời gian chốt số liệu {period.window_vi}."
    )
    label_suffix = period.label_vi

    _sheet(
        book, "Nhiệm vụ", f"KẾT QUẢ THỰC HIỆN NHIỆM VỤ {label_suffix.upper()}", note,
        [Column("TT", 6), Column("Mã", 10), Column("Nhóm nhiệm vụ", 28), Column("Nhiệm vụ", 60),
         Column("Vai trò", 12), Column("Tình trạng", 16), Column("Tiến độ (%)", 10), Column("Kết quả", 45),
         Column("Thời hạn", 18), Column("Hạn hoàn thành", 14), Column("Hoạt động trong kỳ", 12)],
        (
            [n, t.code, t.group, t.content, t.role_label, t.status_label, t.progress, t.result,
             t.deadline_text, t.due_date, t.activities_in_window]
            for n, t in enumerate(content.tasks, start=1)
        ),
    )
    _sheet(
        book, "Cán bộ", "LÃNH ĐẠO, CÁN BỘ PHỤ TRÁCH CÔNG TÁC THÔNG TIN ĐỐI NGOẠI", note,
        [Column("TT", 6), Column("Họ và tên", 28), Column("Chức vụ", 32), Column("Vai trò", 24),
         Column("Từ ngày", 14), Column("Đến ngày", 14)],
        (
            [n, s.name, s.title, s.role_label, s.from_date, s.to_date]
            for n, s in enumerate(content.staff, start=1)
        ),
    )
    _sheet(
        book, "Tập huấn", f"TẬP HUẤN, BỒI DƯỠNG {label_suffix.upper()}", note,
        [Column("TT", 6), Column("Nội dung", 50), Column("Hình thức", 20), Column("Chủ đề", 26),
         Column("Từ ngày", 14), Column("Đến ngày", 14), Column("Số giờ", 10), Column("Số người", 10),
         Column("Địa điểm", 28), Column("Đơn vị tổ chức", 30)],
        (
            [n, t.title, label(TRAINING_KIND_LABELS, t.kind), ", ".join(t.topic_labels), t.start_date,
             t.end_date, t.hours, t.participants, t.place, t.organiser]
            for n, t in enumerate(content.trainings, start=1)
        ),
    )
    _sheet(
        book, "Hoạt động", f"HOẠT ĐỘNG THÔNG TIN ĐỐI NGOẠI {label_suffix.upper()}", note,
        [Column("TT", 8), Column("Ngày", 13), Column("Loại hoạt động", 28), Column("Số lượng", 10),
         Column("Nội dung", 70), Column("Nhiệm vụ", 10), Column("Đường dẫn", 40)],
        (
            [n, a.date, a.kind_label, a.quantity, a.title, a.task_code, a.link]
            for n, a in enumerate(content.activities, start=1)
        ),
    )
    totals_rows: list[list[Any]] = [
        [n, t.label, t.entries, t.quantity] for n, t in enumerate(content.activity_totals, start=1)
    ]
    totals_rows.append(["", "Tổng cộng", content.activity_entries, content.activity_quantity])
    indicator_rows: list[list[Any]] = [
        [n, i.name, i.measure, i.value] for n, i in enumerate(content.indicators, start=1)
    ]
    _sheet(
        book, "Chỉ tiêu", f"KẾT QUẢ CÁC CHỈ TIÊU {label_suffix.upper()}", note,
        [Column("TT", 6), Column("Chỉ tiêu / loại hoạt động", 60), Column("Đơn vị tính / số lần", 16),
         Column("Kết quả / số lượng", 16)],
        [*indicator_rows, ["", "Hoạt động theo loại", "Số lần", "Số lượng"], *totals_rows],
    )
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
