"""The .docx a clerk finishes in Word: read back with python-docx, the table whole, the page set up as in the PDF."""

from __future__ import annotations

import docx
from docx.oxml.ns import qn

from tests.plan.conftest import PlanFiles


def test_docx_page_setup_follows_the_decree(built_plan: PlanFiles) -> None:
    document = docx.Document(str(built_plan.docx))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert [round(m.mm) for m in (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)] == [
        20, 20, 30, 15,
    ]
    assert document.styles["Normal"].font.name == "Times New Roman"
    assert document.styles["Normal"].font.size.pt == 14
    # Page numbers from page 2: a PAGE field in the header, an empty header on page 1.
    assert section.different_first_page_header_footer
    header_xml = section.header._element.xml
    assert "PAGE" in header_xml and "fldChar" in header_xml
    assert "PAGE" not in section.first_page_header._element.xml


def test_docx_header_blocks_and_signing_block(built_plan: PlanFiles) -> None:
    document = docx.Document(str(built_plan.docx))
    header = document.tables[0]
    left, right = header.cell(0, 0).text, header.cell(0, 1).text
    assert "UBND THÀNH PHỐ BẮC KẠN" in left and "UBND PHƯỜNG ĐỨC XUÂN" in left
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in right and "Độc lập - Tự do - Hạnh phúc" in right
    assert header.cell(1, 0).text == "Số: 03/KH-UBND"
    assert header.cell(1, 1).text == "Đức Xuân, ngày 05 tháng 01 năm 2025"
    texts = [p.text for p in document.paragraphs]
    assert "KẾ HOẠCH" in texts
    order = [texts.index(h) for h in ("I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ CỤ THỂ", "III. KINH PHÍ", "IV. TỔ CHỨC THỰC HIỆN")]
    assert order == sorted(order)
    closing = document.tables[-1]
    assert closing.cell(0, 0).paragraphs[0].text == "Nơi nhận:"
    assert closing.cell(0, 0).paragraphs[-1].text == "- Lưu: VT."
    signer = [p.text for p in closing.cell(0, 1).paragraphs if p.text]
    assert signer == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hoàng Thị Thu Hà"]


def test_docx_task_table_is_whole_with_a_repeated_header_row(built_plan: PlanFiles) -> None:
    document = docx.Document(str(built_plan.docx))
    content = built_plan.built.content
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Mã NV")
    head = [cell.text for cell in table.rows[0].cells]
    assert head == ["Mã NV", "Nhiệm vụ", "Nội dung thực hiện", "Chủ trì", "Phối hợp", "Thời hạn", "Sản phẩm"]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    task_rows = [row for row in table.rows[1:] if len({id(c._tc) for c in row.cells}) == 7]
    groups = [row for row in table.rows[1:] if len({id(c._tc) for c in row.cells}) == 1]
    assert len(task_rows) == len(content.rows) == 17 and len(groups) >= 2
    by_code = {row.cells[0].text: row for row in task_rows}
    first = content.rows[0]
    cells = [c.text for c in by_code[first.code].cells]
    assert cells[1] == first.task and cells[5] == first.deadline
    assert "- Xây dựng kế hoạch chi tiết của phường (hạn 30/08/2024; Nguyễn Văn Bình)" in cells[2]
    assert "Tổ chức cuộc thi ảnh" in by_code["–"].cells[1].text
    # Columns keep their widths (LibreOffice and Word would otherwise make them equal).
    widths = [cell.width for cell in task_rows[0].cells]
    assert widths[1] > 2 * widths[0] and abs(sum(w.mm for w in widths) - 165) < 1
    budget = next(t for t in document.tables if t.rows[0].cells[0].text == "TT")
    assert [c.text for c in budget.rows[-1].cells][1:] == ["Tổng cộng", "8.500.000"]
