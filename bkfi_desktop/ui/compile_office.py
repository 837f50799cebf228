"""The compiling office's tools beside the board of Tổng hợp báo cáo các đơn vị (buttons in
forms/compile_dialog.ui): the roster and deadline (RosterDialog), the revocation lists (CrlDialog), and
accepting the signer of a report refused because the certificate names another organisation.

Accepting asks first, naming the signer, the certificate's organisation and the unit; it is remembered
in the workspace (core.signer_acceptance, audited) and the reports are compiled again, so the row is
counted — as every later compile, GUI or `bkfi compile`, counts it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu, QPushButton

from bkfi_desktop.errors import BkfiError
from bkfi_desktop.exchange.compilation_board import BoardRow
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.forms import FormUi
from bkfi_desktop.workflows.compile_reports import accept_board_signer, refresh_board

if TYPE_CHECKING:
    from bkfi_desktop.ui.compile_dialog import CompileDialog


class OfficeToolsUi(FormUi):
    form = "compile_dialog"
    acceptSignerButton: QPushButton
    rosterButton: QPushButton
    crlButton: QPushButton


def can_accept(row: BoardRow | None) -> bool:
    return row is not None and row.status == "refused" and row.code == "signer_mismatch" and bool(row.signer)


class OfficeTools(QObject):
    def __init__(self, dialog: CompileDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.plan_key: str | None = None  # the plan whose roster the board follows (None: every plan)
        self.ui = ui = OfficeToolsUi.bind(dialog)
        table = dialog.ui.boardTable
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        table.itemSelectionChanged.connect(self.update)
        ui.acceptSignerButton.clicked.connect(self.accept_selected_signer)
        ui.rosterButton.clicked.connect(self.open_roster)
        ui.crlButton.clicked.connect(self.open_crls)
        self.update()

    def update(self) -> None:
        idle = not self.dialog.busy
        self.ui.acceptSignerButton.setEnabled(idle and can_accept(self.dialog.board.selected_row()))
        self.ui.rosterButton.setEnabled(idle)
        self.ui.crlButton.setEnabled(idle)

    def _context_menu(self, where: QPoint) -> None:
        row = self.dialog.board.selected_row()
        if not can_accept(row):
            return
        menu = QMenu(self.dialog)
        menu.addAction(self.ui.acceptSignerButton.text().replace("&", ""), self.accept_selected_signer)
        menu.popup(self.dialog.ui.boardTable.viewport().mapToGlobal(where))

    # --- accepting a signer -------------------------------------------------------------------------

    def accept_selected_signer(self) -> None:
        row = self.dialog.board.selected_row()
        if not can_accept(row) or self.dialog.busy:
            return
        organisations = " / ".join(row.signer_organisations) or self.tr("no organisation named")
        question = (
            self.tr(
                "Accept %1, whose certificate belongs to “%2”, as signer of the reports of %3?\n\n"
                "Do this only when you know this person signs for %3 (e.g. a leader in charge of two units). "
                "This report and later ones they sign for %3 are then counted; the acceptance is recorded."
            )
            .replace("%1", row.signer or "")
            .replace("%2", organisations)
            .replace("%3", row.unit)
        )
        if not dialogs.confirm(self.dialog, question, self.tr("Accept this signer")):
            return
        try:
            accept_board_signer(self.dialog.context.workspace, row)
        except BkfiError as error:
            dialogs.show_error(self.dialog, error, self.tr("Accept this signer"))
            return
        self.dialog.compile()  # checked again: the row is now counted, with the figures added

    # --- the roster and the revocation lists --------------------------------------------------------

    def open_roster(self) -> None:
        from bkfi_desktop.ui.roster_dialog import RosterDialog

        dialog = self.dialog
        compilation = dialog.compilation
        period = (compilation.period_code if compilation is not None else None) or dialog.period_code()
        roster = RosterDialog(dialog.context.workspace, dialog.context.today(), period, self.plan_key, parent=dialog)
        roster.accepted.connect(lambda: self._roster_saved(roster.plan_key()))
        roster.finished.connect(roster.deleteLater)
        roster.open()

    def _roster_saved(self, plan_key: str | None) -> None:
        """The board follows the saved roster (of the plan chosen there) and deadline at once; no file
        is checked again."""
        self.plan_key = plan_key
        dialog = self.dialog
        if dialog.result is not None and dialog.compilation is not None and not dialog.busy:
            dialog.result = refresh_board(dialog.context.workspace, dialog.result, plan_key)
            dialog.board.show(dialog.result.board)
        self.update()

    def open_crls(self) -> None:
        from bkfi_desktop.ui.crl_dialog import CrlDialog

        crls = CrlDialog(self.dialog)
        crls.finished.connect(lambda _code: self._crls_closed(crls))
        crls.open()

    def _crls_closed(self, crls: QObject) -> None:
        changed = getattr(crls, "changed", False)
        crls.deleteLater()
        if changed and self.dialog.compilation is not None and not self.dialog.busy:
            self.dialog.compile()  # the signatures are checked again against the lists as they are now
