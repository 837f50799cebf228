"""Build a report: compile the window, lay out the PDF, add the signature field, embed payload and appendix,
write the files, and record the report with its number. All or nothing: on any failure no file is left
half-written and no number is consumed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bkfi_desktop.core import audit
from bkfi_desktop.core.reports.compile import compile_content
from bkfi_desktop.core.reports.content import ReportContent
from bkfi_desktop.core.reports.document_info import (
    DocumentInfo,
    default_subject,
    format_number_text,
    next_number,
)
from bkfi_desktop.core.reports.files import StagedFiles
from bkfi_desktop.core.reports.narrative import clean_narrative, prefill_narrative
from bkfi_desktop.core.reports.registry import LOCKED_STATUSES, latest_draft, load_report, period_for
from bkfi_desktop.core.store.models import Report
from bkfi_desktop.core.vocabulary import REPORT_STATUS_LABELS, label
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.documents.attachments import APPENDIX_NAME, PAYLOAD_NAME, embed_files
from bkfi_desktop.documents.report_pdf import render_report
from bkfi_desktop.documents.report_pdf.signature_field import add_signature_field
from bkfi_desktop.errors import BkfiError, Cancelled, InvalidInputError
from bkfi_desktop.exchange.report_appendix import APPENDIX_MIME, build_appendix
from bkfi_desktop.exchange.report_payload import build_payload, payload_bytes

# progress(percent, Vietnamese message); returning False cancels the build (nothing is written).
# A workflows.progress.Progress gives one with .hook().
ProgressCallback = Callable[[int, str], bool | None]

ReportCancelled = Cancelled  # the one cancel exception (bkfi_desktop.errors); old name kept for callers


@dataclass(frozen=True)
class BuiltReport:
    report_id: int | None  # None for a preview
    uuid: str
    period: str
    number: int | None
    number_text: str
    issued_on: dt.date
    status: str
    pdf_path: Path
    xlsx_path: Path | None
    payload_path: Path | None
    page_count: int
    pdf_sha256: str
    payload: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.report_id,
            "uuid": self.uuid,
            "period": self.period,
            "number": self.number,
            "number_text": self.number_text,
            "issued_on": self.issued_on.isoformat(),
            "status": self.status,
            "pdf_path": str(self.pdf_path),
            "xlsx_path": str(self.xlsx_path) if self.xlsx_path else None,
            "payload_path": str(self.payload_path) if self.payload_path else None,
            "page_count": self.page_count,
            "pdf_sha256": self.pdf_sha256,
        }


def _step(progress: ProgressCallback | None, percent: int, message: str) -> None:
    if progress is not None and progress(percent, message) is False:
        raise Cancelled("Đã hủy lập báo cáo; chưa có tệp nào được ghi.")


@dataclass(frozen=True)
class _Plan:
    """What the build will produce, decided from the database before any file is written."""

    content: ReportContent
    document: DocumentInfo
    narrative: dict[str, str]
    report_id: int | None


def _prepare(
    workspace: Workspace,
    period_code: str,
    narrative: Mapping[str, str] | None,
    issued_on: dt.date | None,
    report_id: int | None,
    preview: bool,
    number: int | None = None,
) -> _Plan:
    with workspace.session() as session:
        period = period_for(session, period_code)
        content = compile_content(session, period)
        report = load_report(session, report_id) if report_id is not None else latest_draft(session, period.code)
        if report is not None and report.period != period.code:
            raise InvalidInputError(f"Báo cáo mã số {report.id} thuộc kỳ {report.period}, không phải kỳ {period.code}.")
        if report is not None and report.status in LOCKED_STATUSES and not preview:
            raise InvalidInputError(
                f"Báo cáo số {report.number_text} đã {label(REPORT_STATUS_LABELS, report.status).lower()}; "
                "không lập lại được."
            )
        base = (report.narrative if report and report.narrative else None) or prefill_narrative(content)
        sections = clean_narrative(narrative or {}, base)
        kept_number = report.number if report is not None else None
        day = issued_on or (report.issued_on if report and kept_number else None) or dt.date.today()
        if number is not None and not preview:
            _check_free_number(session, number, day.year, report.id if report is not None else None)
        keeps_number = kept_number is not None and number in (None, kept_number)
        if report is not None and keeps_number and day.year != report.year:
            # Numbers run per calendar year: moving this one to another year would free it for reuse.
            raise InvalidInputError(
                f"Báo cáo số {report.number_text} đã được cấp số của năm {report.year}; "
                f"ngày ban hành phải thuộc năm {report.year}."
            )
        if preview:
            number = kept_number
        elif number is not None:
            pass  # the number the văn thư gave from the register
        elif kept_number is not None:
            number = kept_number
        else:
            number = next_number(session, day.year)
        profile_prefix = content.unit.number_prefix
        same_text = report is not None and kept_number is not None and number == kept_number
        document = DocumentInfo(
            uuid=report.uuid if report is not None else str(uuid.uuid4()),
            number=number,
            number_text=report.number_text if same_text else format_number_text(number, profile_prefix),
            issued_on=day,
            subject=(report.subject if report is not None and report.subject else default_subject(period)),
        )
        existing_id = report.id if report is not None else None
        session.rollback()  # reading only; undo anything a helper may have flushed
    return _Plan(content, document, sections, existing_id)


def build_report(
    workspace: Workspace,
    period_code: str,
    *,
    out_pdf: Path | str,
    out_xlsx: Path | str | None = None,
    payload_out: Path | str | None = None,
    narrative: Mapping[str, str] | None = None,
    issued_on: dt.date | None = None,
    progress: ProgressCallback | None = None,
    report_id: int | None = None,
    preview: bool = False,
    number: int | None = None,
) -> BuiltReport:
    """Build and issue the period's report (or, with ``preview``, only write a PDF with no number).

    Uses ``report_id``'s report, else the period's latest draft, else a new one; its narrative
    (updated with ``narrative``) is printed. Issuing takes ``number`` (the one the văn thư gives from
    the register; refused if another report of that year has it), else keeps the number the report
    already has, else takes the next number of ``issued_on``'s year.
    """
    _step(progress, 0, "Đang tổng hợp số liệu trong kỳ…")
    plan = _prepare(workspace, period_code, narrative, issued_on, report_id, preview, number)
    content, document = plan.content, plan.document
    _step(progress, 15, "Đang lập dữ liệu đính kèm…")
    payload = build_payload(content, document, plan.narrative)
    appendix = build_appendix(content, document)
    _step(progress, 30, "Đang dàn trang báo cáo…")
    rendered = render_report(content, document, plan.narrative)
    _step(progress, 75, "Đang tạo ô chữ ký và đính kèm dữ liệu…")
    pdf = add_signature_field(rendered.pdf, rendered.signature)
    data = payload_bytes(payload)
    pdf = embed_files(pdf, [(PAYLOAD_NAME, data, "application/json"), (APPENDIX_NAME, appendix, APPENDIX_MIME)])
    _step(progress, 90, "Đang ghi tệp…")
    staged = StagedFiles()
    try:
        staged.stage(Path(out_pdf), pdf)
        if out_xlsx is not None:
            staged.stage(Path(out_xlsx), appendix)
        if payload_out is not None:
            staged.stage(Path(payload_out), data)
        digest = hashlib.sha256(pdf).hexdigest()
        paths = [final for _temporary, final in staged.pending]
        saved_id = None
        if preview:
            staged.commit()
        else:
            saved_id = _record(workspace, plan, payload, digest, paths[0], paths[1] if out_xlsx else None, staged)
        staged.finish()  # recorded (the transaction committed): keep the files
    except IntegrityError as exc:
        raise BkfiError(
            f"Số văn bản {document.number_text} vừa được dùng cho một báo cáo khác; hãy lập lại báo cáo."
        ) from exc
    finally:
        staged.discard()
    _step(progress, 100, "Đã lập xong báo cáo.")
    return BuiltReport(
        report_id=saved_id,
        uuid=document.uuid,
        period=content.period.code,
        number=document.number,
        number_text=document.number_text,
        issued_on=document.issued_on,
        status="draft" if preview else "issued",
        pdf_path=paths[0],
        xlsx_path=paths[1] if out_xlsx is not None else None,
        payload_path=paths[-1] if payload_out is not None else None,
        page_count=rendered.page_count,
        pdf_sha256=digest,
        payload=payload,
    )


def _check_free_number(session: Session, number: int, year: int, report_id: int | None) -> None:
    """A number typed by the clerk: positive, and not already another report's in that year."""
    if number < 1:
        raise InvalidInputError(f"Số văn bản phải là số nguyên dương (đã nhập {number}).")
    other = session.scalar(
        select(Report).where(Report.year == year, Report.number == number, Report.id != (report_id or -1)).limit(1)
    )
    if other is not None:
        raise InvalidInputError(
            f"Số {number:02d} năm {year} đã dùng cho báo cáo {other.number_text} ({other.period}); "
            "hãy nhập số khác theo sổ đăng ký văn bản, hoặc giữ số chương trình gợi ý."
        )


def _record(
    workspace: Workspace,
    plan: _Plan,
    payload: dict[str, Any],
    digest: str,
    pdf_path: Path,
    xlsx_path: Path | None,
    staged: StagedFiles,
) -> int:
    """Save the issued report, then put the files in place, in one transaction: a failed rename rolls back,
    and a failed commit leaves the files to be taken back by ``staged.discard``."""
    document, period = plan.document, plan.content.period
    with workspace.transaction() as session:
        report = load_report(session, plan.report_id) if plan.report_id is not None else None
        if report is None:
            report = Report(uuid=document.uuid, period=period.code)
            session.add(report)
        report.period_start, report.period_end = period.start, period.end
        report.year = document.issued_on.year
        report.number = document.number
        report.number_text = document.number_text
        report.issued_on = document.issued_on
        report.subject = document.subject
        report.status = "issued"
        report.narrative = plan.narrative
        report.payload = payload
        report.pdf_path = str(pdf_path)
        report.pdf_sha256 = digest
        report.xlsx_path = str(xlsx_path) if xlsx_path else ""
        session.flush()  # the (year, number) constraint speaks here, before any file moves
        audit.record(
            session, "report", "report", report.id,
            f"Lập báo cáo số {document.number_text} ({period.label_vi})", {"pdf_sha256": digest},
        )
        staged.commit()
        return report.id
