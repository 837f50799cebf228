"""Plans as offices write them when the roles are in the sentences, not in labelled fields.

Generated with python-docx / openpyxl; every name of a person is made up.
"""

from __future__ import annotations

from pathlib import Path

import docx
from openpyxl import Workbook

from tests.exchange.builders import write_rows

COMMUNE_PLAN = [
    "ỦY BAN NHÂN DÂN XÃ NA RÌ",
    "Số: 45/KH-UBND",
    "Na Rì, ngày 10 tháng 3 năm 2025",
    "KẾ HOẠCH",
    "Thông tin đối ngoại trên địa bàn xã năm 2025",
    "Căn cứ Kế hoạch số 12/KH-UBND ngày 15/01/2025 của UBND tỉnh.",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Nâng cao nhận thức của cán bộ, nhân dân về thông tin đối ngoại.",
    "II. NHIỆM VỤ CỤ THỂ",
    "1. Tuyên truyền trên hệ thống truyền thanh cơ sở",
    "- Phòng Văn hóa - Xã hội chủ trì, phối hợp với Văn phòng HĐND và UBND xã, Công an xã tổ chức tuyên truyền "
    "về chủ quyền biển, đảo (thời gian hoàn thành: Quý II/2025).",
    "- Giao Trung tâm Văn hóa, Thể thao và Truyền thông chủ trì, phối hợp với Báo và Phát thanh, Truyền hình "
    "Lạng Sơn sản xuất phóng sự về xã, hoàn thành trước 30/6/2026.",
    "2. Cung cấp thông tin cho báo chí",
    "- Họp báo định kỳ về kết quả phát triển kinh tế - xã hội do Văn phòng HĐND và UBND xã chủ trì.",
    "- Rà soát, phản bác thông tin sai trái trên mạng xã hội; Công an xã thực hiện.",
    "3. Tập huấn kỹ năng thông tin đối ngoại",
    "- Mở lớp tập huấn cho cán bộ, công chức xã.",
    "- Cử cán bộ tham gia lớp bồi dưỡng của tỉnh.",
    "4. Quảng bá hình ảnh xã trên mạng xã hội",
    "- Duy trì trang thông tin điện tử của xã.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Phòng Văn hóa - Xã hội: chủ trì thực hiện các nhiệm vụ tại mục 3 Phần II; phối hợp thực hiện mục 4; "
    "tổng hợp, báo cáo kết quả định kỳ 6 tháng.",
    "2. Đoàn Thanh niên xã, Hội Liên hiệp Phụ nữ xã: chủ trì thực hiện nhiệm vụ tại mục 4 Phần II.",
    "TM. ỦY BAN NHÂN DÂN",
    "CHỦ TỊCH",
    "Hoàng Văn Minh",
    "Nơi nhận:",
    "- UBND huyện;",
    "- Lưu: VT./.",
]


def commune_plan_docx(path: Path) -> Path:
    """A commune's plan after the 2025 reform: roles in the sentences, §III pointing back to §II,
    deadlines in brackets and after "hoàn thành trước", and the signing block with no "Trên đây là"."""
    document = docx.Document()
    for text in COMMUNE_PLAN:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def abbreviated_appendix_xlsx(path: Path, *, key_sheet: bool) -> Path:
    """An appendix whose unit cells are abbreviated; the key is a sheet of its own, or a
    "Ghi chú: viết tắt …" line under the table."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Phụ lục"
    write_rows(ws, [
        ["DANH MỤC NHIỆM VỤ THÔNG TIN ĐỐI NGOẠI NĂM 2025"],
        ["STT", "Nội dung nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"],
        ["1", "Tuyên truyền về an ninh biên giới", "CA TP", "BCH QS; ĐTN; HLHPN", "Quý II/2025./."],
        ["2", "Cân đối kinh phí cho thông tin đối ngoại", "Phòng TC-KH", "Phòng VH&TT", "Hằng năm"],
        ["3", "Sản xuất chương trình phát thanh", "TT VH,TT&TT", "UBND các xã, phường", "Hằng quý"],
        ["4", "Tổ chức hội nghị báo cáo viên", "BTG TU", "MTTQ", "Tháng 9/2025"],
        [],
    ])
    if key_sheet:
        key = wb.create_sheet("Chữ viết tắt")
        write_rows(key, [["STT", "Chữ viết tắt", "Viết đầy đủ"], ["1", "CA TP", "Công an thành phố Lạng Sơn"],
                         ["2", "BTG TU", "Ban Tuyên giáo Thành ủy"]])
    else:
        write_rows(ws, [["Ghi chú: Viết tắt: CA TP: Công an thành phố Lạng Sơn; BTG TU: Ban Tuyên giáo Thành ủy."]],
                   start=9)
    wb.save(path)
    return path
