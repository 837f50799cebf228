"""A new workspace is created from the models and stamped at the head (fast); an old one is migrated.
Both must end with the very same schema, or a workspace made today would differ from one upgraded."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import inspect

from bkfi_desktop.core.store.engine import make_engine
from bkfi_desktop.core.store.migrate import SCHEMA_HEAD, alembic_config
from bkfi_desktop.core.workspace import Workspace


def _migrated(path: Path) -> Path:
    """Every migration from an empty file, as an old workspace got its schema."""
    engine = make_engine(path)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    engine.dispose()
    return path


def _created(path: Path) -> Path:
    with Workspace.open(path):
        pass
    return path


def _sqlite_facts(path: Path) -> dict[str, Any]:
    """What SQLite itself keeps of each table: columns in order (type, NOT NULL, default, key),
    foreign keys, every index (the ones UNIQUE constraints make too, by what they cover) and CHECKs."""
    connection = sqlite3.connect(path)
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        facts: dict[str, Any] = {}
        for table in tables:
            sql = connection.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
            indexes = []
            for _seq, name, unique, origin, partial in connection.execute(f'PRAGMA index_list("{table}")'):
                columns = [row[2] for row in connection.execute(f'PRAGMA index_info("{name}")')]
                # An automatic index is named by its place in CREATE TABLE: compare what it covers.
                indexes.append(("auto" if name.startswith("sqlite_autoindex") else name, unique, origin, partial,
                                tuple(columns)))
            facts[table] = {
                "columns": connection.execute(f'PRAGMA table_xinfo("{table}")').fetchall(),
                "foreign_keys": sorted(row[2:] for row in connection.execute(f'PRAGMA foreign_key_list("{table}")')),
                "indexes": sorted(indexes),
                "checks": sorted(re.findall(r"CHECK\s*\((.*?)\)\s*[,\n]", sql)),
                "without_rowid": "WITHOUT ROWID" in sql.upper(),
            }
        facts["index sql"] = sorted(connection.execute(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))
        facts["triggers and views"] = sorted(connection.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'view')"))
        facts["version"] = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        return facts
    finally:
        connection.close()


def _sqlalchemy_facts(path: Path) -> dict[str, Any]:
    """The same schema as SQLAlchemy reads it back: types, constraints with their names."""
    engine = make_engine(path)
    try:
        with engine.connect() as connection:
            inspector = inspect(connection)
            facts: dict[str, Any] = {}
            for table in sorted(inspector.get_table_names()):
                facts[table] = {
                    "columns": [
                        (c["name"], repr(c["type"]), c["nullable"], c["default"], c.get("autoincrement"))
                        for c in inspector.get_columns(table)
                    ],
                    "primary_key": inspector.get_pk_constraint(table),
                    "foreign_keys": sorted(
                        (fk["name"] or "", tuple(fk["constrained_columns"]), fk["referred_table"],
                         tuple(fk["referred_columns"]), tuple(sorted(fk["options"].items())))
                        for fk in inspector.get_foreign_keys(table)
                    ),
                    "unique": sorted((u["name"] or "", tuple(u["column_names"])) for u in inspector.get_unique_constraints(table)),
                    "indexes": sorted((i["name"] or "", tuple(i["column_names"]), bool(i["unique"]))
                                      for i in inspector.get_indexes(table)),
                    "checks": sorted((c["name"] or "", c["sqltext"]) for c in inspector.get_check_constraints(table)),
                }
            return facts
    finally:
        engine.dispose()


def test_a_new_workspace_has_exactly_the_migrated_schema(tmp_path: Path) -> None:
    migrated = _migrated(tmp_path / "qua các bản nâng cấp.db")
    created = _created(tmp_path / "mới tạo.db")
    assert _sqlite_facts(created) == _sqlite_facts(migrated)
    assert _sqlalchemy_facts(created) == _sqlalchemy_facts(migrated)
    assert _sqlite_facts(created)["version"] == [(SCHEMA_HEAD,)]


def test_the_comparison_sees_a_schema_that_drifted(tmp_path: Path) -> None:
    """The check above must fail on a real difference: one index less, one default less."""
    migrated = _sqlite_facts(_migrated(tmp_path / "a.db"))
    drifted = _migrated(tmp_path / "b.db")
    with sqlite3.connect(drifted) as connection:
        connection.execute("DROP INDEX ix_activity_task_id")
    assert _sqlite_facts(drifted) != migrated
    other = _migrated(tmp_path / "c.db")
    with sqlite3.connect(other) as connection:
        connection.execute("ALTER TABLE plan RENAME COLUMN basis TO basis_old")
    assert _sqlite_facts(other) != migrated


def test_creating_a_workspace_does_not_load_alembic(tmp_path: Path) -> None:
    """`bkfi import-tasks` into a new workspace on an old PC: no migration chain, no Alembic import."""
    path = tmp_path / "mới.db"
    script = (
        "import sys\n"
        "from bkfi_desktop.core.workspace import Workspace\n"
        f"Workspace.open({str(path)!r}).close()\n"
        "print('alembic' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
    assert _sqlite_facts(path)["version"] == [(SCHEMA_HEAD,)]


def test_an_empty_file_left_by_a_failed_start_is_created_at_head(tmp_path: Path) -> None:
    path = tmp_path / "rỗng.db"
    path.write_bytes(b"")
    with Workspace.open(path) as workspace:
        assert workspace.migration_state().up_to_date


def test_a_creation_cut_short_leaves_no_half_schema(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The tables and the version stamp commit together: a failure at the stamp leaves an empty file,
    which the next start creates whole (half a schema would be refused as a foreign database)."""
    from bkfi_desktop.core.store import migrate
    from bkfi_desktop.errors import DatabaseError

    path = tmp_path / "dở dang.db"
    monkeypatch.setattr(migrate, "_VERSION_TABLE", "CREATE TABLE alembic_version (nonsense")
    with pytest.raises(DatabaseError):
        Workspace.open(path).close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    monkeypatch.undo()
    with Workspace.open(path) as workspace:
        assert workspace.migration_state().up_to_date
