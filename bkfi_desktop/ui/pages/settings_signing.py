"""The digital-signature tab of Cài đặt: image and token-driver files, and the trusted root certificates.

Trust roots live as files in <data folder>/trust, managed by documents.signing.trust (imported
from PEM, DER or CER; nothing is downloaded).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit, QListWidgetItem

from bkfi_desktop.errors import BkfiError
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.pages.settings_section import ProfileTextSection

if TYPE_CHECKING:
    from bkfi_desktop.ui.pages.settings_page import SettingsPage


class SigningFiles(ProfileTextSection):
    """Chữ ký số: the files the signature's appearance and the token need, and whom to trust."""

    text_fields = (
        ("signatureImageEdit", "signature_image"),
        ("sealImageEdit", "seal_image"),
        ("pkcs11Edit", "pkcs11_library"),
        ("timestampUrlEdit", "timestamp_url"),
    )

    def __init__(self, page: SettingsPage) -> None:
        super().__init__(page)
        ui = page.ui
        png = self.tr("PNG images (*.png)")
        ui.signatureImageButton.clicked.connect(
            lambda: self.choose(ui.signatureImageEdit, "signature_image", self.tr("Choose the signature image"), png)
        )
        ui.sealImageButton.clicked.connect(
            lambda: self.choose(ui.sealImageEdit, "seal_image", self.tr("Choose the seal image"), png)
        )
        ui.pkcs11Button.clicked.connect(
            lambda: self.choose(
                ui.pkcs11Edit,
                "pkcs11_library",
                self.tr("Choose the token's PKCS#11 library"),
                self.tr("Libraries (*.dll *.so *.dylib);;All files (*)"),
            )
        )
        ui.importTrustButton.clicked.connect(self.import_roots)
        ui.removeTrustButton.clicked.connect(self.remove_selected_root)
        ui.trustRootsList.itemSelectionChanged.connect(self._update_buttons)

    def choose(self, edit: QLineEdit, field: str, title: str, name_filter: str) -> None:
        path = dialogs.choose_open_file(self.page, title, name_filter)
        if path is None:
            return
        edit.setText(str(path))
        self.page.save_field(field, str(path))

    def load(self, profile: Mapping[str, Any], settings: QSettings) -> None:
        super().load(profile, settings)
        self.show_trust_roots()

    # --- trust roots --------------------------------------------------------------------------------

    def show_trust_roots(self) -> None:
        listing = self.ui.trustRootsList
        listing.clear()
        try:
            from bkfi_desktop.documents.signing import trust

            roots = trust.list_trust_roots()
        except (BkfiError, ImportError) as error:
            listing.addItem(dialogs.error_text(error))
            self._update_buttons()
            return
        for root in roots:
            text = (
                self.tr("%1 — valid until %2")
                .replace("%1", root.subject)
                .replace("%2", root.valid_to.strftime("%d/%m/%Y"))
            )
            item = QListWidgetItem(text, listing)
            item.setData(Qt.ItemDataRole.UserRole, root.fingerprint)
            item.setToolTip(self.tr("SHA-256 fingerprint: %1").replace("%1", root.fingerprint))
        self._update_buttons()

    def import_roots(self) -> None:
        path = dialogs.choose_open_file(
            self.page,
            self.tr("Choose a root certificate"),
            self.tr("Certificates (*.pem *.der *.cer *.crt);;All files (*)"),
        )
        if path is None:
            return
        try:
            from bkfi_desktop.documents.signing import trust

            added = trust.import_trust_root(path)
        except BkfiError as error:
            dialogs.show_error(self.page, error)
            return
        self.show_trust_roots()
        self.ui.savedLabel.setText(self.tr("%1 certificate(s) added.").replace("%1", str(len(added))))

    def remove_selected_root(self) -> None:
        item = self.ui.trustRootsList.currentItem()
        fingerprint = item.data(Qt.ItemDataRole.UserRole) if item else None
        if not fingerprint:
            return
        question = self.tr("Stop trusting “%1”? Signatures that lead only to it will no longer be trusted.").replace(
            "%1", item.text()
        )
        if not dialogs.confirm(self.page, question, self.tr("Remove a root certificate")):
            return
        try:
            from bkfi_desktop.documents.signing import trust

            trust.remove_trust_root(fingerprint)
        except BkfiError as error:
            dialogs.show_error(self.page, error)
            return
        self.show_trust_roots()

    def _update_buttons(self) -> None:
        item = self.ui.trustRootsList.currentItem()
        self.ui.removeTrustButton.setEnabled(bool(item and item.data(Qt.ItemDataRole.UserRole)))
