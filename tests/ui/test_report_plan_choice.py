"""Báo cáo page with several plans: the clerk chooses what the report is about (one plan, or the unit's
whole work with one section per plan), builds it, and the built file holds only that plan's tasks; a
report reopened from the history is built again about the plan(s) it was made for."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bkfi_desktop.core.plan_data import GroupData, PlanData, TaskData, UnitRef
from bkfi_desktop.core.plans import apply_plan
from bkfi_desktop.documents.attachments import PAYLOAD_NAME, read_embedded_files
from bkfi_desktop.ui.main_window import MainWindow
from bkfi_desktop.ui.pages.reports_page import ReportsPage
from tests.ui.clerk import choose, click, click_index, type_into
from tests.ui.test_journey_sign import open_reports_page

if TYPE_CHECKING:
    from tests.ui.conftest import DialogAnswers

SECOND = ["Số hóa hồ sơ một cửa", "Cập nhật cổng thông tin điện tử phường"]
WHOLE = "The unit's whole work (one section per plan)"


def _second_plan(main_window: MainWindow) -> None:
    ward = [UnitRef("UBND các xã, phường", "implement")]
    data = PlanData(
        key="kh-99-cds", title="Kế hoạch chuyển đổi số năm 2025", number="99/KH-UBND", year=2025,
        issued_on=dt.date(2025, 1, 10), issuer="Ủy ban nhân dân thành phố Bắc Kạn",
        groups=[GroupData("1", "Chuyển đổi số", tasks=[TaskData(f"1.{i}", t, units=ward) for i, t in enumerate(SECOND, 1)])],
    )
    with main_window.context.workspace.transaction() as session:
        apply_plan(session, data)
    main_window.context.signals.plan_changed.emit()


def _payload(pdf: str | Path) -> dict[str, Any]:
    return json.loads(read_embedded_files(Path(pdf))[PAYLOAD_NAME].decode("utf-8"))


def _h1_2025(qtbot: Any, page: ReportsPage) -> None:
    choose(qtbot, page.ui.periodKindCombo, page.tr("6-month report"))
    type_into(qtbot, page.ui.yearSpin, "2025", enter=True)
    page.ui.yearSpin.clearFocus()
    assert page.period_code() == "2025-H1"


def _build(qtbot: Any, page: ReportsPage, answers: DialogAnswers) -> dict[str, Any]:
    answers.confirms.append(True)  # 2025-H1 was due long before 20/11/2026: the page asks first
    click(qtbot, page.ui.buildButton)
    assert answers.confirms == []
    assert page.report is not None and page.report.summary.status == "issued"
    return _payload(page.report.summary.pdf_path)


def _plan_entry(page: ReportsPage) -> str:
    combo = page.ui.planCombo
    [text] = [combo.itemText(i) for i in range(combo.count()) if combo.itemData(i) == "kh-99-cds"]
    return text


def test_one_plan_needs_no_choice(qtbot: Any, main_window: MainWindow) -> None:
    page = open_reports_page(qtbot, main_window)
    assert page.ui.planCombo.isHidden() and page.ui.planLabel.isHidden()
    assert page.plan_key is None


def test_the_clerk_builds_the_report_of_one_plan(qtbot: Any, main_window: MainWindow, answers: DialogAnswers) -> None:
    _second_plan(main_window)
    page = open_reports_page(qtbot, main_window)
    combo = page.ui.planCombo
    assert combo.isVisible() and page.ui.planLabel.isVisible()
    assert combo.count() == 3 and combo.itemText(0) == WHOLE
    assert _plan_entry(page).startswith("KH 99/KH-UBND — Kế hoạch chuyển đổi số")
    _h1_2025(qtbot, page)
    whole_tasks = int(page.ui.countsTable.item(0, 1).text())

    choose(qtbot, combo, _plan_entry(page))
    assert page.plan_key == "kh-99-cds" and page.report is None
    assert page.ui.countsTable.item(0, 1).text() == "2"  # what the report counts: that plan's two tasks
    assert whole_tasks > 2
    payload = _build(qtbot, page, answers)
    assert [task["content"] for task in payload["tasks"]] == SECOND
    assert payload["plan"]["key"] == "kh-99-cds" and "plans" not in payload
    plan_report = page.report
    assert plan_report is not None and plan_report.summary.plan_key == "kh-99-cds"
    assert Path(plan_report.summary.pdf_path).name == "bao-cao-2025-H1-kh-99-cds.pdf"

    # The whole work, beside it: every plan, one section each.
    choose(qtbot, combo, WHOLE)
    assert page.plan_key is None and page.report is None  # not the plan's report
    whole = _build(qtbot, page, answers)
    assert {plan["key"] for plan in whole["plans"]} >= {"kh-99-cds"} and len(whole["tasks"]) == whole_tasks
    assert page.report is not None and page.report.summary.id != plan_report.summary.id

    # The history names the plan of each report; reopening the plan's report brings its choice back.
    history = page.ui.historyTable
    labels = [history.item(row, 0).text() for row in range(history.rowCount())]
    assert "6 tháng đầu năm 2025 — KH 99/KH-UBND" in labels and "6 tháng đầu năm 2025" in labels
    row = labels.index("6 tháng đầu năm 2025 — KH 99/KH-UBND")
    click_index(qtbot, history, history.model().index(row, 0))
    click(qtbot, page.ui.reopenButton)
    assert page.report is not None and page.report.summary.id == plan_report.summary.id
    assert combo.currentData() == "kh-99-cds" and page.plan_key == "kh-99-cds"
    assert page.ui.buildButton.text() == page.tr("&Build report again")
    again = _build(qtbot, page, answers)
    assert [task["content"] for task in again["tasks"]] == SECOND  # still that plan's report
    assert again["uuid"] == payload["uuid"] and page.report.summary.number == plan_report.summary.number


def test_a_draft_keeps_its_plan(qtbot: Any, main_window: MainWindow, answers: DialogAnswers) -> None:
    _second_plan(main_window)
    page = open_reports_page(qtbot, main_window)
    _h1_2025(qtbot, page)
    choose(qtbot, page.ui.planCombo, _plan_entry(page))
    type_into(qtbot, page.ui.resultsEdit, "Đã số hóa hồ sơ một cửa ở các phường.")
    page.ui.resultsEdit.clearFocus()  # leaving the field saves the draft
    assert page.report is not None and page.report.summary.status == "draft"
    assert page.report.summary.plan_key == "kh-99-cds"
    draft_id = page.report.summary.id

    choose(qtbot, page.ui.planCombo, WHOLE)
    assert page.report is None or page.report.summary.id != draft_id
    assert "Đã số hóa hồ sơ" not in page.ui.resultsEdit.toPlainText()
    choose(qtbot, page.ui.planCombo, _plan_entry(page))
    assert page.report is not None and page.report.summary.id == draft_id
    assert page.ui.resultsEdit.toPlainText() == "Đã số hóa hồ sơ một cửa ở các phường."


def test_an_archived_plan_leaves_the_choice(qtbot: Any, main_window: MainWindow, answers: DialogAnswers) -> None:
    from bkfi_desktop.ui.plan_details_dialog import PlanDetailsDialog

    _second_plan(main_window)
    page = open_reports_page(qtbot, main_window)
    choose(qtbot, page.ui.planCombo, _plan_entry(page))
    assert page.plan_key == "kh-99-cds"

    main_window.ui.actionPlans.trigger()  # Sửa ▸ Kế hoạch…: archive the plan
    [dialog] = [child for child in main_window.findChildren(PlanDetailsDialog) if child.isVisible()]
    row = next(row for row, plan in enumerate(dialog.plans) if plan.key == "kh-99-cds")
    click_index(qtbot, dialog.ui.planTable, dialog.ui.planTable.model().index(row, 0))
    answers.confirms.append(True)
    click(qtbot, dialog.ui.archiveButton)
    dialog.close()

    assert page.ui.planCombo.isHidden()  # one plan left in today's lists: nothing to choose
    assert page.plan_key is None and int(page.ui.countsTable.item(0, 1).text()) > 2
