"""A report signed by a certificate of another organisation, accepted once by the office, is counted by
every later compile of that workspace (the CLI's --accept-signer is remembered, audited)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bkfi_desktop.core.audit import recent
from bkfi_desktop.core.workspace import Workspace
from tests.compile.fixtures import OTHER_SIGNER, ROSTER_UNITS, RosterSet
from tests.compile.test_roster_board import _run, office_workspace


def _board(capsys: pytest.CaptureFixture[str], db: Path, roster_set: RosterSet, *extra: str) -> dict:
    _code, out, _err = _run(
        capsys, "--db", db, "compile", "--dir", roster_set.folder, "--period", "2025-H1",
        "--trust", roster_set.root_pem, "--json", *extra,
    )
    return json.loads(out)


def test_an_accepted_signer_is_remembered_for_later_compiles(
    roster_set: RosterSet, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "tong-hop.db"
    office_workspace(capsys, db, roster_set.due)
    data = _board(capsys, db, roster_set)
    (mismatch,) = [r for r in data["refused"] if r["code"] == "signer_mismatch"]
    assert mismatch["unit"] == OTHER_SIGNER

    data = _board(capsys, db, roster_set, "--accept-signer", roster_set.files[OTHER_SIGNER].name)
    assert {r["unit"]: r["status"] for r in data["roster"]}[OTHER_SIGNER] == "on_time"

    data = _board(capsys, db, roster_set)  # no --accept-signer: still counted
    board = {r["unit"]: r for r in data["roster"]}
    assert board[OTHER_SIGNER]["status"] == "on_time" and data["totals"]["units"] == 8
    (accepted,) = [a for a in data["accepted"] if a["unit"] == OTHER_SIGNER]
    assert ROSTER_UNITS[0] in accepted["signer_organisations"]
    assert {r["code"] for r in data["refused"]} == {"altered"}
    with Workspace.open(db) as workspace, workspace.session() as session:
        summaries = [entry.summary for entry in recent(session, 20)]
    assert sum("Chấp nhận người ký" in s and OTHER_SIGNER in s for s in summaries) == 1

    # another office's workspace has accepted nobody
    other_db = tmp_path / "khac.db"
    office_workspace(capsys, other_db, roster_set.due)
    data = _board(capsys, other_db, roster_set)
    assert {r["unit"]: r["status"] for r in data["roster"]}[OTHER_SIGNER] == "refused"
