"""The `bkfi-desktop` entry point's choice of workspace."""

from __future__ import annotations

from pathlib import Path

from bkfi_desktop import paths
from bkfi_desktop.app import fills_empty_workspace_with_demo, open_workspace, parse_args
from bkfi_desktop.core.tasks import list_tasks


def test_demo_flag_opens_a_separate_demo_workspace_filled_with_data() -> None:
    args = parse_args(["--demo"])
    assert fills_empty_workspace_with_demo(args)
    assert args.db == paths.data_dir() / "demo.db"
    assert args.db != paths.default_workspace_path()
    workspace = open_workspace(args.db, demo_if_new=True)
    try:
        with workspace.session() as session:
            assert len(list_tasks(session, mine_only=True)) >= 10
    finally:
        workspace.close()
    # Opening it again keeps what the user did there (no second demo on top).
    workspace = open_workspace(args.db, demo_if_new=True)
    try:
        with workspace.session() as session:
            assert len(list_tasks(session)) == len({view.code for view in list_tasks(session)})
    finally:
        workspace.close()


def test_an_explicit_database_is_never_filled_with_demo_data(tmp_path: Path) -> None:
    args = parse_args(["--db", str(tmp_path / "thật.db")])
    workspace = open_workspace(args.db, demo_if_new=fills_empty_workspace_with_demo(args))
    try:
        with workspace.session() as session:
            assert list_tasks(session) == []
    finally:
        workspace.close()
