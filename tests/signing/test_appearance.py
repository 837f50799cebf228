"""The visible signature reads right in Vietnamese and places the seal over the signature's left third."""

from __future__ import annotations

import io
import subprocess
import unicodedata
from datetime import datetime

import pdfplumber
from PIL import Image

from bkfi_desktop.documents.signing import P12Signer, SignatureAppearance, sign_pdf
from bkfi_desktop.documents.signing.appearance import render_appearance_pdf
from bkfi_desktop.documents.signing.certificates import VIETNAM_TZ
from tests.signing.pki import HOLDER, ORGANISATION
from tests.tooling import require_tool

SIGNED_AT = datetime(2025, 1, 5, 9, 7, 3, tzinfo=VIETNAM_TZ)


def _lines(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return doc.pages[0].extract_text().splitlines()


def test_compact_stamp_text_and_font(images):
    appearance = SignatureAppearance("", "", "", images.signature, images.seal)
    pdf = render_appearance_pdf(appearance, HOLDER, ORGANISATION, SIGNED_AT, (200, 100), full_block=False)
    assert _lines(pdf) == [
        f"Ký bởi: {HOLDER}",
        f"Cơ quan: {ORGANISATION}",
        "Thời gian ký: 05/01/2025 09:07:03 +07:00",
    ]
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        fonts = {char["fontname"].split("+")[-1] for char in doc.pages[0].chars}
    assert fonts == {"LiberationSerif"}  # the shipped font, embedded as a subset


def test_full_block_has_authority_position_and_name(images):
    appearance = SignatureAppearance(
        "Nguyễn Thị Hồng Nhung", "Chủ tịch", "TM. Ủy ban nhân dân", images.signature
    )
    pdf = render_appearance_pdf(appearance, HOLDER, ORGANISATION, SIGNED_AT, (250, 175), full_block=True)
    lines = _lines(pdf)
    assert lines[:2] == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    assert lines[2] == "Nguyễn Thị Hồng Nhung"
    assert lines[-1] == "Thời gian ký: 05/01/2025 09:07:03 +07:00"


def test_seal_overlaps_a_third_of_the_signature_on_its_left(images):
    appearance = SignatureAppearance("", "", "", images.signature, images.seal)
    pdf = render_appearance_pdf(appearance, HOLDER, ORGANISATION, SIGNED_AT, (220, 110), full_block=False)
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        signature, seal = doc.pages[0].images  # drawn in this order: the seal lies on top
    assert seal["x0"] < signature["x0"] < seal["x1"] < signature["x1"]
    overlap = (seal["x1"] - signature["x0"]) / (signature["x1"] - signature["x0"])
    assert abs(overlap - 1 / 3) < 0.02


def test_decomposed_names_are_shown_composed():
    decomposed = unicodedata.normalize("NFD", HOLDER)
    pdf = render_appearance_pdf(SignatureAppearance(), decomposed, "", SIGNED_AT, (200, 60), full_block=False)
    assert _lines(pdf)[0] == f"Ký bởi: {HOLDER}"


def test_signed_page_shows_the_stamp(pki, p12_password, report_pdf, images, tmp_path):
    """Render the last page: the seal's red and the signature's blue are in the bottom-right corner."""
    pdftoppm = require_tool("pdftoppm")
    out = tmp_path / "signed.pdf"
    appearance = SignatureAppearance("Nguyễn Thị Hồng Nhung", "Chủ tịch", "", images.signature, images.seal)
    sign_pdf(report_pdf, out, P12Signer(pki.p12(), p12_password), appearance)
    subprocess.run(
        [pdftoppm, "-png", "-r", "80", "-f", "2", "-l", "2", str(out), str(tmp_path / "page")], check=True
    )
    page = Image.open(next(tmp_path.glob("page*.png"))).convert("RGB")
    width, height = page.size
    corner = page.crop((width // 2, height * 2 // 3, width, height)).getcolors(maxcolors=1 << 20)
    reds = sum(count for count, (r, g, b) in corner if r > 180 and g < 80 and b < 80)
    blues = sum(count for count, (r, g, b) in corner if b > 150 and r < 80)
    assert reds > 50 and blues > 50
