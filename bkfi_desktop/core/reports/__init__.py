"""The periodic report: compile the window, write the narrative, number, build PDF + appendix + payload."""

from bkfi_desktop.core.reports.build import BuiltReport, ProgressCallback, ReportCancelled, build_report
from bkfi_desktop.core.reports.compile import compile_content
from bkfi_desktop.core.reports.content import ReportContent
from bkfi_desktop.core.reports.narrative import SECTIONS, prefill_narrative
from bkfi_desktop.core.reports.registry import (
    ReportDetail,
    ReportSummary,
    create_draft,
    get_report,
    list_reports,
    save_narrative,
)

__all__ = [
    "SECTIONS",
    "BuiltReport",
    "ProgressCallback",
    "ReportCancelled",
    "ReportContent",
    "ReportDetail",
    "ReportSummary",
    "build_report",
    "compile_content",
    "create_draft",
    "get_report",
    "list_reports",
    "prefill_narrative",
    "save_narrative",
]
