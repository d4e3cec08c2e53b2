"""Binary maps of a photo's small copy whose contours may include the card's outline.

No single map works on every desk (a white card on white paper shows only in
faint edges, a dark green card on a black keyboard only in saturation), so the
outline search tries several, cheapest and likeliest first.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property

import cv2
import numpy as np

from cardkeeper.reading.quads import Image8, to_gray

WIDE_OPEN = np.ones((5, 5), np.uint8)
RULE_FILL = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (5, 5))
"""Closes lines of ruled paper (1-3 px on the small copy) while card edges stay."""


class MapInputs:
    """The blurred copies several maps start from, each made once and only when needed."""

    def __init__(self, small: Image8) -> None:
        self.small = small
        self.kernel = np.ones((3, 3), np.uint8)

    @cached_property
    def blur(self) -> Image8:
        blurred: Image8 = cv2.GaussianBlur(to_gray(self.small), (5, 5), 0)
        return blurred

    @cached_property
    def bright(self) -> Image8:
        _, bright = cv2.threshold(self.blur, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
        return bright

    @cached_property
    def coloured(self) -> Image8:
        # A coloured card on a grey desk (dark green on a black keyboard: no grey level
        # separates them, and key edges touch the card's in every edge map), or a grey card on
        # a coloured desk: saturation splits the two where brightness cannot.
        hsv = cv2.cvtColor(cv2.GaussianBlur(self.small, (5, 5), 0), cv2.COLOR_BGR2HSV)
        saturation = cv2.GaussianBlur(hsv[:, :, 1], (5, 5), 0)
        _, coloured = cv2.threshold(saturation, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
        return coloured


def _strong_edges(inputs: MapInputs) -> Image8:
    return cv2.dilate(cv2.Canny(inputs.blur, 30, 90), inputs.kernel)


def _bright(inputs: MapInputs) -> Image8:
    return cv2.morphologyEx(inputs.bright, cv2.MORPH_OPEN, inputs.kernel, iterations=2)


def _dark(inputs: MapInputs) -> Image8:
    return cv2.morphologyEx(255 - inputs.bright, cv2.MORPH_OPEN, inputs.kernel, iterations=2)


def _colour_edges(inputs: MapInputs) -> Image8:
    """A colour edge with little brightness change (a blue band on a grey desk): any channel."""
    channels = cv2.split(cv2.GaussianBlur(inputs.small, (5, 5), 0))
    colour = np.maximum.reduce([cv2.Canny(channel, 20, 60) for channel in channels])
    return cv2.dilate(colour, inputs.kernel)


def _faint_edges(inputs: MapInputs) -> Image8:
    """White on light paper: a step of 10-20 grey levels, so low thresholds on a smoother copy."""
    smooth = cv2.GaussianBlur(inputs.blur, (5, 5), 0)
    return cv2.dilate(cv2.Canny(smooth, 8, 24), inputs.kernel)


def _ruled_paper_edges(inputs: MapInputs) -> Image8:
    """Ruled paper: its lines run into the card's edge and join desk and card in the edge maps
    above. A grey closing fills thin dark lines (and text) but keeps the card's edge."""
    ruled = cv2.morphologyEx(inputs.blur, cv2.MORPH_CLOSE, RULE_FILL)
    return cv2.dilate(cv2.Canny(ruled, 30, 90), inputs.kernel)


def _coloured(inputs: MapInputs) -> Image8:
    """Saturation noise is speckle, so opened wider than the grey maps."""
    return cv2.morphologyEx(inputs.coloured, cv2.MORPH_OPEN, WIDE_OPEN, iterations=2)


def _grey(inputs: MapInputs) -> Image8:
    return cv2.morphologyEx(255 - inputs.coloured, cv2.MORPH_OPEN, WIDE_OPEN, iterations=2)


MAPS: tuple[Callable[[MapInputs], Image8], ...] = (
    _strong_edges,
    _bright,
    _dark,
    _colour_edges,
    _faint_edges,
    _ruled_paper_edges,
    _coloured,
    _grey,
)
"""Binary maps whose contours may include the card's outline, cheapest and likeliest first;
no single one works on every desk."""
FAST_MAPS = (0, 1)
"""The two maps tried on every camera frame: a few ms, and enough on most desks."""
EDGE_MAPS = (0, 3, 4, 5)
"""The maps of edges (lines), not of regions: a card the photo cut leaves its outline open."""
