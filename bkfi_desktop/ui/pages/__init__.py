"""The pages of the main window, in navigation order.

Page contract (for every page module listed in PAGES):

- a QWidget subclass (deriving from `bkfi_desktop.ui.pages.base.Page` is easiest) constructed as
  `Page(context: AppContext)`; its layout comes from forms/<something>.ui via a FormUi subclass;
- `refresh()`: reload what is shown (F5, and when the page becomes visible after data changed);
- optional `new_item()` (Ctrl+N), `delete_selected()` (Delete; ask first via `dialogs.confirm`),
  `focus_search()` (Ctrl+F), `apply_filter(filter: dict)` (the dashboard opens a page with a filter);
- optional signal `navigate(str, object)`: ask the window to show another page (key, filter dict);
- optional `save_layout(settings: QSettings)` / `restore_layout(settings)`: splitter and column state;
- after a write on the GUI thread, `context.announce("staff")` (or "tasks", "backup", "plan"…): the
  runner's one `changed` signal, turned into the `context.signals.*` pages refresh from, so the
  dashboard and the status bar update; never reload a whole page after one edit;
- long work through `context.runner.run(..., changes=("reports",))`: the runner announces what it
  changed, so the page does not emit for it; modal questions through `bkfi_desktop.ui.dialogs`.
  (docs/ARCHITECTURE.md: layers and where things go.)

Modules are imported lazily by path, so the window runs while a page module does not exist yet
(a placeholder is shown instead). The class is `class_name`, or else the module's only Page subclass.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # English source text, translated in the "pages" context
    module: str
    class_name: str


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "dashboard",
        QT_TRANSLATE_NOOP("pages", "Overview"),
        "bkfi_desktop.ui.pages.dashboard_page",
        "DashboardPage",
    ),
    PageSpec("tasks", QT_TRANSLATE_NOOP("pages", "Tasks"), "bkfi_desktop.ui.pages.tasks_page", "TasksPage"),
    PageSpec("staff", QT_TRANSLATE_NOOP("pages", "Staff"), "bkfi_desktop.ui.pages.staff_page", "StaffPage"),
    PageSpec(
        "training",
        QT_TRANSLATE_NOOP("pages", "Training"),
        "bkfi_desktop.ui.pages.training_page",
        "TrainingPage",
    ),
    PageSpec(
        "activities",
        QT_TRANSLATE_NOOP("pages", "Activities"),
        "bkfi_desktop.ui.pages.activities_page",
        "ActivitiesPage",
    ),
    PageSpec(
        "reports", QT_TRANSLATE_NOOP("pages", "Reports"), "bkfi_desktop.ui.pages.reports_page", "ReportsPage"
    ),
    PageSpec(
        "settings",
        QT_TRANSLATE_NOOP("pages", "Settings"),
        "bkfi_desktop.ui.pages.settings_page",
        "SettingsPage",
    ),
)


def page_spec(key: str) -> PageSpec:
    for spec in PAGES:
        if spec.key == key:
            return spec
    raise KeyError(key)
