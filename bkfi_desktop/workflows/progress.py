"""The one progress/cancel protocol of long work (import, report, sign, verify, compile, backup).

Every workflow takes a ``Progress`` and uses three things of it:

    def build_report(workspace, period, *, progress: Progress | None = None) -> BuiltReport:
        progress = progress or Progress()
        progress.step(0, "Đang tổng hợp số liệu…")  # raises Cancelled if the user cancelled, then reports
        ...
        progress.check_cancelled()                  # last chance before anything irreversible
        ...

- ``report(percent, text="")`` says how far the work is (0–100, clamped); it never raises.
- ``cancelled`` is true once anyone called ``cancel()`` (the Hủy button, Esc, closing the window).
  ``check_cancelled()`` raises ``Cancelled`` then; ``step(percent, text)`` is check + report, the usual
  call between two steps. Work stops only at those points, so nothing is left half-done.
- ``part(start, end)`` hands a sub-step the range start–end of the bar (same cancel flag).
- ``hook()`` is the same object as a plain ``(percent, text) -> bool`` function for the layers below
  (core, exchange, documents), which must not import this package: they call it to report and raise
  ``Cancelled`` when it returns False.

``Cancelled`` is a ``BkfiError`` with a Vietnamese message (the CLI prints it; the GUI treats it as a
quiet stop). It is defined in ``bkfi_desktop.errors`` so that every layer raises the same class.

The GUI's runner (``ui/worker.py``) gives each background job a ``Progress`` wired to its progress
dialog and cancels it from the dialog's Hủy button; the CLI and tests pass ``Progress()`` (reports
nowhere) or ``Progress(sink)`` to collect what was reported. Safe to use across threads: the work
reports and checks on its thread, the GUI cancels on its own.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from bkfi_desktop.errors import Cancelled

__all__ = ["Cancelled", "Hook", "Progress", "Sink"]

Sink = Callable[[int, str], None]  # receives (percent 0–100, text) for every report
Hook = Callable[[int, str], bool]  # what lower layers receive: report, and False means "stop"


class Progress:
    """Progress reports going to ``sink`` and a cancel flag that any thread may set."""

    def __init__(self, sink: Sink | None = None) -> None:
        self._sink = sink
        self._cancel = threading.Event()

    def report(self, percent: float, text: str = "") -> None:
        if self._sink is not None:
            self._sink(max(0, min(100, int(percent))), text)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check_cancelled(self, message: str | None = None) -> None:
        """Raise ``Cancelled`` (with ``message`` when given) if the user asked to stop."""
        if self.cancelled:
            raise Cancelled(message) if message else Cancelled()

    def step(self, percent: float, text: str = "") -> None:
        """Between two steps: stop here if cancelled, else report."""
        self.check_cancelled()
        self.report(percent, text)

    def part(self, start: float, end: float) -> Progress:
        """A view for a sub-step: its 0–100 maps onto start–end of this bar; cancelling is shared."""
        view = Progress(lambda percent, text: self.report(start + (end - start) * percent / 100, text))
        view._cancel = self._cancel
        return view

    def hook(self) -> Hook:
        """This progress as a plain function for core/exchange/documents: report, True = go on."""

        def hook(percent: int, text: str) -> bool:
            self.report(percent, text)
            return not self.cancelled

        return hook
