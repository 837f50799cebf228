"""Shown in place of a page whose module is not there yet."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.forms import FormUi
from bkfi_desktop.ui.pages.base import Page


class PlaceholderPageUi(FormUi):
    form = "placeholder_page"
    titleLabel: QLabel
    messageLabel: QLabel


class PlaceholderPage(Page):
    def __init__(self, context: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = PlaceholderPageUi.load_into(self)
        self.ui.titleLabel.setText(title)
