"""Dates between Python and Qt widgets: QDate ↔ datetime.date, optional dates, dd/mm/yyyy text.

An optional date in a form is a QCheckBox beside a QDateEdit (the .ui connects toggled → setEnabled):
unchecked means "no date". Clerks tick it with Space and type the date; no magic sentinel values.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit

from bkfi_desktop.ui.date_typing import date_typing, make_typeable

DISPLAY_FORMAT = "dd/MM/yyyy"


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def format_date(day: dt.date | None) -> str:
    """dd/mm/yyyy, or an empty string for no date."""
    return day.strftime("%d/%m/%Y") if day else ""


def setup_date_edit(edit: QDateEdit, day: dt.date | None = None) -> None:
    """dd/MM/yyyy with a calendar popup and whole-date typing, set to day (today when None)."""
    prepare_date_edit(edit)
    edit.setDate(to_qdate(day or dt.date.today()))


def prepare_date_edit(edit: QDateEdit) -> None:
    """dd/MM/yyyy, a calendar popup, and typing 15/03/2026 after a click gives 15/03/2026."""
    edit.setDisplayFormat(DISPLAY_FORMAT)
    edit.setCalendarPopup(True)
    make_typeable(edit)


def set_optional_date(check: QCheckBox, edit: QDateEdit, day: dt.date | None) -> None:
    prepare_date_edit(edit)
    check.setChecked(day is not None)
    edit.setEnabled(day is not None)
    edit.setDate(to_qdate(day or dt.date.today()))


def optional_date(check: QCheckBox, edit: QDateEdit) -> dt.date | None:
    return typed_date(edit) if check.isChecked() else None


def typed_date(edit: QDateEdit) -> dt.date:
    """The field's date, after reading anything still being typed into it."""
    typing = date_typing(edit)
    if typing is not None:
        typing.finish()
    return from_qdate(edit.date())
