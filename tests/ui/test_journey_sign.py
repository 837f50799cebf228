"""The leader signs from the Báo cáo page of the real window and checks the signature there.

Nothing is built by hand here: the report is built with the page's button, the signing and checking
dialogs are opened with the page's buttons, the .p12 is chosen with the dialog's Browse button.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from bkfi_desktop.ui.main_window import MainWindow
from bkfi_desktop.ui.pages.reports_page import ReportsPage
from bkfi_desktop.ui.sign_dialog import SignDialog
from bkfi_desktop.ui.verify_dialog import VerifyDialog
from tests.signing.pki import P12_PASSWORD
from tests.signing.support import pdfsig_output
from tests.ui.clerk import choose, click, click_index, top_level, type_into

if TYPE_CHECKING:
    from tests.signing.pki import TestPki
    from tests.ui.conftest import DialogAnswers

pytest_plugins = ["tests.ui.report_fixtures"]


def open_reports_page(qtbot: Any, window: MainWindow) -> ReportsPage:
    """Click Báo cáo in the navigation list."""
    nav = window.ui.navList
    row = next(row for row in range(nav.count()) if nav.item(row).data(0x0100) == "reports")
    click_index(qtbot, nav, nav.model().index(row, 0))
    page = window.ui.pageStack.currentWidget()
    assert isinstance(page, ReportsPage)
    return page


def build_h1_2025(qtbot: Any, page: ReportsPage, answers: DialogAnswers) -> None:
    choose(qtbot, page.ui.periodKindCombo, page.tr("6-month report"))
    type_into(qtbot, page.ui.yearSpin, "2025", enter=True)
    page.ui.yearSpin.clearFocus()
    assert page.period_code() == "2025-H1"
    answers.confirms.append(True)  # 2025-H1 was due long before 20/11/2026: the page asks first
    click(qtbot, page.ui.buildButton)
    assert answers.confirms == [] and "day(s) ago" in answers.asked[-1][1]
    assert page.report is not None and page.report.summary.status == "issued"


def sign_with_p12(qtbot: Any, page: ReportsPage, answers: DialogAnswers, test_pki: TestPki) -> Path:
    """Ký số… → .p12 via Chọn… → password → Ký; returns the signed file."""
    assert page.ui.signButton.isEnabled()
    click(qtbot, page.ui.signButton)
    dialog = top_level(SignDialog)
    assert dialog.isModal() and dialog.parent() is page
    click(qtbot, dialog.ui.p12Radio)
    answers.open_files.append(test_pki.p12("signer"))
    click(qtbot, dialog.ui.p12BrowseButton)
    assert dialog.ui.p12Edit.text() == str(test_pki.p12("signer"))
    type_into(qtbot, dialog.ui.passwordEdit, P12_PASSWORD)
    out = Path(dialog.ui.outputEdit.text())
    click(qtbot, dialog.sign_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert out.is_file()
    return out


def test_leader_signs_and_checks_from_the_reports_page(
    qtbot: Any, main_window: MainWindow, answers: DialogAnswers, test_pki: TestPki, trusted_root: Path
) -> None:
    page = open_reports_page(qtbot, main_window)
    build_h1_2025(qtbot, page, answers)
    built = Path(page.report.summary.pdf_path)
    assert built.is_file()

    signed = sign_with_p12(qtbot, page, answers, test_pki)
    # The page shows the report as signed: state line, history row, buttons, preview of the signed file.
    assert page.report is not None and page.report.summary.status == "signed"
    assert Path(page.report.summary.signed_path) == signed
    assert "Đã ký" in page.ui.reportStateLabel.text()
    history = page.ui.historyTable
    row = next(row for row in range(history.rowCount()) if history.item(row, 4).text() == signed.name)
    assert "Đã ký" in history.item(row, 3).text()
    assert not page.ui.signButton.isEnabled()
    assert signed.name in page.ui.previewStatusLabel.text()
    # An independent validator calls the file valid (poppler exits 0 even when it is not: read its text).
    checked = pdfsig_output(signed)
    assert "Signature is Valid." in checked and "Total document signed" in checked

    click(qtbot, page.ui.verifyButton)
    verify = top_level(VerifyDialog)
    assert verify.parent() is page
    assert verify.path == signed and signed.name in verify.ui.fileLabel.text()
    qtbot.waitUntil(lambda: verify.report is not None)
    assert verify.report is not None and verify.report.ok, verify.report.problems
    verify.reject()
