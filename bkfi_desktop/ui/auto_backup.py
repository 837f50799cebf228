"""Daily whole-workspace backups while the program is open (Cài đặt → Sao lưu: on/off, keep N).

A check runs a little after start-up (never during it) and then every hour; when the newest archive in
backups/tu-dong/ is a day old or missing, one is written off the GUI thread, without a dialog, and the
oldest beyond N are removed. The status bar then shows the time of the newest backup.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QObject, QTimer

from bkfi_desktop.ui.app_context import AppContext

log = logging.getLogger(__name__)

FIRST_CHECK_MS = 3 * 60 * 1000
CHECK_EVERY_MS = 60 * 60 * 1000


class AutoBackup(QObject):
    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.running = False
        self.last_error = ""
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.run_if_due)
        self.timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self.run_if_due)

    def run_if_due(self, now: dt.datetime | None = None) -> bool:
        """Start a scheduled backup if one is due; True when one was started."""
        # Imported here, not at start-up: the first check comes minutes after the window is up.
        from bkfi_desktop.ui.pages.settings_backup import auto_backup_enabled, auto_backup_keep
        from bkfi_desktop.ui.pages.settings_page import settings_store
        from bkfi_desktop.workflows.backup import auto_backup_due, write_auto_backup

        workspace = self.context.workspace
        settings = settings_store()  # read afresh: the Sao lưu tab may have changed it since
        if self.running or not auto_backup_enabled(settings) or not auto_backup_due(workspace.path, now):
            return False
        self.running = True
        keep = auto_backup_keep(settings)
        self.context.runner.run(
            lambda _progress: write_auto_backup(workspace, keep),
            on_success=self._done,
            on_failure=self._failed,
        )
        return True

    def _done(self, _summary: object) -> None:
        self.running = False
        self.last_error = ""
        self.context.announce("backup")

    def _failed(self, error: BaseException) -> None:
        # No dialog in the middle of the clerk's work: the status bar keeps showing the last good backup.
        self.running = False
        self.last_error = str(error)
        log.warning("automatic backup failed: %s", error)
