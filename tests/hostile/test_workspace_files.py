"""Files given as a workspace are identified read-only before anything writes to them, and a refusal
says why: another program's database, a newer version, a read-only folder or disk, a locked file."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.errors import DatabaseError
from tests.tooling import require_tool

_BKFI = "import sys; from bkfi_desktop.cli import main; sys.exit(main())"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def bkfi(*args: str, prefix: tuple[str, ...] = (), env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*prefix, sys.executable, "-c", _BKFI, *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=120)


def foreign_database(path: Path) -> Path:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    connection.execute("INSERT INTO contacts (name) VALUES ('Nguyễn Văn A')")
    connection.commit()
    connection.close()
    return path


def settled_workspace(path: Path, revision: str | None = None) -> Path:
    """A workspace file with everything in the main file (no -wal beside it), as copied by a user."""
    with Workspace.open(path):
        pass
    connection = sqlite3.connect(path)
    if revision is not None:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        connection.commit()
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.close()
    return path


def leftovers_beside(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name != path.name)


@pytest.mark.parametrize("command", [("tasks", "list"), ("db", "check"), ("db", "backup")])
def test_another_programs_database_is_refused_and_unchanged(tmp_path: Path, command: tuple[str, ...]) -> None:
    folder = tmp_path / "khác"
    folder.mkdir()
    path = foreign_database(folder / "danh-ba.db")
    before = sha256(path)
    result = bkfi("--db", str(path), *command)
    assert result.returncode != 0
    assert "không phải là tệp dữ liệu BKFI Desktop" in result.stderr, result.stderr
    assert "giữ nguyên" in result.stderr
    assert sha256(path) == before
    assert leftovers_beside(path) == []  # no -wal, -shm or backups folder either


def test_a_workspace_from_a_newer_version_is_refused_and_unchanged(tmp_path: Path) -> None:
    path = settled_workspace(tmp_path / "bkfi.db", revision="9999")
    before = sha256(path)
    with pytest.raises(DatabaseError, match="phiên bản BKFI Desktop mới hơn"):
        Workspace.open(path)
    assert sha256(path) == before
    assert leftovers_beside(path) == []


def test_a_file_that_is_not_sqlite_is_refused_and_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "bkfi.db"
    path.write_bytes(b"PK\x03\x04 not a database at all" * 100)
    before = sha256(path)
    result = bkfi("--db", str(path), "tasks", "list")
    assert result.returncode != 0 and "không phải SQLite" in result.stderr
    assert sha256(path) == before


def test_a_known_workspace_still_opens(tmp_path: Path) -> None:
    path = settled_workspace(tmp_path / "bkfi.db")
    result = bkfi("--db", str(path), "tasks", "list")
    assert result.returncode == 0, result.stderr


def test_a_healthy_workspace_in_a_folder_without_write_permission_is_not_called_damaged(tmp_path: Path) -> None:
    """`unshare -U` runs bkfi without root's override of permissions, as a clerk's account would."""
    unshare = require_tool("unshare")
    folder = tmp_path / "chỉ đọc"
    folder.mkdir()
    path = settled_workspace(folder / "bkfi.db")
    before = sha256(path)
    folder.chmod(0o555)
    try:
        check = bkfi("--db", str(path), "db", "check", prefix=(unshare, "-U"))
        listing = bkfi("--db", str(path), "tasks", "list", prefix=(unshare, "-U"))
    finally:
        folder.chmod(0o755)
    assert check.returncode != 0
    assert "nguyên vẹn" in check.stderr and "không có quyền ghi vào thư mục" in check.stderr, check.stderr
    assert "hỏng" not in check.stderr and "readonly" not in check.stderr
    assert listing.returncode != 0 and "không có quyền ghi vào thư mục" in listing.stderr, listing.stderr
    assert "hỏng" not in listing.stderr
    assert sha256(path) == before


def test_a_workspace_on_read_only_media_is_named_as_such(tmp_path: Path) -> None:
    """A read-only bind mount in a private mount namespace stands in for a CD or a locked USB stick."""
    unshare = require_tool("unshare")
    folder = tmp_path / "usb"
    folder.mkdir()
    path = settled_workspace(folder / "bkfi.db")
    before = sha256(path)
    script = f'mount --bind -o ro "{folder}" "{folder}" && exec "$@"'
    result = bkfi("--db", str(path), "tasks", "list", prefix=(unshare, "-Urm", "sh", "-c", script, "sh"))
    assert result.returncode != 0
    assert "ổ chỉ đọc" in result.stderr, result.stderr
    assert "hỏng" not in result.stderr
    assert sha256(path) == before


def test_a_workspace_locked_by_another_program_says_so(tmp_path: Path) -> None:
    path = settled_workspace(tmp_path / "bkfi.db")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another program in the middle of writing
    try:
        result = bkfi("--db", str(path), "tasks", "list")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode != 0
    assert "chương trình khác khóa" in result.stderr, result.stderr


def test_a_file_where_the_backups_folder_should_be_is_named(tmp_path: Path) -> None:
    path = settled_workspace(tmp_path / "bkfi.db")
    (tmp_path / "backups").write_text("không phải thư mục", encoding="utf-8")
    result = bkfi("--db", str(path), "db", "backup")
    assert result.returncode != 0
    assert "backups" in result.stderr and "không phải thư mục" in result.stderr, result.stderr
    assert "17" not in result.stderr
