"""Build the unit's Kế hoạch chi tiết: compile, lay out the PDF and the .docx, embed the data, write the files.

All or nothing: the files are staged and only put in place together; a failure leaves nothing behind.
The PDF carries its data (bkfi-plan.json) and an empty signature field, so it is signed and verified
like a report (``sign_pdf`` / ``verify_pdf``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bkfi_desktop.core import audit
from bkfi_desktop.core.detailed_plan import DetailedPlanContent, compile_detailed_plan
from bkfi_desktop.core.detailed_plan_settings import plan_uuid
from bkfi_desktop.core.reports.files import StagedFiles
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.documents.attachments import PLAN_PAYLOAD_NAME, embed_files
from bkfi_desktop.documents.plan_docx import render_detailed_plan_docx
from bkfi_desktop.documents.plan_pdf import render_detailed_plan
from bkfi_desktop.documents.report_pdf.signature_field import add_signature_field
from bkfi_desktop.workflows.progress import Progress

CANCELLED = "Đã hủy lập kế hoạch chi tiết; chưa có tệp nào được ghi."


@dataclass(frozen=True)
class BuiltPlan:
    pdf_path: Path
    docx_path: Path | None
    page_count: int
    pdf_sha256: str
    number_text: str
    rows: int
    content: DetailedPlanContent

    def to_json(self) -> dict[str, Any]:
        return {
            "pdf_path": str(self.pdf_path),
            "docx_path": str(self.docx_path) if self.docx_path else None,
            "page_count": self.page_count,
            "pdf_sha256": self.pdf_sha256,
            "number_text": self.number_text,
            "uuid": self.content.document.uuid,
            "rows": self.rows,
        }


def _step(progress: Progress, percent: int, message: str) -> None:
    progress.check_cancelled(CANCELLED)
    progress.report(percent, message)


def plan_payload_bytes(content: DetailedPlanContent) -> bytes:
    return json.dumps(content.to_payload(), ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def build_detailed_plan(
    workspace: Workspace,
    *,
    out_pdf: Path | str,
    out_docx: Path | str | None = None,
    plan_key: str | None = None,
    issued_on: dt.date | None = None,
    progress: Progress | None = None,
) -> BuiltPlan:
    """Write the plan's PDF (and .docx); cancelling before the files are put in place writes nothing."""
    progress = progress or Progress()
    _step(progress, 0, "Đang tổng hợp nhiệm vụ, việc cần làm và người phụ trách…")
    with workspace.transaction() as session:
        uuid = plan_uuid(session, plan_key)  # kept across rebuilds: one document, several versions
    with workspace.session() as session:
        content = compile_detailed_plan(session, plan_key, issued_on=issued_on)
        session.rollback()
    content = _with_uuid(content, uuid)
    _step(progress, 20, "Đang dàn trang kế hoạch (PDF)…")
    rendered = render_detailed_plan(content)
    _step(progress, 55, "Đang tạo ô chữ ký và đính kèm dữ liệu…")
    pdf = add_signature_field(rendered.pdf, rendered.signature)
    pdf = embed_files(pdf, [(PLAN_PAYLOAD_NAME, plan_payload_bytes(content), "application/json")])
    docx = None
    if out_docx is not None:
        _step(progress, 75, "Đang lập tệp Word (.docx)…")
        docx = render_detailed_plan_docx(content)
    _step(progress, 90, "Đang ghi tệp…")  # the last point where a cancel is honoured
    staged = StagedFiles()
    try:
        staged.stage(Path(out_pdf), pdf)
        if out_docx is not None and docx is not None:
            staged.stage(Path(out_docx), docx)
        paths = [final for _temporary, final in staged.pending]
        digest = hashlib.sha256(pdf).hexdigest()
        with workspace.transaction() as session:
            audit.record(
                session, "report", "detailed_plan", None,
                f"Lập kế hoạch chi tiết số {content.document.number_text.strip()}", {"pdf_sha256": digest},
            )
            staged.commit()
        staged.finish()
    finally:
        staged.discard()
    _step(progress, 100, "Đã lập xong kế hoạch chi tiết.")
    return BuiltPlan(
        pdf_path=paths[0],
        docx_path=paths[1] if len(paths) > 1 else None,
        page_count=rendered.page_count,
        pdf_sha256=digest,
        number_text=content.document.number_text,
        rows=len(content.rows),
        content=content,
    )


def _with_uuid(content: DetailedPlanContent, uuid: str) -> DetailedPlanContent:
    from dataclasses import replace

    return replace(content, document=replace(content.document, uuid=uuid))
