"""Time from process start to the main window shown, on a 100k-activity workspace, against a bare
PySide6 window process: `python -m bench.gui_bench [--activities N] [--runs R]`. Prints the ratio.

Each measurement is a fresh process (imports included, as a clerk double-clicking the icon), timed
until the window's first expose event has been processed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1180, 760)
window.show()
app.processEvents()
print("shown")
"""

APP = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.i18n import install_translators
from bkfi_desktop.ui.worker import TaskRunner
app = QApplication(sys.argv[:1])
translators = install_translators(app)
from bkfi_desktop.ui.main_window import MainWindow
workspace = Workspace.open(Path(sys.argv[1]))
runner = TaskRunner()
window = MainWindow(AppContext(workspace, runner))
window.show()
app.processEvents()
runner.wait_all()
app.processEvents()
print("shown")
"""


def prepare(path: Path, activities: int) -> None:
    from bkfi_desktop.core.demo import create_demo, generate_activities
    from bkfi_desktop.core.workspace import Workspace

    with Workspace.open(path) as workspace:
        create_demo(workspace)
        with workspace.transaction() as session:
            generate_activities(session, activities, seed=7)


def time_process(code: str, *args: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - start
    if "shown" not in result.stdout:
        raise RuntimeError(result.stderr[-2000:])
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--activities", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = dict(
            os.environ,
            BKFI_HOME=home,
            PYTHONPATH=str(ROOT),
            QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        )
        os.environ["BKFI_HOME"] = home
        workspace = Path(home) / "bkfi.db"
        started = time.perf_counter()
        prepare(workspace, args.activities)
        print(
            f"workspace with {args.activities} activities prepared in {time.perf_counter() - started:.1f} s"
        )
        time_process(APP, str(workspace), env=env)  # warm the OS file cache and compile translations once
        bare = [time_process(BARE, env=env) for _ in range(args.runs)]
        app = [time_process(APP, str(workspace), env=env) for _ in range(args.runs)]
    bare_s, app_s = statistics.median(bare), statistics.median(app)
    print(f"bare PySide6 window shown:         {bare_s * 1000:7.0f} ms (median of {args.runs})")
    print(f"BKFI Desktop main window shown:    {app_s * 1000:7.0f} ms (median of {args.runs})")
    print(f"ratio (BKFI / bare):               {app_s / bare_s:7.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
