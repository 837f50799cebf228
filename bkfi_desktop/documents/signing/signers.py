"""What the clerk signs with: a .p12 file or a key on a USB token (PKCS#11).

The secret lives only in the spec object the caller holds for the duration of one signing; its
repr never shows it. A .p12 is unlocked once per spec: `bkfi report build --sign-p12` checks the
signer before building and signs after, and each unlock (with pyHanko's own re-reading of the key
at every signature) cost about 45 ms of RSA key checking — four unlocks and two re-reads per build.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric.ec import ECDSA, EllipticCurvePrivateKey
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
from pyhanko.keys.internal import (
    translate_pyca_cryptography_cert_to_asn1,
    translate_pyca_cryptography_key_to_asn1,
)
from pyhanko.sign.signers import Signer, SimpleSigner
from pyhanko_certvalidator.registry import SimpleCertificateStore
from pyhanko_certvalidator.util import get_pyca_cryptography_hash

from bkfi_desktop.documents.signing.certificates import P12Contents, read_p12, unlock_p12


@dataclass(frozen=True)
class P12Signer:
    """Sign with the key in a .p12/.pfx file."""

    path: Path
    password: str | None = field(default=None, repr=False)
    # The file as last unlocked through this spec; reused only for the very same bytes.
    _unlocked: list[P12Contents] = field(default_factory=list, repr=False, compare=False, hash=False)


@dataclass(frozen=True)
class Pkcs11Signer:
    """Sign with a key on a token; pin=None means the token's own PIN pad."""

    lib_path: Path
    token_label: str
    key_label: str
    pin: str | None = field(default=None, repr=False)


SignerSpec = P12Signer | Pkcs11Signer


def _unlock(spec: P12Signer) -> P12Contents:
    """The .p12's key and certificates, decrypted once per spec (again if the file changed meanwhile)."""
    data = read_p12(Path(spec.path))
    if spec._unlocked and spec._unlocked[0].data == data:
        return spec._unlocked[0]
    contents = unlock_p12(data, Path(spec.path).name, spec.password)
    spec._unlocked[:] = [contents]
    return contents


class _UnlockedKeySigner(SimpleSigner):
    """pyHanko's SimpleSigner over a key already loaded and checked: its sign_raw parses the key again
    (and OpenSSL checks it again) for every signature, the size estimate included."""

    def __init__(self, contents: P12Contents) -> None:
        self._key = contents.key
        registry = SimpleCertificateStore()
        registry.register_multiple(translate_pyca_cryptography_cert_to_asn1(cert) for cert in contents.chain)
        super().__init__(
            signing_cert=translate_pyca_cryptography_cert_to_asn1(contents.certificate),
            signing_key=translate_pyca_cryptography_key_to_asn1(contents.key),
            cert_registry=registry,
        )

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        # The same two cases as pyHanko's SimpleSigner.sign_raw, on the loaded key; any other goes there.
        try:
            mechanism = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
        except ValueError:
            mechanism = None
        hash_algo = get_pyca_cryptography_hash(digest_algorithm)
        if mechanism == "rsassa_pkcs1v15" and isinstance(self._key, RSAPrivateKey):
            return self._key.sign(data, PKCS1v15(), hash_algo)
        if mechanism == "ecdsa" and isinstance(self._key, EllipticCurvePrivateKey):
            return self._key.sign(data, ECDSA(hash_algo))
        return super().sign_raw(data, digest_algorithm)


@contextmanager
def open_signer(spec: SignerSpec) -> Iterator[tuple[Signer, x509.Certificate]]:
    """Yield pyHanko's signer and the signer's certificate; raise a Vietnamese BkfiError otherwise."""
    if isinstance(spec, P12Signer):
        contents = _unlock(spec)
        yield _UnlockedKeySigner(contents), contents.certificate
        return
    from bkfi_desktop.documents.signing.tokens import pkcs11_signer  # the token stack, only for a token

    with pkcs11_signer(spec.lib_path, spec.token_label, spec.key_label, spec.pin) as (signer, cert):
        yield signer, cert
