"""The consolidated workbook (Tổng hợp, Hoạt động, Tập huấn, Nhiệm vụ, Tệp bị từ chối).

Same print habits as the report appendix (one sheet_layout): A4 landscape fitted to the width,
heading row repeated on every page and frozen on screen, numbers as numbers, dates dd/mm/yyyy, and
text that starts with = + - @ stored as text. Written to a temporary file beside the target and renamed over it, so a full
disk or a refused write never leaves half a workbook under the final name.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from bkfi_desktop.documents.signing.certificates import VIETNAM_TZ
from bkfi_desktop.errors import InvalidInputError, os_error_reason
from bkfi_desktop.exchange.compilation_model import Compilation
from bkfi_desktop.exchange.compilation_tasks import SHEET_TITLE, TaskRow, sheet_columns, sheet_rows
from bkfi_desktop.exchange.sheet_layout import (
    DATE_FORMAT,
    FORMULA_TRIGGERS,
    Column,
    SheetLayout,
    note_line,
    title_line,
)
from bkfi_desktop.exchange.sheet_openpyxl import BORDER, add_sheet, font

DATETIME_FORMAT = "dd/mm/yyyy hh:mm"
SHEETS = ("Tổng hợp", "Hoạt động", "Tập huấn", "Nhiệm vụ", "Tệp bị từ chối")

_CELL_FONT = font(12)
_TOTAL_FONT = font(12, bold=True)
_WRAP = Alignment(wrap_text=True, vertical="top")


def _yes(value: bool) -> str:
    return "Có" if value else "Chưa"


def _local(moment: dt.datetime | None) -> dt.datetime | None:
    """Excel has no time zones: the signing time as Vietnam wall-clock time."""
    return moment.astimezone(VIETNAM_TZ).replace(tzinfo=None) if moment else None


def _put(sheet: Worksheet, row: int, column: int, value: Any, *, bold: bool = False) -> None:
    cell = sheet.cell(row=row, column=column)
    cell.value = value
    cell.font = _TOTAL_FONT if bold else _CELL_FONT
    cell.border = BORDER
    cell.alignment = _WRAP
    if isinstance(value, str):
        cell.data_type = "s"  # never a formula, whatever the text starts with
        if value.startswith(FORMULA_TRIGGERS):
            cell.quotePrefix = True
    elif isinstance(value, dt.datetime):
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, dt.date):
        cell.number_format = DATE_FORMAT


def _sheet(
    book: Workbook,
    name: str,
    heading: str,
    note: str,
    columns: Sequence[tuple[str, float]],
    rows: Sequence[Sequence[Any]],
    total: Sequence[Any] | None = None,
) -> Worksheet:
    layout = SheetLayout(name, [Column(*column) for column in columns], titles=(title_line(heading), note_line(note)))
    sheet = add_sheet(book, layout)
    for offset, values in enumerate(rows):
        for index, value in enumerate(values, start=1):
            _put(sheet, layout.first_data_row + offset, index, value)
    if total is not None:
        for index, value in enumerate(total, start=1):
            _put(sheet, layout.first_data_row + len(rows), index, value, bold=True)
    return sheet


def build_compilation_workbook(compilation: Compilation, tasks: Sequence[TaskRow] = ()) -> Workbook:
    book = Workbook()
    book.remove(book.active)
    accepted, totals = compilation.accepted, compilation.totals
    period = compilation.period_label or "—"
    upper = period.upper()
    note = (
        f"Kỳ báo cáo: {period} ({compilation.period_code or '—'}); {len(accepted)} đơn vị được tổng hợp, "
        f"{len(compilation.refused)} tệp bị từ chối; lập ngày {dt.date.today():%d/%m/%Y}."
    )
    total_label = f"Tổng cộng ({len(accepted)} đơn vị)"

    _sheet(
        book, "Tổng hợp", f"TỔNG HỢP KẾT QUẢ CÔNG TÁC THÔNG TIN ĐỐI NGOẠI {upper}", note,
        [("TT", 6), ("Đơn vị", 34), ("Số, ký hiệu", 16), ("Ngày ban hành", 13), ("Thời gian ký", 17),
         ("Người ký", 24), ("Số lượng hoạt động", 12), ("Số lớp tập huấn", 10), ("Lượt người tập huấn", 11),
         ("Số giờ tập huấn", 10), ("Lớp ngoại ngữ", 10), ("Số nhiệm vụ", 10), ("Nhiệm vụ hoàn thành", 11),
         ("Có lãnh đạo phụ trách", 11), ("Có cán bộ phụ trách", 12), ("Có kế hoạch chi tiết", 11), ("Ghi chú", 40)],
        [
            [n, r.unit_name, r.number_text, r.issued_on, _local(r.signing_time), r.signer or "",
             r.figures.activity_quantity, r.figures.trainings.sessions, r.figures.trainings.participants,
             r.figures.trainings.hours, r.figures.trainings.foreign_language_courses, r.figures.tasks_total,
             r.figures.task_status.get("done", 0), _yes(r.figures.leader_named),
             _yes(r.figures.officer_named), _yes(r.figures.detailed_plan), " ".join(r.notes)]
            for n, r in enumerate(accepted, start=1)
        ],
        ["", total_label, "", None, None, "", totals.activity_quantity, totals.trainings.sessions,
         totals.trainings.participants, totals.trainings.hours, totals.trainings.foreign_language_courses,
         totals.tasks_total, totals.task_status.get("done", 0), totals.leader_named_units,
         totals.officer_named_units, totals.detailed_plan_units, ""],
    )
    kinds = compilation.activity_kinds
    _sheet(
        book, "Hoạt động", f"HOẠT ĐỘNG THÔNG TIN ĐỐI NGOẠI THEO LOẠI {upper}",
        f"{note} Số lượng theo từng loại; cột cuối: số lần ghi nhận.",
        [("TT", 6), ("Đơn vị", 34), *((kind_label, 13) for _kind, kind_label in kinds),
         ("Tổng số lượng", 11), ("Số lần ghi nhận", 11)],
        [
            [n, r.unit_name,
             *(r.figures.activities[kind].quantity if kind in r.figures.activities else 0 for kind, _l in kinds),
             r.figures.activity_quantity, r.figures.activity_entries]
            for n, r in enumerate(accepted, start=1)
        ],
        ["", total_label, *(totals.activities[kind].quantity for kind, _l in kinds),
         totals.activity_quantity, totals.activity_entries],
    )
    _sheet(
        book, "Tập huấn", f"TẬP HUẤN, BỒI DƯỠNG {upper}", note,
        [("TT", 6), ("Đơn vị", 34), ("Số lớp", 10), ("Đơn vị tổ chức", 11), ("Cử cán bộ tham gia", 11),
         ("Lượt người", 11), ("Số giờ", 10), ("Lớp ngoại ngữ", 11)],
        [
            [n, r.unit_name, t.sessions, t.organised, t.attended, t.participants, t.hours,
             t.foreign_language_courses]
            for n, r in enumerate(accepted, start=1)
            for t in (r.figures.trainings,)
        ],
        ["", total_label, totals.trainings.sessions, totals.trainings.organised, totals.trainings.attended,
         totals.trainings.participants, totals.trainings.hours, totals.trainings.foreign_language_courses],
    )
    statuses = compilation.task_statuses
    _sheet(
        book, "Nhiệm vụ", f"TÌNH HÌNH THỰC HIỆN NHIỆM VỤ {upper}", note,
        [("TT", 6), ("Đơn vị", 34), ("Số nhiệm vụ", 11), *((status_label, 13) for _s, status_label in statuses)],
        [
            [n, r.unit_name, r.figures.tasks_total, *(r.figures.task_status.get(s, 0) for s, _l in statuses)]
            for n, r in enumerate(accepted, start=1)
        ],
        ["", total_label, totals.tasks_total, *(totals.task_status.get(s, 0) for s, _l in statuses)],
    )
    if tasks:  # what each unit reported, task by task: the office's assessment is written from it
        _sheet(
            book, SHEET_TITLE, f"KẾT QUẢ THỰC HIỆN TỪNG NHIỆM VỤ CỦA CÁC ĐƠN VỊ {upper}", note,
            sheet_columns(tasks), sheet_rows(tasks),
        )
    _sheet(
        book, "Tệp bị từ chối", "CÁC TỆP BÁO CÁO BỊ TỪ CHỐI", note,
        [("TT", 6), ("Tệp", 34), ("Lý do", 24), ("Chi tiết", 70), ("Đơn vị", 28), ("Thời gian ký", 17)],
        [
            [n, f.file, f.label, "\n".join([f.reason, *f.details]), f.unit_name or "", _local(f.signing_time)]
            for n, f in enumerate(compilation.refused, start=1)
        ],
    )
    return book


def write_compilation_xlsx(compilation: Compilation, out: Path, tasks: Sequence[TaskRow] = ()) -> Path:
    """Write the consolidated workbook to `out` atomically; a Vietnamese InvalidInputError if it cannot."""
    out = Path(out)
    if out.is_dir():
        raise InvalidInputError(f"“{out}” là một thư mục; hãy chọn tên tệp để lưu bảng tổng hợp.")
    book = build_compilation_workbook(compilation, tasks)
    temporary: Path | None = None
    try:
        handle, name = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=".xlsx.tmp", dir=out.parent)
        temporary = Path(name)
        with os.fdopen(handle, "wb") as stream:
            book.save(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, out)
        temporary = None
    except OSError as exc:
        raise InvalidInputError(f"Không ghi được bảng tổng hợp {out.name}: {os_error_reason(exc)}.") from None
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
    return out
