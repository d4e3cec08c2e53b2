"""Find the card in a photo and flatten it; leave a scan or a tight crop as it is.

Tesseract reads a card on a desk badly once it is turned more than a few
degrees (measured: 72% recall under 5°, 0% from 15°), so a photo is reduced to
the card itself before OCR: find its outline as a four-sided polygon, then
undo the perspective. Outlines are looked for on a small copy (fast, and
wood grain or paper texture blurs away) with several edge and threshold maps,
because no single one works on every desk; candidates are scored on how much
they look like a card (:mod:`card_outlines`), and where they nest the choice
prefers the whole card over a box printed on it or the cards under it
(:mod:`outline_choice`, :mod:`whole_card`). A card the photo's edge cut is
taken with its lost corner outside the frame. A white card on a printed page, whose
edge joins the page's print in every map, or on a desk touching another card, whose
outline joins that card's, is found by its straight sides instead (:mod:`page_card`).
The winner's edges are then re-fitted at full resolution so the corners are exact to a
pixel or two. When no outline is found at all (glare or white paper hid the card's edge),
a block of print turned well inside the frame is cut out straightened as the card
(:mod:`text_extent`); failing that, a card the frame cut so that only two of its sides
show is cut out as far as it is in view (:mod:`two_sides`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

import cv2
import numpy as np
from numpy.typing import NDArray

from cardkeeper.reading.card_groups import card_groups
from cardkeeper.reading.edge_fit import refine, search_width
from cardkeeper.reading.edge_maps import FAST_MAPS, MAPS
from cardkeeper.reading.outline_choice import (
    ON_PAGE,
    Candidates,
    Outline,
    best_quad,
    faint_card,
    outline_candidates,
    pick_outline,
)
from cardkeeper.reading.page_card import card_on_page
from cardkeeper.reading.quads import Image8, Quad, shrink
from cardkeeper.reading.scan_check import is_inner_box, is_skewed_close_up, looks_like_card
from cardkeeper.reading.text_extent import text_block
from cardkeeper.reading.two_sides import card_in_frame_corner
from cardkeeper.reading.whole_card import whole_card

__all__ = [
    "CardFind",
    "Quad",
    "QuadFollower",
    "cut_out",
    "detect_quad",
    "exact_quad",
    "find_card",
    "one_card",
    "still_candidates",
    "warp",
]

FIND_SIDE = 800
"""Long side of the copy outlines are searched on in :func:`find_card`."""
FAST_SIDE = 640
"""Long side for :func:`detect_quad` on camera frames: about 3 ms per map on one core."""


@dataclass(frozen=True)
class CardFind:
    """The card cut out of a photo, or the photo itself when it already is the card."""

    card: NDArray[np.uint8]
    """BGR: the flattened card, or the whole image for a scan or when no card was found."""
    quad: Quad | None
    """The card's corners in the source image, or None when the image was taken whole."""
    found: bool
    """False only when the image does not look like a card and no outline was found."""
    kind: Literal["photo", "scan", "none", "sheet"]
    """photo: outline found and flattened; scan: the image already is the card; none: neither;
    sheet: one of several cards in the image, flattened (see :mod:`several_cards`)."""
    around: NDArray[np.uint8] | None = None
    """For a card of a sheet, the part of the photo around it: what is read whole when its
    outline holds no contact details (the whole photo would be all the cards)."""


def find_card(image: NDArray[np.uint8]) -> CardFind:
    """Cut the card out of ``image`` (BGR), or take the image whole if it is already a card."""
    small, scale = shrink(image, FIND_SIDE)
    return one_card(image, small, scale, still_candidates(small))


def still_candidates(small: Image8) -> Candidates:
    """The card-like outlines of a photo's small copy, over every map (see
    :func:`~cardkeeper.reading.outline_choice.choose_outline` with ``still``)."""
    return outline_candidates(small, range(len(MAPS)), still=True)


def one_card(
    image: NDArray[np.uint8], small: Image8, scale: float, candidates: Candidates
) -> CardFind:
    """:func:`find_card` once the outlines of ``small`` (``image`` at ``scale``) are known."""
    outline = pick_outline(small, candidates, still=True) or faint_card(small)
    on_page = card_on_page(small, None if outline is None else outline.quad)
    if on_page is not None:
        outline = Outline(on_page, ON_PAGE)
    if outline is not None and not is_inner_box(small, outline.quad):
        full = exact_quad(image, outline, scale)
        if not is_skewed_close_up(full, image):
            return CardFind(warp(image, full), full, True, "photo")
        return CardFind(image, None, True, "scan")
    block = text_block(small)
    if block is not None:
        # No outline, but the print stands in a turned block inside the frame: a card whose
        # edge glare or white paper hid. It is cut out straightened, the photo not read at
        # its lean.
        return CardFind(warp(image, block / scale), block / scale, True, "photo")
    corner = card_in_frame_corner(small)
    if corner is not None:
        # The photo shows only two of the card's sides: the part in view is cut out.
        return CardFind(warp(image, corner / scale), corner / scale, True, "photo")
    if looks_like_card(small):
        return CardFind(image, None, True, "scan")
    return CardFind(image, None, False, "none")


def exact_quad(image: NDArray[np.uint8], outline: Outline, scale: float) -> Quad:
    """The outline's corners at full resolution, its sides re-fitted to the card's edges.

    A card grown from a frame printed on it is re-grown from the frame at full resolution:
    its edge on a printed page is faint and joined to the page's text, so the fit that looks
    for the outermost edge near each side would take a line of text, or the frame. For the
    same reason a card found by its straight sides on a page is re-fitted only within the
    small copy's blur: its sides there are already the card's edge, to a pixel.
    """
    quad = outline.quad / scale
    if outline.frame is not None:
        frame = outline.frame / scale
        grown = whole_card(image, frame)
        if grown is not frame and float(np.abs(grown - quad).max()) < 3 / scale:
            return grown
    if outline.map == ON_PAGE:
        return refine(image, quad, search=int(2 / scale) + 2)
    return refine(image, quad, search=search_width(quad, scale))


def detect_quad(frame: Image8) -> Quad | None:
    """The card outline in a camera frame (BGR), in frame coordinates, or None; a few ms.

    Meant to be called on every frame to draw the outline live; corners are
    as good as the small copy allows (a pixel or two there). :func:`find_card`
    on the captured frame does the exact fit.
    """
    small, scale = shrink(frame, FAST_SIDE)
    quad, _ = best_quad(small, FAST_MAPS, stop_early=True)
    return None if quad is None else (quad / scale).astype(np.float32)


class QuadFollower:
    """:func:`detect_quad` for a stream of frames, for cards only the slower maps see.

    A dark red card on dark blue fabric shows in no fast map. When the fast
    maps find nothing, every few frames all maps are tried (~30 ms); the map
    that found the card is then tried first on the next frames, so following
    such a card costs about what a fast look does.
    """

    THOROUGH_EVERY = 4
    """Frames between full looks while no card is found: 30 ms once in 4 frames at most."""

    def __init__(self) -> None:
        self._map: int | None = None
        self._misses = 0
        self.several = False
        """True if the last frame showed two or more cards side by side (:mod:`card_groups`)."""

    def find(self, frame: Image8) -> Quad | None:
        small, scale = shrink(frame, FAST_SIDE)
        order = list(dict.fromkeys([*([self._map] if self._map is not None else []), *FAST_MAPS]))
        quad, used = self._look(small, order)
        if quad is None:
            self._misses += 1
            if self._misses % self.THOROUGH_EVERY == 1:
                quad, used = self._look(small, range(len(MAPS)))
        if quad is None:
            return None
        self._misses = 0
        self._map = used if used not in FAST_MAPS else None
        return (quad / scale).astype(np.float32)

    def _look(self, small: Image8, maps: Iterable[int]) -> tuple[Quad | None, int | None]:
        """:func:`best_quad`'s look, noting whether the outlines show several cards."""
        found = outline_candidates(small, maps, stop_early=True)
        self.several = card_groups(found.scored) is not None
        outline = pick_outline(small, found)
        return (None, None) if outline is None else (outline.quad, outline.map)


def cut_out(frame: NDArray[np.uint8], quad: Quad) -> CardFind:
    """The card at ``quad`` (from :func:`detect_quad`) flattened, its sides re-fitted exactly.

    The scanner has already followed the card for half a second, so its outline
    is known; searching the captured frame again could only pick something else.
    """
    scale = min(1.0, FAST_SIDE / max(frame.shape[:2]))
    exact = refine(frame, quad.astype(np.float32), search=search_width(quad * scale, scale))
    return CardFind(warp(frame, exact), exact, True, "photo")


def warp(image: NDArray[np.uint8], quad: Quad) -> NDArray[np.uint8]:
    """Flatten the quadrilateral ``quad`` of ``image`` to a rectangle at full resolution.

    The output size is the longer of each pair of opposite sides, so the nearer
    (larger) edge keeps its detail and nothing is upscaled beyond it.
    """
    tl, tr, br, bl = quad.astype(np.float64)
    width = max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl))
    height = max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr))
    w, h = round(width), round(height)
    target = np.array([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]], np.float32)
    matrix = cv2.getPerspectiveTransform(quad.astype(np.float32), target)
    flat = cv2.warpPerspective(
        image, matrix, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )
    return np.asarray(flat, dtype=np.uint8)
