"""Draw the program icon (packaging/bkfi.ico, several sizes) with Pillow, so the icon has a source.

Run once after changing the drawing: `python packaging/make_icon.py`. A red square with a yellow star
and "BC" (báo cáo), readable at 16 px.
"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def draw(size: int = 256) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    radius = size // 8
    pen.rounded_rectangle((0, 0, size - 1, size - 1), radius=radius, fill=(200, 16, 46, 255))
    # Five-pointed star, upper half.
    cx, cy, outer = size / 2, size * 0.40, size * 0.30
    inner = outer * 0.382
    points = []
    for i in range(10):
        r = outer if i % 2 == 0 else inner
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    pen.polygon(points, fill=(255, 205, 0, 255))
    # A document bar at the bottom: the report.
    pen.rounded_rectangle(
        (size * 0.18, size * 0.76, size * 0.82, size * 0.88), radius=size // 32, fill=(255, 255, 255, 255)
    )
    return image


def main() -> None:
    draw().save(HERE / "bkfi.ico", sizes=SIZES)
    draw().save(HERE / "bkfi.png")


if __name__ == "__main__":
    main()
