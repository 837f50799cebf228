"""A convenient base for pages: the contract's methods as no-ops, and the navigate signal."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from bkfi_desktop.ui.app_context import AppContext


class Page(QWidget):
    """Subclass, load a form into self, and override what the page supports."""

    navigate = Signal(str, object)  # page key, filter dict (or None)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def refresh(self) -> None:
        """Reload what the page shows from the workspace."""

    def new_item(self) -> None:
        """Ctrl+N: start a new record (no-op when the page has none)."""

    def delete_selected(self) -> None:
        """Delete: remove the selected record after asking (no-op when nothing can be deleted)."""

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the page's search box."""

    def apply_filter(self, filter: dict[str, Any]) -> None:
        """Show only what the filter says (sent by the dashboard); unknown keys are ignored."""
