"""The unit directory dialog (layout: forms/unit_directory_dialog.ui): rename, category, other
names and merging duplicates, through the same services as `bkfi units …` (core.unit_directory).

Each button is one transaction; a refused correction shows the service's Vietnamese reason in the
dialog and changes nothing. Opened from Edit ▸ Unit directory… with open().
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from sqlalchemy.orm import Session

from bkfi_desktop.core.unit_directory import add_unit_alias, merge_units, rename_unit, set_unit_category
from bkfi_desktop.core.units import list_units, other_names
from bkfi_desktop.core.vocabulary import UNIT_CATEGORY_LABELS
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.errors import BkfiError
from bkfi_desktop.ui.forms import FormUi


class UnitDirectoryDialogUi(FormUi):
    form = "unit_directory_dialog"
    hintLabel: QLabel
    unitTable: QTableWidget
    nameEdit: QLineEdit
    renameButton: QPushButton
    categoryCombo: QComboBox
    categoryButton: QPushButton
    aliasEdit: QLineEdit
    aliasButton: QPushButton
    mergeCombo: QComboBox
    mergeButton: QPushButton
    errorLabel: QLabel
    buttonBox: QDialogButtonBox


class UnitDirectoryDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ui = UnitDirectoryDialogUi.load_into(self)
        ui = self.ui
        for code, label in UNIT_CATEGORY_LABELS.items():
            ui.categoryCombo.addItem(label, code)
        header = ui.unitTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 220)
        ui.unitTable.setWordWrap(False)  # one line per unit; the full other names are in the tooltip
        ui.unitTable.itemSelectionChanged.connect(self._selected)
        ui.renameButton.clicked.connect(lambda: self._apply(lambda s, u: rename_unit(s, str(u), ui.nameEdit.text())))
        ui.categoryButton.clicked.connect(
            lambda: self._apply(lambda s, u: set_unit_category(s, str(u), ui.categoryCombo.currentData()))
        )
        ui.aliasButton.clicked.connect(lambda: self._apply(lambda s, u: add_unit_alias(s, str(u), ui.aliasEdit.text())))
        ui.mergeButton.clicked.connect(self._merge)
        ui.buttonBox.rejected.connect(self.reject)
        self.units: list[tuple[int, str, str, str]] = []  # (id, name, category code, other names)
        self.refresh()

    def selected_id(self) -> int | None:
        row = self.ui.unitTable.currentRow()
        return self.units[row][0] if 0 <= row < len(self.units) else None

    def refresh(self, keep: int | None = None) -> None:
        with self.workspace.session() as session:
            self.units = [(u.id, u.name, u.category, ", ".join(other_names(u))) for u in list_units(session)]
        table = self.ui.unitTable
        table.setRowCount(len(self.units))
        for row, (_id, name, category, others) in enumerate(self.units):
            for col, text in enumerate((name, UNIT_CATEGORY_LABELS.get(category, category), others)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, col, item)
        table.resizeRowsToContents()
        self.ui.mergeCombo.clear()
        for unit_id, name, _category, _others in self.units:
            self.ui.mergeCombo.addItem(name, unit_id)
        rows = [row for row, unit in enumerate(self.units) if unit[0] == keep]
        if rows:
            table.selectRow(rows[0])
        self._selected()

    def _selected(self) -> None:
        unit_id = self.selected_id()
        for widget in (self.ui.renameButton, self.ui.categoryButton, self.ui.aliasButton, self.ui.mergeButton):
            widget.setEnabled(unit_id is not None)
        if unit_id is None:
            return
        _id, name, category, _others = next(unit for unit in self.units if unit[0] == unit_id)
        self.ui.nameEdit.setText(name)
        self.ui.categoryCombo.setCurrentIndex(max(self.ui.categoryCombo.findData(category), 0))
        self.ui.aliasEdit.clear()

    def _merge(self) -> None:
        target = self.ui.mergeCombo.currentData()
        self._apply(lambda s, u: merge_units(s, str(target), [str(u)]), keep=target)

    def _apply(self, change: Callable[[Session, int], object], keep: int | None = None) -> None:
        unit_id = self.selected_id()
        if unit_id is None:
            return
        try:
            with self.workspace.transaction() as session:
                change(session, unit_id)
        except BkfiError as error:
            self.ui.errorLabel.setText(error.message)
            return
        self.ui.errorLabel.clear()
        self.refresh(keep if keep is not None else unit_id)
