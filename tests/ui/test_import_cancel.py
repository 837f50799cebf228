"""The import wizard on the real (threaded) runner: the import runs through the workflow with the one
progress/cancel protocol, so Hủy while the file is read stops it with nothing written, and the clerk
can press Nhập again and get the list."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from bkfi_desktop.ui.import_wizard import STEP_PREVIEW, STEP_RESULT, ImportWizard
from bkfi_desktop.ui.main_window import MainWindow
from bkfi_desktop.ui.worker import ProgressDialog
from bkfi_desktop.workflows import import_tasks as import_workflow
from tests.ui.clerk import click, top_level
from tests.ui.test_long_work import WAIT_MS, Held, threaded_window, vietnamese  # noqa: F401 (fixtures)
from tests.ui.test_tasks_page import NEW_TASK, task_ids_by_content, write_task_list

if TYPE_CHECKING:
    from tests.ui.conftest import DialogAnswers


def test_cancel_while_importing_writes_nothing_and_the_clerk_can_import_again(
    qtbot: Any,
    threaded_window: MainWindow,  # noqa: F811 (the fixture imported above)
    answers: DialogAnswers,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = threaded_window
    held = Held(monkeypatch, import_workflow, "read_task_list")  # mid-read, once armed
    runner, workspace = window.context.runner, window.context.workspace
    source = write_task_list(tmp_path / "Phụ lục nhiệm vụ 2026.xlsx")
    window.ui.actionImport.trigger()
    wizard = top_level(ImportWizard)
    answers.open_files.append(source)
    click(qtbot, wizard.ui.browseButton)
    click(qtbot, wizard.ui.nextButton)
    qtbot.waitUntil(lambda: wizard.step() == STEP_PREVIEW, timeout=WAIT_MS)

    held.armed = True
    try:
        click(qtbot, wizard.ui.importButton)
        qtbot.waitUntil(held.started.is_set, timeout=WAIT_MS)
        qtbot.waitUntil(
            lambda: any(box.isVisible() for box in window.findChildren(ProgressDialog)), timeout=WAIT_MS
        )
        (dialog,) = [box for box in window.findChildren(ProgressDialog) if box.isVisible()]
        click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel))
        assert dialog.ui.messageLabel.text() == "Đang hủy…"
    finally:
        held.armed = False
        held.release.set()
    qtbot.waitUntil(lambda: not runner.busy(), timeout=WAIT_MS)
    assert task_ids_by_content(workspace, NEW_TASK) == []
    assert answers.errors == []  # a cancel is not an error
    assert wizard.step() == STEP_PREVIEW and wizard.ui.importButton.isEnabled()

    click(qtbot, wizard.ui.importButton)
    qtbot.waitUntil(lambda: wizard.step() == STEP_RESULT, timeout=WAIT_MS)
    assert len(task_ids_by_content(workspace, NEW_TASK)) == 1
    click(qtbot, wizard.ui.closeButton)
    qtbot.waitUntil(lambda: not runner.busy(), timeout=WAIT_MS)  # the pages' reloads after the import
