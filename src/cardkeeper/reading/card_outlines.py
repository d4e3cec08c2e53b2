"""Candidate card outlines: a contour's quad, and how much it looks like a card.

The hull of a contour is what counts, so an outline with a gap (a corner
lost in glare) still yields the card. A card cut by the photo's edge shows as
a five- or six-sided hull, two or three of whose sides are the frame's; its
four own sides still meet, and the two cut ones are extended to find the
corner the photo lost.
"""

from __future__ import annotations

import cv2
import numpy as np
from cv2.typing import MatLike
from numpy.typing import NDArray

from cardkeeper.reading.quads import (
    CARD_ASPECTS,
    Image8,
    Quad,
    along_frame,
    corner_cosines,
    fit_quad,
    frame_sides,
    on_border,
    order_corners,
    perimeter_support,
)
from cardkeeper.reading.scan_check import CLOSE_UP_COVER

MIN_AREA = 0.04
"""A card smaller than this share of the photo has too few pixels to read anyway."""
SHEET_MIN_AREA = 0.015
"""Least share of the photo a card on a sheet of several covers: ten cards photographed
together cover 3-5% each, and 1.5% of a 12 MP photo is still a card 500 px wide."""
SQUARE_COSINE = 0.5
"""Corners within 60-120° pass as a card seen from above or at a slant."""
MAX_CORNER_COSINE = 0.7
"""Corners down to 45° are a card's only if a camera could see a rectangle so: phone photos
taken from the side show cards with corners of 50-55° (5 of 30 real photos), but a skewed
outline in a flat image is a block of text or a drawing."""
FOCAL_RANGE = (0.5, 2.0)
"""Focal lengths (in long sides of the photo) of the cameras that take such photos: phones
and compact cameras are 0.7-1.2; the real slanted cards measured 0.75-1.05."""
LONG_ASPECT = 2.2
"""An outline longer than this is a card seen from beside its long side only if it is large
and away from the frame's edges: a wide logo is as long but small, and the panel above a
digital card's footer band runs along three edges of the image."""
LONG_MIN_AREA = 0.1
"""Share of the photo such a card covers at least (real photos: 0.16-0.35; logos: 0.05)."""
FRAME_HUG = 0.02
"""Share of the frame's short side within which a side runs along the frame's edge."""
MAX_FORESHORTENING = 1.6
"""Longest/shortest ratio of two opposite sides: more than a hand-held photo has."""
MAX_LOST = 0.5
"""How far outside the frame a lost corner may lie, as a share of the card's short side:
more than that and too little of the card is in the photo to read."""
MIN_SUPPORT = 0.6
"""Share of a quad's sides (the part in the photo) that must run along edges."""
PANEL_MIN_AREA = 0.015
"""Share of the photo a panel of a card (a coloured band across it, the white part beside
it) covers at least: a third of a card covering 5% of the photo."""


def score_outline(
    contour: MatLike,
    support: Image8,
    *,
    cut: bool = False,
    strict: bool = False,
    min_area: float = MIN_AREA,
) -> tuple[float, Quad] | None:
    """How card-like a contour is (higher is better), with its quad; None if not at all.

    ``support`` (an edge map) checks that edges really run along most of the
    quad's sides. With ``cut``, a card cut by the photo's edge is taken too,
    its lost corner outside the frame. ``strict`` takes only outlines of about a card's
    shape with corners of 60-120°: where the edge map is noisy (contrast raised to find a
    dark card on a dark desk), slanted or long outlines are most often made of noise.
    ``min_area`` is the least share of the photo the outline covers.
    """
    height, width = support.shape[:2]
    frame = width * height
    if not covers(contour, min_area, width, height):
        return None
    hull = cv2.convexHull(contour)
    hull_area = cv2.contourArea(hull)
    quad = _cut_card(hull, width, height) if cut else None
    if quad is None:
        quad = fit_quad(hull)
        if quad is None or on_border(quad, width, height):
            return None
        if cut and hull_area < CLOSE_UP_COVER * frame and frame_sides(quad, width, height).any():
            return None  # a side drawn from the frame across the card: a corner is cut off
    score = score_quad(quad, support, min(cv2.contourArea(quad), hull_area), strict=strict)
    return None if score is None else (score, quad)


def covers(contour: MatLike, share: float, width: int, height: int) -> bool:
    """True if ``contour``'s box and hull each cover at least ``share`` of the photo."""
    _, _, box_width, box_height = cv2.boundingRect(contour)
    if box_width * box_height < share * width * height:
        return False  # the hull is inside the box: most contours (specks, text) end here, cheaply
    return bool(cv2.contourArea(cv2.convexHull(contour)) >= share * width * height)


def panel_quad(contour: MatLike, width: int, height: int) -> Quad | None:
    """The quad of a contour that may be one panel of a card split by a printed band, or None.

    A band printed across a card (an orange third beside a white two thirds) has an edge
    with the rest of the card as strong as the card's own, so maps often outline each panel
    but not the card: a panel need not have a card's shape, only four near-square corners.
    """
    _, _, box_width, box_height = cv2.boundingRect(contour)
    if box_width * box_height < PANEL_MIN_AREA * width * height:
        return None
    hull = cv2.convexHull(contour)
    if cv2.contourArea(hull) < PANEL_MIN_AREA * width * height:
        return None
    quad = fit_quad(hull)
    if quad is None or on_border(quad, width, height):
        return None
    return quad if corner_cosines(quad).max() <= MAX_CORNER_COSINE else None


def score_quad(quad: Quad, support: Image8, area: float, *, strict: bool = False) -> float | None:
    """How card-like ``quad`` is, of which ``area`` px shows in the photo; None if not at all."""
    height, width = support.shape[:2]
    frame = width * height
    if area > 0.98 * frame:
        return None
    sides = np.linalg.norm(quad - np.roll(quad, -1, axis=0), axis=1)
    long_side = (sides[0] + sides[2]) / 2
    short_side = (sides[1] + sides[3]) / 2
    aspect = max(long_side, short_side) / max(1.0, min(long_side, short_side))
    if not CARD_ASPECTS[0] <= aspect <= CARD_ASPECTS[1]:
        return None
    if aspect > LONG_ASPECT and (
        strict
        or area < LONG_MIN_AREA * frame
        or frame_sides(quad, width, height, FRAME_HUG * min(width, height)).any()
    ):
        return None
    if max(sides[0], sides[2]) > MAX_FORESHORTENING * min(sides[0], sides[2]):
        return None
    if max(sides[1], sides[3]) > MAX_FORESHORTENING * min(sides[1], sides[3]):
        return None
    cosines = corner_cosines(quad)
    if cosines.max() > SQUARE_COSINE and (
        strict or cosines.max() > MAX_CORNER_COSINE or not _seen_in_perspective(quad, width, height)
    ):
        return None
    on_edges = perimeter_support(quad, support)
    if on_edges < MIN_SUPPORT:
        return None
    aspect_fit = float(np.exp(-(((aspect - 1.7) / 0.35) ** 2)))
    shape = (1 - cosines.mean()) * (0.5 + 0.5 * aspect_fit)
    return float((area / frame) ** 0.5 * on_edges * shape)


def _cut_card(hull: MatLike, width: int, height: int) -> Quad | None:
    """The quad of a card one or two corners of which the photo's edge cut off, or None.

    The hull's sides along the frame are dropped; the four left are the card's, and where
    two of them do not run on from one to the next, both extended meet at a corner the
    photo lost, just outside the frame. A side across a corner of the frame is taken as
    none of the card's first (the hull's chord where the card's outline ran out of the
    photo), else as the card's own: a card turned across the frame's corner shows a side
    from the top edge to the right one, and has lost the corners at both its ends.
    """
    perimeter = cv2.arcLength(hull, True)
    for tolerance in (0.01, 0.02, 0.035):
        approx = cv2.approxPolyDP(hull, tolerance * perimeter, True).reshape(-1, 2)
        if not 5 <= len(approx) <= 8:
            continue
        points = approx.astype(np.float64)
        for framed in (frame_sides(points, width, height), along_frame(points, width, height)):
            quad = _own_sides_quad(points, framed, width, height)
            if quad is not None:
                return quad
    return None


def _own_sides_quad(
    points: NDArray[np.float64], framed: NDArray[np.bool_], width: int, height: int
) -> Quad | None:
    """The quad whose sides are the four sides of ``points`` not ``framed``, or None.

    Consecutive own sides share their corner; with frame sides between them, their corner
    is where they meet extended, and it must lie just outside the frame. ``points`` has
    more than four sides (:func:`_cut_card`), so at least one corner is lost.
    """
    own = [int(i) for i in np.nonzero(~framed)[0]]
    if len(own) != 4:
        return None
    count = len(points)
    corners, lost = [], []
    for before, after in zip(own, own[1:] + own[:1], strict=True):
        gap = (before + 1) % count != after
        corner = _meet(points, before, after) if gap else points[after]
        if corner is None:
            return None
        corners.append(corner)
        lost.append(gap)
    quad = np.array(corners)
    for index, side in enumerate(own):
        # The side between two lost corners shows only across a corner of the frame; one
        # from edge to opposite edge would make a card the frame cuts twice: a stripe.
        if (
            lost[index - 1]
            and lost[index]
            and not _across_frame_corner(points, side, width, height)
        ):
            return None
    if not all(
        _lost_corner_plausible(quad, c, width, height)
        for c, x in zip(corners, lost, strict=True)
        if x
    ):
        return None
    return order_corners(quad.astype(np.float32))


def _across_frame_corner(points: NDArray[np.float64], side: int, width: int, height: int) -> bool:
    """True unless side ``side`` runs from one edge of the frame to the opposite one."""
    margin = 2.0
    (x0, y0), (x1, y1) = points[side], points[(side + 1) % len(points)]
    left, right = sorted((x0, x1))
    top, bottom = sorted((y0, y1))
    across = left < margin and right > width - 1 - margin
    down = top < margin and bottom > height - 1 - margin
    return not (across or down)


def _meet(points: NDArray[np.float64], before: int, after: int) -> NDArray[np.float64] | None:
    """Where side ``before`` (point i to i + 1), extended forward, meets side ``after``."""
    count = len(points)
    p, r = points[before], points[(before + 1) % count] - points[before]
    q, s = points[after], points[(after + 1) % count] - points[after]
    cross = r[0] * s[1] - r[1] * s[0]
    if abs(cross) < 1e-6:
        return None
    t = ((q[0] - p[0]) * s[1] - (q[1] - p[1]) * s[0]) / cross
    u = ((q[0] - p[0]) * r[1] - (q[1] - p[1]) * r[0]) / cross
    if t < 1 or u > 0:
        return None  # the sides would have to turn back to meet
    return np.asarray(p + t * r, dtype=np.float64)


def _lost_corner_plausible(
    quad: NDArray[np.float64], lost: NDArray[np.float64], width: int, height: int
) -> bool:
    """The lost corner lies outside the frame, but not so far that little of the card shows."""
    outside = max(-lost[0], -lost[1], lost[0] - (width - 1), lost[1] - (height - 1))
    sides = np.linalg.norm(quad - np.roll(quad, -1, axis=0), axis=1)
    return bool(-2 <= outside <= MAX_LOST * float(sides.min()))


def _seen_in_perspective(quad: Quad, width: int, height: int) -> bool:
    """True if a camera with a usual lens could see a rectangle as ``quad``.

    The vanishing points of the two pairs of opposite sides, taken from the
    photo's centre, are at right angles seen from the lens: v1 . v2 = -f². A
    skewed outline that no rectangle makes gives no focal length, or one no
    camera has.
    """
    side = max(width, height)
    centred = (quad.astype(np.float64) - (width / 2, height / 2)) / side
    points = np.hstack([centred, np.ones((4, 1))])
    lines = [np.cross(points[i], points[(i + 1) % 4]) for i in range(4)]
    first, second = np.cross(lines[0], lines[2]), np.cross(lines[1], lines[3])
    depth = first[2] * second[2]
    if abs(depth) < 1e-12:
        return False
    focal_squared = -(first[0] * second[0] + first[1] * second[1]) / depth
    return bool(FOCAL_RANGE[0] ** 2 <= focal_squared <= FOCAL_RANGE[1] ** 2)
