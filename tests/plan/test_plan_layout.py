"""The detailed plan measured against Nghị định 30 with the very checks the periodic report passes."""

from __future__ import annotations

import re

import pdfplumber
import pytest

from bkfi_desktop.documents.plan_pdf.body import content_lines
from tests.plan.conftest import PlanFiles
from tests.reports import test_report_layout as nd30
from tests.reports.pdf_measure import find, lines


def test_same_page_margin_font_and_signing_checks_as_reports(plan_pdf: pdfplumber.PDF, built_plan: PlanFiles) -> None:
    nd30.test_every_page_is_a4_portrait(plan_pdf)
    nd30.test_text_stays_inside_the_legal_margins(plan_pdf)
    nd30.test_page_numbers_start_on_page_two_centred_in_the_top_margin(plan_pdf)
    nd30.test_signing_block_and_recipients(plan_pdf, built_plan)
    nd30.test_every_font_is_embedded(built_plan, plan_pdf)


def test_header_says_ke_hoach_with_its_number_and_date(plan_pdf: pdfplumber.PDF) -> None:
    page = plan_pdf.pages[0]
    nd30.check_header_blocks(page, "KẾ HOẠCH", "Triển khai thực hiện Kế hoạch")
    assert find(page, "Số:").text == "Số: 03/KH-UBND"
    date = find(page, "ngày")
    assert date.text == "Đức Xuân, ngày 05 tháng 01 năm 2025" and date.italic


def test_sections_in_order(plan_pdf: pdfplumber.PDF) -> None:
    text = "\n".join(line.text for page in plan_pdf.pages for line in lines(page))
    positions = [
        text.index(heading)
        for heading in ("I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ CỤ THỂ", "III. KINH PHÍ", "IV. TỔ CHỨC THỰC HIỆN", "Nơi nhận:")
    ]
    assert positions == sorted(positions)
    for heading in ("I. MỤC ĐÍCH, YÊU CẦU", "IV. TỔ CHỨC THỰC HIỆN"):
        page = next(p for p in plan_pdf.pages if heading in (p.extract_text() or ""))
        assert find(page, heading).bold


def test_task_table_has_the_city_codes_and_repeats_its_header(plan_pdf: pdfplumber.PDF, built_plan: PlanFiles) -> None:
    codes = [row.code for row in built_plan.built.content.rows if row.code]
    assert len(codes) == 16
    words = [w["text"] for page in plan_pdf.pages for w in page.extract_words()]
    for code in codes:
        assert code in words, code
    table_pages = [p for p in plan_pdf.pages if any(re.fullmatch(r"\d{2}/\d{2}/\d{4}", w["text"]) for w in p.extract_words())]
    assert len(table_pages) >= 2
    for page in table_pages:
        head = find(page, "Nội dung thực hiện")
        assert head.bold and find(page, "Phối hợp").top == pytest.approx(head.top, abs=1)
    # The sub-tasks stand in their task's row with due dates and owners.
    first = built_plan.built.content.rows[0]
    assert content_lines(first)[0] == "- Xây dựng kế hoạch chi tiết của phường (hạn 30/08/2024; Nguyễn Văn Bình)"
    page = next(p for p in plan_pdf.pages if "- Xây dựng kế hoạch" in (p.extract_text() or ""))
    sub, code = find(page, "- Xây dựng kế hoạch"), find(page, first.code)
    assert sub.top == pytest.approx(code.top, abs=1) and sub.x0 > find(page, "Nhiệm vụ").x1
    assert "30/08/2024;" in words
    assert any("cuộc thi ảnh" in (p.extract_text() or "") for p in plan_pdf.pages)


def test_budget_lists_the_estimates_and_their_total(plan_pdf: pdfplumber.PDF, built_plan: PlanFiles) -> None:
    content = built_plan.built.content
    assert [row.budget for row in content.budget_rows] == [2_500_000, 1_000_000, 5_000_000]
    page = next(p for p in plan_pdf.pages if "Tổng cộng" in (p.extract_text() or ""))
    total = find(page, "Tổng cộng")
    assert "8.500.000" in total.text or any("8.500.000" in ln.text for ln in lines(page) if abs(ln.top - total.top) < 2)
