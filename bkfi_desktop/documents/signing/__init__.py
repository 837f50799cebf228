"""Digital signatures for report PDFs: sign (p12 or PKCS#11 token), verify, manage trust roots.

Everything goes through pyHanko; nothing here imports Qt. The names below are imported on first use
(PEP 562), so that checking signatures does not pay for the signing stack (pyHanko's signers pull
in aiohttp) and vice versa — a compile of hundreds of files starts in a fraction of the time.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_WHERE = {
    "SignatureAppearance": "appearance",
    "CertificateInfo": "certificates",
    "describe_p12": "certificates",
    "DEFAULT_FIELD_NAME": "sign",
    "SignResult": "sign",
    "sign_pdf": "sign",
    "P12Signer": "signers",
    "Pkcs11Signer": "signers",
    "SignerSpec": "signers",
    "TokenInfo": "tokens",
    "list_pkcs11_certificates": "tokens",
    "list_pkcs11_tokens": "tokens",
    "TrustRoot": "trust",
    "import_trust_root": "trust",
    "list_trust_roots": "trust",
    "remove_trust_root": "trust",
    "trust_dir": "trust",
    "VerificationReport": "verify",
    "verify_pdf": "verify",
}

__all__ = [
    "DEFAULT_FIELD_NAME",
    "CertificateInfo",
    "P12Signer",
    "Pkcs11Signer",
    "SignResult",
    "SignatureAppearance",
    "SignerSpec",
    "TokenInfo",
    "TrustRoot",
    "VerificationReport",
    "describe_p12",
    "import_trust_root",
    "list_pkcs11_certificates",
    "list_pkcs11_tokens",
    "list_trust_roots",
    "remove_trust_root",
    "sign_pdf",
    "trust_dir",
    "verify_pdf",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{_WHERE[name]}"), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:
    from bkfi_desktop.documents.signing.appearance import SignatureAppearance
    from bkfi_desktop.documents.signing.certificates import CertificateInfo, describe_p12
    from bkfi_desktop.documents.signing.sign import DEFAULT_FIELD_NAME, SignResult, sign_pdf
    from bkfi_desktop.documents.signing.signers import P12Signer, Pkcs11Signer, SignerSpec
    from bkfi_desktop.documents.signing.tokens import TokenInfo, list_pkcs11_certificates, list_pkcs11_tokens
    from bkfi_desktop.documents.signing.trust import (
        TrustRoot,
        import_trust_root,
        list_trust_roots,
        remove_trust_root,
        trust_dir,
    )
    from bkfi_desktop.documents.signing.verify import VerificationReport, verify_pdf
