"""Tables whose rows carry a record id in column 0 (Qt.UserRole): find and select rows by id."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget


def selected_row_id(table: QTableWidget) -> int | None:
    """The record id of the first selected row, or None."""
    model = table.selectionModel()
    rows = model.selectedRows() if model else []
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    return int(item.data(Qt.ItemDataRole.UserRole)) if item else None


def select_row_id(table: QTableWidget, record_id: int | None) -> bool:
    """Select and show the row of record_id; False (selection cleared) when it is not shown."""
    if record_id is not None:
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == record_id:
                table.selectRow(row)
                table.scrollToItem(item)
                return True
    table.clearSelection()
    return False
