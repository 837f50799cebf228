"""Numbers typed into a QSpinBox that would pass its maximum are refused out loud.

Qt's own QSpinBox silently drops the keystroke that makes a number too big: "150" typed into a 0–100 %
box becomes 15 and is saved as 15. `guard_maximum(spin)` catches that keystroke instead: the box goes
back to its value, and the field says why (red frame and tooltip) until the next good entry.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QSpinBox

from bkfi_desktop.ui.field_problem import clear_problem, show_problem

_NAME = "maximumGuard"


class MaximumGuard(QObject):
    def __init__(self, spin: QSpinBox) -> None:
        super().__init__(spin)
        self.setObjectName(_NAME)
        self.spin = spin
        spin.installEventFilter(self)
        spin.valueChanged.connect(lambda _value: clear_problem(spin))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        spin = getattr(self, "spin", None)  # None while Python tears the window down
        if watched is not spin or event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        text = event.text()
        if len(text) != 1 or not text.isdigit():
            return False
        typed = self._after(text)
        if typed is None or typed <= spin.maximum():
            return False
        kept = spin.textFromValue(spin.value()) + spin.suffix()
        message = (
            self.tr("%1 is more than %2, the most this field takes. The field keeps %3.")
            .replace("%1", f"{typed}{spin.suffix()}")
            .replace("%2", f"{spin.maximum()}{spin.suffix()}")
            .replace("%3", kept)
        )
        spin.setValue(spin.value())
        spin.lineEdit().setText(spin.prefix() + spin.textFromValue(spin.value()) + spin.suffix())
        spin.selectAll()
        show_problem(spin, message)
        return True

    def _after(self, char: str) -> int | None:
        """The number the box would hold once char is typed where the cursor is."""
        line = self.spin.lineEdit()
        text = line.text()
        if line.hasSelectedText():
            start = line.selectionStart()
            text = text[:start] + char + text[start + len(line.selectedText()):]
        else:
            position = line.cursorPosition()
            text = text[:position] + char + text[position:]
        digits = text.removeprefix(self.spin.prefix()).removesuffix(self.spin.suffix()).strip()
        return int(digits) if digits.isdigit() else None


def guard_maximum(spin: QSpinBox) -> MaximumGuard:
    found = spin.findChild(MaximumGuard, _NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    return found if isinstance(found, MaximumGuard) else MaximumGuard(spin)
