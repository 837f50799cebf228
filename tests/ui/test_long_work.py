"""Long work in the real window, on the real (threaded) runner: Hủy reacts at once with "Đang hủy…",
closing the window during work asks and then cancels cleanly, jobs run one at a time, and the runner
announces what changed once."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from bkfi_desktop.core.reports import list_reports
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.ui import i18n
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.main_window import MainWindow
from bkfi_desktop.ui.worker import ProgressDialog, TaskRunner
from bkfi_desktop.workflows import build_report as build_workflow
from tests.ui.clerk import choose, click, type_into
from tests.ui.conftest import TODAY
from tests.ui.test_journey_sign import open_reports_page

if TYPE_CHECKING:
    from tests.ui.conftest import DialogAnswers

WAIT_MS = 60_000  # the machine may be slow; nothing here waits that long when all is well


@pytest.fixture
def vietnamese(qapp: QApplication) -> Iterator[None]:
    translators = i18n.install_translators(qapp)
    assert translators, "no translation could be loaded"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def threaded_window(
    qtbot: Any, demo_workspace: Workspace, settings: QSettings, answers: DialogAnswers, vietnamese: None
) -> Iterator[MainWindow]:
    """The window as app.main builds it, on the real runner (a background thread)."""
    from bkfi_desktop.app import create_main_window

    runner = TaskRunner()
    window = create_main_window(AppContext(demo_workspace, runner, clock=lambda: TODAY), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    runner.cancel_all()
    runner.wait_all(WAIT_MS)


class Held:
    """Once armed, holds every call of ``owner.name`` until released, so the test acts while the
    work is running on the runner's thread."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> None:
        self.armed = False
        self.started = threading.Event()
        self.release = threading.Event()
        real = getattr(owner, name)

        def held(*args: Any, **kwargs: Any) -> Any:
            if self.armed:
                self.started.set()
                self.release.wait(WAIT_MS / 1000)
            return real(*args, **kwargs)

        monkeypatch.setattr(owner, name, held)


class HeldLayout(Held):
    """The report's layout step held (the page's preview, laid out before armed, is not)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        super().__init__(monkeypatch, build_workflow, "render_report")


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[HeldLayout]:
    holder = HeldLayout(monkeypatch)
    yield holder
    holder.release.set()  # never leave the worker thread waiting


def start_building(qtbot: Any, window: MainWindow, held: HeldLayout, answers: DialogAnswers) -> Any:
    page = open_reports_page(qtbot, window)
    choose(qtbot, page.ui.periodKindCombo, page.tr("6-month report"))
    type_into(qtbot, page.ui.yearSpin, "2025", enter=True)
    page.ui.yearSpin.clearFocus()
    qtbot.waitUntil(lambda: not window.context.runner.busy(), timeout=WAIT_MS)  # counts and preview
    held.armed = True
    answers.confirms.append(True)  # 2025-H1 was due long ago: the page asks first
    click(qtbot, page.ui.buildButton)
    qtbot.waitUntil(held.started.is_set, timeout=WAIT_MS)
    return page


def progress_dialog(window: MainWindow) -> ProgressDialog:
    shown = [box for box in window.findChildren(ProgressDialog) if box.isVisible()]
    assert len(shown) == 1
    return shown[0]


def nothing_built(window: MainWindow, page: Any) -> bool:
    with window.context.workspace.session() as session:
        issued = [report for report in list_reports(session) if report.period == "2025-H1"]
    folder = page.output.reports_folder()
    files = sorted(path.name for path in folder.iterdir()) if folder.exists() else []
    return not issued and files == []


def test_cancel_says_cancelling_at_once_and_writes_nothing(
    qtbot: Any, threaded_window: MainWindow, answers: DialogAnswers, held: HeldLayout
) -> None:
    window = threaded_window
    answers.allow_errors = True
    page = start_building(qtbot, window, held, answers)
    qtbot.waitUntil(
        lambda: bool([box for box in window.findChildren(ProgressDialog) if box.isVisible()]), timeout=WAIT_MS
    )
    dialog = progress_dialog(window)
    cancel = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
    click(qtbot, cancel)
    # At once, while the work is still running (the layout step is held):
    assert dialog.ui.messageLabel.text() == "Đang hủy…"
    assert not dialog.ui.buttonBox.isEnabled() and dialog.isVisible()
    assert window.context.runner.busy()
    held.release.set()
    qtbot.waitUntil(lambda: not window.context.runner.busy(), timeout=WAIT_MS)
    assert not [box for box in window.findChildren(ProgressDialog) if box.isVisible()]  # gone once stopped
    assert answers.errors == ["Đã hủy lập báo cáo; chưa có tệp nào được ghi."]
    assert nothing_built(window, page)
    assert page.ui.buildButton.isEnabled()


def test_closing_during_work_asks_then_cancels_cleanly(
    qtbot: Any, threaded_window: MainWindow, answers: DialogAnswers, held: HeldLayout
) -> None:
    window = threaded_window
    answers.allow_errors = True
    page = start_building(qtbot, window, held, answers)
    answers.confirms.append(False)  # "No": keep working
    window.close()
    assert answers.asked[-1] == ("confirm", "Công việc đang chạy chưa xong. Hủy công việc và đóng chương trình?")
    assert window.isVisible() and window.context.runner.busy()
    answers.confirms.append(True)  # "Yes": cancel, then close
    window.close()
    dialog = progress_dialog(window)  # shown at once, even before its usual delay
    assert dialog.ui.messageLabel.text() == "Đang hủy…"
    assert window.isVisible()  # not before the work has stopped
    held.release.set()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    assert not window.context.runner.busy()
    assert nothing_built(window, page)
    assert [kind for kind, _text in answers.asked].count("confirm") == 3  # late build, then No, then Yes


def test_jobs_run_one_at_a_time_in_order(qtbot: Any, threaded_window: MainWindow) -> None:
    runner = threaded_window.context.runner
    first_may_end = threading.Event()
    log: list[str] = []
    lock = threading.Lock()

    def job(name: str, hold: threading.Event | None) -> Any:
        def work(_progress: Any) -> str:
            with lock:
                log.append(f"{name} starts")
            if hold is not None:
                hold.wait(WAIT_MS / 1000)
            with lock:
                log.append(f"{name} ends")
            return name

        return work

    done: list[str] = []
    runner.run(job("first", first_may_end), on_success=done.append, on_failure=pytest.fail)
    runner.run(job("second", None), on_success=done.append, on_failure=pytest.fail)
    qtbot.waitUntil(lambda: log == ["first starts"], timeout=WAIT_MS)
    qtbot.wait(200)
    assert log == ["first starts"]  # the second waits for the first
    first_may_end.set()
    qtbot.waitUntil(lambda: done == ["first", "second"], timeout=WAIT_MS)
    assert log == ["first starts", "first ends", "second starts", "second ends"]


def test_a_build_is_announced_once_by_the_runner(
    qtbot: Any, main_window: MainWindow, answers: DialogAnswers, tmp_path: Path
) -> None:
    page = open_reports_page(qtbot, main_window)
    choose(qtbot, page.ui.periodKindCombo, page.tr("6-month report"))
    type_into(qtbot, page.ui.yearSpin, "2025", enter=True)
    page.ui.yearSpin.clearFocus()
    announced: list[str] = []
    main_window.context.signals.reports_changed.connect(lambda: announced.append("reports"))
    main_window.context.signals.plan_changed.connect(lambda: announced.append("plan"))
    answers.confirms.append(True)  # 2025-H1 was due long ago: the page asks first
    click(qtbot, page.ui.buildButton)
    assert page.report is not None and page.report.summary.status == "issued"
    assert announced == ["reports"]
