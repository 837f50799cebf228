"""Use case: the compiling office compiles the units' signed reports for a period.

Verify every file (in parallel, each isolated), read the roster and the office's deadline from the
workspace, make the board (on time / late / refused / missing), and write what was asked: the
workbook, the consolidated report (PDF with its payload, and an editable .docx). One function, so
reports through the one progress/cancel protocol (`workflows.progress.Progress`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bkfi_desktop.exchange.compilation import Compilation, compile_reports, write_compilation_xlsx
from bkfi_desktop.exchange.compilation_board import BoardRow, board_counts, build_board
from bkfi_desktop.exchange.compilation_tasks import TaskRow, build_task_view, plans_reported
from bkfi_desktop.workflows.progress import Progress

if TYPE_CHECKING:  # the roster needs the database; a compile without a workspace does not load it
    from bkfi_desktop.core.workspace import Workspace


@dataclass
class CompiledPeriod:
    compilation: Compilation
    board: list[BoardRow]
    due_date: dt.date | None
    due_source: str | None  # office | default | None (no workspace, no period)
    written: dict[str, Path] = field(default_factory=dict)  # xlsx / pdf / docx
    tasks: list[TaskRow] = field(default_factory=list)  # the per-task view (task × unit)
    report_id: int | None = None  # the consolidated report's record, once one is written

    def to_dict(self) -> dict[str, Any]:
        data = self.compilation.to_dict()
        data["due_date"] = self.due_date.isoformat() if self.due_date else None
        data["due_source"] = self.due_source
        data["roster"] = [row.to_dict() for row in self.board]
        data["board_counts"] = board_counts(self.board)
        data["tasks"] = [row.to_dict() for row in self.tasks]
        for kind in ("xlsx", "pdf", "docx"):
            data[{"xlsx": "out", "pdf": "report_out", "docx": "docx"}[kind]] = (
                str(self.written[kind]) if kind in self.written else None
            )
        return data


def _roster_and_due(
    workspace: Workspace | None, period: str | None, plan_key: str | None
) -> tuple[list[str], dt.date | None, str | None]:
    if workspace is None or period is None:
        return [], None, None
    from bkfi_desktop.core.roster import deadline, get_roster

    with workspace.session() as session:
        roster = [unit.name for unit in get_roster(session, period, plan_key) if unit.required]
        due, source = deadline(session, period)
    return roster, due, source


def _task_view(
    workspace: Workspace | None, compilation: Compilation, board: list[BoardRow], plan_key: str | None
) -> list[TaskRow]:
    """Task × unit from the accepted payloads, with the units the office's plan gives a role (the plans
    the reports are about, or the one named) — only those plans, so another plan adds no empty rows."""
    duties = []
    if workspace is not None:
        from bkfi_desktop.core.task_duties import task_duties

        keys = [plan_key] if plan_key else plans_reported(compilation)
        with workspace.session() as session:
            duties = task_duties(session, keys)
    return build_task_view(compilation, board, duties)


def _remember(workspace: Workspace, compilation: Compilation, board: list[BoardRow]) -> None:
    """Keep the board's received rows, so the reminder knows who is still missing."""
    from bkfi_desktop.core.roster import Received, record_received

    uuids = {report.file: (report.uuid, report.sha256) for report in compilation.accepted}
    rows = [
        Received(
            row.unit, row.status, row.reason, row.file or "", row.signer or "", row.signed_at,
            *uuids.get(row.file or "", ("", "")),
        )
        for row in board
        if row.status != "missing"
    ]
    with workspace.transaction() as session:
        record_received(session, compilation.period_code or "", rows)


def _accepted_signers(workspace: Workspace | None) -> set[tuple[str, str, str]]:
    if workspace is None:
        return set()
    from bkfi_desktop.core.signer_acceptance import accepted_identities

    with workspace.session() as session:
        return accepted_identities(session)


def _remember_accepted(workspace: Workspace, compilation: Compilation, files: Collection[str]) -> None:
    """A signer accepted by file name (`--accept-signer`) is remembered like one accepted in the GUI."""
    from bkfi_desktop.core.signer_acceptance import accept_signer
    from bkfi_desktop.exchange.compilation import signer_matches_unit

    names = {Path(name).name for name in files}
    chosen = [
        report for report in compilation.accepted
        if report.file in names and not signer_matches_unit(report.unit_name, report.signer_organisations)
    ]
    if chosen:
        with workspace.transaction() as session:
            for report in chosen:
                accept_signer(session, report.unit_name, report.signer, report.signer_organisations, file=report.file)


def accept_board_signer(workspace: Workspace, row: BoardRow) -> bool:
    """The office accepts the signer of a board row refused for signing for another organisation;
    the next compile counts it. False when that signer was already accepted for the unit."""
    from bkfi_desktop.core.signer_acceptance import accept_signer

    with workspace.transaction() as session:
        return accept_signer(session, row.unit, row.signer, row.signer_organisations, file=row.file or "")


def compile_period(
    workspace: Workspace | None,
    paths: list[Path],
    *,
    period: str | None = None,
    plan_key: str | None = None,
    trust_roots: list[Path] | None = None,
    crl_files: list[Path] | None = None,
    accept_signer_files: Collection[str] = (),
    xlsx_out: Path | None = None,
    report_out: Path | None = None,
    docx_out: Path | None = None,
    progress: Progress | None = None,
) -> CompiledPeriod:
    """Compile `paths` for `period` against the workspace's roster and deadline; write the outputs asked."""
    progress = progress or Progress()
    compilation = compile_reports(
        paths, trust_roots=trust_roots, crl_files=crl_files, period=period,
        progress=progress.part(0, 85).hook(), accept_signer_files=accept_signer_files,
        accepted_signers=_accepted_signers(workspace),
    )
    if workspace is not None and accept_signer_files:
        _remember_accepted(workspace, compilation, accept_signer_files)
    progress.step(85, "Đang lập bảng tình hình nộp báo cáo…")
    roster, due, source = _roster_and_due(workspace, period or compilation.period_code, plan_key)
    result = CompiledPeriod(compilation, build_board(compilation, roster, due), due, source)
    result.tasks = _task_view(workspace, compilation, result.board, plan_key)
    if workspace is not None and compilation.period_code:
        _remember(workspace, compilation, result.board)
    if xlsx_out is not None:
        progress.step(90, "Đang ghi bảng tổng hợp…")
        result.written["xlsx"] = write_compilation_xlsx(compilation, xlsx_out, tasks=result.tasks)
    if report_out is not None or docx_out is not None:
        progress.step(93, "Đang lập báo cáo tổng hợp…")
        from bkfi_desktop.workflows.consolidated_report import write_consolidated

        result.written.update(
            write_consolidated(workspace, result, pdf_out=report_out, docx_out=docx_out, progress=progress.part(93, 99))
        )
    progress.report(100, "Đã tổng hợp xong.")
    return result


def refresh_board(workspace: Workspace, result: CompiledPeriod, plan_key: str | None = None) -> CompiledPeriod:
    """The same compile against the roster and deadline as they are now (after the office edited
    them): no file is checked again."""
    compilation = result.compilation
    roster, due, source = _roster_and_due(workspace, compilation.period_code, plan_key)
    return replace(result, board=build_board(compilation, roster, due), due_date=due, due_source=source)
