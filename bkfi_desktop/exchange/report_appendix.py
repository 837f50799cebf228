"""The report's Excel appendix: tasks, staff, trainings, activities and indicators, ready to print.

Each sheet prints on A4 landscape, fitted to the page width, with its header row repeated on every page
and frozen on screen. Dates are real dates shown dd/mm/yyyy and numbers are numbers. Text that starts
with = + - @ is stored as text (quote prefix), never as a formula: nothing typed by a clerk can run.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import xlsxwriter
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from bkfi_desktop.core.reports.content import ReportContent
from bkfi_desktop.core.reports.document_info import DocumentInfo
from bkfi_desktop.core.reports.scope import (
    left_out_activities,
    left_out_indicators,
    left_out_trainings,
    plan_activity_label,
)
from bkfi_desktop.core.vocabulary import TRAINING_KIND_LABELS, label

APPENDIX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DATE_FORMAT = "dd/mm/yyyy"
FONT_NAME = "Times New Roman"
FORMULA_TRIGGERS = ("=", "+", "-", "@")
HEADER_ROW = 3  # rows 1–2: title and window; row 3: column headings

# XlsxWriter rather than openpyxl for this one workbook: a 20,000-activity report writes ~150,000
# bordered cells, and openpyxl spent twice as long on styled cells as on plain ones (half of the whole
# report's time); XlsxWriter refers to a handful of formats by index and writes rows as it goes.
_CELL = {"font_name": FONT_NAME, "font_size": 12, "border": 1, "text_wrap": True, "valign": "top"}


@dataclass(frozen=True)
class Column:
    heading: str
    width: float


class _Formats:
    """The few formats every sheet shares, made once per workbook."""

    def __init__(self, book: Workbook) -> None:
        self.title = book.add_format({"font_name": FONT_NAME, "font_size": 13, "bold": True})
        self.note = book.add_format({"font_name": FONT_NAME, "font_size": 12, "italic": True})
        self.head = book.add_format(
            {"font_name": FONT_NAME, "font_size": 12, "bold": True, "border": 1, "text_wrap": True,
             "align": "center", "valign": "vcenter"}
        )
        self.text = book.add_format(_CELL)
        self.quoted = book.add_format({**_CELL, "quote_prefix": True})
        self.date = book.add_format({**_CELL, "num_format": DATE_FORMAT})


def _write(sheet: Worksheet, row: int, column: int, value: Any, formats: _Formats) -> None:
    if value is None or value == "":
        sheet.write_blank(row, column, None, formats.text)
    elif isinstance(value, str):
        # write_string: never a formula, whatever the text starts with; shown with a quote prefix.
        sheet.write_string(row, column, value, formats.quoted if value.startswith(FORMULA_TRIGGERS) else formats.text)
    elif isinstance(value, bool):
        sheet.write_boolean(row, column, value, formats.text)
    elif isinstance(value, dt.date):
        sheet.write_datetime(row, column, value, formats.date)
    elif isinstance(value, int | float):
        sheet.write_number(row, column, value, formats.text)
    else:
        sheet.write_string(row, column, str(value), formats.text)


def _sheet(
    book: Workbook,
    formats: _Formats,
    title: str,
    heading: str,
    note: str,
    columns: Sequence[Column],
    rows: Iterable[Sequence[Any]],
) -> None:
    sheet = book.add_worksheet(title)
    for index, column in enumerate(columns):
        sheet.set_column(index, index, column.width)
    sheet.freeze_panes(HEADER_ROW, 0)
    sheet.repeat_rows(HEADER_ROW - 1)
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)
    sheet.center_horizontally()
    sheet.write_string(0, 0, heading, formats.title)
    sheet.write_string(1, 0, note, formats.note)
    for index, column in enumerate(columns):
        sheet.write_string(HEADER_ROW - 1, index, column.heading, formats.head)
    for row_index, row in enumerate(rows, start=HEADER_ROW):
        for column_index, value in enumerate(row):
            _write(sheet, row_index, column_index, value, formats)


def build_appendix(content: ReportContent, document: DocumentInfo) -> bytes:
    """The appendix workbook as .xlsx bytes."""
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True, "strings_to_numbers": False, "strings_to_formulas": False})
    formats = _Formats(book)
    period = content.period
    note = (
        f"Kèm theo Báo cáo số {document.number_text} ngày {document.issued_on:%d/%m/%Y} "
        f"của {content.unit.unit_name}; thời gian chốt số liệu {period.window_vi}."
    )
    label_suffix = period.label_vi

    _sheet(
        book, formats, "Nhiệm vụ", f"KẾT QUẢ THỰC HIỆN NHIỆM VỤ {label_suffix.upper()}", note,
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
        book, formats, "Cán bộ", f"LÃNH ĐẠO, CÁN BỘ PHỤ TRÁCH CÔNG TÁC {content.topic.upper()}", note,
        [Column("TT", 6), Column("Họ và tên", 28), Column("Chức vụ", 32), Column("Vai trò", 24),
         Column("Từ ngày", 14), Column("Đến ngày", 14)],
        (
            [n, s.name, s.title, s.role_label, s.from_date, s.to_date]
            for n, s in enumerate(content.staff, start=1)
        ),
    )
    _sheet(
        book, formats, "Tập huấn", f"TẬP HUẤN, BỒI DƯỠNG {label_suffix.upper()}", note,
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
        book, formats, "Hoạt động", f"HOẠT ĐỘNG {content.topic.upper()} {label_suffix.upper()}", note,
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
    if content.activity_by_plan:  # the whole work: each plan's share, as the PDF shows it
        totals_rows.append(["", "Hoạt động theo kế hoạch", "Số lần", "Số lượng"])
        totals_rows += [
            [n, plan_activity_label(row), row.entries, row.quantity]
            for n, row in enumerate(content.activity_by_plan, start=1)
        ]
    totals_rows += [["", text] for text in (left_out_activities(content), left_out_trainings(content), left_out_indicators(content)) if text]
    indicator_rows: list[list[Any]] = [
        [n, i.name, i.measure, i.value] for n, i in enumerate(content.indicators, start=1)
    ]
    _sheet(
        book, formats, "Chỉ tiêu", f"KẾT QUẢ CÁC CHỈ TIÊU {label_suffix.upper()}", note,
        [Column("TT", 6), Column("Chỉ tiêu / loại hoạt động", 60), Column("Đơn vị tính / số lần", 16),
         Column("Kết quả / số lượng", 16)],
        [*indicator_rows, ["", "Hoạt động theo loại", "Số lần", "Số lượng"], *totals_rows],
    )
    book.close()
    return out.getvalue()
