"""USB tokens through the vendor's PKCS#11 library: list their certificates, open one to sign.

The PIN is passed straight to the library and never kept, logged or put in a message. A token
with its own PIN pad (protected authentication path) is opened without a PIN from us.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

import pkcs11
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from pkcs11 import Attribute, ObjectClass, TokenFlag
from pkcs11 import exceptions as p11_errors
from pyhanko.sign.pkcs11 import PKCS11Signer

from bkfi_desktop.documents.signing.certificates import CertificateInfo, describe_certificate
from bkfi_desktop.errors import BkfiError, NotFoundError

_TOKEN_GONE = (
    p11_errors.DeviceRemoved,
    p11_errors.TokenNotPresent,
    p11_errors.SessionClosed,
    p11_errors.SessionHandleInvalid,
    p11_errors.DeviceError,
)


class TokenProblem(BkfiError):
    """A token could not be used; the message is a bare reason, e.g. "Mã PIN không đúng.\""""


def token_reason(exc: p11_errors.PKCS11Error) -> str:
    """A Vietnamese reason for a PKCS#11 failure; the library's own text is never shown."""
    if isinstance(exc, p11_errors.PinIncorrect):
        return "Mã PIN không đúng."
    if isinstance(exc, p11_errors.PinLocked):
        return "Token đã bị khóa vì nhập sai mã PIN quá nhiều lần."
    if isinstance(exc, p11_errors.PinExpired):
        return "Mã PIN của token đã hết hạn, hãy đổi mã PIN bằng phần mềm của nhà cung cấp."
    if isinstance(exc, p11_errors.PinInvalid | p11_errors.PinLenRange):
        return "Mã PIN không hợp lệ (sai độ dài hoặc có ký tự không được phép)."
    if isinstance(exc, p11_errors.FunctionCancelled):
        return "Việc nhập mã PIN đã bị hủy."
    if isinstance(exc, _TOKEN_GONE):
        return "Token đã bị rút ra hoặc mất kết nối trong khi ký."
    return f"Token báo lỗi {type(exc).__name__}."


def load_library(lib_path: str | Path) -> pkcs11.lib:
    path = Path(lib_path)
    if not path.is_file():
        raise NotFoundError(f"Không tìm thấy thư viện PKCS#11 {path.name} (đường dẫn: {path}).")
    try:
        return pkcs11.lib(str(path))
    except (OSError, RuntimeError, p11_errors.PKCS11Error) as exc:
        raise BkfiError(f"Không nạp được thư viện PKCS#11 {path.name}: {type(exc).__name__}.") from None


def _tokens(lib: pkcs11.lib) -> Iterator[pkcs11.Token]:
    for slot in lib.get_slots(token_present=True):
        try:
            token = slot.get_token()
        except p11_errors.PKCS11Error:
            continue
        if token.flags & TokenFlag.TOKEN_INITIALIZED:  # a blank slot (SoftHSM keeps one) is no token
            yield token


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace").strip()
    return str(value or "").strip()


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


@dataclass(frozen=True)
class TokenInfo:
    label: str
    manufacturer: str
    model: str
    has_pin_pad: bool  # the token asks for its PIN itself (protected authentication path)


def list_pkcs11_tokens(lib_path: str | Path) -> list[TokenInfo]:
    """The tokens plugged in, as the vendor's library sees them."""
    lib = load_library(lib_path)
    try:
        return [
            TokenInfo(
                label=_text(token.label),
                manufacturer=_text(token.manufacturer_id),
                model=_text(token.model),
                has_pin_pad=bool(token.flags & TokenFlag.PROTECTED_AUTHENTICATION_PATH),
            )
            for token in _tokens(lib)
        ]
    except p11_errors.PKCS11Error as exc:
        raise BkfiError(
            f"Không đọc được danh sách token qua {Path(lib_path).name}: {token_reason(exc)}"
        ) from None


def list_pkcs11_certificates(lib_path: str | Path) -> list[CertificateInfo]:
    """Every signer (non-CA) certificate on every token present, without asking for a PIN."""
    lib = load_library(lib_path)
    found: list[CertificateInfo] = []
    try:
        tokens = list(_tokens(lib))
    except p11_errors.PKCS11Error as exc:
        raise BkfiError(
            f"Không đọc được danh sách token qua {Path(lib_path).name}: {token_reason(exc)}"
        ) from None
    for token in tokens:
        try:
            with token.open() as session:
                for obj in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
                    cert = x509.load_der_x509_certificate(bytes(obj[Attribute.VALUE]))
                    if _is_ca(cert):
                        continue
                    info = describe_certificate(cert)
                    found.append(
                        replace(info, token_label=_text(token.label), key_label=_text(obj[Attribute.LABEL]))
                    )
        except p11_errors.PKCS11Error:
            continue  # a token that cannot be read is skipped, the others are still shown
    return found


def _find_token(lib: pkcs11.lib, token_label: str) -> pkcs11.Token:
    for token in _tokens(lib):
        if _text(token.label) == token_label.strip():
            return token
    raise TokenProblem(f"Không thấy token «{token_label}»; hãy cắm USB token rồi thử lại.")


def _first(session: pkcs11.Session, attrs: dict[Attribute, object]) -> pkcs11.Object | None:
    for obj in session.get_objects(attrs):
        return obj
    return None


def _object_id(obj: pkcs11.Object) -> bytes | None:
    try:
        value = obj[Attribute.ID]
    except p11_errors.PKCS11Error:
        return None
    return bytes(value) if value else None


@contextmanager
def pkcs11_signer(
    lib_path: str | Path, token_label: str, key_label: str, pin: str | None
) -> Iterator[tuple[PKCS11Signer, x509.Certificate]]:
    """Log in to the token and yield pyHanko's signer with the signer's certificate.

    Raises TokenProblem (a bare Vietnamese reason) for a wrong PIN, a missing token or key.
    """
    lib = load_library(lib_path)
    try:
        token = _find_token(lib, token_label)
        if pin is None and not token.flags & TokenFlag.PROTECTED_AUTHENTICATION_PATH:
            raise TokenProblem(f"Cần nhập mã PIN của token «{token_label}».")
        session = token.open(user_pin=pin if pin is not None else pkcs11.PROTECTED_AUTH)
    except p11_errors.PKCS11Error as exc:
        raise TokenProblem(token_reason(exc)) from None
    try:
        try:
            key = _first(session, {Attribute.CLASS: ObjectClass.PRIVATE_KEY, Attribute.LABEL: key_label})
            cert_obj = None
            if key is None:  # the label may name the certificate; its key shares the CKA_ID
                cert_obj = _first(
                    session, {Attribute.CLASS: ObjectClass.CERTIFICATE, Attribute.LABEL: key_label}
                )
                cert_id = _object_id(cert_obj) if cert_obj is not None else None
                if cert_id:
                    key = _first(session, {Attribute.CLASS: ObjectClass.PRIVATE_KEY, Attribute.ID: cert_id})
            if key is None:
                raise TokenProblem(f"Token «{token_label}» không có khóa ký mang nhãn «{key_label}».")
            key_id = _object_id(key)
            if cert_obj is None and key_id:
                cert_obj = _first(session, {Attribute.CLASS: ObjectClass.CERTIFICATE, Attribute.ID: key_id})
            if cert_obj is None:
                cert_obj = _first(
                    session, {Attribute.CLASS: ObjectClass.CERTIFICATE, Attribute.LABEL: key_label}
                )
            if cert_obj is None:
                raise TokenProblem(f"Token «{token_label}» không có chứng thư số đi kèm khóa «{key_label}».")
            der = bytes(cert_obj[Attribute.VALUE])
        except p11_errors.PKCS11Error as exc:
            raise TokenProblem(token_reason(exc)) from None
        signer = PKCS11Signer(
            session,
            signing_cert=asn1_x509.Certificate.load(der),
            key_id=key_id,
            key_label=None if key_id else key_label,
        )
        yield signer, x509.load_der_x509_certificate(der)
    finally:
        try:
            session.close()
        except p11_errors.PKCS11Error:
            pass
