"""CRLs made in the test by the test root, and the revoked report's shape (the fixture that builds it is
the plugin tests.compile.revocation)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization

from tests.signing.pki import Issued


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
