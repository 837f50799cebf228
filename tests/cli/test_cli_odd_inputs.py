"""The CLI on what clerks actually type: relative paths, a folder instead of a file, a file it may not write.

Each case must end in one Vietnamese line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event

from bkfi_desktop.core import workspace as workspace_module
from bkfi_desktop.core.store.engine import make_engine as real_make_engine


def _one_line(text: str) -> bool:
    return text.count("\n") == 1 and "Traceback" not in text


def test_a_relative_db_path_opens_an_existing_workspace(
    run_cli, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(demo_db.parent)
    listed = run_cli("--db", demo_db.name, "tasks", "list", "--json")
    assert listed.code == 0, listed.err
    assert len(listed.json()) >= 12
    checked = run_cli("--db", demo_db.name, "db", "check")
    assert checked.code == 0, checked.err


def test_a_folder_given_as_db_is_refused_in_vietnamese(run_cli, tmp_path: Path) -> None:
    folder = tmp_path / "thư mục"
    folder.mkdir()
    for command in (("tasks", "list"), ("db", "backup"), ("report", "list")):
        result = run_cli("--db", str(folder), *command)
        assert result.code == 1, command
        assert _one_line(result.err) and "là một thư mục" in result.err, result.err


def test_a_read_only_workspace_refuses_writes_in_one_line_and_leaves_no_report_file(
    run_cli, demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_only_engine(path: Path):
        engine = real_make_engine(path)
        event.listen(engine, "connect", lambda conn, _rec: conn.execute("PRAGMA query_only = ON"))
        return engine

    monkeypatch.setattr(workspace_module, "make_engine", read_only_engine)
    added = run_cli(
        "--db", str(demo_db), "activity", "add", "--date", "2025-03-01", "--kind", "news", "--quantity", "1",
        "--title", "Tin bài",
    )
    assert added.code == 1
    assert _one_line(added.err) and "chỉ cho phép đọc" in added.err, added.err
    assert "INSERT" not in added.err and "Tin bài" not in added.err

    out = tmp_path / "báo cáo.pdf"
    built = run_cli("--db", str(demo_db), "report", "build", "--period", "2025-H1", "--out", str(out))
    assert built.code == 1
    assert _one_line(built.err) and "chỉ cho phép đọc" in built.err, built.err
    assert not out.exists()
    assert not list(tmp_path.glob("*.partial"))
