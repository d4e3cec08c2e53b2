"""Which way up is the card: 0, 90, 180 or 270 degrees, from the shape of its text.

Tesseract reads only upright text (a scan turned 180° gives 0% recall), and
its own orientation detector (OSD, ``--psm 0``) costs ~0.4 s, as much as the
OCR itself, and is wrong 1 time in 25. Two cheap looks at the ink answer most
cards in a few milliseconds instead:

1. Do text lines run across or down? Smearing glyphs along each axis joins
   them into long bars only along the lines' own direction.
2. Which way is up? Latin text has more ink above its x-height band
   (capitals, b d f h k l t, digits, i-dots) than below it (g j p q y).

Portrait cards are not forced to landscape: the text decides. When the ink
says little (all capitals, very little text), ``confident`` is False and the
caller can let the OCR confidence of both readings decide.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from cv2.typing import MatLike

from cardkeeper.reading.prepare import text_binary, text_height

Image8 = MatLike
"""Whatever OpenCV hands back; public results are converted to NDArray[np.uint8]."""

PROBE_TEXT_HEIGHT = 16.0
"""Glyph height the checks run at: enough for ascenders to show, small enough to be fast."""

_ROTATE = {
    90: cv2.ROTATE_90_CLOCKWISE,
    180: cv2.ROTATE_180,
    270: cv2.ROTATE_90_COUNTERCLOCKWISE,
}


@dataclass(frozen=True)
class Orientation:
    rotation: int
    """Degrees clockwise to turn the image so its text is upright: 0, 90, 180 or 270."""
    confident: bool
    """False when the ink gave only a weak hint about up and down."""
    upright_score: float
    """-1..1: how much more ink sits above the text lines' core than below, once turned."""


def rotate(image: Image8, rotation: int) -> Image8:
    """Turn ``image`` clockwise by 0, 90, 180 or 270 degrees."""
    if rotation % 360 == 0:
        return image
    turned: Image8 = cv2.rotate(image, _ROTATE[rotation % 360])
    return turned


def detect_orientation(gray: Image8) -> Orientation:
    """The turn that makes dark-on-light text in ``gray`` upright (see module docstring)."""
    return probe_orientation(text_probe(gray))


def probe_orientation(binary: Image8 | None) -> Orientation:
    """``detect_orientation`` on a ``text_probe`` already made (``skew`` needs it too)."""
    if binary is None:
        return Orientation(0, False, 0.0)
    across = _line_ink(binary)
    down = _line_ink(cv2.rotate(binary, cv2.ROTATE_90_CLOCKWISE))
    base = 0 if across >= down else 90
    score = _upright_score(rotate(binary, base))
    rotation = base if score >= 0 else (base + 180) % 360
    axis_clear = max(across, down) >= 1.5 * max(min(across, down), 1)
    return Orientation(rotation, axis_clear and abs(score) >= 0.12, abs(score))


def text_probe(gray: Image8) -> Image8 | None:
    """Binary text at ~PROBE_TEXT_HEIGHT px glyphs, with logos and specks removed."""
    height = text_height(gray)
    if height is None:
        return None
    factor = min(1.0, PROBE_TEXT_HEIGHT / height)
    small = (
        gray
        if factor == 1.0
        else cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
    )
    binary = text_binary(small)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(binary, connectivity=8)
    glyph_height = height * factor
    keep = (
        (stats[:, 3] <= 3 * glyph_height) & (stats[:, 2] <= 3 * glyph_height) & (stats[:, 4] >= 3)
    )
    keep[0] = False
    if count < 2 or keep.sum() < 5:
        return None
    cleaned: Image8 = np.where(keep[labels], 255, 0).astype(np.uint8)
    return cleaned


def _line_bars(binary: Image8) -> MatLike:
    """Glyphs smeared sideways into bars: each bar's (left, top, width, height, area)."""
    gap = max(3, round(PROBE_TEXT_HEIGHT * 0.9))
    bars = cv2.morphologyEx(binary, cv2.MORPH_CLOSE, np.ones((1, gap), np.uint8))
    _, _, stats, _ = cv2.connectedComponentsWithStats(bars, connectivity=8)
    return stats[1:]


def _line_ink(binary: Image8) -> float:
    """Total width of bars at least 3x longer than tall: high when lines run left-right."""
    stats = _line_bars(binary)
    widths, heights = stats[:, 2], stats[:, 3]
    lines = (widths >= 3 * heights) & (heights >= 4)
    return float(widths[lines].sum())


def _upright_score(binary: Image8) -> float:
    """(ink above the x-height band - ink below) / both, over all text lines; >0 is upright."""
    stats = _line_bars(binary)
    above = below = 0.0
    for left, top, width, height, _ in stats:
        if width < 3 * height or height < 6:
            continue
        profile = binary[top : top + height, left : left + width].sum(axis=1, dtype=np.float64)
        core = np.nonzero(profile >= 0.45 * profile.max())[0]
        above += float(profile[: core[0]].sum())
        below += float(profile[core[-1] + 1 :].sum())
    total = above + below
    return 0.0 if total == 0 else (above - below) / total
