"""The unit's Kế hoạch chi tiết as a Nghị định 30/2020 PDF, laid out with the report's own pieces."""

from bkfi_desktop.documents.plan_pdf.builder import RenderedPlan, render_detailed_plan

__all__ = ["RenderedPlan", "render_detailed_plan"]
