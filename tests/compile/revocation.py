"""Revocation test material (a plugin: `pytest_plugins = ["tests.compile.revocation"]`): CRLs made in
the test by the test root, and one unit report signed by a certificate that CRL revokes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization

from bkfi_desktop.documents.signing import P12Signer, SignatureAppearance, sign_pdf
from tests.compile.fixtures import UNIT_B, ReportSet
from tests.signing.pki import P12_PASSWORD, Issued, TestPki, make_signer


def make_crl(
    issuer: Issued,
    revoked_serials: list[int],
    path: Path,
    *,
    pem: bool = False,
    issued_hours_ago: float = 2,
    next_update_days: float = 7,
    signing_key: Issued | None = None,
) -> Path:
    """A CRL naming `issuer`, revoking `revoked_serials` an hour ago; signed by `signing_key` (default
    the issuer itself: a forged list passes another key)."""
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(issuer.cert.subject)
        .last_update(now - dt.timedelta(hours=issued_hours_ago))
        .next_update(now + dt.timedelta(days=next_update_days))
        .add_extension(x509.CRLNumber(int(now.timestamp())), critical=False)
    )
    for serial in revoked_serials:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder().serial_number(serial)
            .revocation_date(now - dt.timedelta(hours=1)).build()
        )
    crl = builder.sign((signing_key or issuer).key, hashes.SHA256())
    encoding = serialization.Encoding.PEM if pem else serialization.Encoding.DER
    path.write_bytes(crl.public_bytes(encoding))
    return path


@dataclass(frozen=True)
class RevokedReport:
    signed: Path  # UNIT_B's report, signed by a certificate the CRL revokes
    crl: Path  # the test root's CRL revoking it (DER)
    signer: Issued


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
