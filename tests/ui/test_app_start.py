"""`bkfi-desktop` start-up as a clerk sees it: the window is painted before the data layer loads, then
shows the workspace's data; a file that cannot be opened still gets its Vietnamese message."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMainWindow

from bkfi_desktop import app, paths
from bkfi_desktop.core.demo import DEMO_UNIT, create_demo
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.ui.i18n import LANGUAGE_KEY
from tests.ui.conftest import DialogAnswers

ROOT = Path(__file__).resolve().parents[2]


def run_app(workspace: Path, report: Path) -> dict[str, Any]:
    """The real entry point in its own process, as the desktop shortcut starts it."""
    env = {**os.environ, app.SMOKE_REPORT_ENV: str(report), "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(
        [sys.executable, "-m", "bkfi_desktop.app", "--db", str(workspace)],
        env=env, cwd=ROOT, check=True, timeout=240, capture_output=True,
    )
    return json.loads(report.read_text(encoding="utf-8"))


def test_window_is_painted_before_sqlalchemy_loads_then_shows_the_workspace(tmp_path: Path) -> None:
    workspace_path = tmp_path / "dữ liệu" / "bkfi.db"
    with Workspace.open(workspace_path) as workspace:
        create_demo(workspace)

    shown = run_app(workspace_path, tmp_path / "shown.json")

    assert shown["visible"] and "BKFI" in shown["title"]
    assert any("Tệp" in menu for menu in shown["menus"]), shown["menus"]
    # First paint: the shell only, nothing of the data layer or the pages imported yet.
    assert shown["first_paint"]["modules"] == {name: False for name in app.WATCHED_MODULES}
    attached = shown["attached"]
    assert attached["modules"]["sqlalchemy"] and attached["seconds"] >= shown["first_paint"]["seconds"]
    # Then the same window shows the workspace: its path in the status bar, the overview with its unit.
    assert Path(attached["workspace"]) == workspace_path
    assert str(workspace_path) in attached["status"]
    assert attached["page"] == "DashboardPage"
    assert any(DEMO_UNIT.split("phường")[-1] in text for text in attached["texts"]), attached["texts"]


def test_a_file_that_is_not_a_workspace_gets_its_message_and_exit_code(
    qapp: Any, tmp_path: Path, answers: DialogAnswers
) -> None:
    # English interface: main() installs translators into this test process's application.
    QSettings(str(paths.data_dir() / "settings.ini"), QSettings.Format.IniFormat).setValue(LANGUAGE_KEY, "en")
    bad = tmp_path / "bảng tính.db"
    bad.write_bytes(b"PK\x03\x04 this is a zip, not a database" * 10)
    before = bad.read_bytes()
    answers.allow_errors = True

    assert app.main(["--db", str(bad)]) == 1
    assert not [widget for widget in qapp.topLevelWidgets() if isinstance(widget, QMainWindow)]

    assert len(answers.errors) == 1
    assert "không phải là tệp dữ liệu BKFI" in answers.errors[0]
    assert bad.read_bytes() == before


def test_the_shell_offers_only_quit_until_the_workspace_is_attached(
    qtbot: Any, context: Any, settings: QSettings, answers: DialogAnswers
) -> None:
    from bkfi_desktop.ui.main_window import MainWindow

    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.ui.navList.isEnabled()
    assert not window.ui.actionImport.isEnabled() and not window.ui.actionAbout.isEnabled()
    assert window.ui.actionQuit.isEnabled()
    note = window.ui.pageStack.currentWidget()
    assert "Opening the data file" in note.text()
    assert note.alignment() == Qt.AlignmentFlag.AlignCenter  # set by style sheet, before Qt's enums exist

    window.attach(context)

    assert window.ui.navList.isEnabled() and window.ui.actionImport.isEnabled()
    assert type(window.ui.pageStack.currentWidget()).__name__ == "DashboardPage"
    assert window.ui.pageStack.count() == 1  # the note is gone
    assert str(context.workspace.path) in window.workspace_label.text()
