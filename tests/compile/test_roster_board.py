"""The compiling office's board through the public CLI: 12 units expected, 9 reports received (one late,
one signed by a certificate of another organisation, one altered), 3 missing; and CRLs."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization

from bkfi_desktop.cli import main
from bkfi_desktop.documents.signing import P12Signer, SignatureAppearance, sign_pdf
from tests.compile.conftest import UNIT_B, ReportSet
from tests.compile.fixtures import (
    ALTERED,
    LATE,
    MISSING,
    ON_TIME,
    OTHER_SIGNER,
    ROSTER_UNITS,
    RosterSet,
)
from tests.signing.pki import P12_PASSWORD, make_signer

if TYPE_CHECKING:
    from tests.signing.pki import TestPki

OFFICE = "UBND thành phố Bắc Kạn"


def _run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(arg) for arg in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def office_workspace(capsys: pytest.CaptureFixture[str], db: Path, due: dt.date) -> None:
    """A compiling office prepared by script only: profile, roster of 12, its own deadline."""
    assert _run(capsys, "--db", db, "profile", "set", "--unit", OFFICE, "--place", "Bắc Kạn",
                "--signer-name", "Hoàng Văn Tổng", "--position", "Chủ tịch",
                "--authority-line", "TM. ỦY BAN NHÂN DÂN")[0] == 0
    assert _run(capsys, "--db", db, "roster", "set", "--period", "2025-H1", *ROSTER_UNITS)[0] == 0
    assert _run(capsys, "--db", db, "roster", "due", "--period", "2025-H1", due.isoformat())[0] == 0


def test_profile_and_roster_are_set_by_script(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "tong-hop.db"
    office_workspace(capsys, db, dt.date(2025, 6, 20))
    _code, out, _ = _run(capsys, "--db", db, "profile", "show", "--json")
    profile = json.loads(out)
    assert (profile["unit"], profile["place"], profile["authority_line"]) == (OFFICE, "Bắc Kạn", "TM. ỦY BAN NHÂN DÂN")
    assert _run(capsys, "--db", db, "roster", "list", "--period", "2025-H1")[0] == 0
    _code, out, _ = _run(capsys, "--db", db, "roster", "list", "--period", "2025-H1", "--json")
    listing = json.loads(out)
    assert [u["unit"] for u in listing["units"]] == ROSTER_UNITS
    assert (listing["due_date"], listing["due_source"]) == ("2025-06-20", "office")
    # "not required this period" keeps the unit listed but excused
    _run(capsys, "--db", db, "roster", "set", "--period", "2025-H1", *ROSTER_UNITS[:11],
         "--not-required", ROSTER_UNITS[11])
    listing = json.loads(_run(capsys, "--db", db, "roster", "list", "--period", "2025-H1", "--json")[1])
    assert [u["required"] for u in listing["units"]] == [True] * 11 + [False]


def test_board_shows_each_state_in_json(
    roster_set: RosterSet, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "tong-hop.db"
    office_workspace(capsys, db, roster_set.due)
    code, out, err = _run(
        capsys, "--db", db, "compile", "--dir", roster_set.folder, "--period", "2025-H1",
        "--trust", roster_set.root_pem, "--json",
    )
    assert code == 1, err  # two files refused
    data = json.loads(out)
    board = {row["unit"]: row for row in data["roster"]}
    assert list(board) == ROSTER_UNITS
    assert {unit for unit, row in board.items() if row["status"] == "on_time"} == set(ON_TIME)
    assert board[LATE]["status"] == "late" and board[LATE]["days_late"] >= 2
    assert board[OTHER_SIGNER]["status"] == "refused" and "không phải" in board[OTHER_SIGNER]["reason"]
    assert board[ALTERED]["status"] == "refused" and "thay đổi sau khi ký" in board[ALTERED]["reason"]
    assert all(board[unit]["status"] == "missing" for unit in MISSING)
    for row in data["roster"]:
        assert set(row) >= {"unit", "status", "reason", "signer", "signed_at", "days_late"}
    assert data["board_counts"] == {"on_time": 6, "late": 1, "refused": 2, "missing": 3}
    assert {r["code"] for r in data["refused"]} == {"signer_mismatch", "altered"}
    assert data["totals"]["units"] == 7
    # the office accepts the leader who signs for two units: then the report counts
    other = roster_set.files[OTHER_SIGNER]
    code, out, _ = _run(
        capsys, "--db", db, "compile", "--dir", roster_set.folder, "--period", "2025-H1",
        "--trust", roster_set.root_pem, "--accept-signer", other.name, "--json",
    )
    data = json.loads(out)
    assert {row["unit"]: row["status"] for row in data["roster"]}[OTHER_SIGNER] == "on_time"
    assert data["totals"]["units"] == 8


def _crl(pki: TestPki, revoked_serials: list[int], path: Path) -> Path:
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(pki.root.cert.subject)
        .last_update(now - dt.timedelta(hours=2))
        .next_update(now + dt.timedelta(days=7))
    )
    for serial in revoked_serials:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder().serial_number(serial)
            .revocation_date(now - dt.timedelta(hours=1)).build()
        )
    crl = builder.sign(pki.root.key, hashes.SHA256())
    path.write_bytes(crl.public_bytes(serialization.Encoding.DER))
    return path


def test_revoked_certificate_is_refused_and_an_absent_crl_is_stated(
    report_set: ReportSet, pki: TestPki, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    revoked = make_signer(pki.root, cn="Người bị thu hồi", org=UNIT_B)
    p12 = tmp_path / "thu-hoi.p12"
    p12.write_bytes(revoked.p12(P12_PASSWORD, [pki.root.cert]))
    (unsigned,) = report_set.copy(tmp_path / "nguon", "b_unsigned")
    signed = tmp_path / "Phòng TC-KH ký bằng chứng thư đã thu hồi.pdf"
    sign_pdf(unsigned, signed, P12Signer(p12, P12_PASSWORD), SignatureAppearance())
    crl = _crl(pki, [revoked.cert.serial_number], tmp_path / "ca.crl")

    code, out, _ = _run(capsys, "compile", signed, "--trust", report_set.root_pem, "--crl", crl, "--json")
    data = json.loads(out)
    assert code == 1 and data["accepted"] == []
    (refusal,) = data["refused"]
    assert refusal["code"] == "revoked" and "thu hồi" in refusal["reason"]

    (good,) = report_set.copy(tmp_path / "tot", "b_h1")
    code, out, _ = _run(capsys, "compile", good, "--trust", report_set.root_pem, "--crl", crl, "--json")
    assert code == 0 and json.loads(out)["accepted"][0]["revocation_checked"] is True
    code, out, _ = _run(capsys, "compile", good, "--trust", report_set.root_pem, "--json")
    assert code == 0 and json.loads(out)["accepted"][0]["revocation_checked"] is None
    code, out, _ = _run(capsys, "compile", good, "--trust", report_set.root_pem)
    assert "chưa kiểm tra thu hồi chứng thư" in out
