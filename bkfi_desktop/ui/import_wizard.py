"""Import wizard: choose a file (dialog or drag and drop) → preview what changes → confirm → done.

Reading the file, the preview and the import run off the GUI thread. The preview applies the list in
a transaction that is rolled back (core.plans.preview_plan); the import is one transaction.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QWidget,
)

from bkfi_desktop.core.plans import ApplyResult
from bkfi_desktop.exchange.task_lists.registry import offered_extensions
from bkfi_desktop.textvn.shorten import shorten
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.forms import FormUi
from bkfi_desktop.ui.import_preview import ImportPreviewTree
from bkfi_desktop.workflows.import_tasks import NEW_PLAN, ImportPreview, import_tasks, preview_import
from bkfi_desktop.workflows.progress import Progress

STEP_FILE, STEP_PREVIEW, STEP_RESULT = 0, 1, 2

class ImportWizardUi(FormUi):
    form = "import_wizard"
    stepLabel: QLabel
    stepStack: QStackedWidget
    fileEdit: QLineEdit
    browseButton: QPushButton
    sheetLabel: QLabel
    sheetCombo: QComboBox
    dropLabel: QLabel
    previewSummaryLabel: QLabel
    planMatchLabel: QLabel
    planChoiceLabel: QLabel
    planChoiceCombo: QComboBox
    previewTree: QTreeWidget
    resultText: QPlainTextEdit
    backButton: QPushButton
    nextButton: QPushButton
    importButton: QPushButton
    closeButton: QPushButton


class ImportWizard(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = ImportWizardUi.load_into(self)
        self.preview: ApplyResult | None = None
        self.described: ImportPreview | None = None  # the same, task by task
        self.preview_tree = ImportPreviewTree(self.ui.previewTree)
        self.summary: Any = None
        self._sheets_for: Path | None = None
        # The plan the clerk chose for this file (plans.apply_plan's target); None: the sure match.
        self.target: int | str | None = None
        ui = self.ui
        ui.browseButton.clicked.connect(self.browse)
        ui.fileEdit.editingFinished.connect(self._file_edited)
        ui.backButton.clicked.connect(lambda: self.go_to(STEP_FILE))
        ui.nextButton.clicked.connect(lambda: self.start_preview())
        ui.importButton.clicked.connect(self.start_import)
        ui.closeButton.clicked.connect(self._close_clicked)
        ui.planChoiceCombo.activated.connect(self._plan_chosen)
        self._show_sheets([])
        self.go_to(STEP_FILE)

    # --- steps -----------------------------------------------------------------------------------

    def step(self) -> int:
        return self.ui.stepStack.currentIndex()

    def go_to(self, step: int) -> None:
        ui = self.ui
        ui.stepStack.setCurrentIndex(step)
        titles = {
            STEP_FILE: self.tr("Step 1 of 3: choose the file"),
            STEP_PREVIEW: self.tr("Step 2 of 3: check what will change"),
            STEP_RESULT: self.tr("Step 3 of 3: done"),
        }
        ui.stepLabel.setText(titles[step])
        ui.backButton.setVisible(step == STEP_PREVIEW)
        ui.nextButton.setVisible(step == STEP_FILE)
        ui.importButton.setVisible(step == STEP_PREVIEW)
        ui.importButton.setEnabled(step == STEP_PREVIEW and self.preview is not None and not self._choice_missing())
        ui.closeButton.setText(self.tr("Close") if step == STEP_RESULT else self.tr("Cancel"))
        if step == STEP_FILE:
            ui.nextButton.setDefault(True)
            ui.fileEdit.setFocus()
        elif step == STEP_PREVIEW:
            ui.importButton.setDefault(True)
        else:
            ui.closeButton.setDefault(True)

    def _close_clicked(self) -> None:
        if self.step() == STEP_RESULT:
            self.accept()
        else:
            self.reject()

    # --- step 1: the file ------------------------------------------------------------------------

    def file_path(self) -> Path | None:
        text = self.ui.fileEdit.text().strip().strip('"')
        return Path(text) if text else None

    def selected_sheet(self) -> str | None:
        return self.ui.sheetCombo.currentData()

    def browse(self) -> None:
        name_filter = self.tr("Task lists (%1);;All files (*)").replace(
            "%1", " ".join(f"*{suffix}" for suffix in offered_extensions())
        )
        path = dialogs.choose_open_file(self, self.tr("Choose the task list"), name_filter)
        if path is not None:
            self.set_file(path)

    def set_file(self, path: Path) -> None:
        self.ui.fileEdit.setText(str(path))
        self._file_edited()

    def _file_edited(self) -> None:
        """A new file: forget the sheet chosen for the previous one."""
        path = self.file_path()
        if path != self._sheets_for:
            self._sheets_for = path
            self._show_sheets([])

    def _show_sheets(self, names: object) -> None:
        combo = self.ui.sheetCombo
        combo.clear()
        names = list(names) if isinstance(names, list) else []
        combo.addItem(self.tr("(find the task table automatically)"), None)
        for name in names:
            combo.addItem(name, name)
        several = len(names) > 1
        combo.setVisible(several)
        self.ui.sheetLabel.setVisible(several)

    # --- step 2: preview -------------------------------------------------------------------------

    def start_preview(self, *, keep_choice: bool = False) -> None:
        if not keep_choice:
            self.target = None
        target = self.target
        path = self.file_path()
        if path is None:
            dialogs.show_error(self, self.tr("Choose a file first."))
            return
        if not path.is_file():
            dialogs.show_error(self, self.tr("The file “%1” does not exist.").replace("%1", str(path)))
            return
        workspace = self.context.workspace
        sheet = self.selected_sheet()
        comparing = self.tr("Comparing with the current task list…")

        today = self.context.today()

        def read_and_preview(progress: Progress) -> ImportPreview:
            return preview_import(
                workspace, path, sheet=sheet, today=today, target=target, progress=progress, comparing=comparing
            )

        self.preview = None
        self.described = None
        self.context.runner.run(
            read_and_preview,
            on_success=self.show_preview,
            on_failure=self._preview_failed,
            cancellable=True,
            label=self.tr("Reading “%1”…").replace("%1", path.name),
        )

    def _preview_failed(self, exc: BaseException) -> None:
        sheets = getattr(exc, "sheets", None)
        if sheets:  # several sheets hold a task table: the clerk picks one, then previews again
            self._show_sheets(list(sheets))
            self.ui.sheetCombo.setCurrentIndex(1)
            self.ui.sheetCombo.setFocus()
        dialogs.show_error(self, exc)

    def show_preview(self, described: ImportPreview) -> None:
        self.described = described
        self.preview = result = described.result
        ui = self.ui
        warned = sum(1 for row in described.rows if row.warnings) + len(described.general_warnings)
        ui.previewSummaryLabel.setText(
            self.tr(
                "%1 new, %2 changed, %3 withdrawn, %4 unchanged tasks; %5 new units; %6 warnings (⚠). "
                "Check the tasks below, then press Import to apply."
            )
            .replace("%1", str(len(result.added)))
            .replace("%2", str(len(result.changed)))
            .replace("%3", str(len(result.withdrawn)))
            .replace("%4", str(result.unchanged))
            .replace("%5", str(len(result.units_created)))
            .replace("%6", str(warned))
        )
        self.preview_tree.fill(described, result.units_created)
        self._show_plan_match(described)
        self.go_to(STEP_PREVIEW)

    def _show_plan_match(self, described: ImportPreview) -> None:
        """Which plan the file goes into and why; when unsure, the clerk chooses before importing."""
        ui, match = self.ui, described.match
        shown = match.plan_id is not None
        ui.planMatchLabel.setVisible(shown)
        ui.planChoiceLabel.setVisible(shown)
        ui.planChoiceCombo.setVisible(shown)
        if not shown:
            return
        title = shorten(match.plan_title, 90)
        why = "; ".join(match.reasons)
        if match.certain:
            text = self.tr("This file belongs to the plan “%1” already in the workspace (%2): importing updates it.")
        else:
            text = self.tr("This file may belong to the plan “%1” already in the workspace (%2). "
                           "Choose whether to update that plan or import the file as a new plan.")
        ui.planMatchLabel.setText(text.replace("%1", title).replace("%2", why))
        combo = ui.planChoiceCombo
        combo.clear()
        combo.addItem(self.tr("Update the plan “%1”").replace("%1", shorten(match.plan_title, 50)), match.plan_id)
        combo.addItem(self.tr("Import as a new plan"), NEW_PLAN)
        chosen = self.target if self.target is not None else (match.plan_id if match.certain else None)
        combo.setCurrentIndex(combo.findData(chosen) if chosen is not None else -1)
        if combo.currentIndex() < 0:
            combo.setPlaceholderText(self.tr("Choose…"))

    def _choice_missing(self) -> bool:
        return self.described is not None and self.described.needs_choice and self.target is None

    def _plan_chosen(self, index: int) -> None:
        chosen = self.ui.planChoiceCombo.itemData(index)
        if chosen is None or chosen == self.target:
            return
        self.target = chosen
        self.start_preview(keep_choice=True)  # the preview shows what the chosen plan would become

    # --- step 3: import --------------------------------------------------------------------------

    def start_import(self) -> None:
        path = self.file_path()
        if path is None or self.preview is None:
            return
        if self._choice_missing():
            dialogs.show_error(self, self.tr("Choose the plan this file belongs to first."))
            return
        workspace = self.context.workspace
        sheet = self.selected_sheet()
        target = self.target

        def run_import(progress: Progress) -> Any:
            return import_tasks(workspace, path, sheet=sheet, target=target, progress=progress)

        self.ui.importButton.setEnabled(False)
        self.context.runner.run(
            run_import,
            on_success=self.show_result,
            on_failure=self._import_failed,
            on_cancelled=lambda: self.ui.importButton.setEnabled(True),  # nothing was written: may try again
            cancellable=True,
            label=self.tr("Importing the task list…"),
            changes=("plan",),
        )

    def _import_failed(self, exc: BaseException) -> None:
        self.ui.importButton.setEnabled(True)
        dialogs.show_error(self, exc)

    def show_result(self, summary: Any) -> None:
        self.summary = summary
        lines = summary.summary_lines() if hasattr(summary, "summary_lines") else [str(summary)]
        self.ui.resultText.setPlainText("\n".join(lines))
        self.go_to(STEP_RESULT)

    # --- drag and drop ---------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.step() == STEP_FILE and _dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.dragEnterEvent(event)  # type: ignore[arg-type]

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event)
        if self.step() == STEP_FILE and path is not None:
            event.acceptProposedAction()
            self.set_file(path)
        else:
            event.ignore()


def _dropped_file(event: QDropEvent) -> Path | None:
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and Path(url.toLocalFile()).is_file():
            return Path(url.toLocalFile())
    return None


def open_import_wizard(context: AppContext, parent: QWidget | None = None) -> ImportWizard:
    """Show the wizard (window-modal); the tasks page reloads through `signals.plan_changed`."""
    wizard = ImportWizard(context, parent)
    wizard.setModal(True)
    wizard.show()
    return wizard
