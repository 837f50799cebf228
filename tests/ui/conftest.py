"""GUI fixtures: a demo workspace per test, the real main window with the inline runner, and scripted
answers for every modal dialog (bkfi_desktop.ui.dialogs) so nothing ever waits for a click."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QUrl

from bkfi_desktop.core.demo import create_demo
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.worker import InlineTaskRunner

# The demo data runs 2024–2026; tests look at it from a fixed day.
TODAY = dt.date(2026, 11, 20)


@dataclass
class DialogAnswers:
    """Queue answers before the action; every question asked is recorded in `asked`."""

    confirms: list[bool] = field(default_factory=list)
    open_files: list[Path | None] = field(default_factory=list)
    open_file_lists: list[list[Path]] = field(default_factory=list)
    asked: list[tuple[str, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)
    opened: list[QUrl] = field(default_factory=list)
    allow_errors: bool = False

    def confirm(self, _parent: Any, text: str, title: str = "") -> bool:
        self.asked.append(("confirm", text))
        if not self.confirms:
            raise AssertionError(f"unexpected confirmation asked: {text}")
        return self.confirms.pop(0)

    def show_error(self, _parent: Any, error: BaseException | str, title: str = "") -> None:
        message = dialogs.error_text(error)
        self.errors.append(message)
        if not self.allow_errors:
            raise AssertionError(f"unexpected error shown: {message}")

    def show_info(self, _parent: Any, text: str, title: str = "") -> None:
        self.infos.append(text)

    def choose_open_file(self, *_args: Any) -> Path | None:
        self.asked.append(("open_file", ""))
        return self.open_files.pop(0) if self.open_files else None

    def choose_open_files(self, *_args: Any) -> list[Path]:
        self.asked.append(("open_files", ""))
        return self.open_file_lists.pop(0) if self.open_file_lists else []

    def open_external(self, url: QUrl) -> bool:
        self.opened.append(url)
        return True


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> DialogAnswers:
    scripted = DialogAnswers()
    for name in (
        "confirm",
        "show_error",
        "show_info",
        "choose_open_file",
        "choose_open_files",
        "open_external",
    ):
        monkeypatch.setattr(dialogs, name, getattr(scripted, name))
    return scripted


@pytest.fixture
def demo_workspace(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.open(tmp_path / "không gian làm việc" / "bkfi.db")
    create_demo(workspace)
    yield workspace
    workspace.close()


@pytest.fixture
def empty_workspace(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.open(tmp_path / "trống" / "bkfi.db")
    yield workspace
    workspace.close()


@pytest.fixture
def context(demo_workspace: Workspace) -> AppContext:
    return AppContext(demo_workspace, InlineTaskRunner(), clock=lambda: TODAY)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def main_window(qtbot: Any, context: AppContext, settings: QSettings, answers: DialogAnswers) -> Any:
    from bkfi_desktop.app import create_main_window

    window = create_main_window(context, settings)  # as app.main builds it
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def vietnamese(qapp: Any) -> Iterator[None]:
    """The interface in Vietnamese, installed as app.main installs it; English again afterwards."""
    from PySide6.QtCore import QLocale

    from bkfi_desktop.ui.i18n import install_translators

    locale = QLocale()
    translators = install_translators(qapp, "vi")
    assert translators, "the Vietnamese catalogue did not load"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)
