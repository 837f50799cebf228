"""Writing commands killed at random points leave nothing behind after the next start, and lose
nothing: the workspace is intact and holds either all of the interrupted write or none of it, and a
backup or signed file is either whole or absent."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bkfi_desktop.core.demo import create_demo, generate_activities
from bkfi_desktop.core.leftovers import registry_dir
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.documents.signing.verify import verify_pdf
from tests.exchange import builders
from tests.signing.pki import P12_PASSWORD, build_pki

_BKFI = "import sys; from bkfi_desktop.cli import main; sys.exit(main())"
_TEMPORARY = (".partial", ".part", ".bkfi-stamp-", "-journal", "-wal", "-shm")


def _integrity(path: Path) -> str:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


def _row_counts(path: Path) -> dict[str, int]:
    """Rows per table (timestamps differ from run to run; the number of rows a write adds does not)."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables}
    finally:
        connection.close()


def _without_audit(counts: dict[str, int]) -> dict[str, int]:
    return {table: rows for table, rows in counts.items() if table != "audit_entry"}


def _leftovers(*folders: Path) -> list[str]:
    return sorted(
        str(p) for folder in folders if folder.is_dir() for p in folder.rglob("*")
        if any(mark in p.name for mark in _TEMPORARY) and not p.name.startswith("bkfi.db")
    )


@pytest.fixture(scope="module")
def stage(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("kills")
    pki = build_pki(folder / "pki")
    workspace_path = folder / "template" / "bkfi.db"
    workspace_path.parent.mkdir()
    with Workspace.open(workspace_path) as workspace:
        create_demo(workspace)
        with workspace.transaction() as session:
            generate_activities(session, 20_000, seed=5)  # a backup big enough to be caught mid-way
    env = {**os.environ, "BKFI_HOME": str(folder / "home")}
    report = folder / "bao-cao.pdf"
    built = subprocess.run([sys.executable, "-c", _BKFI, "--db", str(workspace_path), "report", "build",
                            "--period", "2025-H1", "--out", str(report)], capture_output=True, text=True, env=env)
    assert built.returncode == 0, built.stderr
    with sqlite3.connect(workspace_path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return {"folder": folder, "template": workspace_path, "report": report, "p12": pki.p12("signer"),
            "appendix": builders.appendix_xlsx(folder / "phu-luc.xlsx")}


def _commands(stage: dict[str, Path], work: Path, db: Path) -> dict[str, list[str]]:
    return {
        "backup": ["--db", str(db), "db", "backup", str(work / "sao-luu" / "ban-sao.db")],
        "sign": ["--db", str(db), "report", "sign", str(stage["report"]), "--out", str(work / "da-ky.pdf"),
                 "--sign-p12", str(stage["p12"]), "--password-env", "BKFI_TEST_P12"],
        "import": ["--db", str(db), "import-tasks", str(stage["appendix"])],
    }


def _run(args: list[str], env: dict[str, str], kill_after: float | None = None) -> subprocess.Popen[bytes]:
    process = subprocess.Popen([sys.executable, "-c", _BKFI, *args], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if kill_after is not None:
        deadline = time.monotonic() + kill_after
        while process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        process.kill()
    process.wait()  # reaped: a killed process is not left as a zombie that looks alive
    return process


@pytest.mark.parametrize("command", ["backup", "sign", "import"])
def test_killed_writes_leave_nothing_and_lose_nothing(stage: dict[str, Path], command: str, tmp_path: Path) -> None:
    rng = random.Random(f"kill-{command}")
    env = {**os.environ, "BKFI_HOME": str(tmp_path / "home"), "BKFI_TEST_P12": P12_PASSWORD}
    # One undisturbed run tells how long the command takes and what a finished write looks like.
    done = tmp_path / "done"
    done.mkdir()
    shutil.copy(stage["template"], done / "bkfi.db")
    started = time.monotonic()
    assert _run(_commands(stage, done, done / "bkfi.db")[command], env).returncode == 0
    duration = time.monotonic() - started
    completed = _row_counts(done / "bkfi.db")
    before = _row_counts(stage["template"])
    for attempt in range(2):
        work = tmp_path / f"lan-{attempt}"
        (work / "sao-luu").mkdir(parents=True)
        db = work / "bkfi.db"
        shutil.copy(stage["template"], db)
        args = _commands(stage, work, db)[command]
        _run(args, env, kill_after=duration * rng.uniform(0.35, 0.95))
        # The next start: another command on the workspace, or the same command run again.
        again = attempt % 2 == 1
        assert _run(args if again else ["--db", str(db), "db", "check"], env).returncode == 0
        assert _leftovers(work, stage["folder"]) == []
        assert not any(registry_dir_entries(tmp_path / "home"))
        assert _integrity(db) == "ok"
        # All or nothing: the rows are those from before the killed run or from a whole run.
        if again:  # the run that follows completes the write (an import run twice is audited twice)
            assert _without_audit(_row_counts(db)) == _without_audit(completed)
        else:
            assert _row_counts(db) in (before, completed)
        backup = work / "sao-luu" / "ban-sao.db"
        if backup.exists():
            assert _integrity(backup) == "ok"
        signed = work / "da-ky.pdf"
        if signed.exists():
            assert verify_pdf(signed, []).intact


def registry_dir_entries(home: Path) -> list[Path]:
    previous = os.environ.get("BKFI_HOME")
    os.environ["BKFI_HOME"] = str(home)
    try:
        folder = registry_dir()
        return list(folder.glob("*.txt")) if folder.is_dir() else []
    finally:
        if previous is None:
            del os.environ["BKFI_HOME"]
        else:
            os.environ["BKFI_HOME"] = previous
