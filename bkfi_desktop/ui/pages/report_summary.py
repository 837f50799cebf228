"""The 'what the report counts' table of the Báo cáo page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem

from bkfi_desktop.ui.pages.report_counts import PeriodCounts, format_number


def _rows(counts: PeriodCounts) -> list[tuple[str, str, str, bool]]:
    """(what, number, detail, bold) for each line of the table."""
    rows = [
        (
            QCoreApplication.translate("ReportSummary", "Tasks of the unit"),
            format_number(counts.tasks),
            QCoreApplication.translate("ReportSummary", "%1 done, %2 in progress, %3 as lead")
            .replace("%1", format_number(counts.tasks_done))
            .replace("%2", format_number(counts.tasks_in_progress))
            .replace("%3", format_number(counts.tasks_lead)),
            True,
        ),
        (
            QCoreApplication.translate("ReportSummary", "Trainings"),
            format_number(counts.trainings),
            QCoreApplication.translate(
                "ReportSummary", "%1 participant(s), %2 hour(s), %3 foreign-language course(s)"
            )
            .replace("%1", format_number(counts.participants))
            .replace("%2", format_number(counts.hours))
            .replace("%3", format_number(counts.foreign_language_courses)),
            True,
        ),
        (
            QCoreApplication.translate("ReportSummary", "Activities (total quantity)"),
            format_number(counts.activity_quantity),
            QCoreApplication.translate("ReportSummary", "%1 entries").replace(
                "%1", format_number(counts.activity_entries)
            ),
            True,
        ),
    ]
    for kind in counts.activities:
        rows.append(
            (
                "    " + kind.label,
                format_number(kind.quantity),
                QCoreApplication.translate("ReportSummary", "%1 entries").replace(
                    "%1", format_number(kind.entries)
                ),
                False,
            )
        )
    return rows


def fill_counts(table: QTableWidget, summary: QLabel, counts: PeriodCounts) -> None:
    people = []
    if counts.leaders:
        people.append(
            QCoreApplication.translate("ReportSummary", "leader in charge: %1").replace(
                "%1", ", ".join(counts.leaders)
            )
        )
    if counts.officers:
        people.append(
            QCoreApplication.translate("ReportSummary", "officer in charge: %1").replace(
                "%1", ", ".join(counts.officers)
            )
        )
    summary.setText(
        QCoreApplication.translate("ReportSummary", "Report of %1; %2.")
        .replace("%1", counts.period.label_vi)
        .replace(
            "%2",
            "; ".join(people)
            if people
            else QCoreApplication.translate("ReportSummary", "no leader or officer in charge named"),
        )
    )
    rows = _rows(counts)
    table.setRowCount(len(rows))
    bold = QFont(table.font())
    bold.setBold(True)
    for row, (what, number, detail, strong) in enumerate(rows):
        for column, text in enumerate((what, number, detail)):
            item = QTableWidgetItem(text)
            if column == 1:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if strong:
                item.setFont(bold)
            table.setItem(row, column, item)
