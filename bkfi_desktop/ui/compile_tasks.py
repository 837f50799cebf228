"""The "By task" tab of Tổng hợp báo cáo các đơn vị (layout: forms/compile_tasks.ui): under each task of
the plan, what each unit with a role reported — status, progress, result — and who did not, and why.
The table the Phòng VH-TT writes its assessment from: sortable by any column, filtered by task words,
by unit and by reported/missing, exported as a workbook; a long result is read in full in the pane
below the table (and in the cell's tooltip). The rows come from the compile workflow, never computed here.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from bkfi_desktop.errors import os_error_reason
from bkfi_desktop.exchange.compilation_tasks import TaskRow, TaskUnitLine, code_key, sheet_columns, sheet_rows
from bkfi_desktop.exchange.report_appendix import FORMULA_TRIGGERS
from bkfi_desktop.textvn.collation import vietnamese_sort_key
from bkfi_desktop.textvn.folding import fold_for_search
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.forms import FormUi

STATUS_COLOURS = {"done": "#1b7f3b", "blocked": "#b00020", "missing": "#a15c00"}
MAX_LINES = 3  # a row shows this many lines of a long result; the pane below shows it all
CODE, TASK, UNIT, ROLE, STATUS, PROGRESS, RESULT = range(7)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class CompileTasksTabUi(FormUi):
    form = "compile_tasks"
    taskFilterEdit: QLineEdit
    unitFilterCombo: QComboBox
    lineFilterCombo: QComboBox
    tasksCounts: QLabel
    tasksExportButton: QPushButton
    tasksSplitter: QSplitter
    tasksTable: QTableWidget
    detailView: QPlainTextEdit


class _Sorted(QTableWidgetItem):
    """Sorts by the key it carries: codes as the plan orders them ("1.2" before "1.10"), progress as a number."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is None or theirs is None:
            return super().__lt__(other)
        return mine < theirs


class CompileTasksTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = CompileTasksTabUi.load_into(self)
        self.rows: list[TaskRow] = []
        self.lines: list[tuple[TaskRow, TaskUnitLine]] = []
        ui.lineFilterCombo.addItem(self.tr("All lines"), None)
        ui.lineFilterCombo.addItem(self.tr("Reported"), True)
        ui.lineFilterCombo.addItem(self.tr("Not reported"), False)
        ui.taskFilterEdit.textChanged.connect(lambda _text: self._fill())
        ui.unitFilterCombo.currentIndexChanged.connect(lambda _index: self._fill())
        ui.lineFilterCombo.currentIndexChanged.connect(lambda _index: self._fill())
        ui.tasksTable.itemSelectionChanged.connect(self._show_detail)
        ui.tasksExportButton.clicked.connect(self.export_via_dialog)
        header = ui.tasksTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((56, 280, 190, 80, 110, 86)):
            ui.tasksTable.setColumnWidth(column, width)
        ui.tasksSplitter.setSizes([320, 90])
        self.suggested_export = Path.home() / "theo-nhiem-vu.xlsx"
        self.show_rows(None)

    # --- filling ------------------------------------------------------------------------------------

    def show_rows(self, rows: list[TaskRow] | None) -> None:
        self.rows = list(rows or [])
        combo = self.ui.unitFilterCombo
        combo.blockSignals(True)
        chosen = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("All units"), None)
        units = sorted({line.unit for row in self.rows for line in row.units}, key=vietnamese_sort_key)
        for unit in units:
            combo.addItem(unit, unit)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen in units else 0)
        combo.blockSignals(False)
        self._fill()

    def visible_lines(self) -> list[tuple[TaskRow, TaskUnitLine]]:
        """The lines the filters let through, in task order."""
        words = fold_for_search(self.ui.taskFilterEdit.text()).split()
        unit = self.ui.unitFilterCombo.currentData()
        reported = self.ui.lineFilterCombo.currentData()
        shown = []
        for row in self.rows:
            text = fold_for_search(f"{row.code} {row.title} {row.group}")
            if any(word not in text for word in words):
                continue
            for line in row.units:
                if (unit is None or line.unit == unit) and (reported is None or line.reported == reported):
                    shown.append((row, line))
        return shown

    def _cells(self, row: TaskRow, line: TaskUnitLine) -> list[tuple[str, object]]:
        """(text, sort key) per column."""
        progress = "" if line.progress is None else str(line.progress)
        result = line.result if line.reported else line.note
        return [
            (row.code, code_key(row.code)), (row.title, None), (line.unit, vietnamese_sort_key(line.unit)),
            (line.role_label, None), (line.status_label, None), (progress, -1 if line.progress is None else line.progress),
            (result, None),
        ]

    def _fill(self) -> None:
        table = self.ui.tasksTable
        table.setSortingEnabled(False)
        self.lines = self.visible_lines()
        table.setRowCount(len(self.lines))
        for index, (row, line) in enumerate(self.lines):
            colour = STATUS_COLOURS.get(line.status)
            for column, (text, key) in enumerate(self._cells(row, line)):
                item = _Sorted(text)
                item.setData(SORT_ROLE, key)
                item.setData(Qt.ItemDataRole.UserRole, index)
                item.setToolTip(text if column not in (TASK, RESULT) else self._detail(row, line))
                if column in (STATUS, RESULT) and colour and (column == STATUS or not line.reported):
                    item.setForeground(QBrush(QColor(colour)))
                if column == PROGRESS:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(index, column, item)
        table.setSortingEnabled(True)
        self._fit_rows()
        self._count()
        self._show_detail()
        self.ui.tasksExportButton.setEnabled(bool(self.lines))

    def _fit_rows(self) -> None:
        """Rows as tall as their wrapped text, up to MAX_LINES lines; the pane below shows the rest."""
        table = self.ui.tasksTable
        table.resizeRowsToContents()
        cap = table.fontMetrics().lineSpacing() * MAX_LINES + 8
        for index in range(table.rowCount()):
            if table.rowHeight(index) > cap:
                table.setRowHeight(index, cap)

    def _count(self) -> None:
        if not self.rows:
            self.ui.tasksCounts.setText("")
            return
        missing = sum(1 for _row, line in self.lines if not line.reported)
        self.ui.tasksCounts.setText(
            self.tr("%1 task(s), %2 line(s) shown, %3 not reported")
            .replace("%1", str(len({(row.plan, row.code) for row, _line in self.lines})))
            .replace("%2", str(len(self.lines)))
            .replace("%3", str(missing))
        )

    # --- reading one line in full -------------------------------------------------------------------

    def _detail(self, row: TaskRow, line: TaskUnitLine) -> str:
        head = self.tr("Task %1: %2").replace("%1", row.code).replace("%2", row.title)
        who = f"{line.unit} ({line.role_label}): {line.status_label}"
        if line.progress is not None:
            who += f", {line.progress}%"
        parts = [head, who]
        if line.result:
            parts.append(self.tr("Result: %1").replace("%1", line.result))
        if line.note:
            parts.append(line.note)
        return "\n".join(parts)

    def selected_line(self) -> tuple[TaskRow, TaskUnitLine] | None:
        items = self.ui.tasksTable.selectedItems()
        if not items:
            return None
        index = items[0].data(Qt.ItemDataRole.UserRole)
        return self.lines[index] if isinstance(index, int) and index < len(self.lines) else None

    def _show_detail(self) -> None:
        chosen = self.selected_line()
        self.ui.detailView.setPlainText(self._detail(*chosen) if chosen else "")

    def shown(self) -> list[tuple[str, str, str, str]]:
        """(code, unit, status, result or note) per row, in the table's order: what the clerk reads."""
        table = self.ui.tasksTable
        return [
            tuple(table.item(index, column).text() for column in (CODE, UNIT, STATUS, RESULT))  # type: ignore[misc]
            for index in range(table.rowCount())
        ]

    # --- exporting ----------------------------------------------------------------------------------

    def displayed_rows(self) -> list[TaskRow]:
        """The lines in the table's current order (sorted as the clerk sorted), one TaskRow per line."""
        table = self.ui.tasksTable
        ordered = []
        for index in range(table.rowCount()):
            row, line = self.lines[table.item(index, CODE).data(Qt.ItemDataRole.UserRole)]
            ordered.append(TaskRow(row.plan, row.code, row.group, row.title, row.deadline_text, (line,)))
        return ordered

    def export(self, path: Path) -> Path:
        """The lines shown (filters and order applied), with the columns of the workbook's Theo nhiệm vụ sheet."""
        rows = self.displayed_rows()
        columns = sheet_columns(rows)
        book = Workbook()
        sheet = book.active
        sheet.title = "Theo nhiệm vụ"
        sheet.append([heading for heading, _width in columns])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for values in sheet_rows(rows):
            sheet.append(values)
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, str):  # a unit's text is never a formula, whatever it starts with
                    cell.data_type = "s"
                    cell.quotePrefix = cell.value.startswith(FORMULA_TRIGGERS)
        for index, (_heading, width) in enumerate(columns, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
            for cell in sheet[get_column_letter(index)][1:]:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.freeze_panes = "A2"
        book.save(path)
        return path

    def export_via_dialog(self) -> None:
        if not self.lines:
            return
        out = dialogs.choose_save_file(
            self, self.tr("Export the table by task as"), str(self.suggested_export), self.tr("Excel workbooks (*.xlsx)")
        )
        if out is None:
            return
        if out.suffix.lower() != ".xlsx":
            out = out.with_name(out.name + ".xlsx")
        try:
            self.export(out)
        except OSError as error:
            dialogs.show_error(self, f"Không ghi được tệp {out.name}: {os_error_reason(error)}.")
            return
        self.ui.tasksCounts.setText(self.tr("Exported: %1").replace("%1", str(out)))
