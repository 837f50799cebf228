"""Time from process start to the main window shown, on a 100k-activity workspace, against a bare
PySide6 window process (P1 of issue #16): `python -m bench.gui_bench [--activities N] [--pairs P]`.

Each measurement is a fresh process (imports included, as a clerk double-clicking the icon), timed
until the event loop runs with the main window shown (the app's BKFI_SMOKE_REPORT hook).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from bench.pairs import PairResult, Sample, alternate, bench_env, print_result, python_process, run_process

ROOT = Path(__file__).resolve().parents[1]

BARE_SHOWN = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1180, 760)
window.show()
shown = []
QTimer.singleShot(0, lambda: (shown.append(time.time()), app.quit()))  # as the app's smoke report
app.exec()
with open(sys.argv[1], "w") as out:  # when it was shown, for the first-paint figure
    out.write(repr(shown[0]))
print("shown")
"""


def measure(pairs: int = 5, activities: int = 100_000) -> list[PairResult]:
    """P1: `bkfi-desktop` (its real entry, app.main) against a bare PySide6 process showing one QMainWindow,
    on a 100k-activity workspace. Whole process: until the main window is shown with the workspace
    attached and the first page's data loaded, then quit (the app's BKFI_SMOKE_REPORT hook). From the
    same runs, the time from starting the process to the window's first paint (the shell, before the
    workspace opens) against the bare window's first turn of the event loop."""
    folder = Path(tempfile.mkdtemp(prefix="bkfi-p1-"))
    env = bench_env(folder)
    os.environ["BKFI_HOME"] = str(folder)
    workspace = folder / "bkfi.db"
    prepare(workspace, activities)
    report = folder / "shown.json"
    shown_at = folder / "bare-shown.txt"
    painted = PairResult("P1 bkfi-desktop to first paint of its main window",
                         "bare PySide6 QMainWindow shown", goal_time=1.5, goal_memory=2.0)

    def ours() -> Sample:
        report.unlink(missing_ok=True)
        started = time.time()
        sample = run_process([sys.executable, "-m", "bkfi_desktop.app", "--db", str(workspace)],
                             env={**env, "BKFI_SMOKE_REPORT": str(report)})
        if not report.is_file():
            raise RuntimeError("bkfi-desktop ended without showing its main window")
        first_paint = json.loads(report.read_text(encoding="utf-8"))["first_paint"]
        painted.ours.append(Sample(first_paint["epoch"] - started, float("nan"),
                                   first_paint["peak_rss_mib"] or float("nan")))
        return sample

    def baseline() -> Sample:
        started = time.time()
        sample = python_process(BARE_SHOWN, str(shown_at), env=env, expect="shown")
        # The bare window's memory is its whole run's: it does nothing after being shown.
        painted.baseline.append(Sample(float(shown_at.read_text()) - started, float("nan"), sample.peak_rss_mib))
        return sample

    result = PairResult(f"P1 bkfi-desktop to main window shown with its data ({activities} activities)",
                        "bare PySide6 QMainWindow process", goal_time=1.5, goal_memory=2.0)
    alternate(result, ours, baseline, pairs)
    del painted.ours[0], painted.baseline[0]  # the unmeasured warm-up pair
    return [result, painted]


def prepare(path: Path, activities: int) -> None:
    from bkfi_desktop.core.demo import create_demo, generate_activities
    from bkfi_desktop.core.workspace import Workspace

    with Workspace.open(path) as workspace:
        create_demo(workspace)
        with workspace.transaction() as session:
            generate_activities(session, activities, seed=7)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--activities", type=int, default=100_000)
    parser.add_argument("--pairs", type=int, default=5)
    args = parser.parse_args()
    for result in measure(args.pairs, args.activities):
        print_result(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
