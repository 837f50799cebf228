"""Report states and numbers on the Báo cáo page of the real window: built (Đã lập) → signed (Đã ký) →
sent (Đã gửi); the number the văn thư gives from the register; a question before building early or late."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from sqlalchemy import select

from bkfi_desktop.core.store.models import Report
from bkfi_desktop.ui.main_window import MainWindow
from tests.ui.clerk import choose, click, type_into
from tests.ui.test_journey_sign import open_reports_page

if TYPE_CHECKING:
    from tests.ui.conftest import DialogAnswers

pytest_plugins = ["tests.ui.report_fixtures"]


def reports(window: MainWindow) -> list[Report]:
    with window.context.workspace.session() as session:
        return list(session.scalars(select(Report).order_by(Report.id)))


def test_building_late_or_early_asks_first_and_no_means_nothing_is_built(
    qtbot: Any, main_window: MainWindow, answers: DialogAnswers
) -> None:
    page = open_reports_page(qtbot, main_window)
    assert page.period_code() == "2026-Y"  # 20/11/2026: the annual window runs until 14/12/2026
    answers.confirms.append(False)
    click(qtbot, page.ui.buildButton)
    assert "14/12/2026" in answers.asked[-1][1]
    assert reports(main_window) == []

    choose(qtbot, page.ui.periodKindCombo, page.tr("6-month report"))
    type_into(qtbot, page.ui.yearSpin, "2025", enter=True)
    page.ui.yearSpin.clearFocus()
    answers.confirms.append(False)
    click(qtbot, page.ui.buildButton)
    question = answers.asked[-1][1]
    assert "due on" in question and "day(s) ago" in question
    assert reports(main_window) == []


def test_the_number_from_the_register_is_typed_and_a_taken_one_is_refused(
    qtbot: Any, main_window: MainWindow, answers: DialogAnswers
) -> None:
    page = open_reports_page(qtbot, main_window)
    choose(qtbot, page.ui.periodKindCombo, page.tr("6-month report"))
    type_into(qtbot, page.ui.yearSpin, "2025", enter=True)
    page.ui.yearSpin.clearFocus()
    ui = page.ui
    assert ui.numberSpin.value() == 1 and ui.numberSuffixLabel.text() == "/BC-UBND"  # the suggestion
    assert ui.issuedDateEdit.date().toString("dd/MM/yyyy") == "20/11/2026"

    type_into(qtbot, ui.numberSpin, "27")
    answers.confirms.append(True)  # late: build anyway
    click(qtbot, ui.buildButton)
    (first,) = reports(main_window)
    assert (first.number, first.number_text, first.status) == (27, "27/BC-UBND", "issued")
    assert "27/BC-UBND" in ui.reportStateLabel.text() and "Đã lập" in ui.reportStateLabel.text()
    assert page.ui.historyTable.item(0, 3).text() == "Đã lập"

    # The next report suggests 28; the clerk types 27 again by mistake: refused, nothing recorded.
    choose(qtbot, ui.periodKindCombo, page.tr("Quarter %1").replace("%1", "III"))
    assert page.period_code() == "2025-Q3" and ui.numberSpin.value() == 28
    type_into(qtbot, ui.numberSpin, "27")
    answers.confirms.append(True)
    answers.allow_errors = True
    click(qtbot, ui.buildButton)
    assert answers.errors and "27 năm 2026 đã dùng cho báo cáo 27/BC-UBND" in answers.errors[-1]
    assert len(reports(main_window)) == 1
    assert ui.buildButton.isEnabled()

    # A signed report's number and date are shown, not editable.
    from bkfi_desktop.core.reports import mark_signed

    with main_window.context.workspace.transaction() as session:
        mark_signed(session, first.id, first.pdf_path, first.pdf_sha256)
    main_window.context.signals.reports_changed.emit()
    page.reopen(first.id)
    assert ui.numberSpin.value() == 27 and not ui.numberSpin.isEnabled()
    assert "Đã ký" in ui.reportStateLabel.text()
    assert ui.historyTable.item(0, 3).foreground().color() == Qt.GlobalColor.darkGreen


def test_the_page_opens_on_the_report_that_is_due_until_it_is_signed(
    qtbot: Any, demo_workspace: Any, settings: Any, answers: DialogAnswers, tmp_path: Any
) -> None:
    """16/06/2026: the 6-month window closed two days ago and its report is due on 19/06."""
    import datetime as dt

    from bkfi_desktop.app import create_main_window
    from bkfi_desktop.core.reports import mark_signed
    from bkfi_desktop.ui.app_context import AppContext
    from bkfi_desktop.ui.worker import InlineTaskRunner
    from bkfi_desktop.workflows.build_report import build_report

    def window_on(day: dt.date) -> MainWindow:
        window = create_main_window(AppContext(demo_workspace, InlineTaskRunner(), clock=lambda: day), settings)
        qtbot.addWidget(window)
        window.show()
        return window

    page = open_reports_page(qtbot, window_on(dt.date(2026, 6, 16)))
    assert page.period_code() == "2026-H1" and "19/06/2026" in page.ui.windowLabel.text()
    assert open_reports_page(qtbot, window_on(dt.date(2026, 5, 2))).period_code() == "2026-H1"  # still running
    built = build_report(demo_workspace, "2026-H1", out_pdf=tmp_path / "h1.pdf", issued_on=dt.date(2026, 6, 16))
    with demo_workspace.transaction() as session:
        mark_signed(session, built.report_id, str(built.pdf_path), built.pdf_sha256)
    assert open_reports_page(qtbot, window_on(dt.date(2026, 6, 17))).period_code() == "2026-Y"  # done: next one
    # Long overdue and still unsigned, it no longer takes the place of the running window.
    assert open_reports_page(qtbot, window_on(dt.date(2026, 11, 20))).period_code() == "2026-Y"
