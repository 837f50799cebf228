"""What a report on the Báo cáo page is about: one plan, or the unit's whole work with one section per
plan — the choices `bkfi report build --plan` offers. Shown only when there is a choice to make (more
than one plan in today's lists, or a report reopened about one plan); otherwise the report is about the
whole work, as the CLI's default."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel

from bkfi_desktop.core.plan_details import PlanSummary, list_plans
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.errors import BkfiError
from bkfi_desktop.textvn.shorten import shorten


class PlanChoice(QObject):
    """`chosen` fires when the clerk picks another entry; `plan()` is the chosen plan's key or None."""

    chosen = Signal()

    def __init__(self, label: QLabel, combo: QComboBox, workspace: Workspace) -> None:
        super().__init__(combo)
        self.label = label
        self.combo = combo
        self.workspace = workspace
        self.names: dict[str, str] = {}  # every plan's key → its short name (archived ones too)
        combo.activated.connect(lambda _index: self.chosen.emit())
        self._show_if_needed()

    def plan(self) -> str | None:
        data = self.combo.currentData()
        return str(data) if data else None

    def reload(self) -> None:
        """Today's plans (not archived), keeping the current choice when it is still one of them."""
        keep = self.plan()
        try:
            with self.workspace.session() as session:
                every = list_plans(session, include_archived=True)
                session.rollback()
        except BkfiError:
            every = []
        self.names = {plan.key: plan.short_name for plan in every}
        self.combo.clear()
        self.combo.addItem(self.tr("The unit's whole work (one section per plan)"), "")
        for plan in every:
            if not plan.archived:
                self._add(plan)
        # A plan archived since is no longer offered (a report reopened about it shows it again).
        self.show(keep if self.combo.findData(keep or "") >= 0 else None)

    def show(self, plan_key: str | None) -> None:
        """Show the choice of a reopened report (adding its plan when archived since)."""
        index = self.combo.findData(plan_key or "")
        if index < 0 and plan_key:
            self.combo.addItem(self.names.get(plan_key, plan_key), plan_key)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))
        self._show_if_needed()

    def name(self, plan_key: str | None) -> str:
        """How a list names the plan a report is about ("" for the whole work)."""
        return self.names.get(plan_key, plan_key) if plan_key else ""

    def _add(self, plan: PlanSummary) -> None:
        # "KH 99/KH-UBND — Kế hoạch chuyển đổi số…"; a plan without a number by more of its title.
        title = shorten(plan.title or plan.key, 60 if plan.number.strip("/ ") else 90)
        text = title if plan.short_name.rstrip("…") in title else f"{plan.short_name} — {title}"
        self.combo.addItem(text, plan.key)
        self.combo.setItemData(self.combo.count() - 1, plan.title, Qt.ItemDataRole.ToolTipRole)

    def _show_if_needed(self) -> None:
        needed = self.combo.count() > 2 or self.plan() is not None
        self.label.setVisible(needed)
        self.combo.setVisible(needed)
