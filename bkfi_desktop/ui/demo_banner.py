"""The "Dữ liệu mẫu" banner at the top of the main window.

- In the demo workspace (`bkfi-desktop --demo`) it says so and offers to open the clerk's own
  workspace, so nobody mistakes the sample unit for their own.
- In any other workspace that holds the demo unit's data (an earlier version filled a fresh default
  workspace with it, silently) it says so and offers to clear it: backed up first, audited.

Switching or clearing builds a fresh window on the workspace, so no page keeps a report, a period
or a selection from the data it showed before.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from bkfi_desktop import paths
from bkfi_desktop.core.demo import DEMO_UNIT, clear_workspace_data, holds_demo_data
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.errors import BkfiError
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.app_context import AppContext

if TYPE_CHECKING:
    from bkfi_desktop.ui.main_window import MainWindow

DEMO = "demo"  # the demo workspace itself
LEFTOVER = "leftover"  # the clerk's workspace, holding the demo unit's data


def demo_state(workspace: Workspace) -> str | None:
    if paths.is_demo_workspace(workspace.path):
        return DEMO
    try:
        with workspace.session() as session:
            found = holds_demo_data(session)
            session.rollback()
    except BkfiError:
        return None  # the status bar and the pages report a broken file; the banner stays out of it
    return LEFTOVER if found else None


class DemoBanner(QObject):
    def __init__(self, window: MainWindow, known: tuple[str | None] | None = None) -> None:
        """known: (demo_state,) when app start-up already asked it off the GUI thread."""
        super().__init__(window)
        self.window = window
        self.state: str | None = None
        window.ui.demoBannerButton.clicked.connect(self._act)
        window.context.signals.profile_changed.connect(self.update)
        window.context.signals.workspace_replaced.connect(self.update)
        if known is None:
            self.update()
        else:
            self.show_state(known[0])

    def update(self) -> None:
        self.show_state(demo_state(self.window.context.workspace))

    def show_state(self, state: str | None) -> None:
        ui = self.window.ui
        self.state = state
        if self.state == DEMO:
            ui.demoBannerLabel.setText(
                self.tr(
                    "<b>Sample data</b> — this is the demo workspace (unit %1), for trying the program. "
                    "Nothing here goes into your unit's data."
                ).replace("%1", DEMO_UNIT)
            )
            ui.demoBannerButton.setText(self.tr("Open my unit's data"))
        elif self.state == LEFTOVER:
            ui.demoBannerLabel.setText(
                self.tr(
                    "<b>Sample data</b> — this data file holds the demo unit %1, added by an earlier "
                    "version of the program."
                ).replace("%1", DEMO_UNIT)
            )
            ui.demoBannerButton.setText(self.tr("Clear the sample data…"))
        ui.demoBannerLabel.setToolTip(ui.demoBannerLabel.text())  # one line; a narrow window shows the rest here
        ui.demoBanner.setVisible(self.state is not None)

    def _act(self) -> None:
        if self.state == DEMO:
            self.open_own_workspace()
        elif self.state == LEFTOVER:
            self.clear_sample_data()

    def open_own_workspace(self) -> None:
        """Leave the demo for the clerk's own workspace (created empty if this is the first time)."""
        target = paths.default_workspace_path()
        self.window.context.runner.run(
            lambda _progress: Workspace.open(target),
            on_success=lambda workspace: reopen_window(self.window, workspace),
            on_failure=lambda error: dialogs.show_error(self.window, error),
            label=self.tr("Opening the data file…"),
        )

    def clear_sample_data(self) -> None:
        workspace = self.window.context.workspace
        question = self.tr(
            "Remove all data from %1: the demo unit %2 with its staff, trainings, activities and "
            "reports, and anything added since? A backup is made first, in %3."
        )
        question = (
            question.replace("%1", str(workspace.path))
            .replace("%2", DEMO_UNIT)
            .replace("%3", str(workspace.backups_dir))
        )
        if not dialogs.confirm(self.window, question, self.tr("Clear the sample data")):
            return
        self.window.context.runner.run(
            lambda _progress: clear_workspace_data(workspace),
            on_success=self._cleared,
            on_failure=lambda error: dialogs.show_error(self.window, error),
            label=self.tr("Clearing the sample data…"),
        )

    def _cleared(self, backup: Path) -> None:
        window = reopen_window(self.window, self.window.context.workspace)
        window.context.announce("backup")
        dialogs.show_info(
            window,
            self.tr("The sample data was removed. The data from before is kept in %1.").replace(
                "%1", str(backup)
            ),
            self.tr("Clear the sample data"),
        )


def reopen_window(window: MainWindow, workspace: Workspace) -> MainWindow:
    """A fresh main window on workspace (the same runner, settings and clock); the old one closes."""
    from bkfi_desktop.app import create_main_window

    old = window.context
    fresh = create_main_window(AppContext(workspace, old.runner, clock=old.clock), window.settings)
    fresh.show()
    window.close()
    if workspace is not old.workspace:
        old.workspace.close()
    return fresh
