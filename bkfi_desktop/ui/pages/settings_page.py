"""Cài đặt: the workspace profile, report cut-off dates, backups, signing files and the interface language.

Every field is saved the moment the clerk leaves it (one transaction each through core.profile), so
there is no Save button to forget. Backups and restores run off the GUI thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from bkfi_desktop.core import profile as profile_service
from bkfi_desktop.core.periods import Cutoff, report_sequence
from bkfi_desktop.errors import BkfiError
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.forms import FormUi
from bkfi_desktop.ui.i18n import LANGUAGE_KEY, LANGUAGES, chosen_language
from bkfi_desktop.ui.pages.base import Page
from bkfi_desktop.ui.pages.settings_backup import BackupControls
from bkfi_desktop.ui.pages.settings_signing import SigningFiles

RECIPIENTS_SAVE_DELAY_MS = 800

# Line edits saved as they are left: widget name → Profile field.
TEXT_FIELDS = {
    "unitNameEdit": "unit_name",
    "parentAgencyEdit": "parent_agency",
    "placeNameEdit": "place_name",
    "numberPrefixEdit": "number_prefix",
    "signerNameEdit": "signer_name",
    "signerPositionEdit": "signer_position",
    "signerAuthorityEdit": "signer_authority",
    "receivingOfficeEdit": "receiving_office",
    "signatureImageEdit": "signature_image",
    "sealImageEdit": "seal_image",
    "pkcs11Edit": "pkcs11_library",
    "timestampUrlEdit": "timestamp_url",
}


class SettingsPageUi(FormUi):
    form = "settings_page"
    settingsTabs: QTabWidget
    unitNameEdit: QLineEdit
    parentAgencyEdit: QLineEdit
    placeNameEdit: QLineEdit
    numberPrefixEdit: QLineEdit
    signerNameEdit: QLineEdit
    signerPositionEdit: QLineEdit
    signerAuthorityEdit: QLineEdit
    receivingOfficeEdit: QLineEdit
    recipientsEdit: QPlainTextEdit
    cutoffStartDaySpin: QSpinBox
    cutoffOffsetCombo: QComboBox
    dueWorkingDaysSpin: QSpinBox
    cutoffPreviewLabel: QLabel
    workspacePathLabel: QLabel
    lastBackupLabel: QLabel
    backupButton: QPushButton
    fullBackupButton: QPushButton
    restoreButton: QPushButton
    autoBackupCheck: QCheckBox
    autoBackupKeepSpin: QSpinBox
    backupProgress: QProgressBar
    signatureImageEdit: QLineEdit
    signatureImageButton: QPushButton
    sealImageEdit: QLineEdit
    sealImageButton: QPushButton
    pkcs11Edit: QLineEdit
    pkcs11Button: QPushButton
    timestampUrlEdit: QLineEdit
    trustRootsList: QListWidget
    importTrustButton: QPushButton
    removeTrustButton: QPushButton
    languageCombo: QComboBox
    savedLabel: QLabel


def settings_store() -> QSettings:
    from bkfi_desktop.ui.main_window import settings_store as window_settings

    return window_settings()


def interface_language(settings: QSettings | None = None) -> str:
    """The language chosen on this page ("vi" or "en"), for app start-up to install its translators."""
    return chosen_language(settings or settings_store())


def recipients_of(text: str) -> list[str]:
    """One recipient per line; the "- " and ";" a clerk may type are the report's, not the data's."""
    lines = (line.strip().removeprefix("-").strip().rstrip(";.").strip() for line in text.splitlines())
    return [line for line in lines if line]


class SettingsPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(context, parent)
        self.ui = SettingsPageUi.load_into(self)
        self.settings = settings or settings_store()
        self.saved: dict[str, Any] = {}
        self._loading = False
        self._announcing = False
        ui = self.ui
        ui.cutoffOffsetCombo.addItem(self.tr("the month before the period starts"), -1)
        ui.cutoffOffsetCombo.addItem(self.tr("the month the period starts"), 0)
        ui.cutoffOffsetCombo.addItem(self.tr("two months before the period starts"), -2)
        for code, name in LANGUAGES:
            ui.languageCombo.addItem(name, code)
        for widget_name, field in TEXT_FIELDS.items():
            edit: QLineEdit = getattr(ui, widget_name)
            edit.editingFinished.connect(lambda edit=edit, field=field: self.save_field(field, edit.text()))
        self._recipients_timer = QTimer(self)
        self._recipients_timer.setSingleShot(True)
        self._recipients_timer.setInterval(RECIPIENTS_SAVE_DELAY_MS)
        self._recipients_timer.timeout.connect(self.save_recipients)
        ui.recipientsEdit.textChanged.connect(self._recipients_edited)
        ui.cutoffStartDaySpin.valueChanged.connect(lambda _v: self.save_cutoff())
        ui.dueWorkingDaysSpin.valueChanged.connect(lambda _v: self.save_cutoff())
        ui.cutoffOffsetCombo.currentIndexChanged.connect(lambda _i: self.save_cutoff())
        ui.languageCombo.currentIndexChanged.connect(lambda _i: self.save_language())
        self.signing = SigningFiles(self)
        self.backups = BackupControls(self)
        context.signals.profile_changed.connect(self._changed_elsewhere)
        self.refresh()

    # --- page contract ----------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            with self.context.workspace.session() as session:
                profile = profile_service.get_profile(session)
                self.saved = {name: getattr(profile, name) for name in profile_service.EDITABLE_FIELDS}
        except BkfiError as error:
            dialogs.show_error(self, error)
            return
        ui = self.ui
        self._loading = True
        try:
            for widget_name, field in TEXT_FIELDS.items():
                getattr(ui, widget_name).setText(self.saved.get(field) or "")
            ui.recipientsEdit.setPlainText("\n".join(self.saved.get("recipients") or []))
            cutoff = self._stored_cutoff()
            ui.cutoffStartDaySpin.setValue(cutoff.start_day)
            ui.cutoffOffsetCombo.setCurrentIndex(max(0, ui.cutoffOffsetCombo.findData(cutoff.start_month_offset)))
            ui.dueWorkingDaysSpin.setValue(cutoff.due_working_days)
            language = str(self.settings.value(LANGUAGE_KEY, "vi"))
            ui.languageCombo.setCurrentIndex(max(0, ui.languageCombo.findData(language)))
        finally:
            self._loading = False
        self._show_cutoff_preview(cutoff)
        self.backups.refresh()
        self.signing.refresh()

    def focus_search(self) -> None:
        self.ui.settingsTabs.setCurrentIndex(0)
        self.ui.unitNameEdit.setFocus()

    # --- profile ------------------------------------------------------------------------------------

    def save_field(self, field: str, value: Any) -> bool:
        """Save one profile field if it changed; the service's message is shown when refused."""
        if self._loading:
            return True
        if isinstance(value, str):
            value = value.strip()
        if self.saved.get(field) == value or (value == "" and not self.saved.get(field)):
            return True
        try:
            with self.context.workspace.transaction() as session:
                profile_service.update_profile(session, **{field: value})
        except BkfiError as error:
            dialogs.show_error(self, error)
            return False
        self.saved[field] = value
        self.ui.savedLabel.setText(self.tr("Saved."))
        self._announce()
        return True

    def _recipients_edited(self) -> None:
        if not self._loading:
            self._recipients_timer.start()

    def save_recipients(self) -> None:
        self._recipients_timer.stop()
        self.save_field("recipients", recipients_of(self.ui.recipientsEdit.toPlainText()))

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the page (or closing the window) never loses an edit still in a field or a timer."""
        for widget_name, field in TEXT_FIELDS.items():
            self.save_field(field, getattr(self.ui, widget_name).text())  # a no-op when unchanged
        if self._recipients_timer.isActive():
            self.save_recipients()
        super().hideEvent(event)

    # --- cut-off windows ----------------------------------------------------------------------------

    def _stored_cutoff(self) -> Cutoff:
        try:
            return Cutoff.from_profile(self.saved.get("cutoff"))
        except BkfiError:
            return Cutoff()

    def current_cutoff(self) -> Cutoff:
        ui = self.ui
        return Cutoff(
            start_day=ui.cutoffStartDaySpin.value(),
            start_month_offset=int(ui.cutoffOffsetCombo.currentData() or 0),
            due_working_days=ui.dueWorkingDaysSpin.value(),
        )

    def save_cutoff(self) -> None:
        if self._loading:
            return
        cutoff = self.current_cutoff()
        value = {
            "start_day": cutoff.start_day,
            "start_month_offset": cutoff.start_month_offset,
            "due_working_days": cutoff.due_working_days,
        }
        try:
            Cutoff.from_profile(value)  # validated before it is stored
        except BkfiError as error:
            dialogs.show_error(self, error)
            return
        if self.save_field("cutoff", value):
            self._show_cutoff_preview(cutoff)

    def _show_cutoff_preview(self, cutoff: Cutoff) -> None:
        half, year = report_sequence(self.context.today().year, cutoff)
        lines = [
            self.tr("Report for %1: %2, due %3")
            .replace("%1", period.label_vi)
            .replace("%2", period.window_vi)
            .replace("%3", period.due_date.strftime("%d/%m/%Y"))
            for period in (half, year)
        ]
        self.ui.cutoffPreviewLabel.setText("\n".join(lines))

    # --- backups (settings_backup.py) ----------------------------------------------------------------

    @property
    def backup_running(self) -> bool:
        return self.backups.running

    def back_up_now(self) -> None:
        self.backups.back_up_now()

    def restore_from_file(self) -> None:
        self.backups.restore_from_file()

    # --- language -----------------------------------------------------------------------------------

    def save_language(self) -> None:
        if self._loading:
            return
        self.settings.setValue(LANGUAGE_KEY, self.ui.languageCombo.currentData())
        self.settings.sync()
        self.ui.savedLabel.setText(self.tr("Saved. The new language is used the next time the program starts."))

    # --- helpers ------------------------------------------------------------------------------------

    def _announce(self) -> None:
        self._announcing = True
        try:
            self.context.signals.profile_changed.emit()
        finally:
            self._announcing = False

    def _changed_elsewhere(self) -> None:
        if not self._announcing:
            self.refresh()

