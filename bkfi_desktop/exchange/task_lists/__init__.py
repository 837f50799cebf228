"""Readers for the task lists units receive: Excel appendices (.xlsx), plan documents (.docx, .txt).

Each reader returns a PlanData. The formats and the readers that read them are listed in
`registry.FORMATS`; `sniff.detect_format` picks one by content and `bkfi_desktop.exchange.task_import`
calls its reader, then writes the result with `core.plans.apply_plan`.
"""

from bkfi_desktop.exchange.task_lists.sniff import MAX_BYTES, MAX_ROWS, detect_format, detect_kind
from bkfi_desktop.exchange.task_lists.unit_cells import split_unit_cell, unit_refs_from_cell
from bkfi_desktop.exchange.task_lists.xlsx_reader import AmbiguousSheetError

__all__ = [
    "MAX_BYTES",
    "MAX_ROWS",
    "AmbiguousSheetError",
    "detect_format",
    "detect_kind",
    "split_unit_cell",
    "unit_refs_from_cell",
]
