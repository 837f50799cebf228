"""The periodic report: compile the window, write the narrative, number, build PDF + appendix + payload.

Names are imported lazily: the PDF and exchange layers import this package's plain data modules
(content, narrative…), and the builder imports them back.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "BuiltReport": "build",
    "ProgressCallback": "build",
    "ReportCancelled": "build",
    "build_report": "build",
    "compile_content": "compile",
    "ReportContent": "content",
    "SECTIONS": "narrative",
    "prefill_narrative": "narrative",
    "ReportDetail": "registry",
    "ReportSummary": "registry",
    "create_draft": "registry",
    "get_report": "registry",
    "list_reports": "registry",
    "mark_sent": "registry",
    "mark_signed": "registry",
    "save_narrative": "registry",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
