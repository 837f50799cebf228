"""Use case: print a list (tasks, staff, trainings) to a PDF or an Excel file, chosen by the file's extension."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from bkfi_desktop.core.printouts import Listing, make_listing
from bkfi_desktop.core.reports.files import StagedFiles
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.documents.listing_pdf import render_listing
from bkfi_desktop.errors import InvalidInputError
from bkfi_desktop.exchange.listing_xlsx import render_listing_xlsx
from bkfi_desktop.workflows.progress import Progress

FORMATS = (".pdf", ".xlsx")


def write_whole(target: Path | str, data: bytes) -> Path:
    """Write the file completely or not at all (a half-written printout is worse than none)."""
    staged = StagedFiles()
    try:
        staged.stage(Path(target), data)
        path = staged.pending[0][1]
        staged.commit()
        staged.finish()
    finally:
        staged.discard()
    return path


def print_listing(
    workspace: Workspace,
    kind: str,
    out: Path | str,
    *,
    today: dt.date | None = None,
    progress: Progress | None = None,
    **options: Any,
) -> tuple[Path, Listing]:
    progress = progress or Progress()
    suffix = Path(out).suffix.lower()
    if suffix not in FORMATS:
        raise InvalidInputError(f"Tệp “{Path(out).name}” phải có đuôi .pdf hoặc .xlsx để biết cần in ra dạng nào.")
    progress.step(0, "Đang đọc dữ liệu…")
    with workspace.session() as session:
        listing = make_listing(session, kind, today or dt.date.today(), **options)
    progress.step(40, "Đang dàn trang…")
    data = render_listing(listing) if suffix == ".pdf" else render_listing_xlsx(listing)
    progress.step(90, "Đang ghi tệp…")
    path = write_whole(out, data)
    progress.report(100, "Đã in xong.")
    return path, listing
