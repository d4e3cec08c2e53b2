"""Outlined (hollow) letters turned into solid ones: a wordmark printed as outlines only.

A company's name is often set in outlined capitals: a thin ring of ink around each
letter, paper (or the band, once inverted) inside. Tesseract's models know filled
strokes; it reads such a word as noise or drops it. Inside each ring lies the letter
itself, so the letter is drawn back by inking what the ring encloses (its *body*) and
clearing the ring: the glyph at its own weight, its counters (the hole of an O, an A)
left open. Filling the body and keeping the ring gives letters far bolder than any font,
which Tesseract's layout drops as a picture.

A body is told from a counter of solid text by its shape: a counter is round or squat
(an O, an e, the top of an A), no thinner than about half its length, while a body is a
stroke, or several, as thin as the font's (a fifth of the letter's length), and wider
than the ring around it. Letters are a row: at least ``ROW_LETTERS`` such bodies of
about one height side by side, where nearly every shape of ink at that level encloses one
(``HOLLOW_SHARE``), so a stray enclosed sliver of solid text never counts; and the bodies
fill most of what their rings enclose (``BODY_SHARE``). Each reading pays one contour search
of its prepared image (10-100 ms); only cards with such a row are changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import cv2
import numpy as np
from cv2.typing import MatLike
from numpy.typing import NDArray

from cardkeeper.reading.prepare import text_binary

STROKE_SHARE = 0.35
"""Greatest breadth of a body (twice its deepest point's distance to the ring) as a share
of its length. The outlined capitals of seed 134's ``ATELIER LUMIÈRE`` measure 0.20-0.31,
the counters inside them (an A's, an R's) 0.38-0.52; a round counter is near 1."""
MIN_LENGTH = 8
"""Least length (px) of a body: letters at the prepared card's text height, not specks."""
MOST_COUNTERS = 2
"""Most inner rings one body holds: a B has two counters; a ring around a word holds more."""
ROW_LETTERS = 3
"""Least number of bodies in one row for them to be a word's letters."""
ROW_HEIGHTS = 1.6
"""Greatest ratio of heights of two bodies in one row (capitals, an I beside an M)."""
RING_FIT = 0.6
"""Least height of a body as a share of the ring's around it: a ring hugs its letter, where
a solid letter's counter takes a part of it (the eye of an e, the bowl of a P)."""
BODY_SHARE = 0.43
"""Least share of what the rings enclose that the bodies found in them fill: a ring hugs its
letter. On the outlined wordmarks of seed 134 (eight cards of five kinds, as cut out) 0.46-0.57,
but one of them read sideways in the pipeline 0.34, and it is left as it is. Light print with
a dark halo on some real photos passes for outlines in places, where the rings run together
over letters that are no bodies (0.39 on the card where filling some of a row's digits and
not others made its number unreadable and a title of noise); a monogram of two light
letters in a dark square gives 0.42."""
HOLLOW_SHARE = 0.8
"""Least share of a row's shapes of ink that enclose a body (``_hollow_row``)."""


def solid_letters(gray: NDArray[np.uint8]) -> NDArray[np.uint8]:
    """``gray`` (dark text on light) with each row of outlined letters drawn solid.

    Returns ``gray`` itself when it holds none (the common case: one contour search).
    """
    ink = (text_binary(gray) > 0).astype(np.uint8)
    contours, hierarchy = cv2.findContours(ink, cv2.RETR_TREE, cv2.CHAIN_APPROX_SIMPLE)
    if hierarchy is None:
        return gray
    links = hierarchy[0]
    distance = cv2.distanceTransform(ink, cv2.DIST_L2, 3)
    bodies = [
        body
        for index in range(len(contours))
        if _depth(links, index) % 2 == 1
        and (body := _body(index, contours, links, ink, distance)) is not None
    ]
    holes = {body.hole for body in bodies}
    shapes = [
        _rect(contour)
        if _depth(links, index) % 2 == 0 and links[index][3] not in holes
        else (0, 0, 0, 0)
        for index, contour in enumerate(contours)
    ]
    # A card not yet turned upright may lie sideways: its rows run down the page.
    letters = [body for body in bodies if _hollow_row(body, bodies, shapes, 0)] or [
        body for body in bodies if _hollow_row(body, bodies, shapes, 1)
    ]
    if not letters:
        return gray
    rings = {body.ring for body in letters}
    outline = np.zeros(gray.shape[:2], np.uint8)
    cv2.drawContours(outline, [contours[ring] for ring in rings], -1, 1, cv2.FILLED)
    filled = sum(int(np.count_nonzero(body.region)) for body in letters)
    if filled < BODY_SHARE * np.count_nonzero(outline):
        return gray
    # The ring's blurred rim reaches a pixel or two past what was taken for ink.
    rim = cv2.dilate(outline, np.ones((5, 5), np.uint8)) > 0
    out = np.array(gray, dtype=np.uint8)
    out[rim] = int(np.median(gray))
    out[_letters(contours, links, rings, gray.shape[:2])] = int(np.percentile(gray[ink > 0], 1))
    return out


Rect = tuple[int, int, int, int]
"""Left, top, width, height."""


class Body(NamedTuple):
    """What a hollow letter's ring encloses."""

    box: Rect
    region: NDArray[np.bool_]
    """True inside the letter (its counters left out), over ``box``."""
    hole: int
    """The index of the body's contour (a hole in the ink)."""
    ring: int
    """The index of the contour of the ink around it."""
    ring_box: Rect


def _letters(
    contours: Sequence[MatLike],
    links: NDArray[np.int32],
    rings: set[int],
    shape: tuple[int, ...],
) -> NDArray[np.bool_]:
    """Where the letters the ``rings`` outline lie: every hole in a ring (a letter's body, or
    a piece of one a touching serif cut off, or an accent's) less the counters inside."""
    inside = np.zeros(shape, np.uint8)
    for ring in rings:
        for hole in _children(links, ring):
            cv2.drawContours(inside, contours, hole, 1, cv2.FILLED)
            for counter in (c for inner in _children(links, hole) for c in _children(links, inner)):
                cv2.drawContours(inside, contours, counter, 0, cv2.FILLED)
    letters: NDArray[np.bool_] = inside > 0
    return letters


def _depth(links: NDArray[np.int32], index: int) -> int:
    depth, parent = 0, links[index][3]
    while parent >= 0:
        depth, parent = depth + 1, links[parent][3]
    return depth


def _body(
    index: int,
    contours: Sequence[MatLike],
    links: NDArray[np.int32],
    ink: NDArray[np.uint8],
    distance: MatLike,
) -> Body | None:
    """The region a hole in the ink encloses, if it is a hollow letter's body."""
    left, top, width, height = cv2.boundingRect(contours[index])
    if max(width, height) < MIN_LENGTH:
        return None
    rings = _children(links, index)
    if len(rings) > MOST_COUNTERS:
        return None
    box = (slice(top, top + height), slice(left, left + width))
    region = np.zeros((height, width), np.uint8)
    cv2.drawContours(region, [contours[index]], -1, 1, cv2.FILLED, offset=(-left, -top))
    for ring in rings:
        for counter in _children(links, ring):
            cv2.drawContours(region, [contours[counter]], -1, 0, cv2.FILLED, offset=(-left, -top))
    hole = (region > 0) & (ink[box] == 0)
    padded = np.pad(hole.astype(np.uint8), 1)
    breadth = 2 * float(cv2.distanceTransform(padded, cv2.DIST_L2, 3).max())
    if breadth >= STROKE_SHARE * max(width, height):
        return None
    edge = (cv2.dilate(hole.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0) & (ink[box] > 0)
    if not edge.any():
        return None
    if 2 * float(np.percentile(distance[box][edge], 90)) > breadth:
        return None
    ring = int(links[index][3])
    return Body(
        (left, top, width, height),
        region > 0,
        index,
        ring,
        _rect(contours[ring]),
    )


def _rect(contour: MatLike) -> Rect:
    left, top, width, height = cv2.boundingRect(contour)
    return left, top, width, height


def _children(links: NDArray[np.int32], index: int) -> list[int]:
    found, child = [], int(links[index][2])
    while child >= 0:
        found.append(child)
        child = int(links[child][0])
    return found


def _hollow_row(body: Body, bodies: list[Body], shapes: list[Rect], axis: int) -> bool:
    """True if ``body`` and at least ``ROW_LETTERS`` - 1 others of about its height overlap
    half in height (a row of letters), and ``HOLLOW_SHARE`` of the shapes of ink (``shapes``,
    each contour's box) of their height at that level, across the whole card, enclose one of
    them: every outlined letter has a body, where a row of solid text holds letters with no
    counter (a 1, an r), and so does solid text beside a wordmark on the same level.

    ``axis`` 0 takes rows across the image, 1 rows down it (x and y swapped)."""
    row = [other for other in bodies if _fits(other, axis) and _level(body.box, other.box, axis)]
    if not _fits(body, axis) or len(row) < ROW_LETTERS:
        return False
    top = min(other.box[1 - axis] for other in row)
    bottom = max(other.box[1 - axis] + other.box[3 - axis] for other in row)
    rings = {other.ring for other in row}
    letters = [
        index
        for index, shape in enumerate(shapes)
        if shape[3]
        and top <= shape[1 - axis] + shape[3 - axis] / 2 <= bottom
        and _level(body.ring_box, shape, axis)
    ]
    return sum(index in rings for index in letters) >= HOLLOW_SHARE * len(letters)


def _fits(body: Body, axis: int) -> bool:
    """True if ``body`` is about as high as its ring (``RING_FIT``; as wide, for ``axis`` 1)."""
    return body.box[3 - axis] >= RING_FIT * body.ring_box[3 - axis]


def _level(one: Rect, other: Rect, axis: int) -> bool:
    """True if two shapes overlap half in height and are of about one height (``ROW_HEIGHTS``);
    their widths for ``axis`` 1."""
    top, height = one[1 - axis], one[3 - axis]
    other_top, other_height = other[1 - axis], other[3 - axis]
    overlap = min(top + height, other_top + other_height) - max(top, other_top)
    low, high = sorted((height, other_height))
    return overlap >= 0.5 * low and high <= ROW_HEIGHTS * low
