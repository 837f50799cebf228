"""The clerk's way to the detailed plan, the printouts and the leader's charts, in the real main window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import docx
import pdfplumber
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from bkfi_desktop.documents.attachments import PLAN_PAYLOAD_NAME, read_embedded_files
from bkfi_desktop.ui.detailed_plan_dialog import DetailedPlanDialog
from tests.ui.clerk import click, top_level, type_into, type_text

if TYPE_CHECKING:
    from tests.ui.conftest import DialogAnswers
    from tests.ui.report_fixtures import SaveAnswers

pytest_plugins = ["tests.ui.report_fixtures"]


def _open_from_tasks_page(qtbot: Any, main_window: Any) -> DetailedPlanDialog:
    page = main_window.show_page("tasks")
    click(qtbot, page.ui.detailedPlanButton)
    dialog = top_level(DetailedPlanDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _edit_cell(qtbot: Any, table: Any, row: int, column: int, text: str) -> None:
    table.setFocus()
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editors = [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1, "F2 opens the cell's editor"
    editor = editors[0]
    type_into(qtbot, editor, text, enter=True)


def test_detailed_plan_built_from_the_tasks_page_with_the_clerks_texts(
    qtbot: Any, main_window: Any, answers: DialogAnswers, save_answers: SaveAnswers, tmp_path: Path
) -> None:
    dialog = _open_from_tasks_page(qtbot, main_window)
    ui = dialog.ui
    assert "Kế hoạch" in ui.subjectEdit.toPlainText() and ui.purposeEdit.toPlainText()
    ui.textTabs.setCurrentWidget(ui.purposeEdit.parentWidget())
    type_into(qtbot, ui.purposeEdit, "Mục đích riêng của phường Đức Xuân.")
    ui.numberSpin.setFocus()
    type_into(qtbot, ui.numberSpin, "7")
    ui.textTabs.setCurrentWidget(ui.budgetTable.parentWidget())
    _edit_cell(qtbot, ui.budgetTable, 0, 2, "2.500.000")
    ui.textTabs.setCurrentWidget(ui.extraTable.parentWidget())
    click(qtbot, ui.addExtraButton)  # a new row, its first cell open for typing
    editor = next(w for w in ui.extraTable.viewport().findChildren(QLineEdit) if w.isVisible())
    type_text(editor, "Cuộc thi ảnh đẹp Đức Xuân")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    _edit_cell(qtbot, ui.extraTable, 0, 3, "5000000")

    save_answers.paths.append(tmp_path / "Kế hoạch chi tiết.pdf")
    click(qtbot, ui.buildButton)
    pdf, word = tmp_path / "Kế hoạch chi tiết.pdf", tmp_path / "Kế hoạch chi tiết.docx"
    assert answers.infos and str(pdf) in answers.infos[-1]
    with pdfplumber.open(pdf) as document:
        text = "\n".join(page.extract_text() for page in document.pages)
    assert "Số: 07/KH-UBND" in text and "Mục đích riêng của phường Đức Xuân." in text
    assert "7.500.000" in text  # 2.500.000 for the first task + 5.000.000 for the own activity
    assert "KẾ HOẠCH" in [p.text for p in docx.Document(str(word)).paragraphs]
    assert PLAN_PAYLOAD_NAME in read_embedded_files(pdf)
    click(qtbot, ui.closeButton)

    # The texts were kept: the File menu opens the same plan with them.
    main_window.ui.actionDetailedPlan.trigger()
    again = top_level(DetailedPlanDialog)
    assert again is not dialog or again.isVisible()
    assert again.ui.purposeEdit.toPlainText() == "Mục đích riêng của phường Đức Xuân."
    assert again.ui.numberSpin.value() == 7 and again.ui.extraTable.rowCount() == 1
    click(qtbot, again.ui.defaultsButton)
    assert again.ui.purposeEdit.toPlainText() != "Mục đích riêng của phường Đức Xuân."
    click(qtbot, again.ui.closeButton)


def test_a_bad_estimate_is_refused_and_nothing_is_written(
    qtbot: Any, main_window: Any, answers: DialogAnswers, save_answers: SaveAnswers, tmp_path: Path
) -> None:
    answers.allow_errors = True
    dialog = _open_from_tasks_page(qtbot, main_window)
    dialog.ui.textTabs.setCurrentWidget(dialog.ui.budgetTable.parentWidget())
    _edit_cell(qtbot, dialog.ui.budgetTable, 1, 2, "hai triệu")
    save_answers.paths.append(tmp_path / "kh.pdf")
    click(qtbot, dialog.ui.buildButton)
    assert answers.errors and "hai triệu" in answers.errors[-1] and "1.2" in answers.errors[-1]
    assert not (tmp_path / "kh.pdf").exists() and save_answers.asked == []
    click(qtbot, dialog.ui.closeButton)


def test_print_buttons_on_the_tasks_staff_and_training_pages(
    qtbot: Any, main_window: Any, answers: DialogAnswers, save_answers: SaveAnswers, tmp_path: Path
) -> None:
    for key, name in (("tasks", "nhiệm vụ.pdf"), ("staff", "cán bộ.xlsx"), ("training", "tập huấn.pdf")):
        page = main_window.show_page(key)
        save_answers.paths.append(tmp_path / name)
        click(qtbot, page.ui.printButton)
        assert (tmp_path / name).is_file(), key
        assert str(tmp_path / name) in answers.infos[-1]
    with pdfplumber.open(tmp_path / "nhiệm vụ.pdf") as document:
        assert "DANH SÁCH NHIỆM VỤ" in document.pages[0].extract_text()
        assert all(f"Trang {n}/{len(document.pages)}" in p.extract_text() for n, p in enumerate(document.pages, 1))
    sheet = load_workbook(tmp_path / "cán bộ.xlsx").active
    names = [row[1] for row in sheet.iter_rows(min_row=6, values_only=True)]
    assert "Hoàng Thị Thu Hà" in names and sheet.print_title_rows == "$5:$5"


def test_overview_shows_the_four_charts_and_saves_the_leader_summary(
    qtbot: Any, main_window: Any, answers: DialogAnswers, save_answers: SaveAnswers, tmp_path: Path
) -> None:
    page = main_window.show_page("dashboard")
    labels = (page.ui.statusChart, page.ui.progressChart, page.ui.activityChart, page.ui.trainingChart)
    for label in labels:
        pixmap = label.pixmap()
        assert not pixmap.isNull() and pixmap.width() > 100, label.objectName()
        image = pixmap.toImage()
        colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
        assert "#ffffff" in colours and len(colours) > 3, f"{label.objectName()} is drawn, not blank"
    assert page.charts.data is not None and page.charts.data.task_count == 16
    save_answers.paths.append(tmp_path / "tóm tắt.pdf")
    click(qtbot, page.ui.summaryButton)
    with pdfplumber.open(tmp_path / "tóm tắt.pdf") as document:
        assert len(document.pages) == 1
        text = document.pages[0].extract_text()
    assert "TÓM TẮT CHO LÃNH ĐẠO" in text and "Nhiệm vụ theo tình trạng (16)" in text


def test_the_plan_just_built_is_signed_from_the_dialog_and_verifies(
    qtbot: Any, main_window: Any, answers: DialogAnswers, save_answers: SaveAnswers, tmp_path: Path
) -> None:
    from bkfi_desktop.documents.signing import verify_pdf
    from bkfi_desktop.ui.sign_dialog import SignDialog
    from tests.signing.pki import P12_PASSWORD, build_pki

    pki = build_pki(tmp_path / "pki")
    dialog = _open_from_tasks_page(qtbot, main_window)
    assert not dialog.ui.signButton.isEnabled()  # nothing built yet
    save_answers.paths.append(tmp_path / "kh.pdf")
    click(qtbot, dialog.ui.buildButton)
    click(qtbot, dialog.ui.signButton)
    signing = top_level(SignDialog)
    assert signing.ui.reportLabel.text() == f"Detailed plan (no number yet): {tmp_path / 'kh.pdf'}"
    click(qtbot, signing.ui.p12Radio)
    type_into(qtbot, signing.ui.p12Edit, str(pki.p12("signer")))
    type_into(qtbot, signing.ui.passwordEdit, P12_PASSWORD)
    click(qtbot, signing.sign_button)
    qtbot.waitUntil(lambda: dialog.signed is not None)
    result = verify_pdf(dialog.signed, [pki.root_pem])
    assert result.ok, result.problems
    assert result.payload_present and result.payload_covered and result.payload is None  # a plan, not a report
