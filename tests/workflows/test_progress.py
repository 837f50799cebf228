"""The one progress/cancel protocol: what every workflow, the GUI runner and the CLI rely on."""

from __future__ import annotations

import threading

import pytest

from bkfi_desktop.errors import BkfiError
from bkfi_desktop.exchange.compilation import CompilationCancelled
from bkfi_desktop.ui import worker
from bkfi_desktop.workflows.progress import Cancelled, Progress


def test_reports_are_clamped_and_reach_the_sink() -> None:
    seen: list[tuple[int, str]] = []
    progress = Progress(lambda percent, text: seen.append((percent, text)))
    progress.report(-5, "bắt đầu")
    progress.report(42.7)
    progress.report(180, "xong")
    assert seen == [(0, "bắt đầu"), (42, ""), (100, "xong")]


def test_step_stops_with_one_vietnamese_cancel_error_once_cancelled() -> None:
    seen: list[int] = []
    progress = Progress(lambda percent, _text: seen.append(percent))
    progress.step(10, "bước 1")
    threading.Thread(target=progress.cancel).start()  # the GUI thread cancels, the work notices
    while not progress.cancelled:
        pass
    with pytest.raises(Cancelled) as caught:
        progress.step(20, "bước 2")
    assert seen == [10]  # nothing reported after the cancel
    assert isinstance(caught.value, BkfiError) and caught.value.message == "Đã hủy theo yêu cầu."
    with pytest.raises(Cancelled, match="Đã dừng nhập"):
        progress.check_cancelled("Đã dừng nhập danh mục.")


def test_a_part_maps_its_range_and_shares_the_cancel() -> None:
    seen: list[int] = []
    progress = Progress(lambda percent, _text: seen.append(percent))
    reading = progress.part(20, 60)
    reading.report(0)
    reading.report(50)
    reading.report(100)
    assert seen == [20, 40, 60]
    progress.cancel()
    assert reading.cancelled
    with pytest.raises(Cancelled):
        reading.step(10)


def test_the_hook_for_lower_layers_says_stop_after_a_cancel() -> None:
    seen: list[tuple[int, str]] = []
    progress = Progress(lambda percent, text: seen.append((percent, text)))
    hook = progress.hook()
    assert hook(5, "đang đọc") is True
    progress.cancel()
    assert hook(6, "đang đọc") is False
    assert seen == [(5, "đang đọc"), (6, "đang đọc")]


def test_there_is_one_cancel_exception_and_the_old_names_are_it() -> None:
    assert CompilationCancelled is Cancelled
    assert worker.Cancelled is Cancelled
    assert worker.ProgressReporter is Progress


def test_the_inline_runner_treats_cancel_as_a_quiet_stop() -> None:
    runner = worker.InlineTaskRunner()
    outcome: list[str] = []

    def work(progress: Progress) -> None:
        progress.report(30, "nửa đường")
        progress.cancel()
        progress.step(60, "không tới")

    runner.run(
        work,
        on_success=lambda _result: outcome.append("success"),
        on_failure=lambda exc: outcome.append(f"failure {exc}"),
        on_cancelled=lambda: outcome.append("cancelled"),
    )
    assert outcome == ["cancelled"]
    assert runner.progress_log == [(30, "nửa đường")]
