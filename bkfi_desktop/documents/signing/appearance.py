"""The visible signature, drawn per Nghị định 30/2020 (DESIGN.md §4).

The stamp is drawn with ReportLab into a one-page PDF the size of the signature field and handed
to pyHanko as a static stamp: ReportLab embeds Liberation Serif with correct Vietnamese spacing,
which pyHanko's own OpenType stamp does not for 2048-units-per-em fonts.

Two layouts:
- *compact*, when the report already prints the position and the name and leaves a signature
  field between them: the signature image, the seal over its left third, and the lines
  "Ký bởi", "Cơ quan", "Thời gian ký";
- *full*, when the field is created here (a PDF without a prepared field): the authority line and
  position on top, the images, the name, then the same three lines.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib.colors import Color
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from bkfi_desktop.documents.signing.certificates import format_datetime, nfc
from bkfi_desktop.errors import InvalidInputError
from bkfi_desktop.paths import resource_path

REGULAR = "BkfiSignSerif"
BOLD = "BkfiSignSerif-Bold"
INFO_COLOUR = Color(0.05, 0.15, 0.55)
FULL_BLOCK_SIZE = (250.0, 175.0)
SEAL_OVERLAP = 1 / 3  # the seal covers about a third of the signature, on its left


@dataclass(frozen=True)
class SignatureAppearance:
    """What the visible signature shows. Images are transparent PNGs chosen in settings."""

    signer_name: str = ""
    position: str = ""
    authority_line: str = ""
    signature_image: Path | None = None
    seal_image: Path | None = None
    visible: bool = True


_FACES = ((REGULAR, "LiberationSerif-Regular.ttf"), (BOLD, "LiberationSerif-Bold.ttf"))


def _loaded_face(path: str) -> str | None:
    """A font already registered from this very file (the report just built loaded the same serif):
    reading a TrueType face again costs about 25 ms each, twice per signing."""
    for name in pdfmetrics.getRegisteredFontNames():
        font = pdfmetrics.getFont(name)
        if isinstance(font, TTFont) and getattr(font.face, "filename", None) == path:
            return name
    return None


def _register_fonts() -> tuple[str, str]:
    """The regular and bold font names to draw with, registering a face only when no font has it yet."""
    names = []
    for name, file_name in _FACES:
        path = str(resource_path("fonts", file_name))
        if name not in pdfmetrics.getRegisteredFontNames():
            loaded = _loaded_face(path)
            if loaded is not None:
                names.append(loaded)
                continue
            pdfmetrics.registerFont(TTFont(name, path))
        names.append(name)
    return names[0], names[1]


def info_lines(holder: str, organisation: str, signed_at: datetime) -> list[str]:
    lines = [f"Ký bởi: {holder}"]
    if organisation:
        lines.append(f"Cơ quan: {organisation}")
    lines.append(f"Thời gian ký: {format_datetime(signed_at)}")
    return [nfc(line) for line in lines]


def _image(path: Path | None, what: str) -> ImageReader | None:
    if path is None:
        return None
    try:
        return ImageReader(str(path))
    except Exception:  # Pillow raises many kinds for a bad image
        raise InvalidInputError(
            f"Không đọc được ảnh {what} {Path(path).name}; hãy chọn một tệp PNG hợp lệ."
        ) from None


def _fit(image: ImageReader, max_w: float, max_h: float) -> tuple[float, float]:
    iw, ih = image.getSize()
    scale = min(max_w / iw, max_h / ih)
    return iw * scale, ih * scale


def _centred_line(canvas: Canvas, text: str, font: str, size: float, width: float, y: float) -> None:
    while size > 4 and pdfmetrics.stringWidth(text, font, size) > width - 4:
        size -= 0.25
    canvas.setFont(font, size)
    canvas.drawCentredString(width / 2, y, text)


def _draw_images(
    canvas: Canvas,
    signature: ImageReader | None,
    seal: ImageReader | None,
    width: float,
    bottom: float,
    height: float,
) -> None:
    """The signature centred in the band, the seal overlapping its left third."""
    if height <= 4:
        return
    sig_w = sig_h = seal_w = seal_h = 0.0
    if signature is not None:
        sig_w, sig_h = _fit(signature, width * (0.6 if seal else 0.9), height * 0.85)
    if seal is not None:
        seal_w, seal_h = _fit(seal, width * 0.45, height)
    if signature is not None and seal is not None:
        total = sig_w + seal_w - sig_w * SEAL_OVERLAP
        seal_x = max(0.0, (width - total) / 2)
        sig_x = seal_x + seal_w - sig_w * SEAL_OVERLAP
    else:
        sig_x = (width - sig_w) / 2
        seal_x = (width - seal_w) / 2
    if signature is not None:
        canvas.drawImage(signature, sig_x, bottom + (height - sig_h) / 2, sig_w, sig_h, mask="auto")
    if seal is not None:  # stamped over the signature, as on paper
        canvas.drawImage(seal, seal_x, bottom + (height - seal_h) / 2, seal_w, seal_h, mask="auto")


def render_appearance_pdf(
    appearance: SignatureAppearance,
    holder: str,
    organisation: str,
    signed_at: datetime,
    size: tuple[float, float],
    *,
    full_block: bool,
) -> bytes:
    """A one-page PDF of exactly `size` points holding the visible signature."""
    regular, bold = _register_fonts()
    signature = _image(appearance.signature_image, "chữ ký")
    seal = _image(appearance.seal_image, "con dấu")
    width, height = size
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), pageCompression=1)
    canvas.setTitle("BKFI signature appearance")

    info = info_lines(holder, organisation, signed_at)
    info_size = max(5.5, min(9.0, height * (0.055 if full_block else 0.085)))
    info_lead = info_size * 1.2
    top = height - 2
    bottom = 2.0
    if full_block:
        head_size = max(7.0, min(12.0, height * 0.068))
        head_lead = head_size * 1.25
        canvas.setFillColorRGB(0, 0, 0)
        for text in (appearance.authority_line, appearance.position):
            if text.strip():
                top -= head_lead
                _centred_line(
                    canvas, nfc(text.strip().upper()), bold, head_size, width, top + head_size * 0.25
                )
        if appearance.signer_name.strip():
            y_name = bottom + len(info) * info_lead + head_lead * 0.4
            _centred_line(canvas, nfc(appearance.signer_name.strip()), bold, head_size, width, y_name)
            bottom = y_name + head_lead
        else:
            bottom += len(info) * info_lead + 2
    else:
        bottom += len(info) * info_lead + 2

    has_images = signature is not None or seal is not None
    canvas.setFillColor(INFO_COLOUR)
    if has_images or full_block:
        _draw_images(canvas, signature, seal, width, bottom, top - bottom)
        first_y = 2.0 + (len(info) - 1) * info_lead + info_size * 0.25
    else:  # only text: centre the three lines in the field
        first_y = (height + (len(info) - 1) * info_lead) / 2 - info_size * 0.3
    canvas.setFillColor(INFO_COLOUR)
    for index, line in enumerate(info):
        _centred_line(canvas, line, regular, info_size, width, first_y - index * info_lead)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
