"""What a deadline phrase means, said beside it: "Hằng năm (this period: 31/12/2026)"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from bkfi_desktop.textvn.deadlines import Deadline
from bkfi_desktop.ui.date_fields import format_date


def deadline_meaning(deadline: Deadline, due: dt.date | None, repeating: bool) -> str:
    """The date a deadline means now, in words; "" when the text alone says it all (an empty text)."""
    if due is not None:
        if repeating:
            return QCoreApplication.translate("DeadlineMeaning", "repeats; this period's due date %1").replace("%1", format_date(due))
        if deadline.start_date is not None and deadline.recurrence == "ongoing":
            return (
                QCoreApplication.translate("DeadlineMeaning", "ongoing from %1 to %2")
                .replace("%1", format_date(deadline.start_date))
                .replace("%2", format_date(due))
            )
        return QCoreApplication.translate("DeadlineMeaning", "due %1").replace("%1", format_date(due))
    if deadline.recurrence == "ongoing":
        if deadline.start_date is not None:
            return QCoreApplication.translate("DeadlineMeaning", "ongoing from %1, no due date").replace("%1", format_date(deadline.start_date))
        return QCoreApplication.translate("DeadlineMeaning", "ongoing, no due date")
    if deadline.recurrence == "on_demand":
        return QCoreApplication.translate("DeadlineMeaning", "when it arises, no due date")
    if deadline.anchors:
        return QCoreApplication.translate("DeadlineMeaning", "no year given: dated once the plan's year is known")
    return QCoreApplication.translate("DeadlineMeaning", "no date could be read") if deadline.text else ""


def deadline_line(deadline: Deadline, due: dt.date | None, repeating: bool) -> str:
    """ "Hằng năm (repeats; this period's due date 31/12/2026)", or the meaning alone for an empty text."""
    meaning = deadline_meaning(deadline, due, repeating)
    if not deadline.text:
        return meaning
    return f"{deadline.text} ({meaning})" if meaning else deadline.text
