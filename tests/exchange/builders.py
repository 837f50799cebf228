"""Build the files offices send, in the layouts they use, for the import tests.

Every fixture is written here with openpyxl / python-docx so the tests show what each layout
looks like, and nothing binary is checked in.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from collections.abc import Sequence
from pathlib import Path

import docx
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

DATA = Path(__file__).resolve().parent / "data"
SEED_NAME = "000_52246ce62e7c95bb.txt"
BUILTIN_PLAN = Path(__file__).resolve().parents[2] / "resources" / "plans" / "nq47_bac_kan_2024.json"


def seed_path() -> Path:
    """The seed plan: the shared copy beside the repo when present, else the copy in tests/exchange/data."""
    shared = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed" / SEED_NAME
    return shared if shared.is_file() else DATA / SEED_NAME


Row = Sequence[object]


def write_rows(sheet: Worksheet, rows: Sequence[Row], start: int = 1) -> None:
    for r, row in enumerate(rows, start=start):
        for c, value in enumerate(row, start=1):
            if value is not None and value != "":
                sheet.cell(r, c, value)


def appendix_xlsx(path: Path) -> Path:
    """The common city-office appendix: title rows, two-row merged header, column numbers, groups
    I/II, tasks 1 / 1.1 / a) / -, a unit cell merged down over two tasks, blank rows, notes."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Phụ lục"
    write_rows(ws, [
        ["UBND TỈNH BẮC KẠN", None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["ỦY BAN NHÂN DÂN THÀNH PHỐ BẮC KẠN", None, None, "Độc lập - Tự do - Hạnh phúc"],
        [],
        ["PHỤ LỤC"],
        ["DANH MỤC NHIỆM VỤ THÔNG TIN ĐỐI NGOẠI NĂM 2025"],
        ["(Kèm theo Kế hoạch số 125/KH-UBND ngày 05/3/2025 của Ủy ban nhân dân thành phố Bắc Kạn)"],
        [],
        ["TT", "Nội dung nhiệm vụ", "Đơn vị thực hiện", None, "Thời hạn hoàn thành", "Sản phẩm", "Ghi chú"],
        [None, None, "Chủ trì", "Phối hợp"],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"],
        ["I", "CÔNG TÁC TUYÊN TRUYỀN"],
        [1, "Tuyên truyền Kết luận 57-KL/TW trên cổng thông tin điện tử", "Phòng VH&TT",
         "Các phòng, ban, ngành, đoàn thể thành phố;\nUBND các xã, phường", "Thường xuyên", "Tin, bài"],
        [2, "Phát hành bản tin thông tin đối ngoại", "Trung tâm Văn hóa, Thể thao và Truyền thông",
         None, "Quý IV/2025", "Bản tin"],
        [],
        ["II", "CÔNG TÁC BỒI DƯỠNG"],
        [1, "Bồi dưỡng kỹ năng thông tin đối ngoại", "Phòng Nội vụ", "Phòng Văn hóa và Thông tin",
         "Trong tháng 9/2025"],
        [1.1, "Tập huấn cho cán bộ cấp xã", None, None, "Trước ngày 31/12/2025"],
        ["a)", "Lớp ngoại ngữ cho cán bộ phụ trách", "Phòng Giáo dục và Đào tạo", "Phòng Nội vụ", "Năm 2025"],
        ["-", "Báo cáo kết quả bồi dưỡng", "Phòng Nội vụ và Phòng Tư pháp", None, "Hằng năm"],
        [],
        ["Ghi chú: các đơn vị báo cáo kết quả về Phòng Văn hóa và Thông tin."],
        ["Người lập biểu"],
    ])
    ws.merge_cells("C8:D8")
    for col in "ABEFG":
        ws.merge_cells(f"{col}8:{col}9")
    ws.merge_cells("B11:G11")
    ws.merge_cells("B15:G15")
    ws.merge_cells("A21:G21")
    # Phối hợp merged down over tasks I.1 and I.2
    ws.merge_cells("D12:D13")
    wb.save(path)
    return path


def simple_xlsx(path: Path, rows: Sequence[Row], *, title: str = "Sheet1", header_at: int = 1) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title
    write_rows(ws, rows, start=header_at)
    wb.save(path)
    return path


def letter_groups_xlsx(path: Path) -> Path:
    """Groups A/B, "STT" and "Nhiệm vụ" headers, a single "Đơn vị thực hiện" column with roles written
    inside the cell, tasks without numbers, and the table starting lower down with no title."""
    return simple_xlsx(path, [
        ["STT", "Nhiệm vụ", "Cơ quan thực hiện", "Thời gian thực hiện", "Kết quả"],
        ["A", "Nhiệm vụ chung"],
        ["-", "Xây dựng kế hoạch năm", "Chủ trì: Phòng Văn hóa và Thông tin\nPhối hợp: Phòng Tài chính - Kế hoạch",
         "Quý I/2025", "Kế hoạch"],
        ["-", "Rà soát quy chế phát ngôn", "Văn phòng HĐND và UBND thành phố (chủ trì); Phòng Tư pháp (phối hợp)",
         "2025-2030"],
        ["B", "Nhiệm vụ của cấp xã"],
        ["-", "Cập nhật thông tin lên trang thông tin điện tử xã", "UBND các xã, phường; các thôn, bản", "Hằng tháng"],
    ], title="KH 2025", header_at=4)


def with_cached_values(path: Path, values: dict[str, str]) -> Path:
    """Give formula cells the cached values Excel would have saved (openpyxl writes none)."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                text = data.decode("utf-8")
                for ref, value in values.items():
                    text = re.sub(
                        rf'(<c r="{ref}"[^>]*?)(?: t="\w+")?>(<f>[^<]*</f>)<v\s*/?>(?:</v>)?',
                        rf'\1 t="str">\2<v>{value}</v>',
                        text,
                    )
                data = text.encode("utf-8")
            dst.writestr(item, data)
    shutil.move(tmp, path)
    return path


def font_cells_xlsx(path: Path, rows: Sequence[Sequence[tuple[object, str | None]]], header_at: int = 1) -> Path:
    """A sheet whose cells carry font names (for TCVN3 .VnTime / .VnTimeH and VNI-Times text)."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for r, row in enumerate(rows, start=header_at):
        for c, (value, font) in enumerate(row, start=1):
            if value is None:
                continue
            cell = ws.cell(r, c, value)
            if font:
                cell.font = Font(name=font)
    wb.save(path)
    return path


def docx_from_paragraphs(path: Path, paragraphs: Sequence[str], *, heading_table: bool = False) -> Path:
    document = docx.Document()
    if heading_table:
        table = document.add_table(rows=2, cols=2)
        table.cell(0, 0).text = "UBND TỈNH BẮC KẠN\nỦY BAN NHÂN DÂN THÀNH PHỐ BẮC KẠN"
        table.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
        table.cell(1, 0).text = "Số: 88/KH-UBND"
        table.cell(1, 1).text = "Bắc Kạn, ngày 12 tháng 7 năm 2024"
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def seed_docx(path: Path) -> Path:
    """The seed plan as Word would hold it: one paragraph per line of the text, the "- " bullets
    as Word list bullets (no dash typed) and the signature block in a two-column table."""
    lines = [line.strip() for line in seed_path().read_text(encoding="utf-8").splitlines() if line.strip()]
    tail = lines.index("Nơi nhận:")
    document = docx.Document()
    for line in lines[:tail]:
        if line.startswith("- ") and "Đơn vị" not in line:
            document.add_paragraph(line[2:], style="List Bullet")
        else:
            document.add_paragraph(line.replace("*", ""))
    table = document.add_table(rows=1, cols=2)
    left, right = table.cell(0, 0), table.cell(0, 1)
    left.text = "\n".join(line for line in lines[tail:] if line.startswith(("-", "Nơi nhận", "Gửi")))
    right.text = "\n".join(line for line in lines[tail:] if not line.startswith(("-", "Nơi nhận", "Gửi")))
    document.save(str(path))
    return path


def docx_with_task_table(path: Path) -> Path:
    document = docx.Document()
    for text in ("ỦY BAN NHÂN DÂN HUYỆN BẠCH THÔNG", "Số: 41/KH-UBND", "KẾ HOẠCH",
                 "Thông tin đối ngoại năm 2025", "Căn cứ Kế hoạch của tỉnh.", "I. MỤC ĐÍCH, YÊU CẦU",
                 "1. Nâng cao nhận thức.", "II. NHIỆM VỤ CỤ THỂ", "(Có phụ lục kèm theo)"):
        document.add_paragraph(text)
    table = document.add_table(rows=5, cols=5)
    rows = [
        ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"],
        ["I", "Tuyên truyền", "", "", ""],
        ["1", "Đăng tin về thông tin đối ngoại", "Phòng Văn hóa và Thông tin", "UBND các xã, thị trấn", "Hằng quý"],
        ["2", "Tổ chức hội nghị báo cáo viên", "Ban Tuyên giáo Huyện ủy", "", "Định kỳ 6 tháng"],
        ["3", "Cung cấp thông tin cho báo chí", "Văn phòng HĐND và UBND huyện", "Các cơ quan, đơn vị", "Khi phát sinh"],
    ]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    merged = table.cell(1, 1).merge(table.cell(1, 4))
    merged.text = "Tuyên truyền"
    document.add_paragraph("Nơi nhận:")
    document.add_paragraph("- Như trên;")
    document.save(str(path))
    return path


def seed_appendix_xlsx(path: Path) -> Path:
    """The seed plan's task table as its Excel appendix: groups I–V for §II's five groups, the
    tasks' text as the plan says it, departments named without "thành phố" as appendices do."""
    from bkfi_desktop.exchange.task_import import read_task_list

    plan = read_task_list(seed_path())
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Phụ lục"
    roman = ["I", "II", "III", "IV", "V", "VI"]
    rows: list[Row] = [
        ["UBND TỈNH BẮC KẠN", None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["ỦY BAN NHÂN DÂN THÀNH PHỐ BẮC KẠN", None, None, "Độc lập - Tự do - Hạnh phúc"],
        [],
        ["PHỤ LỤC"],
        ["DANH MỤC NHIỆM VỤ TRIỂN KHAI NGHỊ QUYẾT SỐ 47/NQ-CP"],
        ["(Kèm theo Kế hoạch số /KH-UBND ngày    tháng    năm 2024 của Ủy ban nhân dân thành phố Bắc Kạn)"],
        [],
        ["TT", "Nội dung nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian thực hiện"],
    ]
    section_two = [group for group in plan.groups if group.section == "II"]
    for index, group in enumerate(section_two):
        rows.append([roman[index], group.title.upper()])
        for number, task in enumerate(group.tasks, start=1):
            lead = "; ".join(u.name.replace(" thành phố", "") if u.name.startswith("Phòng") else u.name
                             for u in task.units if u.role in ("lead", "implement"))
            support = "; ".join(u.name for u in task.units if u.role == "support")
            rows.append([number, task.content, lead, support, task.deadline_text or "Thường xuyên"])
    write_rows(ws, rows)
    wb.save(path)
    return path
