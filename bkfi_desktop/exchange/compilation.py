"""The compiling office's "compile without retyping": signed unit reports in, consolidated figures out.

Every file is verified first; only a payload inside a valid, trusted signature that covers the whole
file is read (DESIGN §6). The exact bytes that were verified are the bytes whose payload is read: the
file is read once, into memory, and a copy of those bytes is verified. Each refused file gets one
Vietnamese reason; the others are still compiled.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bkfi_desktop.core.periods import parse_period
from bkfi_desktop.core.signer_identity import SignerIdentity, signer_identity
from bkfi_desktop.documents.attachments import PAYLOAD_NAME
from bkfi_desktop.documents.signing.certificates import format_datetime
from bkfi_desktop.documents.signing.verify import VerificationReport, verify_pdf
from bkfi_desktop.errors import BkfiError, Cancelled, InvalidInputError, os_error_reason
from bkfi_desktop.exchange.compilation_model import (
    REFUSAL_LABELS,
    AcceptedReport,
    Compilation,
    KindTotal,
    RefusedFile,
    Totals,
    TrainingFigures,
    UnitFigures,
)
from bkfi_desktop.exchange.compilation_pool import check_isolated
from bkfi_desktop.exchange.report_payload import SCHEMA_ID, read_signed_payload
from bkfi_desktop.textvn.collation import vietnamese_sort_key
from bkfi_desktop.textvn.folding import fold_for_match

if TYPE_CHECKING:  # the per-task view needs the database layer; the worker processes checking files do not
    from bkfi_desktop.exchange.compilation_tasks import TaskRow

__all__ = [
    "REFUSAL_LABELS",
    "AcceptedReport",
    "Compilation",
    "CompilationCancelled",
    "KindTotal",
    "RefusedFile",
    "Totals",
    "TrainingFigures",
    "UnitFigures",
    "compile_reports",
    "write_compilation_xlsx",
]

# progress(percent, Vietnamese message); returning False cancels.
ProgressCallback = Callable[[int, str], bool | None]


CompilationCancelled = Cancelled  # the one cancel exception (bkfi_desktop.errors); old name kept for callers


def write_compilation_xlsx(compilation: Compilation, out: Path, tasks: Sequence[TaskRow] = ()) -> Path:
    """The consolidated workbook (openpyxl is loaded only when one is written); `tasks`, the per-task
    view, adds its sheet."""
    from bkfi_desktop.exchange.compilation_xlsx import write_compilation_xlsx as write

    return write(compilation, out, tasks=tasks)


def _step(progress: ProgressCallback | None, percent: int, message: str) -> None:
    if progress is not None and progress(percent, message) is False:
        raise Cancelled("Đã dừng tổng hợp theo yêu cầu.")


def _when(moment: dt.datetime | None) -> str:
    return format_datetime(moment) if moment else "không rõ thời gian"


def _refuse(path: Path, code: str, reason: str, details: list[str] | None = None, **extra: Any) -> RefusedFile:
    return RefusedFile(path.name, path, code, reason, tuple(details or ()), **extra)


def _verification_refusal(path: Path, report: VerificationReport) -> RefusedFile | None:
    """The first reason the signature check gives to refuse the file, most basic first."""
    details = list(report.problems)
    who = report.signer_holder or "người ký"
    if not report.signed:
        if any("không đọc được" in problem.lower() for problem in details):
            return _refuse(path, "unreadable", "Không đọc được tệp như một báo cáo PDF.", details)
        return _refuse(path, "not_signed", "Tệp chưa được ký số; chỉ nhận báo cáo đã ký số.", details)
    if not report.intact:
        return _refuse(
            path, "altered", "Nội dung tệp đã bị thay đổi sau khi ký: chữ ký không còn khớp.", details
        )
    if report.payload_present and not report.payload_covered:
        return _refuse(
            path, "payload_not_covered",
            f"Dữ liệu báo cáo {PAYLOAD_NAME} không nằm trong phần đã ký (được thêm hoặc thay sau khi ký).",
            details,
        )
    if report.modified_after_signing or not report.covers_whole_document:
        return _refuse(
            path, "altered", "Tệp đã bị sửa hoặc bổ sung sau khi ký; chữ ký không bao trùm toàn bộ tệp.", details
        )
    if report.revoked:
        why = next((problem for problem in details if "thu hồi" in problem), None)
        return _refuse(path, "revoked", why or f"Chứng thư số của {who} đã bị thu hồi.", details)
    if not report.trusted:
        why = next((problem for problem in details if "chứng thư" in problem.lower()), None)
        return _refuse(
            path, "untrusted", why or f"Chữ ký của {who} không được tin cậy.", details
        )
    if not report.payload_present:
        return _refuse(
            path, "no_payload", f"Tệp không mang dữ liệu báo cáo {PAYLOAD_NAME}, nên không tổng hợp được.", details
        )
    return None


def _unit_key(report: AcceptedReport) -> str:
    """Two spellings of one unit ("Phòng VH&TT", "Phòng Văn hóa và Thông tin") are one unit."""
    return fold_for_match(report.unit_name)


def _newest_first(report: AcceptedReport) -> float:
    moment = report.signing_time
    return -moment.timestamp() if moment else float("inf")


def _check_file(
    path: Path, trust_roots: list[Path] | None, crl_files: list[Path] | None
) -> AcceptedReport | RefusedFile:
    """One file, read once: those bytes are verified and their payload (checked once) is read."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return _refuse(path, "unreadable", f"Không đọc được tệp: {os_error_reason(exc)}.")
    try:
        report = verify_pdf(
            path, trust_roots, crl_files=crl_files, data=data, payload_reader=read_signed_payload
        )
    except BkfiError as exc:  # one bad file must not stop the batch
        return _refuse(path, "unreadable", exc.message)
    refusal = _verification_refusal(path, report)
    if refusal is not None:
        # The unit the file claims to come from, even untrusted, lets the board show whose report it was.
        claimed = report.payload["unit"]["name"] if report.payload else None
        return replace(
            refusal, unit_name=claimed, signer=report.signer_holder, signing_time=report.signing_time,
            sha256=hashlib.sha256(data).hexdigest(),
        )
    payload = report.payload
    if payload is None:
        where = next((problem for problem in report.problems if SCHEMA_ID in problem), "")
        return _refuse(
            path, "wrong_schema", where or f"Dữ liệu báo cáo không đúng cấu trúc {SCHEMA_ID}.", report.problems
        )
    if report.problems:  # e.g. an earlier signature that no longer holds
        return _refuse(path, "invalid_signature", report.problems[0], report.problems)
    return AcceptedReport(
        file=path.name,
        path=path,
        unit_name=payload["unit"]["name"],
        number_text=payload["document"]["number_text"],
        issued_on=dt.date.fromisoformat(payload["document"]["issued_on"]),
        signing_time=report.signing_time,
        signer=report.signer_holder,
        signer_organisation=report.signer_organisation,
        uuid=payload["uuid"],
        period_code=payload["period"]["code"],
        period_label=payload["period"]["label"],
        figures=UnitFigures.from_payload(payload),
        payload=payload,
        signer_organisations=tuple(report.signer_organisations),
        revocation_checked=report.revocation_checked,
        sha256=hashlib.sha256(data).hexdigest(),
    )


def _failed(path: Path, code: str, reason: str) -> RefusedFile:
    return _refuse(Path(path), code, reason)


def _chosen_period(candidates: list[AcceptedReport], period: str | None) -> tuple[str | None, str | None]:
    """The period asked for, else the one most reports share (the first seen on a tie)."""
    if period is not None:
        chosen = parse_period(period)
        return chosen.code, chosen.label_vi
    if not candidates:
        return None, None
    counts = Counter(report.period_code for report in candidates)
    code = max(counts, key=lambda c: (counts[c], -[r.period_code for r in candidates].index(c)))
    label = next(report.period_label for report in candidates if report.period_code == code)
    return code, label


def _keep_newest(
    candidates: list[AcceptedReport],
    key: Callable[[AcceptedReport], str],
    refusal: Callable[[AcceptedReport, AcceptedReport], RefusedFile],
    note: str,
) -> tuple[list[AcceptedReport], list[RefusedFile]]:
    """Per key, keep the report signed last; the others are refused, each naming the one kept, and the
    one kept notes which files it replaces."""
    groups: dict[str, list[AcceptedReport]] = {}
    for report in candidates:
        groups.setdefault(key(report), []).append(report)
    kept: list[AcceptedReport] = []
    refused: list[RefusedFile] = []
    for group in groups.values():
        winner, *losers = sorted(group, key=_newest_first)  # stable: the first given wins a tie
        refused.extend(refusal(loser, winner) for loser in losers)
        if losers:
            replaced = "; ".join(f"tệp {loser.file} ký lúc {_when(loser.signing_time)}" for loser in losers)
            winner = replace(winner, notes=(*winner.notes, f"{note}, thay cho {replaced}."))
        kept.append(winner)
    return kept, refused


def _duplicate_uuid(loser: AcceptedReport, winner: AcceptedReport) -> RefusedFile:
    return _refuse(
        loser.path, "duplicate_uuid",
        f"Cùng một báo cáo (mã {loser.uuid}) với tệp {winner.file}; đã dùng tệp {winner.file} "
        f"(ký lúc {_when(winner.signing_time)}).",
        unit_name=loser.unit_name, signing_time=loser.signing_time,
    )


def _duplicate_unit(loser: AcceptedReport, winner: AcceptedReport) -> RefusedFile:
    return _refuse(
        loser.path, "duplicate_unit",
        f"{loser.unit_name} đã gửi báo cáo khác mới hơn: giữ tệp {winner.file} ký lúc "
        f"{_when(winner.signing_time)}, bỏ bản này ký lúc {_when(loser.signing_time)}.",
        unit_name=loser.unit_name, signing_time=loser.signing_time,
    )


def signer_matches_unit(unit_name: str, organisations: tuple[str, ...] | list[str]) -> bool:
    """The certificate's O or OU names the payload's unit, folded like unit names; an OU may add the
    place after the unit's name ("Phòng Tư pháp thành phố Bắc Kạn" for "Phòng Tư pháp")."""
    unit = fold_for_match(unit_name)
    for organisation in organisations:
        folded = fold_for_match(organisation)
        if folded == unit or folded.startswith(unit + " "):
            return True
    return False


def _signer_mismatch(report: AcceptedReport) -> RefusedFile:
    names = " / ".join(report.signer_organisations) or "không ghi tổ chức"
    return _refuse(
        report.path, "signer_mismatch",
        f"Người ký {report.signer or '—'} thuộc tổ chức “{names}”, không phải {report.unit_name} "
        "như dữ liệu báo cáo ghi; chỉ tính báo cáo này khi cơ quan tổng hợp chấp nhận người ký.",
        unit_name=report.unit_name, signing_time=report.signing_time,
        signer=report.signer, sha256=report.sha256, signer_organisations=report.signer_organisations,
    )


def compile_reports(
    paths: list[Path],
    *,
    trust_roots: list[Path] | None = None,
    crl_files: list[Path] | None = None,
    period: str | None = None,
    progress: ProgressCallback | None = None,
    accept_signer_files: Collection[str] = (),
    workers: int | None = None,
    accepted_signers: Collection[SignerIdentity] = (),
) -> Compilation:
    """Verify and read every unit report in `paths`, and compile those that can be trusted.

    `trust_roots` defaults to the workspace's trust folder, `crl_files` to its CRL folder. `period`
    (e.g. "2025-H1") is the period to compile; without it, the period most of the reports share.
    Files are checked in worker processes, in parallel, each within a time and memory budget.
    A report signed by a certificate of another organisation than its unit is refused unless its
    file name is in `accept_signer_files` or its (unit, signer, organisations) in `accepted_signers`
    (the office accepted that signer explicitly, see core.signer_acceptance). Refused
    files keep their input order; accepted units are sorted by name the Vietnamese way.
    """
    if not paths:
        raise InvalidInputError("Chưa có tệp báo cáo nào để tổng hợp.")
    if period is not None:
        parse_period(period)  # a bad period is refused before any file is read
    paths = [Path(path) for path in paths]
    _step(progress, 0, f"Đang kiểm tra {len(paths)} tệp…")

    def checked_one(done: int, total: int, path: Path) -> None:
        _step(progress, done * 90 // total, f"Đã kiểm tra tệp {path.name} ({done}/{total})…")

    outcomes = check_isolated(
        paths, _check_file, (trust_roots, crl_files), _failed, progress=checked_one, workers=workers
    )
    accepted_files = {Path(name).name for name in accept_signer_files}
    candidates: list[AcceptedReport] = []
    checked: list[RefusedFile] = []
    for outcome in outcomes:
        if isinstance(outcome, RefusedFile):
            checked.append(outcome)
        elif signer_matches_unit(outcome.unit_name, outcome.signer_organisations):
            candidates.append(outcome)
        elif outcome.file in accepted_files or (
            signer_identity(outcome.unit_name, outcome.signer, outcome.signer_organisations) in accepted_signers
        ):
            note = f"Cơ quan tổng hợp chấp nhận người ký {outcome.signer or '—'} ký thay cho {outcome.unit_name}."
            candidates.append(replace(outcome, notes=(*outcome.notes, note)))
        else:
            checked.append(_signer_mismatch(outcome))
    _step(progress, 90, "Đang tổng hợp số liệu…")
    code, label = _chosen_period(candidates, period)
    in_period: list[AcceptedReport] = []
    late: list[RefusedFile] = []
    for report in candidates:
        if report.period_code == code:
            in_period.append(report)
            continue
        whose = "kỳ cần tổng hợp" if period else "kỳ của các báo cáo còn lại"
        late.append(
            _refuse(
                report.path, "other_period",
                f"Báo cáo thuộc kỳ {report.period_label} ({report.period_code}), khác {whose}: "
                f"{label} ({code}).",
                unit_name=report.unit_name, signing_time=report.signing_time,
            )
        )
    unique, same_report = _keep_newest(
        in_period, lambda r: r.uuid, _duplicate_uuid, "Bản ký mới nhất của cùng báo cáo"
    )
    units, same_unit = _keep_newest(unique, _unit_key, _duplicate_unit, "Bản ký mới nhất của đơn vị")
    order = {path: index for index, path in enumerate(paths)}
    refused = [*checked, *late, *same_report, *same_unit]
    refused.sort(key=lambda refusal: order.get(refusal.path, len(order)))
    units.sort(key=lambda report: (vietnamese_sort_key(report.unit_name), report.file))
    _step(progress, 100, "Đã tổng hợp xong.")
    return Compilation(period_code=code, period_label=label, accepted=units, refused=refused)
