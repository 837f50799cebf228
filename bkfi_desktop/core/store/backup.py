"""Backups of the workspace file, made with SQLite's online backup API (safe while open, WAL included)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from bkfi_desktop.core import leftovers
from bkfi_desktop.errors import DatabaseError
from bkfi_desktop.paths import backups_dir


def _timestamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def backup_to(source: Path, destination: Path) -> Path:
    """Copy the live database to destination through the backup API; all or nothing."""
    leftovers.sweep()  # what an earlier, killed backup left behind
    _make_folder(destination.parent)
    partial = destination.with_name(destination.name + ".partial")
    leftovers.register(partial)  # before SQLite creates it (and its journal)
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
        leftovers.remove(partial)
        raise DatabaseError(f"Không sao lưu được dữ liệu vào “{destination}”: {_reason(exc)}.") from exc
    return destination


def _make_folder(folder: Path) -> None:
    """The backups folder, or one line saying why it cannot be there (never "system error 17")."""
    blocker = next((p for p in (folder, *folder.parents) if p.exists()), None)
    if blocker is not None and not blocker.is_dir():
        raise DatabaseError(
            f"Không sao lưu được: “{blocker}” là một tệp, không phải thư mục; hãy đổi tên hoặc chuyển tệp đó "
            "đi để chương trình tạo thư mục sao lưu."
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"Không tạo được thư mục sao lưu “{folder}”: {_reason(exc)}.") from exc


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
    if isinstance(exc, OSError) and exc.errno == 30:
        return "ổ đĩa chỉ cho phép đọc"
    if isinstance(exc, PermissionError):
        return "không có quyền ghi"
    if isinstance(exc, sqlite3.Error):
        text = str(exc).lower()
        if "full" in text:
            return "ổ đĩa đã đầy"
        if "locked" in text or "busy" in text:
            return "tệp đang bị một chương trình khác khóa"
        if "readonly" in text or "unable to open" in text:
            return "không ghi được vào nơi lưu (kiểm tra quyền ghi hoặc ổ chỉ đọc)"
    return str(exc)
