"""The history of reports on the Báo cáo page: drafts, issued, signed and sent, newest first."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from bkfi_desktop.core.periods import parse_period
from bkfi_desktop.core.reports import get_report, list_reports
from bkfi_desktop.core.reports.registry import (
    LOCKED_STATUSES,
    SENDABLE_STATUSES,
    ReportDetail,
    ReportSummary,
    mark_sent,
)
from bkfi_desktop.errors import BkfiError
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.date_fields import format_date
from bkfi_desktop.ui.table_rows import select_row_id, selected_row_id

if TYPE_CHECKING:
    from bkfi_desktop.ui.pages.reports_page import ReportsPage

STATUS_COLOURS = {
    "draft": Qt.GlobalColor.darkGray,
    "signed": Qt.GlobalColor.darkGreen,
    "sent": Qt.GlobalColor.darkBlue,
}


class ReportHistory(QObject):
    def __init__(self, table: QTableWidget, page: ReportsPage) -> None:
        super().__init__(page)
        self.table = table
        self.page = page
        self.reports: list[ReportSummary] = []
        header = table.horizontalHeader()
        for column in range(table.columnCount() - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def reload(self) -> None:
        keep = self.selected_id()
        try:
            with self.page.context.workspace.session() as session:
                self.reports = list_reports(session)
                session.rollback()
        except BkfiError as error:
            dialogs.show_error(self.page, error)
            return
        table = self.table
        table.blockSignals(True)
        table.setRowCount(len(self.reports))
        for row, report in enumerate(self.reports):
            file_path = report.signed_path or report.pdf_path
            cells = (
                _period_label(report),
                report.number_text if report.number is not None else self.tr("(no number)"),
                format_date(report.issued_on),
                report.status_label,
                Path(file_path).name if file_path else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, report.id)
                    item.setToolTip(
                        f"{report.period}: {format_date(report.period_start)} – {format_date(report.period_end)}"
                    )
                if column == 3 and report.status in STATUS_COLOURS:
                    item.setForeground(STATUS_COLOURS[report.status])
                if column == 4 and file_path:
                    item.setToolTip(file_path)
                table.setItem(row, column, item)
        table.blockSignals(False)
        self.select(keep)

    def selected_can_be_sent(self) -> bool:
        wanted = self.selected_id()
        return any(report.id == wanted and report.status in SENDABLE_STATUSES for report in self.reports)

    def mark_selected_sent(self) -> None:
        """The clerk sent the report (by the document system, email or post): record it, after asking."""
        report_id = self.selected_id()
        if report_id is None or not dialogs.confirm(
            self.page, self.tr("Record this report as sent to the receiving office?"), self.tr("Mark as sent")
        ):
            return
        try:
            with self.page.context.workspace.transaction() as session:
                mark_sent(session, report_id)
        except BkfiError as error:
            dialogs.show_error(self.page, error)
            return
        self.page.context.signals.reports_changed.emit()  # reloads this history
        self.page.refresh()  # the open report's status line and buttons follow

    def selected_id(self) -> int | None:
        return selected_row_id(self.table)

    def select(self, report_id: int | None) -> None:
        select_row_id(self.table, report_id)

    def latest_report_of(self, period_code: str) -> ReportDetail | None:
        """The period's newest report, fresh from the database; a draft or an issued one before a signed one."""
        with self.page.context.workspace.session() as session:
            reports = [report for report in list_reports(session) if report.period == period_code]
            reports.sort(key=lambda report: report.status in LOCKED_STATUSES)  # stable: newest first within
            detail = get_report(session, reports[0].id) if reports else None
            session.rollback()
        return detail


def _period_label(report: ReportSummary) -> str:
    """The period as a clerk says it (6 tháng đầu năm 2025); the bare code if it cannot be read."""
    try:
        return parse_period(report.period).label_vi.capitalize()
    except BkfiError:
        return report.period
