"""Revocation test material (a plugin: `pytest_plugins = ["tests.compile.revocation"]`): one unit report
signed by a certificate that a CRL made in the test revokes."""

from __future__ import annotations

import pytest

from bkfi_desktop.documents.signing import P12Signer, SignatureAppearance, sign_pdf
from tests.compile.crl_helpers import RevokedReport, make_crl
from tests.compile.fixtures import UNIT_B, ReportSet
from tests.signing.pki import P12_PASSWORD, TestPki, make_signer


@pytest.fixture(scope="session")
def revoked_report(tmp_path_factory: pytest.TempPathFactory, pki: TestPki, report_set: ReportSet) -> RevokedReport:
    folder = tmp_path_factory.mktemp("thu hồi")
    revoked = make_signer(pki.root, cn="Người bị thu hồi", org=UNIT_B)
    p12 = folder / "thu-hoi.p12"
    p12.write_bytes(revoked.p12(P12_PASSWORD, [pki.root.cert]))
    signed = folder / "Phòng TC-KH ký bằng chứng thư đã thu hồi.pdf"
    with pytest.MonkeyPatch.context() as patch:
        home = folder / "dữ liệu"
        home.mkdir()
        patch.setenv("BKFI_HOME", str(home))
        sign_pdf(report_set.files["b_unsigned"], signed, P12Signer(p12, P12_PASSWORD), SignatureAppearance())
    crl = make_crl(pki.root, [revoked.cert.serial_number], folder / "ca-thu-nghiem.crl")
    return RevokedReport(signed, crl, revoked)
