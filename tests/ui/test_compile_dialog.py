"""Tổng hợp báo cáo các đơn vị, as the compiling office's clerk uses it: add the units' signed reports
(file dialog, folder, drop), press Tổng hợp, read who was accepted and who was refused and why, save
the workbook."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from bkfi_desktop.core.roster import set_deadline, set_roster
from bkfi_desktop.documents.signing import import_trust_root
from bkfi_desktop.textvn.collation import vietnamese_sort_key
from bkfi_desktop.ui import compile_dialog as compile_module
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.compile_dialog import CompileDialog
from bkfi_desktop.ui.compile_results import REFUSED_COLOUR
from tests.compile.conftest import UNIT_A, UNIT_B, UNIT_C, ReportSet
from tests.compile.fixtures import ALTERED, LATE, MISSING, ON_TIME, OTHER_SIGNER, ROSTER_UNITS, RosterSet
from tests.signing.tamper import flip_byte
from tests.ui.clerk import choose, click, drop_files, top_level

if TYPE_CHECKING:
    from tests.ui.conftest import DialogAnswers
    from tests.ui.report_fixtures import SaveAnswers

pytest_plugins = ["tests.ui.report_fixtures"]

TOTAL_ROW = "Tổng cộng (3 đơn vị)"


@pytest.fixture
def trusted(report_set: ReportSet) -> ReportSet:
    """The test root installed in this test's data folder: the dialog uses the workspace's trust roots."""
    import_trust_root(report_set.root_pem)
    return report_set


@pytest.fixture
def dialog(qtbot: Any, context: AppContext, answers: DialogAnswers) -> CompileDialog:
    widget = CompileDialog(context)
    qtbot.addWidget(widget)
    widget.open()
    qtbot.waitExposed(widget)
    return widget


def _altered(source: Path, target: Path) -> Path:
    data = source.read_bytes()
    target.write_bytes(flip_byte(data, data.index(b"stream", len(data) // 3) + 40))
    return target


def _column(table: Any, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_three_units_accepted_one_altered_refused_and_the_workbook_saved(
    qtbot: Any,
    dialog: CompileDialog,
    answers: DialogAnswers,
    save_answers: SaveAnswers,
    trusted: ReportSet,
    tmp_path: Path,
) -> None:
    received = tmp_path / "nhận"
    good = trusted.copy(received, "a_h1", "b_h1", "c_h1")
    altered = _altered(trusted.files["b_h1"], received / "Phòng TC-KH bị sửa.pdf")

    answers.open_file_lists.append(good)
    click(qtbot, dialog.ui.addFilesButton)
    assert drop_files(dialog, [altered])
    assert dialog.ui.filesList.count() == 4
    assert not dialog.ui.saveButton.isEnabled()

    click(qtbot, dialog.ui.compileButton)

    ui = dialog.ui
    assert _column(ui.acceptedTable, 0) == [UNIT_B, UNIT_A, UNIT_C]  # Vietnamese order
    assert set(_column(ui.acceptedTable, 1)) == {"01/BC-UBND"}
    assert all(_column(ui.acceptedTable, 2)) and all("+07:00" in t for t in _column(ui.acceptedTable, 3))
    assert ui.acceptedBox.title().endswith("(3)") and ui.refusedBox.title().endswith("(1)")
    assert ui.refusedTable.rowCount() == 1
    assert ui.refusedTable.item(0, 0).text() == altered.name
    reason = ui.refusedTable.item(0, 2)
    assert "bị thay đổi sau khi ký" in reason.text()
    assert reason.foreground().color() == REFUSED_COLOUR
    assert "2025-H1" in ui.statusLabel.text() and "3" in ui.statusLabel.text()

    payloads = [trusted.payload(name) for name in ("a_h1", "b_h1", "c_h1")]
    activities = sum(p["activity_totals"]["quantity"] for p in payloads)
    shown = dialog.totals_shown()
    assert shown["Units compiled"] == "3"
    assert shown["Activities (total quantity)"] == str(activities)
    assert shown["Training sessions"] == str(sum(p["training_summary"]["count"] for p in payloads))

    assert ui.saveButton.isEnabled()
    save_answers.paths.append(tmp_path / "kết quả" / "tổng hợp 6 tháng")
    (tmp_path / "kết quả").mkdir()
    click(qtbot, ui.saveButton)
    assert save_answers.asked[-1].endswith("tong-hop-2025-H1.xlsx")
    out = tmp_path / "kết quả" / "tổng hợp 6 tháng.xlsx"
    assert dialog.outputs.saved_to == out and out.is_file()
    assert str(out) in ui.statusLabel.text()

    book = load_workbook(out)
    sheet = book["Tổng hợp"]
    headings = [cell.value for cell in sheet[3]]
    rows = {
        row[1]: dict(zip(headings, row, strict=True)) for row in sheet.iter_rows(min_row=4, values_only=True)
    }
    assert list(rows) == [UNIT_B, UNIT_A, UNIT_C, TOTAL_ROW]
    total = rows[TOTAL_ROW]
    assert total["Số lượng hoạt động"] == activities
    assert total["Lượt người tập huấn"] == sum(p["training_summary"]["participants"] for p in payloads)
    assert total["Số nhiệm vụ"] == sum(len(p["tasks"]) for p in payloads)
    refused = [row[1] for row in book["Tệp bị từ chối"].iter_rows(min_row=4, values_only=True)]
    assert refused == [altered.name]


def test_a_folder_for_another_period_is_refused_whole(
    qtbot: Any,
    dialog: CompileDialog,
    trusted: ReportSet,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "hộp thư"
    trusted.copy(folder, "a_h1", "b_h1")
    (folder / "ghi chú.txt").write_text("không phải báo cáo", encoding="utf-8")
    monkeypatch.setattr(compile_module, "choose_folder", lambda *_args: folder)
    click(qtbot, dialog.ui.addFolderButton)
    click(qtbot, dialog.ui.addFolderButton)  # the same folder twice adds nothing
    assert dialog.ui.filesList.count() == 2

    choose(qtbot, dialog.ui.periodCombo, "2025-Y — năm 2025")  # arrow keys, as from the keyboard
    assert dialog.period_code() == "2025-Y"
    qtbot.keyClick(dialog.ui.compileButton, Qt.Key.Key_Space)

    assert dialog.ui.acceptedTable.rowCount() == 0
    assert dialog.ui.refusedTable.rowCount() == 2
    assert all(label == "Khác kỳ báo cáo" for label in _column(dialog.ui.refusedTable, 1))
    assert not dialog.ui.saveButton.isEnabled()
    assert dialog.ui.totalsTable.rowCount() == 0


def test_a_mistyped_period_is_explained_before_any_file_is_read(
    qtbot: Any, dialog: CompileDialog, trusted: ReportSet, tmp_path: Path
) -> None:
    dialog.add_paths(trusted.copy(tmp_path, "a_h1"))
    combo = dialog.ui.periodCombo
    combo.setFocus()
    combo.lineEdit().selectAll()
    # ASCII through QTest: Vietnamese key events sent to an editable combo's line edit leave something
    # that crashes the garbage collector in a later test (PySide 6), so tests type ASCII there.
    qtbot.keyClicks(combo.lineEdit(), "nam 2025")
    click(qtbot, dialog.ui.compileButton)
    assert "không hợp lệ" in dialog.ui.statusLabel.text()
    assert dialog.compilation is None and dialog.ui.periodCombo.hasFocus()


def test_removing_a_file_clears_results_that_no_longer_match(
    qtbot: Any, dialog: CompileDialog, trusted: ReportSet, tmp_path: Path
) -> None:
    dialog.add_paths(trusted.copy(tmp_path, "a_h1", "b_h1"))
    click(qtbot, dialog.ui.compileButton)
    assert dialog.ui.acceptedTable.rowCount() == 2

    files = dialog.ui.filesList
    files.setFocus()
    files.setCurrentRow(0)
    qtbot.keyClick(files, Qt.Key.Key_Delete)
    assert files.count() == 1
    assert dialog.compilation is None and dialog.ui.acceptedTable.rowCount() == 0
    assert not dialog.ui.saveButton.isEnabled()
    assert "Compile again" in dialog.ui.statusLabel.text()


def test_cancel_stops_the_compilation(
    qtbot: Any, dialog: CompileDialog, trusted: ReportSet, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog.add_paths(trusted.copy(tmp_path, "a_h1", "b_h1", "c_h1"))
    seen: list[str] = []

    def progress_then_escape(percent: int, text: str) -> None:
        seen.append(text)
        assert dialog.ui.cancelButton.isVisible()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc while compiling stops it; the dialog stays

    monkeypatch.setattr(dialog, "show_progress", progress_then_escape)
    click(qtbot, dialog.ui.compileButton)

    assert len(seen) == 1
    assert dialog.isVisible() and not dialog.busy and dialog.compilation is None
    assert "stopped" in dialog.ui.statusLabel.text()
    assert dialog.ui.compileButton.isEnabled() and not dialog.ui.cancelButton.isVisible()


def test_the_file_menu_opens_the_dialog(main_window: Any) -> None:
    main_window.ui.actionCompile.trigger()
    opened = top_level(CompileDialog)
    assert opened.parent() is main_window
    opened.reject()


def test_the_board_shows_each_units_state_from_the_file_menu(
    qtbot: Any, main_window: Any, answers: DialogAnswers, save_answers: SaveAnswers,
    roster_set: RosterSet, tmp_path: Path,
) -> None:
    """12 units expected, 9 reports received: the board says who is on time, late, refused (why) or missing."""
    workspace = main_window.context.workspace
    with workspace.transaction() as session:
        set_roster(session, "2025-H1", ROSTER_UNITS)
        set_deadline(session, "2025-H1", roster_set.due)
    import_trust_root(roster_set.root_pem)
    main_window.ui.actionCompile.trigger()
    dialog = top_level(CompileDialog)
    answers.open_file_lists.append(sorted(roster_set.folder.glob("*.pdf")))
    click(qtbot, dialog.ui.addFilesButton)
    choose(qtbot, dialog.ui.periodCombo, "2025-H1 — 6 tháng đầu năm 2025")
    click(qtbot, dialog.ui.compileButton)

    shown = dialog.board.shown()
    assert list(shown) == ROSTER_UNITS
    assert {unit for unit, label in shown.items() if label == "Đã nộp hợp lệ"} == set(ON_TIME)
    assert shown[LATE] == "Nộp muộn"
    assert shown[OTHER_SIGNER] == shown[ALTERED] == "Bị từ chối"
    assert all(shown[unit] == "Chưa nộp" for unit in MISSING)
    table = dialog.ui.boardTable
    reasons = {table.item(row, 0).text(): table.item(row, 6).text() for row in range(table.rowCount())}
    assert "không phải Phòng Y tế" in reasons[OTHER_SIGNER] and "sau khi ký" in reasons[ALTERED]
    assert "Nộp muộn: 1" in dialog.ui.boardCounts.text() and "Chưa nộp: 3" in dialog.ui.boardCounts.text()

    choose(qtbot, dialog.ui.boardFilter, "Chưa nộp")  # filter: only the units still missing
    assert list(dialog.board.shown()) == MISSING
    table.sortItems(0, Qt.SortOrder.DescendingOrder)  # sortable by unit
    assert list(dialog.board.shown()) == sorted(MISSING, key=vietnamese_sort_key, reverse=True)

    save_answers.paths.append(tmp_path / "tình hình nộp.xlsx")
    click(qtbot, dialog.ui.boardExportButton)
    rows = list(load_workbook(tmp_path / "tình hình nộp.xlsx").active.iter_rows(min_row=2, values_only=True))
    assert sorted(row[0] for row in rows) == sorted(MISSING) and {row[1] for row in rows} == {"Chưa nộp"}
    dialog.reject()
