"""Digital signatures for report PDFs: sign (p12 or PKCS#11 token), verify, manage trust roots.

Everything goes through pyHanko; nothing here imports Qt.
"""

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
