"""A refused entry shown where it happened: a red frame on the field, the reason as a tooltip at once
and on hover, until the next good entry clears it."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QToolTip, QWidget

ERROR_PROPERTY = "bkfiProblem"
_ERROR_STYLE = "border: 2px solid #c62828;"


def show_problem(widget: QWidget, message: str) -> None:
    widget.setProperty(ERROR_PROPERTY, message)
    widget.setStyleSheet(f"{type(widget).__name__} {{ {_ERROR_STYLE} }}")
    widget.setToolTip(message)
    QToolTip.showText(widget.mapToGlobal(QPoint(0, widget.height())), message, widget)


def clear_problem(widget: QWidget) -> None:
    if widget.property(ERROR_PROPERTY):
        widget.setProperty(ERROR_PROPERTY, "")
        widget.setStyleSheet("")
        widget.setToolTip("")
        QToolTip.hideText()


def problem(widget: QWidget) -> str:
    """The reason shown on the field now, or ""."""
    return str(widget.property(ERROR_PROPERTY) or "")
