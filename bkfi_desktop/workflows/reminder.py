"""Use case: the công văn đôn đốc for the units still missing for a period.

Missing = required on the roster, with no accepted report recorded by a compile of the period; files
given now are compiled first (and recorded), so the letter never names a unit whose report is in hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bkfi_desktop.core.periods import add_working_days
from bkfi_desktop.core.plan_topic import workspace_topic
from bkfi_desktop.core.reports.compile import unit_info
from bkfi_desktop.core.reports.files import StagedFiles
from bkfi_desktop.core.roster import deadline, missing_units, period_of
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.documents.reminder_pdf import render_reminder
from bkfi_desktop.errors import InvalidInputError
from bkfi_desktop.workflows.compile_reports import compile_period
from bkfi_desktop.workflows.progress import Progress

REPLY_WORKING_DAYS = 3


def write_reminder(
    workspace: Workspace,
    period: str,
    out: Path,
    *,
    received: list[Path] | None = None,
    plan_key: str | None = None,
    trust_roots: list[Path] | None = None,
    issued_on: dt.date | None = None,
    progress: Progress | None = None,
) -> tuple[Path, list[str]]:
    """Write the letter to `out`; return it and the units it names."""
    progress = progress or Progress()
    if received:
        compile_period(
            workspace, received, period=period, plan_key=plan_key, trust_roots=trust_roots,
            progress=progress.part(0, 80),
        )
    progress.step(80, "Đang lập công văn đôn đốc…")
    day = issued_on or dt.date.today()
    with workspace.session() as session:
        office = unit_info(session)
        chosen = period_of(session, period)
        missing = missing_units(session, period, plan_key)
        due, _source = deadline(session, period)
        topic = workspace_topic(session, plan_key)
    if not missing:
        raise InvalidInputError(f"Mọi đơn vị phải báo cáo kỳ {chosen.code} đã gửi báo cáo hợp lệ; không cần đôn đốc.")
    pdf = render_reminder(
        office, chosen, missing, due, issued_on=day, reply_by=add_working_days(max(day, due), REPLY_WORKING_DAYS),
        topic=topic,
    )
    progress.step(95, "Đang ghi công văn đôn đốc…")
    staged = StagedFiles()
    try:
        staged.stage(Path(out), pdf)
        staged.commit()
        staged.finish()
    finally:
        staged.discard()
    return Path(out), missing
