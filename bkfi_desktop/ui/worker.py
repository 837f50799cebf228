"""Long work off the GUI thread: one small runner with success/failure callbacks, progress and cancel.

    runner.run(
        lambda progress: import_tasks(workspace, path, progress=progress),
        on_success=show_summary,
        on_failure=show_error,
        cancellable=True,
        label=tr("Importing the task list…"),
        changes=("plan",),
    )

- `fn` receives a `Progress` (bkfi_desktop.workflows.progress, the one progress/cancel protocol); it
  reports now and then and stops (raising `Cancelled`, e.g. via `step()`) once `cancelled` is true.
- Workspace jobs run one at a time, in order: the runner's own pool has one thread, so two writes
  never race and a read never sees half of another job's work.
- Callbacks always run on the GUI thread. A cancelled job calls `on_cancelled` (quietly by default).
- What changed is announced once, from here: `changes` (and a result's own `changes` attribute)
  are emitted by `changed` after a job succeeds, and an edit made on the GUI thread says what it
  changed through `announce` (usually as `context.announce("staff")`), so `changed` is the one
  signal for both; AppContext turns it into the DataSignals pages refresh from.
- The progress dialog appears after SHOW_DIALOG_AFTER_MS. Its Hủy button (or Esc) asks the work to
  stop and at once shows "Đang hủy…"; the dialog stays until the work has really stopped.
  `cancel_all()` does the same for every job (the main window closing during work); `idle` fires
  when the last job has finished.
- `InlineTaskRunner` runs everything synchronously: tests use it so nothing races.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
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

# The one progress/cancel protocol (bkfi_desktop.workflows.progress); the old name stays as an alias.
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
    """The modal 'please wait' window with a Hủy button; shown only for work that lasts.

    Hủy, Esc or the window's close button ask the work to stop (`cancel_requested`) and say
    "Đang hủy…" at once; the dialog closes only when the runner says the work has stopped.
    """

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None, label: str, cancellable: bool) -> None:
        super().__init__(parent)
        self.ui = ProgressDialogUi.load_into(self)
        self.setWindowTitle(self.tr("Please wait"))
        self.ui.messageLabel.setText(label or self.tr("Working…"))
        self.cancellable = cancellable
        self.cancelling = False
        self._work_done = False
        self.ui.buttonBox.setVisible(cancellable)
        self.ui.buttonBox.rejected.connect(self.reject)

    def set_progress(self, percent: int, text: str) -> None:
        self.ui.progressBar.setValue(percent)
        if text and not self.cancelling:
            self.ui.messageLabel.setText(text)

    def show_cancelling(self) -> None:
        self.cancelling = True
        self.ui.messageLabel.setText(self.tr("Cancelling…"))
        self.ui.buttonBox.setEnabled(False)

    def reject(self) -> None:
        if self._work_done:
            super().reject()
        elif self.cancellable and not self.cancelling:
            self.show_cancelling()
            self.cancel_requested.emit()

    def close_when_done(self) -> None:
        self._work_done = True
        self.close()
        self.deleteLater()


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
    """What run() returns: lets the caller (or the runner, for all jobs) cancel, and tests wait."""

    def __init__(self, reporter: Progress) -> None:
        self.reporter = reporter
        self.done = False
        self.on_cancel: Callable[[], None] | None = None  # the runner shows "Đang hủy…" here

    def cancel(self) -> None:
        self.reporter.cancel()
        if self.on_cancel is not None and not self.done:
            self.on_cancel()


def _changes_of(declared: Iterable[str], result: object) -> frozenset[str]:
    return frozenset(declared) | frozenset(getattr(result, "changes", ()) or ())


class TaskRunner(QObject):
    """Runs work one job at a time on its own thread; callbacks come back on the GUI thread."""

    changed = Signal(object)  # frozenset[str]: what a finished job changed ("reports", "plan"…)
    idle = Signal()  # the last running job finished

    def __init__(self, parent_widget: QWidget | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__()
        self.parent_widget = parent_widget
        if pool is None:
            pool = QThreadPool(self)
            pool.setMaxThreadCount(1)  # workspace jobs one at a time
        self.pool = pool
        self._running: dict[RunningJob, tuple[_Job, _Signals]] = {}

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
        changes: Iterable[str] = (),
    ) -> RunningJob:
        signals = _Signals()
        reporter = Progress(signals.progressed.emit)
        handle = RunningJob(reporter)
        job = _Job(fn, reporter, signals)
        dialog: list[ProgressDialog] = []
        timer = QTimer(signals)
        timer.setSingleShot(True)

        def show_dialog() -> None:
            if handle.done or dialog:
                return
            box = ProgressDialog(self.parent_widget, label, cancellable)
            box.cancel_requested.connect(reporter.cancel)
            dialog.append(box)
            box.show()

        def show_cancelling() -> None:  # cancelled from elsewhere (closing the window): say so at once
            if label:
                show_dialog()
            if dialog:
                dialog[0].show_cancelling()

        def progressed(percent: int, text: str) -> None:
            if dialog:
                dialog[0].set_progress(percent, text)
            if on_progress is not None:
                on_progress(percent, text)

        def finish() -> None:
            handle.done = True
            timer.stop()
            if dialog:
                dialog[0].close_when_done()
            self._running.pop(handle, None)

        def succeeded(result: object) -> None:
            finish()
            if reporter.cancelled and on_cancelled is not None:
                on_cancelled()
            else:
                self.announce(_changes_of(changes, result))
                on_success(result)
            self._maybe_idle()

        def failed(exc: BaseException) -> None:
            finish()
            if isinstance(exc, Cancelled):
                if on_cancelled is not None:
                    on_cancelled()
            else:
                on_failure(exc)
            self._maybe_idle()

        handle.on_cancel = show_cancelling
        signals.progressed.connect(progressed)
        signals.succeeded.connect(succeeded)
        signals.failed.connect(failed)
        if label:
            timer.timeout.connect(show_dialog)
            timer.start(SHOW_DIALOG_AFTER_MS)
        self._running[handle] = (job, signals)
        self.pool.start(job)
        return handle

    def announce(self, changes: Iterable[str]) -> None:
        """Say what changed (a finished job, or an edit made on the GUI thread): one `changed` emit."""
        announced = frozenset(changes)
        if announced:
            self.changed.emit(announced)

    def _maybe_idle(self) -> None:
        if not self._running:
            self.idle.emit()

    def busy(self) -> bool:
        return bool(self._running)

    def cancel_all(self) -> None:
        """Ask every running or waiting job to stop (each says "Đang hủy…"); `idle` follows."""
        for handle in list(self._running):
            handle.cancel()

    def wait_all(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)


class InlineTaskRunner(TaskRunner):
    """Runs work synchronously on the calling thread (tests, scripts): same callbacks, no dialog."""

    def __init__(self) -> None:
        super().__init__(None, QThreadPool.globalInstance())
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
        changes: Iterable[str] = (),
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
            self.announce(_changes_of(changes, result))
            on_success(result)
        return handle
