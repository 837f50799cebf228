"""Sign a report, then record it as signed: the single rule for the signature's appearance, the signed
file's name, and recording the signed file and its hash. The Ký số dialog, `bkfi report build --sign-…`
and `bkfi report sign` all come here, so the same profile gives the same signature.

The rule for the appearance: every line is what the signer gave for this signing, else the workspace
profile's (signer name, position, authority line, signature and seal images, timestamp server);
position and authority line in capitals (Nghị định 30); an image is used only when its file exists.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bkfi_desktop.core.hashing import file_sha256
from bkfi_desktop.core.profile import get_profile
from bkfi_desktop.core.reports.registry import get_report, mark_signed, report_for_pdf
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.documents.signing import CertificateInfo, SignatureAppearance, SignerSpec, sign_pdf
from bkfi_desktop.errors import InvalidInputError
from bkfi_desktop.workflows.progress import Progress

SIGNED_SUFFIX = "-da-ky"


def signed_name(pdf: Path) -> Path:
    """Where the signed copy goes by default: beside the report, `<name>-da-ky.pdf`."""
    pdf = Path(pdf)
    return pdf.with_name(f"{pdf.stem}{SIGNED_SUFFIX}.pdf")


@dataclass(frozen=True)
class SignatureChoice:
    """What the signer chose for this one signing; anything left empty comes from the profile."""

    signer_name: str = ""
    position: str = ""
    authority_line: str = ""
    signature_image: Path | None = None
    seal_image: Path | None = None
    visible: bool = True
    timestamp_url: str = ""


@dataclass(frozen=True)
class SignatureSetup:
    appearance: SignatureAppearance
    timestamp_url: str | None


@dataclass(frozen=True)
class SignedReport:
    """What a signing changed: the signed file, and the report recorded as signed (if it is one)."""

    source: Path
    out_path: Path
    sha256: str
    signer: CertificateInfo
    signed_at: datetime
    timestamped: bool
    report_id: int | None  # the workspace's report now recorded as signed, or None
    number_text: str


def _existing(path: Path | str | None) -> Path | None:
    if not path:
        return None
    path = Path(path)
    return path if path.is_file() else None


def signature_setup(workspace: Workspace | None, choice: SignatureChoice | None = None) -> SignatureSetup:
    """The appearance and timestamp server for signing in ``workspace`` (None: a file from elsewhere,
    signed with only what ``choice`` says)."""
    choice = choice or SignatureChoice()
    name = position = authority = timestamp = ""
    signature_image = seal_image = None
    if workspace is not None:
        with workspace.session() as session:
            profile = get_profile(session)
            name, position, authority = profile.signer_name, profile.signer_position, profile.signer_authority
            signature_image, seal_image = profile.signature_image, profile.seal_image
            timestamp = profile.timestamp_url or ""
            session.rollback()
    appearance = SignatureAppearance(
        signer_name=choice.signer_name or name or "",
        position=(choice.position or position or "").upper(),
        authority_line=(choice.authority_line or authority or "").upper(),
        signature_image=_existing(choice.signature_image or signature_image),
        seal_image=_existing(choice.seal_image or seal_image),
        visible=choice.visible,
    )
    return SignatureSetup(appearance, choice.timestamp_url or timestamp or None)


def _sign_and_record(
    workspace: Workspace | None,
    report_id: int | None,
    source: Path,
    out: Path | None,
    signer: SignerSpec,
    choice: SignatureChoice | None,
    progress: Progress | None,
) -> SignedReport:
    progress = progress or Progress()
    target = Path(out) if out is not None else signed_name(source)
    if target.resolve() == source.resolve():
        raise InvalidInputError(f"Hãy lưu tệp đã ký với tên khác {source.name}; tệp gốc được giữ nguyên.")
    setup = signature_setup(workspace, choice)
    progress.check_cancelled("Đã hủy ký số; chưa có tệp nào được ghi.")
    result = sign_pdf(source, target, signer, setup.appearance, timestamp_url=setup.timestamp_url, progress=progress.report)
    number_text = ""
    if workspace is not None and report_id is not None:
        with workspace.transaction() as session:
            number_text = mark_signed(session, report_id, str(result.out_path), result.sha256).number_text
    return SignedReport(
        source, result.out_path, result.sha256, result.signer, result.signed_at, result.timestamped,
        report_id, number_text,
    )


def sign_report(
    workspace: Workspace,
    report_id: int,
    signer: SignerSpec,
    *,
    out: Path | None = None,
    choice: SignatureChoice | None = None,
    progress: Progress | None = None,
) -> SignedReport:
    """Sign the workspace's issued report ``report_id`` into ``out`` (default `<pdf>-da-ky.pdf`) and record
    it as signed with the signed file's hash. A failed signing leaves no file and changes nothing."""
    with workspace.session() as session:
        summary = get_report(session, report_id).summary
        session.rollback()
    if summary.status == "draft" or not summary.pdf_path:
        raise InvalidInputError("Báo cáo dự thảo chưa có số; hãy lập (ban hành) báo cáo trước khi ký.")
    return _sign_and_record(workspace, report_id, Path(summary.pdf_path), out, signer, choice, progress)


def sign_file(
    workspace: Workspace | None,
    source: Path,
    signer: SignerSpec,
    *,
    out: Path | None = None,
    choice: SignatureChoice | None = None,
    progress: Progress | None = None,
) -> SignedReport:
    """Sign any PDF. When it is an issued report of ``workspace`` (found by its hash) it is recorded as
    signed, as `sign_report` does; a PDF from elsewhere is just signed."""
    source = Path(source)
    report_id = None
    if workspace is not None and source.is_file():
        with workspace.session() as session:
            report = report_for_pdf(session, file_sha256(source))
            if report is not None and report.status != "draft":
                report_id = report.id
            session.rollback()
    return _sign_and_record(workspace, report_id, source, out, signer, choice, progress)
