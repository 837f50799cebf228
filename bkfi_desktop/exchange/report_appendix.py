"""The report's Excel appendix: tasks, staff, trainings, activities and indicators, ready to print.

Each sheet prints on A4 landscape, fitted to the page width, with its header row repeated on every page
and frozen on screen. Dates are real dates shown dd/mm/yyyy and numbers are numbers. Text that starts
with = + - @ is stored as text (quote prefix), never as a formula: nothing typed by a clerk can run.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable, Sequence
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
from bkfi_desktop.exchange.sheet_layout import FORMULA_TRIGGERS, Column, SheetLayout, note_line, title_line
from bkfi_desktop.exchange.sheet_xlsxwriter import Formats, add_sheet

APPENDIX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# XlsxWriter rather than openpyxl for this one workbook: a 20,000-activity report writes ~150,000
# bordered cells, and openpyxl spent twice as long on styled cells as on plain ones (half of the whole
# report's time); XlsxWriter refers to a handful of formats by index and writes rows as it goes.
# The page and heading layout is the one every workbook shares (sheet_layout).


def _write(sheet: Worksheet, row: int, column: int, value: Any, formats: Formats) -> None:
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
    formats: Formats,
    name: str,
    heading: str,
    note_text: str,
    columns: Sequence[Column],
    rows: Iterable[Sequence[Any]],
) -> None:
    layout = SheetLayout(name, columns, titles=(title_line(heading), note_line(note_text)))
    sheet = add_sheet(book, formats, layout)
    for row_index, row in enumerate(rows, start=layout.first_data_row - 1):
        for column_index, value in enumerate(row):
            _write(sheet, row_index, column_index, value, formats)


def build_appendix(content: ReportContent, document: DocumentInfo) -> bytes:
    """The appendix workbook as .xlsx bytes."""
    out = io.BytesIO()
    # constant_memory: each row goes out as it is written (the sheets are written top to bottom), so
    # 150,000 cells are neither kept as objects nor gathered into a shared-string table at the end.
    book = xlsxwriter.Workbook(
        out, {"constant_memory": True, "strings_to_numbers": False, "strings_to_formulas": False}
    )
    formats = Formats(book)
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
