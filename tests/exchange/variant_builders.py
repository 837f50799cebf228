"""Files as city, district and commune offices actually send them, for the variant tests.

Each builder writes one realistic layout with openpyxl / python-docx: the quirks are the point
(headers with line breaks, the table starting in column C, merged group titles, numbers typed in
the task cell, a totals row and the signature block under the table, Word's automatic numbering).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

TITLE_BLOCK: list[list[object]] = [
    ["UBND TỈNH BẮC KẠN", None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["ỦY BAN NHÂN DÂN THÀNH PHỐ BẮC KẠN", None, None, "Độc lập - Tự do - Hạnh phúc"],
    [],
    ["PHỤ LỤC I"],
    ["DANH MỤC NHIỆM VỤ TUYÊN TRUYỀN BIỂN, ĐẢO NĂM 2025"],
    ["(Kèm theo Kế hoạch số 212/KH-UBND ngày 14/3/2025 của Ủy ban nhân dân thành phố Bắc Kạn)"],
    [], [], [], [], [],
]


def sheet(title: str = "Sheet1") -> tuple[Workbook, Worksheet]:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title
    return wb, ws


def put(ws: Worksheet, rows: Sequence[Sequence[object]], *, row: int = 1, col: int = 1) -> None:
    for r, values in enumerate(rows, start=row):
        for c, value in enumerate(values, start=col):
            if value is not None and value != "":
                ws.cell(r, c, value)


def wide_appendix_xlsx(path: Path) -> Path:
    """Header in row 12 under a long title block, table from column C, header words with line
    breaks and double spaces, money columns to ignore, Excel dates, a totals row and a signature."""
    wb, ws = sheet("PL nhiệm vụ")
    put(ws, TITLE_BLOCK)
    put(ws, [
        ["Số\nTT", "NỘI DUNG\nNHIỆM VỤ", "Cơ quan chủ trì thực hiện", "Đơn vị  phối hợp\nthực hiện",
         "Thời gian\nhoàn thành", "Kinh phí\n(triệu đồng)", "Nguồn kinh phí", "Sản phẩm đầu ra", "Ghi chú"],
        ["A", "NHIỆM VỤ CHUNG"],
        [1, "Tuyên truyền  về chủ quyền biển, đảo", "Phòng VH-TT",
         "Công an thành phố; Ban Chỉ huy Quân sự thành phố", dt.datetime(2025, 12, 31), 50, "Ngân sách thành phố",
         "Tin, bài", "Phối hợp Báo Bắc Kạn"],
        ["2", " Tổ chức hội nghị báo cáo viên\u00a0", "Phòng Văn hóa - Thông tin",
         "Các phòng, ban chuyên môn thuộc UBND thành phố", dt.date(2025, 6, 30), "20", None, "Hội nghị"],
        ["B", "NHIỆM VỤ CỦA CẤP XÃ"],
        [3, "Cập nhật thông tin biển, đảo trên trang thông tin điện tử", "UBND các xã, thị trấn",
         "Trung tâm VH-TT&TT", "Thường xuyên"],
        [None, "Tổng cộng", None, None, None, "=F14+F15"],
        [],
        ["Nơi nhận:", None, None, None, "TM. ỦY BAN NHÂN DÂN"],
        ["- Như trên;", None, None, None, "KT. CHỦ TỊCH"],
        ["- Lưu: VT.", None, None, None, "PHÓ CHỦ TỊCH"],
        [None, None, None, None, "Nguyễn Văn An"],
    ], row=12, col=3)
    wb.save(path)
    return path


def group_styles_xlsx(path: Path) -> Path:
    """Groups written five ways: "I.", "Phần II", "Nhóm 3: …" in the task cell, "IV - …" merged
    across the whole row, and an unnumbered heading before a list that starts again at 1."""
    wb, ws = sheet("Nhiệm vụ 2025")
    put(ws, [
        ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"],
        ["I.", "Công tác tuyên truyền"],
        [1, "Đăng tin trên cổng thông tin", "Phòng Văn hóa và Thông tin", None, "Quý I/2025"],
        [2, "Phát hành tờ gấp", "Phòng Văn hóa và Thông tin", None, "Quý II/2025"],
        ["Phần II", "Công tác bồi dưỡng"],
        [1, "Tập huấn cán bộ", "Phòng Nội vụ"],
        [None, "Nhóm 3: Công tác kiểm tra"],
        [1, "Kiểm tra việc thực hiện", "Văn phòng HĐND và UBND thành phố"],
        ["IV - SƠ KẾT, TỔNG KẾT"],
        [1, "Sơ kết 6 tháng", "Phòng Văn hóa và Thông tin", None, "Tháng 6/2025"],
        [None, "Nhiệm vụ thường xuyên khác"],
        [1, "Trả lời phỏng vấn báo chí", "Phòng Văn hóa và Thông tin", None, "Khi phát sinh"],
        [2, "Tổng hợp báo cáo", "Phòng Văn hóa và Thông tin", None, "Hằng quý"],
    ])
    ws.merge_cells("A9:E9")
    wb.save(path)
    return path


def numbers_in_content_xlsx(path: Path) -> Path:
    """No number column in use: groups as "I. TITLE" merged across, task numbers typed in the task
    cell ("1. …", "1.1. …", "a) …", "- …"), continuation lines, "+" and "•" points."""
    wb, ws = sheet()
    put(ws, [
        ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"],
        ["I. CÔNG TÁC TUYÊN TRUYỀN"],
        [None, "1. Tuyên truyền trên báo in", "Phòng VH&TT", None, "Năm 2025"],
        [None, "2. Tuyên truyền trên đài phát thanh", "Phòng VH&TT", None, "Năm 2025"],
        [None, "trên sóng phát thanh và truyền hình thành phố"],
        ["II - CÔNG TÁC BỒI DƯỠNG"],
        [None, "1. Bồi dưỡng kỹ năng", "Phòng Nội vụ", None, "Quý III/2025"],
        [None, "1.1. Lớp cho cán bộ cấp xã", None, None, "Tháng 8/2025"],
        [None, "a) Lớp cho công chức văn hóa - xã hội", "Phòng Nội vụ", "UBND các xã, thị trấn"],
        [None, "- Báo cáo kết quả", "Phòng Nội vụ", None, "Tháng 12/2025"],
        ["+", "gửi UBND thành phố"],
        ["•", "gửi Sở Nội vụ"],
    ])
    ws.merge_cells("A2:E2")
    ws.merge_cells("A6:E6")
    wb.save(path)
    return path


def merges_everywhere_xlsx(path: Path) -> Path:
    """The content merged over two columns on every row, a group title merged across all columns
    from the number column, a unit cell merged down over three tasks, a hidden row and a hidden
    old deadline column beside the new one."""
    wb, ws = sheet("Phụ lục 2")
    put(ws, [
        ["TT", "Nội dung công việc", None, "Cơ quan, đơn vị chủ trì", "Cơ quan phối hợp", "Thời hạn (cũ)",
         "Thời hạn"],
        ["I. NHIỆM VỤ TRỌNG TÂM"],
        [1, "Xây dựng kế hoạch", None, "Phòng Tư pháp", "Các cơ quan, đơn vị, địa phương", "Quý I/2024", "Quý I/2025"],
        [2, "Rà soát văn bản", None, None, None, "Quý II/2024", "Quý II/2025"],
        [3, "Tự kiểm tra", None, None, None, "Quý III/2024", "Quý III/2025"],
        [4, "Báo cáo tổng kết", None, "Văn phòng HĐND và UBND thành phố", None, "2024", "Tháng 12/2025"],
    ])
    for row in range(1, 7):
        if row != 2:
            ws.merge_cells(f"B{row}:C{row}")
    ws.merge_cells("A2:G2")
    ws.merge_cells("D3:D5")
    ws.row_dimensions[5].hidden = True
    ws.column_dimensions["F"].hidden = True
    wb.save(path)
    return path


def messy_text_xlsx(path: Path) -> Path:
    """Text typed on a Mac (NFD), pasted from Word (Excel's "_x000D_" escapes, zero-width and
    non-breaking spaces), numbers stored as text, a collective wrapped onto two lines in its cell."""
    def nfd(text: str) -> str:
        return unicodedata.normalize("NFD", text)

    wb, ws = sheet()
    put(ws, [
        [nfd("STT"), nfd("Nội dung nhiệm vụ"), nfd("Đơn vị chủ trì"), nfd("Đơn vị phối hợp"), nfd("Thời hạn")],
        [" 1 ", nfd("Tuyên truyền_x000D_\nđối ngoại\u200b"), "\u00a0Phòng Văn hoá và Thông tin\u00a0", None,
         " Trước ngày 31/12/2025 "],
        ["2.", nfd("Cập nhật cơ sở dữ liệu"), nfd("Phòng Nội vụ"), nfd("Uỷ ban nhân dân các xã,_x000D_\nthị trấn"),
         nfd("Hằng quý")],
    ])
    wb.save(path)
    return path


def notes_sheet_beside_appendix_xlsx(path: Path) -> Path:
    """An instructions sheet with its own "STT | Nội dung | Ghi chú" table beside the appendix."""
    wb, guide = sheet("Hướng dẫn")
    put(guide, [["STT", "Nội dung", "Ghi chú"], [1, "Điền kết quả vào cột Ghi chú", "Bắt buộc"],
                [2, "Gửi lại trước ngày 05 hằng tháng", None]])
    tasks = wb.create_sheet("Danh mục nhiệm vụ")
    put(tasks, [["TT", "Nhiệm vụ", "Đơn vị chủ trì, phối hợp", "Thời gian thực hiện"],
                [1, "Tuyên truyền đối ngoại", "Phòng Văn hóa và Thông tin; Công an thành phố", "Hằng tháng"],
                [2, "Tổ chức tọa đàm", "Phòng Nội vụ (phối hợp); Thành đoàn (chủ trì)", "Quý II/2025"]])
    wb.save(path)
    return path


# --- Word ------------------------------------------------------------------------------------


def add_numbering(document: Any, levels: Sequence[tuple[str, str]]) -> int:
    """A list definition in numbering.xml (formats like "upperRoman", "%1.") and its numId."""
    numbering = document.part.numbering_part.element
    abstract_id = 90 + len(numbering.findall(qn("w:abstractNum")))
    body = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">{body}</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)  # abstractNum elements come before num elements
    else:
        numbering.append(abstract)
    num_id = 100 + abstract_id
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'))
    return num_id


def numbered(document: Any, text: str, num_id: int, level: int = 0, style: str | None = None) -> None:
    paragraph = document.add_paragraph(text, style=style)
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )


def auto_numbered_docx(path: Path) -> Path:
    """Headings styled "Heading 1" and numbered I., II. by Word; tasks numbered 1., 2. and labels
    a), b) by Word too: none of the numbers is in the text."""
    document = docx.Document()
    for text in ("ỦY BAN NHÂN DÂN HUYỆN BẠCH THÔNG", "Số: 17/KH-UBND", "KẾ HOẠCH", "Tuyên truyền biển, đảo năm 2025"):
        document.add_paragraph(text)
    num = add_numbering(document, [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)")])
    numbered(document, "MỤC ĐÍCH, YÊU CẦU", num, 0, "Heading 1")
    document.add_paragraph("Nâng cao nhận thức của cán bộ, nhân dân.")
    numbered(document, "NHIỆM VỤ VÀ GIẢI PHÁP", num, 0, "Heading 1")
    numbered(document, "Tuyên truyền trên cổng thông tin", num, 1)
    numbered(document, "Nội dung: Đăng tin, bài về biển, đảo.", num, 2)
    numbered(document, "Đơn vị chủ trì: Phòng VH-TT; Đơn vị phối hợp: Trung tâm VH-TT&TT.", num, 2)
    numbered(document, "Thời gian thực hiện: Quý III/2025.", num, 2)
    numbered(document, "Tập huấn báo cáo viên", num, 1)
    numbered(document, "Nội dung: Mở lớp tập huấn.", num, 2)
    numbered(document, "Đơn vị chủ trì: Phòng Nội vụ. Đơn vị phối hợp: Các phòng, ban chuyên môn thuộc UBND huyện.",
             num, 2)
    numbered(document, "TỔ CHỨC THỰC HIỆN", num, 0, "Heading 1")
    document.add_paragraph("Các cơ quan, đơn vị triển khai thực hiện.")
    document.save(str(path))
    return path


def table_with_title_and_two_row_header_docx(path: Path) -> Path:
    """A task table in Word whose first row is a title merged across, then a two-row header
    ("Đơn vị thực hiện" over "Chủ trì" | "Phối hợp"), column numbers, task numbers in the task cell."""
    document = docx.Document()
    for text in ("KẾ HOẠCH", "Cải cách hành chính năm 2025", "II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"):
        document.add_paragraph(text)
    rows = [
        ["PHỤ LỤC NHIỆM VỤ", "", "", "", ""],
        ["STT", "Nội dung công việc", "Đơn vị thực hiện", "", "Thời gian"],
        ["", "", "Chủ trì", "Phối hợp", ""],
        ["(1)", "(2)", "(3)", "(4)", "(5)"],
        ["", "A. NHIỆM VỤ CHUNG", "", "", ""],
        ["", "1. Tuyên truyền pháp luật", "Phòng Tư pháp", "Các phòng, ban chuyên môn thuộc UBND thành phố", "Năm 2025"],
        ["", "2. Cải cách thủ tục hành chính", "Phòng Nội vụ", "", "Thường xuyên"],
        ["", "B. NHIỆM VỤ CỦA CẤP XÃ", "", "", ""],
        ["", "1. Niêm yết thủ tục", "UBND các xã, thị trấn", "", "Trước ngày 30/6/2025"],
    ]
    table = document.add_table(rows=len(rows), cols=5)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    table.cell(0, 0).merge(table.cell(0, 4)).text = "PHỤ LỤC NHIỆM VỤ"
    table.cell(1, 2).merge(table.cell(1, 3)).text = "Đơn vị thực hiện"
    for c in (0, 1, 4):
        text = table.cell(1, c).text
        table.cell(1, c).merge(table.cell(2, c)).text = text
    document.add_paragraph("Nơi nhận:")
    document.save(str(path))
    return path


def ditto_cells_xlsx(path: Path) -> Path:
    """ "nt", "-nt-", "Như trên", '"' and "〃" in the unit and deadline cells: same as the task above."""
    wb, ws = sheet()
    put(ws, [
        ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"],
        [1, "Tuyên truyền trên cổng thông tin", "Phòng Nội vụ", "Phòng Tư pháp", "Quý I/2025"],
        [2, "Tuyên truyền trên mạng xã hội", "nt", "-nt-", "Như trên"],
        [3, "Tuyên truyền trên loa truyền thanh", '"', None, "〃"],
        [4, "Sơ kết", "Phòng Tư pháp", "nt", "Năm 2025"],
    ])
    wb.save(path)
    return path


def bold_headings_xlsx(path: Path, *, everything_bold: bool = False) -> Path:
    """Group headings marked only by bold type (no number, not in capitals), the task numbers
    running on across them; with everything_bold, the clerk bolded the whole table."""
    from openpyxl.styles import Font

    wb, ws = sheet()
    put(ws, [
        ["STT", "Nội dung", "Đơn vị thực hiện", "Thời gian"],
        [None, "Nhiệm vụ trọng tâm"],
        [1, "Xây dựng kế hoạch", "Phòng Nội vụ", "Quý I/2025"],
        [2, "Tổ chức hội nghị", "Phòng Nội vụ", "Quý II/2025"],
        [None, "Nhiệm vụ thường xuyên"],
        [3, "Cập nhật thông tin", "Phòng Tư pháp", "Thường xuyên"],
        [None, "ưu tiên các nội dung về biển, đảo"],
    ])
    bold = Font(bold=True)
    for ref in ("B2", "B5") + (("B3", "B4", "B6", "B7") if everything_bold else ()):
        ws[ref].font = bold
    wb.save(path)
    return path


def bold_heading_table_docx(path: Path) -> Path:
    """A Word task table whose group rows are bold text merged across, without a number."""
    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH")
    rows = [["TT", "Nội dung", "Chủ trì", "Thời gian"], ["", "Nhiệm vụ chung", "", ""],
            ["1", "Rà soát quy chế", "Phòng Tư pháp", "Quý I/2025"], ["", "Nhiệm vụ riêng", "", ""],
            ["2", "Tập huấn", "Phòng Nội vụ", "Quý II/2025"]]
    table = document.add_table(rows=len(rows), cols=4)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    for r in (1, 3):
        merged = table.cell(r, 1).merge(table.cell(r, 3))
        merged.text = ""
        merged.paragraphs[0].add_run(rows[r][1]).bold = True
    document.save(str(path))
    return path
