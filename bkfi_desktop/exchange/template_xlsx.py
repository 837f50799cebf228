"""The recommended Excel appendix layout a compiling office can hand out.

Title rows (agency, "PHỤ LỤC", the title, "(Kèm theo Kế hoạch số …)"), a two-row header with
"Đơn vị thực hiện" over "Chủ trì" | "Phối hợp", the column-number row, one group row and two
example tasks; A4 landscape, header repeated on every printed page, frozen under the header.
The importer reads this layout as is, so offices that start from it never need adjusting.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.worksheet import Worksheet

from bkfi_desktop.errors import InvalidInputError
from bkfi_desktop.exchange.sheet_layout import FONT_NAME, Column, Print, SheetLayout
from bkfi_desktop.exchange.sheet_openpyxl import set_print, set_widths

FONT = FONT_NAME
HEADER_ROW = 8
COLUMNS = (  # header, sub-header, width
    ("STT", "", 6),
    ("Nội dung nhiệm vụ", "", 60),
    ("Đơn vị thực hiện", "Chủ trì", 26),
    ("", "Phối hợp", 30),
    ("Thời gian thực hiện", "", 16),
    ("Sản phẩm", "", 22),
    ("Ghi chú", "", 14),
)
EXAMPLE_ROWS = (
    ("I", "CÔNG TÁC TUYÊN TRUYỀN, PHỔ BIẾN", "", "", "", "", ""),
    (
        "1",
        "Tuyên truyền, phổ biến nội dung Kế hoạch đến cán bộ, công chức, viên chức và người dân",
        "Phòng Văn hóa và Thông tin",
        "Các phòng, ban, ngành, đoàn thể thành phố; UBND các xã, phường",
        "Thường xuyên",
        "Tin, bài; báo cáo kết quả",
        "",
    ),
    (
        "2",
        "Tổ chức tập huấn, bồi dưỡng kỹ năng cho cán bộ phụ trách",
        "Phòng Nội vụ",
        "Phòng Văn hóa và Thông tin",
        "Quý IV/2025",
        "Báo cáo kết quả tập huấn",
        "",
    ),
)
# The title rows and the two-row header with merged cells are drawn below; the widths and the print
# setup are the layout every workbook shares. Print titles: the header and the column-number row.
LAYOUT = SheetLayout(
    "Phụ lục",
    [Column(title or sub, width) for title, sub, width in COLUMNS],
    header_row=HEADER_ROW,
    header_rows=3,
    print=Print(margins=(0.5, 0.5, 0.6, 0.6)),
)
NOTES = (
    "Ghi chú: mỗi ô đơn vị ghi một hoặc nhiều đơn vị, ngăn cách bằng dấu chấm phẩy (;) hoặc xuống dòng.",
    "Thời gian: “Thường xuyên”, “Hằng năm”, “Định kỳ 6 tháng”, “Quý IV/2025”, “Trước ngày 31/12/2025”…",
    "Nhóm nhiệm vụ: ghi số La Mã (I, II, …) ở cột STT và tên nhóm ở cột Nội dung.",
)


def write_task_template(path: Path) -> Path:
    """Write the template to path (.xlsx) and return it."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise InvalidInputError(f"Tên tệp mẫu “{path.name}” phải có đuôi .xlsx.")
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = LAYOUT.name
    set_widths(sheet, LAYOUT)
    _title_rows(sheet)
    _header(sheet)
    _examples(sheet)
    set_print(sheet, LAYOUT)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        workbook.save(path)
    except OSError as exc:
        raise InvalidInputError(f"Không ghi được tệp “{path}”: {exc.strerror or exc}.") from exc
    return path


def _merge_write(sheet: Worksheet, cell_range: str, value: str, font: Font, italic: bool = False) -> None:
    sheet.merge_cells(cell_range)
    first = sheet[cell_range.split(":")[0]]
    first.value = value
    first.font = Font(name=FONT, size=font.size, bold=font.bold, italic=italic)
    first.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _title_rows(sheet: Worksheet) -> None:
    bold, plain = Font(size=13, bold=True), Font(size=13)
    _merge_write(sheet, "A1:C1", "ỦY BAN NHÂN DÂN …", bold)
    _merge_write(sheet, "D1:G1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold)
    _merge_write(sheet, "D2:G2", "Độc lập - Tự do - Hạnh phúc", bold)
    _merge_write(sheet, "A4:G4", "PHỤ LỤC", bold)
    _merge_write(sheet, "A5:G5", "DANH MỤC NHIỆM VỤ TRIỂN KHAI THỰC HIỆN KẾ HOẠCH", bold)
    _merge_write(
        sheet, "A6:G6", "(Kèm theo Kế hoạch số      /KH-UBND ngày     /     /20     của Ủy ban nhân dân …)", plain,
        italic=True,
    )


def _header(sheet: Worksheet) -> None:
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(name=FONT, size=12, bold=True)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for index, (title, sub, _width) in enumerate(COLUMNS, start=1):
        top, below = sheet.cell(HEADER_ROW, index), sheet.cell(HEADER_ROW + 1, index)
        if title:
            top.value = title
        if sub:
            below.value = sub
        numbers = sheet.cell(HEADER_ROW + 2, index, f"({index})")
        for cell in (top, below, numbers):
            cell.font = bold if cell is not numbers else Font(name=FONT, size=11, italic=True)
            cell.alignment = center
            cell.border = border
    for index, (title, sub, _width) in enumerate(COLUMNS, start=1):
        if title and not sub:
            sheet.merge_cells(start_row=HEADER_ROW, start_column=index, end_row=HEADER_ROW + 1, end_column=index)
    unit_col = next(i for i, column in enumerate(COLUMNS, start=1) if column[0] == "Đơn vị thực hiện")
    sheet.merge_cells(start_row=HEADER_ROW, start_column=unit_col, end_row=HEADER_ROW, end_column=unit_col + 1)


def _examples(sheet: Worksheet) -> None:
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    first = HEADER_ROW + 3
    for offset, values in enumerate(EXAMPLE_ROWS):
        row = first + offset
        group = offset == 0
        for col, value in enumerate(values, start=1):
            cell = sheet.cell(row, col, value or None)
            cell.font = Font(name=FONT, size=12, bold=group)
            cell.border = border
            horizontal = "center" if col in (1, 5) else "left"
            cell.alignment = Alignment(horizontal=horizontal, vertical="top", wrap_text=True)
    note_row = first + len(EXAMPLE_ROWS) + 1
    for offset, note in enumerate(NOTES):
        cell = sheet.cell(note_row + offset, 1, note)
        cell.font = Font(name=FONT, size=11, italic=True)
