"""Ký số, driven as a leader would: a .p12 file and its password, or a USB token (SoftHSM2) and its PIN."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import select

from bkfi_desktop.core.profile import update_profile
from bkfi_desktop.core.store.models import Report
from bkfi_desktop.documents.signing import verify_pdf
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.sign_dialog import SignDialog, signed_name
from tests.signing.pki import P12_PASSWORD
from tests.signing.support import pdfsig_output
from tests.ui.clerk import click, type_into

if TYPE_CHECKING:
    from tests.signing.pki import TestPki
    from tests.signing.support import SoftHsmToken
    from tests.ui.conftest import DialogAnswers
    from tests.ui.report_fixtures import IssuedReport

pytest_plugins = ["tests.ui.report_fixtures"]


@pytest.fixture
def dialog(
    qtbot: Any, context: AppContext, issued_report: IssuedReport, answers: DialogAnswers
) -> SignDialog:
    widget = SignDialog(context, issued_report.report_id)
    qtbot.addWidget(widget)
    widget.open()
    qtbot.waitExposed(widget)
    return widget


def report_row(context: AppContext, report_id: int) -> Report:
    with context.workspace.session() as session:
        report = session.scalar(select(Report).where(Report.id == report_id))
        assert report is not None
        return report


def use_p12(qtbot: Any, dialog: SignDialog, path: Path, password: str) -> None:
    click(qtbot, dialog.ui.p12Radio)
    type_into(qtbot, dialog.ui.p12Edit, str(path))
    type_into(qtbot, dialog.ui.passwordEdit, password)


def test_default_output_is_beside_the_report(dialog: SignDialog, issued_report: IssuedReport) -> None:
    assert Path(dialog.ui.outputEdit.text()) == issued_report.pdf.with_name("bao-cao-2025-H1-da-ky.pdf")
    assert signed_name(Path("x/bc.pdf")) == Path("x/bc-da-ky.pdf")
    assert dialog.ui.passwordEdit.echoMode() == dialog.ui.passwordEdit.EchoMode.Password
    assert dialog.ui.pinEdit.echoMode() == dialog.ui.pinEdit.EchoMode.Password


def test_wrong_password_says_so_and_leaves_no_file(
    qtbot: Any, dialog: SignDialog, context: AppContext, issued_report: IssuedReport, test_pki: TestPki
) -> None:
    use_p12(qtbot, dialog, test_pki.p12("signer"), "sai-mật-khẩu")
    click(qtbot, dialog.sign_button)
    assert "mật khẩu không đúng" in dialog.ui.errorLabel.text()
    assert "sai-mật-khẩu" not in dialog.ui.errorLabel.text()
    assert dialog.ui.passwordEdit.text() == ""  # never kept after use
    assert dialog.isVisible() and dialog.sign_button.isEnabled()
    assert sorted(p.name for p in issued_report.pdf.parent.iterdir()) == [issued_report.pdf.name]
    assert report_row(context, issued_report.report_id).status == "issued"


def test_expired_certificate_is_refused_with_the_reason(
    qtbot: Any, dialog: SignDialog, issued_report: IssuedReport, test_pki: TestPki
) -> None:
    use_p12(qtbot, dialog, test_pki.p12("expired"), P12_PASSWORD)
    click(qtbot, dialog.sign_button)
    assert "hết hạn" in dialog.ui.errorLabel.text()
    assert not signed_name(issued_report.pdf).exists()


def test_signing_with_a_p12_marks_the_report_signed(
    qtbot: Any,
    dialog: SignDialog,
    context: AppContext,
    issued_report: IssuedReport,
    test_pki: TestPki,
) -> None:
    signed: list[str] = []
    dialog.signed.connect(signed.append)
    changed: list[bool] = []
    context.signals.reports_changed.connect(lambda: changed.append(True))
    use_p12(qtbot, dialog, test_pki.p12("signer"), P12_PASSWORD)
    click(qtbot, dialog.sign_button)
    out = signed_name(issued_report.pdf)
    assert signed == [str(out)] and changed
    assert not dialog.isVisible()
    assert dialog.ui.passwordEdit.text() == ""
    report = report_row(context, issued_report.report_id)
    assert report.status == "signed"
    assert Path(report.signed_path) == out
    assert report.signed_sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    result = verify_pdf(out, [test_pki.root_pem])
    assert result.ok, result.problems
    assert result.signer_holder == "Nguyễn Thị Hồng Nhung"
    # An independent validator agrees (poppler exits 0 even for a broken signature: read its text).
    checked = pdfsig_output(out)
    assert "Signature is Valid." in checked and "Total document signed" in checked


def test_invisible_signature(
    qtbot: Any, dialog: SignDialog, issued_report: IssuedReport, test_pki: TestPki
) -> None:
    click(qtbot, dialog.ui.invisibleCheck)
    assert "nothing is drawn" in dialog.ui.appearanceLabel.text()
    use_p12(qtbot, dialog, test_pki.p12("signer"), P12_PASSWORD)
    click(qtbot, dialog.sign_button)
    assert verify_pdf(signed_name(issued_report.pdf), [test_pki.root_pem]).ok


def test_signing_with_a_token_lists_certificates_and_asks_the_pin(
    qtbot: Any,
    context: AppContext,
    issued_report: IssuedReport,
    answers: DialogAnswers,
    softhsm_token: SoftHsmToken,
    pki: TestPki,
) -> None:
    with context.workspace.transaction() as session:
        update_profile(session, pkcs11_library=str(softhsm_token.lib))
    dialog = SignDialog(context, issued_report.report_id)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.ui.tokenRadio.isChecked()  # the driver set in Cài đặt is read at once
    table = dialog.ui.certificateTable
    assert table.rowCount() == 2
    verdicts = [table.item(row, 3).text() for row in range(2)]
    assert any("hết hạn" in verdict for verdict in verdicts)  # the expired one, with its reason
    chosen = dialog.selected_certificate()
    assert chosen is not None and chosen.usable and chosen.key_label == softhsm_token.key_label

    type_into(qtbot, dialog.ui.pinEdit, "0000")
    click(qtbot, dialog.sign_button)
    assert "PIN không đúng" in dialog.ui.errorLabel.text()
    assert dialog.ui.pinEdit.text() == ""
    assert not signed_name(issued_report.pdf).exists()

    type_into(qtbot, dialog.ui.pinEdit, softhsm_token.pin)
    click(qtbot, dialog.sign_button)
    assert report_row(context, issued_report.report_id).status == "signed"
    assert verify_pdf(signed_name(issued_report.pdf), [pki.root_pem]).ok
    checked = pdfsig_output(signed_name(issued_report.pdf))
    assert "Signature is Valid." in checked and "Total document signed" in checked
