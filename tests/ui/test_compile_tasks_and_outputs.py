"""The compiling office in Tệp ▸ Tổng hợp…, after the compile: the "By task" tab (what each unit reported,
task by task, and who did not), then its consolidated report built, signed through the Báo cáo page's
sign dialog and compiled again at the next level, and the reminder letter to the units still missing."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docx import Document
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import func, select

from bkfi_desktop.core.roster import set_deadline, set_roster
from bkfi_desktop.core.store.models import Report
from bkfi_desktop.documents.attachments import PAYLOAD_NAME, read_embedded_files
from bkfi_desktop.documents.signing import import_trust_root
from bkfi_desktop.documents.signing.verify import verify_pdf
from bkfi_desktop.ui.compile_dialog import CompileDialog
from bkfi_desktop.ui.compile_tasks import CODE, PROGRESS, UNIT
from bkfi_desktop.ui.sign_dialog import SignDialog
from bkfi_desktop.workflows.compile_reports import compile_period
from tests.compile.conftest import UNIT_A, UNIT_B, UNIT_C, ReportSet
from tests.compile.fixtures import ALTERED, MISSING, OTHER_SIGNER, ROSTER_UNITS, RosterSet, unit_p12
from tests.signing.pki import P12_PASSWORD
from tests.tooling import require_tool
from tests.ui.clerk import choose, click, click_index, top_level, type_into

if TYPE_CHECKING:
    from tests.signing.pki import TestPki
    from tests.ui.conftest import DialogAnswers
    from tests.ui.report_fixtures import SaveAnswers

pytest_plugins = ["tests.ui.report_fixtures"]

OFFICE = "UBND phường Đức Xuân"
UNIT_A_OF_ROSTER = ROSTER_UNITS[0]  # the demo workspace's unit: here it compiles the reports sent to it


def _open_compile(qtbot: Any, window: Any, answers: DialogAnswers, files: list[Path], period: str) -> CompileDialog:
    """Tệp ▸ Tổng hợp…, the files added with Thêm tệp, the period chosen, Tổng hợp pressed."""
    menu = window.ui.menuFile
    menu.popup(window.mapToGlobal(QPoint(0, 0)))
    qtbot.waitExposed(menu)
    menu.setActiveAction(window.ui.actionCompile)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    dialog = top_level(CompileDialog)
    answers.open_file_lists.append(files)
    click(qtbot, dialog.ui.addFilesButton)
    choose(qtbot, dialog.ui.periodCombo, period)
    click(qtbot, dialog.ui.compileButton)
    assert dialog.compilation is not None and dialog.compilation.accepted
    return dialog


def _open_tab(qtbot: Any, dialog: CompileDialog, index: int) -> None:
    bar = dialog.ui.resultsTabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert dialog.ui.resultsTabs.currentIndex() == index


def test_the_by_task_tab_shows_each_units_result_under_its_task(
    qtbot: Any, main_window: Any, answers: DialogAnswers, save_answers: SaveAnswers,
    report_set: ReportSet, tmp_path: Path,
) -> None:
    import_trust_root(report_set.root_pem)
    files = report_set.copy(tmp_path / "nhận", "a_h1", "b_h1", "c_h1")
    dialog = _open_compile(qtbot, main_window, answers, files, "2025-H1 — 6 tháng đầu năm 2025")
    board = dialog.board.shown()  # the plan's name for unit A, reported (late: the default deadline has passed)
    assert board["Phòng Tư pháp thành phố"] == "Nộp muộn" and UNIT_A not in board
    _open_tab(qtbot, dialog, 1)
    tab = dialog.tasks

    shown = tab.shown()
    for name, unit in (("a_h1", UNIT_A), ("b_h1", UNIT_B), ("c_h1", UNIT_C)):
        for task in report_set.payload(name)["tasks"]:
            row = [line for line in shown if line[0] == task["code"] and line[1] == unit]
            assert len(row) == 1, (unit, task["code"])
            assert row[0][3] == task["result"]
    # a unit with a role in 1.1 (the plan names "các phòng, ban, ngành") that sent nothing
    missing = [line for line in shown if line[0] == "1.1" and line[1] == "Phòng Nội vụ thành phố"]
    assert missing and missing[0][2] == "Chưa báo cáo" and "chưa nộp" in missing[0][3]

    # filter by unit, then by words of the task, as the clerk types them
    choose(qtbot, tab.ui.unitFilterCombo, UNIT_A)
    assert {line[1] for line in tab.shown()} == {UNIT_A}
    type_into(qtbot, tab.ui.taskFilterEdit, "quán triệt")
    kept = {line[0] for line in tab.shown()}
    assert kept and "1.1" in kept and "4.1" not in kept
    type_into(qtbot, tab.ui.taskFilterEdit, "")
    choose(qtbot, tab.ui.lineFilterCombo, "Not reported")
    choose(qtbot, tab.ui.unitFilterCombo, "All units")
    assert tab.shown() and all(line[2] == "Chưa báo cáo" for line in tab.shown())
    choose(qtbot, tab.ui.lineFilterCombo, "All lines")

    # sortable: by progress, then by code in the plan's order ("1.2" before "IV.1")
    table = tab.ui.tasksTable
    header = table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionViewportPosition(PROGRESS) + 5, 5))
    progress = [table.item(r, PROGRESS).text() for r in range(table.rowCount())]
    numbers = [int(p) if p else -1 for p in progress]
    assert numbers == sorted(numbers) or numbers == sorted(numbers, reverse=True)
    table.sortItems(CODE, Qt.SortOrder.AscendingOrder)
    codes = [table.item(r, CODE).text() for r in range(table.rowCount())]
    assert codes.index("1.2") < codes.index("2.1") < codes.index("IV.5")

    # a long result is read in full below the table
    task = next(t for t in report_set.payload("a_h1")["tasks"] if t["result"])
    row = next(
        r for r in range(table.rowCount())
        if table.item(r, CODE).text() == task["code"] and table.item(r, UNIT).text() == UNIT_A
    )
    click_index(qtbot, table, table.model().index(row, UNIT))
    detail = tab.ui.detailView.toPlainText()
    assert task["result"] in detail and task["code"] in detail and UNIT_A in detail

    # exported as the clerk sees it
    save_answers.paths.append(tmp_path / "theo nhiệm vụ")
    click(qtbot, tab.ui.tasksExportButton)
    assert save_answers.asked[-1].endswith("theo-nhiem-vu-2025-H1.xlsx")
    sheet = load_workbook(tmp_path / "theo nhiệm vụ.xlsx").active
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == table.rowCount() and [r[1] for r in rows] == codes
    dialog.reject()
    assert answers.errors == []


def _pdf_text(pdf: Path) -> str:
    tool = require_tool("pdftotext")
    return " ".join(subprocess.run([tool, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split())


def test_the_consolidated_report_is_built_signed_and_compiles_again_and_the_reminder_names_the_missing(
    qtbot: Any, main_window: Any, answers: DialogAnswers, save_answers: SaveAnswers,
    roster_set: RosterSet, pki: TestPki, tmp_path: Path,
) -> None:
    workspace = main_window.context.workspace
    with workspace.transaction() as session:
        set_roster(session, "2025-H1", ROSTER_UNITS)
        set_deadline(session, "2025-H1", roster_set.due)
    import_trust_root(roster_set.root_pem)
    dialog = _open_compile(
        qtbot, main_window, answers, sorted(roster_set.folder.glob("*.pdf")), "2025-H1 — 6 tháng đầu năm 2025"
    )
    ui = dialog.ui
    assert not ui.signReportButton.isEnabled() and not ui.signReminderButton.isVisible()
    first = dialog.result.compilation.totals.to_dict()

    # 5. the consolidated report, where the clerk chooses: the PDF and its Word file beside it
    out = tmp_path / "gửi thành phố"
    out.mkdir()
    save_answers.paths.append(out / "Báo cáo tổng hợp 6 tháng")
    click(qtbot, ui.reportButton)
    assert save_answers.asked[-1].endswith("bao-cao-tong-hop-2025-H1.pdf")
    pdf, docx = out / "Báo cáo tổng hợp 6 tháng.pdf", out / "Báo cáo tổng hợp 6 tháng.docx"
    assert pdf.is_file() and docx.is_file(), ui.statusLabel.text()
    assert str(pdf) in ui.statusLabel.text()
    payload = json.loads(read_embedded_files(pdf)[PAYLOAD_NAME])
    assert payload["unit"]["name"] == OFFICE and payload["compiled"]["missing"] == MISSING
    words = " ".join(p.text for p in Document(str(docx)).paragraphs)
    assert "6 tháng đầu năm 2025" in words and UNIT_A_OF_ROSTER in words  # editable, with the units' texts

    # Ký số… opens the Báo cáo page's sign dialog on that report
    assert ui.signReportButton.isEnabled()
    click(qtbot, ui.signReportButton)
    signer = top_level(SignDialog)
    assert str(pdf) in signer.ui.reportLabel.text()
    click(qtbot, signer.ui.p12Radio)
    type_into(qtbot, signer.ui.p12Edit, str(unit_p12(pki, tmp_path, OFFICE)))
    type_into(qtbot, signer.ui.passwordEdit, P12_PASSWORD)
    click(qtbot, signer.sign_button)
    signed = Path(signer.ui.outputEdit.text())
    assert signed.is_file() and not signer.isVisible()
    assert str(signed) in ui.statusLabel.text() and not ui.signReportButton.isEnabled()

    # the level above compiles the signed report to the same figures
    above = compile_period(None, [signed], trust_roots=[roster_set.root_pem])
    assert [r.unit_name for r in above.compilation.accepted] == [OFFICE], above.compilation.refused
    again = above.compilation.totals.to_dict()
    assert {k: again[k] for k in ("activities", "trainings", "tasks")} == {
        k: first[k] for k in ("activities", "trainings", "tasks")
    }

    # the reminder letter names the units still owing a valid report
    save_answers.paths.append(out / "công văn đôn đốc")
    click(qtbot, ui.reminderButton)
    letter = out / "công văn đôn đốc.pdf"
    assert letter.is_file(), ui.statusLabel.text()
    assert set(dialog.outputs.reminder_units) == {*MISSING, OTHER_SIGNER, ALTERED}  # refused ones still owe
    text = _pdf_text(letter)
    for unit in MISSING:
        assert f"- {unit}" in text
    assert b"/FT /Sig" in letter.read_bytes()

    # and signed like the report, from its own button
    assert ui.signReminderButton.isVisible() and ui.signReminderButton.isEnabled()
    click(qtbot, ui.signReminderButton)
    signer = top_level(SignDialog)
    assert str(letter) in signer.ui.reportLabel.text()
    click(qtbot, signer.ui.p12Radio)
    type_into(qtbot, signer.ui.p12Edit, str(unit_p12(pki, tmp_path, OFFICE)))
    type_into(qtbot, signer.ui.passwordEdit, P12_PASSWORD)
    click(qtbot, signer.sign_button)
    signed_letter = Path(signer.ui.outputEdit.text())
    checked = verify_pdf(signed_letter, [roster_set.root_pem])
    assert checked.signed and checked.intact and checked.trusted, checked.problems
    assert str(signed_letter) in ui.statusLabel.text() and not ui.signReminderButton.isEnabled()
    dialog.reject()
    assert answers.errors == []


def test_a_failure_is_one_vietnamese_sentence_and_writes_nothing(
    qtbot: Any, main_window: Any, answers: DialogAnswers, save_answers: SaveAnswers,
    report_set: ReportSet, tmp_path: Path,
) -> None:
    import_trust_root(report_set.root_pem)
    dialog = _open_compile(
        qtbot, main_window, answers, report_set.copy(tmp_path / "nhận", "a_h1"), "2025-H1 — 6 tháng đầu năm 2025"
    )
    with main_window.context.workspace.session() as session:
        reports_before = session.scalar(select(func.count(Report.id)))
    blocked = tmp_path / "không ghi được"
    blocked.write_text("một tệp, không phải thư mục", encoding="utf-8")
    save_answers.paths.append(blocked / "bao-cao.pdf")
    click(qtbot, dialog.ui.reportButton)
    status = dialog.ui.statusLabel.text()
    assert status.startswith("Không ghi được tệp") and "báo cáo chưa được lập" in status, status
    assert "#b00020" in dialog.ui.statusLabel.styleSheet() and not dialog.busy
    assert list(tmp_path.rglob("bao-cao*")) == []
    with main_window.context.workspace.session() as session:
        assert session.scalar(select(func.count(Report.id))) == reports_before  # no record of a report
    assert not dialog.ui.signReportButton.isEnabled() and dialog.ui.reportButton.isEnabled()
    dialog.reject()


def test_esc_while_the_report_is_built_stops_it_and_writes_nothing(
    qtbot: Any, main_window: Any, answers: DialogAnswers, save_answers: SaveAnswers,
    report_set: ReportSet, tmp_path: Path, monkeypatch: Any,
) -> None:
    import_trust_root(report_set.root_pem)
    dialog = _open_compile(
        qtbot, main_window, answers, report_set.copy(tmp_path / "nhận", "a_h1", "b_h1"), "2025-H1 — 6 tháng đầu năm 2025"
    )
    seen: list[str] = []

    def progress_then_escape(_percent: int, text: str) -> None:
        seen.append(text)
        assert dialog.ui.cancelButton.isVisible()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc stops the work; the dialog stays open

    monkeypatch.setattr(dialog, "show_progress", progress_then_escape)
    save_answers.paths.append(tmp_path / "bao-cao.pdf")
    click(qtbot, dialog.ui.reportButton)
    assert seen and dialog.isVisible() and not dialog.busy
    assert "no file was written" in dialog.ui.statusLabel.text()
    assert not (tmp_path / "bao-cao.pdf").exists() and not (tmp_path / "bao-cao.docx").exists()
    assert not dialog.ui.signReportButton.isEnabled() and dialog.ui.reportButton.isEnabled()
    dialog.reject()
