"""The report's number and date on the Báo cáo page, and the questions asked before building.

The văn thư (records clerk) gives each outgoing document its number from the register; the program
suggests the next free number of the year, and the clerk types the register's number if it differs.
The build refuses a number another report of that year already has (core.reports.build).
Given its fields, the workspace, today's date and the widget its questions are asked over.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDateEdit, QLabel, QSpinBox, QWidget

from bkfi_desktop.core.periods import Period, format_date_vi
from bkfi_desktop.core.profile import get_profile
from bkfi_desktop.core.reports.document_info import DOCUMENT_KIND, next_number
from bkfi_desktop.core.reports.registry import ReportDetail
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.errors import BkfiError
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.date_fields import prepare_date_edit, to_qdate, typed_date


@dataclass(frozen=True)
class NumberFields:
    """The number and date fields of the form."""

    numberLabel: QLabel
    numberSpin: QSpinBox
    numberSuffixLabel: QLabel
    issuedDateLabel: QLabel
    issuedDateEdit: QDateEdit
    numberHintLabel: QLabel


class ReportNumbering(QObject):
    def __init__(
        self, fields: NumberFields, workspace: Workspace, today: Callable[[], dt.date], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.ui = fields
        self.workspace = workspace
        self.today = today
        self.parent_widget = parent
        self.suggested: dict[int, int] = {}  # year → the suggestion shown for it
        prepare_date_edit(fields.issuedDateEdit)
        fields.issuedDateEdit.dateChanged.connect(self._date_changed)

    def _suggestion(self, year: int) -> tuple[int, str]:
        """The next free number of the year and the unit's number prefix (UBND…)."""
        with self.workspace.session() as session:
            number, prefix = next_number(session, year), get_profile(session).number_prefix
            session.rollback()
        return number, prefix.strip() or "UBND"

    def show(self, report: ReportDetail | None) -> None:
        """Fill the fields for the open report: its own number and date, or the suggestion."""
        ui = self.ui
        summary = report.summary if report is not None else None
        try:
            day = summary.issued_on if summary and summary.number is not None and summary.issued_on else None
            day = day or self.today()
            suggestion, prefix = self._suggestion(day.year)
        except BkfiError as error:
            ui.numberHintLabel.setText(dialogs.error_text(error))
            return
        self.suggested = {day.year: suggestion}
        has_number = summary is not None and summary.number is not None
        for widget in (ui.numberSpin, ui.issuedDateEdit):
            widget.blockSignals(True)
        ui.numberSpin.setValue(summary.number if has_number and summary else suggestion)
        ui.issuedDateEdit.setDate(to_qdate(day))
        for widget in (ui.numberSpin, ui.issuedDateEdit):
            widget.blockSignals(False)
        ui.numberSuffixLabel.setText(f"/{DOCUMENT_KIND}-{prefix}")
        editable = report is None or report.editable
        for widget in (ui.numberSpin, ui.issuedDateEdit, ui.numberLabel, ui.issuedDateLabel):
            widget.setEnabled(editable)
        # One short line beside the fields (the page is tight on a 768-pixel screen); the rest on hover.
        if not editable:
            text, more = self.tr("Number and date of the signed report."), ""
        elif has_number:
            text = self.tr("Given when the report was built.")
            more = self.tr("Change it only if the register says otherwise.")
        else:
            text = self.tr("Suggested: the next free number of %1.").replace("%1", str(day.year))
            more = self.tr("Type the number from the register if the records clerk gives another.")
        ui.numberHintLabel.setText(text)
        ui.numberHintLabel.setToolTip(more)
        ui.numberSpin.setToolTip(more)

    def _date_changed(self) -> None:
        """Numbers run per year: a date in another year brings that year's suggestion, unless typed over."""
        ui = self.ui
        year = ui.issuedDateEdit.date().year()
        if year in self.suggested or ui.numberSpin.value() not in self.suggested.values():
            return
        try:
            suggestion, _prefix = self._suggestion(year)
        except BkfiError:
            return
        self.suggested[year] = suggestion
        ui.numberSpin.setValue(suggestion)

    def chosen(self) -> tuple[int, dt.date]:
        return self.ui.numberSpin.value(), typed_date(self.ui.issuedDateEdit)

    def confirm_timing(self, period: Period) -> bool:
        """Building before the window closes or after the due date is allowed, after saying so."""
        today = self.today()
        if today <= period.end:
            question = self.tr(
                "The period counts until %1: work recorded until then will be missing from this report. "
                "Build it now anyway?"
            ).replace("%1", format_date_vi(period.end))
        elif today > period.due_date:
            question = (
                self.tr("This report was due on %1, %2 day(s) ago. Build it now anyway?")
                .replace("%1", format_date_vi(period.due_date))
                .replace("%2", str((today - period.due_date).days))
            )
        else:
            return True
        return dialogs.confirm(self.parent_widget, question, self.tr("Build the report"))
