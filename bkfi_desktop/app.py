"""`bkfi-desktop [--db PATH | --demo]`: start the GUI in Vietnamese on the clerk's own workspace (or the demo one)."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QSplashScreen, QWidget

from bkfi_desktop import paths
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.i18n import install_translators
from bkfi_desktop.ui.worker import ProgressReporter, TaskRunner

if TYPE_CHECKING:
    from bkfi_desktop.ui.main_window import MainWindow

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
    workspace = Workspace.open(path)
    if demo_if_new and workspace_is_empty(workspace):
        from bkfi_desktop.core.demo import create_demo

        create_demo(workspace)
    return workspace


def run_blocking_off_thread(runner: TaskRunner, work: Callable[[ProgressReporter], object]) -> object:
    """Run work on the pool while the event loop keeps the splash painted; re-raise its error here."""
    loop = QEventLoop()
    outcome: dict[str, object] = {}

    def succeeded(result: object) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(exc: BaseException) -> None:
        outcome["error"] = exc
        loop.quit()

    runner.run(work, on_success=succeeded, on_failure=failed)
    if not outcome:
        loop.exec()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome.get("result")


def create_main_window(context: AppContext, settings: QSettings | None = None) -> MainWindow:
    """The window as the program shows it; tests build theirs here too, so they click what a clerk clicks."""
    from bkfi_desktop.ui.main_window import MainWindow

    window = MainWindow(context, settings)
    context.runner.parent_widget = window  # progress dialogs belong to the window
    return window


SMOKE_REPORT_ENV = "BKFI_SMOKE_REPORT"


def _report_start_when_asked(window: QWidget) -> None:
    """BKFI_SMOKE_REPORT=FILE (the packaging smoke test): once the event loop runs with the main window
    shown, write what it shows to FILE as JSON and quit, so that a frozen, windowed build (no console)
    can be checked without a screen."""
    target = os.environ.get(SMOKE_REPORT_ENV)
    if not target:
        return

    def report() -> None:
        menu_bar = window.menuBar() if isinstance(window, QMainWindow) else None
        shown = {
            "title": window.windowTitle(),
            "visible": window.isVisible(),
            "menus": [action.text() for action in menu_bar.actions()] if menu_bar else [],
        }
        Path(target).write_text(json.dumps(shown, ensure_ascii=False), encoding="utf-8")
        QApplication.quit()

    QTimer.singleShot(0, report)


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
    QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from bkfi_desktop.ui.pages.settings_page import interface_language

    translators = install_translators(app, interface_language())
    splash = QSplashScreen()
    splash.showMessage(
        QCoreApplication.translate("app", "Opening the data file…"),
        Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter,
    )
    splash.show()
    app.processEvents()

    runner = TaskRunner()
    demo_if_new = fills_empty_workspace_with_demo(args)
    try:
        workspace = run_blocking_off_thread(
            runner, lambda _p: open_workspace(args.db, demo_if_new=demo_if_new)
        )
    except Exception as exc:
        splash.close()
        dialogs.show_error(None, exc, QCoreApplication.translate("app", "Cannot open the data file"))
        return 1
    assert isinstance(workspace, Workspace)

    window = create_main_window(AppContext(workspace, runner))
    window.show()
    splash.finish(window)
    _report_start_when_asked(window)
    code = app.exec()
    runner.wait_all()
    workspace.close()
    for widget in app.topLevelWidgets():  # windows opened on another workspace (the demo banner)
        context = getattr(widget, "context", None)
        if isinstance(context, AppContext):
            context.workspace.close()
    del translators
    return code


if __name__ == "__main__":
    raise SystemExit(main())
