"""Smoke test of the real window: every page visited, every enabled button pressed and every menu
action triggered, as an impatient clerk would, with each dialog that opens closed again.

It fails on an exception raised in any slot (pytest-qt captures them) and on any ERROR logged (an
unexpected error shown to the clerk is logged at ERROR by dialogs.error_text). Questions are
answered Yes so the paths behind them run too; file choosers are cancelled.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QHeaderView,
    QMenu,
    QTabWidget,
    QTreeView,
    QWidget,
)

from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.main_window import MainWindow
from bkfi_desktop.ui.pages import PAGES
from tests.ui.clerk import click, click_index

if TYPE_CHECKING:
    from tests.ui.conftest import DialogAnswers
    from tests.ui.report_fixtures import SaveAnswers

pytest_plugins = ["tests.ui.report_fixtures"]


class DialogCloser:
    """Closes whatever dialog a click opened, and records which ones it closed.

    A dialog run with exec() would block the test inside its own loop, so a timer closes the active
    modal widget there too; what it closes is recorded in the same list.
    """

    def __init__(self, window: QWidget) -> None:
        self.window = window
        self.closed: list[str] = []
        self.timer = QTimer()
        self.timer.timeout.connect(self._close_active)

    def __enter__(self) -> DialogCloser:
        self.timer.start(100)
        return self

    def __exit__(self, *_exc: object) -> None:
        self.timer.stop()

    def _close(self, widget: QWidget) -> None:
        self.closed.append(type(widget).__name__)
        if isinstance(widget, QDialog):
            widget.reject()  # Hủy
        if widget.isVisible():
            widget.close()

    def _close_active(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not self.window:
            self._close(modal)

    def close_all(self) -> list[str]:
        """Close what the last click opened; returns the class names of all closed since last time."""
        for _attempt in range(5):
            found = [
                widget
                for widget in QApplication.topLevelWidgets()
                if widget is not self.window
                and widget.isVisible()
                and (isinstance(widget, QDialog) or widget.isModal())
            ]
            if not found:
                break
            for widget in found:
                self._close(widget)
            QApplication.processEvents()
        closed, self.closed = self.closed, []
        return closed


def show_page(qtbot: Any, window: MainWindow, key: str) -> QWidget:
    nav = window.ui.navList
    row = next(index for index, spec in enumerate(PAGES) if spec.key == key)
    click_index(qtbot, nav, nav.model().index(row, 0))
    page = window.ui.pageStack.currentWidget()
    assert page is window.pages[key]
    return page


def select_first_rows(qtbot: Any, page: QWidget) -> None:
    """Choose the first row of each list so the buttons that need a selection come alive."""
    for view in page.findChildren(QAbstractItemView):
        if isinstance(view, QHeaderView):
            continue
        model = view.model()
        if view.isVisible() and model is not None and model.rowCount() > 0:
            index = model.index(0, 0)
            while isinstance(view, QTreeView) and model.hasChildren(index):  # down to a task, not a heading
                view.expand(index)
                index = model.index(0, 0, index)
            click_index(qtbot, view, index)


@dataclass
class Walk:
    qtbot: Any
    window: MainWindow
    closer: DialogCloser
    pressed: set[str] = field(default_factory=set)
    log: list[str] = field(default_factory=list)

    def act(self, name: str, action: Callable[[], object]) -> None:
        """Do one thing, close what it opened, and note both: `page: button -> [dialogs]`."""
        self.pressed.add(name)
        action()
        QApplication.processEvents()
        self.log.append(f"{name} -> {self.closer.close_all()}")

    def press_every_button(self, key: str, *, select: bool = False) -> None:
        """Press each visible, enabled button of the page once, tab by tab."""
        page = show_page(self.qtbot, self.window, key)
        tab_views: list[tuple[QTabWidget | None, int]] = [(None, -1)]
        for tabs in page.findChildren(QTabWidget):
            tab_views += [(tabs, index) for index in range(tabs.count())]
        for tabs, index in tab_views:
            show_page(self.qtbot, self.window, key)  # a button may have navigated elsewhere
            if tabs is not None:
                if not tabs.isVisible() or not tabs.isTabEnabled(index):
                    continue
                tabs.setCurrentIndex(index)
            for button in page.findChildren(QAbstractButton):
                if self.window.ui.pageStack.currentWidget() is not page:  # the last one navigated away
                    show_page(self.qtbot, self.window, key)
                if not shiboken6.isValid(button):  # rebuilt by an earlier click (e.g. the preview)
                    continue
                name = f"{key}: {button.objectName() or button.text()}"
                if name in self.pressed:
                    continue
                if select and not button.isVisible():  # a save reloaded the list: choose the row again
                    select_first_rows(self.qtbot, page)
                if button.isVisible() and button.isEnabled():
                    self.act(name, lambda button=button: click(self.qtbot, button))


def menu_actions(window: MainWindow) -> list[QAction]:
    found: list[QAction] = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())
            elif not action.isSeparator():
                found.append(action)

    for action in window.menuBar().actions():
        if action.menu() is not None:
            walk(action.menu())
    return found


@pytest.fixture
def impatient(monkeypatch: pytest.MonkeyPatch, answers: DialogAnswers, save_answers: SaveAnswers) -> DialogAnswers:
    """Yes to every question; errors a clerk may meet are recorded, unexpected ones are logged at ERROR."""

    def yes(_parent: Any, text: str, title: str = "") -> bool:
        answers.asked.append(("confirm", text))
        return True

    monkeypatch.setattr(dialogs, "confirm", yes)
    answers.allow_errors = True
    return answers


def test_every_page_button_and_menu_action_works(
    qtbot: Any, main_window: MainWindow, impatient: DialogAnswers, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    ui = main_window.ui
    page_actions = [ui.actionNew, ui.actionDelete, ui.actionSearch, ui.actionRefresh]  # go to the page shown
    with DialogCloser(main_window) as closer:
        walk = Walk(qtbot, main_window, closer)
        for spec in PAGES:
            walk.press_every_button(spec.key)
            select_first_rows(qtbot, show_page(qtbot, main_window, spec.key))
            walk.press_every_button(spec.key, select=True)  # those that need a chosen row
            for action in page_actions:
                show_page(qtbot, main_window, spec.key)
                if action.isEnabled():
                    walk.act(f"{spec.key}: {action.objectName()}", action.trigger)
        for action in menu_actions(main_window):
            if action not in page_actions and action is not ui.actionQuit and action.isEnabled():
                walk.act(f"menu: {action.objectName()}", action.trigger)
        # Last, the banner of this workspace holding demo data: clearing it opens a fresh window.
        assert ui.demoBanner.isVisible()
        walk.act("banner: demoBannerButton", lambda: click(qtbot, ui.demoBannerButton))
        fresh = main_window.context.runner.parent_widget
        assert isinstance(fresh, MainWindow) and fresh is not main_window
        qtbot.addWidget(fresh)
        assert not main_window.isVisible() and not fresh.ui.demoBanner.isVisible()
        fresh.ui.actionQuit.trigger()
        assert not fresh.isVisible()

    # The walk reached what matters: the signing dialogs open (a report is built on the way there).
    log = walk.log
    for expected in (
        "reports: buildButton -> []",
        "reports: signButton -> ['SignDialog']",
        "reports: verifyButton -> ['VerifyDialog']",
        "menu: actionImport -> ['ImportWizard']",
        "menu: actionVerify -> ['VerifyDialog']",
        "menu: actionCompile -> ['CompileDialog']",
        "staff: addButton -> ['StaffDialog']",
        "tasks: addLinkButton -> ['EvidenceLinkDialog']",
        "training: addButton -> ['TrainingDialog']",
    ):
        assert expected in log, "\n".join(log)
    errors = [record for record in caplog.records if record.levelno >= logging.ERROR]
    assert not errors, [record.getMessage() for record in errors]
