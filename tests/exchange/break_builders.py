"""Task tables broken by page breaks, as Word and the document system produce them: the table
continued as a second table (header row repeated, or not), sub-groups "2" → "2.1", "2.2" followed
by "3", and group rows merged across the whole table without a number."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import docx

HEADER = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
PART_ONE = [
    ["I", "CÔNG TÁC TUYÊN TRUYỀN", "", "", ""],
    ["1", "Tuyên truyền trên cổng thông tin điện tử", "Phòng Văn hóa và Thông tin", "Các phòng, ban", "Thường xuyên"],
    ["2", "Tập huấn kỹ năng thông tin đối ngoại", "", "", ""],
    ["2.1", "Lớp cho cán bộ cấp xã", "Phòng Nội vụ", "UBND các xã, phường", "Quý II/2025"],
    ["2.2", "Lớp cho báo cáo viên", "Ban Tuyên giáo Thành ủy", "", "Quý III/2025"],
]
PART_TWO = [
    ["3", "Cung cấp thông tin cho báo chí", "Văn phòng HĐND và UBND thành phố", "", "Khi phát sinh"],
    ["*", "Nhóm nhiệm vụ phản bác thông tin sai trái", "", "", ""],  # merged across the table
    ["1", "Theo dõi thông tin trên mạng xã hội", "Công an thành phố", "Phòng Văn hóa và Thông tin", "Thường xuyên"],
]
PART_THREE = [
    ["2", "Phản hồi thông tin sai sự thật", "Phòng Văn hóa và Thông tin", "Công an thành phố", "Khi phát sinh"],
]


def _table(document, rows: Sequence[Sequence[str]], header: bool) -> None:  # type: ignore[no-untyped-def]
    all_rows = ([HEADER] if header else []) + [list(row) for row in rows]
    table = document.add_table(rows=len(all_rows), cols=len(HEADER))
    for r, values in enumerate(all_rows):
        if values[0] == "*":  # a group row merged across the whole table
            merged = table.cell(r, 0).merge(table.cell(r, len(HEADER) - 1))
            merged.text = values[1]
            continue
        for c, value in enumerate(values):
            table.cell(r, c).text = value


def broken_table_docx(path: Path, *, repeat_header: bool) -> Path:
    document = docx.Document()
    for text in ("ỦY BAN NHÂN DÂN THÀNH PHỐ BẮC KẠN", "Số: 77/KH-UBND", "KẾ HOẠCH",
                 "Thông tin đối ngoại năm 2025", "II. NHIỆM VỤ CỤ THỂ"):
        document.add_paragraph(text)
    _table(document, PART_ONE, header=True)
    document.add_page_break()
    _table(document, PART_TWO, header=repeat_header)
    document.add_paragraph("")
    _table(document, PART_THREE, header=repeat_header)
    document.add_paragraph("Nơi nhận:")
    document.add_paragraph("- Lưu: VT.")
    document.save(str(path))
    return path


def broken_table_pdf(path: Path) -> Path:
    """The same appendix as a text PDF: one table over two pages, the header repeated on page 2,
    the group row merged across the table."""
    from tests.exchange.pdf_builders import table_pdf

    filler = [[str(n), f"Đăng tin số {n} về hoạt động đối ngoại của thành phố trên cổng thông tin điện tử "
               "và các trang mạng xã hội chính thức", "Phòng Văn hóa và Thông tin", "", "Hằng tháng"]
              for n in range(4, 16)]
    rows = [HEADER, *PART_ONE, *PART_TWO[:1], *filler, *PART_TWO[1:], *PART_THREE]
    spans = [index for index, row in enumerate(rows) if row[0] == "*"]
    rows = [[row[1], "", "", "", ""] if row[0] == "*" else row for row in rows]
    return table_pdf(path, ["DANH MỤC NHIỆM VỤ THÔNG TIN ĐỐI NGOẠI NĂM 2025"], rows,
                     widths=[12, 70, 35, 30, 25], spans=spans)
