"""Check a signed report the way a receiving office must before accepting it.

One report per file, about its last signature (the one that must cover the whole file): intact?
trusted (chains to the configured roots, valid at signing, allowed to sign)? whole document
covered? anything changed after signing, and what? is the payload present and inside the signed
revision? Problems are Vietnamese sentences naming the file.
"""

from __future__ import annotations

import asyncio
import io
import json
import os
import sys
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from cryptography import x509
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign._session_scope import run_and_release
from pyhanko.sign.ades.report import AdESFailure, AdESIndeterminate
from pyhanko.sign.diff_analysis import ModificationLevel, SuspiciousModification
from pyhanko.sign.validation import KeyUsageConstraints, SignatureCoverageLevel
from pyhanko.sign.validation.pdf_embedded import async_validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from bkfi_desktop.core.plan_payload import SCHEMA_ID as PLAN_SCHEMA_ID
from bkfi_desktop.core.plan_payload import plan_payload_problem
from bkfi_desktop.documents.attachments import PAYLOAD_NAME, PLAN_PAYLOAD_NAME, embedded_files_of
from bkfi_desktop.documents.signing import fast_parse
from bkfi_desktop.documents.signing.certificates import (
    VIETNAM_TZ,
    format_date,
    holder_of,
    organisation_of,
    organisations_of,
)
from bkfi_desktop.documents.signing.changes import describe_page_changes
from bkfi_desktop.documents.signing.trust import (
    crl_covers,
    default_trust_root_files,
    load_asn1_roots,
    load_crls,
    revoked_at,
)
from bkfi_desktop.errors import BkfiError

fast_parse.install()

_MODIFICATION_TEXT = {
    ModificationLevel.LTA_UPDATES: "bổ sung dữ liệu kiểm tra hiệu lực hoặc dấu thời gian",
    ModificationLevel.FORM_FILLING: "điền biểu mẫu hoặc thêm chữ ký khác",
    ModificationLevel.ANNOTATIONS: "thêm chú thích, dấu hoặc hình vẽ (annotation) lên trang",
    ModificationLevel.OTHER: "thay đổi nội dung tài liệu",
}


@dataclass
class VerificationReport:
    file: str
    signed: bool = False
    intact: bool = False
    trusted: bool = False
    # The signer's certificate chain on its own, whatever happened to the document: True/False when
    # checked, None when the signature is too broken to name a certificate worth checking.
    certificate_trusted: bool | None = None
    trust_problem: str | None = None
    covers_whole_document: bool = False
    modified_after_signing: bool = False
    modifications: list[str] = field(default_factory=list)
    signer_holder: str | None = None
    signer_organisation: str | None = None
    signer_organisations: list[str] = field(default_factory=list)  # every O and OU of the certificate
    signer_serial: str | None = None
    certificate_valid_to: datetime | None = None
    signing_time: datetime | None = None
    timestamped: bool = False
    signature_count: int = 0
    payload_present: bool = False
    payload_covered: bool = False
    embedded_files: list[str] = field(default_factory=list)
    # None: no CRL given covers the signer's certificate, so revocation was not checked.
    revocation_checked: bool | None = None
    revoked: bool = False
    notes: list[str] = field(default_factory=list)  # facts worth stating that refuse nothing
    problems: list[str] = field(default_factory=list)
    # The payload, parsed and checked once, when it holds `bkfi.report/1` (not in to_dict()).
    payload: dict[str, object] | None = field(default=None, repr=False, compare=False)
    # The payload's bytes as signed (when present and covered), for a payload reader run elsewhere.
    payload_data: bytes | None = field(default=None, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return (
            self.signed
            and self.intact
            and self.trusted
            and self.covers_whole_document
            and not self.modified_after_signing
            and self.payload_present
            and self.payload_covered
            and not self.problems
        )

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        data.pop("payload")
        data.pop("payload_data")
        data["ok"] = self.ok
        for key in ("certificate_valid_to", "signing_time"):
            value = data[key]
            data[key] = value.astimezone(VIETNAM_TZ).isoformat() if value else None
        return _nfc(data)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)


def _nfc(value: object) -> object:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {key: _nfc(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_nfc(item) for item in value]
    return value


def _validation_context(roots: list[Path], crls: list[bytes] | None = None) -> ValidationContext:
    # soft-fail: a certificate no imported CRL covers is not refused; the report states it instead.
    return ValidationContext(
        trust_roots=load_asn1_roots(roots), crls=list(crls or ()), allow_fetching=False,
        revocation_mode="soft-fail",
    )


_KEY_USAGE = KeyUsageConstraints(
    key_usage={"digital_signature", "non_repudiation"}, match_all_key_usages=False
)


_REVOKED = {AdESFailure.REVOKED, AdESIndeterminate.REVOKED_NO_POE, AdESIndeterminate.REVOKED_CA_NO_POE}


_LOOPS = threading.local()


def _event_loop() -> asyncio.AbstractEventLoop:
    """One event loop per thread and process, kept: pyHanko's validate_pdf_signature makes and tears
    down a new one (asyncio.run) for every signature, about 1–2 ms each in a compile of hundreds."""
    loop = getattr(_LOOPS, "loop", None)
    if loop is None or loop.is_closed() or getattr(_LOOPS, "pid", None) != os.getpid():
        loop = asyncio.new_event_loop()  # a forked worker never shares its parent's selector
        _LOOPS.loop, _LOOPS.pid = loop, os.getpid()
    return loop


def validate_pdf_signature(sig, context: ValidationContext, **options):
    """pyHanko's validate_pdf_signature (the same coroutine, the same release of the context's
    resources), run on this thread's kept event loop."""
    coro = async_validate_pdf_signature(embedded_sig=sig, signer_validation_context=context, **options)
    return _event_loop().run_until_complete(run_and_release(coro, context))


def _trust_problem(name: str, status, cert: x509.Certificate, roots: list[Path]) -> str:
    indic = status.trust_problem_indic
    expired = {
        AdESIndeterminate.EXPIRED,
        AdESIndeterminate.OUT_OF_BOUNDS_NO_POE,
        AdESIndeterminate.OUT_OF_BOUNDS_NOT_REVOKED,
    }
    # pyHanko reports a certificate whose validity has not begun as a path it could not build;
    # the dates say what really happened.
    signed_at = status.signer_reported_dt or datetime.now(cert.not_valid_before_utc.tzinfo)
    if indic in {AdESFailure.NOT_YET_VALID, AdESIndeterminate.NOT_YET_VALID} or signed_at < cert.not_valid_before_utc:
        return (
            f"Chứng thư số của người ký trong tệp {name} chưa có hiệu lực vào lúc ký "
            f"(hiệu lực từ ngày {format_date(cert.not_valid_before_utc)})."
        )
    if indic in expired or (
        status.signer_reported_dt and status.signer_reported_dt > cert.not_valid_after_utc
    ):
        return f"Chứng thư số của người ký trong tệp {name} đã hết hạn ngày {format_date(cert.not_valid_after_utc)}."
    if indic in _REVOKED:
        return f"Chứng thư số của người ký trong tệp {name} đã bị thu hồi."
    if indic in {AdESIndeterminate.CHAIN_CONSTRAINTS_FAILURE, AdESIndeterminate.SIG_CONSTRAINTS_FAILURE}:
        return (
            f"Chứng thư số của người ký trong tệp {name} không được phép ký số (sai mục đích sử dụng khóa)."
        )
    if not roots:
        return f"Chưa cài chứng thư gốc tin cậy nào, nên không xác nhận được người ký tệp {name}; hãy nhập chứng thư gốc trong phần cài đặt."
    return f"Chứng thư số của người ký tệp {name} không dẫn về chứng thư gốc tin cậy nào đã cài đặt."


def _describe_change(status) -> str:
    diff = status.diff_result
    if isinstance(diff, SuspiciousModification):
        return "có thay đổi không được phép sau khi ký"
    level = status.modification_level
    return _MODIFICATION_TEXT.get(level, "có dữ liệu được thêm vào sau chữ ký")


# Reads the embedded payload's bytes: (payload, None), or (None, what is wrong: "không đúng cấu trúc …").
# The report format is exchange's business, so the caller passes it in (workflows.verify_file does).
PayloadReader = Callable[[bytes], tuple[dict[str, object] | None, str | None]]


def verify_pdf(
    path: Path,
    trust_roots: list[Path] | None = None,
    *,
    crl_files: list[Path] | None = None,
    data: bytes | None = None,
    payload_reader: PayloadReader | None = None,
) -> VerificationReport:
    """Verify the signature of `path` against `trust_roots` (default: the workspace trust folder).

    `payload_reader` reads the payload found inside the signed part (its problems join the report's);
    without it the payload's presence and coverage are checked, not its content.

    `crl_files`: CRLs the office imported (default: the workspace CRL folder); a certificate none of
    them covers is "not checked for revocation". `data`: the file's bytes when the caller has already
    read them (a compile reads each file once and verifies exactly those bytes).

    Runs in this process: recursion is bounded by Python's limit and turned into a refusal here;
    bounded.verify_pdf_bounded adds a memory and time ceiling by running this in a child process.
    """
    path = Path(path)
    try:
        return _verify_pdf(path, trust_roots, crl_files, data, payload_reader)
    except RecursionError:
        report = VerificationReport(file=path.name)
        report.problems.append(
            f"Tệp {path.name} có cấu trúc lồng nhau quá sâu (quá giới hạn {sys.getrecursionlimit()} cấp "
            "của chương trình kiểm tra); tệp bị từ chối."
        )
        return report


def _verify_pdf(
    path: Path,
    trust_roots: list[Path] | None,
    crl_files: list[Path] | None,
    data: bytes | None,
    payload_reader: PayloadReader | None,
) -> VerificationReport:
    name = path.name
    report = VerificationReport(file=name)
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            report.problems.append(f"Không đọc được tệp {name}: {exc.strerror or type(exc).__name__}.")
            return report
    crls = load_crls(crl_files)
    roots = list(trust_roots) if trust_roots is not None else default_trust_root_files()
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        if reader.encrypted:
            report.problems.append(
                f"Tệp {name} được mã hóa (đặt mật khẩu); báo cáo gửi cơ quan tổng hợp phải là PDF không mã hóa."
            )
            return report
        signatures = reader.embedded_regular_signatures
    except (PdfError, ValueError, KeyError, IndexError, TypeError, AttributeError, EOFError):
        # pyHanko's own text ("Illegal PDF header"…) is English; the clerk gets the reason in Vietnamese.
        what = "bị cắt cụt hoặc hỏng" if b"%PDF-" in data[:1024] else "không phải tệp PDF"
        report.problems.append(f"Tệp {name} không đọc được như một tệp PDF hoàn chỉnh ({what}).")
        return report
    report.signature_count = len(signatures)
    current_files = _safe_files(reader)
    report.embedded_files = sorted(current_files)
    # A detailed plan (Kế hoạch chi tiết) carries its own data file, checked the same way; only a report's
    # payload is parsed into ``report.payload`` (what the compiling office adds up).
    plan_only = PLAN_PAYLOAD_NAME in current_files and PAYLOAD_NAME not in current_files
    payload_name = PLAN_PAYLOAD_NAME if plan_only else PAYLOAD_NAME
    report.payload_present = payload_name in current_files
    if not signatures:
        report.problems.append(f"Tệp {name} chưa được ký số.")
        if not report.payload_present:
            report.problems.append(f"Tệp {name} không mang dữ liệu báo cáo {PAYLOAD_NAME}.")
        return report
    report.signed = True
    sig = signatures[-1]
    try:
        status = validate_pdf_signature(sig, _validation_context(roots, crls), key_usage_settings=_KEY_USAGE)
    except BkfiError:
        raise
    except Exception as exc:  # pyHanko raises several kinds for a mangled signature
        report.problems.append(
            f"Chữ ký trong tệp {name} bị hỏng, không kiểm tra được ({type(exc).__name__})."
        )
        return report
    cert = x509.load_der_x509_certificate(status.signing_cert.dump())
    report.signer_holder = holder_of(cert)
    report.signer_organisation = organisation_of(cert)
    report.signer_organisations = organisations_of(cert)
    report.revocation_checked = True if crl_covers(cert, crls) else None
    if report.revocation_checked is None:
        report.notes.append(
            f"Chưa kiểm tra thu hồi chứng thư của người ký tệp {name}: chưa nhập danh sách thu hồi (CRL) "
            "nào của nơi cấp chứng thư này."
        )
    report.signer_serial = format(cert.serial_number, "X")
    report.certificate_valid_to = cert.not_valid_after_utc
    if status.timestamp_validity is not None:
        report.timestamped = True
        report.signing_time = status.timestamp_validity.timestamp
    else:
        report.signing_time = status.signer_reported_dt
    report.intact = bool(status.intact and status.valid)
    report.trusted = bool(status.trusted)
    if status.valid:
        # pyHanko checks the chain whenever the signature value itself verifies, even when the
        # document bytes no longer match: an altered file can still name a trusted signer.
        report.certificate_trusted = status.trust_problem_indic is None and status.validation_path is not None
        if not report.certificate_trusted:
            report.trust_problem = _trust_problem(name, status, cert, roots)
    report.covers_whole_document = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    if not report.intact:
        report.modified_after_signing = True  # the signed bytes themselves differ from what was signed
        report.problems.append(
            f"Nội dung tệp {name} đã bị thay đổi sau khi ký: chữ ký không còn khớp với dữ liệu."
        )
    report.revoked = status.trust_problem_indic in _REVOKED
    revocation = revoked_at(cert, crls)
    if revocation is not None and (report.signing_time is None or revocation <= report.signing_time):
        report.revoked, report.trusted, report.certificate_trusted = True, False, False
        report.trust_problem = (
            f"Chứng thư số của người ký trong tệp {name} đã bị thu hồi từ {format_date(revocation)}, "
            "trước lúc ký."
        )
    if report.trust_problem:
        report.problems.append(report.trust_problem)

    # A signature over the whole file signed its last revision: what it signed is what is there now,
    # so the embedded files are not read a second time.
    whole = report.covers_whole_document and sig.signed_revision == reader.total_revisions - 1
    signed_files = current_files if whole else _safe_files(reader.get_historical_resolver(sig.signed_revision))
    changed = sorted(
        n for n in set(signed_files) | set(current_files) if signed_files.get(n) != current_files.get(n)
    )
    if not report.covers_whole_document or changed:
        report.modified_after_signing = True
        if report.intact and not report.covers_whole_document:
            report.modifications.append(_describe_change(status))
            report.modifications.extend(describe_page_changes(reader, sig.signed_revision))
        for changed_name in changed:
            verb = "được thêm" if changed_name not in signed_files else "bị thay thế hoặc gỡ bỏ"
            report.modifications.append(f"tệp đính kèm {changed_name} {verb}")
        if report.modifications:
            report.problems.append(f"Tệp {name} đã bị sửa sau khi ký: {'; '.join(report.modifications)}.")
        elif report.intact:
            report.problems.append(f"Chữ ký trong tệp {name} không bao trùm toàn bộ tệp.")
    report.payload_covered = bool(
        report.intact
        and payload_name in signed_files
        and signed_files.get(payload_name) == current_files.get(payload_name)
    )
    if not report.payload_present:
        report.problems.append(f"Tệp {name} không mang dữ liệu báo cáo {PAYLOAD_NAME}.")
    elif not report.payload_covered and report.intact:
        report.problems.append(f"Dữ liệu báo cáo {payload_name} trong tệp {name} không nằm trong phần đã ký.")
    elif plan_only:
        if (where := plan_payload_problem(current_files[payload_name])) is not None:
            report.problems.append(
                f"Dữ liệu kế hoạch {payload_name} trong tệp {name} không đúng cấu trúc {PLAN_SCHEMA_ID} ({where})."
            )
    else:
        report.payload_data = current_files[PAYLOAD_NAME]
        if payload_reader is not None:
            read_payload_into(report, payload_reader)
    report.problems.extend(_earlier_signature_problems(name, signatures[:-1], roots, crls))
    return report


def read_payload_into(report: VerificationReport, payload_reader: PayloadReader) -> None:
    """Judge the payload kept in ``report`` with ``payload_reader``; its problem joins the report's."""
    if report.payload_data is None:
        return
    report.payload, problem = payload_reader(report.payload_data)
    if problem is not None:
        report.problems.append(f"Dữ liệu báo cáo {PAYLOAD_NAME} trong tệp {report.file} {problem}.")


def _safe_files(handler) -> dict[str, bytes]:
    try:
        return embedded_files_of(handler)
    except (PdfError, ValueError, KeyError, AttributeError):
        return {}


def _earlier_signature_problems(name: str, signatures, roots: list[Path], crls: list[bytes]) -> list[str]:
    """Earlier signatures may be followed by later ones, but must still be intact and trusted."""
    problems = []
    for index, sig in enumerate(signatures, start=1):
        try:
            status = validate_pdf_signature(sig, _validation_context(roots, crls), key_usage_settings=_KEY_USAGE)
            good = status.intact and status.valid and status.trusted
            level = status.modification_level
            good = good and level is not None and level <= ModificationLevel.FORM_FILLING
        except Exception:
            good = False
        if not good:
            problems.append(f"Chữ ký thứ {index} trong tệp {name} không còn hợp lệ hoặc không được tin cậy.")
    return problems
