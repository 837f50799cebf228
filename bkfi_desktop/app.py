"""`bkfi-desktop [--db PATH | --demo]`: start the GUI in Vietnamese on the clerk's own workspace (or the demo one)."""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

from bkfi_desktop import paths
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.i18n import chosen_language, install_translators
from bkfi_desktop.ui.worker import TaskRunner

# Nothing here may import SQLAlchemy, the models or a page at start-up: the window shell is painted
# first and the workspace opens behind it (tests/ui/test_app_start.py checks the order). Nor Qt's `Qt`
# namespace or QEvent.Type: PySide builds each as Python enums on first use (hundreds of members, a
# good part of the time to first paint), which the pages pay later anyway.
if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from bkfi_desktop.core.workspace import Workspace
    from bkfi_desktop.ui.main_window import MainWindow

STARTED = time.perf_counter()
log = logging.getLogger(__name__)

# The demo lives in its own file so trying the program never mixes sample data into real work.
DEMO_WORKSPACE_FILENAME = paths.DEMO_WORKSPACE_FILENAME


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="bkfi-desktop", description="BKFI Desktop")
    parser.add_argument(
        "--db", type=Path, default=None, help="workspace file (default: the user's data folder)"
    )
    parser.add_argument("--no-demo", action="store_true", help=argparse.SUPPRESS)  # the default now; kept for old shortcuts
    parser.add_argument(
        "--demo", action="store_true", help="open the demo workspace (demo.db in the data folder), creating it if needed"
    )
    args = parser.parse_args(argv)
    if args.demo and args.db is None:
        args.db = paths.demo_workspace_path()
    return args


def fills_empty_workspace_with_demo(args: argparse.Namespace) -> bool:
    """Only --demo gets sample data: a plain start opens the clerk's own workspace, empty at first."""
    return bool(args.demo) and not args.no_demo


def workspace_is_empty(workspace: Workspace) -> bool:
    from sqlalchemy import select

    from bkfi_desktop.core.store.models import Plan, Staff

    with workspace.session() as session:
        return (
            session.scalar(select(Plan.id).limit(1)) is None
            and session.scalar(select(Staff.id).limit(1)) is None
        )


def open_workspace(path: Path | None, *, demo_if_new: bool) -> Workspace:
    """Open (migrating if needed); the demo workspace gets its sample data the first time."""
    from bkfi_desktop.core.workspace import Workspace

    workspace = Workspace.open(path)
    if demo_if_new and workspace_is_empty(workspace):
        from bkfi_desktop.core.demo import create_demo

        create_demo(workspace)
    return workspace


def create_main_window(context: AppContext, settings: QSettings | None = None) -> MainWindow:
    """The window as the program shows it; tests build theirs here too, so they click what a clerk clicks."""
    from bkfi_desktop.ui.main_window import MainWindow

    window = MainWindow(context, settings)
    context.runner.parent_widget = window  # progress dialogs belong to the window
    return window


class FirstPaint(QObject):
    """Calls then() once, from the event loop, after window has painted itself for the first time."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self.then = then
        self.seen = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QObject) -> bool:
        # isinstance, not event.type() == QEvent.Type.Paint: see the note on imports above.
        if isinstance(event, QPaintEvent) and not self.seen:
            self.seen = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.then)  # after this paint is on screen
        return False


SMOKE_REPORT_ENV = "BKFI_SMOKE_REPORT"
WATCHED_MODULES = ("sqlalchemy", "bkfi_desktop.core.store.models", "bkfi_desktop.ui.pages.dashboard_page")


def peak_memory_mib() -> float | None:
    """The process's peak resident memory so far (None where Python cannot tell, e.g. Windows)."""
    try:
        import resource
    except ImportError:
        return None
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def start_facts() -> dict[str, object]:
    """What start-up had loaded and how long it took, for the smoke report and tests/ui/test_app_start.py."""
    return {
        "peak_rss_mib": peak_memory_mib(),
        "seconds": round(time.perf_counter() - STARTED, 3),  # since this module was imported
        "epoch": time.time(),  # for bench/gui_bench.py, which knows when it started the process
        "modules": {name: name in sys.modules for name in WATCHED_MODULES},
    }


def write_smoke_report(window: MainWindow, first_paint: dict[str, object]) -> None:
    """BKFI_SMOKE_REPORT=FILE (the packaging smoke test, bench/gui_bench.py): once the main window is shown
    with its workspace attached and its first page's data loaded, write what it shows to FILE as JSON and
    quit, so that a frozen, windowed build (no console) can be checked without a screen."""
    target = os.environ.get(SMOKE_REPORT_ENV)
    if not target:
        return
    if window.context.runner.busy():  # the first page still loads its data off the GUI thread
        QTimer.singleShot(10, lambda: write_smoke_report(window, first_paint))
        return
    page = window.ui.pageStack.currentWidget()
    menu_bar = window.menuBar() if isinstance(window, QMainWindow) else None
    shown = {
        "title": window.windowTitle(),
        "visible": window.isVisible(),
        "menus": [action.text() for action in menu_bar.actions()] if menu_bar else [],
        "first_paint": first_paint,
        "attached": {
            **start_facts(),
            "workspace": str(window.context.workspace.path),
            "status": window.workspace_label.text(),
            "page": type(page).__name__,
            "texts": [label.text() for label in page.findChildren(QLabel) if label.text()],
        },
    }
    Path(target).write_text(json.dumps(shown, ensure_ascii=False), encoding="utf-8")
    QApplication.quit()


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING)
    # pyHanko logs a traceback for every refused signature; the dialogs already say why in Vietnamese.
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    QCoreApplication.setOrganizationName(paths.APP_AUTHOR)
    QCoreApplication.setApplicationName(paths.APP_NAME)
    from bkfi_desktop import __version__

    QCoreApplication.setApplicationVersion(__version__)
    # High-DPI scale factors are not rounded (fractional 125 %/150 % screens stay sharp): Qt 6's default
    # rounding policy, PassThrough, so nothing is set here.
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from bkfi_desktop.ui.main_window import MainWindow, settings_store

    settings = settings_store()
    translators = install_translators(app, chosen_language(settings))
    # The shell (navigation, menus, status bar "Opening the data file…") is painted first; the workspace
    # (SQLAlchemy, migrations, the demo data on --demo) opens behind it and is attached when ready.
    window = MainWindow(None, settings)
    runner = TaskRunner(window)
    demo_if_new = fills_empty_workspace_with_demo(args)
    opened: list[Workspace] = []
    first_paint: dict[str, object] = {}

    def open_in_background() -> tuple[Workspace, str | None]:
        workspace = open_workspace(args.db, demo_if_new=demo_if_new)
        opened.append(workspace)
        # What attaching would otherwise do on the GUI thread: the banner's query, the first page's import.
        from bkfi_desktop.ui.demo_banner import demo_state
        from bkfi_desktop.ui.pages import PAGES

        state = demo_state(workspace)
        importlib.import_module(PAGES[0].module)
        return workspace, state

    def attach(opened_with: tuple[Workspace, str | None]) -> None:
        workspace, state = opened_with
        window.attach(AppContext(workspace, runner), (state,))
        write_smoke_report(window, first_paint)

    def failed(exc: BaseException) -> None:
        dialogs.show_error(window, exc, QCoreApplication.translate("app", "Cannot open the data file"))
        app.exit(1)

    def painted() -> None:
        first_paint.update(start_facts())
        runner.run(lambda _progress: open_in_background(), on_success=attach, on_failure=failed)

    FirstPaint(window, painted)
    window.show()
    code = app.exec()
    runner.wait_all()
    for workspace in opened:  # attached or not (the window may close while the workspace opens)
        workspace.close()
    for widget in app.topLevelWidgets():  # windows opened on another workspace (the demo banner)
        context = getattr(widget, "context", None)
        if isinstance(context, AppContext) and context.workspace not in opened:
            context.workspace.close()
    window.deleteLater()  # its callbacks keep it alive otherwise: gone now, for a caller that goes on (tests)
    from PySide6.QtCore import QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    del translators
    return code


if __name__ == "__main__":
    raise SystemExit(main())
