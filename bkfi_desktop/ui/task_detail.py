"""The detail panel of the tasks page: the unit's assignment on one task, saved edit by edit.

Each change (status, progress, owner, own due date, results, a sub-task, an evidence file or link) is
one service call in one transaction; the service writes the audit entry. After saving, only this task's
row in the tree is updated (`saved` signal), never the whole list. Sub-tasks live in subtask_panel.py,
evidence in evidence_panel.py; both write through `write()` here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from bkfi_desktop.core import assignments
from bkfi_desktop.core.staff import list_staff
from bkfi_desktop.core.tasks import TaskView, task_by_id, task_view
from bkfi_desktop.core.vocabulary import ROLE_LABELS, STATUS_LABELS
from bkfi_desktop.textvn.due_dates import due_on
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.ui.date_fields import optional_date, set_optional_date
from bkfi_desktop.ui.deadline_meaning import deadline_line
from bkfi_desktop.ui.evidence_panel import EvidenceItem, EvidencePanel
from bkfi_desktop.ui.number_typing import guard_maximum
from bkfi_desktop.ui.subtask_panel import SubtaskItem, SubtaskPanel

RESULT_SAVE_DELAY_MS = 800


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
        self.subtasks = SubtaskPanel(self)
        self.evidence = EvidencePanel(self)
        guard_maximum(ui.progressSpin)  # 150 is refused out loud, not saved as 15
        self._connect()

    def _connect(self) -> None:
        ui = self.ui
        ui.statusCombo.activated.connect(lambda _i: self._save(status=ui.statusCombo.currentData()))
        ui.progressSpin.valueChanged.connect(lambda value: self._save(progress=value))
        ui.ownerCombo.activated.connect(lambda _i: self._save(owner=ui.ownerCombo.currentData()))
        ui.ownDueCheck.toggled.connect(lambda _c: self._save_due())
        ui.ownDueEdit.dateChanged.connect(lambda _d: self._save_due())
        ui.resultEdit.textChanged.connect(self._result_edited)

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
            task = task_by_id(session, task_id)
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
        if task_id != self.task_id:
            # Another task starts at its title, not where the last one was scrolled to.
            self.ui.detailScroll.verticalScrollBar().setValue(0)
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
            self.subtasks.show(detail.subtasks, self.context.today())
            self.evidence.show(detail.evidence)
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
        today = self.context.today()
        # The plan's deadline and the date it means now; the unit's own due date has its own field.
        deadline = deadline_line(view.deadline, due_on(view.deadline, today, *view.plan_years), view.repeats)
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
                view = task_view(session, task_by_id(session, task_id))
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
        self.context.announce("tasks")

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

    def write(self, action: Callable[[Session], object]) -> bool:
        """Run one write in one transaction, then reload the panel; False (after showing why) on error."""
        if self.task_id is None:
            return False
        try:
            with self.context.workspace.transaction() as session:
                action(session)
        except Exception as exc:
            dialogs.show_error(self.page, exc)
            self.show_task(self.task_id)  # the ticked box or the list goes back to what is saved
            return False
        self.changed()
        return True

    def changed(self) -> None:
        """After a sub-task or evidence write (here or in a dialog): reload the panel, tell the others."""
        if self.task_id is not None:
            self.show_task(self.task_id)
        self.context.announce("tasks")

    def delete_focused(self) -> bool:
        """Delete key: remove the focused sub-task or evidence; False when neither list has focus."""
        if self.ui.evidenceList.hasFocus():
            self.evidence.remove()
            return True
        if self.ui.subtaskList.hasFocus():
            self.subtasks.remove()
            return True
        return False
