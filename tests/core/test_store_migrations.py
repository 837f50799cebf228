"""The workspace file: created with every migration, upgraded with nothing lost, newer ones refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from bkfi_desktop.core.store.engine import make_engine
from bkfi_desktop.core.store.migrate import alembic_config, head_revision
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.errors import DatabaseError


def _make_at_revision(path: Path, revision: str) -> None:
    engine = make_engine(path)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()


def test_new_workspace_is_created_at_head_with_pragmas(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "mới tạo" / "dữ liệu.db") as workspace:
        assert workspace.migration_state().current == head_revision()
        with workspace.engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
        assert workspace.check() == []


def test_first_revision_database_is_upgraded_with_nothing_lost(tmp_path: Path) -> None:
    path = tmp_path / "cũ.db"
    _make_at_revision(path, "0001")
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO activity (date, kind, quantity, title, link, note, created_at) "
            "VALUES ('2025-03-01', 'news', 2, 'Tin bài Thông Tin đối ngoại', '', '', '2025-03-01 08:00:00')"
        )
        connection.execute("INSERT INTO staff (full_name, title, ttdn_role, phone, email, note) VALUES ('Lê Văn Ánh', '', 'officer', '', '', '')")

    with Workspace.open(path) as workspace:
        assert workspace.migration_state().up_to_date
        backup = workspace.migration_backup
        with workspace.engine.connect() as connection:
            row = connection.execute(text("SELECT quantity, title, title_key FROM activity")).one()
            staff = connection.execute(text("SELECT full_name FROM staff")).scalar()
    assert row.quantity == 2 and row.title == "Tin bài Thông Tin đối ngoại"
    assert "thong tin doi ngoai" in row.title_key  # backfilled so old data is searchable
    assert staff == "Lê Văn Ánh"
    # The file was backed up, at its old revision, before anything changed.
    assert backup is not None and backup.is_file()
    with sqlite3.connect(backup) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"


def test_database_from_newer_program_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "mới hơn.db"
    Workspace.open(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="phiên bản BKFI Desktop mới hơn"):
        Workspace.open(path)
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_a_file_that_is_not_a_workspace_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "bảng tính.db"
    path.write_bytes(b"PK\x03\x04 this is a zip, not a database" * 10)
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="không phải là tệp dữ liệu BKFI"):
        Workspace.open(path)
    assert path.read_bytes() == before


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "khác.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    connection.close()
    with pytest.raises(DatabaseError, match="không phải là tệp dữ liệu BKFI"):
        Workspace.open(path)


def test_schema_head_constant_matches_the_migrations() -> None:
    from bkfi_desktop.core.store.migrate import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD


def test_opening_an_up_to_date_workspace_does_not_load_alembic(tmp_path: Path) -> None:
    """Start-up on an old PC: Alembic is only imported when there is something to migrate."""
    import subprocess
    import sys

    path = tmp_path / "nhanh.db"
    Workspace.open(path).close()
    script = (
        "import sys\n"
        "from bkfi_desktop.core.workspace import Workspace\n"
        f"Workspace.open({str(path)!r}).close()\n"
        "print('alembic' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_unit_keys_are_refolded_so_old_workspaces_find_their_units(tmp_path: Path) -> None:
    """Units stored under the older folding ("và" kept) are found by today's spelling variants."""
    path = tmp_path / "đơn vị cũ.db"
    _make_at_revision(path, "0002")
    with sqlite3.connect(path) as connection:
        connection.executemany(
            "INSERT INTO unit (name, name_key, short_name, category) VALUES (?, ?, '', 'phong_ban')",
            [
                ("Phòng Văn hóa và Thông tin", "phòng văn hóa và thông tin"),
                ("Phòng Văn hóa - Thông tin", "phòng văn hóa thông tin"),  # the same office, typed twice
            ],
        )
    connection.close()
    from bkfi_desktop.core.units import find_unit

    with Workspace.open(path) as workspace, workspace.session() as session:
        found = find_unit(session, "Phòng VH&TT")
        assert found is not None and found.name == "Phòng Văn hóa và Thông tin"
        keys = [row[0] for row in session.execute(text("SELECT name_key FROM unit ORDER BY id"))]
    assert len(set(keys)) == 2  # both rows kept, keys still unique


def test_a_0003_workspace_gains_the_roster_tables_with_its_data_kept(tmp_path: Path) -> None:
    """The compiling office's roster, deadlines and received reports (0004) come to an older workspace."""
    import datetime as dt

    from bkfi_desktop.core.roster import deadline, get_roster, set_deadline, set_roster

    path = tmp_path / "phòng văn hóa cũ.db"
    _make_at_revision(path, "0003")
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO unit (name, name_key, short_name, category) VALUES (?, ?, '', 'phong_ban')",
            ("Phòng Tư pháp", "phòng tư pháp"),
        )
    connection.close()
    with Workspace.open(path) as workspace:
        assert workspace.migration_state().current == head_revision()
        with workspace.transaction() as session:
            set_roster(session, "2025-H1", ["Phòng Tư pháp", "Phòng Y tế"])
            set_deadline(session, "2025-H1", dt.date(2025, 6, 20))
        with workspace.session() as session:
            assert [unit.name for unit in get_roster(session, "2025-H1")] == ["Phòng Tư pháp", "Phòng Y tế"]
            assert deadline(session, "2025-H1") == (dt.date(2025, 6, 20), "office")
            from bkfi_desktop.core.units import find_unit

            assert find_unit(session, "Phòng Tư pháp") is not None


def test_a_0005_workspace_sums_activities_from_the_index_with_its_data_kept(tmp_path: Path) -> None:
    """0006: the overview's totals per kind come from the (date, kind, quantity) index, not the table."""
    import datetime as dt

    from bkfi_desktop.core.activities import activity_totals

    path = tmp_path / "phường cũ.db"
    _make_at_revision(path, "0005")
    with sqlite3.connect(path) as connection:
        connection.executemany(
            "INSERT INTO activity (date, kind, quantity, title, title_key, link, note, created_at) "
            "VALUES (?, ?, ?, ?, '', '', '', '2025-03-01 08:00:00')",
            [("2025-03-01", "news", 2, "Tin bài đối ngoại"), ("2025-03-05", "news", 3, "Tin thứ hai"),
             ("2025-04-01", "meeting", 1, "Họp giao ban"), ("2026-01-01", "news", 7, "Năm sau")],
        )
    connection.close()
    with Workspace.open(path) as workspace:
        assert workspace.migration_state().current == head_revision()
        assert workspace.check() == []
        with workspace.session() as session:
            totals = activity_totals(session, dt.date(2025, 1, 1), dt.date(2025, 12, 31))
        with workspace.engine.connect() as connection:
            plan = " ".join(
                str(row[-1]) for row in connection.execute(text(
                    "EXPLAIN QUERY PLAN SELECT kind, sum(quantity) FROM activity "
                    "WHERE date >= '2025-01-01' AND date <= '2025-12-31' GROUP BY kind"
                ))
            )
    assert totals == {"news": 5, "meeting": 1}
    assert "COVERING INDEX ix_activity_date_kind_quantity" in plan, plan


def test_a_0006_workspace_gains_plan_details_with_its_plans_kept(tmp_path: Path) -> None:
    """0007: plans gain a topic, a period of validity and archiving; the current release's plans,
    tasks and work are kept, and their topic is the one every plan had."""
    from bkfi_desktop.core.plan_details import list_plans
    from bkfi_desktop.core.plans import install_builtin_plan
    from bkfi_desktop.core.tasks import list_tasks

    path = tmp_path / "phường cũ.db"
    _make_at_revision(path, "0006")
    # Fill it with the current release's code paths would need its models; plain SQL is what 0006 had.
    with Workspace.open(tmp_path / "mới.db") as fresh, fresh.transaction() as session:
        install_builtin_plan(session)
    with sqlite3.connect(tmp_path / "mới.db") as source, sqlite3.connect(path) as target:
        for table in ("unit", "plan", "task_group", "task", "task_unit"):
            columns = [row[1] for row in target.execute(f"PRAGMA table_info({table})")]
            rows = source.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
            target.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", rows)
        tasks_before = target.execute("SELECT count(*) FROM task").fetchone()[0]
        title_before = target.execute("SELECT title FROM plan").fetchone()[0]
    source.close()
    target.close()
    with Workspace.open(path) as workspace:
        assert workspace.migration_state().current == head_revision()
        assert workspace.check() == []
        with workspace.session() as session:
            [plan] = list_plans(session)
            assert plan.title == title_before and plan.topic == "thông tin đối ngoại" and not plan.archived
            assert len(list_tasks(session)) == tasks_before
