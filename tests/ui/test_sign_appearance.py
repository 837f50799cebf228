"""One rule for the signature's appearance: the Ký số dialog, `bkfi report build --sign-p12` and
`bkfi report sign` draw the same signature for the same profile (workflows.sign_report)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from bkfi_desktop.cli import main as cli_main
from bkfi_desktop.core.profile import update_profile
from bkfi_desktop.core.reports import list_reports
from bkfi_desktop.documents.signing import SignatureAppearance
from bkfi_desktop.documents.signing import sign as sign_module
from bkfi_desktop.ui.main_window import MainWindow
from tests.signing.pki import P12_PASSWORD
from tests.ui.test_journey_sign import build_h1_2025, open_reports_page, sign_with_p12

if TYPE_CHECKING:
    from tests.signing.pki import TestPki
    from tests.signing.support import Images
    from tests.ui.conftest import DialogAnswers

pytest_plugins = ["tests.ui.report_fixtures"]

PASSWORD_VAR = "BKFI_TEST_APPEARANCE_P12"


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> list[SignatureAppearance]:
    """Every appearance the signing service draws, recorded on its way to the real renderer."""
    seen: list[SignatureAppearance] = []
    real = sign_module.render_appearance_pdf

    def render(appearance: SignatureAppearance, *args: Any, **kwargs: Any) -> bytes:
        seen.append(appearance)
        return real(appearance, *args, **kwargs)

    monkeypatch.setattr(sign_module, "render_appearance_pdf", render)
    return seen


def test_dialog_and_both_cli_commands_draw_the_same_signature(
    qtbot: Any,
    main_window: MainWindow,
    answers: DialogAnswers,
    test_pki: TestPki,
    images: Images,
    drawn: list[SignatureAppearance],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    workspace = main_window.context.workspace
    with workspace.transaction() as session:
        update_profile(
            session,
            signer_name="Hoàng Thị Thu",
            signer_position="Phó Chủ tịch",
            signer_authority="KT. Chủ tịch",
            signature_image=str(images.signature),
            seal_image=str(images.seal),
        )
    # 1. The leader signs from the Báo cáo page.
    page = open_reports_page(qtbot, main_window)
    build_h1_2025(qtbot, page, answers)
    sign_with_p12(qtbot, page, answers, test_pki)
    # 2. The clerk builds and signs in one command; 3. builds, then signs the file with `report sign`.
    monkeypatch.setenv(PASSWORD_VAR, P12_PASSWORD)
    signer = ["--sign-p12", str(test_pki.p12("signer")), "--password-env", PASSWORD_VAR]
    db = ["--db", str(workspace.path)]
    year = tmp_path / "bc-nam.pdf"
    quarter = tmp_path / "bc-quy.pdf"
    assert cli_main([*db, "report", "build", "--period", "2025-Y", "--out", str(year), *signer]) == 0
    assert cli_main([*db, "report", "build", "--period", "2025-Q3", "--out", str(quarter)]) == 0
    assert cli_main([*db, "report", "sign", str(quarter), *signer]) == 0

    expected = SignatureAppearance(
        signer_name="Hoàng Thị Thu",
        position="PHÓ CHỦ TỊCH",
        authority_line="KT. CHỦ TỊCH",
        signature_image=images.signature,
        seal_image=images.seal,
    )
    assert drawn == [expected, expected, expected]
    # All three are recorded as signed, each beside its PDF under the one naming rule.
    with workspace.session() as session:
        signed = {report.period: report for report in list_reports(session)}
    assert {period: report.status for period, report in signed.items()} == {
        "2025-H1": "signed", "2025-Y": "signed", "2025-Q3": "signed"
    }
    for report in signed.values():
        assert Path(report.signed_path) == Path(report.pdf_path).with_name(Path(report.pdf_path).stem + "-da-ky.pdf")
        assert Path(report.signed_path).is_file()
