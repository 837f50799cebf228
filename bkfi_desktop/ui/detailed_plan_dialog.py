"""The place a clerk prepares the unit's Kế hoạch chi tiết: texts with defaults, number and date, estimates,
the unit's own activities; Save keeps them, Build PDF… writes the PDF (and the .docx) through the workflow."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from bkfi_desktop.core.detailed_plan import compile_detailed_plan, default_texts, find_plan
from bkfi_desktop.core.detailed_plan_settings import PlanSettings, list_plans, load_settings, save_settings
from bkfi_desktop.core.reports.vn_format import format_number_vi
from bkfi_desktop.errors import BkfiError
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.date_fields import prepare_date_edit, to_qdate, typed_date
from bkfi_desktop.ui.forms import FormUi

TEXT_EDITS = {
    "subject": "subjectEdit", "intro": "introEdit", "purpose": "purposeEdit", "requirements": "requirementsEdit",
    "budget_note": "budgetNoteEdit", "organisation": "organisationEdit",
}
EXTRA_COLUMNS = ("task", "deadline", "product", "budget")


class DetailedPlanDialogUi(FormUi):
    form = "detailed_plan_dialog"
    planCombo: QComboBox
    numberSpin: QSpinBox
    issuedOnEdit: QDateEdit
    textTabs: QTabWidget
    subjectEdit: QPlainTextEdit
    introEdit: QPlainTextEdit
    purposeEdit: QPlainTextEdit
    requirementsEdit: QPlainTextEdit
    budgetNoteEdit: QPlainTextEdit
    organisationEdit: QPlainTextEdit
    budgetTable: QTableWidget
    extraTable: QTableWidget
    addExtraButton: QPushButton
    removeExtraButton: QPushButton
    defaultsButton: QPushButton
    docxCheck: QCheckBox
    saveButton: QPushButton
    buildButton: QPushButton
    signButton: QPushButton
    closeButton: QPushButton


class DetailedPlanDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = DetailedPlanDialogUi.load_into(self)
        self.defaults: dict[str, str] = {}
        self.built: Path | None = None
        self.built_number = ""
        self.signed: Path | None = None
        ui = self.ui
        prepare_date_edit(ui.issuedOnEdit)
        ui.numberSpin.setSpecialValueText(self.tr("not yet"))
        ui.budgetTable.setColumnCount(3)
        ui.budgetTable.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Task"), self.tr("Estimate (đồng)")])
        ui.budgetTable.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ui.extraTable.setColumnCount(len(EXTRA_COLUMNS))
        ui.extraTable.setHorizontalHeaderLabels(
            [self.tr("Activity"), self.tr("Deadline"), self.tr("Product"), self.tr("Estimate (đồng)")]
        )
        ui.extraTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        with context.workspace.session() as session:
            find_plan(session, None)  # no plan yet: the Vietnamese reason instead of an empty dialog
            for key, text in list_plans(session):
                ui.planCombo.addItem(text, key)
        ui.planCombo.currentIndexChanged.connect(lambda _index: self.load())
        ui.addExtraButton.clicked.connect(lambda: self._add_extra({}))
        ui.removeExtraButton.clicked.connect(self._remove_extra)
        ui.defaultsButton.clicked.connect(self._restore_defaults)
        ui.saveButton.clicked.connect(self.save)
        ui.buildButton.clicked.connect(self.build)
        ui.signButton.clicked.connect(self.sign)
        ui.closeButton.clicked.connect(self.reject)
        self.load()

    def plan_key(self) -> str | None:
        return self.ui.planCombo.currentData()

    # --- loading ----------------------------------------------------------------------------------

    def load(self) -> None:
        key = self.plan_key()
        if key is None:
            return
        with self.context.workspace.session() as session:
            content = compile_detailed_plan(session, key, issued_on=self.context.today())
            settings = load_settings(session, key)
            session.rollback()
        self.defaults = default_texts(content.unit, content.plan)
        ui = self.ui
        for name, edit in TEXT_EDITS.items():
            getattr(ui, edit).setPlainText(content.texts[name])
        ui.numberSpin.setValue(settings.number or 0)
        ui.issuedOnEdit.setDate(to_qdate(settings.issued_on or self.context.today()))
        ui.budgetTable.setRowCount(0)
        for row in (r for r in content.rows if r.code):
            index = ui.budgetTable.rowCount()
            ui.budgetTable.insertRow(index)
            for column, text in enumerate((row.code, row.task)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~item.flags().ItemIsEditable)
                ui.budgetTable.setItem(index, column, item)
            amount = settings.budget.get(row.code)
            ui.budgetTable.setItem(index, 2, QTableWidgetItem(format_number_vi(amount) if amount else ""))
        ui.extraTable.setRowCount(0)
        for item in settings.extra_items:
            self._add_extra(item)

    def _add_extra(self, values: dict[str, Any]) -> None:
        table = self.ui.extraTable
        row = table.rowCount()
        table.insertRow(row)
        for column, key in enumerate(EXTRA_COLUMNS):
            value = values.get(key)
            text = format_number_vi(value) if key == "budget" and value else str(value or "")
            table.setItem(row, column, QTableWidgetItem(text))
        if not values:
            table.setCurrentCell(row, 0)
            table.editItem(table.item(row, 0))

    def _remove_extra(self) -> None:
        row = self.ui.extraTable.currentRow()
        if row >= 0:
            self.ui.extraTable.removeRow(row)

    def _restore_defaults(self) -> None:
        for name, edit in TEXT_EDITS.items():
            getattr(self.ui, edit).setPlainText(self.defaults.get(name, ""))

    # --- saving and building ------------------------------------------------------------------------

    def settings(self) -> PlanSettings:
        ui = self.ui
        texts = {}
        for name, edit in TEXT_EDITS.items():
            text = getattr(ui, edit).toPlainText().strip()
            if text and text != self.defaults.get(name, "").strip():
                texts[name] = text  # only what the clerk changed: better defaults later still reach the rest
        budget = {
            ui.budgetTable.item(row, 0).text(): ui.budgetTable.item(row, 2).text()
            for row in range(ui.budgetTable.rowCount())
            if ui.budgetTable.item(row, 2) is not None and ui.budgetTable.item(row, 2).text().strip()
        }
        extra = [
            {key: (ui.extraTable.item(row, col).text() if ui.extraTable.item(row, col) else "")
             for col, key in enumerate(EXTRA_COLUMNS)}
            for row in range(ui.extraTable.rowCount())
        ]
        return PlanSettings(
            plan_key=self.plan_key() or "", texts=texts, budget=budget, extra_items=extra,
            number=ui.numberSpin.value() or None, issued_on=typed_date(ui.issuedOnEdit),
        )

    def save(self) -> bool:
        try:
            with self.context.workspace.transaction() as session:
                save_settings(session, self.settings())
        except BkfiError as exc:  # a bad amount: say which, keep the dialog open, change nothing
            dialogs.show_error(self, exc)
            return False
        return True

    def build(self) -> None:
        if not self.save():
            return
        target = dialogs.choose_save_file(
            self, self.tr("Save the detailed plan"), "Kế hoạch chi tiết.pdf", self.tr("PDF (*.pdf)")
        )
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        docx = target.with_suffix(".docx") if self.ui.docxCheck.isChecked() else None
        workspace, key = self.context.workspace, self.plan_key()

        def work(progress: Any) -> Any:
            from bkfi_desktop.workflows.detailed_plan import build_detailed_plan

            return build_detailed_plan(workspace, out_pdf=target, out_docx=docx, plan_key=key, progress=progress)

        self.context.runner.run(
            work, on_success=self._built, on_failure=lambda exc: dialogs.show_error(self, exc),
            cancellable=True, label=self.tr("Building the detailed plan…"),
        )

    def _built(self, built: Any) -> None:
        self.built = built.pdf_path
        self.built_number = built.number_text.strip()
        self.ui.signButton.setEnabled(True)
        files = str(built.pdf_path) + (f"\n{built.docx_path}" if built.docx_path else "")
        dialogs.show_info(
            self,
            self.tr("The detailed plan is saved (%1 pages). The PDF carries its data and a signature field, so "
                    "it is signed like a report; the Word file is for changes the office asks for.\n%2")
            .replace("%1", str(built.page_count)).replace("%2", files),
        )

    def sign(self) -> None:
        """The report's signing dialog on the plan just built: same field, token or .p12, same checks."""
        from bkfi_desktop.ui.sign_dialog import SignDialog

        if self.built is None:
            return
        numbered = self.built_number[:1].isdigit()
        what = (
            self.tr("Detailed plan No. %1").replace("%1", self.built_number)
            if numbered else self.tr("Detailed plan (no number yet)")
        )
        dialog = SignDialog(self.context, None, self, document=(self.built, what))
        dialog.signed.connect(lambda path: setattr(self, "signed", Path(path)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
