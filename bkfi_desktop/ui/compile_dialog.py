"""Tổng hợp báo cáo các đơn vị: the compiling office compiles the units' signed reports without retyping
them (layout: forms/compile_dialog.ui).

PDF files come from the file dialog, a folder, or a drop from the file manager. "Tổng hợp" runs
`compile_period` off the GUI thread (progress bar, Hủy or Esc to stop) against the workspace's trust
roots; the first tab shows the board, the accepted units, the refused files with their reasons (red)
and the totals, the second what each unit reported task by task (ui/compile_tasks.py). From the result
the office saves the workbook, builds, then signs, its consolidated report and the reminder letter
(ui/compile_outputs.py). Changing the list or the period clears the results and what was made from
them, so a saved file always matches what is on screen. Opened with open(), never exec().
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from bkfi_desktop.core.periods import parse_period
from bkfi_desktop.errors import BkfiError
from bkfi_desktop.exchange.compilation import Compilation
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.compile_board import CompilationBoard
from bkfi_desktop.ui.compile_inputs import (
    choose_folder,
    chosen_period,
    dropped_pdfs,
    fill_periods,
    pdfs_in,
    set_period,
)
from bkfi_desktop.ui.compile_office import OfficeTools
from bkfi_desktop.ui.compile_outputs import CompileOutputs
from bkfi_desktop.ui.compile_results import CompilationTables
from bkfi_desktop.ui.compile_tasks import CompileTasksTab
from bkfi_desktop.ui.forms import FormUi
from bkfi_desktop.ui.worker import ProgressReporter, RunningJob
from bkfi_desktop.workflows.compile_reports import CompiledPeriod, compile_period

GOOD_STYLE = "color: #1b7f3b; font-weight: bold;"
BAD_STYLE = "color: #b00020; font-weight: bold;"


class CompileDialogUi(FormUi):
    form = "compile_dialog"
    filesBox: QGroupBox
    dropLabel: QLabel
    filesList: QListWidget
    addFilesButton: QPushButton
    addFolderButton: QPushButton
    removeButton: QPushButton
    clearButton: QPushButton
    periodCombo: QComboBox
    compileButton: QPushButton
    progressBar: QProgressBar
    cancelButton: QPushButton
    statusLabel: QLabel
    resultsTabs: QTabWidget
    tasksTab: QWidget
    boardBox: QGroupBox
    boardFilter: QComboBox
    boardCounts: QLabel
    boardExportButton: QPushButton
    boardTable: QTableWidget
    acceptedBox: QGroupBox
    acceptedTable: QTableWidget
    resultsSplitter: QSplitter
    tablesSplitter: QSplitter
    refusedBox: QGroupBox
    refusedTable: QTableWidget
    totalsBox: QGroupBox
    totalsTable: QTableWidget
    saveButton: QPushButton
    reportButton: QPushButton
    signReportButton: QPushButton
    reminderButton: QPushButton
    signReminderButton: QPushButton
    buttonBox: QDialogButtonBox


class CompileDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = ui = CompileDialogUi.load_into(self)
        self.paths: list[Path] = []
        self.compilation: Compilation | None = None
        self.busy = False
        self._job: RunningJob | None = None
        self._stop_asked = False
        self._fill_periods()
        self.tables = CompilationTables(
            (ui.acceptedBox, ui.acceptedTable), (ui.refusedBox, ui.refusedTable), ui.totalsTable, self
        )
        self.board = CompilationBoard(ui.boardTable, ui.boardFilter, ui.boardCounts, self)
        self.tasks = CompileTasksTab(ui.tasksTab)
        ui.tasksTab.layout().addWidget(self.tasks)
        self.outputs = CompileOutputs(self)
        self.office = OfficeTools(self)  # roster, revocation lists, accepting a signer (beside the board)
        self.result: CompiledPeriod | None = None
        self._progress_object: ProgressReporter | None = None
        ui.resultsSplitter.setSizes([680, 320])
        ui.tablesSplitter.setSizes([300, 150, 110])
        ui.boardExportButton.clicked.connect(self.export_board)
        ui.addFilesButton.clicked.connect(self.choose_files)
        ui.addFolderButton.clicked.connect(self.choose_folder)
        ui.removeButton.clicked.connect(self.remove_selected)
        ui.clearButton.clicked.connect(self.clear_files)
        ui.compileButton.clicked.connect(self.compile)
        ui.cancelButton.clicked.connect(self.cancel)
        ui.saveButton.clicked.connect(self.outputs.save_workbook)
        ui.reportButton.clicked.connect(self.outputs.build_report)
        ui.signReportButton.clicked.connect(self.outputs.sign_report)
        ui.reminderButton.clicked.connect(self.outputs.build_reminder)
        ui.signReminderButton.clicked.connect(self.outputs.sign_reminder)
        ui.buttonBox.rejected.connect(self.reject)
        ui.filesList.itemSelectionChanged.connect(self.refresh_buttons)
        ui.periodCombo.currentTextChanged.connect(lambda _text: self._results_outdated())
        delete = QShortcut(QKeySequence.StandardKey.Delete, ui.filesList)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)
        self._show_results(None)
        self.set_status(self.tr("Add the units' signed reports, then press Compile."))
        self.refresh_buttons()

    # --- the files ----------------------------------------------------------------------------------

    def add_paths(self, paths: Iterable[Path]) -> int:
        """Add PDF files (folders stand for their PDFs); each file once. Returns how many were new."""
        known = {path.resolve() for path in self.paths}
        added = 0
        for path in pdfs_in(Path(p) for p in paths):
            key = path.resolve()
            if key in known:
                continue
            known.add(key)
            self.paths.append(path)
            item = QListWidgetItem(path.name)
            item.setToolTip(str(path))
            self.ui.filesList.addItem(item)
            added += 1
        if added:
            self._results_outdated()
        self.refresh_buttons()
        return added

    def choose_files(self) -> None:
        paths = dialogs.choose_open_files(
            self, self.tr("Choose the units' signed reports"), self.tr("PDF files (*.pdf)")
        )
        if paths:
            self.add_paths(paths)

    def choose_folder(self) -> None:
        folder = choose_folder(self, self.tr("Choose a folder of signed reports"))
        if folder is None:
            return
        if not self.add_paths([folder]) and not pdfs_in([folder]):
            self.set_status(
                self.tr("The folder %1 holds no PDF file.").replace("%1", str(folder)), good=False
            )

    def remove_selected(self) -> None:
        rows = sorted((index.row() for index in self.ui.filesList.selectedIndexes()), reverse=True)
        if not rows or self.busy:
            return
        for row in rows:
            self.ui.filesList.takeItem(row)
            del self.paths[row]
        self._results_outdated()
        self.refresh_buttons()

    def clear_files(self) -> None:
        if self.busy or not self.paths:
            return
        self.ui.filesList.clear()
        self.paths.clear()
        self._results_outdated()
        self.refresh_buttons()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_pdfs(event) and not self.busy:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_pdfs(event)
        if not paths or self.busy:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_paths(paths)

    # --- the period ---------------------------------------------------------------------------------

    def _fill_periods(self) -> None:
        fill_periods(self.ui.periodCombo, self.context.today().year, self.tr("Automatic: the period most reports share"))

    def period_code(self) -> str | None:
        """The period chosen (None: automatic); a typed code is checked when Compile is pressed."""
        return chosen_period(self.ui.periodCombo)

    def set_period(self, code: str | None) -> None:
        set_period(self.ui.periodCombo, code)

    # --- compiling ----------------------------------------------------------------------------------

    def compile(self) -> None:
        if self.busy:
            return
        if not self.paths:
            self.set_status(self.tr("Add at least one signed report first."), good=False)
            self.ui.addFilesButton.setFocus()
            return
        period = self.period_code()
        try:
            if period is not None:
                parse_period(period)
        except BkfiError as error:
            self.set_status(error.message, good=False)
            self.ui.periodCombo.setFocus()
            return
        paths = list(self.paths)
        workspace = self.context.workspace
        plan_key = self.office.plan_key  # the plan whose roster the clerk chose (None: every plan)

        def work(progress: ProgressReporter) -> CompiledPeriod:
            self.attach(progress)
            return compile_period(workspace, paths, period=period, plan_key=plan_key, progress=progress)

        self._show_results(None)
        self.job_started(self.tr("Checking the signatures…"))
        self.track(
            self.context.runner.run(
                work, on_success=self._compiled, on_failure=self._failed, on_progress=self.show_progress,
                on_cancelled=self._cancelled, cancellable=True,
            )
        )

    def job_started(self, text: str) -> None:
        """Busy: the progress bar and Hủy shown, the rest disabled (a compile or a file being made)."""
        self.busy = True
        self._stop_asked = False
        self._progress_object = None
        self.ui.progressBar.setValue(0)
        self.set_status(text)
        self.refresh_buttons()
        self.ui.cancelButton.setFocus()

    def attach(self, progress: ProgressReporter) -> None:
        """Called by the work as it starts: Hủy reaches it even before run() has returned the job."""
        self._progress_object = progress
        if self._stop_asked:  # Hủy pressed before the job started
            progress.cancel()

    def track(self, job: RunningJob) -> None:
        if self.busy:  # the inline runner (tests) has already finished it
            self._job = job

    def job_finished(self) -> None:
        self.busy = False
        self._job = None
        self.ui.progressBar.setValue(0)
        self.refresh_buttons()

    def cancel(self) -> None:
        if self.busy:
            self._stop_asked = True  # read by the work when it starts (the job may not be returned yet)
            if self._job is not None:
                self._job.cancel()
            if self._progress_object is not None:
                self._progress_object.cancel()
            self.set_status(self.tr("Stopping…"))

    def show_progress(self, percent: int, text: str) -> None:
        self.ui.progressBar.setValue(percent)
        if text:
            self.set_status(text)

    def _compiled(self, result: CompiledPeriod) -> None:
        self.job_finished()
        compilation = result.compilation
        self._show_results(compilation, result)
        (self.ui.saveButton if compilation.accepted else self.ui.refusedTable).setFocus()

    def _failed(self, error: BaseException) -> None:
        self.job_finished()
        self.set_status(dialogs.error_text(error), good=False)

    def _cancelled(self) -> None:
        self.job_finished()
        self.set_status(self.tr("Compilation stopped; nothing was compiled."), good=False)

    # --- showing ------------------------------------------------------------------------------------

    def _results_outdated(self) -> None:
        if self.compilation is not None and not self.busy:
            self._show_results(None)
            self.set_status(self.tr("The list or the period changed: press Compile again."))

    def set_status(self, text: str, good: bool | None = None) -> None:
        self.ui.statusLabel.setStyleSheet("" if good is None else GOOD_STYLE if good else BAD_STYLE)
        self.ui.statusLabel.setText(text)

    def _show_results(self, compilation: Compilation | None, result: CompiledPeriod | None = None) -> None:
        self.compilation = compilation
        self.result = result
        self.outputs.clear()
        self.tables.show(compilation)
        self.board.show(result.board if result is not None else None)
        self.tasks.show_rows(result.tasks if result is not None else None)
        self.tasks.suggested_export = self.outputs.folder() / f"theo-nhiem-vu-{self.outputs.code()}.xlsx"
        if compilation is not None:
            self.set_status(self._summary(compilation), good=compilation.ok)
        self.refresh_buttons()

    def _summary(self, compilation: Compilation) -> str:
        accepted, refused = len(compilation.accepted), len(compilation.refused)
        if compilation.period_code:
            period = f"{compilation.period_label} ({compilation.period_code})"
        else:
            period = self.tr("none")
        text = (
            self.tr("Period %1: %2 unit(s) compiled, %3 file(s) refused.")
            .replace("%1", period)
            .replace("%2", str(accepted))
            .replace("%3", str(refused))
        )
        if refused:
            text += " " + self.tr("The refused files are not counted; see the reasons in red.")
        return text

    def totals_shown(self) -> dict[str, str]:
        return self.tables.totals_shown()

    def refresh_buttons(self) -> None:
        ui = self.ui
        idle = not self.busy
        ui.filesBox.setEnabled(idle)
        ui.removeButton.setEnabled(idle and bool(ui.filesList.selectedIndexes()))
        ui.clearButton.setEnabled(idle and bool(self.paths))
        ui.periodCombo.setEnabled(idle)
        ui.compileButton.setEnabled(idle and bool(self.paths))
        ui.cancelButton.setVisible(self.busy)
        ui.progressBar.setVisible(self.busy)
        accepted = idle and self.compilation is not None and bool(self.compilation.accepted)
        ui.saveButton.setEnabled(accepted)
        ui.reportButton.setEnabled(accepted)
        ui.signReportButton.setEnabled(idle and self.outputs.report_id is not None and self.outputs.signed_to is None)
        ui.reminderButton.setEnabled(idle and bool(self.outputs.owing_units()))
        ui.signReminderButton.setVisible(self.outputs.reminder is not None)  # shown once there is a letter
        ui.signReminderButton.setEnabled(idle and self.outputs.reminder_signed is None)
        ui.boardExportButton.setEnabled(idle and bool(self.board.rows))
        self.office.update()
        count = len(self.paths)
        title = self.tr("1. Reports received from the units")
        ui.filesBox.setTitle(f"{title} ({count})" if count else title)

    # --- saving ---------------------------------------------------------------------------------------

    def export_board(self) -> None:
        if self.board.rows and not self.busy:
            suggested = self.outputs.folder() / f"tinh-hinh-nop-{self.outputs.code()}.xlsx"
            message, good = self.board.export_via_dialog(self, suggested)
            if message:
                self.set_status(message, good=good)

    def reject(self) -> None:
        if self.busy:  # Esc or Close during a compilation stops it; the dialog stays open
            self.cancel()
            return
        super().reject()
