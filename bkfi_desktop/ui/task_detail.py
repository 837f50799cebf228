"""The detail panel of the tasks page: the unit's assignment on one task, saved edit by edit.

Each change (status, progress, owner, own due date, results, a sub-task, an evidence file) is one
service call in one transaction; the service writes the audit entry. After saving, only this task's
row in the tree is updated (`saved` signal), never the whole list.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QListWidgetItem, QWidget

from bkfi_desktop.core import assignments
from bkfi_desktop.core.staff import list_staff
from bkfi_desktop.core.store.models import Task
from bkfi_desktop.core.tasks import TaskView, task_view
from bkfi_desktop.core.vocabulary import ROLE_LABELS, STATUS_LABELS
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.date_fields import format_date, optional_date, set_optional_date
from bkfi_desktop.ui.worker import ProgressReporter

RESULT_SAVE_DELAY_MS = 800
ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class EvidenceItem:
    id: int
    label: str
    path: Path | None
    url: str


@dataclass(frozen=True)
class SubtaskItem:
    id: int
    title: str
    due_date: dt.date | None
    done: bool


@dataclass(frozen=True)
class TaskDetail:
    view: TaskView
    subtasks: list[SubtaskItem]
    evidence: list[EvidenceItem]


class TaskDetailController(QObject):
    """Binds the detail widgets of tasks_page.ui (`ui` is a TasksPageUi) to the assignment services."""

    saved = Signal(object)  # TaskView after an edit

    def __init__(self, context: AppContext, ui: Any, page: QWidget) -> None:
        super().__init__(page)
        self.context = context
        self.ui = ui
        self.page = page
        self.task_id: int | None = None
        self._loading = False
        self._result_timer = QTimer(self)
        self._result_timer.setSingleShot(True)
        self._result_timer.setInterval(RESULT_SAVE_DELAY_MS)
        self._result_timer.timeout.connect(self.save_result)
        for code, text in STATUS_LABELS.items():
            ui.statusCombo.addItem(text, code)
        ui.evidenceList.viewport().installEventFilter(self)
        self._connect()

    def _connect(self) -> None:
        ui = self.ui
        ui.statusCombo.activated.connect(lambda _i: self._save(status=ui.statusCombo.currentData()))
        ui.progressSpin.valueChanged.connect(lambda value: self._save(progress=value))
        ui.ownerCombo.activated.connect(lambda _i: self._save(owner=ui.ownerCombo.currentData()))
        ui.ownDueCheck.toggled.connect(lambda _c: self._save_due())
        ui.ownDueEdit.dateChanged.connect(lambda _d: self._save_due())
        ui.resultEdit.textChanged.connect(self._result_edited)
        ui.addSubtaskButton.clicked.connect(self.add_subtask)
        ui.removeSubtaskButton.clicked.connect(self.remove_subtask)
        ui.subtaskList.itemChanged.connect(self._subtask_toggled)
        ui.addEvidenceButton.clicked.connect(self.choose_evidence)
        ui.openEvidenceButton.clicked.connect(self.open_evidence)
        ui.removeEvidenceButton.clicked.connect(self.remove_evidence)
        ui.evidenceList.itemActivated.connect(lambda _item: self.open_evidence())

    # --- loading ---------------------------------------------------------------------------------

    def load_staff(self) -> None:
        with self.context.workspace.session() as session:
            people = [(person.id, person.full_name) for person in list_staff(session, include_former=False)]
        combo = self.ui.ownerCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(nobody yet)"), None)
        for staff_id, name in people:
            combo.addItem(name, staff_id)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def read_detail(self, task_id: int) -> TaskDetail:
        with self.context.workspace.session() as session:
            task = session.get(Task, task_id)
            if task is None:
                raise LookupError(task_id)
            view = task_view(session, task)
            assignment = assignments.get_assignment(session, task)
            evidence_dir = self.context.workspace.evidence_dir
            detail = TaskDetail(
                view=view,
                subtasks=[SubtaskItem(s.id, s.title, s.due_date, s.done) for s in assignment.subtasks],
                evidence=[
                    EvidenceItem(
                        e.id,
                        e.label or e.original_name or e.url,
                        assignments.evidence_file_path(evidence_dir, e),
                        e.url,
                    )
                    for e in assignment.evidence
                ],
            )
            session.rollback()  # reading never creates the empty assignment for good
        return detail

    def show_task(self, task_id: int | None) -> None:
        self.flush()
        self.task_id = task_id
        if task_id is None:
            self.ui.detailStack.setCurrentIndex(0)
            return
        self.ui.detailStack.setCurrentIndex(1)
        self.show_detail(self.read_detail(task_id))

    def show_detail(self, detail: TaskDetail) -> None:
        ui = self.ui
        view = detail.view
        self._loading = True
        try:
            ui.taskTitleLabel.setText(f"{view.code}. {view.content}")
            ui.taskInfoLabel.setText(self._info_html(view))
            self._show_assignment(view)
            ui.subtaskList.clear()
            for subtask in detail.subtasks:
                text = subtask.title + (f" ({format_date(subtask.due_date)})" if subtask.due_date else "")
                item = QListWidgetItem(text)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if subtask.done else Qt.CheckState.Unchecked)
                item.setData(ID_ROLE, subtask.id)
                ui.subtaskList.addItem(item)
            ui.evidenceList.clear()
            for evidence in detail.evidence:
                item = QListWidgetItem(evidence.label)
                item.setData(ID_ROLE, evidence.id)
                item.setData(ID_ROLE + 1, str(evidence.path) if evidence.path else evidence.url)
                item.setToolTip(str(evidence.path) if evidence.path else evidence.url)
                ui.evidenceList.addItem(item)
        finally:
            self._loading = False

    def _show_assignment(self, view: TaskView) -> None:
        ui = self.ui
        assignment = view.assignment
        ui.statusCombo.setCurrentIndex(max(0, ui.statusCombo.findData(view.status)))
        ui.progressSpin.setValue(assignment.progress if assignment else 0)
        ui.ownerCombo.setCurrentIndex(
            max(0, ui.ownerCombo.findData(assignment.owner_id if assignment else None))
        )
        set_optional_date(ui.ownDueCheck, ui.ownDueEdit, assignment.own_due_date if assignment else None)
        if ui.resultEdit.toPlainText() != (assignment.result if assignment else ""):
            ui.resultEdit.setPlainText(assignment.result if assignment else "")

    def _info_html(self, view: TaskView) -> str:
        from html import escape

        rows = []
        if view.my_role:
            rows.append((self.tr("The unit's role"), ROLE_LABELS.get(view.my_role, view.my_role)))
        else:
            rows.append((self.tr("The unit's role"), self.tr("not assigned to the unit")))
        for label, units in (
            (self.tr("Lead"), view.lead_units),
            (self.tr("Support"), view.support_units),
            (self.tr("Implementing"), view.implement_units),
        ):
            if units:
                rows.append((label, "; ".join(units)))
        deadline = view.deadline_text or ""
        if view.due_date:
            deadline = f"{deadline} ({format_date(view.due_date)})".strip()
        if deadline:
            rows.append((self.tr("Deadline"), deadline))
        if view.product:
            rows.append((self.tr("Product"), view.product))
        if view.details:
            rows.append((self.tr("Details"), view.details))
        return "<br>".join(f"<b>{escape(label)}:</b> {escape(value)}" for label, value in rows)

    # --- saving ----------------------------------------------------------------------------------

    def _save(self, **changes: Any) -> None:
        if self._loading or self.task_id is None:
            return
        task_id = self.task_id
        try:
            with self.context.workspace.transaction() as session:
                assignments.set_assignment(session, task_id, **changes)
                view = task_view(session, session.get(Task, task_id))
        except Exception as exc:
            dialogs.show_error(self.page, exc)
            self.show_task(task_id)
            return
        self._loading = True
        try:
            self._show_assignment(view)
        finally:
            self._loading = False
        self.saved.emit(view)
        self.context.signals.tasks_changed.emit()

    def _save_due(self) -> None:
        self._save(own_due_date=optional_date(self.ui.ownDueCheck, self.ui.ownDueEdit))

    def _result_edited(self) -> None:
        if not self._loading and self.task_id is not None:
            self._result_timer.start()

    def save_result(self) -> None:
        self._result_timer.stop()
        self._save(result=self.ui.resultEdit.toPlainText())

    def flush(self) -> None:
        """Save a pending results edit now (before switching task or closing)."""
        if self._result_timer.isActive():
            self.save_result()

    def _write(self, action: Any) -> bool:
        """Run one write in one transaction, then reload the panel; False (after showing why) on error."""
        if self.task_id is None:
            return False
        try:
            with self.context.workspace.transaction() as session:
                action(session)
        except Exception as exc:
            dialogs.show_error(self.page, exc)
            return False
        self.show_task(self.task_id)
        self.context.signals.tasks_changed.emit()
        return True

    # --- sub-tasks -------------------------------------------------------------------------------

    def add_subtask(self) -> None:
        title = self.ui.subtaskEdit.text().strip()
        if not title or self.task_id is None:
            return
        task_id = self.task_id
        if self._write(lambda session: assignments.add_subtask(session, task_id, title)):
            self.ui.subtaskEdit.clear()
            self.ui.subtaskEdit.setFocus()

    def _subtask_toggled(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        done = item.checkState() == Qt.CheckState.Checked
        self._write(lambda session: assignments.set_subtask_done(session, int(item.data(ID_ROLE)), done))

    def remove_subtask(self) -> None:
        item = self.ui.subtaskList.currentItem()
        if item is None:
            return
        if dialogs.confirm(self.page, self.tr("Remove the sub-task “%1”?").replace("%1", item.text())):
            subtask_id = int(item.data(ID_ROLE))
            self._write(lambda session: assignments.remove_subtask(session, subtask_id))

    # --- evidence --------------------------------------------------------------------------------

    def choose_evidence(self) -> None:
        files = dialogs.choose_open_files(self.page, self.tr("Choose evidence files"))
        if files:
            self.add_evidence_files(files)

    def add_evidence_files(self, files: list[Path]) -> None:
        """Copy the files in (off the GUI thread: they may be large), then show them."""
        if self.task_id is None:
            return
        task_id = self.task_id
        workspace = self.context.workspace

        def copy(progress: ProgressReporter) -> int:
            for number, path in enumerate(files):
                progress.check_cancelled()
                progress.report(100 * number / len(files), path.name)
                with workspace.transaction() as session:
                    assignments.add_evidence_file(session, workspace.evidence_dir, task_id, path)
            return len(files)

        def done(_count: object) -> None:
            if self.task_id == task_id:
                self.show_task(task_id)
            self.context.signals.tasks_changed.emit()

        self.context.runner.run(
            copy,
            on_success=done,
            on_failure=lambda exc: (dialogs.show_error(self.page, exc), done(0)),
            on_cancelled=lambda: done(0),
            cancellable=True,
            label=self.tr("Copying evidence files…"),
        )

    def open_evidence(self) -> None:
        item = self.ui.evidenceList.currentItem()
        if item is None:
            return
        target = str(item.data(ID_ROLE + 1) or "")
        url = QUrl(target) if "://" in target else QUrl.fromLocalFile(target)
        if not dialogs.open_external(url):
            dialogs.show_error(self.page, self.tr("Cannot open “%1”.").replace("%1", target))

    def remove_evidence(self) -> None:
        item = self.ui.evidenceList.currentItem()
        if item is None:
            return
        if dialogs.confirm(
            self.page, self.tr("Remove the evidence “%1” from this task?").replace("%1", item.text())
        ):
            evidence_id = int(item.data(ID_ROLE))
            self._write(lambda session: assignments.remove_evidence(session, evidence_id))

    def delete_focused(self) -> bool:
        """Delete key: remove the focused sub-task or evidence; False when neither list has focus."""
        if self.ui.evidenceList.hasFocus():
            self.remove_evidence()
            return True
        if self.ui.subtaskList.hasFocus():
            self.remove_subtask()
            return True
        return False

    # --- drag and drop onto the evidence list ----------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            mime = event.mimeData()  # type: ignore[attr-defined]
            if self.task_id is not None and mime.hasUrls() and any(url.isLocalFile() for url in mime.urls()):
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        if kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            files = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
            files = [path for path in files if path.is_file()]
            if files:
                event.acceptProposedAction()
                self.add_evidence_files(files)
                return True
        return super().eventFilter(watched, event)
