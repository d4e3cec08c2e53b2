"""The whole card around a frame printed on it.

Many cards have a thin frame or box printed a few millimetres inside their
edge. Its lines are dark on light paper, so they make a sharper outline than
the card's own edge on white paper or a printed page, whose text runs up to
the edge and joins it in every edge map. When each side of the chosen outline
has, a little further out and past a plain margin, a straight edge running
along it, and that margin is the same paper as just inside the outline, the
outline was printed on the card and those edges are the card's.
"""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import NDArray

from cardkeeper.reading.quads import Image8, Quad, across_side

REACH = 0.12
"""How far out (share of the outline's short side) the card's edge is looked for: printed
frames sit 2-6 mm inside a card 50-55 mm high."""
PLAIN_STEP = 10.0
"""Colour step (over 2 px, small copy) below which most of a margin's rows must stay."""
EDGE_STEP = 12.0
"""Typical colour step along a side from which it is an edge: white card on white paper
shows 15-40 on the small copy."""
SAME_PAPER = 20.0
"""Largest colour distance between the margin and the paper just inside the frame."""
OTHER_SIDE = 8.0
"""Smallest colour distance between the margin and what lies past the edge found."""


def whole_card(small: Image8, quad: Quad) -> Quad:
    """The card's outline around ``quad`` if ``quad`` is a frame printed on it, else ``quad``."""
    sides = np.linalg.norm(quad - np.roll(quad, -1, axis=0), axis=1)
    reach = max(6, round(REACH * float(sides.min())))
    shifts = []
    for index in range(4):
        shift = _edge_beyond(small, quad[index], quad[(index + 1) % 4], reach)
        if shift is None:
            return quad
        shifts.append(shift)
    grown = _moved_out(quad, shifts)
    if grown is None or not _same_paper(small, grown, quad, reach // 3 + 3):
        return quad
    return grown


def _edge_beyond(
    small: Image8, start: NDArray[np.float32], end: NDArray[np.float32], reach: int
) -> float | None:
    """How far past the side from ``start`` to ``end`` a straight edge runs along it, beyond a
    plain margin; None if text, texture or nothing lies there."""
    direction = (end - start).astype(np.float64)
    length = float(np.linalg.norm(direction))
    if length < 20:
        return None
    direction /= length
    outward = np.array([direction[1], -direction[0]])  # corners run clockwise
    offsets = np.arange(0, reach + 1, dtype=np.float64)
    samples = max(8, min(60, int(length / 4)))
    profile, _ = across_side(small, start, end, normal=outward, offsets=offsets, samples=samples)
    profile = np.asarray(cv2.GaussianBlur(profile, (1, 5), 0), dtype=np.float32)
    step = np.linalg.norm(profile[:, 2:] - profile[:, :-2], axis=2)  # step i: offset i + 1
    busy = np.percentile(step, 80, axis=0) >= PLAIN_STEP
    line = np.nonzero(busy)[0]
    if len(line) == 0 or line[0] > reach // 4 + 2:
        return None  # no line of the frame along the side
    plain = np.nonzero(~busy[line[0] :])[0]
    if len(plain) == 0:
        return None
    first = int(line[0] + plain[0])  # the margin starts past the frame's line
    found: float | None = None
    column = first + 2
    last = int(step.shape[1]) - 3
    while column < last:
        if not busy[column]:
            column += 1
            continue
        # An edge runs along the side, so it is strong in most rows at the same offset (a
        # shadow softens it over a few px); text is strong here and there.
        typical = np.median(step[:, column : column + 4], axis=0)
        if float(typical.max()) < EDGE_STEP:
            break  # text or texture: in the margin, or past the card's edge
        peak = column + int(np.argmax(typical))
        inside = profile[:, first + 1 : column].reshape(-1, 3).mean(axis=0)
        beyond = profile[:, peak + 3 :].reshape(-1, 3).mean(axis=0)
        if float(np.linalg.norm(beyond - inside)) < OTHER_SIDE:
            break
        found = float(offsets[peak + 1])
        # A band printed along the card's edge (a coloured bar) may lie beyond: its far edge
        # is then the card's, if it comes soon after a plain run.
        while column < last and busy[column]:
            column += 1
        first = column
        limit = column + max(3, reach // 2)
        while column < last and not busy[column]:
            column += 1
        if column - first < 2 or column >= last or column >= limit:
            break
    return found


def _moved_out(quad: Quad, shifts: list[float]) -> Quad | None:
    """``quad`` with each side moved outwards by its shift, corners where the new sides meet."""
    lines = []
    for index in range(4):
        start, end = quad[index].astype(np.float64), quad[(index + 1) % 4].astype(np.float64)
        direction = (end - start) / max(1e-6, float(np.linalg.norm(end - start)))
        lines.append((start + shifts[index] * np.array([direction[1], -direction[0]]), direction))
    corners = []
    for index in range(4):
        (p, r), (q, s) = lines[index - 1], lines[index]
        cross = r[0] * s[1] - r[1] * s[0]
        if abs(cross) < 1e-6:
            return None
        t = ((q[0] - p[0]) * s[1] - (q[1] - p[1]) * s[0]) / cross
        corners.append(p + t * r)
    return np.array(corners, np.float32)


def _same_paper(small: Image8, grown: Quad, quad: Quad, depth: int) -> bool:
    """True if the margin between the two outlines is the paper inside ``quad``, ``depth`` px
    in (past the frame's line, which the outline may run on either side of)."""
    inner = np.zeros(small.shape[:2], np.uint8)
    cv2.fillConvexPoly(inner, quad.astype(np.int32), 255)
    margin = np.zeros_like(inner)
    cv2.fillConvexPoly(margin, grown.astype(np.int32), 255)
    margin[cv2.dilate(inner, np.ones((5, 5), np.uint8)) > 0] = 0
    margin = cv2.erode(margin, np.ones((3, 3), np.uint8))
    near = cv2.erode(inner, np.ones((2 * depth + 1, 2 * depth + 1), np.uint8))
    rim = near - cv2.erode(inner, np.ones((2 * depth + 7, 2 * depth + 7), np.uint8))
    if not margin.any() or not rim.any():
        return False
    paper = np.median(small[margin > 0].reshape(-1, 3), axis=0)
    inside = np.median(small[rim > 0].reshape(-1, 3), axis=0)
    return float(np.linalg.norm(paper.astype(np.float64) - inside)) <= SAME_PAPER
