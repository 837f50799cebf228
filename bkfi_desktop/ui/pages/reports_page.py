"""Báo cáo: a placeholder until the report issue fills this page."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.forms import FormUi
from bkfi_desktop.ui.pages.base import Page


class ReportsPageUi(FormUi):
    form = "reports_page"
    titleLabel: QLabel
    messageLabel: QLabel


class ReportsPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = ReportsPageUi.load_into(self)
