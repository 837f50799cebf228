"""The shared base of the list pages that keep one kind of record (Cán bộ, Tập huấn): a table whose
rows carry the record id, a search box, and New / Edit / Delete through a record dialog.

A page says what differs: how it loads its lines, the cells of a line, which lines it shows beyond the
search, the dialog it opens, the delete question and how the service deletes; the base does the rest the
same way on every page (keep the selection across a refresh, open the dialog without blocking, select
what was saved, announce the change so every page that depends on it refreshes).
"""

from __future__ import annotations

from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QWidget
from sqlalchemy.orm import Session

from bkfi_desktop.errors import BkfiError
from bkfi_desktop.textvn.folding import fold_for_search
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.pages.base import Page
from bkfi_desktop.ui.pages.record_dialog import RecordDialog
from bkfi_desktop.ui.table_rows import select_row_id, selected_row_id


class RecordLine(Protocol):
    """What a page keeps of one record, read once so no ORM object outlives its session."""

    @property
    def id(self) -> int: ...

    @property
    def search_key(self) -> str: ...


LineT = TypeVar("LineT", bound=RecordLine)


class RecordPage(Page, Generic[LineT]):
    """Subclass, load the form, then call `connect_records` with the widgets it names."""

    change = ""  # what an edit here changed, as the runner announces it ("staff", "trainings")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.lines: list[LineT] = []
        self.dialog: RecordDialog | None = None

    def connect_records(
        self,
        table: QTableWidget,
        search: QLineEdit,
        add: QPushButton,
        selection_buttons: tuple[QPushButton, ...],
    ) -> None:
        """Wire the table, the search box and New; `selection_buttons` (Edit, Delete…) need a row."""
        self.record_table = table
        self.search_edit = search
        self.selection_buttons = selection_buttons
        table.itemActivated.connect(lambda _item: self.edit_selected())
        table.itemSelectionChanged.connect(self.selection_changed)
        search.textChanged.connect(lambda _text: self.fill())
        add.clicked.connect(self.new_item)

    # --- what a page says ---------------------------------------------------------------------------

    def load_lines(self, session: Session) -> list[LineT]:
        raise NotImplementedError

    def cells(self, line: LineT) -> tuple[str, ...]:
        raise NotImplementedError

    def style_item(self, item: QTableWidgetItem, line: LineT) -> None:
        """Mark a cell (e.g. grey for someone who left); nothing by default."""

    def shows(self, line: LineT) -> bool:
        """Whether a line passes the page's own filters besides the search; all do by default."""
        return True

    def make_dialog(self, record_id: int | None, **options: Any) -> RecordDialog:
        """The record dialog for record_id (None: a new record); BkfiError when it cannot be read."""
        raise NotImplementedError

    def confirm_delete(self, line: LineT) -> bool:
        raise NotImplementedError

    def delete_record(self, session: Session, record_id: int) -> None:
        raise NotImplementedError

    def loaded(self, session: Session) -> None:
        """Read what else the page shows (totals) in the same session as the lines."""

    def after_refresh(self) -> None:
        """Update what depends on all lines (a warning) once they are shown."""

    # --- page contract ----------------------------------------------------------------------------

    def refresh(self) -> None:
        selected = self.selected_id()
        try:
            with self.context.workspace.session() as session:
                self.lines = self.load_lines(session)
                self.loaded(session)
        except BkfiError as error:
            dialogs.show_error(self, error)
            return
        self.fill(select_id=selected)
        self.after_refresh()

    def new_item(self) -> None:
        self.open_dialog(None)

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def delete_selected(self) -> None:
        line = self.selected_line()
        if line is None or not self.confirm_delete(line):
            return
        try:
            with self.context.workspace.transaction() as session:
                self.delete_record(session, line.id)
        except BkfiError as error:
            dialogs.show_error(self, error)
            return
        self.context.announce(self.change)  # refreshes this page too

    def edit_selected(self) -> None:
        line = self.selected_line()
        if line is not None:
            self.open_dialog(line.id)

    def open_dialog(self, record_id: int | None, **options: Any) -> None:
        """Open the record dialog (window-modal, never exec()); it saves itself, then `saved` fires."""
        try:
            self.dialog = self.make_dialog(record_id, **options)
        except BkfiError as error:
            dialogs.show_error(self, error)
            return
        self.dialog.saved.connect(self.record_saved)
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()

    def record_saved(self, record_id: int) -> None:
        self.context.announce(self.change)  # refreshes this page too
        self.select_id(record_id)

    # --- selection --------------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        return selected_row_id(self.record_table)

    def selected_line(self) -> LineT | None:
        wanted = self.selected_id()
        return next((line for line in self.lines if line.id == wanted), None)

    def select_id(self, record_id: int) -> None:
        select_row_id(self.record_table, record_id)

    def selection_changed(self) -> None:
        has_selection = self.selected_id() is not None
        for button in self.selection_buttons:
            button.setEnabled(has_selection)

    # --- filling the table --------------------------------------------------------------------------

    def visible_lines(self) -> list[LineT]:
        words = fold_for_search(self.search_edit.text()).split()
        return [line for line in self.lines if self.shows(line) and all(word in line.search_key for word in words)]

    def fill(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self.selected_id()
        table = self.record_table
        table.setSortingEnabled(False)  # the service's order is the order
        table.setUpdatesEnabled(False)
        lines = self.visible_lines()
        table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            for column, text in enumerate(self.cells(line)):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, line.id)
                self.style_item(item, line)
                table.setItem(row, column, item)
        table.setUpdatesEnabled(True)
        if keep is not None:
            self.select_id(keep)
        self.selection_changed()
