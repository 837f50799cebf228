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
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from bkfi_desktop import paths
from bkfi_desktop.core.store import backup as backups
from bkfi_desktop.core.store.engine import make_engine
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
        target = Path(path).expanduser() if path else paths.default_workspace_path()
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(f"Không tạo được thư mục dữ liệu “{target.parent}”: {exc.strerror}.") from exc
        engine = make_engine(target)
        try:
            migration_backup = upgrade_to_head(engine, target)
        except (OperationalError, SqlDatabaseError, sqlite3.DatabaseError) as exc:
            engine.dispose()
            raise DatabaseError(f"Không mở được tệp dữ liệu “{target}”: tệp bị hỏng hoặc đang bị khóa.") from exc
        except BaseException:
            engine.dispose()
            raise
        workspace = cls(target.resolve(), engine)
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
