"""Re-fit a card outline found on a small copy to the card's edges at full resolution."""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import NDArray

from cardkeeper.reading.quads import Image8, Quad, across_side

STRAIGHT_SHARE = 0.5
"""Share of an edge's strength along a side (within 3 px) found within 1 px of its line."""
FINE_SEARCH = 8
"""Search range (px) of the second side fit, once the sides are within a pixel or two."""


def search_width(quad: Quad, scale: float) -> int:
    """How far (px) a side may move when re-fitted: the small copy's blur, or a band's width.

    Cards keep text at least ~7% of their short side from the edge, so up to 5%
    inwards is safe to search; a printed band along the edge can be that wide.
    """
    sides = np.linalg.norm(quad - np.roll(quad, -1, axis=0), axis=1)
    return max(int(4 / scale) + 4, round(0.05 * float(sides.min())))


def refine(image: Image8, quad: Quad, search: int) -> Quad:
    """Re-fit each side to the strongest consistent edge within ``search`` px, at full scale.

    Corners come from intersecting the fitted sides, so rounded card corners
    and the coarse small-copy outline do not bias them. A second, narrow pass
    along the sides just found samples the edge straight on (the first runs
    along the small copy's sides, which can lie a few degrees off the card's);
    a side it cannot place keeps its first fit.
    """
    lines = []
    for index in range(4):
        line = _fit_side(image, quad[index], quad[(index + 1) % 4], search)
        if line is None:
            return quad
        lines.append(line)
    first = _corners(lines)
    if not np.isfinite(first).all() or np.abs(first - quad).max() > 2 * search:
        return quad
    for index in range(4):
        line = _fit_side(image, first[index], first[(index + 1) % 4], FINE_SEARCH)
        if line is not None:
            lines[index] = line
    second = _corners(lines)
    if not np.isfinite(second).all() or np.abs(second - first).max() > 2 * FINE_SEARCH:
        return first
    return second


def _corners(lines: list[tuple[NDArray[np.float64], NDArray[np.float64]]]) -> Quad:
    return np.array([_intersect(lines[i - 1], lines[i]) for i in range(4)], np.float32)


def _fit_side(
    image: Image8, start: NDArray[np.float32], end: NDArray[np.float32], search: int
) -> tuple[NDArray[np.float64], NDArray[np.float64]] | None:
    """A point and unit direction of the side from ``start`` to ``end``, re-fitted to the edge."""
    direction = (end - start).astype(np.float64)
    length = float(np.linalg.norm(direction))
    if length < 10:
        return None
    direction /= length
    normal = np.array([-direction[1], direction[0]])
    offsets = np.arange(-search, search + 1, dtype=np.float64)
    samples = max(8, min(80, int(length / 8)))
    profile, points = across_side(
        image, start, end, normal=normal, offsets=offsets, samples=samples
    )
    # Smooth mostly along the side; a little across it too, as sensor noise in a dim photo
    # otherwise makes steps as large as a soft card edge.
    profile = np.asarray(cv2.GaussianBlur(profile, (3, 5), 0), dtype=np.float32)
    # Colour change over two pixels, either way: a blurred edge still counts in full.
    step = np.linalg.norm(profile[:, 2:] - profile[:, :-2], axis=2)
    # A column's strength: the strongest step within 3 px of it, typical over the side. An
    # edge that runs straight along the side is strong in most rows; desk texture and noise
    # are strong only here and there, so their median stays at the noise floor (read off the
    # quietest columns: a card edge and a band's edge can fill half the search range).
    strength = np.median(cv2.dilate(step, np.ones((1, 7), np.uint8)), axis=0)
    floor = float(np.percentile(strength, 20))
    lined_up = np.nonzero(
        (strength >= 0.3 * strength.max()) & (strength >= 2 * floor) & (strength > 8)
    )[0]
    if len(lined_up) == 0:
        return None
    # The normal points into the card (clockwise order), so the outermost such edge is the
    # card's, even if a printed band inside it is stronger; but not one that crosses the side
    # at a slant (the edge of a card beneath, turned a little from this one).
    typical = np.median(step, axis=0)
    starts = lined_up[np.r_[True, np.diff(lined_up) > 1]]
    targets = [start + int(np.argmax(typical[start : start + 7])) for start in starts]
    target = next((t for t in targets if _runs_straight(step, strength, t)), targets[0])
    peaks = (step >= np.roll(step, -1, axis=1)) & (step >= np.roll(step, 1, axis=1))
    peaks[:, [0, -1]] = False
    peaks &= step >= 0.4 * typical[target]
    distance = np.where(peaks, np.abs(np.arange(step.shape[1]) - target), step.shape[1])
    cols = distance.argmin(axis=1)
    rows = np.nonzero(distance[np.arange(len(cols)), cols] <= 4)[0]
    if len(rows) < 5:
        return None
    cols = cols[rows]
    left, mid, right = step[rows, cols - 1], step[rows, cols], step[rows, cols + 1]
    curvature = left - 2 * mid + right
    safe = np.where(curvature < 0, curvature, -1)
    sub = np.where(curvature < 0, 0.5 * (left - right) / safe, 0)
    shift = offsets[cols] + 1 + sub  # step i is centred on sample i + 1
    edge = points[rows] + shift[:, None] * normal
    fitted = cv2.fitLine(edge.astype(np.float32), cv2.DIST_HUBER, 0, 0.01, 0.01).ravel()
    return fitted[2:].astype(np.float64), fitted[:2].astype(np.float64)


def _runs_straight(step: NDArray[np.float32], strength: NDArray[np.float32], target: int) -> bool:
    """True if the edge at column ``target`` runs along the side: about as strong within a
    pixel of that column in most rows as within 3 px. One that crosses the side at a slant
    lines up only on average, smeared over many columns."""
    near = step[:, max(0, target - 1) : target + 2].max(axis=1)
    return float(np.median(near)) >= STRAIGHT_SHARE * float(strength[target])


def _intersect(
    first: tuple[NDArray[np.float64], NDArray[np.float64]],
    second: tuple[NDArray[np.float64], NDArray[np.float64]],
) -> NDArray[np.float64]:
    (p, r), (q, s) = first, second
    cross = r[0] * s[1] - r[1] * s[0]
    if abs(cross) < 1e-6:
        return np.array([np.nan, np.nan])
    t = ((q[0] - p[0]) * s[1] - (q[1] - p[1]) * s[0]) / cross
    return np.asarray(p + t * r, dtype=np.float64)
