"""Bring a workspace file to the schema this program knows, safely.

On open: a new file gets the models' schema stamped at the head revision; an older file is backed up, then
upgraded; a file from a newer program, or one that is not a BKFI workspace, is refused untouched.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, inspect

from bkfi_desktop.core.store.backup import backup_before_migration
from bkfi_desktop.core.store.identify import read_only_reason, sqlite_reason
from bkfi_desktop.errors import DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest revision in migrations/versions. Opening an up-to-date workspace compares against this
# and never imports Alembic, which costs most of a second on an old PC. A test keeps it true.
SCHEMA_HEAD = "0009"


@dataclass(frozen=True)
class MigrationState:
    current: str | None
    head: str
    known: bool

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def migration_state(engine: Engine) -> MigrationState:
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    known = current is None or _revision_known(script, current)
    head = script.get_current_head()
    assert head is not None
    return MigrationState(current=current, head=head, known=known)


def _revision_known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for an unknown id
        return False


def upgrade_to_head(engine: Engine, path: Path) -> Path | None:
    """Upgrade the workspace; return the backup made first, if the file held data."""
    _refuse_non_sqlite(path)
    if _stored_revision(path) == SCHEMA_HEAD:
        return None
    if _holds_nothing(path):
        create_at_head(path)
        return None
    state = migration_state(engine)
    if not state.known:
        raise DatabaseError(
            f"Tệp dữ liệu “{path}” được tạo bởi một phiên bản BKFI Desktop mới hơn "
            f"(lược đồ {state.current}); hãy cập nhật chương trình. Tệp được giữ nguyên."
        )
    if state.up_to_date:
        return None
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
    if state.current is None and tables - {"alembic_version"}:
        raise DatabaseError(f"Tệp “{path}” không phải là tệp dữ liệu BKFI Desktop; tệp được giữ nguyên.")
    backup = backup_before_migration(path, state.current) if state.current is not None else None
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup


# Alembic's own version table, as its first `upgrade` would create it.
_VERSION_TABLE = (
    "CREATE TABLE alembic_version (\n\tversion_num VARCHAR(32) NOT NULL, \n"
    "\tCONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n)"
)


def create_at_head(path: Path) -> None:
    """A new workspace: the models' schema created at once and stamped with the head revision, in one
    transaction. Running the whole migration chain instead costs most of a second on an old PC
    (Alembic's import, then batch copies of tables that are still empty).
    tests/core/test_store_schema.py proves this schema equal to the migrated one, so they cannot drift."""
    from sqlalchemy import create_engine, event

    from bkfi_desktop.core.store.engine import on_connect, sqlite_url
    from bkfi_desktop.core.store.models import Base

    # Python's sqlite3 opens a transaction only before INSERT/UPDATE/DELETE, so each CREATE TABLE would
    # commit alone and a start cut short would leave half a schema. On this one connection the BEGIN
    # is ours: the whole schema and its stamp commit together or not at all.
    engine = create_engine(sqlite_url(path))

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, record: Any) -> None:
        on_connect(dbapi_connection, record)
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    try:
        with engine.begin() as connection:
            Base.metadata.create_all(connection)
            connection.exec_driver_sql(_VERSION_TABLE)
            connection.exec_driver_sql("INSERT INTO alembic_version (version_num) VALUES (?)", (SCHEMA_HEAD,))
    finally:
        engine.dispose()


def _holds_nothing(path: Path) -> bool:
    """No file yet, an empty one, or an SQLite file without a single table or index."""
    if not path.exists() or path.stat().st_size == 0:
        return True
    try:
        connection = sqlite3.connect(_read_only_uri(path), uri=True)
    except sqlite3.Error:
        return False
    try:
        return connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    except sqlite3.Error:
        return False  # the migration path says what is wrong with it
    finally:
        connection.close()


def _read_only_uri(path: Path) -> str:
    """A read-only SQLite URI; resolved first, since a relative path has no file URI."""
    return f"{Path(path).resolve().as_uri()}?mode=ro"


def _stored_revision(path: Path) -> str | None:
    """The workspace's schema revision read with plain sqlite3, or None when it has none yet."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        connection = sqlite3.connect(_read_only_uri(path), uri=True)
    except sqlite3.Error:
        return None
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return row[0] if row else None


def _refuse_non_sqlite(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(16)
    if header != b"SQLite format 3\x00":
        raise DatabaseError(f"Tệp “{path}” không phải là tệp dữ liệu BKFI Desktop (không phải SQLite).")


def sqlite_integrity_problems(path: Path) -> list[str]:
    """PRAGMA integrity_check and foreign_key_check, read-only; [] when healthy."""
    uri = _read_only_uri(path)
    if read_only_reason(path) is not None:
        # Nobody may write there, so nobody can be writing: read the file as it is, without the
        # -shm file SQLite would otherwise need to create beside it.
        uri += "&immutable=1"
    try:
        connection = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        return [f"không mở được tệp: {sqlite_reason(exc, path)}"]
    try:
        rows = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        problems = [] if rows == ["ok"] else rows
        fk_rows = connection.execute("PRAGMA foreign_key_check").fetchall()
        problems += [f"khóa ngoại hỏng ở bảng {row[0]} (dòng {row[1]})" for row in fk_rows]
        return problems
    except sqlite3.DatabaseError as exc:
        reason = sqlite_reason(exc, path)
        return [reason if "hỏng" in reason else f"không kiểm tra được: {reason}"]
    finally:
        connection.close()
