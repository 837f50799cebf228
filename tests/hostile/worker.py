"""Run a shard of the hostile corpus in this process and write what happened to each case as JSON.

Started as a child by test_corpus.py (`python -m tests.hostile.worker CASES.json OUT.json DB`), so the
parent can read this process's peak memory from the kernel (os.wait4) after it ends.
"""

from __future__ import annotations

import hashlib
import json
import resource
import sqlite3
import sys
import time
import traceback
from pathlib import Path

from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.documents.signing.verify import verify_pdf
from bkfi_desktop.errors import InvalidInputError
from bkfi_desktop.workflows.import_tasks import import_tasks


def database_digest(path: Path) -> str:
    """Every row of every table, read-only: equal digests mean nothing was written."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        for table in tables:
            rows = connection.execute(f'SELECT * FROM "{table}"').fetchall()
            digest.update(table.encode() + repr(sorted(map(repr, rows))).encode())
        return digest.hexdigest()
    finally:
        connection.close()


def run_import(workspace: Workspace, path: Path) -> dict[str, object]:
    before = database_digest(workspace.path)
    started = time.process_time()
    result: dict[str, object]
    try:
        summary = import_tasks(workspace, path)
        result = {"outcome": "imported", "tasks": summary.task_count, "warnings": summary.warnings}
    except InvalidInputError as error:
        result = {"outcome": "refused", "message": error.message}
    except Exception:  # a crash is what the corpus is looking for: record it, go on
        result = {"outcome": "crashed", "message": traceback.format_exc()}
    result["seconds"] = time.process_time() - started
    result["db_unchanged"] = database_digest(workspace.path) == before
    return result


def run_verify(path: Path, roots: list[Path]) -> dict[str, object]:
    started = time.process_time()
    try:
        report = verify_pdf(path, roots)
        result: dict[str, object] = {"outcome": "valid" if report.ok else "invalid", "problems": report.problems}
    except Exception:
        result = {"outcome": "crashed", "message": traceback.format_exc()}
    result["seconds"] = time.process_time() - started
    return result


def main(cases_file: str, out_file: str, db: str, root: str) -> None:
    cases = json.loads(Path(cases_file).read_text(encoding="utf-8"))
    results = {}
    with Workspace.open(Path(db)) as workspace:
        for case in cases:
            path = Path(case["file"])
            if case["action"] == "verify":
                results[case["name"]] = run_verify(path, [Path(root)])
            else:
                results[case["name"]] = run_import(workspace, path)
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
            print(f"{case['name']}\t{results[case['name']]['seconds']:.2f}s\tpeak {peak} MiB", file=sys.stderr, flush=True)
    Path(out_file).write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:5])
