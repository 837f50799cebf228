"""The three result tables of Tổng hợp báo cáo các đơn vị: accepted units, refused files (in red) and
the totals. Fills the tables of forms/compile_dialog.ui; holds no state but what it shows."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGroupBox, QHeaderView, QTableWidget, QTableWidgetItem

from bkfi_desktop.documents.signing.certificates import format_datetime
from bkfi_desktop.exchange.compilation import Compilation

REFUSED_COLOUR = QColor("#b00020")
REFUSED_BOX_STYLE = "QGroupBox { color: #b00020; font-weight: bold; }"
SUB_ROW_INDENT = "    "


def _item(text: str, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(tooltip or text)
    return item


def _number(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def _lines(*parts: str | None) -> str:
    return "\n".join(part for part in parts if part)


class CompilationTables(QObject):
    """Shows one compilation (or none) in the accepted, refused and totals tables."""

    def __init__(
        self,
        accepted: tuple[QGroupBox, QTableWidget],
        refused: tuple[QGroupBox, QTableWidget],
        totals: QTableWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.accepted_box, self.accepted_table = accepted
        self.refused_box, self.refused_table = refused
        self.totals_table = totals
        for table, widths in ((self.accepted_table, (210, 95, 150, 170)), (self.refused_table, (200, 150))):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            table.horizontalHeader().setStretchLastSection(True)
            for column, width in enumerate(widths):
                table.setColumnWidth(column, width)
        header = self.totals_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def show(self, compilation: Compilation | None) -> None:
        self._fill_accepted(compilation)
        self._fill_refused(compilation)
        self._fill_totals(compilation)

    # --- accepted -----------------------------------------------------------------------------------

    def _fill_accepted(self, compilation: Compilation | None) -> None:
        table = self.accepted_table
        reports = compilation.accepted if compilation is not None else []
        table.setRowCount(len(reports))
        for row, report in enumerate(reports):
            when = format_datetime(report.signing_time) if report.signing_time else "—"
            notes = "\n".join(report.notes)  # e.g. "the newest of two files from this unit"
            table.setItem(
                row, 0, _item(report.unit_name + (" *" if notes else ""), _lines(report.unit_name, notes))
            )
            table.setItem(row, 1, _item(report.number_text))
            table.setItem(
                row, 2, _item(report.signer or "—", _lines(report.signer, report.signer_organisation))
            )
            table.setItem(row, 3, _item(when))
            table.setItem(row, 4, _item(report.file, str(report.path)))
        if reports:  # whole names and times, not "Nguyễn Thị Hồng Nh…"
            table.resizeColumnsToContents()
        title = self.tr("Accepted reports")
        self.accepted_box.setTitle(f"{title} ({len(reports)})" if compilation is not None else title)

    # --- refused ------------------------------------------------------------------------------------

    def _fill_refused(self, compilation: Compilation | None) -> None:
        table = self.refused_table
        refused = compilation.refused if compilation is not None else []
        table.setRowCount(len(refused))
        red = QBrush(REFUSED_COLOUR)
        for row, refusal in enumerate(refused):
            details = _lines(refusal.reason, *(d for d in refusal.details if d != refusal.reason))
            items = (
                _item(refusal.file, str(refusal.path)),
                _item(refusal.label, details),
                _item(refusal.reason, details),
            )
            for column, item in enumerate(items):
                if column:  # what is wrong, in red; the file name stays readable
                    item.setForeground(red)
                table.setItem(row, column, item)
        table.resizeRowsToContents()
        title = self.tr("Refused files")
        self.refused_box.setTitle(f"{title} ({len(refused)})" if compilation is not None else title)
        self.refused_box.setStyleSheet(REFUSED_BOX_STYLE if refused else "")

    # --- totals -------------------------------------------------------------------------------------

    def totals_rows(self, compilation: Compilation) -> list[tuple[str, str, bool]]:
        """(figure, total, is a sub-row) for the totals table."""
        totals = compilation.totals
        trainings = totals.trainings
        rows: list[tuple[str, str, bool]] = [
            (self.tr("Units compiled"), str(totals.units), False),
            (self.tr("Activities (total quantity)"), str(totals.activity_quantity), False),
        ]
        rows += [(kind.label, str(kind.quantity), True) for kind in totals.activities.values()]
        rows += [
            (self.tr("Training sessions"), str(trainings.sessions), False),
            (self.tr("organised by the units"), str(trainings.organised), True),
            (self.tr("attended by the units' staff"), str(trainings.attended), True),
            (self.tr("Training participants"), str(trainings.participants), False),
            (self.tr("Training hours"), _number(trainings.hours), False),
            (self.tr("Foreign-language courses"), str(trainings.foreign_language_courses), False),
            (self.tr("Tasks reported"), str(totals.tasks_total), False),
            (self.tr("done"), str(totals.task_status.get("done", 0)), True),
            (
                self.tr("Units with an officer in charge"),
                f"{totals.officer_named_units}/{totals.units}",
                False,
            ),
            (self.tr("Units with a detailed plan"), f"{totals.detailed_plan_units}/{totals.units}", False),
        ]
        return rows

    def _fill_totals(self, compilation: Compilation | None) -> None:
        table = self.totals_table
        rows = self.totals_rows(compilation) if compilation is not None and compilation.accepted else []
        table.setRowCount(len(rows))
        for row, (figure, total, sub) in enumerate(rows):
            label = _item((SUB_ROW_INDENT if sub else "") + figure, figure)
            value = _item(total)
            value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if not sub:
                font = label.font()
                font.setBold(True)
                label.setFont(font)
                value.setFont(font)
            table.setItem(row, 0, label)
            table.setItem(row, 1, value)

    def totals_shown(self) -> dict[str, str]:
        """The totals table as {figure: total}, as a clerk reads it."""
        table = self.totals_table
        return {
            table.item(row, 0).text().strip(): table.item(row, 1).text() for row in range(table.rowCount())
        }
