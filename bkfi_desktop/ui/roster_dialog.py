"""Danh sách đơn vị phải báo cáo (layout: forms/roster_dialog.ui): per plan and period, the units
expected to report — add one from the unit directory (with completion), remove one, mark one "không
phải báo cáo kỳ này" — and the office's deadline, typed as a date.

Save writes the list and the deadline in one transaction through the services of `bkfi roster set|due`
(core.roster), both audited; a refusal is shown in the dialog and changes nothing. Opened from the
compile dialog's "Danh sách đơn vị phải báo cáo…" button with open().
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
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

from bkfi_desktop.core.periods import make_period, parse_period
from bkfi_desktop.core.plan_details import list_plans
from bkfi_desktop.core.roster import deadline, get_roster, set_deadline, set_roster
from bkfi_desktop.core.units import find_unit, list_units
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.errors import BkfiError
from bkfi_desktop.textvn.folding import fold_for_match
from bkfi_desktop.textvn.normalize import nfc
from bkfi_desktop.ui.date_fields import prepare_date_edit, to_qdate, typed_date
from bkfi_desktop.ui.forms import FormUi


class RosterDialogUi(FormUi):
    form = "roster_dialog"
    hintLabel: QLabel
    planCombo: QComboBox
    periodCombo: QComboBox
    deadlineEdit: QDateEdit
    deadlineSourceLabel: QLabel
    unitTable: QTableWidget
    unitEdit: QLineEdit
    addButton: QPushButton
    removeButton: QPushButton
    excuseButton: QPushButton
    errorLabel: QLabel
    buttonBox: QDialogButtonBox


def period_choices(today: dt.date, chosen: str | None) -> list[str]:
    """The period asked for first, then this year's and last year's half-year and yearly periods."""
    codes = [chosen] if chosen else []
    for year in (today.year, today.year - 1):
        for kind in ("half", "year"):
            code = make_period(kind, year, 1).code
            if code not in codes:
                codes.append(code)
    return codes


class RosterDialog(QDialog):
    def __init__(
        self, workspace: Workspace, today: dt.date, period: str | None = None, plan_key: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ui = ui = RosterDialogUi.load_into(self)
        self.units: list[list] = []  # [name, required], in the roster's order
        self.units_changed = False
        self.loaded_due: tuple[dt.date, str] | None = None
        prepare_date_edit(ui.deadlineEdit)
        with workspace.session() as session:
            plans = list_plans(session)
            # Completion offers the directory's names and the other names units are known by.
            names = sorted({
                name for unit in list_units(session) if not unit.covers
                for name in (unit.name, unit.short_name, *(unit.aliases or [])) if name
            })
        ui.planCombo.addItem(self.tr("Every plan"), None)
        for plan in plans:
            ui.planCombo.addItem(plan.short_name or plan.title, plan.key)
        ui.planCombo.setCurrentIndex(max(0, ui.planCombo.findData(plan_key)))
        for code in period_choices(today, period):
            ui.periodCombo.addItem(f"{code} — {parse_period(code).label_vi}", code)
        completer = QCompleter(names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        ui.unitEdit.setCompleter(completer)
        header = ui.unitTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        ui.planCombo.currentIndexChanged.connect(lambda _index: self.load())
        ui.periodCombo.currentIndexChanged.connect(lambda _index: self.load())
        ui.addButton.clicked.connect(self.add_unit)
        ui.unitEdit.returnPressed.connect(self.add_unit)
        ui.removeButton.clicked.connect(self.remove_unit)
        ui.excuseButton.clicked.connect(self.toggle_required)
        ui.unitTable.itemSelectionChanged.connect(self._update)
        ui.unitTable.itemChanged.connect(self._ticked)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.load()

    def plan_key(self) -> str | None:
        return self.ui.planCombo.currentData()

    def period(self) -> str:
        return self.ui.periodCombo.currentData()

    # --- reading and showing ------------------------------------------------------------------------

    def load(self) -> None:
        with self.workspace.session() as session:
            roster = get_roster(session, self.period(), self.plan_key())
            self.loaded_due = deadline(session, self.period())
        self.units = [[unit.name, unit.required] for unit in roster]
        self.units_changed = False
        due, source = self.loaded_due
        self.ui.deadlineEdit.setDate(to_qdate(due))
        self.ui.deadlineSourceLabel.setText(
            self.tr("set by the office") if source == "office" else self.tr("default (Nghị định 09)")
        )
        self._fill()
        self._error("")

    def _fill(self, select: int | None = None) -> None:
        table = self.ui.unitTable
        table.blockSignals(True)
        table.setRowCount(len(self.units))
        for row, (name, required) in enumerate(self.units):
            table.setItem(row, 0, QTableWidgetItem(name))
            tick = QTableWidgetItem(self.tr("Yes") if required else self.tr("Not required this period"))
            tick.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            tick.setCheckState(Qt.CheckState.Checked if required else Qt.CheckState.Unchecked)
            table.setItem(row, 1, tick)
        table.blockSignals(False)
        if select is not None and 0 <= select < len(self.units):
            table.selectRow(select)
        self._update()

    def shown(self) -> list[tuple[str, bool]]:
        """(unit, required) as the table shows them (tests read what the clerk reads)."""
        table = self.ui.unitTable
        return [
            (table.item(row, 0).text(), table.item(row, 1).checkState() == Qt.CheckState.Checked)
            for row in range(table.rowCount())
        ]

    def _selected(self) -> int | None:
        rows = self.ui.unitTable.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update(self) -> None:
        chosen = self._selected() is not None
        self.ui.removeButton.setEnabled(chosen)
        self.ui.excuseButton.setEnabled(chosen)

    def _error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))

    # --- editing ------------------------------------------------------------------------------------

    def add_unit(self) -> None:
        text = self.ui.unitEdit.text().strip()
        if not text:
            self._error(self.tr("Type the unit to add, as in the unit directory."))
            return
        with self.workspace.session() as session:
            found = find_unit(session, text) is not None
        # The name as typed (a directory name or one of its other names): the board matches it against
        # the unit name the reports carry.
        name = nfc(" ".join(text.split()))
        if not found:
            self._error(
                self.tr("“%1” is not in the unit directory; correct the name or add the unit in Edit ▸ Unit directory.")
                .replace("%1", text)
            )
            return
        if any(fold_for_match(listed) == fold_for_match(name) for listed, _ in self.units):
            self._error(self.tr("%1 is already on the list.").replace("%1", name))
            return
        self.units.append([name, True])
        self.units_changed = True
        self.ui.unitEdit.clear()
        self._error("")
        self._fill(select=len(self.units) - 1)

    def remove_unit(self) -> None:
        row = self._selected()
        if row is not None:
            del self.units[row]
            self.units_changed = True
            self._fill(select=min(row, len(self.units) - 1))

    def toggle_required(self) -> None:
        row = self._selected()
        if row is not None:
            self.units[row][1] = not self.units[row][1]
            self.units_changed = True
            self._fill(select=row)

    def _ticked(self, item: QTableWidgetItem) -> None:
        if item.column() == 1:
            required = item.checkState() == Qt.CheckState.Checked
            if self.units[item.row()][1] != required:
                self.units[item.row()][1] = required
                self.units_changed = True
                self._fill(select=item.row())

    # --- saving -------------------------------------------------------------------------------------

    def save(self) -> None:
        """The list and the deadline, in one transaction; nothing changes when either is refused."""
        due = typed_date(self.ui.deadlineEdit)
        period, plan_key = self.period(), self.plan_key()
        names = [name for name, _needed in self.units]  # in the clerk's order; the excused keep their place
        excused = [name for name, needed in self.units if not needed]
        try:
            with self.workspace.transaction() as session:
                if self.units_changed:
                    set_roster(session, period, names, plan_key=plan_key, not_required=excused)
                if self.loaded_due is None or due != self.loaded_due[0]:
                    set_deadline(session, period, due)
        except BkfiError as error:
            self._error(error.message)
            return
        self.accept()
