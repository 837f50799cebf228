"""Typing a whole date into a QDateEdit the way clerks do: click, type 15/03/2026, done.

Qt's QDateEdit edits one section at a time from wherever the cursor lands, so typing "15/03/2026" after
a click keeps the old day (01/03/2026) and an impossible "31/02/2026" silently becomes another date.
`DateTyping` sits in front of the widget as an event filter: after the field gains focus, the first
digit starts a fresh entry that collects digits and separators (shown as typed), and the entry is read
whole — when it is complete, on Enter, or on leaving the field. An impossible or incomplete entry is
refused: the field keeps its date, turns red and says why in Vietnamese. Arrow keys, the calendar popup
and Ctrl shortcuts still work as Qt made them.
"""

from __future__ import annotations

import re

# QtCore.Qt and QtCore.QEvent only at run time: every form imports this module before the window's
# first paint, and PySide builds those enums (hundreds of members) on first use (see app.py).
from PySide6 import QtCore
from PySide6.QtCore import QDate, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit

from bkfi_desktop.ui.field_problem import clear_problem, show_problem

_SEPARATORS = "/.-"
_DIGITS_ONLY = re.compile(r"\d{1,8}")
_PARTS = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})")
_NAME = "dateTyping"


def _grouped(digits: str) -> str:
    """'1503202' → '15/03/202': plain digits shown in the dd/mm/yyyy shape as they arrive."""
    return "/".join(part for part in (digits[:2], digits[2:4], digits[4:]) if part)


def _read(entry: str) -> tuple[int, int, int] | None:
    """Day, month, year from a complete entry ('15/3/2026', '15.03.26', '15032026'), else None."""
    if _DIGITS_ONLY.fullmatch(entry):
        if len(entry) != 8:
            return None
        return int(entry[:2]), int(entry[2:4]), int(entry[4:])
    match = _PARTS.fullmatch(entry)
    if match is None:
        return None
    day, month, year = (int(part) for part in match.groups())
    return day, month, year + 2000 if len(match.group(3)) == 2 else year


def _complete(entry: str) -> bool:
    """True once nothing more can follow: eight digits, or day/month/four-digit year."""
    if _DIGITS_ONLY.fullmatch(entry):
        return len(entry) == 8
    match = _PARTS.fullmatch(entry)
    return match is not None and len(match.group(3)) == 4


class DateTyping(QObject):
    """Whole-date typing for one QDateEdit; create it with `make_typeable(edit)`."""

    def __init__(self, edit: QDateEdit) -> None:
        super().__init__(edit)
        self.setObjectName(_NAME)
        self.edit = edit
        self.entry: str | None = None  # what the clerk is typing; None while the field shows its date
        self.message = ""  # the last refusal, shown beside the field until a good date arrives
        # Qt must not read the half-typed text shown while typing ("31/02/20" would become 28/02).
        edit.setKeyboardTracking(False)
        edit.installEventFilter(self)

    # -- the event filter ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QtCore.QEvent) -> bool:
        # getattr: while Python tears the window down, events can arrive after our attributes are gone.
        if watched is not getattr(self, "edit", None):
            return False
        kind = event.type()
        if kind == QtCore.QEvent.Type.FocusIn:
            self.entry = None
            self.edit.selectAll()
        elif kind == QtCore.QEvent.Type.FocusOut:
            self.finish()
        elif kind == QtCore.QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event)
        return False

    def _key(self, event: QKeyEvent) -> bool:
        modifiers = QtCore.Qt.KeyboardModifier
        if event.modifiers() & (modifiers.ControlModifier | modifiers.AltModifier):
            return False
        text = event.text()
        if len(text) == 1 and (text.isdigit() or (text in _SEPARATORS and self.entry)):
            self._extend(text)
            return True
        if self.entry is None:
            return False
        key = event.key()
        if key == QtCore.Qt.Key.Key_Backspace:
            self.entry = self.entry[:-1]
            self._show_entry()
            return True
        if key in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter):
            # Let the dialog's default button see Enter only when the date was accepted.
            return not self.finish(keep_entry=True)
        if key == QtCore.Qt.Key.Key_Escape:
            self.entry = None
            self._show_date()
            return True
        # Any other key (Tab, arrows…) first settles what was typed.
        self.finish()
        return False

    def _extend(self, char: str) -> None:
        entry = self.entry or ""
        if char in _SEPARATORS:
            if not entry or entry[-1] == "/" or entry.count("/") >= 2 or (len(entry) > 2 and "/" not in entry):
                return
            char = "/"
        else:
            pieces = (entry + char).split("/")
            # Eight plain digits (15032026), or at most 2 for day and month and 4 for the year.
            limit = 8 if len(pieces) == 1 else (4 if len(pieces) == 3 else 2)
            if len(pieces[-1]) > limit:
                return
        self.entry = entry + char
        self._show_entry()
        if _complete(self.entry):
            self.finish(keep_entry=True)

    def _show_entry(self) -> None:
        entry = self.entry or ""
        shown = _grouped(entry) if _DIGITS_ONLY.fullmatch(entry) else entry
        self._set_line(shown)

    def _show_date(self) -> None:
        self._set_line(self.edit.textFromDateTime(self.edit.dateTime()))

    def _set_line(self, text: str) -> None:
        line = self.edit.lineEdit()
        # The spin box would read a half-typed or impossible entry ("31/02") and "fix" it into some other
        # date, through its validator and its text/cursor signals; it only sees the date once we read it.
        validator = line.validator()
        line.setValidator(None)
        blocked = line.blockSignals(True)
        line.setText(text)
        line.setCursorPosition(len(text))
        line.blockSignals(blocked)
        line.setValidator(validator)

    # -- reading the entry -----------------------------------------------------------------------
    def finish(self, keep_entry: bool = False) -> bool:
        """Read what was typed. True when there was nothing to read or it was a good date.

        A refused entry stays on screen (keep_entry) so it can be corrected, or the field goes back to
        its date; either way the reason is shown.
        """
        if self.entry is None:
            return True
        entry = self.entry
        parts = _read(entry)
        day = QDate(parts[2], parts[1], parts[0]) if parts else QDate()
        if parts is None:
            problem = self.tr("Type the date as day/month/year, for example 15/03/2026.")
        elif not day.isValid():
            problem = self.tr("%1 is not a real date.").replace("%1", _shown_parts(parts))
        elif day < self.edit.minimumDate() or day > self.edit.maximumDate():
            problem = (
                self.tr("%1 is outside the dates this field takes (%2 – %3).")
                .replace("%1", _shown_parts(parts))
                .replace("%2", self.edit.minimumDate().toString("dd/MM/yyyy"))
                .replace("%3", self.edit.maximumDate().toString("dd/MM/yyyy"))
            )
        else:
            self.entry = None
            self._clear_problem()
            self.edit.setDate(day)
            self._show_date()
            return True
        kept = self.edit.date().toString("dd/MM/yyyy")
        self._show_problem(problem + " " + self.tr("The field keeps %1.").replace("%1", kept))
        if not keep_entry:
            self.entry = None
            self._show_date()
        return False

    def _show_problem(self, message: str) -> None:
        self.message = message
        show_problem(self.edit, message)

    def _clear_problem(self) -> None:
        self.message = ""
        clear_problem(self.edit)


def _shown_parts(parts: tuple[int, int, int]) -> str:
    day, month, year = parts
    return f"{day:02d}/{month:02d}/{year:04d}"


def make_typeable(edit: QDateEdit) -> DateTyping:
    """Attach whole-date typing to edit once; later calls return the same helper."""
    found = date_typing(edit)
    return found if found is not None else DateTyping(edit)


def date_typing(edit: QDateEdit) -> DateTyping | None:
    found = edit.findChild(DateTyping, _NAME, QtCore.Qt.FindChildOption.FindDirectChildrenOnly)
    return found if isinstance(found, DateTyping) else None
