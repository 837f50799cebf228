"""The leader's four charts as ReportLab drawings (reportlab.graphics.charts): one source for paper and screen.

The same Drawing goes into the "Tóm tắt cho lãnh đạo" PDF and, rendered to a one-page PDF by
``drawing_pdf`` and rasterised by QtPdf, onto the Tổng quan page. We chose this over QtCharts (not in
PySide6-Essentials; PySide6-Addons is a large download) and over renderPM/rlPyCairo (one more binary
package): QtPdf already ships for the report preview, so the charts cost no new dependency, look the
same on screen and on paper, and use the embedded serif that renders Vietnamese everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from bkfi_desktop.core.chart_data import ChartData
from bkfi_desktop.core.vocabulary import STATUS_LABELS
from bkfi_desktop.documents.report_pdf.fonts import BOLD, REGULAR, register_fonts

WIDTH, HEIGHT = 230, 160  # points: four fit a portrait A4 page two by two, and a 1024×768 screen in a row
STATUS_COLOURS = {
    "not_started": colors.HexColor("#9e9e9e"),
    "in_progress": colors.HexColor("#1e6fbf"),
    "done": colors.HexColor("#2e7d32"),
    "blocked": colors.HexColor("#c62828"),
}
THIS_YEAR, LAST_YEAR = colors.HexColor("#1e6fbf"), colors.HexColor("#b0bec5")
MONTHS = tuple(f"T{n}" for n in range(1, 13))
QUARTERS = ("Quý I", "Quý II", "Quý III", "Quý IV")


def _frame(title: str) -> Drawing:
    register_fonts()
    drawing = Drawing(WIDTH, HEIGHT)
    drawing.add(String(WIDTH / 2, HEIGHT - 13, title, fontName=BOLD, fontSize=10.5, textAnchor="middle"))
    return drawing


def _style_axis_labels(chart: VerticalBarChart | HorizontalBarChart, size: float = 8) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = REGULAR
        axis.labels.fontSize = size


def _whole_numbers(chart: VerticalBarChart, values: Sequence[int]) -> None:
    """Counts are whole: steps of 1, 2, 5, 10… with room for the tallest bar (never 0.2, 0.4…)."""
    top = max([*values, 1])
    step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000, 10**9) if top / s <= 6)
    chart.valueAxis.valueMin, chart.valueAxis.valueStep = 0, step
    chart.valueAxis.valueMax = step * (-(-top // step) + (1 if top % step == 0 else 0))
    chart.valueAxis.labelTextFormat = "%d"


def _legend(drawing: Drawing, items: Sequence[tuple[colors.Color, str]], x: float, y: float, columns: int = 1) -> None:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = REGULAR, 8
    legend.alignment = "right"
    legend.columnMaximum = max(1, -(-len(items) // columns))
    legend.dx = legend.dy = 7
    legend.deltax, legend.deltay = 70, 10
    legend.colorNamePairs = list(items)
    drawing.add(legend)


def status_chart(data: ChartData) -> Drawing:
    drawing = _frame(f"Nhiệm vụ theo tình trạng ({data.task_count})")
    shown = [(code, count) for code, count in data.status_counts if count]
    if not shown:
        drawing.add(String(WIDTH / 2, HEIGHT / 2, "Chưa có nhiệm vụ", fontName=REGULAR, fontSize=9, textAnchor="middle"))
        return drawing
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 18, 16, 115, 115
    pie.data = [count for _code, count in shown]
    pie.labels = [str(count) for _code, count in shown]
    pie.simpleLabels = True
    pie.sideLabels = False
    pie.slices.strokeColor = colors.white
    pie.slices.fontName, pie.slices.fontSize = BOLD, 9
    pie.slices.fontColor = colors.white
    pie.slices.labelRadius = 0.65
    for index, (code, _count) in enumerate(shown):
        pie.slices[index].fillColor = STATUS_COLOURS.get(code, colors.grey)
    drawing.add(pie)
    _legend(drawing, [(STATUS_COLOURS[code], STATUS_LABELS[code]) for code, _ in data.status_counts], 148, 110)
    return drawing


def progress_chart(data: ChartData) -> Drawing:
    drawing = _frame("Tiến độ trung bình theo nhóm nhiệm vụ (%)")
    groups = data.group_progress or (("–", 0.0),)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 38, 22, WIDTH - 58, HEIGHT - 48
    chart.data = [[value for _group, value in reversed(groups)]]
    chart.categoryAxis.categoryNames = [f"Nhóm {group}" for group, _value in reversed(groups)]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 25
    chart.bars[0].fillColor = THIS_YEAR
    chart.bars.strokeColor = None
    chart.barLabelFormat = "%.0f"
    chart.barLabels.fontName, chart.barLabels.fontSize = REGULAR, 8
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    _style_axis_labels(chart)
    drawing.add(chart)
    return drawing


def activity_chart(data: ChartData) -> Drawing:
    drawing = _frame(f"Hoạt động theo tháng: {data.year} so với {data.year - 1}")
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 28, 34, WIDTH - 40, HEIGHT - 62
    chart.data = [list(data.activities_last_year), list(data.activities_this_year)]
    chart.categoryAxis.categoryNames = list(MONTHS)
    _whole_numbers(chart, [*data.activities_last_year, *data.activities_this_year])
    chart.bars[0].fillColor, chart.bars[1].fillColor = LAST_YEAR, THIS_YEAR
    chart.bars.strokeColor = None
    chart.groupSpacing, chart.barSpacing = 3, 0.5
    _style_axis_labels(chart, 7)
    drawing.add(chart)
    _legend(drawing, [(LAST_YEAR, f"Năm {data.year - 1}"), (THIS_YEAR, f"Năm {data.year}")], 40, 12, columns=2)
    return drawing


def training_chart(data: ChartData) -> Drawing:
    drawing = _frame(f"Tập huấn theo quý năm {data.year}")
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 28, 34, WIDTH - 40, HEIGHT - 62
    chart.data = [list(data.trainings_by_quarter), list(data.participants_by_quarter)]
    chart.categoryAxis.categoryNames = list(QUARTERS)
    _whole_numbers(chart, [*data.trainings_by_quarter, *data.participants_by_quarter])
    chart.bars[0].fillColor, chart.bars[1].fillColor = colors.HexColor("#ef6c00"), THIS_YEAR
    chart.bars.strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName, chart.barLabels.fontSize = REGULAR, 7.5
    chart.barLabels.nudge = 5
    _style_axis_labels(chart)
    drawing.add(chart)
    _legend(drawing, [(colors.HexColor("#ef6c00"), "Số lớp"), (THIS_YEAR, "Lượt người")], 40, 12, columns=2)
    return drawing


def leader_charts(data: ChartData) -> list[Drawing]:
    return [status_chart(data), progress_chart(data), activity_chart(data), training_chart(data)]


def drawing_pdf(drawing: Drawing) -> bytes:
    """A one-page PDF of exactly the drawing's size (the screen rasterises this with QtPdf)."""
    return renderPDF.drawToString(drawing, autoSize=1, initialFontName=REGULAR)
