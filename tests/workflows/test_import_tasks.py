"""Importing a task list through the workflow: progress goes forward, a cancel while reading stops
cleanly with the one cancel error (not a "bad file" message), and nothing is written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bkfi_desktop.core.tasks import list_tasks
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.workflows.import_tasks import import_tasks, preview_import
from bkfi_desktop.workflows.progress import Cancelled, Progress
from tests.exchange import builders


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace.open(tmp_path / "dữ liệu.db") as opened:
        yield opened


def test_import_reports_forward_and_writes_the_tasks(workspace: Workspace, tmp_path: Path) -> None:
    path = builders.appendix_xlsx(tmp_path / "phụ lục.xlsx")
    seen: list[int] = []
    preview = preview_import(workspace, path, progress=Progress(lambda percent, _text: seen.append(percent)))
    assert preview.result.added and seen == sorted(seen)
    with workspace.session() as session:
        assert list_tasks(session) == []  # a preview writes nothing
    seen.clear()
    summary = import_tasks(workspace, path, progress=Progress(lambda percent, _text: seen.append(percent)))
    assert seen == sorted(seen) and seen[-1] == 100
    with workspace.session() as session:
        assert len(list_tasks(session)) == summary.task_count == len(preview.result.added)


def test_cancel_while_reading_stops_with_the_cancel_error_and_writes_nothing(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = builders.appendix_xlsx(tmp_path / "phụ lục.xlsx")

    def sink(percent: int, text: str) -> None:
        if text == "Đang đọc tệp…":  # the reader's first row count
            progress.cancel()

    progress = Progress(sink)
    with pytest.raises(Cancelled, match="Đã hủy nhập danh sách nhiệm vụ"):
        import_tasks(workspace, path, progress=progress)
    with workspace.session() as session:
        assert list_tasks(session) == []
