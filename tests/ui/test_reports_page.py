"""The Báo cáo page, driven as a clerk: choose the period, read what it counts, write the narrative,
build, find the report in the history, export it and reopen it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from bkfi_desktop.core.reports import compile_content
from bkfi_desktop.core.reports.registry import period_for
from bkfi_desktop.core.store.models import Report
from bkfi_desktop.documents.attachments import APPENDIX_NAME, PAYLOAD_NAME, read_embedded_files
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.pages.reports_page import ReportsPage
from tests.ui.clerk import choose, click, type_into
from tests.ui.conftest import DialogAnswers

if TYPE_CHECKING:
    from tests.ui.report_fixtures import SaveAnswers

pytest_plugins = ["tests.ui.report_fixtures"]

EDITED = "Đơn vị đã hoàn thành tốt các nhiệm vụ thông tin đối ngoại trong 6 tháng đầu năm 2025."


@pytest.fixture
def page(qtbot: Any, context: AppContext, answers: DialogAnswers) -> ReportsPage:
    widget = ReportsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.refresh()
    return widget


def choose_h1_2025(qtbot: Any, page: ReportsPage) -> None:
    choose(qtbot, page.ui.periodKindCombo, page.tr("6-month report"))
    type_into(qtbot, page.ui.yearSpin, "2025", enter=True)
    page.ui.yearSpin.clearFocus()  # editingFinished, as when the clerk moves on


def build(qtbot: Any, page: ReportsPage, answers: DialogAnswers) -> None:
    """Bấm Lập báo cáo; from 20/11/2026 every period shown here is late (or still open): confirm it."""
    asked = len(answers.asked)
    answers.confirms.append(True)
    click(qtbot, page.ui.buildButton)
    assert len(answers.asked) == asked + 1 and answers.confirms == []


def reports(context: AppContext) -> list[Report]:
    with context.workspace.session() as session:
        return list(session.scalars(select(Report).order_by(Report.id)))


def leave_field(qtbot: Any, page: ReportsPage) -> None:
    """Click somewhere else: the edited section loses the focus and is saved."""
    page.ui.causesEdit.setFocus()
    qtbot.waitUntil(lambda: page.ui.causesEdit.hasFocus())


def test_opens_on_the_current_period_and_saves_nothing_by_browsing(
    page: ReportsPage, context: AppContext
) -> None:
    # 20/11/2026 lies in the annual window 15/12/2025 – 14/12/2026.
    assert page.period_code() == "2026-Y"
    assert "15/12/2025" in page.ui.windowLabel.text() and "14/12/2026" in page.ui.windowLabel.text()
    assert page.ui.resultsEdit.toPlainText()  # prefilled from the data
    assert reports(context) == []


def test_clerk_builds_the_2025_h1_report_with_an_edited_narrative(
    qtbot: Any, page: ReportsPage, context: AppContext, answers: DialogAnswers
) -> None:
    choose_h1_2025(qtbot, page)
    assert page.period_code() == "2025-H1"
    window = page.ui.windowLabel.text()
    assert "15/12/2024" in window and "14/06/2025" in window

    # What will be counted: the unit's tasks, its trainings and its activities by kind.
    table = page.ui.countsTable
    first_column = [table.item(row, 0).text().strip() for row in range(table.rowCount())]
    assert first_column[:3] == ["Tasks of the unit", "Trainings", "Activities (total quantity)"]
    with context.workspace.session() as session:
        content = compile_content(session, period_for(session, "2025-H1"))
    assert table.item(0, 1).text() == str(len(content.tasks))
    assert table.item(1, 1).text() == str(content.training_summary.count)
    assert table.item(2, 1).text() == str(content.activity_quantity)
    assert [total.label for total in content.activity_totals] == first_column[3:]

    # The Kết quả section, rewritten by the clerk, is saved when the focus leaves it.
    page.ui.narrativeTabs.setCurrentIndex(0)
    type_into(qtbot, page.ui.resultsEdit, EDITED)
    assert reports(context) == []
    leave_field(qtbot, page)
    saved = reports(context)
    assert [(r.period, r.status) for r in saved] == [("2025-H1", "draft")]
    assert saved[0].narrative["results"] == EDITED

    # The preview shows the PDF built off the GUI thread.
    assert page.preview.page_count() >= 1

    build(qtbot, page, answers)
    (report,) = reports(context)
    assert report.status == "issued" and report.number == 1
    pdf = Path(report.pdf_path)
    assert pdf.is_file() and pdf.parent.name == "bao-cao"
    embedded = read_embedded_files(pdf)
    payload = json.loads(embedded[PAYLOAD_NAME])
    assert payload["narrative"]["results"] == EDITED
    assert payload["period"]["start"] == "2024-12-15" and payload["period"]["end"] == "2025-06-14"
    assert APPENDIX_NAME in embedded and Path(report.xlsx_path).is_file()

    history = page.ui.historyTable
    assert history.rowCount() == 1
    assert history.item(0, 1).text() == report.number_text
    assert history.item(0, 3).text() == "Đã lập"  # issued (ban hành) only by the signature
    assert page.ui.signButton.isEnabled()
    assert page.preview.page_count() >= 1

    # Reopen after looking at another period: the period, the narrative and the preview come back.
    choose(qtbot, page.ui.periodKindCombo, page.tr("Annual report"))
    assert page.period_code() == "2025-Y"
    assert page.ui.resultsEdit.toPlainText() != EDITED
    history.selectRow(0)
    click(qtbot, page.ui.reopenButton)
    assert page.period_code() == "2025-H1"
    assert page.ui.resultsEdit.toPlainText() == EDITED
    assert page.report is not None and page.report.summary.id == report.id
    assert report.number_text in page.ui.previewStatusLabel.text()


def test_exports_the_pdf_and_the_excel_appendix(
    qtbot: Any,
    page: ReportsPage,
    context: AppContext,
    save_answers: SaveAnswers,
    tmp_path: Path,
    answers: DialogAnswers,
) -> None:
    choose_h1_2025(qtbot, page)
    assert not page.ui.exportPdfButton.isEnabled()  # nothing built yet
    build(qtbot, page, answers)
    save_answers.paths += [tmp_path / "gửi phòng VH" / "báo cáo.pdf", tmp_path / "gửi phòng VH" / "phụ lục"]
    (tmp_path / "gửi phòng VH").mkdir()
    click(qtbot, page.ui.exportPdfButton)
    click(qtbot, page.ui.exportExcelButton)
    (report,) = reports(context)
    assert (tmp_path / "gửi phòng VH" / "báo cáo.pdf").read_bytes() == Path(report.pdf_path).read_bytes()
    assert (tmp_path / "gửi phòng VH" / "phụ lục.xlsx").read_bytes() == Path(report.xlsx_path).read_bytes()


def test_rebuilding_keeps_the_number_and_a_signed_report_is_read_only(
    qtbot: Any, page: ReportsPage, context: AppContext, answers: DialogAnswers
) -> None:
    choose_h1_2025(qtbot, page)
    build(qtbot, page, answers)
    type_into(qtbot, page.ui.proposalsEdit, "Đề nghị hỗ trợ kinh phí.")
    leave_field(qtbot, page)
    build(qtbot, page, answers)
    (report,) = reports(context)
    assert report.number == 1 and report.narrative["proposals"] == "Đề nghị hỗ trợ kinh phí."

    from bkfi_desktop.core.reports import mark_signed

    with context.workspace.transaction() as session:
        mark_signed(session, report.id, report.pdf_path, report.pdf_sha256)
    context.signals.reports_changed.emit()
    page.reopen(report.id)
    assert page.ui.resultsEdit.isReadOnly()
    assert not page.ui.buildButton.isEnabled() and not page.ui.signButton.isEnabled()
    assert page.ui.historyTable.item(0, 3).text() == "Đã ký"
    assert page.ui.historyTable.item(0, 3).foreground().color() == Qt.GlobalColor.darkGreen


def test_marking_a_report_sent_after_confirming(
    qtbot: Any, page: ReportsPage, context: AppContext, answers: DialogAnswers
) -> None:
    """The clerk sent the signed report: the history says so and the next report counts it."""
    choose_h1_2025(qtbot, page)
    assert not page.ui.markSentButton.isEnabled()  # nothing selected, nothing issued yet
    build(qtbot, page, answers)
    page.ui.historyTable.selectRow(0)
    assert page.ui.markSentButton.isEnabled()

    answers.confirms.append(False)  # the clerk thinks again
    click(qtbot, page.ui.markSentButton)
    assert reports(context)[0].status == "issued"

    answers.confirms.append(True)
    click(qtbot, page.ui.markSentButton)
    assert reports(context)[0].status == "sent"
    assert page.ui.historyTable.item(0, 3).text() == "Đã gửi"
    page.ui.historyTable.selectRow(0)
    assert not page.ui.markSentButton.isEnabled()  # sent once is enough

    from bkfi_desktop.core.reports import compile_content
    from bkfi_desktop.core.reports.registry import period_for

    with context.workspace.session() as session:
        following = compile_content(session, period_for(session, "2025-Y"))
    assert following.compliance.previous_report_sent
