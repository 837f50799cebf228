"""What the clerk signs with: a .p12 file or a key on a USB token (PKCS#11).

The secret lives only in the spec object the caller holds for the duration of one signing; its
repr never shows it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from pyhanko.sign.signers import Signer, SimpleSigner

from bkfi_desktop.documents.signing.certificates import load_p12
from bkfi_desktop.documents.signing.tokens import pkcs11_signer


@dataclass(frozen=True)
class P12Signer:
    """Sign with the key in a .p12/.pfx file."""

    path: Path
    password: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class Pkcs11Signer:
    """Sign with a key on a token; pin=None means the token's own PIN pad."""

    lib_path: Path
    token_label: str
    key_label: str
    pin: str | None = field(default=None, repr=False)


SignerSpec = P12Signer | Pkcs11Signer


@contextmanager
def open_signer(spec: SignerSpec) -> Iterator[tuple[Signer, x509.Certificate]]:
    """Yield pyHanko's signer and the signer's certificate; raise a Vietnamese BkfiError otherwise."""
    if isinstance(spec, P12Signer):
        contents = load_p12(Path(spec.path), spec.password)
        secret = spec.password.encode("utf-8") if spec.password else None
        signer = SimpleSigner.load_pkcs12_data(contents.data, other_certs=[], passphrase=secret)
        yield signer, contents.certificate
        return
    with pkcs11_signer(spec.lib_path, spec.token_label, spec.key_label, spec.pin) as (signer, cert):
        yield signer, cert
