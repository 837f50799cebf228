"""A workspace: one SQLite file plus its evidence and backup folders beside it.

The single place that opens the database. Services receive a Session from here; nothing keeps a
session or engine in a module-level global.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError as SqlDatabaseError
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from bkfi_desktop import paths
from bkfi_desktop.core import leftovers
from bkfi_desktop.core.store import backup as backups
from bkfi_desktop.core.store.engine import make_engine
from bkfi_desktop.core.store.identify import identify_workspace, refuse_read_only_place, sqlite_reason
from bkfi_desktop.core.store.migrate import (
    MigrationState,
    migration_state,
    sqlite_integrity_problems,
    upgrade_to_head,
)
from bkfi_desktop.errors import DatabaseError


class Workspace:
    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self.session_factory = sessionmaker(engine, expire_on_commit=False)
        self.migration_backup: Path | None = None

    @classmethod
    def open(cls, path: Path | str | None = None) -> Workspace:
        """Open (creating if needed) and migrate the workspace at path, or the default one."""
        target = (Path(path).expanduser() if path else paths.default_workspace_path()).resolve()
        if target.is_dir():
            raise DatabaseError(f"“{target}” là một thư mục, không phải tệp dữ liệu; hãy chỉ tên tệp, ví dụ bkfi.db.")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(f"Không tạo được thư mục dữ liệu “{target.parent}”: {exc.strerror}.") from exc
        leftovers.sweep()  # temporary files of a run that was killed
        # Read-only first: a file that is refused must be left byte for byte as it was.
        identify_workspace(target)
        refuse_read_only_place(target)
        engine = make_engine(target)
        try:
            migration_backup = upgrade_to_head(engine, target)
        except (OperationalError, SqlDatabaseError, sqlite3.DatabaseError) as exc:
            engine.dispose()
            raise DatabaseError(f"Không mở được tệp dữ liệu “{target}”: {sqlite_reason(exc, target)}.") from exc
        except BaseException:
            engine.dispose()
            raise
        workspace = cls(target, engine)
        workspace.migration_backup = migration_backup
        return workspace

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- sessions -------------------------------------------------------------------------------

    def session(self) -> Session:
        """A session for reading; callers close it (use as a context manager)."""
        return self.session_factory()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed whole on success, rolled back whole on any error."""
        session = self.session_factory()
        try:
            yield session
            session.commit()
        except (OperationalError, SqlDatabaseError) as exc:
            session.rollback()
            if isinstance(exc, IntegrityError):  # a rule of the data; callers explain it
                raise
            raise DatabaseError(write_failure(self.path, exc)) from None
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    # --- folders --------------------------------------------------------------------------------

    @property
    def evidence_dir(self) -> Path:
        return paths.evidence_dir(self.path)

    @property
    def backups_dir(self) -> Path:
        return paths.backups_dir(self.path)

    # --- maintenance ----------------------------------------------------------------------------

    def migration_state(self) -> MigrationState:
        return migration_state(self.engine)

    def check(self) -> list[str]:
        """Problems found in the file and its schema state; [] when healthy."""
        problems = sqlite_integrity_problems(self.path)
        state = self.migration_state()
        if not state.up_to_date:
            problems.append(f"lược đồ dữ liệu ở phiên bản {state.current}, cần {state.head}")
        return problems

    def backup(self, destination: Path | None = None) -> Path:
        target = destination or backups.default_backup_path(self.path)
        if target.is_dir():
            target = target / backups.default_backup_path(self.path).name
        return backups.backup_to(self.path, target)

    def last_backup(self) -> Path | None:
        return backups.latest_backup(self.path)


def write_failure(path: Path, exc: BaseException) -> str:
    """One Vietnamese line for a write SQLite refused; the SQL and its values (the user's data) stay out."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "readonly" in text or "read-only" in text:
        reason = "tệp chỉ cho phép đọc (kiểm tra quyền ghi của tệp và thư mục chứa nó)"
    elif "locked" in text or "busy" in text:
        reason = "tệp đang bị một chương trình khác khóa; hãy đóng chương trình đó rồi thử lại"
    elif "full" in text:
        reason = "ổ đĩa đã đầy"
    elif "malformed" in text or "not a database" in text:
        reason = "tệp bị hỏng; hãy chạy “bkfi db check” hoặc khôi phục từ bản sao lưu"
    else:
        reason = "lỗi khi ghi vào tệp"
    return f"Không ghi được vào tệp dữ liệu “{path}”: {reason}; chưa có thay đổi nào được lưu."


def restore_workspace(source: Path, workspace_path: Path) -> Path:
    """Replace the workspace with a backup; the current file is backed up first. Returns that backup."""
    if not source.is_file():
        raise DatabaseError(f"Không tìm thấy tệp sao lưu “{source}”.")
    problems = sqlite_integrity_problems(source)
    if problems:
        raise DatabaseError(f"Tệp sao lưu “{source}” bị hỏng ({problems[0]}); dữ liệu hiện tại được giữ nguyên.")
    probe = make_engine(source)
    try:
        state = migration_state(probe)
    except (OperationalError, SqlDatabaseError) as exc:
        raise DatabaseError(f"Tệp “{source}” không phải là tệp dữ liệu BKFI Desktop.") from exc
    finally:
        probe.dispose()
    if state.current is None or not state.known:
        raise DatabaseError(
            f"Tệp “{source}” không phải là bản sao lưu BKFI Desktop dùng được với phiên bản này; "
            "dữ liệu hiện tại được giữ nguyên."
        )
    safety = None
    if workspace_path.exists():
        safety = backups.backup_to(workspace_path, backups.default_backup_path(workspace_path, "truoc-khoi-phuc"))
    backups.backup_to(source, workspace_path)
    for suffix in ("-wal", "-shm"):
        Path(str(workspace_path) + suffix).unlink(missing_ok=True)
    return safety or workspace_path
