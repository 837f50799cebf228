"""Long work off the GUI thread: one small helper with success/failure callbacks, progress and cancel.

    runner.run(
        lambda progress: import_task_list(workspace, path, progress=progress.report),
        on_success=show_summary,
        on_failure=show_error,
        cancellable=True,
        label=tr("Importing the task list…"),
    )

`fn` receives a `Progress` (bkfi_desktop.workflows.progress, the one progress/cancel protocol); it
calls `report(percent, text)` now and then and stops (raising `Cancelled`, e.g. via `step()` or
`check_cancelled()`) once `cancelled` is true. Callbacks always run on the GUI
thread. `InlineTaskRunner` runs everything synchronously: tests use it so nothing races.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QWidget

from bkfi_desktop.ui.forms import FormUi
from bkfi_desktop.workflows.progress import Cancelled, Progress

log = logging.getLogger(__name__)

SHOW_DIALOG_AFTER_MS = 400

Work = Callable[[Progress], Any]
Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]
ProgressCallback = Callable[[int, str], None]


# The one progress/cancel protocol (bkfi_desktop.workflows.progress); the old names stay as aliases.
ProgressReporter = Progress
__all__ = [
    "Cancelled",
    "InlineTaskRunner",
    "Progress",
    "ProgressDialog",
    "ProgressReporter",
    "RunningJob",
    "TaskRunner",
]


class ProgressDialogUi(FormUi):
    form = "progress_dialog"
    messageLabel: QLabel
    progressBar: QProgressBar
    buttonBox: QDialogButtonBox


class ProgressDialog(QDialog):
    """The modal 'please wait' window with a Hủy button; shown only for work that lasts."""

    def __init__(self, parent: QWidget | None, label: str, cancellable: bool) -> None:
        super().__init__(parent)
        self.ui = ProgressDialogUi.load_into(self)
        self.setWindowTitle(self.tr("Please wait"))
        self.ui.messageLabel.setText(label or self.tr("Working…"))
        self.ui.buttonBox.setVisible(cancellable)
        self.ui.buttonBox.rejected.connect(self.reject)

    def set_progress(self, percent: int, text: str) -> None:
        self.ui.progressBar.setValue(percent)
        if text:
            self.ui.messageLabel.setText(text)


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, str)


class _Job(QRunnable):
    def __init__(self, fn: Work, reporter: Progress, signals: _Signals) -> None:
        super().__init__()
        self.fn = fn
        self.reporter = reporter
        self.signals = signals
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.fn(self.reporter)
        except BaseException as exc:  # handed to the GUI thread, never lost in the pool
            if not isinstance(exc, Cancelled):
                log.debug("background work failed", exc_info=exc)
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


class RunningJob:
    """What run() returns: lets the caller cancel, and tests or shutdown wait."""

    def __init__(self, reporter: Progress) -> None:
        self.reporter = reporter
        self.done = False

    def cancel(self) -> None:
        self.reporter.cancel()


class TaskRunner(QObject):
    """Runs work on a QThreadPool; callbacks come back on the GUI thread."""

    def __init__(self, parent_widget: QWidget | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__()
        self.parent_widget = parent_widget
        self.pool = pool or QThreadPool.globalInstance()
        self._running: set[tuple[_Job, _Signals, RunningJob]] = set()

    def run(
        self,
        fn: Work,
        *,
        on_success: Success,
        on_failure: Failure,
        on_progress: ProgressCallback | None = None,
        on_cancelled: Callable[[], None] | None = None,
        cancellable: bool = False,
        label: str = "",
    ) -> RunningJob:
        signals = _Signals()
        reporter = Progress(signals.progressed.emit)
        handle = RunningJob(reporter)
        job = _Job(fn, reporter, signals)
        entry = (job, signals, handle)
        dialog: list[ProgressDialog] = []
        timer = QTimer(signals)
        timer.setSingleShot(True)

        def show_dialog() -> None:
            if handle.done:
                return
            box = ProgressDialog(self.parent_widget, label, cancellable)
            box.rejected.connect(reporter.cancel)
            dialog.append(box)
            box.show()

        def progressed(percent: int, text: str) -> None:
            if dialog:
                dialog[0].set_progress(percent, text)
            if on_progress is not None:
                on_progress(percent, text)

        def finish() -> None:
            handle.done = True
            timer.stop()
            if dialog:
                dialog[0].blockSignals(True)
                dialog[0].close()
                dialog[0].deleteLater()
            self._running.discard(entry)

        def succeeded(result: object) -> None:
            finish()
            if reporter.cancelled and on_cancelled is not None:
                on_cancelled()
                return
            on_success(result)

        def failed(exc: BaseException) -> None:
            finish()
            if isinstance(exc, Cancelled):
                if on_cancelled is not None:
                    on_cancelled()
                return
            on_failure(exc)

        signals.progressed.connect(progressed)
        signals.succeeded.connect(succeeded)
        signals.failed.connect(failed)
        if label:
            timer.timeout.connect(show_dialog)
            timer.start(SHOW_DIALOG_AFTER_MS)
        self._running.add(entry)
        self.pool.start(job)
        return handle

    def busy(self) -> bool:
        return bool(self._running)

    def wait_all(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)


class InlineTaskRunner(TaskRunner):
    """Runs work synchronously on the calling thread (tests, scripts): same callbacks, no dialog."""

    def __init__(self) -> None:
        super().__init__(None, None)
        self.progress_log: list[tuple[int, str]] = []

    def run(
        self,
        fn: Work,
        *,
        on_success: Success,
        on_failure: Failure,
        on_progress: ProgressCallback | None = None,
        on_cancelled: Callable[[], None] | None = None,
        cancellable: bool = False,
        label: str = "",
    ) -> RunningJob:
        def progressed(percent: int, text: str) -> None:
            self.progress_log.append((percent, text))
            if on_progress is not None:
                on_progress(percent, text)

        reporter = Progress(progressed)
        handle = RunningJob(reporter)
        try:
            result = fn(reporter)
        except Cancelled:
            handle.done = True
            if on_cancelled is not None:
                on_cancelled()
        except Exception as exc:
            handle.done = True
            on_failure(exc)
        else:
            handle.done = True
            on_success(result)
        return handle
