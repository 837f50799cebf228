"""First start: the clerk's own, empty workspace; the demo only with --demo, in its own file, under a
"Dữ liệu mẫu" banner; demo data an earlier version left in a real workspace is offered for clearing."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import func, select

from bkfi_desktop import paths
from bkfi_desktop.app import create_main_window, fills_empty_workspace_with_demo, open_workspace, parse_args
from bkfi_desktop.core.demo import DEMO_UNIT, create_demo
from bkfi_desktop.core.profile import get_profile
from bkfi_desktop.core.store.models import Activity, AuditEntry, Plan, Staff
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.main_window import MainWindow
from bkfi_desktop.ui.worker import InlineTaskRunner
from tests.ui.clerk import click, top_level
from tests.ui.conftest import TODAY

if TYPE_CHECKING:
    from tests.ui.conftest import DialogAnswers


def start(qtbot: Any, argv: list[str], settings: QSettings) -> MainWindow:
    """What `bkfi-desktop ARGV` shows: app.main's choice of workspace and its window."""
    args = parse_args(argv)
    workspace = open_workspace(args.db, demo_if_new=fills_empty_workspace_with_demo(args))
    window = create_main_window(AppContext(workspace, InlineTaskRunner(), clock=lambda: TODAY), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def counts(workspace: Workspace) -> tuple[int, int, int]:
    with workspace.session() as session:
        return (
            session.scalar(select(func.count(Plan.id))) or 0,
            session.scalar(select(func.count(Staff.id))) or 0,
            session.scalar(select(func.count(Activity.id))) or 0,
        )


@pytest.fixture
def own_window(qtbot: Any) -> list[MainWindow]:
    """Windows the banner opens, closed with their workspaces after the test."""
    opened: list[MainWindow] = []
    yield opened
    for window in opened:
        window.close()
        window.context.workspace.close()


def test_plain_start_is_the_clerks_own_empty_workspace(
    qtbot: Any, settings: QSettings, answers: DialogAnswers, vietnamese: None
) -> None:
    window = start(qtbot, [], settings)
    try:
        assert window.context.workspace.path == paths.default_workspace_path().resolve()
        assert counts(window.context.workspace) == (0, 0, 0)
        assert not window.ui.demoBanner.isVisible()
        dashboard = window.current_page()
        assert dashboard.ui.importPlanButton.isVisible()  # the first step is offered
    finally:
        window.close()
        window.context.workspace.close()


def test_demo_opens_its_own_file_under_a_banner_that_leads_to_the_clerks_data(
    qtbot: Any, settings: QSettings, answers: DialogAnswers, vietnamese: None, own_window: list[MainWindow]
) -> None:
    window = start(qtbot, ["--demo"], settings)
    demo = window.context.workspace
    assert demo.path == paths.demo_workspace_path().resolve()
    assert counts(demo)[1] > 0
    assert window.ui.demoBanner.isVisible()
    assert "Dữ liệu mẫu" in window.ui.demoBannerLabel.text() and DEMO_UNIT in window.ui.demoBannerLabel.text()
    assert not paths.default_workspace_path().exists()  # the clerk's own file is untouched

    click(qtbot, window.ui.demoBannerButton)
    own = top_level(MainWindow)
    own_window.append(own)
    assert own is not window and not window.isVisible()
    assert own.context.workspace.path == paths.default_workspace_path().resolve()
    assert counts(own.context.workspace) == (0, 0, 0)
    assert not own.ui.demoBanner.isVisible()
    assert str(paths.default_workspace_path().resolve()) in own.workspace_label.text()


def test_demo_data_left_by_an_earlier_version_is_offered_for_clearing(
    qtbot: Any, settings: QSettings, answers: DialogAnswers, vietnamese: None, own_window: list[MainWindow]
) -> None:
    earlier = Workspace.open(paths.default_workspace_path())  # what an earlier version's first start did
    create_demo(earlier)
    earlier.close()
    window = start(qtbot, [], settings)
    workspace = window.context.workspace
    before = counts(workspace)
    assert window.ui.demoBanner.isVisible() and "Dữ liệu mẫu" in window.ui.demoBannerLabel.text()
    assert window.ui.demoBannerButton.text() == "Xoá dữ liệu mẫu…"

    answers.confirms.append(False)  # the clerk hesitates: nothing changes
    click(qtbot, window.ui.demoBannerButton)
    assert counts(workspace) == before and workspace.last_backup() is None

    answers.confirms.append(True)
    click(qtbot, window.ui.demoBannerButton)
    own = top_level(MainWindow)
    own_window.append(own)
    assert own is not window and own.context.workspace is workspace
    assert counts(workspace) == (0, 0, 0)
    with workspace.session() as session:
        assert get_profile(session).unit_name != DEMO_UNIT
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "clear_demo")).one()
    backup = workspace.last_backup()
    assert backup is not None and entry.detail["backup"] == str(backup)
    # The backup holds the data as it was: nothing is lost for good.
    kept = Workspace.open(backup)
    try:
        assert counts(kept) == before
    finally:
        kept.close()
    assert not own.ui.demoBanner.isVisible()
    assert any(str(backup) in text for text in answers.infos)


def test_an_explicit_file_with_the_demo_name_elsewhere_is_not_the_demo(tmp_path: Path) -> None:
    assert not paths.is_demo_workspace(tmp_path / "demo.db")
    assert paths.is_demo_workspace(paths.data_dir() / "demo.db")
