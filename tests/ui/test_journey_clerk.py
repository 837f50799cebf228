"""The clerk's whole half-year in the real window, in Vietnamese, from a first start on an empty
workspace to a signed report the compiling office accepts.

Every dialog is opened from the button or menu entry a clerk uses; dates are typed with key clicks.
With BKFI_JOURNEY_SHOTS=<folder> each step is saved there as a PNG (run under xvfb-run to look at
them as the clerk would see them).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, QThread
from PySide6.QtWidgets import QApplication, QDateEdit, QDialogButtonBox, QListWidget, QWidget
from sqlalchemy import func, select

from bkfi_desktop import paths
from bkfi_desktop.app import create_main_window, fills_empty_workspace_with_demo, open_workspace, parse_args
from bkfi_desktop.core.profile import get_profile
from bkfi_desktop.core.store.models import Activity, Assignment, Report, Staff, Task, TrainingSession
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.compile_dialog import CompileDialog
from bkfi_desktop.ui.import_wizard import STEP_PREVIEW, STEP_RESULT, ImportWizard
from bkfi_desktop.ui.main_window import MainWindow
from bkfi_desktop.ui.sign_dialog import SignDialog
from bkfi_desktop.ui.verify_dialog import VerifyDialog
from bkfi_desktop.ui.worker import InlineTaskRunner
from tests.exchange.builders import appendix_xlsx, docx_with_task_table
from tests.signing.pki import P12_PASSWORD
from tests.signing.support import pdfsig_output
from tests.ui.clerk import choose, click, click_index, top_level, type_into

if TYPE_CHECKING:
    from tests.signing.pki import TestPki
    from tests.ui.conftest import DialogAnswers
    from tests.ui.report_fixtures import SaveAnswers

pytest_plugins = ["tests.ui.report_fixtures"]

# 16/06/2026: the 2026-H1 window (15/12/2025 – 14/06/2026) has closed and the report is due 19/06/2026.
JOURNEY_DAY = dt.date(2026, 6, 16)
UNIT = "Ủy ban nhân dân phường Đức Xuân"  # as on the leader's certificate (tests/signing/pki.py)


class Shots:
    """Saves what the clerk sees at each step when BKFI_JOURNEY_SHOTS names a folder."""

    def __init__(self) -> None:
        folder = os.environ.get("BKFI_JOURNEY_SHOTS")
        self.folder = Path(folder) if folder else None
        self.count = 0

    def __call__(self, widget: QWidget, name: str) -> None:
        if self.folder is None:
            return
        for _round in range(10):  # let the PDF preview finish painting (it renders asynchronously)
            QApplication.processEvents()
            QThread.msleep(50)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.count += 1
        widget.grab().save(str(self.folder / f"{self.count:02d}-{name}.png"))


def count(window: MainWindow, model: type) -> int:
    with window.context.workspace.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def type_date(qtbot: Any, edit: QDateEdit, text: str) -> None:
    """Click into the date box and type the whole date, as a clerk does."""
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def tick(qtbot: Any, listing: QListWidget, text: str) -> None:
    """Move to the item whose text starts with `text` and press Space, which ticks or unticks it."""
    for row in range(listing.count()):
        item = listing.item(row)
        if item.text().startswith(text):
            before = item.checkState()
            listing.setFocus()
            listing.setCurrentItem(item)
            qtbot.keyClick(listing.viewport(), Qt.Key.Key_Space)
            if item.checkState() == before:  # some styles take the key on the view itself
                qtbot.keyClick(listing, Qt.Key.Key_Space)
            assert item.checkState() != before
            return
    raise AssertionError(f"no item {text!r} in {[listing.item(r).text() for r in range(listing.count())]}")


def go(qtbot: Any, window: MainWindow, key: str) -> Any:
    """Click the page in the navigation list."""
    from bkfi_desktop.ui.pages import PAGES

    nav = window.ui.navList
    row = next(index for index, spec in enumerate(PAGES) if spec.key == key)
    click_index(qtbot, nav, nav.model().index(row, 0))
    return window.ui.pageStack.currentWidget()


def save_button(dialog: Any) -> Any:
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)


def first_start(qtbot: Any, settings: QSettings) -> MainWindow:
    """`bkfi-desktop` on a fresh install, as app.main opens it."""
    args = parse_args([])
    workspace = open_workspace(args.db, demo_if_new=fills_empty_workspace_with_demo(args))
    window = create_main_window(AppContext(workspace, InlineTaskRunner(), clock=lambda: JOURNEY_DAY), settings)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    return window


def import_file(qtbot: Any, window: MainWindow, answers: DialogAnswers, source: Path, shots: Shots) -> str:
    """Tệp → Nhập danh sách nhiệm vụ…, choose the file, look at the preview, import."""
    file_menu = window.ui.menuFile
    assert window.ui.actionImport in file_menu.actions()
    window.ui.actionImport.trigger()
    wizard = top_level(ImportWizard)
    answers.open_files.append(source)
    click(qtbot, wizard.ui.browseButton)
    click(qtbot, wizard.ui.nextButton)
    assert wizard.step() == STEP_PREVIEW, wizard.ui.resultText.toPlainText()
    assert wizard.preview is not None and wizard.preview.added
    shots(wizard, f"import-preview-{source.suffix[1:]}")
    click(qtbot, wizard.ui.importButton)
    assert wizard.step() == STEP_RESULT
    result = wizard.ui.resultText.toPlainText()
    click(qtbot, wizard.ui.closeButton)
    assert not wizard.isVisible()
    return result


def test_a_clerks_half_year_from_first_start_to_a_report_the_office_accepts(
    qtbot: Any,
    vietnamese: None,
    settings: QSettings,
    answers: DialogAnswers,
    save_answers: SaveAnswers,
    test_pki: TestPki,
    trusted_root: Path,
    tmp_path: Path,
) -> None:
    shots = Shots()
    # 1. First start: the clerk's own, empty workspace; the overview says where to begin.
    window = first_start(qtbot, settings)
    assert window.context.workspace.path == paths.default_workspace_path().resolve()
    assert not window.ui.demoBanner.isVisible()
    dashboard = window.current_page()
    assert dashboard.ui.importPlanButton.isVisible()  # the first step is offered
    shots(window, "first-start")

    # 2. Cài đặt: the unit, its leader and where the report goes.
    settings_page = go(qtbot, window, "settings")
    ui = settings_page.ui
    for edit, text in (
        (ui.unitNameEdit, UNIT),
        (ui.parentAgencyEdit, "UBND thành phố Bắc Kạn"),
        (ui.placeNameEdit, "Đức Xuân"),
        (ui.signerNameEdit, "Nguyễn Thị Hồng Nhung"),
        (ui.signerPositionEdit, "Chủ tịch"),
        (ui.signerAuthorityEdit, "TM. Ủy ban nhân dân"),
        (ui.receivingOfficeEdit, "Phòng Văn hóa và Thông tin thành phố Bắc Kạn"),
    ):
        type_into(qtbot, edit, text, enter=True)
    with window.context.workspace.session() as session:
        profile = get_profile(session)
        assert (profile.unit_name, profile.signer_name) == (UNIT, "Nguyễn Thị Hồng Nhung")
    shots(window, "settings")

    # 3. Import the plan's task list: the city's Excel appendix, then a district plan in Word.
    appendix = appendix_xlsx(tmp_path / "Phụ lục nhiệm vụ TTĐN 2025.xlsx")
    first_result = import_file(qtbot, window, answers, appendix, shots)
    word = docx_with_task_table(tmp_path / "Kế hoạch TTĐN huyện.docx")
    second_result = import_file(qtbot, window, answers, word, shots)
    assert first_result and second_result
    assert count(window, Task) >= 8
    tasks_page = go(qtbot, window, "tasks")
    shots(window, "tasks-imported")

    # 4a. Staff: the leader in charge and the officer, from the Cán bộ page's Thêm button.
    staff_page = go(qtbot, window, "staff")
    for name, title, role, since in (
        ("Nguyễn Thị Hồng Nhung", "Chủ tịch UBND phường", "leader", "01/07/2021"),
        ("Lương Văn Toàn", "Công chức Văn hóa - Xã hội", "officer", "15/03/2023"),
    ):
        click(qtbot, staff_page.ui.addButton)
        dialog = staff_page.dialog
        assert dialog is not None and dialog.isVisible() and dialog.parent() is not None
        type_into(qtbot, dialog.ui.nameEdit, name)
        type_into(qtbot, dialog.ui.titleEdit, title)
        dialog.ui.roleCombo.setFocus()
        choose(qtbot, dialog.ui.roleCombo, dialog.ui.roleCombo.itemText(dialog.ui.roleCombo.findData(role)))
        click(qtbot, dialog.ui.fromDateCheck)
        type_date(qtbot, dialog.ui.fromDateEdit, since)
        if role == "officer":
            shots(dialog, "staff-dialog")
        click(qtbot, save_button(dialog))
        assert not dialog.isVisible(), dialog.ui.errorLabel.text()
    with window.context.workspace.session() as session:
        officer = session.scalars(select(Staff).where(Staff.full_name == "Lương Văn Toàn")).one()
        assert officer.ttdn_role == "officer" and officer.from_date == dt.date(2023, 3, 15)
    shots(window, "staff")

    # 4b. Progress on the first task of the unit: status, percent, who, result.
    tasks_page = go(qtbot, window, "tasks")
    tree = tasks_page.ui.taskTree
    group = tasks_page.proxy.index(0, 0)
    click_index(qtbot, tree, tasks_page.proxy.index(0, 0, group))
    task_id = tasks_page.detail.task_id
    assert task_id is not None
    type_into(qtbot, tasks_page.ui.progressSpin, "60", enter=True)
    choose(qtbot, tasks_page.ui.ownerCombo, "Lương Văn Toàn")
    type_into(qtbot, tasks_page.ui.resultEdit, "Đã đăng 12 tin, bài trên trang thông tin điện tử phường.")
    qtbot.waitUntil(lambda: not tasks_page.detail._result_timer.isActive(), timeout=3000)
    with window.context.workspace.session() as session:
        work = session.scalars(select(Assignment).where(Assignment.task_id == task_id)).one()
        assert work.progress == 60 and work.owner_id == officer.id
    shots(window, "progress")

    # 4c. A training session in the window, from the Tập huấn page's Thêm button.
    training_page = go(qtbot, window, "training")
    click(qtbot, training_page.ui.addButton)
    dialog = training_page.dialog
    assert dialog is not None and dialog.isVisible()
    type_into(qtbot, dialog.ui.titleEdit, "Tập huấn kỹ năng thông tin đối ngoại trên mạng xã hội")
    type_date(qtbot, dialog.ui.startDateEdit, "12/03/2026")
    type_date(qtbot, dialog.ui.endDateEdit, "13/03/2026")
    type_into(qtbot, dialog.ui.hoursSpin, "12")
    type_into(qtbot, dialog.ui.placeEdit, "Hội trường UBND phường")
    tick(qtbot, dialog.ui.participantsList, "Lương Văn Toàn")
    assert dialog.ui.participantCountLabel.text().startswith("1")
    shots(dialog, "training-dialog")
    click(qtbot, save_button(dialog))
    assert not dialog.isVisible(), dialog.ui.errorLabel.text()
    with window.context.workspace.session() as session:
        session_row = session.scalars(select(TrainingSession)).one()
        assert (session_row.start_date, session_row.end_date) == (dt.date(2026, 3, 12), dt.date(2026, 3, 13))

    # 4d. Activities typed into the quick entry line, dates with key clicks.
    activities_page = go(qtbot, window, "activities")
    aui = activities_page.ui
    for day, title in (
        ("20/01/2026", "Tin bài giới thiệu lễ hội Lồng Tồng trên trang thông tin điện tử"),
        ("05/05/2026", "Bài đăng quảng bá du lịch hồ Ba Bể trên Zalo OA của phường"),
    ):
        type_date(qtbot, aui.addDateEdit, day)
        type_into(qtbot, aui.addTitleEdit, title, enter=True)
    with window.context.workspace.session() as session:
        dates = sorted(session.scalars(select(Activity.date)))
    assert dates == [dt.date(2026, 1, 20), dt.date(2026, 5, 5)]
    shots(window, "activities")

    # 5. Build the 2026-H1 report: on time, so nothing to confirm; number 01 suggested and kept.
    reports_page = go(qtbot, window, "reports")
    rui = reports_page.ui
    assert reports_page.period_code() == "2026-H1"  # the report due now, not the window running now
    assert rui.numberSpin.value() == 1 and rui.numberSuffixLabel.text() == "/BC-UBND"
    click(qtbot, rui.buildButton)
    assert reports_page.report is not None and reports_page.report.summary.status == "issued"
    assert "01/BC-UBND" in rui.reportStateLabel.text() and "Đã lập" in rui.reportStateLabel.text()
    shots(window, "built")

    # 6. Sign with the leader's .p12: Ký số… → Chọn… → password → Ký.
    click(qtbot, rui.signButton)
    sign = top_level(SignDialog)
    click(qtbot, sign.ui.p12Radio)
    answers.open_files.append(test_pki.p12("signer"))
    click(qtbot, sign.ui.p12BrowseButton)
    type_into(qtbot, sign.ui.passwordEdit, P12_PASSWORD)
    shots(sign, "sign-dialog")
    click(qtbot, sign.sign_button)
    qtbot.waitUntil(lambda: not sign.isVisible())
    signed = Path(reports_page.report.summary.signed_path)
    assert reports_page.report.summary.status == "signed" and signed.is_file()
    assert "Đã ký" in rui.reportStateLabel.text() and not rui.signButton.isEnabled()
    checked = pdfsig_output(signed)
    assert "Signature is Valid." in checked and "Total document signed" in checked
    shots(window, "signed")

    # 7. Check the signature from the page: the dialog opens on the signed file.
    click(qtbot, rui.verifyButton)
    verify = top_level(VerifyDialog)
    assert verify.path == signed
    qtbot.waitUntil(lambda: verify.report is not None)
    assert verify.report is not None and verify.report.ok, verify.report.problems
    shots(verify, "verify-dialog")
    verify.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).click()
    assert not verify.isVisible()

    # 8. The clerk sent it: choose the row in the history, Đánh dấu đã gửi, confirm.
    history = rui.historyTable
    click_index(qtbot, history, history.model().index(0, 0))
    answers.confirms.append(True)
    click(qtbot, rui.markSentButton)
    assert history.item(0, 3).text() == "Đã gửi"
    with window.context.workspace.session() as session:
        assert session.scalars(select(Report.status)).one() == "sent"
    shots(window, "sent")

    # 9. The compiling office (here the same program) compiles the signed file: Tệp → Tổng hợp….
    assert window.ui.actionCompile in window.ui.menuFile.actions()
    window.ui.actionCompile.trigger()
    compiler = top_level(CompileDialog)
    answers.open_file_lists.append([signed])
    click(qtbot, compiler.ui.addFilesButton)
    assert compiler.ui.filesList.count() == 1
    click(qtbot, compiler.ui.compileButton)
    accepted = compiler.ui.acceptedTable
    assert accepted.rowCount() == 1, [
        compiler.ui.refusedTable.item(0, c).text() for c in range(compiler.ui.refusedTable.columnCount())
    ]
    assert accepted.item(0, 0).text() == UNIT and accepted.item(0, 1).text() == "01/BC-UBND"
    shots(compiler, "compile-dialog")
    compiler.reject()
    assert answers.errors == []
