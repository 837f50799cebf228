"""Measuring a produced PDF the way a reviewer with a ruler would: lines of text with their font and size."""

from __future__ import annotations

from dataclasses import dataclass

from pdfplumber.page import Page

MM = 72 / 25.4


@dataclass(frozen=True)
class Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    fonts: frozenset[str]
    sizes: frozenset[float]

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def bold(self) -> bool:
        return all("Bold" in font for font in self.fonts)

    @property
    def italic(self) -> bool:
        return all("Italic" in font for font in self.fonts)


def lines(page: Page) -> list[Line]:
    """Text lines from the characters: same top (±1.5 pt), split where a wide gap separates two columns."""
    rows: list[list[dict]] = []
    for char in sorted(page.chars, key=lambda c: (round(c["top"]), c["x0"])):
        if not char["text"].strip():
            continue
        for row in rows:
            if abs(row[0]["top"] - char["top"]) <= 1.5:
                row.append(char)
                break
        else:
            rows.append([char])
    result = []
    for row in rows:
        groups: list[list[dict]] = []
        for char in sorted(row, key=lambda c: c["x0"]):
            if groups and char["x0"] - groups[-1][-1]["x1"] > 15:
                groups.append([char])
            elif groups:
                groups[-1].append(char)
            else:
                groups.append([char])
        for group in groups:
            text = ""
            for previous, char in zip([None, *group], group, strict=False):
                if previous is not None and char["x0"] - previous["x1"] > 0.15 * char["size"]:
                    text += " "
                text += char["text"]
            result.append(
                Line(
                    text=text,
                    x0=group[0]["x0"],
                    x1=group[-1]["x1"],
                    top=min(c["top"] for c in group),
                    bottom=max(c["bottom"] for c in group),
                    fonts=frozenset(c["fontname"] for c in group),
                    sizes=frozenset(round(c["size"], 1) for c in group),
                )
            )
    return sorted(result, key=lambda line: (round(line.top), line.x0))


def find(page: Page, text: str) -> Line:
    matches = [line for line in lines(page) if text in line.text]
    assert matches, f"{text!r} not found on page {page.page_number}: {[line.text for line in lines(page)]}"
    return matches[0]
