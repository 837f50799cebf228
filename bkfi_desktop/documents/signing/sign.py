"""Sign a report PDF: PAdES baseline B-B with SHA-256, B-T when a reachable timestamp server is set.

The signed file is written to a temporary file beside the destination and renamed into place,
so a failed signing (wrong PIN, token pulled out, expired certificate) leaves nothing behind.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from pyhanko.pdf_utils import layout
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.sign import fields, signers
from pyhanko.sign.general import SigningError
from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes
from pyhanko.sign.timestamps import TimeStamper
from pyhanko.stamp import StaticStampStyle

from bkfi_desktop.core import leftovers
from bkfi_desktop.documents.signing.appearance import (
    FULL_BLOCK_SIZE,
    SignatureAppearance,
    render_appearance_pdf,
)
from bkfi_desktop.documents.signing.certificates import (
    VIETNAM_TZ,
    CertificateInfo,
    describe_certificate,
    ensure_usable,
)
from bkfi_desktop.documents.signing.signers import Pkcs11Signer, SignerSpec, open_signer
from bkfi_desktop.errors import BkfiError, InvalidInputError, NotFoundError, os_error_reason

DEFAULT_FIELD_NAME = "BKFI_Signature"
_MARGIN_RIGHT = 20 / 25.4 * 72  # 20 mm, the Nghị định 30 right margin
_MARGIN_BOTTOM = 20 / 25.4 * 72

Progress = Callable[[int, str], None]


@dataclass(frozen=True)
class SignResult:
    out_path: Path
    sha256: str
    signer: CertificateInfo
    signed_at: datetime
    timestamped: bool = False


def _token_errors() -> tuple[tuple[type[BaseException], ...], tuple[type[BaseException], ...]]:
    """(our token problems, the PKCS#11 library's errors), as far as a token was used in this process.

    The token stack (python-pkcs11, pyHanko's PKCS#11 signer) is imported only to use a token; a .p12
    signing never loads it, and then none of its errors can have been raised."""
    tokens = sys.modules.get("bkfi_desktop.documents.signing.tokens")
    library = sys.modules.get("pkcs11.exceptions")
    return (
        (tokens.TokenProblem,) if tokens is not None else (),
        (library.PKCS11Error,) if library is not None else (),
    )


def _token_reason(exc: BaseException) -> str:
    from bkfi_desktop.documents.signing.tokens import token_reason

    return token_reason(exc)  # type: ignore[arg-type]


def _fail(file_name: str, reason: str) -> BkfiError:
    return BkfiError(f"Không ký được tệp {file_name}: {reason[0].lower()}{reason[1:]}")


@dataclass(frozen=True)
class _FieldPlan:
    exists: bool
    box: tuple[float, float, float, float] | None  # x1, y1, x2, y2 on the page


def _rect_of(field_obj) -> tuple[float, float, float, float] | None:
    for candidate in (field_obj, *(kid.get_object() for kid in field_obj.get("/Kids", ()))):
        if "/Rect" in candidate:
            x1, y1, x2, y2 = (float(v) for v in candidate["/Rect"])
            return min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2)
    return None


def _plan_field(
    writer: IncrementalPdfFileWriter, field_name: str, visible: bool, file_name: str
) -> _FieldPlan:
    for _name, value, ref in fields.enumerate_sig_fields(writer, with_name=field_name):
        if value is not None:
            raise BkfiError(f"Tệp {file_name} đã được ký ở ô chữ ký {field_name}; không ký đè lên chữ ký cũ.")
        return _FieldPlan(exists=True, box=_rect_of(ref.get_object()))
    if not visible:
        return _FieldPlan(exists=False, box=None)
    page_ref, _resources = writer.find_page_for_modification(-1)
    try:
        x1, y1, x2, _y2 = (float(v) for v in page_ref.get_object()["/MediaBox"])
    except KeyError:
        x1, y1, x2 = 0.0, 0.0, 595.28
    width, height = FULL_BLOCK_SIZE
    right = x2 - _MARGIN_RIGHT
    bottom = y1 + _MARGIN_BOTTOM
    return _FieldPlan(exists=False, box=(max(x1, right - width), bottom, right, bottom + height))


def _stamp_style(pdf_bytes: bytes | None, folder: Path) -> tuple[StaticStampStyle, Path | None]:
    """A static stamp holding our ReportLab page, 1:1 inside the field (no border, full opacity)."""
    fit = layout.SimpleBoxLayoutRule(
        x_align=layout.AxisAlignment.ALIGN_MID,
        y_align=layout.AxisAlignment.ALIGN_MID,
        margins=layout.Margins.uniform(0),
    )
    if pdf_bytes is None:
        return StaticStampStyle(border_width=0, background=None, background_layout=fit), None
    name = str(leftovers.new_temporary_path(folder, ".bkfi-stamp-", ".pdf"))  # found again after a kill
    with open(name, "xb") as stream:
        stream.write(pdf_bytes)
    style = StaticStampStyle.from_pdf_file(
        name, border_width=0, background_opacity=1.0, background_layout=fit
    )
    return style, Path(name)


def _reachable_timestamper(url: str | None) -> TimeStamper | None:
    if not url:
        return None
    # Loads aiohttp: only when a server is set (lazy_http).
    from pyhanko.sign.timestamps import HTTPTimeStamper

    timestamper = HTTPTimeStamper(url, timeout=10)
    try:
        asyncio.run(timestamper.async_dummy_response("sha256"))
    except Exception:  # offline, refused, not a TSA: sign B-B instead
        return None
    return timestamper


async def _sign(
    pdf_signer: signers.PdfSigner,
    writer: IncrementalPdfFileWriter,
    output: io.BufferedIOBase,
    signed_at: datetime,
    existing_field: bool,
) -> None:
    """pyHanko's PdfSigner.async_sign_pdf, with the signing time fixed so the stamp shows it."""
    session = pdf_signer.init_signing_session(writer, existing_fields_only=existing_field)
    session.system_time = signed_at
    validation_info = await session.perform_presign_validation(writer)
    bytes_reserved = await session.estimate_signature_container_size(validation_info, tight=False)
    tbs_document = session.prepare_tbs_document(
        validation_info=validation_info, bytes_reserved=bytes_reserved
    )
    prepared, res_output = tbs_document.digest_tbs_document(output=output)
    post_signing = await tbs_document.perform_signature(
        document_digest=prepared.document_digest,
        pdf_cms_signed_attrs=PdfCMSSignedAttributes(signing_time=signed_at),
    )
    await post_signing.post_signature_processing(res_output)


def sign_pdf(
    pdf_in: Path,
    pdf_out: Path,
    signer: SignerSpec,
    appearance: SignatureAppearance,
    *,
    timestamp_url: str | None = None,
    field_name: str = DEFAULT_FIELD_NAME,
    progress: Progress | None = None,
) -> SignResult:
    """Sign `pdf_in` into `pdf_out`; fill the report's empty signature field or add one on the last page."""
    pdf_in, pdf_out = Path(pdf_in), Path(pdf_out)
    report = progress or (lambda _percent, _text: None)
    name = pdf_in.name
    try:
        data = pdf_in.read_bytes()
    except FileNotFoundError:
        raise NotFoundError(f"Không tìm thấy tệp cần ký {name}.") from None
    except OSError as exc:
        raise InvalidInputError(f"Không đọc được tệp cần ký {name}: {exc.strerror}.") from None
    if not pdf_out.parent.is_dir():
        raise NotFoundError(f"Không có thư mục {pdf_out.parent} để lưu tệp đã ký {pdf_out.name}.")
    if pdf_out.is_dir():
        raise InvalidInputError(f"“{pdf_out}” là một thư mục; hãy chọn tên tệp để lưu tệp đã ký.")

    leftovers.sweep()  # what an earlier, killed signing left behind
    report(5, "Đang mở chứng thư số…")
    secret = getattr(signer, "password", None) or getattr(signer, "pin", None)
    temp_files: list[Path] = []
    out_tmp: Path | None = None
    try:
        with open_signer(signer) as (pyhanko_signer, cert):
            info = describe_certificate(cert)
            ensure_usable(info, name)
            report(20, "Đang chuẩn bị tệp PDF…")
            try:
                writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
            except (PdfError, ValueError):
                raise InvalidInputError(
                    f"Không ký được tệp {name}: tệp không phải PDF hoặc đã bị hỏng."
                ) from None
            if writer.prev.encrypted:
                raise InvalidInputError(f"Không ký được tệp {name}: tệp PDF đang được mã hóa bằng mật khẩu.")
            plan = _plan_field(writer, field_name, appearance.visible, name)
            signed_at = datetime.now(VIETNAM_TZ).replace(microsecond=0)
            stamp_pdf = None
            if appearance.visible and plan.box is not None:
                x1, y1, x2, y2 = plan.box
                stamp_pdf = render_appearance_pdf(
                    replace(appearance, signer_name=appearance.signer_name or info.holder),
                    info.holder,
                    info.organisation,
                    signed_at,
                    (x2 - x1, y2 - y1),
                    full_block=not plan.exists,
                )
            style, stamp_file = _stamp_style(stamp_pdf, pdf_out.parent)
            if stamp_file is not None:
                temp_files.append(stamp_file)
            report(
                35, "Đang liên hệ máy chủ dấu thời gian…" if timestamp_url else "Đang tính mã băm tài liệu…"
            )
            timestamper = _reachable_timestamper(timestamp_url)
            new_field = None
            if not plan.exists:
                box = tuple(round(v) for v in plan.box) if plan.box else None
                new_field = fields.SigFieldSpec(sig_field_name=field_name, on_page=-1, box=box)
            pdf_signer = signers.PdfSigner(
                signers.PdfSignatureMetadata(
                    field_name=field_name,
                    md_algorithm="sha256",
                    subfilter=fields.SigSeedSubFilter.PADES,
                ),
                signer=pyhanko_signer,
                timestamper=timestamper,
                stamp_style=style,
                new_field_spec=new_field,
            )
            report(50, "Đang ký số (có thể cần nhập mã PIN trên token)…")
            out_tmp = leftovers.new_temporary_path(pdf_out.parent, f".{pdf_out.stem}-", ".part")
            with open(out_tmp, "x+b") as stream:
                asyncio.run(_sign(pdf_signer, writer, stream, signed_at, plan.exists))
                stream.flush()
                os.fsync(stream.fileno())
        report(90, "Đang lưu tệp đã ký…")
        digest = hashlib.sha256(out_tmp.read_bytes()).hexdigest()
        os.replace(out_tmp, pdf_out)
        out_tmp = None
    except _token_errors()[0] as exc:
        raise _fail(name, exc.message) from None  # type: ignore[attr-defined]
    except BkfiError:
        raise
    except _token_errors()[1] as exc:
        raise _fail(name, _token_reason(exc)) from None
    except SigningError as exc:
        cause = exc.__cause__
        if isinstance(cause, _token_errors()[1]):
            raise _fail(name, _token_reason(cause)) from None
        raise _fail(name, f"pyHanko báo lỗi: {_scrub(str(exc), secret)}.") from None
    except OSError as exc:
        raise _fail(name, f"không ghi được tệp {pdf_out.name}: {os_error_reason(exc)}.") from None
    except (PdfError, ValueError) as exc:
        raise _fail(name, f"tệp không phải PDF hợp lệ hoặc đã bị hỏng ({_scrub(str(exc), secret)}).") from None
    finally:
        for path in [*temp_files, *([out_tmp] if out_tmp else [])]:
            path.unlink(missing_ok=True)
    report(100, "Đã ký xong.")
    return SignResult(
        out_path=pdf_out, sha256=digest, signer=info, signed_at=signed_at, timestamped=timestamper is not None
    )


def check_signer(signer: SignerSpec, file_name: str) -> CertificateInfo | None:
    """Open the signer once before anything is written, so that a wrong password or PIN, a missing
    token or library, or an expired certificate is refused while nothing has changed yet.

    A token with its own PIN pad is only looked for (the pad asks when really signing): None.
    """
    try:
        if isinstance(signer, Pkcs11Signer) and signer.pin is None:
            from bkfi_desktop.documents.signing.tokens import load_library

            load_library(signer.lib_path)
            return None
        with open_signer(signer) as (_pyhanko_signer, cert):
            info = describe_certificate(cert)
    except _token_errors()[0] as exc:
        raise _fail(file_name, exc.message) from None  # type: ignore[attr-defined]
    except _token_errors()[1] as exc:
        raise _fail(file_name, _token_reason(exc)) from None
    ensure_usable(info, file_name)
    return info


def _scrub(text: str, secret: str | None) -> str:
    """Belt and braces: a secret never reaches a message, whatever a library put in its text."""
    if secret:
        text = text.replace(secret, "***")
    return text
