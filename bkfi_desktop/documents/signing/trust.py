"""Trust roots: the root certificates a signature must chain to (the national root, a test CA…).

They live as DER files in `<data dir>/trust/`, imported by the user from PEM, DER or CER files;
nothing is ever downloaded.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from asn1crypto import pem
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from bkfi_desktop.documents.signing.certificates import holder_of
from bkfi_desktop.errors import InvalidInputError, NotFoundError
from bkfi_desktop.paths import data_dir

TRUST_FOLDER = "trust"
CRL_FOLDER = "crl"
_ROOT_SUFFIXES = {".cer", ".crt", ".der", ".pem"}


@dataclass(frozen=True)
class TrustRoot:
    path: Path
    subject: str
    fingerprint: str  # SHA-256, hex
    valid_to: datetime


def trust_dir() -> Path:
    folder = data_dir() / TRUST_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _read_certificate_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise NotFoundError(f"Không tìm thấy tệp chứng thư {path.name}.") from None
    except OSError as exc:
        raise InvalidInputError(f"Không đọc được tệp chứng thư {path.name}: {exc.strerror}.") from None


def read_certificates(path: Path) -> list[x509.Certificate]:
    """Every certificate in a PEM (possibly several) or DER file."""
    path = Path(path)
    return _certificates_in(path, _read_certificate_file(path))


def _certificates_in(path: Path, data: bytes) -> list[x509.Certificate]:
    try:
        if pem.detect(data):
            return [x509.load_der_x509_certificate(der) for _, _, der in pem.unarmor(data, multiple=True)]
        return [x509.load_der_x509_certificate(data)]
    except ValueError:
        raise InvalidInputError(
            f"Tệp {path.name} không phải là chứng thư số dạng PEM, DER hoặc CER."
        ) from None


def _fingerprint(cert: x509.Certificate) -> str:
    return hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()


def _slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_text = folded.encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-")[:40] or "root"


def import_trust_root(source: Path) -> list[TrustRoot]:
    """Copy the certificates of a PEM/DER/CER file into the trust folder; return what was added."""
    certs = read_certificates(source)
    if not certs:
        raise InvalidInputError(f"Tệp {Path(source).name} không chứa chứng thư số nào.")
    added = []
    for cert in certs:
        fingerprint = _fingerprint(cert)
        target = trust_dir() / f"{_slug(holder_of(cert))}-{fingerprint[:12]}.cer"
        target.write_bytes(cert.public_bytes(serialization.Encoding.DER))
        added.append(TrustRoot(target, holder_of(cert), fingerprint, cert.not_valid_after_utc))
    return added


def list_trust_roots(folder: Path | None = None) -> list[TrustRoot]:
    roots = []
    for path in sorted((folder or trust_dir()).iterdir()):
        if path.suffix.lower() not in _ROOT_SUFFIXES or not path.is_file():
            continue
        for cert in read_certificates(path):
            roots.append(TrustRoot(path, holder_of(cert), _fingerprint(cert), cert.not_valid_after_utc))
    return roots


def remove_trust_root(fingerprint: str) -> None:
    for root in list_trust_roots():
        if root.fingerprint == fingerprint.lower():
            root.path.unlink()
            return
    raise NotFoundError("Không có chứng thư gốc tin cậy nào mang dấu vân tay này.")


def default_trust_root_files() -> list[Path]:
    return [root.path for root in list_trust_roots()]


def load_asn1_roots(paths: list[Path]) -> list[asn1_x509.Certificate]:
    """The roots in pyHanko's (asn1crypto) form. Each file is read every time; what its bytes hold is
    parsed once per process (a compile checks hundreds of files against the same roots)."""
    roots: list[asn1_x509.Certificate] = []
    for path in paths:
        path = Path(path)
        roots.extend(_asn1_roots_in(path, _read_certificate_file(path)))
    return roots


_PARSED_ROOTS: dict[bytes, tuple[asn1_x509.Certificate, ...]] = {}


def _asn1_roots_in(path: Path, data: bytes) -> tuple[asn1_x509.Certificate, ...]:
    parsed = _PARSED_ROOTS.get(data)
    if parsed is None:
        parsed = tuple(
            asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
            for cert in _certificates_in(path, data)
        )
        if len(_PARSED_ROOTS) < 64:
            _PARSED_ROOTS[data] = parsed
    return parsed


# --- Certificate revocation lists, imported by the office (downloaded elsewhere, carried on USB) ---


def crl_dir() -> Path:
    folder = data_dir() / CRL_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def read_crl(path: Path) -> x509.CertificateRevocationList:
    """A CRL in DER or PEM form; one Vietnamese sentence naming the file otherwise."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise NotFoundError(f"Không tìm thấy tệp danh sách thu hồi {path.name}.") from None
    except OSError as exc:
        raise InvalidInputError(f"Không đọc được tệp danh sách thu hồi {path.name}: {exc.strerror}.") from None
    try:
        if b"-----BEGIN" in data[:200]:
            return x509.load_pem_x509_crl(data)
        return x509.load_der_x509_crl(data)
    except ValueError:
        raise InvalidInputError(
            f"Tệp {path.name} không phải là danh sách chứng thư bị thu hồi (CRL) dạng DER hoặc PEM."
        ) from None


def import_crl(source: Path) -> Path:
    """Copy a CRL into the workspace's CRL folder (DER), one file per issuer: a newer CRL replaces it."""
    crl = read_crl(source)
    issuer = crl.issuer.rfc4514_string()
    digest = hashlib.sha256(crl.issuer.public_bytes()).hexdigest()[:12]
    target = crl_dir() / f"{_slug(issuer)}-{digest}.crl"
    target.write_bytes(crl.public_bytes(serialization.Encoding.DER))
    return target


def default_crl_files() -> list[Path]:
    folder = data_dir() / CRL_FOLDER
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in {".crl", ".der", ".pem"})


def load_crls(paths: list[Path] | None) -> list[bytes]:
    """The CRLs as DER bytes (what pyHanko's validation context takes); default: the CRL folder."""
    chosen = default_crl_files() if paths is None else list(paths)
    return [read_crl(path).public_bytes(serialization.Encoding.DER) for path in chosen]


def crl_covers(cert: x509.Certificate, crls: list[bytes]) -> bool:
    """Whether one of the CRLs is issued by the certificate's issuer, so its revocation was checked."""
    issuer = cert.issuer
    return any(x509.load_der_x509_crl(der).issuer == issuer for der in crls)


def revoked_at(cert: x509.Certificate, crls: list[bytes]) -> datetime | None:
    """When a covering CRL says the certificate was revoked, else None. Checked here as well as by
    pyHanko, because a certificate naming no CRL distribution point is skipped there in soft-fail mode."""
    for der in crls:
        crl = x509.load_der_x509_crl(der)
        if crl.issuer != cert.issuer:
            continue
        entry = crl.get_revoked_certificate_by_serial_number(cert.serial_number)
        if entry is not None:
            return entry.revocation_date_utc
    return None
