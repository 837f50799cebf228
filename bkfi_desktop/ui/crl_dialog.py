"""Danh sách chứng thư bị thu hồi (layout: forms/crl_dialog.ui): the CRLs the office imported, with
their issuer, dates, number of revoked serials and whether they are past their next update; import
(all or nothing, the same service as `bkfi crl import`) and remove. Opened from the compile dialog's
"Nhập danh sách thu hồi (CRL)…" button; `imported` says whether anything changed, so the dialog that
opened it checks the signatures again."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from bkfi_desktop.documents.signing.certificates import format_datetime
from bkfi_desktop.documents.signing.crl_store import CrlInfo, import_crls, list_crls, remove_crl
from bkfi_desktop.errors import BkfiError
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.forms import FormUi

STALE_COLOUR = QColor("#a15c00")


class CrlDialogUi(FormUi):
    form = "crl_dialog"
    hintLabel: QLabel
    crlTable: QTableWidget
    statusLabel: QLabel
    importButton: QPushButton
    removeButton: QPushButton
    buttonBox: QDialogButtonBox


class CrlDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = CrlDialogUi.load_into(self)
        self.crls: list[CrlInfo] = []
        self.changed = False
        header = ui.crlTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        ui.importButton.clicked.connect(self.choose_and_import)
        ui.removeButton.clicked.connect(self.remove_selected)
        ui.crlTable.itemSelectionChanged.connect(self._update)
        ui.buttonBox.rejected.connect(self.reject)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.crls = list_crls()
        except BkfiError as error:
            self.crls = []
            self._status(error.message, good=False)
        table = self.ui.crlTable
        table.setRowCount(len(self.crls))
        for row, info in enumerate(self.crls):
            state = info.warning() or self.tr("Up to date")
            cells = [
                info.issuer, format_datetime(info.this_update),
                format_datetime(info.next_update) if info.next_update else "—", str(info.revoked), state,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(info.issuer_dn if column == 0 else text)
                if column == 4 and info.stale():
                    item.setForeground(QBrush(STALE_COLOUR))
                table.setItem(row, column, item)
        if not self.crls and not self.ui.statusLabel.text():
            self._status(self.tr("No revocation list imported: signatures are reported as not checked for revocation."))
        self._update()

    def shown(self) -> list[dict[str, str]]:
        """Each row as the clerk reads it, by column title (tests read what the clerk reads)."""
        table = self.ui.crlTable
        titles = [table.horizontalHeaderItem(column).text() for column in range(table.columnCount())]
        return [
            {titles[column]: table.item(row, column).text() for column in range(table.columnCount())}
            for row in range(table.rowCount())
        ]

    def choose_and_import(self) -> None:
        paths = dialogs.choose_open_files(
            self, self.tr("Choose the revocation lists to import"),
            self.tr("Revocation lists (*.crl *.pem *.der);;All files (*)"),
        )
        if not paths:
            return
        try:
            imported = import_crls(paths)
        except BkfiError as error:
            self._status(error.message, good=False)
            return
        self.changed = True
        self._status(
            self.tr("Imported: %1. Signatures are checked against it from now on.")
            .replace("%1", "; ".join(f"{info.issuer} ({info.revoked})" for info in imported)),
            good=True,
        )
        self.refresh()

    def remove_selected(self) -> None:
        rows = self.ui.crlTable.selectionModel().selectedRows()
        if not rows:
            return
        info = self.crls[rows[0].row()]
        question = self.tr("Remove the revocation list of %1? Its certificates are then no longer checked for revocation.")
        if not dialogs.confirm(self, question.replace("%1", info.issuer), self.tr("Remove a revocation list")):
            return
        try:
            remove_crl(info.key)
        except BkfiError as error:
            self._status(error.message, good=False)
            return
        self.changed = True
        self._status(self.tr("Removed the revocation list of %1.").replace("%1", info.issuer), good=True)
        self.refresh()

    def _status(self, text: str, good: bool | None = None) -> None:
        colour = "" if good is None else "color: #1b7f3b;" if good else "color: #b00020; font-weight: bold;"
        self.ui.statusLabel.setStyleSheet(colour)
        self.ui.statusLabel.setText(text)

    def _update(self) -> None:
        self.ui.removeButton.setEnabled(self.ui.crlTable.selectionModel().hasSelection())
