"""The end of the document: "Nơi nhận:" on the left, the signing block on the right with room for the signature."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from bkfi_desktop.core.reports.content import UnitInfo
from bkfi_desktop.documents.report_pdf.fonts import REGULAR
from bkfi_desktop.documents.report_pdf.styles import FRAME_WIDTH, Styles
from bkfi_desktop.documents.report_pdf.text import escape

SIGNATURE_HEIGHT = 3.2 * cm
RECIPIENTS_WIDTH_SHARE = 0.45


@dataclass
class SignatureBox:
    """Where the signature goes, in PDF points on a 0-based page: filled in while the document is laid out."""

    page_index: int = -1
    box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)


class SignatureSpace(Flowable):
    """Empty room between the position and the name; records its place on the page for the signature field."""

    def __init__(self, width: float, height: float, target: SignatureBox) -> None:
        super().__init__()
        self.width = width
        self.height = height
        self._target = target

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = min(self.width, available_width)
        return self.width, self.height

    def draw(self) -> None:
        x1, y1 = self.canv.absolutePosition(0, 0)
        x2, y2 = self.canv.absolutePosition(self.width, self.height)
        self._target.page_index = self.canv.getPageNumber() - 1
        self._target.box = (round(x1, 2), round(y1, 2), round(x2, 2), round(y2, 2))


def recipient_lines(unit: UnitInfo) -> list[str]:
    """ "- …;" for each recipient, the last one "- Lưu: VT, ….": Nghị định 30's layout."""
    names = [name.strip().rstrip(";.").strip() for name in unit.recipients if name.strip()]
    names = [name[1:].strip() if name.startswith("-") else name for name in names]
    archive = [n for n in names if n.casefold().startswith("lưu")]
    others = [n for n in names if not n.casefold().startswith("lưu")]
    last = archive[-1] if archive else "Lưu: VT"
    return [f"- {name};" for name in others] + [f"- {last}."]


def signer_lines(unit: UnitInfo) -> list[str]:
    lines = [line.strip().upper() for line in unit.signer_authority.splitlines() if line.strip()]
    lines += [line.strip().upper() for line in unit.signer_position.splitlines() if line.strip()]
    return lines


def closing_flowables(
    unit: UnitInfo, styles: Styles, target: SignatureBox, *, lead_in: Flowable | None = None
) -> list[Flowable]:
    left_width = FRAME_WIDTH * RECIPIENTS_WIDTH_SHARE
    right_width = FRAME_WIDTH - left_width
    recipients: list[Flowable] = [Paragraph("Nơi nhận:", styles.recipients_title)]
    recipients += [Paragraph(escape(line), styles.recipient) for line in recipient_lines(unit)]
    signer: list[Flowable] = [Paragraph(escape(line), styles.signer_caps) for line in signer_lines(unit)]
    signer.append(SignatureSpace(right_width, SIGNATURE_HEIGHT, target))
    signer.append(Paragraph(escape(unit.signer_name), styles.signer_name))
    table = Table([[recipients, signer]], colWidths=[left_width, right_width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    kept: list[Flowable] = [lead_in] if lead_in is not None else []
    return [KeepTogether([*kept, Spacer(1, 6), table])]
