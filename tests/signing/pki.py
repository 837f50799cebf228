"""A throwaway certificate authority for the signing tests, made fresh with `cryptography`.

root → signer (digitalSignature + nonRepudiation), an expired signer, a signer without those key
usages, and an unrelated root for the "untrusted" case. Names are Vietnamese, as in real life.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

HOLDER = "Nguyễn Thị Hồng Nhung"
ORGANISATION = "Ủy ban nhân dân phường Đức Xuân"
P12_PASSWORD = "mật-khẩu-p12-Đ9"


@dataclass(frozen=True)
class Issued:
    key: rsa.RSAPrivateKey
    cert: x509.Certificate

    def cert_pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    def cert_der(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.DER)

    def key_der_pkcs1(self) -> bytes:
        return self.key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )

    def p12(self, password: str, chain: list[x509.Certificate]) -> bytes:
        return pkcs12.serialize_key_and_certificates(
            b"bkfi",
            self.key,
            self.cert,
            chain,
            serialization.BestAvailableEncryption(password.encode("utf-8")),
        )


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _name(cn: str, org: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
        ]
    )


def make_root(cn: str = "BKFI Test Root CA") -> Issued:
    key = _key()
    now = datetime.now(UTC)
    name = _name(cn, "BKFI Test")
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=3650))
        .not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return Issued(key, cert)


def make_signer(
    root: Issued,
    *,
    cn: str = HOLDER,
    org: str = ORGANISATION,
    expired: bool = False,
    signing_usage: bool = True,
) -> Issued:
    key = _key()
    now = datetime.now(UTC)
    start, end = (
        (now - timedelta(days=800), now - timedelta(days=30))
        if expired
        else (now - timedelta(days=1), now + timedelta(days=730))
    )
    if signing_usage:  # digitalSignature + nonRepudiation
        usage = x509.KeyUsage(True, True, False, False, False, False, False, False, False)
    else:  # keyEncipherment only
        usage = x509.KeyUsage(False, False, True, False, False, False, False, False, False)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(cn, org))
        .issuer_name(root.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(usage, critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(root.key.public_key()), critical=False
        )
        .sign(root.key, hashes.SHA256())
    )
    return Issued(key, cert)


@dataclass(frozen=True)
class TestPki:
    folder: Path
    root: Issued
    other_root: Issued
    signer: Issued
    expired: Issued
    no_usage: Issued

    @property
    def root_pem(self) -> Path:
        return self.folder / "root.pem"

    @property
    def other_root_pem(self) -> Path:
        return self.folder / "other-root.pem"

    def p12(self, which: str = "signer") -> Path:
        return self.folder / f"{which}.p12"


def build_pki(folder: Path) -> TestPki:
    folder.mkdir(parents=True, exist_ok=True)
    root = make_root()
    other = make_root("Gốc lạ không tin cậy")
    pki = TestPki(
        folder=folder,
        root=root,
        other_root=other,
        signer=make_signer(root),
        expired=make_signer(root, expired=True),
        no_usage=make_signer(root, signing_usage=False),
    )
    pki.root_pem.write_bytes(root.cert_pem())
    pki.other_root_pem.write_bytes(other.cert_pem())
    for which in ("signer", "expired", "no_usage"):
        issued: Issued = getattr(pki, which)
        pki.p12(which).write_bytes(issued.p12(P12_PASSWORD, [root.cert]))
    return pki


def make_tsa(root: Issued) -> Issued:
    """A timestamping authority under the test root (extendedKeyUsage timeStamping, critical)."""
    key = _key()
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("BKFI Test TSA", "BKFI Test"))
        .issuer_name(root.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=730))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, False, False, False, False, False, False, False, False), critical=True
        )
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(root.key.public_key()), critical=False
        )
        .sign(root.key, hashes.SHA256())
    )
    return Issued(key, cert)
