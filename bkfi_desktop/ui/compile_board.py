"""The board of Tổng hợp báo cáo các đơn vị: one row per unit expected to report (on time, late, refused
and why, missing), sortable by any column, filtered by status, exported as a workbook. Fills the
board widgets of forms/compile_dialog.ui; the rows come from the compile workflow, never computed here."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QWidget

from bkfi_desktop.documents.signing.certificates import format_datetime
from bkfi_desktop.errors import os_error_reason
from bkfi_desktop.exchange.compilation_board import STATUS_LABELS, BoardRow, board_counts
from bkfi_desktop.ui import dialogs

STATUS_COLOURS = {"on_time": "#1b7f3b", "late": "#a15c00", "refused": "#b00020", "missing": "#555555"}
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("unit", "status", "signer", "signed_at", "days_late", "file", "reason")


def _cells(row: BoardRow) -> list[str]:
    return [
        row.unit, row.label, row.signer or "", format_datetime(row.signed_at) if row.signed_at else "",
        str(row.days_late) if row.days_late else "", row.file or "", row.reason,
    ]


class _Number(QTableWidgetItem):
    """Sorts "Days late" as numbers (an empty cell first)."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return int(self.text() or 0) < int(other.text() or 0)


class CompilationBoard(QObject):
    def __init__(self, table: QTableWidget, status_filter: QComboBox, counts: QLabel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table, self.filter, self.counts = table, status_filter, counts
        self.rows: list[BoardRow] = []
        self.filter.addItem(self.tr("All units"), None)
        for status, label in STATUS_LABELS.items():
            self.filter.addItem(label, status)
        self.filter.currentIndexChanged.connect(lambda _index: self._fill())
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((190, 110, 130, 160, 70, 150)):
            table.setColumnWidth(column, width)

    def show(self, rows: list[BoardRow] | None) -> None:
        self.rows = list(rows or [])
        counts = board_counts(self.rows)
        self.counts.setText(
            "; ".join(f"{STATUS_LABELS[status]}: {count}" for status, count in counts.items()) if self.rows else ""
        )
        self._fill()

    def visible_rows(self) -> list[BoardRow]:
        status = self.filter.currentData()
        return [row for row in self.rows if status is None or row.status == status]

    def _fill(self) -> None:
        table = self.table
        table.setSortingEnabled(False)
        rows = self.visible_rows()
        positions = {id(row): position for position, row in enumerate(self.rows)}
        table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            colour = QBrush(QColor(STATUS_COLOURS[row.status]))
            for column, text in enumerate(_cells(row)):
                item = _Number(text) if column == 4 else QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, row.status)
                item.setData(ROW_ROLE, positions[id(row)])  # the row behind the cell, whatever the sort
                if column == 1:
                    item.setForeground(colour)
                table.setItem(index, column, item)
        table.setSortingEnabled(True)

    def selected_row(self) -> BoardRow | None:
        """The board row the clerk selected (after any sort or filter), if one is."""
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        if item is None or not self.table.selectionModel().hasSelection():
            return None
        return self.rows[int(item.data(ROW_ROLE))]

    def shown(self) -> dict[str, str]:
        """unit → status label, as the table shows it now (tests read what the clerk reads)."""
        return {
            self.table.item(row, 0).text(): self.table.item(row, 1).text() for row in range(self.table.rowCount())
        }

    def export(self, path: Path) -> Path:
        """The rows shown (filter applied), as a workbook with the same columns."""
        book = Workbook()
        sheet = book.active
        sheet.title = "Tình hình nộp"
        sheet.append(
            ["Đơn vị", "Tình trạng", "Người ký", "Thời điểm ký", "Số ngày muộn", "Tệp", "Lý do"]
        )
        for row in self.visible_rows():
            sheet.append(_cells(row))
        book.save(path)
        return path

    def export_via_dialog(self, parent: QWidget, suggested: Path) -> tuple[str, bool]:
        """Ask where, then export; (what to tell the clerk, whether it went well) — ("", True) if cancelled."""
        out = dialogs.choose_save_file(
            parent, self.tr("Export the board as"), str(suggested), self.tr("Excel workbooks (*.xlsx)")
        )
        if out is None:
            return "", True
        if out.suffix.lower() != ".xlsx":
            out = out.with_name(out.name + ".xlsx")
        try:
            self.export(out)
        except OSError as error:
            return f"Không ghi được tệp {out.name}: {os_error_reason(error)}.", False
        return self.tr("Board exported: %1").replace("%1", str(out)), True
