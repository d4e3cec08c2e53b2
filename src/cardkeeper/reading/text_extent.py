"""The card found by its print when no outline is: the turned rectangle its text fills.

A white card under a glare spot on a light desk, or on white paper, shows no edge where
the glare or the paper meets it, so no outline closes around it, and the photo is taken
whole. Tesseract then reads a card turned 30° on a desk as little or nothing: the desk's
texture, the glare and the lean spoil its layout. The print itself still says where the
card lies and how it is turned: its glyphs stand in rows close together, in a block few
other things on a desk make. The smallest turned rectangle around that block, with a
margin, is cut out upright and read as the card.
"""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import NDArray

from cardkeeper.reading.prepare import glyph_boxes, text_binary
from cardkeeper.reading.quads import Image8, Quad, lost_corners, order_corners, to_gray
from cardkeeper.reading.skew import probe_skew

MIN_GLYPHS = 20
"""Fewest glyphs of the block: a card's name and one contact line have more."""
GLYPH_RANGE = (0.4, 4.0)
"""Sizes, as shares of the median glyph's, kept as the card's print (specks and logos
are neither)."""
JOIN = 2.0
"""Glyphs closer than this many median glyph sizes are one group (a word, a line)."""
MIN_GROUP = 3
"""Fewest glyphs of a group that is print."""
MARGIN = 2.0
"""Letter heights added around the print, so no letter is cut; a card keeps its print at
least that far from its edge, so what else lies there is blank paper or desk."""
MIN_TILT = 10.0
"""Degrees from which the print is cut out straightened. Less, the whole photo reads as
well (the reader straightens lines leaning a few degrees itself), and a scan, or a card
seen in perspective whose lines lean a little, stays whole. Of 180 generated hard photos
(seeds 136, 137), six had no outline and a turned block: the five leaning 16-39° read as
well or better cut out (wrong key fields 9 -> 3), the one leaning 8.5° read worse."""
MAX_COVER = 0.6
"""Largest share of the frame the block covers: more is a scan or a tight crop."""


def text_block(small: Image8) -> Quad | None:
    """The turned rectangle around the block of print in ``small`` (BGR), with a margin, or
    None when the print forms no clear, turned block well inside the frame."""
    gray = to_gray(small)
    # Either polarity: a glare spot on a white card makes the photo look dark to a count of
    # light and dark pixels, so the ink says which way it runs, by the print it forms.
    found = [
        (block, ground)
        for ground in (gray, 255 - gray)
        if (block := _block(glyph_boxes(ground), gray.shape[:2])) is not None
    ]
    if not found:
        return None
    (chosen, letters), ground = max(found, key=lambda item: len(item[0][0]))
    boxes = np.zeros(gray.shape[:2], np.uint8)
    for left, top, box_width, box_height in chosen.round().astype(int):
        boxes[top : top + box_height, left : left + box_width] = 255
    # The lines' own lean, from their ink, not the print's smallest rectangle: a block of a
    # few short lines is as small turned by some other angle.
    lean = probe_skew(cv2.bitwise_and(text_binary(ground), boxes))
    if abs(lean) < MIN_TILT:
        return None
    quad = _turned_box(chosen, lean, MARGIN * letters)
    height, width = gray.shape[:2]
    # A card found by its print lies in the photo with its margin: print running out of the
    # frame is a pattern on the desk (rows of keys) or a page, not a card.
    outside = lost_corners(quad, width, height).any()
    if outside or cv2.contourArea(quad) > MAX_COVER * width * height:
        return None
    return quad


def _turned_box(boxes: NDArray[np.float64], lean: float, margin: float) -> Quad:
    """The smallest rectangle turned ``lean`` degrees counter-clockwise that holds ``boxes``
    with ``margin`` px to spare all round."""
    ends = boxes[:, :2] + boxes[:, 2:]
    points = np.concatenate(
        [
            boxes[:, :2],
            ends,
            np.stack([ends[:, 0], boxes[:, 1]], axis=1),
            np.stack([boxes[:, 0], ends[:, 1]], axis=1),
        ]
    )
    theta = np.radians(lean)
    # Image rows run down, so a counter-clockwise lean turns (x, y) by -theta on screen.
    along = np.array([np.cos(theta), -np.sin(theta)])
    across = np.array([np.sin(theta), np.cos(theta)])
    u, v = points @ along, points @ across
    low_u, high_u = u.min() - margin, u.max() + margin
    low_v, high_v = v.min() - margin, v.max() + margin
    corners = [
        low_u * along + low_v * across,
        high_u * along + low_v * across,
        high_u * along + high_v * across,
        low_u * along + high_v * across,
    ]
    return order_corners(np.array(corners, np.float32))


def _block(
    boxes: NDArray[np.float64], shape: tuple[int, ...]
) -> tuple[NDArray[np.float64], float] | None:
    """The glyph boxes of the print, and the median height of its letters; None if too few.

    Print is glyphs standing in groups (a word, a line): a lone blob is a speck, a knot in
    the desk's grain or a screw head, and left out.
    """
    if len(boxes) < MIN_GLYPHS:
        return None
    sizes = np.maximum(boxes[:, 2], boxes[:, 3])
    median = float(np.median(sizes))
    boxes = boxes[(sizes >= GLYPH_RANGE[0] * median) & (sizes <= GLYPH_RANGE[1] * median)]
    height, width = shape[:2]
    mask = np.zeros((height, width), np.uint8)
    for left, top, box_width, box_height in boxes.round().astype(int):
        mask[top : top + box_height, left : left + box_width] = 255
    reach = max(3, round(JOIN * median)) | 1
    joined = cv2.dilate(mask, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (reach, reach)))
    count, labels = cv2.connectedComponents(joined, connectivity=8)
    centres = (boxes[:, :2] + boxes[:, 2:] / 2).astype(int)
    owner = labels[centres[:, 1].clip(0, height - 1), centres[:, 0].clip(0, width - 1)]
    grouped = np.bincount(owner, minlength=count)[owner] >= MIN_GROUP
    if np.count_nonzero(grouped) < MIN_GLYPHS:
        return None
    # A blurred word is one blob, as long as the word: its short side is the letters' height.
    return boxes[grouped], float(np.median(np.minimum(boxes[grouped, 2], boxes[grouped, 3])))
