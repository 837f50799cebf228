"""A workspace from the release before the detailed plan upgrades with its sub-tasks kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import text

from bkfi_desktop.core.assignments import add_subtask
from bkfi_desktop.core.detailed_plan_settings import PlanSettings, load_settings, save_settings
from bkfi_desktop.core.workspace import Workspace
from tests.core.test_store_migrations import _make_at_revision


def test_0004_workspace_upgrades_with_subtasks_kept_and_plan_settings_stored(tmp_path: Path) -> None:
    path = tmp_path / "bản cũ.db"
    _make_at_revision(path, "0004")
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO plan (key, number, issuer, parent_agency, place, title, basis, source_name, source_sha256, "
            "imported_at) VALUES ('kh-cu', '12/KH-UBND', 'UBND thành phố', '', '', 'Kế hoạch cũ', '', '', '', "
            "'2025-01-01 00:00:00')"
        )
        connection.execute("INSERT INTO task_group (plan_id, ordinal, section, title, position) VALUES (1, 'I', '', 'Nhóm', 0)")
        connection.execute(
            "INSERT INTO task (plan_id, group_id, code, position, content, details, product, deadline_text, "
            "recurrence, note, updated_at) VALUES (1, 1, '1.1', 0, 'Nhiệm vụ', '', '', '', 'none', '', '2025-01-01')"
        )
        connection.execute(
            "INSERT INTO assignment (task_id, status, progress, result, note, updated_at) "
            "VALUES (1, 'in_progress', 50, '', '', '2025-01-01')"
        )
        connection.execute(
            "INSERT INTO subtask (assignment_id, title, due_date, done, position) VALUES (1, 'Việc cũ', '2025-02-01', 1, 0)"
        )
        connection.execute("INSERT INTO staff (full_name, title, ttdn_role, phone, email, note) VALUES ('Lê Văn Ánh', '', 'officer', '', '', '')")
    connection.close()

    with Workspace.open(path) as workspace:
        assert workspace.migration_state().up_to_date
        with workspace.engine.connect() as connection:
            row = connection.execute(text("SELECT title, due_date, done, owner_id FROM subtask")).one()
        assert (row.title, row.due_date, row.done, row.owner_id) == ("Việc cũ", "2025-02-01", 1, None)
        with workspace.transaction() as session:
            assert add_subtask(session, "1.1", "Việc mới", owner="Lê Văn Ánh").owner.full_name == "Lê Văn Ánh"
            save_settings(session, PlanSettings("kh-cu", texts={"purpose": "Mục đích riêng"}, budget={"1.1": "1.000"}))
        with workspace.session() as session:
            stored = load_settings(session, "kh-cu")
        assert stored.texts == {"purpose": "Mục đích riêng"} and stored.budget == {"1.1": 1000}
