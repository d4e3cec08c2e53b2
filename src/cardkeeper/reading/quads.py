"""Quadrilaterals for the card finder: fitting four corners to an outline, their order and
shape, and how well edges support their sides. Shared by the outline search and its choice."""

from __future__ import annotations

from typing import Any

import cv2
import numpy as np
from cv2.typing import MatLike
from numpy.typing import NDArray

Image8 = MatLike
"""Whatever OpenCV hands back; public results are converted to NDArray[np.uint8]."""
Quad = NDArray[np.float32]
"""4x2 corners, clockwise on screen, starting at the card's top-left as it lies."""

SIDE_SLACK = 2
"""Pixels (small copy) a quad's side may lie off the edge that supports it."""
CARD_ASPECTS = (1.3, 2.8)
"""Long/short side range of an outline: cards are 1.55-1.85, widened for odd sizes and for
perspective (a card photographed from beside its long side looks up to 2.7 : 1 in real photos)."""


HOLD_SLACK = 4.0
"""How far (px, small copy) a corner of an inner outline may stick out of an outer one that
still holds it: each is fitted on its own map, and a side they share may differ by a few px
(a light footer band's outline runs 3 px outside the card's photo-printed part on one side)."""


def shrink(image: Image8, side: int) -> tuple[Image8, float]:
    scale = min(1.0, side / max(image.shape[:2]))
    if scale == 1.0:
        return image, 1.0
    size = (round(image.shape[1] * scale), round(image.shape[0] * scale))
    small: Image8 = cv2.resize(image, size, interpolation=cv2.INTER_AREA)
    return small, scale


def to_gray(image: Image8) -> Image8:
    gray: Image8 = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY) if image.ndim == 3 else image
    return gray


def holds(outer: Quad, inner: Quad, slack: float = HOLD_SLACK) -> bool:
    """True if ``inner`` lies within ``outer`` (to ``slack`` px)."""
    return all(cv2.pointPolygonTest(outer, (float(x), float(y)), True) >= -slack for x, y in inner)


def fit_quad(hull: MatLike) -> Quad | None:
    """Four corners for a convex outline; rounded corners need a coarser tolerance."""
    perimeter = cv2.arcLength(hull, True)
    for tolerance in (0.02, 0.035, 0.05, 0.08):
        approx = cv2.approxPolyDP(hull, tolerance * perimeter, True)
        if len(approx) == 4:
            return order_corners(approx.reshape(4, 2).astype(np.float32))
        if len(approx) < 4:
            return None
    return None


def order_corners(points: Quad) -> Quad:
    """Clockwise on screen, starting where the first side runs most nearly left-to-right."""
    centre = points.mean(axis=0)
    angles = np.arctan2(points[:, 1] - centre[1], points[:, 0] - centre[0])
    points = points[np.argsort(angles)]
    edges = np.roll(points, -1, axis=0) - points
    start = int(np.argmax(edges[:, 0] / np.linalg.norm(edges, axis=1).clip(1e-6)))
    return np.roll(points, -start, axis=0).astype(np.float32)


def corner_cosines(quad: Quad) -> NDArray[np.float64]:
    before = np.roll(quad, 1, axis=0) - quad
    after = np.roll(quad, -1, axis=0) - quad
    dot = (before * after).sum(axis=1)
    norms = np.linalg.norm(before, axis=1) * np.linalg.norm(after, axis=1)
    return np.asarray(np.abs(dot / norms.clip(1e-6)), dtype=np.float64)


def tilt(quad: Quad) -> float:
    """How far (degrees) the quad's sides are turned from the image's axes, on average."""
    sides = np.roll(quad, -1, axis=0) - quad
    angles = np.degrees(np.arctan2(sides[:, 1], sides[:, 0])) % 90
    return float(np.minimum(angles, 90 - angles).mean())


def on_border(quad: Quad, width: int, height: int) -> bool:
    """True if a side lies along the frame: the card is cut off, or it is the frame itself."""
    return bool(along_frame(quad, width, height).any())


def along_frame(
    points: NDArray[np.floating], width: int, height: int, margin: float = 2.0
) -> NDArray[np.bool_]:
    """For each side of a polygon (point i to i + 1): True if both its ends lie on one edge
    of the frame (within ``margin`` px), so the side runs along that edge."""
    near = np.stack(
        [
            points[:, 0] < margin,
            points[:, 1] < margin,
            points[:, 0] > width - 1 - margin,
            points[:, 1] > height - 1 - margin,
        ],
        axis=1,
    )
    return np.asarray((near & np.roll(near, -1, axis=0)).any(axis=1))


def lost_corners(quad: NDArray[np.floating], width: int, height: int) -> NDArray[np.bool_]:
    """For each corner of ``quad``: True if it lies outside the frame (more than 2 px), a
    corner of a card the photo's edge cut."""
    return np.asarray(((quad < -2) | (quad > (width + 1, height + 1))).any(axis=1))


def frame_sides(
    points: NDArray[np.floating], width: int, height: int, margin: float = 2.0
) -> NDArray[np.bool_]:
    """For each side of a polygon (point i to i + 1): True if both its ends lie on the frame
    (within ``margin`` px of its edges).

    Such a side is the frame's, or a chord a hull drew across a corner of the frame where the
    card's outline ran out of the photo; either way it is none of the card's own sides.
    """
    on_frame = (
        (points[:, 0] < margin)
        | (points[:, 1] < margin)
        | (points[:, 0] > width - 1 - margin)
        | (points[:, 1] > height - 1 - margin)
    )
    return np.asarray(on_frame & np.roll(on_frame, -1))


def perimeter_support(quad: Quad, edges: Image8) -> float:
    """Share of points along the quad's sides that lie on an edge, on the part in the frame.

    Each side may sit up to SIDE_SLACK px off its edge, as a whole: a quad fitted
    to the inside of a thick edge map runs a pixel or two inside a faint edge
    (white card on white paper), yet every point of it is that far from the edge.
    The sides of a card cut by the photo's edge are judged on what the photo shows.
    """
    height, width = edges.shape[:2]
    ends = np.roll(quad, -1, axis=0)
    directions = ends - quad
    normals = np.stack([-directions[:, 1], directions[:, 0]], axis=1)
    normals /= np.linalg.norm(normals, axis=1, keepdims=True).clip(1e-6)
    steps = np.linspace(0.05, 0.95, 40)[None, :, None]
    points = quad[:, None, :] + steps * directions[:, None, :]
    inside = (
        (points[..., 0] >= 0)
        & (points[..., 0] <= width - 1)
        & (points[..., 1] >= 0)
        & (points[..., 1] <= height - 1)
    )
    best = np.zeros(4)
    for offset in range(-SIDE_SLACK, SIDE_SLACK + 1):
        shifted = points + offset * normals[:, None, :]
        cols = shifted[..., 0].round().astype(int).clip(0, width - 1)
        rows = shifted[..., 1].round().astype(int).clip(0, height - 1)
        on_edge = (edges[rows, cols] > 0) & inside
        best = np.maximum(best, on_edge.sum(axis=1) / inside.sum(axis=1).clip(1))
    seen = inside.sum(axis=1) >= 5
    return float(best[seen].mean()) if seen.any() else 0.0


def across_side(
    image: Image8,
    start: NDArray[np.floating[Any]],
    end: NDArray[np.floating[Any]],
    *,
    normal: NDArray[np.floating[Any]],
    offsets: NDArray[np.floating[Any]],
    samples: int,
) -> tuple[Image8, NDArray[np.float64]]:
    """``image`` sampled on lines across the side from ``start`` to ``end``: one row per
    point along its middle 80%, one column per offset along ``normal`` (in ``image``'s
    type); and those points."""
    along = np.linspace(0.1, 0.9, samples)
    points: NDArray[np.float64] = start + along[:, None] * (end - start)
    grid = points[:, None, :] + offsets[None, :, None] * normal
    profile = cv2.remap(
        image,
        grid[:, :, 0].astype(np.float32),
        grid[:, :, 1].astype(np.float32),
        cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_REPLICATE,
    )
    return profile, points
