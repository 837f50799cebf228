"""The history of reports on the Báo cáo page: drafts, issued, signed and sent, newest first.

Given the table it fills, the workspace, the widget its questions are asked over, how to name a plan,
and what to do once a report is marked sent; it knows nothing else of the page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from bkfi_desktop.core.periods import parse_period
from bkfi_desktop.core.reports import get_report, list_reports
from bkfi_desktop.core.reports.registry import (
    LOCKED_STATUSES,
    SENDABLE_STATUSES,
    ReportDetail,
    ReportSummary,
    mark_sent,
)
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.errors import BkfiError
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.date_fields import format_date
from bkfi_desktop.ui.table_rows import select_row_id, selected_row_id

STATUS_COLOURS = {
    "draft": Qt.GlobalColor.darkGray,
    "signed": Qt.GlobalColor.darkGreen,
    "sent": Qt.GlobalColor.darkBlue,
}


class ReportHistory(QObject):
    def __init__(
        self,
        table: QTableWidget,
        workspace: Workspace,
        parent: QWidget,
        *,
        plan_name: Callable[[str | None], str],
        on_sent: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self.table = table
        self.workspace = workspace
        self.parent_widget = parent
        self.plan_name = plan_name  # a plan's short name, "" for the whole work
        self.on_sent = on_sent
        self.reports: list[ReportSummary] = []
        header = table.horizontalHeader()
        for column in range(table.columnCount() - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def reload(self) -> None:
        keep = self.selected_id()
        try:
            with self.workspace.session() as session:
                self.reports = list_reports(session)
                session.rollback()
        except BkfiError as error:
            dialogs.show_error(self.parent_widget, error)
            return
        table = self.table
        table.blockSignals(True)
        table.setRowCount(len(self.reports))
        for row, report in enumerate(self.reports):
            file_path = report.signed_path or report.pdf_path
            plan = self.plan_name(report.plan_key)
            cells = (
                _period_label(report) + (f" — {plan}" if plan else ""),
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
            self.parent_widget,
            self.tr("Record this report as sent to the receiving office?"),
            self.tr("Mark as sent"),
        ):
            return
        try:
            with self.workspace.transaction() as session:
                mark_sent(session, report_id)
        except BkfiError as error:
            dialogs.show_error(self.parent_widget, error)
            return
        self.on_sent()

    def selected_id(self) -> int | None:
        return selected_row_id(self.table)

    def select(self, report_id: int | None) -> None:
        select_row_id(self.table, report_id)

    def latest_report_of(self, period_code: str, plan_key: str | None = None) -> ReportDetail | None:
        """The newest report of the period about that plan (None: the whole work), fresh from the
        database; a draft or an issued one before a signed one."""
        with self.workspace.session() as session:
            reports = [
                report
                for report in list_reports(session)
                if report.period == period_code and report.plan_key == plan_key
            ]
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
