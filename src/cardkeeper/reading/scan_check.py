"""Whether an image already is the card (a scan or a tight crop), so it is taken whole."""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import NDArray

from cardkeeper.reading.prepare import glyph_boxes, is_dark, text_height
from cardkeeper.reading.quads import Image8, Quad, along_frame, corner_cosines, tilt, to_gray

SCAN_ASPECTS = (1.3, 2.5)
"""Long/short side range of an image taken whole: a card, or a card with a scanner's margin."""
INNER_BOX_MAX = 0.25
"""Largest share of the frame a box printed on a tightly cropped card is taken to cover..."""
LARGE_BOX_MAX = 0.45
"""...unless the box is printed on the card's own paper (a framed logo), which may cover this.
A card on a desk covering as much is inside out: desk around it, card paper inside."""
SAME_PAPER = 25.0
"""Largest colour distance between the paper inside a large box and around it."""
SMALL_BOX_MAX = 0.10
"""An outline covering less than this share of a card-shaped image, with most of the text
outside it, is a badge or photo printed on the card at any angle: real desk photos put a
readable card on 13% or more of the frame (73 photos of the development set)."""
SMALL_BOX_TEXT_OUTSIDE = 0.75
"""Share of the glyphs lying outside such an outline (65-98% on the scans cut to a badge)."""
PLAIN_SURROUND = 6.0
"""Largest median colour distance (BGR) from their median of the pixels just around a larger
box printed on a card: blank paper, 0 on the test scans, 2.4 on the development-set scan that
reaches this test (a photo printed on a card). Smooth wood grain and dark key caps around a card
on a desk make no sharp edges at the search size, but measure 12-23 (generated seed 21)."""
SURROUND_BAND = (4, 12)
"""Pixels outside the outline (at the search size) where its surround is sampled: clear of
the outline's own blurred edge, and close enough that the paper's shading does not vary."""
INNER_BOX_MAX_TILT = 8.0
"""Degrees. A box printed on a card that fills the image runs along the image's edges; an
outline turned further than this is a card lying turned on a desk."""
CLOSE_UP_COVER = 0.7
"""An outline covering this share of the frame is a scan or a tight crop, not a desk photo."""
PANEL_PRINT = 5
"""Least number of glyphs outside such a panel: the card's paper beside it holds print."""
SCAN_MARGIN = 0.08
"""Largest margin around a scanned card, as a share of the image's short side: a scanner's
lid shows 1-6% round a card cropped to it (generated scans: 12-45 px on a 1100 px card)."""
CLOSE_UP_MAX_COSINE = 0.1
"""Such an outline must have corners within ~6° of square: at that distance a card shows
little perspective, and a skewed 'outline' is a line of text or a shadow, not the card."""


def is_skewed_close_up(quad: Quad, image: Image8) -> bool:
    """True for a near-frame-filling outline that is not near-rectangular (it would cut text)."""
    area = float(cv2.contourArea(quad.astype(np.float32)))
    frame = float(image.shape[0] * image.shape[1])
    return area >= CLOSE_UP_COVER * frame and bool(corner_cosines(quad).max() > CLOSE_UP_MAX_COSINE)


def border_ring(small: Image8) -> NDArray[np.bool_]:
    height, width = small.shape[:2]
    band = max(4, round(0.04 * min(width, height)))
    ring = np.ones((height, width), bool)
    ring[band:-band, band:-band] = False
    return ring


def _edges(small: Image8) -> Image8:
    edges: Image8 = cv2.Canny(cv2.GaussianBlur(to_gray(small), (3, 3), 0), 40, 120)
    return edges


def looks_like_card(small: Image8) -> bool:
    """A scan or tight crop: card-shaped, a plain rim like a card's margin, and some text."""
    height, width = small.shape[:2]
    aspect = max(width, height) / min(width, height)
    if not SCAN_ASPECTS[0] <= aspect <= SCAN_ASPECTS[1]:
        return False
    ring = border_ring(small)
    if float((_edges(small)[ring] > 0).mean()) >= 0.03:
        return False
    gray = to_gray(small)
    return text_height(cv2.bitwise_not(gray) if is_dark(gray) else gray) is not None


def _same_paper_inside(small: Image8, quad: Quad) -> bool:
    """True if the most common colour inside ``quad`` is that of the image's rim."""
    inside = np.zeros(small.shape[:2], np.uint8)
    cv2.fillConvexPoly(inside, quad.astype(np.int32), 255)
    inside = cv2.erode(inside, np.ones((9, 9), np.uint8))
    if not inside.any():
        return False
    box = np.median(small[inside > 0].reshape(-1, 3), axis=0).astype(np.float64)
    rim = np.median(small[border_ring(small)].reshape(-1, 3), axis=0).astype(np.float64)
    return float(np.linalg.norm(box - rim)) <= SAME_PAPER


def is_inner_box(small: Image8, quad: Quad) -> bool:
    """True if ``quad`` is a panel printed on a card that fills the image (then take it whole).

    On a tight crop the rest of the card lies outside a printed box: plain paper
    carrying much of the card's text. A card on a desk is the other way round:
    nearly all the text is inside it, and a textured desk (wood, keys) makes
    edges outside that are not text. A plain desk has neither text nor edges.
    Text polarity cannot settle it on a dark desk (key legends read as light
    text), so an outline covering a quarter of the frame or more is the card,
    unless it is a frame on the card's paper: the same paper inside and outside
    it (measured: cards covering 30-35% of generated desk photos differ by 100+).
    A small outline with nearly all the text around it is a badge on the card at
    any angle; a larger one turned away from the image's edges is a card on a desk,
    and so is one with a grained or patterned ground right around it, even one too
    soft to make edges (smooth wood): a printed box sits on blank paper.
    """
    if is_panel_of_scan(small, quad):
        return True
    share = cv2.contourArea(quad) / (small.shape[0] * small.shape[1])
    if share >= LARGE_BOX_MAX or (share >= INNER_BOX_MAX and not _same_paper_inside(small, quad)):
        return False
    if not looks_like_card(small):
        return False
    gray = to_gray(small)
    boxes = glyph_boxes(cv2.bitwise_not(gray) if is_dark(gray) else gray)
    outside = _outside(small, quad)
    outer, counted = _count_outside(boxes, outside, small)
    if share < SMALL_BOX_MAX and outer >= max(5, SMALL_BOX_TEXT_OUTSIDE * counted):
        return True
    if tilt(quad) > INNER_BOX_MAX_TILT or outer < max(5, 0.3 * counted):
        return False
    text = np.zeros(small.shape[:2], np.uint8)
    for left, top, width, height in boxes.round().astype(int):
        text[top : top + height, left : left + width] = 255
    paper = outside & (cv2.dilate(text, np.ones((5, 5), np.uint8)) == 0)
    if not paper.any() or float((_edges(small)[paper] > 0).mean()) >= 0.01:
        return False
    return _plain_surround(small, quad, paper)


def is_panel_of_scan(small: Image8, quad: Quad) -> bool:
    """True if ``quad`` is a band or panel printed across one end of a card that fills the
    image: it runs along three of the image's sides, within a scan's margin
    (``SCAN_MARGIN``), and the rest of the image is the card's paper, with print on it.

    The band's edge with the rest of the card is as sharp as a card's own, and the card's
    outline along the image's edges is none (a scan is taken whole), so the band alone is
    outlined; being of another colour than the card's paper, no test for a box printed on
    the paper takes it for one. Seed 149 scan 250, an orange left half holding the contact
    details, was read without its name and company.
    """
    height, width = small.shape[:2]
    along = along_frame(quad.astype(np.float64), width, height, SCAN_MARGIN * min(width, height))
    if int(along.sum()) != 3 or not looks_like_card(small):
        return False
    gray = to_gray(small)
    boxes = glyph_boxes(cv2.bitwise_not(gray) if is_dark(gray) else gray)
    outer, _ = _count_outside(boxes, _outside(small, quad), small)
    return outer >= PANEL_PRINT


def _plain_surround(small: Image8, quad: Quad, paper: NDArray[np.bool_]) -> bool:
    """True if the paper in a band just around ``quad`` is of one colour, as blank paper is.

    With no paper left in the band (text or the image's rim all round) there is nothing to
    judge, and the earlier tests stand.
    """
    card = np.zeros(small.shape[:2], np.uint8)
    cv2.fillConvexPoly(card, quad.astype(np.int32), 255)
    near, far = (np.ones((2 * side + 1, 2 * side + 1), np.uint8) for side in SURROUND_BAND)
    band = paper & (cv2.dilate(card, far) > 0) & (cv2.dilate(card, near) == 0)
    if not band.any():
        return True
    colours = small[band].reshape(-1, 3).astype(np.float64)
    spread = np.linalg.norm(colours - np.median(colours, axis=0), axis=1)
    return float(np.median(spread)) <= PLAIN_SURROUND


def _outside(small: Image8, quad: Quad) -> NDArray[np.bool_]:
    """What lies clear of ``quad`` and of the image's rim."""
    card = np.zeros(small.shape[:2], np.uint8)
    cv2.fillConvexPoly(card, quad.astype(np.int32), 255)
    off_quad: NDArray[np.bool_] = cv2.dilate(card, np.ones((7, 7), np.uint8)) == 0
    return off_quad & ~border_ring(small)


def _count_outside(
    boxes: NDArray[np.float64], outside: NDArray[np.bool_], small: Image8
) -> tuple[int, int]:
    """Glyphs centred in ``outside``, and all glyphs clear of the rim."""
    centres = boxes[:, :2] + boxes[:, 2:] / 2
    rows, cols = centres[:, 1].astype(int), centres[:, 0].astype(int)
    counted = ~border_ring(small)[rows, cols]
    return int((outside[rows, cols] & counted).sum()), int(counted.sum())
