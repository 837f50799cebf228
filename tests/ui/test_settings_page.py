"""Cài đặt page: edit the profile as a clerk would (type, leave the field), back up, restore, language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from bkfi_desktop.core.profile import get_profile
from bkfi_desktop.core.staff import add_staff, list_staff
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.pages.settings_page import LANGUAGE_KEY, SettingsPage
from tests.ui.conftest import DialogAnswers
from tests.ui.keyboard import type_text

pytest_plugins = ["tests.ui.page_fixtures"]


def make_page(qtbot: QtBot, context: AppContext, settings: QSettings) -> SettingsPage:
    page = SettingsPage(context, settings=settings)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_profile_fields_are_saved_when_the_clerk_leaves_them(
    qtbot: QtBot, empty_context: AppContext, settings: QSettings
) -> None:
    page = make_page(qtbot, empty_context, settings)
    changes: list[None] = []
    empty_context.signals.profile_changed.connect(lambda: changes.append(None))
    ui = page.ui
    for edit, text in (
        (ui.unitNameEdit, "UBND phường Đức Xuân"),
        (ui.parentAgencyEdit, "UBND thành phố Bắc Kạn"),
        (ui.placeNameEdit, "Đức Xuân"),
        (ui.signerNameEdit, "Hoàng Thị Thu Hà"),
        (ui.signerPositionEdit, "CHỦ TỊCH"),
        (ui.signerAuthorityEdit, "TM. ỦY BAN NHÂN DÂN"),
        (ui.receivingOfficeEdit, "Phòng Văn hoá và Thông tin"),
    ):
        edit.setFocus()
        edit.clear()
        type_text(edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Return)  # Enter (or Tab) finishes the field
    ui.numberPrefixEdit.setText("UBND")  # unchanged: no write
    ui.numberPrefixEdit.editingFinished.emit()
    ui.recipientsEdit.setFocus()
    type_text(ui.recipientsEdit, "- Phòng Văn hoá và Thông tin thành phố;")
    qtbot.keyClick(ui.recipientsEdit, Qt.Key.Key_Return)
    type_text(ui.recipientsEdit, "Lưu: VT")
    qtbot.waitUntil(lambda: get_recipients(empty_context) == ["Phòng Văn hoá và Thông tin thành phố", "Lưu: VT"])

    with empty_context.workspace.session() as session:
        profile = get_profile(session)
        assert profile.unit_name == "UBND phường Đức Xuân"
        assert profile.parent_agency == "UBND thành phố Bắc Kạn"
        assert profile.place_name == "Đức Xuân"
        assert (profile.signer_name, profile.signer_position, profile.signer_authority) == (
            "Hoàng Thị Thu Hà", "CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN",
        )
        assert profile.receiving_office == "Phòng Văn hoá và Thông tin"
        assert profile.number_prefix == "UBND"
    assert len(changes) == 8  # seven fields and the recipients, each its own transaction


def get_recipients(context: AppContext) -> list[str] | None:
    with context.workspace.session() as session:
        return get_profile(session).recipients


def test_cutoff_dates_and_language(qtbot: QtBot, empty_context: AppContext, settings: QSettings) -> None:
    page = make_page(qtbot, empty_context, settings)
    assert page.ui.cutoffStartDaySpin.value() == 15
    assert "15/12" in page.ui.cutoffPreviewLabel.text()
    page.ui.cutoffStartDaySpin.setValue(1)
    page.ui.cutoffOffsetCombo.setCurrentIndex(page.ui.cutoffOffsetCombo.findData(0))
    page.ui.dueWorkingDaysSpin.setValue(3)
    with empty_context.workspace.session() as session:
        assert get_profile(session).cutoff == {"start_day": 1, "start_month_offset": 0, "due_working_days": 3}
    year = empty_context.today().year
    assert f"01/01/{year}" in page.ui.cutoffPreviewLabel.text()

    page.ui.languageCombo.setCurrentIndex(page.ui.languageCombo.findData("en"))
    assert settings.value(LANGUAGE_KEY) == "en"


def test_back_up_now_then_restore_replaces_the_data(
    qtbot: QtBot, empty_context: AppContext, settings: QSettings, answers: DialogAnswers
) -> None:
    workspace = empty_context.workspace
    with workspace.transaction() as session:
        add_staff(session, "Nguyễn Văn Trước")
    page = make_page(qtbot, empty_context, settings)
    assert workspace.last_backup() is None
    made: list[None] = []
    empty_context.signals.backup_made.connect(lambda: made.append(None))

    qtbot.mouseClick(page.ui.backupButton, Qt.MouseButton.LeftButton)
    backup = workspace.last_backup()
    assert backup is not None and backup.is_file() and made
    assert backup.name in page.ui.lastBackupLabel.text()
    assert page.ui.backupButton.isEnabled() and not page.ui.backupProgress.isVisible()

    with workspace.transaction() as session:
        add_staff(session, "Trần Thị Sau")
    replaced: list[None] = []
    empty_context.signals.workspace_replaced.connect(lambda: replaced.append(None))

    answers.open_files.append(backup)
    answers.confirms.append(False)  # asked first; No changes nothing
    qtbot.mouseClick(page.ui.restoreButton, Qt.MouseButton.LeftButton)
    with workspace.session() as session:
        assert len(list_staff(session)) == 2

    answers.open_files.append(backup)
    answers.confirms.append(True)
    qtbot.mouseClick(page.ui.restoreButton, Qt.MouseButton.LeftButton)
    assert replaced and answers.infos
    with workspace.session() as session:
        assert [person.full_name for person in list_staff(session)] == ["Nguyễn Văn Trước"]
    # The data from before the restore was kept as a backup too.
    assert any("truoc-khoi-phuc" in path.name for path in workspace.backups_dir.iterdir())


def test_a_damaged_backup_is_refused_and_the_data_kept(
    qtbot: QtBot, empty_context: AppContext, settings: QSettings, answers: DialogAnswers, tmp_path: Path
) -> None:
    answers.allow_errors = True
    with empty_context.workspace.transaction() as session:
        add_staff(session, "Phạm Văn Giữ", from_date=dt.date(2024, 1, 1))
    bogus = tmp_path / "không phải sao lưu.db"
    bogus.write_bytes(b"this is not a database" * 100)
    page = make_page(qtbot, empty_context, settings)
    answers.open_files.append(bogus)
    answers.confirms.append(True)
    page.restore_from_file()
    assert answers.errors
    assert page.ui.restoreButton.isEnabled()
    with empty_context.workspace.session() as session:
        assert [person.full_name for person in list_staff(session)] == ["Phạm Văn Giữ"]


def _self_signed_pem(path: Path, name: str) -> Path:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return path


def test_signing_files_and_trust_roots(
    qtbot: QtBot, empty_context: AppContext, settings: QSettings, answers: DialogAnswers, tmp_path: Path
) -> None:
    page = make_page(qtbot, empty_context, settings)
    image = tmp_path / "chữ ký.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n")
    answers.open_files.append(image)
    qtbot.mouseClick(page.ui.signatureImageButton, Qt.MouseButton.LeftButton)
    type_text(page.ui.timestampUrlEdit, "http://tsa.example.vn")
    qtbot.keyClick(page.ui.timestampUrlEdit, Qt.Key.Key_Return)
    with empty_context.workspace.session() as session:
        profile = get_profile(session)
        assert profile.signature_image == str(image)
        assert profile.timestamp_url == "http://tsa.example.vn"

    assert page.ui.trustRootsList.count() == 0
    answers.open_files.append(_self_signed_pem(tmp_path / "goc.pem", "Root CA Thử nghiệm"))
    qtbot.mouseClick(page.ui.importTrustButton, Qt.MouseButton.LeftButton)
    assert page.ui.trustRootsList.count() == 1
    assert "Root CA Thử nghiệm" in page.ui.trustRootsList.item(0).text()

    page.ui.trustRootsList.setCurrentRow(0)
    answers.confirms.append(True)
    qtbot.mouseClick(page.ui.removeTrustButton, Qt.MouseButton.LeftButton)
    assert page.ui.trustRootsList.count() == 0


def test_leaving_the_page_keeps_an_edit_not_yet_finished(
    qtbot: QtBot, empty_context: AppContext, settings: QSettings
) -> None:
    page = make_page(qtbot, empty_context, settings)
    page.ui.placeNameEdit.setFocus()
    type_text(page.ui.placeNameEdit, "Bắc Kạn")
    page.ui.recipientsEdit.setPlainText("Sở Ngoại vụ")
    page.hide()  # the clerk goes to another page before the field is finished
    with empty_context.workspace.session() as session:
        profile = get_profile(session)
        assert profile.place_name == "Bắc Kạn"
        assert profile.recipients == ["Sở Ngoại vụ"]
