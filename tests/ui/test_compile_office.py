"""The compiling office's tools beside the board, as its clerk uses them from Tệp ▸ Tổng hợp: the list
of units that must report and the deadline (typed), accepting the signer of a report signed for
another organisation, and importing the CA's revocation list."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu

from bkfi_desktop.core.audit import recent
from bkfi_desktop.core.roster import deadline, get_roster, set_deadline, set_roster
from bkfi_desktop.core.signer_acceptance import list_accepted_signers
from bkfi_desktop.documents.signing import import_trust_root
from bkfi_desktop.ui.compile_dialog import CompileDialog
from bkfi_desktop.ui.crl_dialog import CrlDialog
from bkfi_desktop.ui.roster_dialog import RosterDialog
from tests.compile.fixtures import LATE, MISSING, ON_TIME, OTHER_SIGNER, ROSTER_UNITS, ReportSet, RosterSet
from tests.ui.clerk import choose, click, top_level, type_into

if TYPE_CHECKING:
    from tests.compile.crl_helpers import RevokedReport
    from tests.ui.conftest import DialogAnswers

pytest_plugins = ["tests.compile.revocation"]

PERIOD = "2025-H1 — 6 tháng đầu năm 2025"


def type_date(qtbot: Any, edit: Any, text: str) -> None:
    """Click into the date box and type the whole date, as a clerk does."""
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def _compile_from_menu(qtbot: Any, main_window: Any, answers: DialogAnswers, files: list) -> CompileDialog:
    main_window.ui.actionCompile.trigger()
    dialog = top_level(CompileDialog)
    answers.open_file_lists.append(files)
    click(qtbot, dialog.ui.addFilesButton)
    choose(qtbot, dialog.ui.periodCombo, PERIOD)
    click(qtbot, dialog.ui.compileButton)
    return dialog


def _select_unit(qtbot: Any, table: Any, unit: str) -> None:
    (row,) = [r for r in range(table.rowCount()) if table.item(r, 0).text() == unit]
    table.scrollToItem(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(table.item(row, 0)).center())


def _office(main_window: Any, roster_set: RosterSet, units: list[str], due: dt.date) -> Any:
    workspace = main_window.context.workspace
    with workspace.transaction() as session:
        set_roster(session, "2025-H1", units)
        set_deadline(session, "2025-H1", due)
    import_trust_root(roster_set.root_pem)
    return workspace


def test_the_roster_is_edited_from_the_board_and_the_board_follows(
    qtbot: Any, main_window: Any, answers: DialogAnswers, roster_set: RosterSet
) -> None:
    early = dt.date(2025, 6, 1)  # every report signed after it: all late until the office corrects it
    workspace = _office(main_window, roster_set, ROSTER_UNITS[:11], early)
    dialog = _compile_from_menu(qtbot, main_window, answers, sorted(roster_set.folder.glob("*.pdf")))
    assert dialog.board.shown()[ON_TIME[0]] == "Nộp muộn"

    click(qtbot, dialog.office.ui.rosterButton)
    roster = top_level(RosterDialog)
    assert roster.period() == "2025-H1"
    assert roster.shown() == [(unit, True) for unit in ROSTER_UNITS[:11]]
    assert roster.ui.deadlineEdit.date().toString("dd/MM/yyyy") == "01/06/2025"

    # add a unit of the directory: completion offers it from part of its name
    completer = roster.ui.unitEdit.completer()
    completer.setCompletionPrefix("Dương Q")
    assert completer.completionCount() >= 1 and "Dương Quang" in completer.currentCompletion()
    type_into(qtbot, roster.ui.unitEdit, "Phòng Không Có Thật", enter=True)
    assert "không có trong danh mục" in roster.ui.errorLabel.text() or "not in the unit directory" in roster.ui.errorLabel.text()
    type_into(qtbot, roster.ui.unitEdit, ROSTER_UNITS[11], enter=True)
    assert roster.shown()[-1] == (ROSTER_UNITS[11], True) and not roster.ui.errorLabel.text()
    type_into(qtbot, roster.ui.unitEdit, ROSTER_UNITS[0].upper(), enter=True)  # already listed, spelt otherwise
    assert len(roster.shown()) == 12 and roster.ui.errorLabel.text()

    # the first missing unit need not report this period; Phòng Nội vụ is taken off the list
    _select_unit(qtbot, roster.ui.unitTable, MISSING[0])
    click(qtbot, roster.ui.excuseButton)
    _select_unit(qtbot, roster.ui.unitTable, "Phòng Nội vụ")
    click(qtbot, roster.ui.removeButton)
    type_date(qtbot, roster.ui.deadlineEdit, roster_set.due.strftime("%d/%m/%Y"))
    click(qtbot, roster.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    assert not roster.isVisible()

    expected = [unit for unit in ROSTER_UNITS if unit != "Phòng Nội vụ"]
    with workspace.session() as session:
        saved = get_roster(session, "2025-H1")
        assert [(u.name, u.required) for u in saved] == [(u, u != MISSING[0]) for u in expected]
        assert deadline(session, "2025-H1") == (roster_set.due, "office")
        summaries = [entry.summary for entry in recent(session, 5)]
    assert any("Danh sách đơn vị phải báo cáo kỳ 2025-H1" in s for s in summaries)
    assert any(f"Hạn nộp báo cáo kỳ 2025-H1: {roster_set.due:%d/%m/%Y}" in s for s in summaries)

    # the board follows at once: the deadline typed, the excused unit gone, the removed one off the roster
    shown = dialog.board.shown()
    assert shown[LATE] == "Nộp muộn" and shown[ON_TIME[0]] == "Đã nộp hợp lệ"
    assert MISSING[0] not in shown and shown[ROSTER_UNITS[11]] == "Chưa nộp"
    assert [row.on_roster for row in dialog.board.rows if row.unit == "Phòng Nội vụ"] == [False]
    dialog.reject()


def test_a_signer_of_another_organisation_is_accepted_and_counted(
    qtbot: Any, main_window: Any, answers: DialogAnswers, roster_set: RosterSet
) -> None:
    workspace = _office(main_window, roster_set, ROSTER_UNITS, roster_set.due)
    files = sorted(roster_set.folder.glob("*.pdf"))
    dialog = _compile_from_menu(qtbot, main_window, answers, files)
    accept = dialog.office.ui.acceptSignerButton
    assert dialog.board.shown()[OTHER_SIGNER] == "Bị từ chối"
    counted = len(dialog.compilation.accepted)

    _select_unit(qtbot, dialog.ui.boardTable, ROSTER_UNITS[8])  # altered: nothing to accept
    assert not accept.isEnabled()
    _select_unit(qtbot, dialog.ui.boardTable, OTHER_SIGNER)
    assert accept.isEnabled()

    answers.confirms.append(False)  # the clerk thinks again: nothing changes
    click(qtbot, accept)
    assert dialog.board.shown()[OTHER_SIGNER] == "Bị từ chối"
    question = answers.asked[-1][1]
    assert OTHER_SIGNER in question and ROSTER_UNITS[0] in question  # the unit and the certificate's organisation

    # the same from the row's context menu (right click)
    table = dialog.ui.boardTable
    table.customContextMenuRequested.emit(table.visualItemRect(table.currentItem()).center())
    menu = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible())
    (action,) = menu.actions()
    assert action.text() == accept.text().replace("&", "")
    answers.confirms.append(True)
    action.trigger()
    menu.close()
    assert dialog.board.shown()[OTHER_SIGNER] == "Đã nộp hợp lệ"
    assert len(dialog.compilation.accepted) == counted + 1
    assert not any(refusal.code == "signer_mismatch" for refusal in dialog.compilation.refused)
    with workspace.session() as session:
        (accepted,) = list_accepted_signers(session)
        assert (accepted.unit, accepted.organisations) == (OTHER_SIGNER, (ROSTER_UNITS[0],))
        assert any("Chấp nhận người ký" in entry.summary for entry in recent(session, 5))
    dialog.reject()

    again = _compile_from_menu(qtbot, main_window, answers, files)  # remembered: a new compile counts it
    assert again.board.shown()[OTHER_SIGNER] == "Đã nộp hợp lệ"
    again.reject()


def test_an_imported_crl_refuses_the_revoked_signer_with_the_reason(
    qtbot: Any, main_window: Any, answers: DialogAnswers, report_set: ReportSet, revoked_report: RevokedReport,
    tmp_path: Any,
) -> None:
    import_trust_root(report_set.root_pem)
    (good,) = report_set.copy(tmp_path / "nhận", "a_h1")
    dialog = _compile_from_menu(qtbot, main_window, answers, [good, revoked_report.signed])
    assert len(dialog.compilation.accepted) == 2 and not dialog.compilation.refused

    click(qtbot, dialog.office.ui.crlButton)
    crls = top_level(CrlDialog)
    assert crls.shown() == [] and "not checked for revocation" in crls.ui.statusLabel.text()
    broken = tmp_path / "hỏng.crl"
    broken.write_bytes(b"not a revocation list")
    answers.open_file_lists.append([revoked_report.crl, broken])
    click(qtbot, crls.ui.importButton)
    assert "hỏng.crl" in crls.ui.statusLabel.text() and crls.shown() == []  # all or nothing

    answers.open_file_lists.append([revoked_report.crl])
    click(qtbot, crls.ui.importButton)
    (row,) = crls.shown()
    assert row["Issuer"] == "BKFI Test Root CA" and row["Revoked"] == "1" and row["State"] == "Up to date"
    click(qtbot, crls.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close))

    # closing the list checks the signatures again: the revoked signer's report is refused, with why
    compilation = dialog.compilation
    assert [report.file for report in compilation.accepted] == [good.name]
    (refusal,) = compilation.refused
    assert refusal.code == "revoked" and refusal.file == revoked_report.signed.name
    refused = dialog.ui.refusedTable
    assert refused.item(0, 0).text() == revoked_report.signed.name and "thu hồi" in refused.item(0, 2).text()
    dialog.reject()


@pytest.mark.parametrize("kind", ["roster", "crl"])
def test_the_office_dialogs_open_and_close_with_escape(
    qtbot: Any, main_window: Any, answers: DialogAnswers, kind: str
) -> None:
    main_window.ui.actionCompile.trigger()
    dialog = top_level(CompileDialog)
    button = dialog.office.ui.rosterButton if kind == "roster" else dialog.office.ui.crlButton
    click(qtbot, button)
    opened = top_level(RosterDialog if kind == "roster" else CrlDialog)
    qtbot.keyClick(opened, Qt.Key.Key_Escape)
    assert not opened.isVisible() and dialog.isVisible()
    dialog.reject()


def test_the_verify_dialog_uses_the_crl_imported_from_the_file_menu(
    qtbot: Any, main_window: Any, answers: DialogAnswers, report_set: ReportSet, revoked_report: RevokedReport
) -> None:
    from bkfi_desktop.ui.verify_dialog import VerifyDialog

    import_trust_root(report_set.root_pem)

    def verdict() -> tuple[bool | None, str]:
        main_window.ui.actionVerify.trigger()
        dialog = top_level(VerifyDialog)
        answers.open_files.append(revoked_report.signed)
        click(qtbot, dialog.ui.openButton)
        found = dialog.verdict_is_good(), dialog.ui.verdictLabel.text()
        dialog.reject()
        return found

    good, text = verdict()  # no list imported: valid, and it says revocation was not checked
    assert good is True and "Chưa kiểm tra thu hồi" in text
    main_window.ui.actionCrl.trigger()  # Tệp ▸ Danh sách thu hồi chứng thư (CRL)…
    crls = top_level(CrlDialog)
    assert crls.parent() is main_window
    answers.open_file_lists.append([revoked_report.crl])
    click(qtbot, crls.ui.importButton)
    assert [row["Revoked"] for row in crls.shown()] == ["1"]
    qtbot.keyClick(crls, Qt.Key.Key_Escape)
    good, text = verdict()
    assert good is False and "đã bị thu hồi" in text


def test_a_plans_own_roster_is_the_one_the_board_follows(
    qtbot: Any, main_window: Any, answers: DialogAnswers, roster_set: RosterSet
) -> None:
    from bkfi_desktop.core.plan_details import list_plans

    workspace = main_window.context.workspace
    with workspace.session() as session:
        (plan,) = list_plans(session)
        everyone = [unit.name for unit in get_roster(session, "2025-H1")]
    import_trust_root(roster_set.root_pem)
    dialog = _compile_from_menu(qtbot, main_window, answers, sorted(roster_set.folder.glob("*.pdf")))
    click(qtbot, dialog.office.ui.rosterButton)
    roster = top_level(RosterDialog)
    choose(qtbot, roster.ui.planCombo, plan.short_name or plan.title)
    assert [name for name, _ in roster.shown()] == everyone  # the plan's units with a role
    excused = everyone[0]
    _select_unit(qtbot, roster.ui.unitTable, excused)
    click(qtbot, roster.ui.excuseButton)
    click(qtbot, roster.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))

    with workspace.session() as session:
        assert [u.required for u in get_roster(session, "2025-H1", plan.key) if u.name == excused] == [False]
        assert all(u.required for u in get_roster(session, "2025-H1"))  # every plan's list is untouched
    assert excused not in dialog.board.shown() and everyone[1] in dialog.board.shown()
    click(qtbot, dialog.ui.compileButton)  # compiled again: the plan's roster still applies
    assert excused not in dialog.board.shown() and everyone[1] in dialog.board.shown()
    dialog.reject()
