"""0009: a compiling office's workspace of the previous release gains the accepted signers, with its
roster, deadline and received reports kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bkfi_desktop.core.audit import recent
from bkfi_desktop.core.roster import deadline, get_roster, received_units
from bkfi_desktop.core.signer_acceptance import accept_signer, accepted_identities, list_accepted_signers
from bkfi_desktop.core.signer_identity import signer_identity
from bkfi_desktop.core.store.migrate import head_revision
from bkfi_desktop.core.workspace import Workspace
from tests.core.test_store_migrations import _make_at_revision


def test_a_0008_office_workspace_gains_accepted_signers_with_its_roster_kept(tmp_path: Path) -> None:
    path = tmp_path / "phòng văn hóa 0008.db"
    _make_at_revision(path, "0008")
    with sqlite3.connect(path) as connection:
        connection.executemany(
            "INSERT INTO roster_entry (period, plan_key, unit_name, unit_key, required, position, note) "
            "VALUES ('2025-H1', '', ?, ?, ?, ?, '')",
            [("Phòng Tư pháp", "phòng tư pháp", 1, 0), ("Phòng Y tế", "phòng y tế", 0, 1)],
        )
        connection.execute("INSERT INTO period_deadline (period, due_date) VALUES ('2025-H1', '2025-06-20')")
        connection.execute(
            "INSERT INTO received_report (period, unit_name, unit_key, status, reason, file, signer, report_uuid, "
            "sha256) VALUES ('2025-H1', 'Phòng Tư pháp', 'phòng tư pháp', 'on_time', '', 'a.pdf', 'Trần Văn Ký', '', '')"
        )
    connection.close()

    with Workspace.open(path) as workspace:
        assert workspace.migration_state().current == head_revision() == "0009"
        assert workspace.check() == []
        with workspace.session() as session:
            assert [(u.name, u.required) for u in get_roster(session, "2025-H1")] == [
                ("Phòng Tư pháp", True), ("Phòng Y tế", False),
            ]
            assert deadline(session, "2025-H1")[1] == "office"
            assert received_units(session, "2025-H1") == {"phòng tư pháp": "on_time"}
        with workspace.transaction() as session:
            assert accept_signer(session, "Phòng Y tế", "Trần Văn Ký", ["Phòng Tư pháp"], file="y-te.pdf")
        with workspace.transaction() as session:  # the same signer again, spelt otherwise: one acceptance
            assert not accept_signer(session, "phòng y tế", "TRẦN VĂN KÝ", ["Phòng Tư Pháp"])
        with workspace.session() as session:
            assert accepted_identities(session) == {signer_identity("Phòng Y tế", "Trần Văn Ký", ["Phòng Tư pháp"])}
            (accepted,) = list_accepted_signers(session)
            assert (accepted.unit, accepted.organisations, accepted.file) == ("Phòng Y tế", ("Phòng Tư pháp",), "y-te.pdf")
            assert "Chấp nhận người ký Trần Văn Ký" in recent(session, 1)[0].summary
