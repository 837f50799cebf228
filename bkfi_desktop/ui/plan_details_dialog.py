"""The plans dialog (layout: forms/plan_details_dialog.ui): the workspace's plans with their number,
date, issuer, topic and validity; the clerk corrects them and archives or restores a plan, through the
same services as `bkfi plan set|archive` (core.plan_details).

Each button is one audited transaction; refused input (an empty title, an impossible date) shows the
reason in the dialog and changes nothing. Afterwards the pages that show plans reload through
`signals.plan_changed` (and `tasks_changed`: the activity task picker). Opened from Edit ▸ Plans….
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from bkfi_desktop.core.plan_details import PlanSummary, archive_plan, list_plans, set_plan_details
from bkfi_desktop.errors import BkfiError
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.date_fields import format_date, optional_date, set_optional_date
from bkfi_desktop.ui.date_typing import date_typing
from bkfi_desktop.ui.field_problem import clear_problem, problem
from bkfi_desktop.ui.forms import FormUi


class PlanDetailsDialogUi(FormUi):
    form = "plan_details_dialog"
    hintLabel: QLabel
    planTable: QTableWidget
    titleEdit: QLineEdit
    numberEdit: QLineEdit
    issuedOnCheck: QCheckBox
    issuedOnEdit: QDateEdit
    issuerEdit: QLineEdit
    topicEdit: QLineEdit
    validFromCheck: QCheckBox
    validFromEdit: QDateEdit
    validToCheck: QCheckBox
    validToEdit: QDateEdit
    saveButton: QPushButton
    archiveButton: QPushButton
    statusLabel: QLabel
    errorLabel: QLabel
    buttonBox: QDialogButtonBox


class PlanDetailsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = ui = PlanDetailsDialogUi.load_into(self)
        self.plans: list[PlanSummary] = []
        header = ui.planTable.horizontalHeader()
        for column in range(ui.planTable.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # the issuer: the longest text
        ui.planTable.setWordWrap(False)
        ui.planTable.itemSelectionChanged.connect(self._selected)
        ui.saveButton.clicked.connect(self.save)
        ui.archiveButton.clicked.connect(self.toggle_archived)
        ui.buttonBox.rejected.connect(self.reject)
        self.refresh()
        if self.plans:
            ui.planTable.selectRow(0)

    # --- the list ---------------------------------------------------------------------------------

    def selected(self) -> PlanSummary | None:
        row = self.ui.planTable.currentRow()
        return self.plans[row] if 0 <= row < len(self.plans) else None

    def refresh(self, keep: int | None = None) -> None:
        with self.context.workspace.session() as session:
            self.plans = list_plans(session, include_archived=True)
            session.rollback()
        table = self.ui.planTable
        table.blockSignals(True)
        table.setRowCount(len(self.plans))
        for row, plan in enumerate(self.plans):
            cells = (
                plan.short_name,
                plan.number,
                format_date(plan.issued_on),
                plan.issuer,
                plan.topic,
                self._validity(plan),
                self.tr("Archived") if plan.archived else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(plan.title if column == 0 else text)
                if plan.archived:
                    item.setForeground(Qt.GlobalColor.darkGray)
                table.setItem(row, column, item)
        table.blockSignals(False)
        if not self.plans:
            self.ui.statusLabel.setText(self.tr("No plan yet: import a task list first (File ▸ Import task list…)."))
        rows = [row for row, plan in enumerate(self.plans) if plan.id == keep]
        if rows:
            table.selectRow(rows[0])
        self._selected()

    def _validity(self, plan: PlanSummary) -> str:
        if not (plan.valid_from or plan.valid_to):
            return ""
        return f"{format_date(plan.valid_from) or '…'} – {format_date(plan.valid_to) or '…'}"

    # --- the form ---------------------------------------------------------------------------------

    def _selected(self) -> None:
        ui, plan = self.ui, self.selected()
        self.ui.errorLabel.clear()
        for edit in self._date_edits().values():
            _forget_refusal(edit)
        if plan is None:
            for widget in (*self._fields(), ui.saveButton, ui.archiveButton):
                widget.setEnabled(False)
            return
        ui.titleEdit.setText(plan.title)
        ui.titleEdit.setCursorPosition(0)  # a long title shows its beginning
        ui.numberEdit.setText(plan.number)
        ui.issuerEdit.setText(plan.issuer)
        ui.topicEdit.setText(plan.topic)
        set_optional_date(ui.issuedOnCheck, ui.issuedOnEdit, plan.issued_on)
        set_optional_date(ui.validFromCheck, ui.validFromEdit, plan.valid_from)
        set_optional_date(ui.validToCheck, ui.validToEdit, plan.valid_to)
        writable = not plan.archived
        for widget in (ui.titleEdit, ui.numberEdit, ui.issuerEdit, ui.topicEdit, ui.saveButton):
            widget.setEnabled(writable)
        for check, edit in self._date_pairs():
            check.setEnabled(writable)
            edit.setEnabled(writable and check.isChecked())
        ui.archiveButton.setEnabled(True)
        ui.archiveButton.setText(self.tr("&Restore from archive…") if plan.archived else self.tr("&Archive plan…"))
        ui.statusLabel.setText(
            self.tr("Archived: read-only. Restore it from the archive to correct it.")
            if plan.archived
            else self.tr("%1 task(s).").replace("%1", str(plan.task_count))
        )

    def _fields(self) -> tuple[QWidget, ...]:
        ui = self.ui
        return (ui.titleEdit, ui.numberEdit, ui.issuerEdit, ui.topicEdit, *(w for pair in self._date_pairs() for w in pair))

    def _date_pairs(self) -> tuple[tuple[QCheckBox, QDateEdit], ...]:
        ui = self.ui
        return (
            (ui.issuedOnCheck, ui.issuedOnEdit),
            (ui.validFromCheck, ui.validFromEdit),
            (ui.validToCheck, ui.validToEdit),
        )

    def _date_edits(self) -> dict[str, QDateEdit]:
        ui = self.ui
        return {
            self.tr("Date of issue"): ui.issuedOnEdit,
            self.tr("In force from"): ui.validFromEdit,
            self.tr("In force until"): ui.validToEdit,
        }

    def _typed(self) -> dict[str, Any] | None:
        """The form's values, or None (with the reason shown) when a typed date was refused."""
        ui = self.ui
        for name, edit in self._date_edits().items():
            typing = date_typing(edit)
            refused = typing is not None and edit.isEnabled() and not typing.finish()
            if refused or (edit.isEnabled() and problem(edit)):
                reason = problem(edit) or (typing.message if typing else "")
                ui.errorLabel.setText(
                    self.tr("%1: %2 Nothing was saved.").replace("%1", name).replace("%2", reason)
                )
                edit.setFocus()
                return None
        return {
            "title": ui.titleEdit.text(),
            "number": ui.numberEdit.text(),
            "issued_on": optional_date(ui.issuedOnCheck, ui.issuedOnEdit),
            "issuer": ui.issuerEdit.text(),
            "topic": ui.topicEdit.text(),
            "valid_from": optional_date(ui.validFromCheck, ui.validFromEdit),
            "valid_to": optional_date(ui.validToCheck, ui.validToEdit),
        }

    # --- the writes -------------------------------------------------------------------------------

    def save(self) -> None:
        plan = self.selected()
        if plan is None or plan.archived:
            return
        typed = self._typed()
        if typed is None:
            return
        changed = {name: value for name, value in typed.items() if _differs(getattr(plan, name), value)}
        if not changed:
            self.ui.errorLabel.clear()
            self.ui.statusLabel.setText(self.tr("Nothing to save: the details are as they were."))
            return
        try:
            with self.context.workspace.transaction() as session:
                saved = set_plan_details(session, plan.id, **changed)
        except BkfiError as error:
            self.ui.errorLabel.setText(error.message)
            return
        self._changed(saved.id)
        self.ui.statusLabel.setText(self.tr("Saved the details of %1.").replace("%1", saved.short_name))

    def toggle_archived(self) -> None:
        plan = self.selected()
        if plan is None:
            return
        if plan.archived:
            question = self.tr(
                "Restore %1 from the archive? Its tasks come back to the daily lists and can be worked on again."
            )
            title = self.tr("Restore plan")
        else:
            question = self.tr(
                "Archive %1? Its tasks and the work recorded on them are kept, read-only, and leave the daily "
                "lists and new reports. You can restore it later."
            )
            title = self.tr("Archive plan")
        if not dialogs.confirm(self, question.replace("%1", f"“{plan.short_name}”"), title):
            return
        try:
            with self.context.workspace.transaction() as session:
                saved = archive_plan(session, plan.id, restore=plan.archived)
        except BkfiError as error:
            self.ui.errorLabel.setText(error.message)
            return
        self._changed(saved.id)
        self.ui.statusLabel.setText(
            (self.tr("Archived %1.") if saved.archived else self.tr("Restored %1 from the archive."))
            .replace("%1", saved.short_name)
        )

    def _changed(self, plan_id: int) -> None:
        self.refresh(plan_id)
        # plan: the task tree, the dashboard and the report page reload; tasks: the activity page's task picker
        self.context.announce("plan", "tasks")


def _differs(before: Any, after: Any) -> bool:
    if isinstance(before, dt.date) or isinstance(after, dt.date) or before is None or after is None:
        return before != after
    return str(before).strip() != str(after).strip()


def _forget_refusal(edit: QDateEdit) -> None:
    """Another plan's details are shown: a refusal typed for the previous one no longer applies."""
    typing = date_typing(edit)
    if typing is not None:
        typing.entry = None
        typing.message = ""
    clear_problem(edit)
