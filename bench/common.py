"""Shared benchmark helpers: a big workspace and a timing that reports the best of a few runs."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bkfi_desktop.core.demo import create_demo, generate_activities
from bkfi_desktop.core.workspace import Workspace


def best_of(runs: int, work: Callable[[], object]) -> float:
    """The fastest of `runs` timings: the least disturbed by the rest of the machine."""
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        timings.append(time.perf_counter() - started)
    return min(timings)


def big_workspace(activities: int = 100_000, folder: Path | None = None) -> Path:
    """A demo workspace with `activities` extra activities (made once per folder)."""
    folder = folder or Path(tempfile.mkdtemp(prefix="bkfi-bench-"))
    path = folder / f"bench-{activities}.db"
    if path.exists():
        return path
    with Workspace.open(path) as workspace:
        create_demo(workspace)
        with workspace.transaction() as session:
            generate_activities(session, activities, seed=7)
    return path


def print_ratio(name: str, ours: float, baseline: float, baseline_name: str) -> None:
    ratio = ours / baseline if baseline > 0 else float("inf")
    print(f"{name:<44} {ours * 1000:9.1f} ms   {baseline_name:<28} {baseline * 1000:9.1f} ms   ratio {ratio:6.2f}")
