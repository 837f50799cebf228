"""The hostile corpus: over 300 broken and malicious .xlsx, .docx, .txt/.csv and .pdf files, made by
the tests, each of which must end in a clean refusal (one Vietnamese line naming the file) or a
correct import, within the time and memory budgets, with the database unchanged by a refusal.

Light cases run in two worker processes; each heavy bomb runs alone through the real `bkfi` command.
Peak memory is the kernel's count for each child (os.wait4), so it includes pyHanko's verifying child.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from bkfi_desktop.core.demo import create_demo
from bkfi_desktop.core.workspace import Workspace
from tests.hostile.cases import Case
from tests.hostile.office_cases import docx_cases, xlsx_cases
from tests.hostile.text_pdf_cases import pdf_cases, text_cases
from tests.hostile.worker import database_digest
from tests.signing.pki import build_pki

MEMORY_BUDGET = 512 * 1024 * 1024
# Any input, including the process start, in CPU seconds: the machine running the tests may be
# shared, and a wall-clock limit would measure the neighbours. Wall time gets a loose sanity bound.
TIME_BUDGET = 60.0
WALL_BOUND = 240.0
CASE_SECONDS = 30.0  # one light case inside a warm worker, CPU seconds
_BKFI = "import sys; from bkfi_desktop.cli import main; sys.exit(main())"


@dataclass
class Run:
    peak: int  # bytes
    seconds: float  # wall clock
    cpu: float  # user + system seconds of the child and its children: what the budget is about
    returncode: int
    stdout: str
    stderr: str


# Linux carries a parent's peak memory into a child at exec (signal->maxrss), so a child started by
# this big pytest process would report pytest's peak. A bare launcher starts each child instead and
# reports the child's own peak, from wait4.
_LAUNCHER = """
import json, os, subprocess, sys, time
started = time.monotonic()
with open(sys.argv[1] + ".out", "wb") as out, open(sys.argv[1] + ".err", "wb") as err:
    child = subprocess.Popen(sys.argv[3:], stdout=out, stderr=err)
    deadline = started + float(sys.argv[2])
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            child.kill()
        time.sleep(0.05)
with open(sys.argv[1], "w") as report:
    json.dump({"peak": usage.ru_maxrss * 1024, "code": os.waitstatus_to_exitcode(status),
               "seconds": time.monotonic() - started, "cpu": usage.ru_utime + usage.ru_stime}, report)
"""


def _run_measured(argv: list[str], env: dict[str, str], workdir: Path, deadline: float) -> Run:
    report = workdir / "run.json"
    subprocess.run([sys.executable, "-S", "-c", _LAUNCHER, str(report), str(deadline), *argv], env=env, check=True)
    facts = json.loads(report.read_text(encoding="utf-8"))
    read = lambda suffix: Path(f"{report}{suffix}").read_text(encoding="utf-8", errors="replace")  # noqa: E731
    return Run(facts["peak"], facts["seconds"], facts["cpu"], facts["code"], read(".out"), read(".err"))


@dataclass
class Corpus:
    cases: dict[str, Case]
    results: dict[str, dict[str, object]]
    worker_runs: list[Run]
    heavy_runs: dict[str, tuple[Run, bool]]  # run, database unchanged


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    folder = tmp_path_factory.mktemp("hostile")
    home = folder / "home"
    home.mkdir()
    pki = build_pki(folder / "pki")
    files = folder / "files"
    files.mkdir()
    cases = xlsx_cases(files) + docx_cases(files) + text_cases(files) + pdf_cases(files, pki)
    baseline = folder / "baseline.db"
    with Workspace.open(baseline) as workspace:
        create_demo(workspace)
    env = {**os.environ, "BKFI_HOME": str(home), "MALLOC_ARENA_MAX": "2"}
    light = [case for case in cases if not case.heavy]
    jobs = []
    for shard in range(2):
        work = folder / f"worker-{shard}"
        work.mkdir()
        db = work / "bkfi.db"
        shutil.copy(baseline, db)
        (work / "cases.json").write_text(json.dumps([c.to_dict() for c in light[shard::2]], ensure_ascii=False), "utf-8")
        argv = [sys.executable, "-m", "tests.hostile.worker", str(work / "cases.json"), str(work / "out.json"), str(db),
                str(pki.root_pem)]
        jobs.append(("worker", work, argv, db))
    for case in (case for case in cases if case.heavy):
        work = folder / f"heavy-{case.name}"
        work.mkdir()
        db = work / "bkfi.db"
        shutil.copy(baseline, db)
        if case.action == "verify":
            argv = [sys.executable, "-c", _BKFI, "--db", str(db), "verify", case.file, "--trust", str(pki.root_pem)]
        else:
            argv = [sys.executable, "-c", _BKFI, "--db", str(db), "import-tasks", case.file]
        jobs.append((case.name, work, argv, db))

    def go(job: tuple[str, Path, list[str], Path]) -> tuple[str, Path, Run, bool]:
        name, work, argv, db = job
        before = database_digest(db)
        run = _run_measured(argv, env, work, 1200 if name == "worker" else WALL_BOUND)
        return name, work, run, database_digest(db) == before

    worker_runs, heavy_runs, results = [], {}, {}
    with ThreadPoolExecutor(max_workers=3) as pool:
        for name, work, run, unchanged in pool.map(go, jobs):
            if name == "worker":
                assert run.returncode == 0, run.stderr[-3000:]
                worker_runs.append(run)
                results.update(json.loads((work / "out.json").read_text(encoding="utf-8")))
            else:
                heavy_runs[name] = (run, unchanged)
    return Corpus({case.name: case for case in cases}, results, worker_runs, heavy_runs)


def test_the_corpus_is_large_and_covers_every_format(corpus: Corpus) -> None:
    kinds = Counter(
        "pdf" if case.action == "verify" else Path(case.file).suffix.lower() or "none" for case in corpus.cases.values()
    )
    assert len(corpus.cases) >= 300, kinds
    assert kinds["pdf"] >= 60 and kinds[".xlsx"] >= 60 and kinds[".docx"] >= 50, kinds
    assert kinds[".txt"] + kinds[".csv"] + kinds[".tsv"] >= 50, kinds


def _light_problem(corpus: Corpus, case: Case, result: dict[str, object]) -> str | None:
    name = Path(case.file).name
    outcome = result["outcome"]
    if outcome == "crashed":
        return f"crashed: {result['message']}"
    if float(result["seconds"]) > CASE_SECONDS:  # type: ignore[arg-type]
        return f"took {result['seconds']:.1f} s"
    if case.action == "verify":
        if case.expect != "either" and outcome != case.expect:
            return f"{outcome}, expected {case.expect}: {result['problems']}"
        problems = result["problems"]
        if outcome == "invalid" and not (problems and all(name in p and "\n" not in p for p in problems)):  # type: ignore[union-attr]
            return f"problems do not name the file: {problems}"
        if case.needle and not any(case.needle in p for p in problems):  # type: ignore[union-attr]
            return f"no “{case.needle}” in {problems}"
        return None
    if outcome == "refused":
        message = str(result["message"])
        if case.expect == "import":
            return f"refused: {message}"
        if name not in message or "\n" in message:
            return f"refusal is not one line naming the file: {message!r}"
        if case.needle and case.needle not in message:
            return f"refusal does not name the limit “{case.needle}”: {message}"
        if not result["db_unchanged"]:
            return "a refusal changed the database"
        return None
    if case.expect == "refuse":
        return f"imported {result.get('tasks')} tasks instead of refusing"
    wanted = case.tasks
    if case.family and case.tasks == -1:
        wanted = corpus.results[f"{case.family}-original"]["tasks"]  # type: ignore[assignment]
    if case.expect in ("import", "either") and wanted is not None and result["tasks"] != wanted:
        return f"imported {result['tasks']} tasks, the file holds {wanted}"
    if case.warning and not any(case.warning in w for w in result["warnings"]):  # type: ignore[union-attr]
        return f"no warning “{case.warning}”: {result['warnings']}"
    return None


def test_every_case_ends_in_a_clean_refusal_or_a_correct_import(corpus: Corpus) -> None:
    light = [case for case in corpus.cases.values() if not case.heavy]
    assert len(corpus.results) == len(light)
    failures = {}
    for case in light:
        problem = _light_problem(corpus, case, corpus.results[case.name])
        if problem:
            failures[case.name] = problem
    assert not failures, json.dumps(failures, ensure_ascii=False, indent=1)[:6000]
    outcomes = Counter(str(result["outcome"]) for result in corpus.results.values())
    assert outcomes["refused"] >= 100 and outcomes["imported"] >= 40 and outcomes["invalid"] >= 40, outcomes


def test_the_bombs_are_refused_by_the_real_command_within_the_budgets(corpus: Corpus) -> None:
    heavy = [case for case in corpus.cases.values() if case.heavy]
    assert len(heavy) >= 12
    failures = {}
    for case in heavy:
        run, unchanged = corpus.heavy_runs[case.name]
        lines = [line for line in run.stderr.splitlines() if line.strip()]
        name = Path(case.file).name
        if run.returncode == 0 or len(lines) != 1 or name not in lines[0]:
            failures[case.name] = f"exit {run.returncode}, stderr {run.stderr[-1500:]!r}"
        elif case.needle and case.needle not in lines[0]:
            failures[case.name] = f"no “{case.needle}” in {lines[0]}"
        elif run.cpu > TIME_BUDGET or run.seconds > WALL_BOUND:
            failures[case.name] = f"took {run.cpu:.1f} s of CPU, {run.seconds:.1f} s of wall clock"
        elif run.peak > MEMORY_BUDGET:
            failures[case.name] = f"peak {run.peak // 1024 // 1024} MiB"
        elif not unchanged:
            failures[case.name] = "the database changed"
    assert not failures, json.dumps(failures, ensure_ascii=False, indent=1)


def test_the_workers_stay_under_the_memory_budget(corpus: Corpus) -> None:
    """Every light case ran inside one of these processes: none of them went past the budget."""
    assert len(corpus.worker_runs) == 2
    for run in corpus.worker_runs:
        assert 0 < run.peak <= MEMORY_BUDGET, f"peak {run.peak // 1024 // 1024} MiB"
