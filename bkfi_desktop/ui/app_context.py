"""What every page needs, handed down from the main window (no globals)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # not imported at run time: the window shell is painted before SQLAlchemy loads
    from bkfi_desktop.core.workspace import Workspace
    from bkfi_desktop.ui.worker import TaskRunner


# A change's name is its signal's name without "_changed", except for these two.
_SIGNAL_OF = {"backup": "backup_made", "workspace": "workspace_replaced"}


class DataSignals(QObject):
    """What changed, one signal a subject, so a page refreshes only what depends on it. Emitted only
    by `announce`, from the runner's one `changed` signal; nobody emits these directly."""

    tasks_changed = Signal()  # the unit's work on a task was edited
    plan_changed = Signal()  # a task list was imported: task pages reload
    staff_changed = Signal()
    trainings_changed = Signal()
    activities_changed = Signal()
    profile_changed = Signal()
    reports_changed = Signal()
    backup_made = Signal()  # the status bar shows the last backup time
    workspace_replaced = Signal()  # after a restore: everything reloads

    def announce(self, changes: Iterable[str]) -> None:
        """What a finished job says it changed (TaskRunner.changed) → the signals pages listen to."""
        for name in sorted(changes):
            getattr(self, _SIGNAL_OF.get(name, f"{name}_changed")).emit()


@dataclass
class AppContext:
    workspace: Workspace
    runner: TaskRunner
    signals: DataSignals = field(default_factory=DataSignals)
    # "Today" for overdue marks and the current period; tests pin it, the app uses the real date.
    clock: Callable[[], dt.date] = dt.date.today

    def __post_init__(self) -> None:
        # Work run through the runner is announced once, from there (see ui/worker.py).
        self.runner.changed.connect(self.signals.announce)

    def announce(self, *changes: str) -> None:
        """An edit made on the GUI thread says what it changed ("staff", "tasks"…) the way a finished
        job does: through the runner's one `changed` signal, which every listener hears."""
        self.runner.announce(changes)

    def today(self) -> dt.date:
        return self.clock()
