"""Use case: draft the compiling office's consolidated report from a compile (PDF with payload, and .docx).

The PDF is a Nghị định 30 report like any unit's: it takes the office's next number, carries an
empty signature field and its payload (`bkfi.report/1` with `compiled`) and appendix, and is signed
with `bkfi report sign` — so the level above compiles it in turn. Files and the report's record are
written together or not at all.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from bkfi_desktop.core import audit
from bkfi_desktop.core.plan_topic import workspace_topic
from bkfi_desktop.core.reports.compile import unit_info
from bkfi_desktop.core.reports.content import PlanInfo
from bkfi_desktop.core.reports.document_info import (
    DocumentInfo,
    default_subject,
    format_number_text,
    next_number,
)
from bkfi_desktop.core.reports.files import StagedFiles
from bkfi_desktop.core.roster import period_of
from bkfi_desktop.core.store.models import Report
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.documents.attachments import APPENDIX_NAME, PAYLOAD_NAME, embed_files
from bkfi_desktop.documents.report_pdf import render_report
from bkfi_desktop.documents.report_pdf.signature_field import add_signature_field
from bkfi_desktop.errors import InvalidInputError
from bkfi_desktop.exchange.compilation_docx import consolidated_docx
from bkfi_desktop.exchange.compilation_report import (
    compiled_section,
    consolidated_content,
    consolidated_narrative,
    task_units,
)
from bkfi_desktop.exchange.report_appendix import APPENDIX_MIME, build_appendix
from bkfi_desktop.exchange.report_payload import build_payload, payload_bytes, validate_payload
from bkfi_desktop.workflows.progress import Progress

if TYPE_CHECKING:
    from bkfi_desktop.workflows.compile_reports import CompiledPeriod


def _plans_of(result: CompiledPeriod, workspace: Workspace) -> list[PlanInfo]:
    """Every plan the accepted reports are about, each once, with its topic: the payload's, else the
    office's own record of that plan (reports made before plans had a topic), else the office's plans'."""
    found: dict[str, dict] = {}
    for report in result.compilation.accepted:
        payload = report.payload
        for plan in [payload.get("plan"), *(payload.get("plans") or [])]:
            if plan and plan.get("key") and plan["key"] not in found:
                found[plan["key"]] = plan
    plans = []
    with workspace.session() as session:
        for key, plan in found.items():
            issued = plan.get("issued_on")
            plans.append(PlanInfo(
                key=key, number=plan.get("number", ""), issued_on=dt.date.fromisoformat(issued) if issued else None,
                issuer=plan.get("issuer", ""), title=plan.get("title", ""),
                topic=plan.get("topic") or workspace_topic(session, key),
            ))
    return plans


def write_consolidated(
    workspace: Workspace | None,
    result: CompiledPeriod,
    *,
    pdf_out: Path | None = None,
    docx_out: Path | None = None,
    issued_on: dt.date | None = None,
    progress: Progress | None = None,
) -> dict[str, Path]:
    progress = progress or Progress()
    compilation = result.compilation
    if workspace is None:
        raise InvalidInputError(
            "Lập báo cáo tổng hợp cần vùng làm việc của cơ quan tổng hợp (--db) có tên đơn vị, địa danh, người ký."
        )
    if not compilation.accepted or compilation.period_code is None:
        raise InvalidInputError("Chưa có báo cáo nào được nhận, nên chưa lập được báo cáo tổng hợp.")
    day = issued_on or dt.date.today()
    progress.step(0, "Đang lập báo cáo tổng hợp…")
    with workspace.session() as session:
        office = unit_info(session)
        period = period_of(session, compilation.period_code)
        number = next_number(session, day.year) if pdf_out is not None else None
    plans = _plans_of(result, workspace)
    content = consolidated_content(compilation, office, period, plans[0] if plans else None)
    if len(plans) > 1:  # reports on several plans: the text names each and speaks of each one's topic
        content.plans = plans
    narrative = consolidated_narrative(content, compilation, result.board)
    document = DocumentInfo(
        uuid=str(uuid.uuid4()), number=number, number_text=format_number_text(number, office.number_prefix),
        issued_on=day, subject=default_subject(period, content.topic),
    )
    staged = StagedFiles()
    written: dict[str, Path] = {}
    try:
        if docx_out is not None:
            progress.step(20, "Đang lập bản Word của báo cáo tổng hợp…")
            staged.stage(Path(docx_out), consolidated_docx(content, document, narrative))
            written["docx"] = Path(docx_out)
        if pdf_out is None:
            staged.commit()
            staged.finish()
            return written
        progress.step(40, "Đang dựng báo cáo tổng hợp (PDF)…")
        payload = build_payload(content, document, narrative)
        for task, unit in zip(payload["tasks"], task_units(compilation.accepted), strict=True):
            task["unit"] = unit
        payload["compiled"] = compiled_section(compilation, result.board, result.due_date)
        validate_payload(payload)
        rendered = render_report(content, document, narrative)
        pdf = add_signature_field(rendered.pdf, rendered.signature)
        appendix = build_appendix(content, document)
        pdf = embed_files(
            pdf, [(PAYLOAD_NAME, payload_bytes(payload), "application/json"), (APPENDIX_NAME, appendix, APPENDIX_MIME)]
        )
        progress.step(90, "Đang ghi tệp báo cáo tổng hợp…")  # the last point where stopping changes nothing
        staged.stage(Path(pdf_out), pdf)
        written["pdf"] = Path(pdf_out)
        digest = hashlib.sha256(pdf).hexdigest()
        with workspace.transaction() as session:
            report = Report(
                uuid=document.uuid, period=period.code, period_start=period.start, period_end=period.end,
                year=day.year, number=number, number_text=document.number_text, issued_on=day,
                subject=document.subject, status="issued", narrative=narrative, payload=payload,
                pdf_path=str(pdf_out), pdf_sha256=digest,
            )
            session.add(report)
            session.flush()
            report_id = report.id
            audit.record(
                session, "report", "report", report.id,
                f"Lập báo cáo tổng hợp số {document.number_text} ({period.label_vi}) từ "
                f"{len(compilation.accepted)} báo cáo đơn vị", {"pdf_sha256": digest},
            )
            staged.commit()
        staged.finish()
        result.report_id = report_id  # what the sign dialog signs, like any issued report
        progress.report(100, "Đã lập báo cáo tổng hợp.")
    finally:
        staged.discard()
    return written
