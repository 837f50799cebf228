"""Tổng hợp báo cáo các đơn vị: the compiling office compiles the units' signed reports without retyping
them (layout: forms/compile_dialog.ui).

PDF files come from the file dialog, a folder, or a drop from the file manager. "Tổng hợp" runs
`compile_reports` off the GUI thread (progress bar, Hủy or Esc to stop) against the workspace's trust
roots; the accepted units, the refused files with their reasons (red) and the totals are shown, and the
consolidated workbook is saved with `write_compilation_xlsx`. Changing the list or the period clears
the results, so a saved workbook always matches what is on screen. Opened with open(), never exec().
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
    QFileDialog,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QWidget,
)

from bkfi_desktop.core.periods import make_period, parse_period
from bkfi_desktop.errors import BkfiError
from bkfi_desktop.exchange.compilation import Compilation, write_compilation_xlsx
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.compile_board import CompilationBoard
from bkfi_desktop.ui.compile_results import CompilationTables
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
    buttonBox: QDialogButtonBox


def choose_folder(parent: QWidget | None, title: str) -> Path | None:
    """The folder chooser (tests replace it, like the choosers in bkfi_desktop.ui.dialogs)."""
    folder = QFileDialog.getExistingDirectory(parent, title)
    return Path(folder) if folder else None


def pdfs_in(paths: Iterable[Path]) -> list[Path]:
    """The PDF files among `paths`, a folder standing for the .pdf files directly inside it (by name)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() == ".pdf"))
        elif path.suffix.lower() == ".pdf":
            found.append(path)
    return found


def _dropped(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return pdfs_in(Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile())


class CompileDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = ui = CompileDialogUi.load_into(self)
        self.paths: list[Path] = []
        self.compilation: Compilation | None = None
        self.saved_to: Path | None = None
        self.busy = False
        self._job: RunningJob | None = None
        self._stop_asked = False
        self._fill_periods()
        self.tables = CompilationTables(
            (ui.acceptedBox, ui.acceptedTable), (ui.refusedBox, ui.refusedTable), ui.totalsTable, self
        )
        self.board = CompilationBoard(ui.boardTable, ui.boardFilter, ui.boardCounts, self)
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
        ui.saveButton.clicked.connect(self.save_workbook)
        ui.buttonBox.rejected.connect(self.reject)
        ui.filesList.itemSelectionChanged.connect(self._update)
        ui.periodCombo.currentTextChanged.connect(lambda _text: self._results_outdated())
        delete = QShortcut(QKeySequence.StandardKey.Delete, ui.filesList)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)
        self._show_results(None)
        self._set_status(self.tr("Add the units' signed reports, then press Compile."))
        self._update()

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
        self._update()
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
            self._set_status(
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
        self._update()

    def clear_files(self) -> None:
        if self.busy or not self.paths:
            return
        self.ui.filesList.clear()
        self.paths.clear()
        self._results_outdated()
        self._update()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped(event) and not self.busy:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _dropped(event)
        if not paths or self.busy:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_paths(paths)

    # --- the period ---------------------------------------------------------------------------------

    def _fill_periods(self) -> None:
        combo = self.ui.periodCombo
        combo.addItem(self.tr("Automatic: the period most reports share"), None)
        year = self.context.today().year
        for each_year in (year, year - 1):
            for kind, index in (("year", 1), ("half", 1)):
                period = make_period(kind, each_year, index)
                combo.addItem(f"{period.code} — {period.label_vi}", period.code)
        combo.setCurrentIndex(0)

    def period_code(self) -> str | None:
        """The period chosen (None: automatic); a typed code is checked when Compile is pressed."""
        combo = self.ui.periodCombo
        text = combo.currentText().strip()
        index = combo.findText(text)
        if index >= 0:
            return combo.itemData(index)
        return text.split("—")[0].strip().upper() or None

    def set_period(self, code: str | None) -> None:
        combo = self.ui.periodCombo
        index = combo.findData(code)
        if index >= 0:
            combo.setCurrentIndex(index)
        else:
            combo.setEditText(code or "")

    # --- compiling ----------------------------------------------------------------------------------

    def compile(self) -> None:
        if self.busy:
            return
        if not self.paths:
            self._set_status(self.tr("Add at least one signed report first."), good=False)
            self.ui.addFilesButton.setFocus()
            return
        period = self.period_code()
        try:
            if period is not None:
                parse_period(period)
        except BkfiError as error:
            self._set_status(error.message, good=False)
            self.ui.periodCombo.setFocus()
            return
        paths = list(self.paths)
        workspace = self.context.workspace

        def work(progress: ProgressReporter) -> CompiledPeriod:
            self._progress_object = progress
            if self._stop_asked:  # Hủy pressed before the job started
                progress.cancel()
            return compile_period(workspace, paths, period=period, progress=progress)

        self._show_results(None)
        self.busy = True
        self._stop_asked = False
        self.ui.progressBar.setValue(0)
        self._set_status(self.tr("Checking the signatures…"))
        self._update()
        self.ui.cancelButton.setFocus()
        self._job = self.context.runner.run(
            work,
            on_success=self._compiled,
            on_failure=self._failed,
            on_progress=self._progress,
            on_cancelled=self._cancelled,
            cancellable=True,
        )

    def cancel(self) -> None:
        if self.busy:
            self._stop_asked = True  # read by the work when it starts (the job may not be returned yet)
            if self._job is not None:
                self._job.cancel()
            if self._progress_object is not None:
                self._progress_object.cancel()
            self._set_status(self.tr("Stopping after the file being checked…"))

    def _progress(self, percent: int, text: str) -> None:
        self.ui.progressBar.setValue(percent)
        if text:
            self._set_status(text)

    def _finish(self) -> None:
        self.busy = False
        self._job = None
        self._update()

    def _compiled(self, result: CompiledPeriod) -> None:
        self._finish()
        self.ui.progressBar.setValue(100)
        compilation = result.compilation
        self._show_results(compilation, result)
        (self.ui.saveButton if compilation.accepted else self.ui.refusedTable).setFocus()

    def _failed(self, error: BaseException) -> None:
        self._finish()
        self.ui.progressBar.setValue(0)
        self._set_status(dialogs.error_text(error), good=False)

    def _cancelled(self) -> None:
        self._finish()
        self.ui.progressBar.setValue(0)
        self._set_status(self.tr("Compilation stopped; nothing was compiled."), good=False)

    # --- showing ------------------------------------------------------------------------------------

    def _results_outdated(self) -> None:
        if self.compilation is not None and not self.busy:
            self._show_results(None)
            self._set_status(self.tr("The list or the period changed: press Compile again."))

    def _set_status(self, text: str, good: bool | None = None) -> None:
        self.ui.statusLabel.setStyleSheet("" if good is None else GOOD_STYLE if good else BAD_STYLE)
        self.ui.statusLabel.setText(text)

    def _show_results(self, compilation: Compilation | None, result: CompiledPeriod | None = None) -> None:
        self.compilation = compilation
        self.result = result
        self.saved_to = None
        self.tables.show(compilation)
        self.board.show(result.board if result is not None else None)
        if compilation is not None:
            self._set_status(self._summary(compilation), good=compilation.ok)
        self._update()

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

    def _update(self) -> None:
        ui = self.ui
        idle = not self.busy
        ui.filesBox.setEnabled(idle)
        ui.removeButton.setEnabled(idle and bool(ui.filesList.selectedIndexes()))
        ui.clearButton.setEnabled(idle and bool(self.paths))
        ui.periodCombo.setEnabled(idle)
        ui.compileButton.setEnabled(idle and bool(self.paths))
        ui.cancelButton.setVisible(self.busy)
        ui.progressBar.setVisible(self.busy)
        ui.saveButton.setEnabled(idle and self.compilation is not None and bool(self.compilation.accepted))
        ui.boardExportButton.setEnabled(idle and bool(self.board.rows))
        count = len(self.paths)
        title = self.tr("1. Reports received from the units")
        ui.filesBox.setTitle(f"{title} ({count})" if count else title)

    # --- saving -------------------------------------------------------------------------------------

    def default_workbook_name(self) -> str:
        code = self.compilation.period_code if self.compilation is not None else None
        return f"tong-hop-{code or 'bao-cao'}.xlsx"

    def save_workbook(self) -> None:
        compilation = self.compilation
        if compilation is None or not compilation.accepted or self.busy:
            return
        folder = self.paths[0].parent if self.paths else Path.home()
        out = dialogs.choose_save_file(
            self,
            self.tr("Save the compiled workbook as"),
            str(folder / self.default_workbook_name()),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if out is None:
            return
        if out.suffix.lower() != ".xlsx":
            out = out.with_name(out.name + ".xlsx")
        try:
            self.saved_to = write_compilation_xlsx(compilation, out)
        except BkfiError as error:
            dialogs.show_error(self, error, self.tr("Save the compiled workbook"))
            return
        self._set_status(self.tr("Compiled workbook saved: %1").replace("%1", str(self.saved_to)), good=True)

    def export_board(self) -> None:
        if self.board.rows and not self.busy:
            code = self.compilation.period_code if self.compilation is not None else None
            folder = self.paths[0].parent if self.paths else Path.home()
            message, good = self.board.export_via_dialog(self, folder / f"tinh-hinh-nop-{code or 'bao-cao'}.xlsx")
            if message:
                self._set_status(message, good=good)

    def reject(self) -> None:
        if self.busy:  # Esc or Close during a compilation stops it; the dialog stays open
            self.cancel()
            return
        super().reject()
