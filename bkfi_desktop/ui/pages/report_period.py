"""The period fields of the Báo cáo page: the kind of report and its year, read as a period code
(2025-H1, 2025-Y, 2025-Q3). `chosen` fires when the clerk picks another kind or finishes typing
another year."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QComboBox, QSpinBox


def _kinds() -> list[tuple[str, str]]:
    # The page's own words (translation context ReportsPage): tests and the clerk know them so.
    quarter = QCoreApplication.translate("ReportsPage", "Quarter %1")
    kinds = [
        ("H1", QCoreApplication.translate("ReportsPage", "6-month report")),
        ("Y", QCoreApplication.translate("ReportsPage", "Annual report")),
    ]
    return kinds + [(f"Q{n}", quarter.replace("%1", roman)) for n, roman in enumerate(("I", "II", "III", "IV"), 1)]


class PeriodChoice(QObject):
    chosen = Signal()

    def __init__(self, kind_combo: QComboBox, year_spin: QSpinBox) -> None:
        super().__init__(kind_combo)
        self.kind_combo = kind_combo
        self.year_spin = year_spin
        self.shown: str | None = None  # the period whose report the page shows
        for suffix, text in _kinds():
            kind_combo.addItem(text, suffix)
        kind_combo.activated.connect(lambda _index: self.chosen.emit())
        year_spin.editingFinished.connect(self._year_edited)

    def code(self) -> str:
        return f"{self.year_spin.value()}-{self.kind_combo.currentData()}"

    def set_code(self, code: str) -> None:
        """Show code in the fields (adding an entry for a kind the list lacks, e.g. 2025-H2)."""
        year, suffix = code.split("-", 1)
        index = self.kind_combo.findData(suffix)
        if index < 0:
            self.kind_combo.addItem(code, suffix)
            index = self.kind_combo.count() - 1
        self.kind_combo.setCurrentIndex(index)
        self.year_spin.setValue(int(year))

    def _year_edited(self) -> None:
        if self.shown != self.code():
            self.chosen.emit()
