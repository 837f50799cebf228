"""Kiểm tra chữ ký: check a signed report PDF as a receiving office must (layout: forms/verify_dialog.ui).

A PDF is opened with the file dialog or dropped on the window, verified off the GUI thread against
the trust roots set in Cài đặt, and the result shown in Vietnamese: a green or red verdict, each
check, the signer, and what is wrong. Opened with open(), never exec().
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from bkfi_desktop.documents.signing.certificates import format_date, format_datetime
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.forms import FormUi
from bkfi_desktop.workflows.verify_file import VerificationReport, verify_file

GOOD_STYLE = "background: #1b7f3b; color: white;"
BAD_STYLE = "background: #b00020; color: white;"
NEUTRAL_STYLE = "background: palette(midlight);"
BASE_STYLE = "font-size: 13pt; font-weight: bold; padding: 10px; border-radius: 4px;"


class VerifyDialogUi(FormUi):
    form = "verify_dialog"
    dropLabel: QLabel
    openButton: QPushButton
    fileLabel: QLabel
    verdictLabel: QLabel
    checksTable: QTableWidget
    signerBox: QGroupBox
    holderValue: QLabel
    organisationValue: QLabel
    timeValue: QLabel
    certificateValue: QLabel
    problemsCaption: QLabel
    problemsList: QListWidget
    buttonBox: QDialogButtonBox


def _pdf_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if path.suffix.lower() == ".pdf"]


class VerifyDialog(QDialog):
    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = ui = VerifyDialogUi.load_into(self)
        self.report: VerificationReport | None = None
        self.path: Path | None = None
        self.busy = False
        ui.checksTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        ui.openButton.clicked.connect(self.choose_file)
        ui.buttonBox.rejected.connect(self.reject)
        self._show_verdict(None, self.tr("No file checked yet."))
        self._show_details(None)
        if path is not None:
            self.verify(path)

    # --- choosing a file ----------------------------------------------------------------------------

    def choose_file(self) -> None:
        path = dialogs.choose_open_file(self, self.tr("Choose a signed report"), self.tr("PDF files (*.pdf)"))
        if path is not None:
            self.verify(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _pdf_paths(event) and not self.busy:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _pdf_paths(event)
        if not paths or self.busy:
            event.ignore()
            return
        event.acceptProposedAction()
        self.verify(paths[0])

    # --- verifying ----------------------------------------------------------------------------------

    def verify(self, path: Path) -> None:
        if self.busy:
            return
        self.busy = True
        self.path = Path(path)
        self.report = None
        self.ui.openButton.setEnabled(False)
        self.ui.fileLabel.setText(self.tr("File: %1").replace("%1", str(self.path)))
        self._show_verdict(None, self.tr("Checking the signature…"))
        self._show_details(None)
        self.context.runner.run(
            lambda progress: verify_file(self.path, progress=progress),
            on_success=self._verified,
            on_failure=self._failed,
            label=self.tr("Checking the signature…"),
        )

    def _verified(self, report: VerificationReport) -> None:
        self.busy = False
        self.report = report
        self.ui.openButton.setEnabled(True)
        if report.ok:
            self._show_verdict(
                True,
                " ".join([
                    self.tr(
                        "VALID: the report is intact, signed by a trusted certificate, and its data is covered by the signature."
                    ),
                    *report.notes,  # e.g. not checked for revocation: no imported CRL covers the signer
                ]),
            )
        else:
            first = (
                report.problems[0]
                if report.problems
                else self.tr("The signature does not meet every requirement.")
            )
            self._show_verdict(False, self.tr("NOT VALID: %1").replace("%1", first))
        self._show_details(report)

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.ui.openButton.setEnabled(True)
        message = dialogs.error_text(error)
        self._show_verdict(False, self.tr("NOT VALID: %1").replace("%1", message))
        self.ui.problemsList.addItem(message)
        self.ui.problemsCaption.setVisible(True)
        self.ui.problemsList.setVisible(True)

    # --- showing ------------------------------------------------------------------------------------

    def verdict_is_good(self) -> bool | None:
        return None if self.report is None else self.report.ok

    def _show_verdict(self, good: bool | None, text: str) -> None:
        style = NEUTRAL_STYLE if good is None else GOOD_STYLE if good else BAD_STYLE
        self.ui.verdictLabel.setStyleSheet(BASE_STYLE + style)
        self.ui.verdictLabel.setText(text)

    def _checks(self, report: VerificationReport) -> list[tuple[str, bool, str]]:
        """One row per check: what was checked, and what was found (never two rows that disagree)."""
        rows = [
            (
                self.tr("Signed"),
                report.signed,
                self.tr("Yes: %1 signature(s) found; the last one is checked").replace("%1", str(report.signature_count))
                if report.signed
                else self.tr("No signature in the file"),
            ),
            (
                self.tr("Intact (not altered since signing)"),
                report.intact,
                self.tr("Yes: the signed content matches the signature")
                if report.intact
                else self.tr("No: the signed content no longer matches the signature"),
            ),
            (self.tr("Signer trusted (chains to an installed root)"), bool(report.certificate_trusted),
             self._trust_text(report)),
            (
                self.tr("Signature covers the whole file"),
                report.covers_whole_document,
                self.tr("Yes: every byte of the file is signed")
                if report.covers_whole_document
                else self.tr("No: data was added after the signed part"),
            ),
            (self.tr("Unchanged after signing"), not report.modified_after_signing, self._changes_text(report)),
            (
                self.tr("Report data (bkfi-report.json) present"),
                report.payload_present,
                self.tr("Yes: the file carries its report data")
                if report.payload_present
                else self.tr("No: the file carries no report data"),
            ),
            (
                self.tr("Report data inside the signed part"),
                report.payload_covered,
                self.tr("Yes: the report data is covered by the signature")
                if report.payload_covered
                else self.tr("No: the report data is not covered by a valid signature"),
            ),
        ]
        return rows

    def _trust_text(self, report: VerificationReport) -> str:
        if report.certificate_trusted is None:
            return self.tr("Not checked: the signature value itself is damaged")
        if report.certificate_trusted:
            return self.tr("Yes: the certificate chains to an installed trusted root")
        return self.tr("No: %1").replace("%1", report.trust_problem or "")

    def _changes_text(self, report: VerificationReport) -> str:
        if not report.modified_after_signing:
            return self.tr("Yes: nothing was added or changed after signing")
        if not report.intact:
            found = self.tr("the signed content itself was changed")
            if report.modifications:
                found += "; " + "; ".join(report.modifications)
            return self.tr("No: %1").replace("%1", found)
        return self.tr("No: %1").replace("%1", "; ".join(report.modifications) or self.tr("changed"))

    def _show_details(self, report: VerificationReport | None) -> None:
        ui = self.ui
        rows = self._checks(report) if report is not None else []
        if report is not None and not report.signed:  # nothing to say about a signature that is not there
            rows = [rows[0], rows[5]]
        ui.checksTable.setRowCount(len(rows))
        for row, (what, good, text) in enumerate(rows):
            ui.checksTable.setItem(row, 0, QTableWidgetItem(what))
            item = QTableWidgetItem(("✔ " if good else "✘ ") + text)
            item.setForeground(Qt.GlobalColor.darkGreen if good else Qt.GlobalColor.red)
            item.setToolTip(text)
            ui.checksTable.setItem(row, 1, item)
        ui.signerBox.setVisible(report is not None and report.signed)
        if report is not None and report.signed:
            ui.holderValue.setText(report.signer_holder or "")
            ui.organisationValue.setText(report.signer_organisation or "")
            when = format_datetime(report.signing_time) if report.signing_time else ""
            if when and report.timestamped:
                when += " " + self.tr("(from a timestamp server)")
            elif when:
                when += " " + self.tr("(the signer's computer clock)")
            ui.timeValue.setText(when)
            valid_to = format_date(report.certificate_valid_to) if report.certificate_valid_to else ""
            ui.certificateValue.setText(
                self.tr("serial %1, valid until %2")
                .replace("%1", report.signer_serial or "")
                .replace("%2", valid_to)
            )
        ui.problemsList.clear()
        problems = report.problems if report is not None else []
        ui.problemsList.addItems(problems)
        ui.problemsCaption.setVisible(bool(problems))
        ui.problemsList.setVisible(bool(problems))

    def reject(self) -> None:
        if not self.busy:
            super().reject()
