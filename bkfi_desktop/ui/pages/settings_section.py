"""One section of Cài đặt (the unit's profile, the cut-off dates, backups, signing files, the language):
a small object the page loads from what is stored and asks to save what is still pending.

A new setting is one SettingsSection subclass added to SettingsPage.sections: it wires its widgets in
__init__, fills them in `load`, and saves each change itself as the clerk makes it (no Save button to
forget); `save` only flushes what the clerk has not finished (a field not yet left, a timer), and runs
when the page is left or the window closes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QLineEdit

if TYPE_CHECKING:
    from bkfi_desktop.ui.app_context import AppContext
    from bkfi_desktop.ui.pages.settings_page import SettingsPage, SettingsPageUi


class SettingsSection(QObject):
    def __init__(self, page: SettingsPage) -> None:
        super().__init__(page)
        self.page = page

    @property
    def ui(self) -> SettingsPageUi:
        return self.page.ui

    @property
    def context(self) -> AppContext:
        return self.page.context

    @property
    def settings(self) -> QSettings:
        return self.page.settings

    @property
    def loading(self) -> bool:
        """True while the page fills the widgets: what they signal then is not an edit."""
        return self.page.loading

    def load(self, profile: Mapping[str, Any], settings: QSettings) -> None:
        """Show what is stored: the workspace profile's fields and this computer's settings."""

    def save(self) -> None:
        """Save an edit the clerk has not finished yet; a no-op when nothing is pending."""


class ProfileTextSection(SettingsSection):
    """A section of line edits, each one profile field saved when the clerk leaves it."""

    text_fields: tuple[tuple[str, str], ...] = ()  # (widget name, profile field)

    def __init__(self, page: SettingsPage) -> None:
        super().__init__(page)
        for edit, field in self.edits():
            edit.editingFinished.connect(lambda edit=edit, field=field: self.page.save_field(field, edit.text()))

    def edits(self) -> list[tuple[QLineEdit, str]]:
        return [(getattr(self.ui, name), field) for name, field in self.text_fields]

    def load(self, profile: Mapping[str, Any], settings: QSettings) -> None:
        for edit, field in self.edits():
            edit.setText(profile.get(field) or "")

    def save(self) -> None:
        for edit, field in self.edits():
            self.page.save_field(field, edit.text())  # a no-op when unchanged
