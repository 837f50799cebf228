"""Dates between Python and Qt widgets: QDate ↔ datetime.date, optional dates, dd/mm/yyyy text.

An optional date in a form is a QCheckBox beside a QDateEdit (the .ui connects toggled → setEnabled):
unchecked means "no date". Clerks tick it with Space and type the date; no magic sentinel values.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit

DISPLAY_FORMAT = "dd/MM/yyyy"


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def format_date(day: dt.date | None) -> str:
    """dd/mm/yyyy, or an empty string for no date."""
    return day.strftime("%d/%m/%Y") if day else ""


def setup_date_edit(edit: QDateEdit, day: dt.date | None = None) -> None:
    """dd/MM/yyyy with a calendar popup, set to day (today when None)."""
    edit.setDisplayFormat(DISPLAY_FORMAT)
    edit.setCalendarPopup(True)
    edit.setDate(to_qdate(day or dt.date.today()))


def set_optional_date(check: QCheckBox, edit: QDateEdit, day: dt.date | None) -> None:
    check.setChecked(day is not None)
    edit.setEnabled(day is not None)
    edit.setDate(to_qdate(day or dt.date.today()))


def optional_date(check: QCheckBox, edit: QDateEdit) -> dt.date | None:
    return from_qdate(edit.date()) if check.isChecked() else None
