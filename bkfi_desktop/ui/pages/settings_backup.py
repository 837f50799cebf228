"""The Sao lưu tab of Cài đặt: back up the data file now, back up everything to a .zip (to move to a new
PC), restore from either, and the daily automatic backup (on/off, how many to keep).

Every backup and restore runs off the GUI thread through the same workflows the CLI uses
(workflows/backup.py, workflows/restore.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings

from bkfi_desktop.core.workspace import Workspace, restore_workspace
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.pages.settings_section import SettingsSection
from bkfi_desktop.workflows.backup import BackupSummary, write_full_backup
from bkfi_desktop.workflows.progress import Progress
from bkfi_desktop.workflows.restore import is_full_backup, restore_archive

if TYPE_CHECKING:
    from bkfi_desktop.ui.pages.settings_page import SettingsPage

AUTO_BACKUP_KEY = "backup/auto"
AUTO_BACKUP_KEEP_KEY = "backup/keep"
DEFAULT_KEEP = 7


def auto_backup_enabled(settings: QSettings) -> bool:
    return str(settings.value(AUTO_BACKUP_KEY, "true")).lower() in ("true", "1")


def auto_backup_keep(settings: QSettings) -> int:
    try:
        return max(1, int(settings.value(AUTO_BACKUP_KEEP_KEY, DEFAULT_KEEP)))
    except (TypeError, ValueError):
        return DEFAULT_KEEP


class BackupControls(SettingsSection):
    """Sao lưu: back up and restore (off the GUI thread); the daily backup is this computer's setting."""

    def __init__(self, page: SettingsPage) -> None:
        super().__init__(page)
        self.running = False
        ui = page.ui
        ui.backupButton.clicked.connect(self.back_up_now)
        ui.fullBackupButton.clicked.connect(self.back_up_everything)
        ui.restoreButton.clicked.connect(self.restore_from_file)
        ui.autoBackupCheck.toggled.connect(self._save_auto)
        ui.autoBackupKeepSpin.valueChanged.connect(lambda _v: self._save_auto())

    def load(self, profile: Mapping[str, Any], settings: QSettings) -> None:
        ui = self.ui
        ui.autoBackupCheck.setChecked(auto_backup_enabled(settings))
        ui.autoBackupKeepSpin.setValue(auto_backup_keep(settings))
        self.show_last_backup()

    def show_last_backup(self) -> None:
        ui = self.ui
        workspace = self.context.workspace
        ui.workspacePathLabel.setText(self.tr("Data file: %1").replace("%1", str(workspace.path)))
        last = workspace.last_backup()
        if last is None:
            ui.lastBackupLabel.setText(self.tr("Not backed up yet."))
            return
        when = dt.datetime.fromtimestamp(last.stat().st_mtime).strftime("%d/%m/%Y %H:%M")
        ui.lastBackupLabel.setText(self.tr("Last backup: %1 — %2").replace("%1", when).replace("%2", str(last)))

    def _save_auto(self) -> None:
        if self.loading:
            return
        ui = self.ui
        self.settings.setValue(AUTO_BACKUP_KEY, ui.autoBackupCheck.isChecked())
        self.settings.setValue(AUTO_BACKUP_KEEP_KEY, ui.autoBackupKeepSpin.value())
        self.settings.sync()
        ui.autoBackupKeepSpin.setEnabled(ui.autoBackupCheck.isChecked())

    def _set_busy(self, busy: bool) -> None:
        self.running = busy
        ui = self.ui
        ui.backupProgress.setVisible(busy)
        for button in (ui.backupButton, ui.fullBackupButton, ui.restoreButton):
            button.setEnabled(not busy)

    # --- backing up -----------------------------------------------------------------------------------

    def back_up_now(self) -> None:
        workspace = self.context.workspace
        self._set_busy(True)
        self.context.runner.run(
            lambda _progress: workspace.backup(),
            on_success=self._backed_up,
            on_failure=self._failed,
            label=self.tr("Backing up the data…"),
        )

    def back_up_everything(self) -> None:
        workspace = self.context.workspace
        suggested = workspace.backups_dir / f"bkfi-toan-bo-{dt.datetime.now():%Y%m%d-%H%M}.zip"
        target = dialogs.choose_save_file(
            self.page, self.tr("Back up everything to"), str(suggested), self.tr("Whole backup (*.zip)")
        )
        if target is None:
            return
        if target.suffix.lower() != ".zip":
            target = target.with_name(target.name + ".zip")
        self._set_busy(True)
        self.context.runner.run(
            lambda progress: write_full_backup(workspace, target, progress),
            on_success=self._backed_up_everything,
            on_failure=self._failed,
            on_cancelled=lambda: self._set_busy(False),  # nothing was written
            cancellable=True,
            label=self.tr("Backing up everything…"),
        )

    def _backed_up(self, path: Path) -> None:
        self._set_busy(False)
        self.show_last_backup()
        self.context.announce("backup")
        self.ui.savedLabel.setText(self.tr("Backed up to %1.").replace("%1", str(path)))

    def _backed_up_everything(self, summary: BackupSummary) -> None:
        self._backed_up(summary.archive)
        self.ui.savedLabel.setText(
            self.tr("Backed up everything to %1: %2 evidence files, %3 reports.")
            .replace("%1", str(summary.archive))
            .replace("%2", str(summary.evidence))
            .replace("%3", str(summary.reports))
        )

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        dialogs.show_error(self.page, error)

    # --- restoring ------------------------------------------------------------------------------------

    def restore_from_file(self) -> None:
        workspace = self.context.workspace
        source = dialogs.choose_open_file(
            self.page,
            self.tr("Choose a backup to restore"),
            self.tr("BKFI Desktop backups (*.zip *.db);;All files (*)"),
        )
        if source is None:
            return
        question = self.tr(
            "Replace all current data with the backup “%1”? The current data is backed up first."
        ).replace("%1", source.name)
        if not dialogs.confirm(self.page, question, self.tr("Restore from a backup")):
            return
        workspace.engine.dispose()  # no open connection may outlive the file it points to
        self._set_busy(True)
        self.context.runner.run(
            lambda progress: _restore(source, workspace, progress),
            on_success=self._restored,
            on_failure=self._failed,
            on_cancelled=lambda: self._set_busy(False),  # stopped before the data was replaced
            cancellable=True,
            label=self.tr("Restoring the data…"),
        )

    def _restored(self, safety_copy: Path) -> None:
        self.context.workspace.engine.dispose()
        self._set_busy(False)
        self.context.announce("workspace")
        self.page.refresh()
        dialogs.show_info(
            self.page,
            self.tr("The data was restored. The data from before the restore was saved in %1.").replace(
                "%1", str(safety_copy)
            ),
            self.tr("Restore from a backup"),
        )


def _restore(source: Path, workspace: Workspace, progress: Progress) -> Path:
    """Off the GUI thread: replace the data (a whole .zip or a .db), then bring an older schema up to date."""
    if is_full_backup(source):
        summary = restore_archive(source, workspace.path, progress)
        safety_copy = summary.previous_copy or workspace.path
    else:
        safety_copy = restore_workspace(source, workspace.path)
    Workspace.open(workspace.path).close()  # runs the migrations a backup from an older version needs
    return safety_copy
