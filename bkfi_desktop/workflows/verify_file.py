"""Check a signed report file the way a receiving office must: the signature (documents.signing) and the
embedded data's structure (exchange.report_payload), in one report. Reads only; changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from bkfi_desktop.documents.signing.bounded import verify_pdf_bounded
from bkfi_desktop.documents.signing.verify import VerificationReport
from bkfi_desktop.exchange.report_payload import read_signed_payload
from bkfi_desktop.workflows.progress import Progress

__all__ = ["VerificationReport", "verify_file"]


def verify_file(
    path: Path | str, trust_roots: list[Path] | None = None, *, progress: Progress | None = None
) -> VerificationReport:
    """Verify ``path`` against ``trust_roots`` (default: the trust folder of the data folder)."""
    progress = progress or Progress()
    progress.step(0, f"Đang kiểm tra chữ ký tệp {Path(path).name}…")
    # In a child process with a time and memory ceiling: a hostile PDF cannot take the program down.
    report = verify_pdf_bounded(Path(path), trust_roots, payload_reader=read_signed_payload)
    progress.report(100, "Đã kiểm tra xong.")
    return report
