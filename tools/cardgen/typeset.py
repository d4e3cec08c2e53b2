"""Lines of text and how they stack on a card: shared by the layouts, bands and logos.

Every text item keeps the box of each of its lines, so a scene that cuts a card off at the
frame's edge can tell which printed fields are still whole.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PIL import ImageDraw, ImageFont

RGB = tuple[int, int, int]
Box = tuple[float, float, float, float]
PITCH = 1.2
"""Line pitch as a multiple of the font's ascent + descent."""


@dataclass(frozen=True)
class Line:
    text: str
    face: ImageFont.FreeTypeFont
    fill: RGB

    @property
    def width(self) -> float:
        return self.face.getlength(self.text)

    @property
    def height(self) -> int:
        ascent, descent = self.face.getmetrics()
        return ascent + descent

    def paint(self, draw: ImageDraw.ImageDraw, x: float, top: float, align: str) -> None:
        """Draw the line with its top at ``top``; ``x`` is its left edge, centre or right edge
        for ``align`` "l", "m" or "r"."""
        draw.text((x, top), self.text, font=self.face, fill=self.fill, anchor=align + "a")


@dataclass(frozen=True)
class Placed:
    """Something drawn on the card with the box it covers, so layouts can be checked."""

    box: Box
    paint: Callable[[ImageDraw.ImageDraw], None]
    is_text: bool = True
    lines: tuple[tuple[Line, Box], ...] = ()
    """Each line of a text item with its own box."""


def place_text(lines: list[Line], x: float, y: float, align: str) -> Placed:
    """Place lines with their top at ``y``; ``x`` is the left edge, centre or right edge."""
    pitches = [line.height * PITCH for line in lines]
    width = max((line.width for line in lines), default=0.0)
    x0 = {"l": x, "m": x - width / 2, "r": x - width}[align]
    boxes = []
    top = y
    for line, pitch in zip(lines, pitches, strict=True):
        left = {"l": x, "m": x - line.width / 2, "r": x - line.width}[align]
        boxes.append((line, (left, top, left + line.width, top + line.height)))
        top += pitch

    def paint(draw: ImageDraw.ImageDraw) -> None:
        top = y
        for line, pitch in zip(lines, pitches, strict=True):
            line.paint(draw, x, top, align)
            top += pitch

    return Placed((x0, y, x0 + width, y + height(lines)), paint, lines=tuple(boxes))


def height(lines: list[Line]) -> float:
    return sum(line.height * PITCH for line in lines[:-1]) + (lines[-1].height if lines else 0)


def column_height(groups: list[list[Line]], gap: float) -> float:
    present = [g for g in groups if g]
    return sum(height(g) for g in present) + gap * max(0, len(present) - 1)


def column(groups: list[list[Line]], x: float, y: float, align: str, gap: float) -> list[Placed]:
    """Stack groups of lines (name block, company, contacts ...) with a gap between groups."""
    placed = []
    for group in (g for g in groups if g):
        placed.append(place_text(group, x, y, align))
        y += height(group) + gap
    return placed


def bottom(groups: list[list[Line]], x: float, y1: float, align: str, gap: float) -> list[Placed]:
    return column(groups, x, y1 - column_height(groups, gap), align, gap)


def middle(groups: list[list[Line]], x: float, yc: float, align: str, gap: float) -> list[Placed]:
    return column(groups, x, yc - column_height(groups, gap) / 2, align, gap)


def overlap(a: Box, b: Box, pad: float) -> bool:
    return a[0] < b[2] + pad and b[0] < a[2] + pad and a[1] < b[3] + pad and b[1] < a[3] + pad


def fits(items: list[Placed], safe: Box, pad: float) -> bool:
    """Every text item inside ``safe`` and nothing overlapping a text item."""
    x0, y0, x1, y1 = safe
    texts = [p for p in items if p.is_text]
    if any(b[0] < x0 or b[1] < y0 or b[2] > x1 or b[3] > y1 for b in (p.box for p in texts)):
        return False
    return not any(
        overlap(a.box, b.box, pad)
        for i, a in enumerate(items)
        for b in items[i + 1 :]
        if a.is_text or b.is_text
    )
