"""Cài đặt → Sao lưu: back up everything to a .zip and restore it; the daily automatic backup."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from bkfi_desktop.core import assignments
from bkfi_desktop.core.staff import add_staff, list_staff
from bkfi_desktop.core.tasks import list_tasks
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.pages.settings_backup import AUTO_BACKUP_KEEP_KEY, AUTO_BACKUP_KEY
from bkfi_desktop.workflows.backup import auto_backups


def settings_page(qtbot: QtBot, main_window: Any) -> Any:
    main_window.show_page("settings")
    page = main_window.pages["settings"]
    tabs = page.ui.settingsTabs
    tab = tabs.findChild(QWidget, "backupTab")
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(tabs.indexOf(tab)).center())
    assert tabs.currentWidget() is tab
    qtbot.waitExposed(page)
    return page


def test_back_up_everything_then_restore_it_from_the_backup_tab(
    qtbot: QtBot, main_window: Any, context: Any, answers: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = context.workspace
    proof = tmp_path / "Biên bản hội nghị.pdf"
    proof.write_bytes(b"%PDF-1.4 minh chung" * 200)
    with workspace.transaction() as session:
        code = list_tasks(session)[0].code
        evidence = assignments.add_evidence_file(session, workspace.evidence_dir, code, proof)
        stored = assignments.evidence_file_path(workspace.evidence_dir, evidence)
    page = settings_page(qtbot, main_window)
    target = tmp_path / "USB" / "chuyển máy"  # typed without .zip: the page adds it
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *_args: target)

    qtbot.mouseClick(page.ui.fullBackupButton, Qt.MouseButton.LeftButton)
    archive = target.with_name("chuyển máy.zip")
    with zipfile.ZipFile(archive) as zf:
        names = zf.namelist()
    assert "database/bkfi.db" in names and "manifest.json" in names
    assert any(name.endswith(stored.name) for name in names)
    assert "1 evidence files" in page.ui.savedLabel.text() or "1 tệp minh chứng" in page.ui.savedLabel.text()
    assert page.ui.fullBackupButton.isEnabled()

    # Work goes on, the evidence file is lost; restoring the archive brings back both as they were.
    with workspace.transaction() as session:
        add_staff(session, "Người Thêm Sau Sao Lưu")
    stored.unlink()
    answers.open_files.append(archive)
    answers.confirms.append(True)
    qtbot.mouseClick(page.ui.restoreButton, Qt.MouseButton.LeftButton)
    assert answers.infos and "truoc-khoi-phuc" in answers.infos[-1]
    assert stored.is_file() and stored.read_bytes() == proof.read_bytes()
    with workspace.session() as session:
        assert "Người Thêm Sau Sao Lưu" not in [person.full_name for person in list_staff(session)]


def test_the_daily_backup_runs_when_due_keeps_n_and_shows_in_the_status_bar(
    qtbot: QtBot, main_window: Any, context: Any
) -> None:
    page = settings_page(qtbot, main_window)
    settings = page.settings  # the settings file of the data folder, which the scheduler reads too
    assert page.ui.autoBackupCheck.isChecked() and page.ui.autoBackupKeepSpin.value() == 7
    page.ui.autoBackupKeepSpin.setValue(2)
    assert int(settings.value(AUTO_BACKUP_KEEP_KEY)) == 2
    status_before = main_window.backup_label.text()

    scheduler = main_window.auto_backup
    assert scheduler.run_if_due()
    [first] = auto_backups(context.workspace.path)
    assert main_window.backup_label.text() != status_before
    assert dt.datetime.fromtimestamp(first.stat().st_mtime).strftime("%d/%m/%Y") in main_window.backup_label.text()
    assert not scheduler.run_if_due()  # one a day

    older = [first.parent / f"bkfi-tu-dong-{day}-000000.zip" for day in ("20250101-080000", "20250102-080000")]
    for path in older:  # archives from earlier days
        path.write_bytes(first.read_bytes())
    tomorrow = dt.datetime.now() + dt.timedelta(days=1, minutes=1)
    assert scheduler.run_if_due(tomorrow)
    kept = auto_backups(context.workspace.path)
    assert len(kept) == 2 and first in kept and not any(path.exists() for path in older)

    qtbot.mouseClick(page.ui.autoBackupCheck, Qt.MouseButton.LeftButton)  # the clerk turns it off
    settings.sync()
    assert str(settings.value(AUTO_BACKUP_KEY)).lower() == "false"
    assert not scheduler.run_if_due(tomorrow + dt.timedelta(days=2))
