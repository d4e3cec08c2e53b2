"""Lines of small print that Tesseract's layout merged into a taller line above or below.

A Japanese card prints the name large in Kanji and its romaji small right under it
('TARO YAMADA' in light grey capitals, 'Hanako Yamada'). The automatic layout takes the two
as one text line as tall as both; the line recogniser then reads the large glyphs and the
small line is lost, whatever its contrast. Such a line is found among the ink as a row of
glyphs much lower than the words read over it, and read again alone (``--psm 7``).
A card whose lines were all read as lines of their own height costs no OCR call.
"""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import NDArray

from cardkeeper.reading.prepare import glyph_boxes
from cardkeeper.reading.words import Box

Image8 = NDArray[np.uint8]

TALLER = 1.8
"""How many times taller than a row of glyphs the words read over it must all be for the row
to count as swallowed. On the two real cards that lost their romaji this way, the Kanji's
words were 2.1 and 2.3 times as tall as the romaji's row; a word's box over print of its own
size takes in no more than its ascenders and descenders."""
MIN_GLYPHS = 5
"""Least glyphs in a swallowed row: a name's letters, not a logo's stroke or two."""
MAX_ROWS = 3
"""At most this many rows are read again (each is one small OCR call)."""
MIN_CONFIDENCE = 0.6
"""Least confidence of a word read again to be kept: the row is read without the card's
layout around it, and a row that is a picture's edge reads as low-confidence noise."""


def swallowed_rows(gray: Image8, boxes: list[Box]) -> list[Box]:
    """Boxes (``gray``'s pixels) of rows of glyphs over which only much taller words were read.

    ``boxes`` are the words read, in ``gray``'s pixels. Glyphs are joined into rows by
    closing the gaps between letters and words along the line only, so a line stays apart
    from the taller line just above it. A row over which no word was read counts when the
    words just beside it (within its height above or below) are all much taller: the
    recogniser boxed only the taller glyphs of the merged line.
    """
    glyphs = glyph_boxes(gray)
    if len(glyphs) < MIN_GLYPHS:
        return []
    height = float(np.median(glyphs[:, 3]))
    # Each glyph's middle third only: the rows of a card that leans a little keep apart.
    cores = np.zeros(gray.shape[:2], np.uint8)
    for left, top, width, tall in glyphs.astype(int):
        cores[top + tall // 3 : top + max(tall // 3 + 1, 2 * tall // 3), left : left + width] = 1
    joined = cv2.dilate(cores, np.ones((1, max(3, int(2 * height))), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=4)
    centres_x = glyphs[:, 0] + glyphs[:, 2] / 2
    centres_y = glyphs[:, 1] + glyphs[:, 3] / 2
    rows = []
    for label in range(1, count):
        left, top, width, tall, _ = (int(v) for v in stats[label])
        inside = (
            (centres_x >= left)
            & (centres_x < left + width)
            & (centres_y >= top)
            & (centres_y < top + tall)
        )
        members = glyphs[inside].astype(int)
        if len(members) < MIN_GLYPHS:
            continue
        left, top = int(members[:, 0].min()), int(members[:, 1].min())
        width = int((members[:, 0] + members[:, 2]).max()) - left
        tall = int((members[:, 1] + members[:, 3]).max()) - top
        if width < 3 * tall:
            continue
        row = Box(left, top, width, tall)
        # The words read over the row are the taller line's; or, when the recogniser gave
        # the taller glyphs boxes of their own, none lies over the row and the taller
        # line's lie just beside it.
        over = [box for box in boxes if _covers(box, row)] or [
            box for box in boxes if _beside(box, row)
        ]
        if over and all(box.height >= TALLER * tall for box in over):
            rows.append(row)
    return sorted(rows, key=lambda box: box.width, reverse=True)[:MAX_ROWS]


def _beside(box: Box, row: Box) -> bool:
    """True if ``box`` overlaps ``row`` along it and lies within the row's height above or
    below it: where the line it was merged into lies."""
    along = min(box.right, row.right) - max(box.left, row.left)
    return along > 0 and box.bottom >= row.top - row.height and box.top <= row.bottom + row.height


def _covers(box: Box, row: Box) -> bool:
    """True if ``box`` overlaps ``row`` along it and across half its height or more."""
    across = min(box.bottom, row.bottom) - max(box.top, row.top)
    along = min(box.right, row.right) - max(box.left, row.left)
    return along > 0 and across >= 0.5 * row.height
