"""0008: reports remember their plan; a workspace made by the previous release (0007) keeps its reports,
each read as what it was: a report on the unit's whole work."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bkfi_desktop.core.reports.registry import list_reports
from bkfi_desktop.core.store.migrate import head_revision
from bkfi_desktop.core.workspace import Workspace
from tests.core.test_store_migrations import _make_at_revision


def test_a_0007_workspace_keeps_its_reports_as_whole_work_reports(tmp_path: Path) -> None:
    path = tmp_path / "xã cũ.db"
    _make_at_revision(path, "0007")
    with sqlite3.connect(path) as connection:  # plain SQL: what the 0007 release wrote
        connection.execute(
            "INSERT INTO report (uuid, period, period_start, period_end, year, number, number_text, issued_on,"
            " subject, status, narrative, payload, pdf_path, pdf_sha256, xlsx_path, signed_path, signed_sha256,"
            " created_at, updated_at) VALUES ('6f1c2c3e-0000-4000-8000-000000000001', '2025-H1', '2024-12-15',"
            " '2025-06-14', 2025, 7, '07/BC-UBND', '2025-06-20', 'Báo cáo kết quả 6 tháng', 'signed',"
            " '{\"results\": \"Đã làm\"}', NULL, 'bc.pdf', '', '', 'bc-da-ky.pdf', '', '2025-06-20 08:00:00',"
            " '2025-06-20 08:00:00')"
        )
    connection.close()
    with Workspace.open(path) as workspace:
        assert workspace.migration_state().current == head_revision()
        assert workspace.check() == []
        with workspace.session() as session:
            [report] = list_reports(session)
    assert (report.number_text, report.status, report.signed_path) == ("07/BC-UBND", "signed", "bc-da-ky.pdf")
    assert report.plan_key is None
