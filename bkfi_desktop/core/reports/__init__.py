"""The periodic report's data: compile the window, write the narrative, number and register reports.

Building the files (PDF, appendix, payload) is the workflow ``bkfi_desktop.workflows.build_report``.
"""

from __future__ import annotations

from bkfi_desktop.core.reports.compile import compile_content
from bkfi_desktop.core.reports.content import ReportContent
from bkfi_desktop.core.reports.narrative import SECTIONS, prefill_narrative
from bkfi_desktop.core.reports.registry import (
    ReportDetail,
    ReportSummary,
    create_draft,
    get_report,
    list_reports,
    mark_sent,
    mark_signed,
    save_narrative,
)

__all__ = [
    "SECTIONS",
    "ReportContent",
    "ReportDetail",
    "ReportSummary",
    "compile_content",
    "create_draft",
    "get_report",
    "list_reports",
    "mark_sent",
    "mark_signed",
    "prefill_narrative",
    "save_narrative",
]
