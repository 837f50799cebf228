"""The produced report measured as a reviewer would check it against Nghị định 30/2020, Phụ lục I."""

from __future__ import annotations

import re
import subprocess

import pdfplumber
import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import enumerate_sig_fields

from tests.reports.conftest import BuiltFiles
from tests.reports.pdf_measure import MM, find, lines
from tests.tooling import require_tool

A4 = (595.28, 841.89)
FRAME_LEFT, FRAME_RIGHT = 30 * MM, A4[0] - 15 * MM


def _header_bottom(page: pdfplumber.page.Page) -> float:
    """Everything below the top margin belongs to the body; the page number sits above it."""
    return 20 * MM - 0.5


def test_every_page_is_a4_portrait(h1_pdf: pdfplumber.PDF) -> None:
    assert len(h1_pdf.pages) >= 3
    for page in h1_pdf.pages:
        assert (round(page.width, 1), round(page.height, 1)) == (round(A4[0], 1), round(A4[1], 1))


def test_text_stays_inside_the_legal_margins(h1_pdf: pdfplumber.PDF) -> None:
    for page in h1_pdf.pages:
        body = [line for line in lines(page) if line.top >= _header_bottom(page)]
        assert body
        left = min(line.x0 for line in body)
        right = max(line.x1 for line in body)
        top = min(line.top for line in body)
        bottom = max(line.bottom for line in body)
        assert 30 * MM - 0.5 <= left <= 35 * MM, f"left margin on page {page.page_number}: {left / MM:.1f} mm"
        assert A4[0] - right >= 15 * MM - 0.5, f"right margin on page {page.page_number}"
        assert A4[0] - right <= 20 * MM or page.page_number == len(h1_pdf.pages)
        assert 20 * MM - 0.5 <= top <= 25 * MM + 14, f"top margin on page {page.page_number}: {top / MM:.1f} mm"
        assert A4[1] - bottom >= 20 * MM - 0.5, f"bottom margin on page {page.page_number}"


def check_header_blocks(page: pdfplumber.page.Page, kind_title: str, subject_start: str) -> None:
    """Nghị định 30's header blocks on page 1, for any kind of document (BÁO CÁO, KẾ HOẠCH…)."""
    national = find(page, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    motto = find(page, "Độc lập - Tự do - Hạnh phúc")
    parent = find(page, "UBND THÀNH PHỐ BẮC KẠN")
    unit = find(page, "UBND PHƯỜNG ĐỨC XUÂN")
    title = find(page, kind_title)
    subject = find(page, subject_start)

    assert national.bold and min(national.sizes) >= 12 and max(national.sizes) <= 13
    assert motto.bold and min(motto.sizes) >= 13 and max(motto.sizes) <= 14
    assert motto.top > national.top
    assert not parent.bold and parent.text == parent.text.upper()
    assert unit.bold and unit.top > parent.top
    assert title.text == kind_title
    assert title.bold and min(title.sizes) >= 13 and max(title.sizes) <= 14
    assert subject.bold and subject.top > title.top
    # Issuing unit on the left, Quốc hiệu on the right, each centred over its own block.
    assert unit.x1 < national.x0 and parent.x1 < national.x0
    assert abs(national.centre - motto.centre) < 2
    assert abs(parent.centre - unit.centre) < 2
    assert abs(title.centre - (FRAME_LEFT + FRAME_RIGHT) / 2) < 2

    # Rules under the motto, the unit and the (last line of the) subject.
    rules = [(ln["x0"], ln["x1"], ln["top"]) for ln in page.lines if abs(ln["top"] - ln["bottom"]) < 0.5]
    under_motto = [r for r in rules if 0 < r[2] - motto.bottom < 8 and r[0] > unit.x1]
    assert under_motto and abs((under_motto[0][1] - under_motto[0][0]) - (motto.x1 - motto.x0)) < 3
    under_unit = [r for r in rules if 0 < r[2] - unit.bottom < 8 and r[1] < motto.x0]
    assert under_unit and (under_unit[0][1] - under_unit[0][0]) < (unit.x1 - unit.x0)
    assert abs((under_unit[0][0] + under_unit[0][1]) / 2 - unit.centre) < 2
    last = subject  # a long subject runs over several lines; the rule goes under the last one
    for line in lines(page):
        if line.top > last.top and line.bold and line.sizes == subject.sizes and line.top - last.bottom < 6:
            last = line
    assert [r for r in rules if 0 < r[2] - last.bottom < 12]


def test_header_items_have_the_prescribed_fonts_and_sizes(h1_pdf: pdfplumber.PDF) -> None:
    check_header_blocks(h1_pdf.pages[0], "BÁO CÁO", "Kết quả thực hiện công tác thông tin đối ngoại 6 tháng đầu năm 2025")


def test_number_and_date_line_follow_the_decree(h1_pdf: pdfplumber.PDF) -> None:
    page = h1_pdf.pages[0]
    number = find(page, "Số:")
    assert re.fullmatch(r"Số: \d{2,}/BC-UBND", number.text), number.text
    assert number.text == "Số: 01/BC-UBND"
    date = find(page, "ngày")
    assert date.text == "Đức Xuân, ngày 05 tháng 01 năm 2025"
    assert date.italic and number.x1 < date.x0


def test_body_is_14pt_with_first_line_indent_and_space_between_paragraphs(h1_pdf: pdfplumber.PDF) -> None:
    page = h1_pdf.pages[0]
    intro = find(page, "Thực hiện Kế hoạch")
    window = find(page, "Thời gian chốt số liệu báo cáo")
    assert intro.sizes == {14.0} and window.sizes == {14.0}
    indent = intro.x0 - FRAME_LEFT
    assert 1.0 * 28.35 - 0.5 <= indent <= 1.27 * 28.35 + 0.5
    continuation = [ln for ln in lines(page) if intro.top < ln.top < window.top]
    assert continuation and all(abs(ln.x0 - FRAME_LEFT) < 0.6 for ln in continuation)
    assert all(abs(ln.x1 - FRAME_RIGHT) < 1 for ln in continuation[:-1]), "justified lines reach the right margin"
    leading = continuation[0].top - intro.top
    assert window.top - continuation[-1].top >= leading + 6 - 0.5


def test_the_cut_off_window_is_printed(h1_pdf: pdfplumber.PDF) -> None:
    text = " ".join(h1_pdf.pages[0].extract_text().split())
    assert "Thời gian chốt số liệu báo cáo: từ ngày 15/12/2024 đến ngày 14/06/2025." in text


def test_page_numbers_start_on_page_two_centred_in_the_top_margin(h1_pdf: pdfplumber.PDF) -> None:
    first_top = [ln for ln in lines(h1_pdf.pages[0]) if ln.top < 20 * MM]
    assert first_top == []
    for page in h1_pdf.pages[1:]:
        numbers = [ln for ln in lines(page) if ln.bottom < 20 * MM]
        assert [ln.text for ln in numbers] == [str(page.page_number)]
        assert abs(numbers[0].centre - (FRAME_LEFT + FRAME_RIGHT) / 2) < 1.5
        assert 13 <= min(numbers[0].sizes) <= 14


def test_table_header_repeats_on_every_page_the_task_table_runs_onto(h1_pdf: pdfplumber.PDF) -> None:
    pages_with_tasks = [
        page
        for page in h1_pdf.pages
        if any(re.fullmatch(r"\d{1,3}%", word["text"]) for word in page.extract_words())
    ]
    assert len(pages_with_tasks) >= 2
    for page in pages_with_tasks:
        head = find(page, "Nhiệm vụ")
        assert head.bold
        assert find(page, "Vai trò").top == pytest.approx(head.top, abs=1)


def test_signing_block_and_recipients(h1_pdf: pdfplumber.PDF, h1_report: BuiltFiles) -> None:
    page = h1_pdf.pages[-1]
    authority = find(page, "TM. ỦY BAN NHÂN DÂN")
    position = find(page, "CHỦ TỊCH")
    name = [ln for ln in lines(page) if ln.text == "Hoàng Thị Thu Hà"][-1]  # the signer's own line
    assert authority.bold and position.bold and name.bold
    assert name.top - position.bottom > 2 * 28.35, "room for the signature"
    recipients_title = find(page, "Nơi nhận:")
    assert recipients_title.bold and recipients_title.italic and recipients_title.sizes == {12.0}
    assert recipients_title.x0 == pytest.approx(FRAME_LEFT, abs=0.6)
    items = [ln for ln in lines(page) if ln.top > recipients_title.top and ln.x1 < authority.x0]
    assert items and all(ln.sizes == {11.0} for ln in items)
    assert all(ln.text.startswith("- ") and ln.text.endswith(";") for ln in items[:-1])
    assert items[-1].text.startswith("- Lưu: VT") and items[-1].text.endswith(".")

    reader = PdfFileReader(h1_report.pdf.open("rb"))
    fields = list(enumerate_sig_fields(reader))
    assert [field[0] for field in fields] == ["BKFI_Signature"]
    assert fields[0][1] is None, "the field is empty, ready for the signing service"
    widget = fields[0][2].get_object()
    x1, y1, x2, y2 = (float(v) for v in widget["/Rect"])
    assert widget["/P"].get_object() == reader.root["/Pages"]["/Kids"][-1].get_object()
    assert A4[1] - y2 >= position.bottom - 1 and A4[1] - y1 <= name.top + 1
    assert x1 < name.x0 and x2 > name.x1


def test_every_font_is_embedded(h1_report: BuiltFiles, h1_pdf: pdfplumber.PDF) -> None:
    fonts = {char["fontname"] for page in h1_pdf.pages for char in page.chars}
    assert fonts and all("+LiberationSerif" in font for font in fonts)
    pdffonts = require_tool("pdffonts")
    output = subprocess.run([pdffonts, str(h1_report.pdf)], capture_output=True, text=True, check=True).stdout
    rows = output.splitlines()[2:]
    assert rows
    for row in rows:
        parts = row.split()
        assert parts[-5] == "yes", f"font not embedded: {row}"
