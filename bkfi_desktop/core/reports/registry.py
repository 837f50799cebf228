"""The reports kept in the workspace: drafts with their narrative, issued numbers, and the history list."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bkfi_desktop.core import audit
from bkfi_desktop.core.periods import Period, parse_period
from bkfi_desktop.core.profile import get_profile
from bkfi_desktop.core.reports.compile import compile_content
from bkfi_desktop.core.reports.document_info import default_subject
from bkfi_desktop.core.reports.narrative import SECTIONS, clean_narrative, prefill_narrative
from bkfi_desktop.core.store.models import Plan, Report
from bkfi_desktop.core.tasks import plan_id_for
from bkfi_desktop.core.vocabulary import REPORT_STATUS_LABELS, label
from bkfi_desktop.errors import InvalidInputError, NotFoundError

LOCKED_STATUSES = ("signed", "sent")  # the signed file is the report; nothing about it changes any more


@dataclass(frozen=True)
class ReportSummary:
    id: int
    uuid: str
    period: str
    period_start: dt.date
    period_end: dt.date
    number: int | None
    number_text: str
    issued_on: dt.date | None
    subject: str
    status: str
    status_label: str
    pdf_path: str
    xlsx_path: str
    signed_path: str
    plan_key: str | None = None  # the plan the report is about; None: the whole work, a section per plan

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "uuid": self.uuid,
            "period": self.period,
            "period_start": self.period_start.isoformat(),
            "period_end": self.period_end.isoformat(),
            "number": self.number,
            "number_text": self.number_text,
            "issued_on": self.issued_on.isoformat() if self.issued_on else None,
            "subject": self.subject,
            "status": self.status,
            "status_label": self.status_label,
            "pdf_path": self.pdf_path,
            "xlsx_path": self.xlsx_path,
            "signed_path": self.signed_path,
            "plan": self.plan_key,
        }


@dataclass(frozen=True)
class ReportDetail:
    """A report reopened: its summary, its editable narrative (in section order) and its payload."""

    summary: ReportSummary
    narrative: dict[str, str]
    payload: dict[str, Any] | None

    @property
    def editable(self) -> bool:
        return self.summary.status not in LOCKED_STATUSES

    @property
    def section_titles(self) -> dict[str, str]:
        return dict(SECTIONS)


def _summary(report: Report) -> ReportSummary:
    return ReportSummary(
        id=report.id,
        uuid=report.uuid,
        period=report.period,
        period_start=report.period_start,
        period_end=report.period_end,
        number=report.number,
        number_text=report.number_text,
        issued_on=report.issued_on,
        subject=report.subject,
        status=report.status,
        status_label=label(REPORT_STATUS_LABELS, report.status),
        pdf_path=report.pdf_path,
        xlsx_path=report.xlsx_path,
        signed_path=report.signed_path,
        plan_key=report.plan_key,
    )


def list_reports(session: Session) -> list[ReportSummary]:
    """Newest first: the history of drafts, issued, signed and sent reports."""
    rows = session.scalars(select(Report).order_by(Report.period_end.desc(), Report.id.desc()))
    return [_summary(report) for report in rows]


def load_report(session: Session, report_id: int) -> Report:
    report = session.get(Report, report_id)
    if report is None:
        raise NotFoundError(f"Không có báo cáo mã số {report_id}.")
    return report


def get_report(session: Session, report_id: int) -> ReportDetail:
    """Reopen a report by id."""
    report = load_report(session, report_id)
    narrative = clean_narrative(report.narrative or {}) if report.narrative else {}
    return ReportDetail(summary=_summary(report), narrative=narrative, payload=report.payload)


def period_for(session: Session, code: str) -> Period:
    """The period with this workspace's cut-off rule."""
    return parse_period(code, get_profile(session).cutoff)


OWED_FOR_DAYS = 60  # after its due date, an unsigned report stays the one the page opens on for this long


def owed_period(session: Session, today: dt.date) -> Period:
    """The report the unit should be working on today: one whose window has closed, not signed or
    sent yet, and due (or overdue by less than OWED_FOR_DAYS); else the one whose window holds today."""
    from bkfi_desktop.core.periods import Cutoff, current_and_next_period, report_sequence

    cutoff = get_profile(session).cutoff
    rule = cutoff if isinstance(cutoff, Cutoff) else Cutoff.from_profile(cutoff)
    done = set(session.scalars(select(Report.period).where(Report.status.in_(LOCKED_STATUSES))))
    closed = [
        period
        for period in report_sequence(today.year - 1, rule) + report_sequence(today.year, rule)
        if period.end < today <= period.due_date + dt.timedelta(days=OWED_FOR_DAYS) and period.code not in done
    ]
    if closed:
        return max(closed, key=lambda period: period.end)
    return current_and_next_period(today, rule)[0]


def plan_key_of(session: Session, plan: str | int | None) -> str | None:
    """The key of the plan a report is about (checked to exist), or None for the whole work."""
    if plan is None:
        return None
    found = session.get(Plan, plan_id_for(session, plan))
    assert found is not None
    return found.key


def latest_draft(session: Session, period_code: str, plan_key: str | None = None) -> Report | None:
    """The period's newest draft about that plan (None: about the whole work)."""
    same_plan = Report.plan_key.is_(None) if plan_key is None else Report.plan_key == plan_key
    return session.scalar(
        select(Report)
        .where(Report.period == period_code, Report.status == "draft", same_plan)
        .order_by(Report.id.desc())
        .limit(1)
    )


def create_draft(session: Session, period_code: str, plan: str | int | None = None) -> ReportDetail:
    """A draft for the period about one plan (its key or id) or, with None, the whole work; its
    narrative prefilled from the data. No number is taken."""
    period = period_for(session, period_code)
    plan_key = plan_key_of(session, plan)
    content = compile_content(session, period, plan_key)
    report = Report(
        plan_key=plan_key,
        uuid=str(uuid.uuid4()),
        period=period.code,
        period_start=period.start,
        period_end=period.end,
        year=period.year,
        subject=default_subject(period, content.topic),
        status="draft",
        narrative=prefill_narrative(content),
    )
    session.add(report)
    session.flush()
    audit.record(session, "create", "report", report.id, f"Tạo dự thảo báo cáo {period.label_vi}")
    return get_report(session, report.id)


def save_narrative(session: Session, report_id: int, sections: Mapping[str, str]) -> ReportDetail:
    """Save the clerk's text for some or all sections; a signed or sent report is refused."""
    report = load_report(session, report_id)
    if report.status in LOCKED_STATUSES:
        raise InvalidInputError(
            f"Báo cáo số {report.number_text} đã {label(REPORT_STATUS_LABELS, report.status).lower()}; "
            "không sửa nội dung được nữa."
        )
    if report.narrative:
        base = report.narrative
    else:
        base = prefill_narrative(compile_content(session, period_for(session, report.period), report.plan_key))
    report.narrative = clean_narrative(sections, base)
    session.flush()
    audit.record(
        session, "update", "report", report.id, "Sửa nội dung báo cáo", {"sections": sorted(sections)}
    )
    return get_report(session, report.id)


SENDABLE_STATUSES = ("issued", "signed")


def mark_sent(session: Session, report_id: int) -> ReportSummary:
    """Record that the report went to the receiving office; the next report's compliance counts it."""
    report = load_report(session, report_id)
    if report.status not in SENDABLE_STATUSES:
        state = label(REPORT_STATUS_LABELS, report.status).lower()
        raise InvalidInputError(f"Báo cáo mã số {report.id} đang ở trạng thái “{state}”; chỉ báo cáo đã lập hoặc đã ký mới gửi được.")
    report.status = "sent"
    session.flush()
    audit.record(session, "send", "report", report.id, f"Gửi báo cáo số {report.number_text}")
    return _summary(report)


def report_for_pdf(session: Session, pdf_sha256: str) -> Report | None:
    """The issued report whose PDF (as built, before signing) has this SHA-256."""
    return session.scalar(select(Report).where(Report.pdf_sha256 == pdf_sha256).order_by(Report.id.desc()).limit(1))


def mark_signed(session: Session, report_id: int, signed_path: str, signed_sha256: str) -> ReportSummary:
    """Record that the issued report's PDF was signed into ``signed_path``."""
    report = load_report(session, report_id)
    if report.status == "draft":
        raise InvalidInputError("Báo cáo dự thảo chưa có số; hãy lập báo cáo (cấp số) trước khi ký.")
    report.status = "signed" if report.status != "sent" else report.status
    report.signed_path = signed_path
    report.signed_sha256 = signed_sha256
    session.flush()
    audit.record(
        session, "sign", "report", report.id, f"Ký số báo cáo số {report.number_text}", {"sha256": signed_sha256}
    )
    return _summary(report)
