"""Side-by-side measurement: run our side and its baseline alternately (A B A B …) and report the median
ratio with its spread, for time and for peak memory.

Alternating in one run is what makes a ratio trustworthy on a busy 2-core machine: whatever else the
machine does slows both sides of a pair alike. Whole processes are measured through GNU time so the
peak RSS is the child's own (GNU time's %M), not the benchmark's.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Sample:
    wall: float  # seconds
    cpu: float  # user + system seconds of the process
    peak_rss_mib: float  # peak resident memory of the process


@dataclass
class PairResult:
    name: str
    baseline_name: str
    goal_time: float | None = None  # the target for the time ratio (ours / baseline)
    goal_memory: float | None = None
    ours: list[Sample] = field(default_factory=list)
    baseline: list[Sample] = field(default_factory=list)
    load: tuple[float, float] | None = None  # 1-minute load average when the pairs began and ended

    def ratios(self, attribute: str) -> list[float]:
        return [
            getattr(a, attribute) / getattr(b, attribute)
            for a, b in zip(self.ours, self.baseline, strict=True)
            if getattr(b, attribute) > 0
        ]

    def summary(self, attribute: str) -> tuple[float, float, float]:
        values = self.ratios(attribute)
        if not values:
            return (float("nan"),) * 3  # type: ignore[return-value]
        return statistics.median(values), min(values), max(values)

    def meets_goals(self) -> bool | None:
        if self.goal_time is None and self.goal_memory is None:
            return None
        time_ok = self.goal_time is None or self.summary("wall")[0] <= self.goal_time
        memory_ok = self.goal_memory is None or self.summary("peak_rss_mib")[0] <= self.goal_memory
        return time_ok and memory_ok

    def lines(self) -> list[str]:
        wall, wall_min, wall_max = self.summary("wall")
        rss, rss_min, rss_max = self.summary("peak_rss_mib")
        ours_ms = statistics.median(s.wall for s in self.ours) * 1000
        base_ms = statistics.median(s.wall for s in self.baseline) * 1000
        ours_mib = statistics.median(s.peak_rss_mib for s in self.ours)
        base_mib = statistics.median(s.peak_rss_mib for s in self.baseline)
        goal = []
        if self.goal_time is not None:
            goal.append(f"time ≤ {self.goal_time:g}×")
        if self.goal_memory is not None:
            goal.append(f"memory ≤ {self.goal_memory:g}×")
        verdict = {True: "meets goal", False: "MISSES goal", None: "no goal"}[self.meets_goals()]
        memory = [
            f"  memory  {rss:6.2f}×  (min {rss_min:.2f}, max {rss_max:.2f})   "
            f"ours {ours_mib:6.0f} MiB, baseline {base_mib:6.0f} MiB",
        ] if rss == rss else []  # NaN: a figure taken inside a run, whose memory is the whole run's
        return [
            f"{self.name}  vs  {self.baseline_name}   ({len(self.ours)} pairs)",
            f"  time    {wall:6.2f}×  (min {wall_min:.2f}, max {wall_max:.2f})   "
            f"ours {ours_ms:8.0f} ms, baseline {base_ms:8.0f} ms",
            *memory,
            f"  goal    {', '.join(goal) or '—'}: {verdict}",
            *([f"  load    {self.load[0]:.2f} → {self.load[1]:.2f} (1-min average, {os.cpu_count()} cores)"]
              if self.load else []),
        ]


_GNU_TIME = "/usr/bin/time"


def run_process(argv: Sequence[str], *, env: dict[str, str] | None = None, cwd: Path | None = None,
                expect: str | None = None) -> Sample:
    """Run one whole process to its end; its wall time, CPU time and peak RSS.

    The process is started through GNU time when the machine has it: a child forked straight from this
    benchmark inherits our peak RSS (Linux carries the high-water mark across fork and exec), so a
    direct child would report the benchmark's size, not its own."""
    report = None
    command = list(argv)
    if Path(_GNU_TIME).exists():
        handle = tempfile.NamedTemporaryFile(suffix=".rusage", delete=False)
        handle.close()
        report = Path(handle.name)
        command = [_GNU_TIME, "-f", "%M %U %S", "-o", str(report), *command]
    started = time.perf_counter()
    completed = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    if completed.returncode != 0 or (expect is not None and expect not in completed.stdout):
        raise RuntimeError(f"{' '.join(list(argv)[:4])}… failed:\n{completed.stderr[-2000:]}")
    if report is None:
        return Sample(wall=wall, cpu=float("nan"), peak_rss_mib=float("nan"))
    fields = report.read_text().split()[-3:]
    report.unlink()
    peak_kib, user, system = int(fields[0]), float(fields[1]), float(fields[2])
    return Sample(wall=wall, cpu=user + system, peak_rss_mib=peak_kib / 1024)


def python_process(code: str, *args: str, env: dict[str, str] | None = None, expect: str | None = None) -> Sample:
    return run_process([sys.executable, "-c", code, *args], env=env, expect=expect)


def alternate(result: PairResult, ours: Callable[[], Sample], baseline: Callable[[], Sample], pairs: int,
              *, warm_up: bool = True) -> PairResult:
    """Fill ``result`` with ``pairs`` alternating measurements (after one unmeasured run of each side)."""
    started_load = _load()
    if warm_up:  # OS file cache, compiled translations, .pyc files: not what a user waits for twice
        ours()
        baseline()
    for index in range(pairs):
        # Swap the order every other pair so neither side always runs on a machine the other just warmed.
        if index % 2:
            b = baseline()
            a = ours()
        else:
            a = ours()
            b = baseline()
        result.ours.append(a)
        result.baseline.append(b)
    result.load = (started_load, _load())
    return result


def _load() -> float:
    """The machine's 1-minute load average: a ratio is read against how busy the machine was."""
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")


def bench_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a measured process: this checkout first on the path, its own data folder."""
    env = dict(os.environ, BKFI_HOME=str(home), PYTHONPATH=str(ROOT))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(extra)
    return env


def print_result(result: PairResult) -> None:
    print("\n".join(result.lines()), flush=True)
