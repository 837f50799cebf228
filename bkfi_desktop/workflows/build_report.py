"""Build a report: compile the window, lay out the PDF, add the signature field, embed payload and appendix,
write the files, and record the report with its number. All or nothing: on any failure or cancel no file
is left half-written and no number is consumed.

The database side (what to build, recording the issued report) is ``core.reports.build``; the payload
and appendix formats are ``exchange``; the PDF is ``documents``. This module joins them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bkfi_desktop.core.reports.build import prepare_build, record_issued
from bkfi_desktop.core.reports.files import StagedFiles
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.documents.attachments import APPENDIX_NAME, PAYLOAD_NAME, embed_files
from bkfi_desktop.documents.report_pdf import render_report
from bkfi_desktop.documents.report_pdf.signature_field import add_signature_field
from bkfi_desktop.exchange.report_appendix import APPENDIX_MIME, build_appendix
from bkfi_desktop.exchange.report_payload import build_payload, payload_bytes
from bkfi_desktop.workflows.progress import Progress

CANCELLED = "Đã hủy lập báo cáo; chưa có tệp nào được ghi."


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


def _step(progress: Progress, percent: int, message: str) -> None:
    progress.check_cancelled(CANCELLED)
    progress.report(percent, message)


def build_report(
    workspace: Workspace,
    period_code: str,
    *,
    out_pdf: Path | str,
    out_xlsx: Path | str | None = None,
    payload_out: Path | str | None = None,
    narrative: Mapping[str, str] | None = None,
    issued_on: dt.date | None = None,
    progress: Progress | None = None,
    report_id: int | None = None,
    preview: bool = False,
    number: int | None = None,
    plan: str | None = None,
) -> BuiltReport:
    """Build and issue the period's report (or, with ``preview``, only write a PDF with no number).

    Uses ``report_id``'s report, else the period's latest draft, else a new one; its narrative
    (updated with ``narrative``) is printed. Issuing takes ``number`` (the one the văn thư gives from
    the register; refused if another report of that year has it), else keeps the number the report
    already has, else takes the next number of ``issued_on``'s year. Every step can be cancelled
    until the files are placed.
    """
    progress = progress or Progress()
    _step(progress, 0, "Đang tổng hợp số liệu trong kỳ…")
    plan = prepare_build(workspace, period_code, narrative, issued_on, report_id, preview, number, plan)
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
        progress.check_cancelled(CANCELLED)  # the last moment nothing is in place yet
        digest = hashlib.sha256(pdf).hexdigest()
        paths = [final for _temporary, final in staged.pending]
        saved_id = None
        if preview:
            staged.commit()
        else:
            xlsx_path = paths[1] if out_xlsx is not None else None
            saved_id = record_issued(workspace, plan, payload, digest, paths[0], xlsx_path, staged.commit)
        staged.finish()  # recorded (the transaction committed): keep the files
    finally:
        staged.discard()
    progress.report(100, "Đã lập xong báo cáo.")
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
