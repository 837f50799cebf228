"""Kiểm tra chữ ký, as a receiving office uses it: open or drop a signed report, read the verdict."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.verify_dialog import BAD_STYLE, GOOD_STYLE, VerifyDialog
from tests.signing.tamper import flip_byte
from tests.ui.clerk import click, drop_files

if TYPE_CHECKING:
    from tests.ui.conftest import DialogAnswers

pytest_plugins = ["tests.ui.report_fixtures"]


@pytest.fixture
def dialog(qtbot: Any, context: AppContext, answers: DialogAnswers) -> VerifyDialog:
    widget = VerifyDialog(context)
    qtbot.addWidget(widget)
    widget.open()
    qtbot.waitExposed(widget)
    return widget


def results(dialog: VerifyDialog) -> dict[str, str]:
    table = dialog.ui.checksTable
    return {table.item(row, 0).text(): table.item(row, 1).text() for row in range(table.rowCount())}


def test_a_signed_report_is_green(
    qtbot: Any, dialog: VerifyDialog, answers: DialogAnswers, signed_pdf: Path, trusted_root: Path
) -> None:
    answers.open_files.append(signed_pdf)
    click(qtbot, dialog.ui.openButton)
    assert dialog.verdict_is_good() is True
    assert GOOD_STYLE in dialog.ui.verdictLabel.styleSheet()
    assert all(text.startswith("✔") for text in results(dialog).values()), results(dialog)
    assert dialog.ui.holderValue.text() == "Nguyễn Thị Hồng Nhung"
    assert dialog.ui.organisationValue.text() == "Ủy ban nhân dân phường Đức Xuân"
    assert "+07:00" in dialog.ui.timeValue.text()
    assert not dialog.ui.problemsList.isVisible()


def test_one_flipped_byte_is_red_with_the_reason(
    dialog: VerifyDialog, signed_pdf: Path, trusted_root: Path, tmp_path: Path
) -> None:
    altered = tmp_path / "bị sửa.pdf"
    altered.write_bytes(flip_byte(signed_pdf.read_bytes()))
    assert drop_files(dialog, [altered])
    assert dialog.verdict_is_good() is False
    assert BAD_STYLE in dialog.ui.verdictLabel.styleSheet()
    assert "đã bị thay đổi sau khi ký" in dialog.ui.verdictLabel.text()
    assert results(dialog)["Intact (not altered since signing)"].startswith("✘")
    problems = [dialog.ui.problemsList.item(row).text() for row in range(dialog.ui.problemsList.count())]
    assert any("bị sửa.pdf" in problem for problem in problems)


def test_an_untrusted_signer_is_red(dialog: VerifyDialog, signed_pdf: Path) -> None:
    """No trust root installed in this data folder: intact, but nobody vouches for the signer."""
    dialog.verify(signed_pdf)
    assert dialog.verdict_is_good() is False
    checks = results(dialog)
    assert checks["Intact (not altered since signing)"].startswith("✔")
    assert checks["Signer trusted (chains to an installed root)"].startswith("✘")
    assert "chứng thư gốc" in dialog.ui.verdictLabel.text()


def test_drop_refuses_what_is_not_a_pdf(dialog: VerifyDialog, tmp_path: Path) -> None:
    note = tmp_path / "ghi chú.txt"
    note.write_text("không phải PDF", encoding="utf-8")
    assert not drop_files(dialog, [note])
    assert dialog.verdict_is_good() is None


def test_an_unsigned_report_is_red(dialog: VerifyDialog, issued_report: Any) -> None:
    dialog.verify(issued_report.pdf)
    assert dialog.verdict_is_good() is False
    assert "chưa được ký số" in dialog.ui.verdictLabel.text()


def _dialog_from_menu(qtbot: Any, main_window: Any) -> VerifyDialog:
    """Opened the way the receiving office opens it: Tệp → Kiểm tra chữ ký số báo cáo…"""
    main_window.ui.actionVerify.trigger()
    opened = [child for child in main_window.findChildren(VerifyDialog) if child.isVisible()]
    assert len(opened) == 1
    qtbot.waitExposed(opened[0])
    return opened[0]


def _check_altered_copy(qtbot: Any, main_window: Any, answers: DialogAnswers, signed_pdf: Path, tmp_path: Path) -> Any:
    """A copy of the signed report with one byte flipped, opened in Tệp → Kiểm tra chữ ký and checked."""
    altered = tmp_path / "bị sửa.pdf"
    altered.write_bytes(flip_byte(signed_pdf.read_bytes()))
    dialog = _dialog_from_menu(qtbot, main_window)
    answers.open_files.append(altered)
    click(qtbot, dialog.ui.openButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)
    return dialog


def test_an_altered_file_never_contradicts_itself(
    qtbot: Any, main_window: Any, answers: DialogAnswers, signed_pdf: Path, trusted_root: Path, tmp_path: Path
) -> None:
    """One flipped byte inside the signed part: 'intact: no' is not followed by 'unchanged after
    signing: yes', and the signer, whose certificate still chains to the installed root, is not
    called untrusted because of what happened to the document."""
    dialog = _check_altered_copy(qtbot, main_window, answers, signed_pdf, tmp_path)
    checks = results(dialog)
    assert checks["Intact (not altered since signing)"].startswith("✘ No: the signed content no longer matches")
    assert checks["Unchanged after signing"].startswith("✘ No: the signed content itself was changed")
    assert checks["Signer trusted (chains to an installed root)"].startswith("✔ Yes: the certificate chains")
    assert checks["Signature covers the whole file"].startswith("✔ Yes")
    assert all(": " in text for text in checks.values()), checks  # each line says what was found
    problems = [dialog.ui.problemsList.item(row).text() for row in range(dialog.ui.problemsList.count())]
    assert not any("chứng thư gốc" in problem for problem in problems), problems
    dialog.reject()


def test_an_untrusted_signer_of_an_altered_file_is_named_as_such(
    qtbot: Any, main_window: Any, answers: DialogAnswers, signed_pdf: Path, tmp_path: Path
) -> None:
    """No root installed: the chain is checked on its own and found wanting, with the reason."""
    dialog = _check_altered_copy(qtbot, main_window, answers, signed_pdf, tmp_path)
    checks = results(dialog)
    assert checks["Intact (not altered since signing)"].startswith("✘")
    assert checks["Unchanged after signing"].startswith("✘")
    assert checks["Signer trusted (chains to an installed root)"].startswith("✘ No: ")
    assert "chứng thư gốc" in checks["Signer trusted (chains to an installed root)"]
    dialog.reject()
