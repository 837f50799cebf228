"""The database side of building a report: decide what the build will produce (period, content,
narrative, number) before any file is written, and record the issued report with its number.

The files themselves (PDF, appendix, payload) are made and put in place by
``bkfi_desktop.workflows.build_report``, which calls these two functions; core knows no file format.
"""

from __future__ import annotations

import datetime as dt
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
from bkfi_desktop.core.reports.narrative import clean_narrative, prefill_narrative
from bkfi_desktop.core.reports.registry import (
    LOCKED_STATUSES,
    latest_draft,
    load_report,
    period_for,
    plan_key_of,
)
from bkfi_desktop.core.store.models import Report
from bkfi_desktop.core.vocabulary import REPORT_STATUS_LABELS, label
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.errors import BkfiError, InvalidInputError


@dataclass(frozen=True)
class ReportPlan:
    """What the build will produce, decided from the database before any file is written."""

    content: ReportContent
    document: DocumentInfo
    narrative: dict[str, str]
    report_id: int | None
    plan_key: str | None = None  # the plan the report is about; None: the whole work


def prepare_build(
    workspace: Workspace,
    period_code: str,
    narrative: Mapping[str, str] | None,
    issued_on: dt.date | None,
    report_id: int | None,
    preview: bool,
    number: int | None = None,
    plan: str | None = None,
) -> ReportPlan:
    """Read everything the build needs (nothing is written): a bad period, a locked report or a taken
    number is refused here, before any file is made.

    ``plan``: the plan the report is about (None: an existing report's own plan(s), a new report the
    unit's whole work). A report stays about what it was made for."""
    with workspace.session() as session:
        period = period_for(session, period_code)
        wanted = plan_key_of(session, plan)
        report = load_report(session, report_id) if report_id is not None else latest_draft(session, period.code, wanted)
        if report is not None and report.period != period.code:
            raise InvalidInputError(f"Báo cáo mã số {report.id} thuộc kỳ {report.period}, không phải kỳ {period.code}.")
        if report is not None and plan is not None and report.plan_key != wanted:
            about = f"kế hoạch “{report.plan_key}”" if report.plan_key else "toàn bộ công tác (mỗi kế hoạch một mục)"
            raise InvalidInputError(
                f"Báo cáo mã số {report.id} là báo cáo về {about}, không phải về kế hoạch “{wanted}”; "
                "hãy lập báo cáo mới cho kế hoạch này."
            )
        plan_key = report.plan_key if report is not None else wanted
        content = compile_content(session, period, plan_key)
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
            subject=(report.subject if report is not None and report.subject else default_subject(period, content.topic)),
        )
        existing_id = report.id if report is not None else None
        session.rollback()  # reading only; undo anything a helper may have flushed
    return ReportPlan(content, document, sections, existing_id, plan_key)


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


def record_issued(
    workspace: Workspace,
    plan: ReportPlan,
    payload: dict[str, Any],
    digest: str,
    pdf_path: Path,
    xlsx_path: Path | None,
    place_files: Callable[[], None],
) -> int:
    """Save the issued report, then put the files in place (``place_files``), in one transaction: a failed
    placing rolls back, and a failed commit leaves the caller to take the files back."""
    try:
        return _save_issued(workspace, plan, payload, digest, pdf_path, xlsx_path, place_files)
    except IntegrityError as exc:
        raise BkfiError(
            f"Số văn bản {plan.document.number_text} vừa được dùng cho một báo cáo khác; hãy lập lại báo cáo."
        ) from exc


def _save_issued(
    workspace: Workspace,
    plan: ReportPlan,
    payload: dict[str, Any],
    digest: str,
    pdf_path: Path,
    xlsx_path: Path | None,
    place_files: Callable[[], None],
) -> int:
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
        report.plan_key = plan.plan_key
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
        place_files()
        return report.id
