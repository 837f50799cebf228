"""Backups of the workspace file, made with SQLite's online backup API (safe while open, WAL included)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from bkfi_desktop.errors import DatabaseError
from bkfi_desktop.paths import backups_dir


def _timestamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def backup_to(source: Path, destination: Path) -> Path:
    """Copy the live database to destination through the backup API; all or nothing."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    try:
        src = sqlite3.connect(str(source))
        try:
            dst = sqlite3.connect(str(partial))
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        partial.replace(destination)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseError(f"Không sao lưu được dữ liệu vào “{destination}”: {_reason(exc)}.") from exc
    return destination


def default_backup_path(workspace: Path, label: str = "sao-luu") -> Path:
    return backups_dir(workspace) / f"{workspace.stem}-{label}-{_timestamp()}.db"


def backup_before_migration(workspace: Path, from_revision: str) -> Path:
    return backup_to(workspace, default_backup_path(workspace, f"truoc-nang-cap-{from_revision}"))


def latest_backup(workspace: Path) -> Path | None:
    folder = backups_dir(workspace)
    if not folder.is_dir():
        return None
    # Database copies (*.db) and whole-workspace archives (*.zip, scheduled ones in a subfolder).
    candidates = sorted([*folder.glob("*.db"), *folder.rglob("*.zip")], key=lambda p: p.stat().st_mtime)
    return candidates[-1] if candidates else None


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.errno == 28:
        return "ổ đĩa đã đầy"
    if isinstance(exc, PermissionError):
        return "không có quyền ghi"
    return str(exc)
