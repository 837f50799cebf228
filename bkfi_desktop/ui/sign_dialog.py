"""Ký số: sign an issued report with a USB token (PKCS#11) or a .p12 file (layout: forms/sign_dialog.ui).

The PIN or password is read from its masked field once, when Ký is pressed, and the field is
cleared at that moment: it lives only in the signer object for the one signing, off the GUI thread,
and is never stored, logged or shown. A failed signing leaves no file (the signing service writes
to a temporary file and renames it) and the reason stays in the dialog so the clerk can retry.
Opened with open(), never exec().
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from bkfi_desktop.core.profile import get_profile, update_profile
from bkfi_desktop.core.reports import get_report
from bkfi_desktop.documents.signing import CertificateInfo, P12Signer, Pkcs11Signer, list_pkcs11_certificates
from bkfi_desktop.documents.signing.certificates import format_date
from bkfi_desktop.errors import BkfiError
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.forms import FormUi
from bkfi_desktop.workflows.progress import Progress
from bkfi_desktop.workflows.sign_report import (
    SignatureChoice,
    SignedReport,
    sign_file,
    sign_report,
    signature_setup,
    signed_name,
)

__all__ = ["SignDialog", "signed_name"]


class SignDialogUi(FormUi):
    form = "sign_dialog"
    reportLabel: QLabel
    methodBox: QGroupBox
    tokenRadio: QRadioButton
    tokenPanel: QWidget
    libraryEdit: QLineEdit
    libraryBrowseButton: QPushButton
    refreshTokensButton: QPushButton
    certificateTable: QTableWidget
    pinEdit: QLineEdit
    pinPadCheck: QCheckBox
    p12Radio: QRadioButton
    p12Panel: QWidget
    p12Edit: QLineEdit
    p12BrowseButton: QPushButton
    passwordEdit: QLineEdit
    outputBox: QGroupBox
    outputEdit: QLineEdit
    outputBrowseButton: QPushButton
    invisibleCheck: QCheckBox
    appearanceLabel: QLabel
    progressBar: QProgressBar
    statusLabel: QLabel
    errorLabel: QLabel
    buttonBox: QDialogButtonBox


class SignDialog(QDialog):
    """Sign report `report_id` (status issued); `signed(path)` fires after the report is marked signed.

    With `report_id` None it signs `document` (a detailed plan: same field, same embedded-data check),
    which no report record follows.
    """

    signed = Signal(str)

    def __init__(
        self, context: AppContext, report_id: int | None, parent: QWidget | None = None,
        document: tuple[Path, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.report_id = report_id
        self.ui = ui = SignDialogUi.load_into(self)
        self.certificates: list[CertificateInfo] = []
        self.busy = False
        self.sign_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_button.setText(self.tr("&Sign"))
        with context.workspace.session() as session:
            if report_id is not None:
                summary = get_report(session, report_id).summary
                self.source, self.number_text = Path(summary.pdf_path), summary.number_text
            else:
                assert document is not None
                self.source, self.number_text = document
            profile = get_profile(session)
            library = profile.pkcs11_library or ""
            session.rollback()
        self.appearance = signature_setup(context.workspace).appearance  # the one rule, as the CLI
        described = self.tr("Report No. %1: %2") if report_id is not None else "%1: %2"
        ui.reportLabel.setText(described.replace("%1", self.number_text).replace("%2", str(self.source)))
        ui.outputEdit.setText(str(signed_name(self.source)))
        ui.libraryEdit.setText(library)
        ui.tokenRadio.setChecked(bool(library))
        ui.p12Radio.setChecked(not library)
        ui.certificateTable.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        ui.tokenRadio.toggled.connect(self._update)
        ui.pinPadCheck.toggled.connect(self._update)
        ui.invisibleCheck.toggled.connect(self._describe_appearance)
        ui.certificateTable.itemSelectionChanged.connect(self._update)
        ui.refreshTokensButton.clicked.connect(self.read_tokens)
        ui.libraryBrowseButton.clicked.connect(self._choose_library)
        ui.p12BrowseButton.clicked.connect(self._choose_p12)
        ui.outputBrowseButton.clicked.connect(self._choose_output)
        ui.buttonBox.accepted.connect(self.sign)
        ui.buttonBox.rejected.connect(self.reject)
        self._describe_appearance()
        self._update()
        if library:
            self.read_tokens()

    # --- choosing -----------------------------------------------------------------------------------

    def _choose_library(self) -> None:
        path = dialogs.choose_open_file(
            self,
            self.tr("Choose the token's PKCS#11 library"),
            self.tr("Libraries (*.dll *.so *.dylib);;All files (*)"),
        )
        if path is not None:
            self.ui.libraryEdit.setText(str(path))
            self.read_tokens()

    def _choose_p12(self) -> None:
        path = dialogs.choose_open_file(
            self,
            self.tr("Choose the certificate file"),
            self.tr("Certificate files (*.p12 *.pfx);;All files (*)"),
        )
        if path is not None:
            self.ui.p12Edit.setText(str(path))
            self.ui.passwordEdit.setFocus()

    def _choose_output(self) -> None:
        path = dialogs.choose_save_file(
            self,
            self.tr("Save the signed report as"),
            self.ui.outputEdit.text(),
            self.tr("PDF files (*.pdf)"),
        )
        if path is not None:
            self.ui.outputEdit.setText(
                str(path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf"))
            )

    def _describe_appearance(self) -> None:
        look = self.appearance
        if self.ui.invisibleCheck.isChecked():
            text = self.tr("The signature is kept in the file only; nothing is drawn on the page.")
        else:
            images = []
            images.append(
                self.tr("signature image") if look.signature_image else self.tr("no signature image")
            )
            images.append(self.tr("seal image") if look.seal_image else self.tr("no seal image"))
            text = self.tr("Drawn in the signing block: %1 (set the images in Settings).").replace(
                "%1", ", ".join(images)
            )
        self.ui.appearanceLabel.setText(text)

    # --- the token's certificates -------------------------------------------------------------------

    def read_tokens(self) -> None:
        """List the certificates on the tokens plugged in (off the GUI thread: drivers can be slow)."""
        library = self.ui.libraryEdit.text().strip()
        if not library:
            self._show_error(self.tr("Choose the PKCS#11 library (driver) of your token first."))
            return
        self._show_error("")
        self.ui.statusLabel.setText(self.tr("Reading the tokens…"))
        self.ui.refreshTokensButton.setEnabled(False)
        self.context.runner.run(
            lambda _progress: list_pkcs11_certificates(library),
            on_success=lambda found: self._tokens_read(library, found),
            on_failure=self._tokens_failed,
        )

    def _tokens_read(self, library: str, found: list[CertificateInfo]) -> None:
        self.ui.refreshTokensButton.setEnabled(True)
        self.certificates = found
        table = self.ui.certificateTable
        table.setRowCount(len(found))
        first_usable = None
        for row, info in enumerate(found):
            validity = f"{format_date(info.valid_from)} – {format_date(info.valid_to)}"
            verdict = self.tr("Yes") if info.usable else (info.problem or self.tr("No"))
            for column, text in enumerate((info.holder, info.organisation, validity, verdict)):
                item = QTableWidgetItem(text)
                item.setToolTip(
                    f"{info.describe()}\n{self.tr('Token')}: {info.token_label} · {info.key_label}"
                )
                if not info.usable:  # shown with its reason, but cannot be chosen
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    item.setForeground(Qt.GlobalColor.gray)
                table.setItem(row, column, item)
            if info.usable and first_usable is None:
                first_usable = row
        if first_usable is not None:
            table.selectRow(first_usable)
        usable = sum(1 for info in found if info.usable)
        self.ui.statusLabel.setText(
            self.tr("No certificate found: is the token plugged in?")
            if not found
            else self.tr("%1 certificate(s) found, %2 can sign.")
            .replace("%1", str(len(found)))
            .replace("%2", str(usable))
        )
        self._remember_library(library)
        self._update()

    def _tokens_failed(self, error: BaseException) -> None:
        self.ui.refreshTokensButton.setEnabled(True)
        self.certificates = []
        self.ui.certificateTable.setRowCount(0)
        self.ui.statusLabel.clear()
        self._show_error(dialogs.error_text(error))
        self._update()

    def _remember_library(self, library: str) -> None:
        try:
            with self.context.workspace.transaction() as session:
                if get_profile(session).pkcs11_library != library:
                    update_profile(session, pkcs11_library=library)
        except BkfiError:
            pass  # remembering the driver is a convenience; signing does not depend on it

    def selected_certificate(self) -> CertificateInfo | None:
        model = self.ui.certificateTable.selectionModel()
        rows = model.selectedRows() if model else []
        if not rows or rows[0].row() >= len(self.certificates):
            return None
        info = self.certificates[rows[0].row()]
        return info if info.usable else None

    # --- signing ------------------------------------------------------------------------------------

    def _update(self) -> None:
        ui = self.ui
        token = ui.tokenRadio.isChecked()
        ui.tokenPanel.setEnabled(token and not self.busy)
        ui.p12Panel.setEnabled(not token and not self.busy)
        ui.pinEdit.setEnabled(token and not ui.pinPadCheck.isChecked())
        ui.methodBox.setEnabled(not self.busy)
        ui.outputBox.setEnabled(not self.busy)
        self.sign_button.setEnabled(not self.busy)

    def _signer(self) -> P12Signer | Pkcs11Signer | None:
        """The signer from the fields, taking the secret out of its field; None (with a message) if incomplete."""
        ui = self.ui
        if ui.p12Radio.isChecked():
            path = ui.p12Edit.text().strip()
            if not path:
                self._show_error(self.tr("Choose the certificate file (.p12 or .pfx)."))
                return None
            password = ui.passwordEdit.text()
            ui.passwordEdit.clear()
            return P12Signer(Path(path), password or None)
        info = self.selected_certificate()
        if info is None or not info.token_label or not info.key_label:
            self._show_error(
                self.tr("Choose a certificate that can sign from the list (read the token first).")
            )
            return None
        pin: str | None = None
        if not ui.pinPadCheck.isChecked():
            pin = ui.pinEdit.text()
            ui.pinEdit.clear()
            if not pin:
                self._show_error(
                    self.tr("Type the token's PIN, or tick the keypad option if the token has one.")
                )
                return None
        return Pkcs11Signer(Path(ui.libraryEdit.text().strip()), info.token_label, info.key_label, pin)

    def sign(self) -> None:
        if self.busy:
            return
        self._show_error("")
        out_text = self.ui.outputEdit.text().strip()
        if not out_text:
            self._show_error(self.tr("Choose where to save the signed file."))
            return
        out = Path(out_text)
        if out.resolve() == self.source.resolve():
            self._show_error(
                self.tr("Save the signed file under another name; the report built stays as it is.")
            )
            return
        if out.exists() and not dialogs.confirm(
            self,
            self.tr("%1 already exists. Replace it?").replace("%1", out.name),
            self.tr("Sign the report"),
        ):
            return
        signer = self._signer()
        if signer is None:
            return
        choice = SignatureChoice(visible=not self.ui.invisibleCheck.isChecked())
        workspace, report_id, source = self.context.workspace, self.report_id, self.source

        def work(progress: Progress) -> SignedReport:
            if report_id is None:  # a detailed plan: signed by the same rule, no report to record
                return sign_file(workspace, source, signer, out=out, choice=choice, progress=progress)
            return sign_report(workspace, report_id, signer, out=out, choice=choice, progress=progress)

        self.busy = True
        self._update()
        self.context.runner.run(
            work,
            on_success=self._signed,
            on_failure=self._failed,
            on_progress=self._progress,
            changes=("reports",),
        )

    def _progress(self, percent: int, text: str) -> None:
        self.ui.progressBar.setValue(percent)
        self.ui.statusLabel.setText(text)

    def _signed(self, result: SignedReport) -> None:
        self.busy = False
        self.ui.progressBar.setValue(100)
        self.ui.statusLabel.setText(
            self.tr("Signed by %1; saved as %2.")
            .replace("%1", result.signer.holder)
            .replace("%2", str(result.out_path))
        )
        self.signed.emit(str(result.out_path))
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.ui.progressBar.setValue(0)
        self.ui.statusLabel.clear()
        self._show_error(dialogs.error_text(error))
        self._update()

    def _show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))

    def reject(self) -> None:
        if not self.busy:  # a signing in progress cannot be abandoned half-way
            self.ui.passwordEdit.clear()
            self.ui.pinEdit.clear()
            super().reject()
