"""A card the photo's edge cut so that only two of its sides show.

Held close, or half out of the picture, a card may show only the corner between two of
its sides, the frame cutting off the rest. No contour closes around it: its other sides
lie outside the photo, and with the frame drawn in, a card printed with a picture of
several panels closes as each panel apart. Its two sides still show as long straight
edges that meet near square inside the photo and run out to two adjacent edges of the
frame; the card is what lies between them and the frame's corner. The part in view is
cut out as the card: the card's size is not known, so its lost corners cannot be placed,
and what the photo lost cannot be read anyway.
"""

from __future__ import annotations

import itertools

import cv2
import numpy as np
from numpy.typing import NDArray

from cardkeeper.reading.page_card import (
    GROUND_STEP,
    MIN_PIECE,
    PARALLEL_DEGREES,
    Line,
    crossing,
    side_maps,
    straight_lines,
    turn,
)
from cardkeeper.reading.quads import Image8, Quad, order_corners

SQUARE_DEGREES = 60.0
"""Least angle between the two sides: a card's corner seen at a slant (as for any outline)."""
INSIDE = 0.05
"""Share of the photo's short side the corner must lie inside the frame: a corner at the
frame's edge is a card the frame cut across three sides, which this does not find."""
AREA = (0.12, 0.8)
"""Share of the photo the part in view covers: less is too little of a card to read, more
leaves no desk around it to tell it by."""
SIDE_SUPPORT = 0.65
"""Share of each side that must run along an edge (a dark card's side is plain on a light
desk; wood grain crossing it breaks a little of it)."""
SQUARE_TO_FRAME = 1.5
"""Degrees a side must lean off the frame's axes: a scan's bands, boxes and rules are square
to the frame, and their corners look just like a card's; a hand-held photo's card leans."""
ACROSS_SUPPORT = 0.5
"""Share of another line, parallel to a side, that must run along an edge inside the part in
view for it to be a third side, or a card's edge crossing the desk there: then the part in
view is no single card (a strip of desk along a card's side, or a card and the desk)."""
RIM = 12
"""Width (px, small copy) of the strips just inside and outside the part in view whose
colours tell the card from the ground."""
AROUND = 30
"""Width (px, small copy) of the strip beyond the two sides whose print is compared."""
PRINT_RATIO = 1.3
"""How much denser the print inside must be than beyond: a card carries text, a desk's grain
or a cloth's weave makes fewer edges, and a card's print beyond the two sides means the part
in view is what the card lies on."""


def card_in_frame_corner(small: Image8) -> Quad | None:
    """The part in view of a card in ``small`` (BGR) of which the photo shows only two sides,
    meeting inside it, or None.

    Of every two long straight lines crossing near square well inside the frame, each run
    out from the crossing to two adjacent edges of the frame makes a quad with the frame's
    corner between them. Taken, the largest that: covers a card's share of the photo; has
    edges along both its own sides, neither square to the frame; no third side or other
    edge across it; a ground of another colour beyond its sides; and denser print inside
    than beyond.
    """
    maps = side_maps(small)
    height, width = maps.edges.shape[:2]
    lines = straight_lines(maps.edges, maps.smooth, MIN_PIECE * min(width, height))
    margin = INSIDE * min(width, height)
    best: tuple[float, Quad] | None = None
    for one, other in itertools.combinations(lines, 2):
        if turn(one[0], other[0]) < SQUARE_DEGREES or _square_to_frame(one, other):
            continue
        corner = crossing(one, other)
        if not (
            np.isfinite(corner).all()
            and margin <= corner[0] <= width - 1 - margin
            and margin <= corner[1] <= height - 1 - margin
        ):
            continue
        for quad in _corner_quads(corner, one, other, width, height):
            share = float(cv2.contourArea(quad)) / (width * height)
            if not AREA[0] <= share <= AREA[1] or (best is not None and share <= best[0]):
                continue
            sides = [_support(corner, quad[end], maps.support) for end in (1, 3)]
            if (
                min(sides) >= SIDE_SUPPORT
                and not _crossed(quad, lines, (one, other), maps.support)
                and _card_on_ground(quad, small, maps.text)
            ):
                best = (share, quad)
    return None if best is None else order_corners(best[1])


def _square_to_frame(one: Line, other: Line) -> bool:
    """True if either line runs within :data:`SQUARE_TO_FRAME` of the frame's axes."""
    return any(
        min(turn(line[0], 0.0), turn(line[0], np.pi / 2)) < SQUARE_TO_FRAME for line in (one, other)
    )


def _corner_quads(
    corner: NDArray[np.float64], one: Line, other: Line, width: int, height: int
) -> list[Quad]:
    """Quads (corner, where one side leaves the frame, the frame's corner, where the other
    does) for each way the two lines may run out from ``corner`` to adjacent frame edges."""
    quads = []
    for first, second in itertools.product((1.0, -1.0), repeat=2):
        start, edge = _leaves(corner, first * _direction(one), width, height)
        end, other_edge = _leaves(corner, second * _direction(other), width, height)
        frame_corner = _FRAME_CORNERS.get(frozenset((edge, other_edge)))
        if frame_corner is None:
            continue
        at = np.array([frame_corner[0] * (width - 1), frame_corner[1] * (height - 1)])
        quad = np.array([corner, start, at, end], np.float32)
        if cv2.isContourConvex(quad.reshape(-1, 1, 2)):
            quads.append(quad)
    return quads


_FRAME_CORNERS = {
    frozenset((0, 1)): (1, 0),
    frozenset((1, 2)): (1, 1),
    frozenset((2, 3)): (0, 1),
    frozenset((3, 0)): (0, 0),
}
"""The frame's corner (as shares of width and height) between two adjacent edges: 0 top,
1 right, 2 bottom, 3 left."""


def _direction(line: Line) -> NDArray[np.float64]:
    return np.array([np.cos(line[0]), np.sin(line[0])])


def _leaves(
    start: NDArray[np.float64], direction: NDArray[np.float64], width: int, height: int
) -> tuple[NDArray[np.float64], int]:
    """Where the ray from ``start`` along ``direction`` leaves the frame, and by which edge."""
    exits = []
    if direction[1] < -1e-9:
        exits.append((-start[1] / direction[1], 0))
    if direction[0] > 1e-9:
        exits.append(((width - 1 - start[0]) / direction[0], 1))
    if direction[1] > 1e-9:
        exits.append(((height - 1 - start[1]) / direction[1], 2))
    if direction[0] < -1e-9:
        exits.append((-start[0] / direction[0], 3))
    distance, edge = min(exits)
    return start + distance * direction, edge


def _support(start: NDArray[np.floating], end: NDArray[np.floating], support: Image8) -> float:
    """Share of the side from ``start`` to ``end`` on an edge, the side moved up to 2 px."""
    height, width = support.shape[:2]
    length = float(np.linalg.norm(end - start))
    along = (end - start) / max(length, 1e-6)
    normal = np.array([-along[1], along[0]])
    steps = np.linspace(0.03, 0.97, max(2, int(length / 2)))[:, None]
    best = 0.0
    for shift in range(-2, 3):
        points = start + steps * (end - start) + shift * normal
        cols = points[:, 0].round().astype(int).clip(0, width - 1)
        rows = points[:, 1].round().astype(int).clip(0, height - 1)
        best = max(best, float((support[rows, cols] > 0).mean()))
    return best


def _crossed(quad: Quad, lines: list[Line], sides: tuple[Line, Line], support: Image8) -> bool:
    """True if a line parallel to one of ``sides`` runs along an edge well inside ``quad``."""
    height, width = support.shape[:2]
    mask = np.zeros((height, width), np.uint8)
    cv2.fillConvexPoly(mask, quad.astype(np.int32), 255)
    core = cv2.erode(mask, np.ones((2 * RIM - 3, 2 * RIM - 3), np.uint8))
    reach = np.arange(-2 * (width + height), 2 * (width + height), 2)[:, None]
    for line in lines:
        if any(line is side for side in sides):
            continue
        if min(turn(line[0], side[0]) for side in sides) > PARALLEL_DEGREES:
            continue
        normal = np.array([-np.sin(line[0]), np.cos(line[0])])
        points = normal * line[1] + reach * _direction(line)
        cols, rows = points[:, 0].round().astype(int), points[:, 1].round().astype(int)
        seen = (cols >= 0) & (cols < width) & (rows >= 0) & (rows < height)
        cols, rows = cols[seen], rows[seen]
        inside = core[rows, cols] > 0
        if (
            2 * int(inside.sum()) >= MIN_PIECE * min(width, height)
            and float((support[rows[inside], cols[inside]] > 0).mean()) >= ACROSS_SUPPORT
        ):
            return True
    return False


def _card_on_ground(quad: Quad, small: Image8, text: Image8) -> bool:
    """True if the ground just beyond ``quad`` is another colour than just inside, and the
    print inside is :data:`PRINT_RATIO` times as dense as beyond its sides."""
    height, width = small.shape[:2]
    mask = np.zeros((height, width), np.uint8)
    cv2.fillConvexPoly(mask, quad.astype(np.int32), 255)
    inside = mask > 0
    rim = np.ones((2 * RIM + 1, 2 * RIM + 1), np.uint8)
    inner = inside & (cv2.erode(mask, rim) == 0)
    outer = (cv2.dilate(mask, rim) > 0) & ~inside
    step = np.linalg.norm(
        np.median(small[inner].reshape(-1, 3), axis=0)
        - np.median(small[outer].reshape(-1, 3), axis=0)
    )
    if step < GROUND_STEP:
        return False
    around = np.ones((2 * AROUND + 1, 2 * AROUND + 1), np.uint8)
    beyond = (cv2.dilate(mask, around) > 0) & ~inside
    inside_print = float((text[inside] > 0).mean())
    beyond_print = float((text[beyond] > 0).mean())
    return inside_print >= PRINT_RATIO * beyond_print
