"""The import wizard asks which plan a file belongs to when it cannot be sure, and says why."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from bkfi_desktop.core.store.models import Plan
from tests.exchange import builders
from tests.ui.clerk import click, open_import_preview


def _next_years_plan(path: Path) -> Path:
    """The seed plan's text carried over to next year: the same tasks under another title and year."""
    text = builders.seed_path().read_text(encoding="utf-8").replace("năm 2024", "năm 2025")
    path.write_text(text.replace("Triển khai thực hiện Nghị quyết", "Tiếp tục triển khai Nghị quyết"), encoding="utf-8")
    return path


def _plans(main_window: Any) -> int:
    with main_window.context.workspace.session() as session:
        return int(session.scalar(select(func.count(Plan.id))) or 0)


def test_an_uncertain_match_is_the_clerks_choice(qtbot: Any, main_window: Any, answers: Any, tmp_path: Path) -> None:
    from bkfi_desktop.ui.import_wizard import STEP_RESULT

    before = _plans(main_window)
    wizard = open_import_preview(qtbot, main_window, answers, _next_years_plan(tmp_path / "kế hoạch 2025.txt"))
    ui = wizard.ui
    assert ui.planMatchLabel.isVisible() and ui.planChoiceCombo.isVisible()
    assert "may belong to the plan" in ui.planMatchLabel.text() and "trùng nội dung" in ui.planMatchLabel.text()
    assert ui.planChoiceCombo.currentIndex() == -1 and not ui.importButton.isEnabled()

    # The clerk picks "Import as a new plan" with the keyboard; the preview follows the choice.
    ui.planChoiceCombo.setFocus()
    qtbot.keyClick(ui.planChoiceCombo, Qt.Key.Key_Down)
    qtbot.keyClick(ui.planChoiceCombo, Qt.Key.Key_Down)
    assert ui.planChoiceCombo.currentText() == "Import as a new plan"
    assert ui.importButton.isEnabled()
    assert "withdrawn" in ui.previewSummaryLabel.text() and " 0 withdrawn" in ui.previewSummaryLabel.text()
    click(qtbot, ui.importButton)
    assert wizard.step() == STEP_RESULT
    click(qtbot, ui.closeButton)
    assert _plans(main_window) == before + 1


def test_choosing_the_matched_plan_updates_it(qtbot: Any, main_window: Any, answers: Any, tmp_path: Path) -> None:
    before = _plans(main_window)
    wizard = open_import_preview(qtbot, main_window, answers, _next_years_plan(tmp_path / "kế hoạch 2025.txt"))
    ui = wizard.ui
    ui.planChoiceCombo.setFocus()
    qtbot.keyClick(ui.planChoiceCombo, Qt.Key.Key_Down)
    assert ui.planChoiceCombo.currentText().startswith("Update the plan")
    click(qtbot, ui.importButton)
    assert "Đã cập nhật kế hoạch đã có" in ui.resultText.toPlainText()
    click(qtbot, ui.closeButton)
    assert _plans(main_window) == before
