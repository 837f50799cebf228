"""A signature's certificate problems each get their own Vietnamese reason, never a generic one."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers

from bkfi_desktop.documents.signing.bounded import verify_pdf_bounded
from tests.signing import pki as test_pki
from tests.signing.support import make_report_pdf


def _signed_with(cert_days: tuple[int, int], folder: Path) -> tuple[Path, Path]:
    """A report signed (bypassing our own checks, as another tool would) by a certificate valid
    from now + cert_days[0] to now + cert_days[1] days, and the root it chains to."""
    pki = test_pki.build_pki(folder)
    key = test_pki._key()
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(test_pki._name(test_pki.HOLDER, test_pki.ORGANISATION))
        .issuer_name(pki.root.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now + timedelta(days=cert_days[0]))
        .not_valid_after(now + timedelta(days=cert_days[1]))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
        .sign(pki.root.key, hashes.SHA256())
    )
    p12 = folder / "nguoi-ky.p12"
    p12.write_bytes(test_pki.Issued(key, cert).p12(test_pki.P12_PASSWORD, [pki.root.cert]))
    signer = signers.SimpleSigner.load_pkcs12_data(p12.read_bytes(), [], passphrase=test_pki.P12_PASSWORD.encode())
    out = folder / "báo cáo đã ký.pdf"
    meta = signers.PdfSignatureMetadata(field_name="BKFI_Signature", subfilter=fields.SigSeedSubFilter.PADES)
    with out.open("wb") as stream:
        signers.PdfSigner(meta, signer).sign_pdf(IncrementalPdfFileWriter(io.BytesIO(make_report_pdf())), output=stream)
    return out, pki.root_pem


@pytest.mark.parametrize(
    ("days", "reason"),
    [((30, 700), "chưa có hiệu lực vào lúc ký"), ((-800, -30), "đã hết hạn ngày")],
)
def test_certificate_dates_are_named_not_called_untrusted(tmp_path: Path, days: tuple[int, int], reason: str) -> None:
    signed, root = _signed_with(days, tmp_path)
    report = verify_pdf_bounded(signed, [root])
    assert not report.ok and report.intact
    assert report.certificate_trusted is False
    assert any(reason in problem and signed.name in problem for problem in report.problems), report.problems
    assert not any("không dẫn về chứng thư gốc" in problem for problem in report.problems)
