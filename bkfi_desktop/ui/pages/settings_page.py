"""Cài đặt: the workspace profile, report cut-off dates, backups, signing files and the interface language.

The page is a list of sections (settings_section.SettingsSection), each a small object that loads its
widgets from what is stored and saves what the clerk changes: the unit (here), the cut-off dates (here),
backups (settings_backup.py), signing files (settings_signing.py) and the language (here). Every field is
saved the moment the clerk leaves it (one transaction each through core.profile), so there is no Save
button to forget. Backups and restores run off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Mapping
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
from bkfi_desktop.ui.pages.settings_section import ProfileTextSection, SettingsSection
from bkfi_desktop.ui.pages.settings_signing import SigningFiles

RECIPIENTS_SAVE_DELAY_MS = 800


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
        self.saved: dict[str, Any] = {}  # the profile as stored: a field is written only when it differs
        self.loading = False
        self._announcing = False
        self.unit = UnitProfile(self)
        self.cutoff = CutoffDates(self)
        self.backups = BackupControls(self)
        self.signing = SigningFiles(self)
        self.language = InterfaceLanguage(self)
        self.sections: list[SettingsSection] = [self.unit, self.cutoff, self.backups, self.signing, self.language]
        context.signals.profile_changed.connect(self._changed_elsewhere)
        self.refresh()

    # --- page contract ----------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            with self.context.workspace.session() as session:
                self.saved = profile_service.profile_values(session)
        except BkfiError as error:
            dialogs.show_error(self, error)
            return
        self.loading = True
        try:
            for section in self.sections:
                section.load(self.saved, self.settings)
        finally:
            self.loading = False

    def focus_search(self) -> None:
        self.ui.settingsTabs.setCurrentIndex(0)
        self.ui.unitNameEdit.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the page (or closing the window) never loses an edit still in a field or a timer."""
        for section in self.sections:
            section.save()
        super().hideEvent(event)

    # --- the profile, for every section ------------------------------------------------------------

    def save_field(self, field: str, value: Any) -> bool:
        """Save one profile field if it changed; the service's message is shown when refused."""
        if self.loading:
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
        self._announcing = True
        try:
            self.context.announce("profile")
        finally:
            self._announcing = False
        return True

    def _changed_elsewhere(self) -> None:
        if not self._announcing:
            self.refresh()

    # --- backups (settings_backup.py) ----------------------------------------------------------------

    @property
    def backup_running(self) -> bool:
        return self.backups.running

    def back_up_now(self) -> None:
        self.backups.back_up_now()

    def restore_from_file(self) -> None:
        self.backups.restore_from_file()


class UnitProfile(ProfileTextSection):
    """Đơn vị: who the unit is, who signs, who receives the report."""

    text_fields = (
        ("unitNameEdit", "unit_name"),
        ("parentAgencyEdit", "parent_agency"),
        ("placeNameEdit", "place_name"),
        ("numberPrefixEdit", "number_prefix"),
        ("signerNameEdit", "signer_name"),
        ("signerPositionEdit", "signer_position"),
        ("signerAuthorityEdit", "signer_authority"),
        ("receivingOfficeEdit", "receiving_office"),
    )

    def __init__(self, page: SettingsPage) -> None:
        super().__init__(page)
        self._recipients_timer = QTimer(self)
        self._recipients_timer.setSingleShot(True)
        self._recipients_timer.setInterval(RECIPIENTS_SAVE_DELAY_MS)
        self._recipients_timer.timeout.connect(self.save_recipients)
        self.ui.recipientsEdit.textChanged.connect(self._recipients_edited)

    def load(self, profile: Mapping[str, Any], settings: QSettings) -> None:
        super().load(profile, settings)
        self.ui.recipientsEdit.setPlainText("\n".join(profile.get("recipients") or []))

    def save(self) -> None:
        super().save()
        if self._recipients_timer.isActive():
            self.save_recipients()

    def _recipients_edited(self) -> None:
        if not self.loading:
            self._recipients_timer.start()

    def save_recipients(self) -> None:
        self._recipients_timer.stop()
        self.page.save_field("recipients", recipients_of(self.ui.recipientsEdit.toPlainText()))


class CutoffDates(SettingsSection):
    """Kỳ báo cáo: the cut-off dates of the reporting windows, with the next two reports as a preview."""

    def __init__(self, page: SettingsPage) -> None:
        super().__init__(page)
        ui = self.ui
        ui.cutoffOffsetCombo.addItem(self.tr("the month before the period starts"), -1)
        ui.cutoffOffsetCombo.addItem(self.tr("the month the period starts"), 0)
        ui.cutoffOffsetCombo.addItem(self.tr("two months before the period starts"), -2)
        ui.cutoffStartDaySpin.valueChanged.connect(lambda _v: self.save_cutoff())
        ui.dueWorkingDaysSpin.valueChanged.connect(lambda _v: self.save_cutoff())
        ui.cutoffOffsetCombo.currentIndexChanged.connect(lambda _i: self.save_cutoff())

    def load(self, profile: Mapping[str, Any], settings: QSettings) -> None:
        try:
            cutoff = Cutoff.from_profile(profile.get("cutoff"))
        except BkfiError:
            cutoff = Cutoff()
        ui = self.ui
        ui.cutoffStartDaySpin.setValue(cutoff.start_day)
        ui.cutoffOffsetCombo.setCurrentIndex(max(0, ui.cutoffOffsetCombo.findData(cutoff.start_month_offset)))
        ui.dueWorkingDaysSpin.setValue(cutoff.due_working_days)
        self._show_preview(cutoff)

    def current_cutoff(self) -> Cutoff:
        ui = self.ui
        return Cutoff(
            start_day=ui.cutoffStartDaySpin.value(),
            start_month_offset=int(ui.cutoffOffsetCombo.currentData() or 0),
            due_working_days=ui.dueWorkingDaysSpin.value(),
        )

    def save_cutoff(self) -> None:
        if self.loading:
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
            dialogs.show_error(self.page, error)
            return
        if self.page.save_field("cutoff", value):
            self._show_preview(cutoff)

    def _show_preview(self, cutoff: Cutoff) -> None:
        half, year = report_sequence(self.context.today().year, cutoff)
        lines = [
            self.tr("Report for %1: %2, due %3")
            .replace("%1", period.label_vi)
            .replace("%2", period.window_vi)
            .replace("%3", period.due_date.strftime("%d/%m/%Y"))
            for period in (half, year)
        ]
        self.ui.cutoffPreviewLabel.setText("\n".join(lines))


class InterfaceLanguage(SettingsSection):
    """Giao diện: the language of this computer's interface (a setting, not the workspace's)."""

    def __init__(self, page: SettingsPage) -> None:
        super().__init__(page)
        for code, name in LANGUAGES:
            self.ui.languageCombo.addItem(name, code)
        self.ui.languageCombo.currentIndexChanged.connect(lambda _i: self.save_language())

    def load(self, profile: Mapping[str, Any], settings: QSettings) -> None:
        language = str(settings.value(LANGUAGE_KEY, "vi"))
        self.ui.languageCombo.setCurrentIndex(max(0, self.ui.languageCombo.findData(language)))

    def save_language(self) -> None:
        if self.loading:
            return
        self.settings.setValue(LANGUAGE_KEY, self.ui.languageCombo.currentData())
        self.settings.sync()
        self.ui.savedLabel.setText(self.tr("Saved. The new language is used the next time the program starts."))
