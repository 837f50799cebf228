"""Signing certificates: who holds them, for which organisation, until when, and whether they may sign.

A certificate may sign a report when it is valid today, carries the digitalSignature or
nonRepudiation key usage, and has a key of at least RSA 2048 or ECDSA 256 bits (DESIGN.md §4).
Every problem is one Vietnamese sentence, shown to the clerk before the PIN is asked.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from bkfi_desktop.errors import BkfiError, InvalidInputError, NotFoundError

VIETNAM_TZ = timezone(timedelta(hours=7), "ICT")
MIN_RSA_BITS = 2048
MIN_EC_BITS = 256


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def format_date(moment: datetime) -> str:
    """dd/mm/yyyy in Vietnam time."""
    return moment.astimezone(VIETNAM_TZ).strftime("%d/%m/%Y")


def format_datetime(moment: datetime) -> str:
    """dd/mm/yyyy HH:MM:SS +07:00, the form shown in the signature appearance."""
    return moment.astimezone(VIETNAM_TZ).strftime("%d/%m/%Y %H:%M:%S +07:00")


@dataclass(frozen=True)
class CertificateInfo:
    """A signing certificate as the clerk sees it."""

    holder: str
    organisation: str
    serial: str
    issuer: str
    valid_from: datetime
    valid_to: datetime
    usable: bool
    problem: str | None = None
    token_label: str | None = None
    key_label: str | None = None

    def describe(self) -> str:
        """One line for a certificate chooser."""
        parts = [self.holder]
        if self.organisation:
            parts.append(self.organisation)
        parts.append(f"hiệu lực {format_date(self.valid_from)} – {format_date(self.valid_to)}")
        return nfc(", ".join(parts))

    def to_dict(self) -> dict[str, object]:
        return {
            "holder": self.holder,
            "organisation": self.organisation,
            "serial": self.serial,
            "issuer": self.issuer,
            "valid_from": self.valid_from.astimezone(VIETNAM_TZ).isoformat(),
            "valid_to": self.valid_to.astimezone(VIETNAM_TZ).isoformat(),
            "usable": self.usable,
            "problem": self.problem,
        }


def _name_attr(name: x509.Name, *oids: x509.ObjectIdentifier) -> str:
    for oid in oids:
        values = name.get_attributes_for_oid(oid)
        if values:
            value = values[0].value
            return nfc(value if isinstance(value, str) else value.decode("utf-8", "replace"))
    return ""


def holder_of(cert: x509.Certificate) -> str:
    return _name_attr(cert.subject, NameOID.COMMON_NAME) or nfc(cert.subject.rfc4514_string())


def organisation_of(cert: x509.Certificate) -> str:
    return _name_attr(cert.subject, NameOID.ORGANIZATION_NAME, NameOID.ORGANIZATIONAL_UNIT_NAME)


def organisations_of(cert: x509.Certificate) -> list[str]:
    """Every O and OU value of the subject: a unit may be named in either."""
    values = []
    for oid in (NameOID.ORGANIZATION_NAME, NameOID.ORGANIZATIONAL_UNIT_NAME):
        for attribute in cert.subject.get_attributes_for_oid(oid):
            value = attribute.value
            values.append(nfc(value if isinstance(value, str) else value.decode("utf-8", "replace")))
    return [value for value in values if value.strip()]


def certificate_problem(cert: x509.Certificate, at: datetime | None = None) -> str | None:
    """Why this certificate may not sign now, as one Vietnamese sentence; None when it may."""
    now = at or datetime.now(UTC)
    if now > cert.not_valid_after_utc:
        return f"Chứng thư số đã hết hạn ngày {format_date(cert.not_valid_after_utc)}."
    if now < cert.not_valid_before_utc:
        return f"Chứng thư số chưa có hiệu lực, bắt đầu từ ngày {format_date(cert.not_valid_before_utc)}."
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        usage = None  # RFC 5280: no extension means no restriction
    if usage is not None and not (usage.digital_signature or usage.content_commitment):
        return "Chứng thư số không có quyền ký số (thiếu digitalSignature và nonRepudiation)."
    key = cert.public_key()
    if isinstance(key, rsa.RSAPublicKey) and key.key_size < MIN_RSA_BITS:
        return f"Khóa của chứng thư số quá ngắn (RSA {key.key_size} bit, cần từ {MIN_RSA_BITS} bit)."
    if isinstance(key, ec.EllipticCurvePublicKey) and key.curve.key_size < MIN_EC_BITS:
        return f"Khóa của chứng thư số quá ngắn (ECDSA {key.curve.key_size} bit, cần từ {MIN_EC_BITS} bit)."
    return None


def describe_certificate(cert: x509.Certificate, *, at: datetime | None = None) -> CertificateInfo:
    problem = certificate_problem(cert, at)
    return CertificateInfo(
        holder=holder_of(cert),
        organisation=organisation_of(cert),
        serial=format(cert.serial_number, "X"),
        issuer=_name_attr(cert.issuer, NameOID.COMMON_NAME) or nfc(cert.issuer.rfc4514_string()),
        valid_from=cert.not_valid_before_utc,
        valid_to=cert.not_valid_after_utc,
        usable=problem is None,
        problem=problem,
    )


def describe_asn1_certificate(cert: object, **labels: str | None) -> CertificateInfo:
    """Describe an asn1crypto certificate (as pyHanko hands them out)."""
    der = cert.dump()  # type: ignore[attr-defined]
    return replace(describe_certificate(x509.load_der_x509_certificate(der)), **labels)


@dataclass(frozen=True)
class P12Contents:
    data: bytes
    key: object
    certificate: x509.Certificate
    chain: list[x509.Certificate]


def read_p12(path: Path) -> bytes:
    """The bytes of a .p12/.pfx file; a Vietnamese BkfiError when it cannot be read."""
    path = Path(path)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise NotFoundError(f"Không tìm thấy tệp chứng thư số {path.name}.") from None
    except OSError as exc:
        raise InvalidInputError(f"Không đọc được tệp chứng thư số {path.name}: {exc.strerror}.") from None


def unlock_p12(data: bytes, file_name: str, password: str | None) -> P12Contents:
    """Decrypt a .p12's bytes (this also checks the private key: tens of ms for RSA, so done once per
    signing); a Vietnamese BkfiError, without the password, when they cannot be used."""
    secret = password.encode("utf-8") if password else None
    try:
        key, cert, chain = pkcs12.load_key_and_certificates(data, secret)
    except ValueError:
        raise InvalidInputError(
            f"Không mở được tệp chứng thư số {file_name}: mật khẩu không đúng hoặc tệp bị hỏng."
        ) from None
    if key is None or cert is None:
        raise InvalidInputError(f"Tệp {file_name} không chứa khóa ký và chứng thư số của người ký.")
    return P12Contents(data=data, key=key, certificate=cert, chain=list(chain))


def load_p12(path: Path, password: str | None) -> P12Contents:
    """Open a .p12/.pfx file; raise a Vietnamese BkfiError (without the password) when it cannot be used."""
    return unlock_p12(read_p12(path), Path(path).name, password)


def describe_p12(path: Path, password: str | None) -> CertificateInfo:
    """The certificate inside a .p12 file, for the chooser."""
    return describe_certificate(load_p12(path, password).certificate)


def ensure_usable(info: CertificateInfo, file_name: str) -> None:
    if not info.usable:
        reason = info.problem or "Chứng thư số không dùng được."
        raise BkfiError(f"Không ký được tệp {file_name}: {reason[0].lower()}{reason[1:]}")
