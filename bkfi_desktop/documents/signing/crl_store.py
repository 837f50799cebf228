"""The CRLs the compiling office imports (downloaded from the certificate authority's site elsewhere,
carried on USB): checked before anything is kept, listed with their freshness, removed.

They live, as DER, in the data folder's `crl/` (beside the trust roots, carried by a whole backup), one
file per issuer, and every verification uses them when no CRL is named (`trust.load_crls(None)`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID

from bkfi_desktop.documents.signing.certificates import format_datetime
from bkfi_desktop.documents.signing.trust import (
    _slug,
    crl_dir,
    default_crl_files,
    list_trust_roots,
    read_certificates,
    read_crl,
)
from bkfi_desktop.errors import InvalidInputError, NotFoundError


@dataclass(frozen=True)
class CrlInfo:
    key: str  # the stored file's stem: what `bkfi crl remove` takes
    path: Path
    issuer: str  # the issuer's common name (else organisation), as the clerk knows the CA
    issuer_dn: str
    this_update: datetime
    next_update: datetime | None
    revoked: int  # how many serial numbers it revokes
    number: int | None  # the CRL number extension, when present

    def stale(self, now: datetime | None = None) -> bool:
        """Past its next update: the CA has published a newer list the office has not imported."""
        return self.next_update is not None and self.next_update < (now or datetime.now(UTC))

    def warning(self, now: datetime | None = None) -> str:
        if self.stale(now):
            return (
                f"Danh sách của {self.issuer} đã quá hạn cập nhật ({format_datetime(self.next_update)}); "
                "hãy tải bản mới từ trang của nơi cấp và nhập lại."
            )
        return ""

    def to_dict(self) -> dict[str, object]:
        return {
            "key": self.key,
            "file": self.path.name,
            "issuer": self.issuer,
            "issuer_dn": self.issuer_dn,
            "this_update": self.this_update.isoformat(),
            "next_update": self.next_update.isoformat() if self.next_update else None,
            "revoked": self.revoked,
            "number": self.number,
            "stale": self.stale(),
            "warning": self.warning() or None,
        }


def _issuer_text(name: x509.Name) -> str:
    for oid in (NameOID.COMMON_NAME, NameOID.ORGANIZATION_NAME):
        values = name.get_attributes_for_oid(oid)
        if values:
            return str(values[0].value)
    return name.rfc4514_string()


def _crl_number(crl: x509.CertificateRevocationList) -> int | None:
    try:
        return crl.extensions.get_extension_for_class(x509.CRLNumber).value.crl_number
    except x509.ExtensionNotFound:
        return None


def _target(crl: x509.CertificateRevocationList) -> Path:
    digest = hashlib.sha256(crl.issuer.public_bytes()).hexdigest()[:12]
    return crl_dir() / f"{_slug(crl.issuer.rfc4514_string())}-{digest}.crl"


def _info(crl: x509.CertificateRevocationList, path: Path) -> CrlInfo:
    return CrlInfo(
        path.stem, path, _issuer_text(crl.issuer), crl.issuer.rfc4514_string(), crl.last_update_utc,
        crl.next_update_utc, len(list(crl)), _crl_number(crl),
    )


def check_crl(path: Path) -> x509.CertificateRevocationList:
    """Read and check a CRL file: DER or PEM, an issuer named, a next update not before its own date,
    and, when its issuer is one of the trust roots, a signature by that root. One sentence naming the
    file otherwise."""
    path = Path(path)
    crl = read_crl(path)
    if not len(crl.issuer):
        raise InvalidInputError(f"Tệp {path.name} là danh sách thu hồi không ghi nơi cấp (issuer); không nhập.")
    if crl.next_update_utc is not None and crl.next_update_utc < crl.last_update_utc:
        raise InvalidInputError(
            f"Tệp {path.name}: ngày cập nhật tiếp theo ({format_datetime(crl.next_update_utc)}) đứng trước "
            f"ngày phát hành ({format_datetime(crl.last_update_utc)}); danh sách hỏng, không nhập."
        )
    for root in list_trust_roots():
        for cert in read_certificates(root.path):
            if cert.subject == crl.issuer and not crl.is_signature_valid(cert.public_key()):
                raise InvalidInputError(
                    f"Tệp {path.name}: chữ ký của danh sách thu hồi không khớp chứng thư gốc "
                    f"{_issuer_text(crl.issuer)}; danh sách bị sửa hoặc giả, không nhập."
                )
    return crl


def import_crls(sources: list[Path]) -> list[CrlInfo]:
    """Import CRL files, all or nothing: every file is checked before any is kept. A CRL replaces the
    one of the same issuer unless the one kept is newer (then the file is refused, naming both dates)."""
    if not sources:
        raise InvalidInputError("Chưa chỉ ra tệp danh sách thu hồi (CRL) nào để nhập.")
    checked: dict[Path, tuple[Path, x509.CertificateRevocationList]] = {}
    for source in sources:
        crl = check_crl(source)
        target = _target(crl)
        earlier = checked.get(target)
        if earlier is not None and earlier[1].last_update_utc > crl.last_update_utc:
            continue  # two lists of one issuer in one import: the newer one is kept
        if target.is_file():
            kept = read_crl(target)
            if kept.last_update_utc > crl.last_update_utc:
                raise InvalidInputError(
                    f"Tệp {Path(source).name} cũ hơn danh sách của {_issuer_text(crl.issuer)} đã nhập "
                    f"(phát hành {format_datetime(crl.last_update_utc)}, bản đã nhập "
                    f"{format_datetime(kept.last_update_utc)}); không nhập."
                )
        checked[target] = (Path(source), crl)
    imported = []
    for target, (_source, crl) in checked.items():
        partial = target.with_name(target.name + ".partial")
        partial.write_bytes(crl.public_bytes(serialization.Encoding.DER))
        partial.replace(target)
        imported.append(_info(crl, target))
    return imported


def list_crls() -> list[CrlInfo]:
    """The imported CRLs by issuer; a file that no longer reads is named in the error."""
    infos = [_info(read_crl(path), path) for path in default_crl_files()]
    return sorted(infos, key=lambda info: (info.issuer.casefold(), info.key))


def remove_crl(which: str) -> CrlInfo:
    """Remove the imported CRL named by its key (from `list_crls`), file name or issuer."""
    wanted = which.strip().casefold()
    for info in list_crls():
        if wanted in {info.key.casefold(), info.path.name.casefold(), info.issuer.casefold(), info.issuer_dn.casefold()}:
            info.path.unlink()
            return info
    raise NotFoundError(f"Không có danh sách thu hồi (CRL) nào đã nhập mang tên “{which}”; xem “bkfi crl list”.")
