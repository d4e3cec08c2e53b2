"""How far a card's text lines lean: the card was not cut out straight, or not at all.

When the card finder misses (a card on a busy desk, cut by the frame) or takes
a box printed on the card, the text reaches Tesseract at whatever angle the
card lay, and Tesseract reads lines leaning more than a few degrees as nothing.
The lean is where the ink's projection is sharpest: projected across the
lines, ink piles up in narrow peaks (the lines) with empty gaps between them;
at any other angle the peaks smear. Lines running down rather than across are
measured the same way, so the answer is the lean left once the card is turned
by a multiple of 90°, which ``orient`` then finds.
"""

from __future__ import annotations

import cv2
import numpy as np
from cv2.typing import MatLike
from numpy.typing import NDArray

Image8 = MatLike

MIN_SKEW = 2.0
"""Degrees of lean not worth a rotation: the test card leaning 1-4° is read whole without
one, at 6° its e-mail is lost."""
MIN_GAIN = 1.15
"""How much sharper the projection must be at the lean than at 0° to trust it: a card
with little text or big graphics gives a flat, noisy curve."""
_COARSE_STEP = 2.0
_COARSE = np.arange(-45.0, 45.0, _COARSE_STEP)
_FINE_STEP = 0.25
_MAX_POINTS = 3_000
"""Ink pixels sampled: enough for a sharp peak per line, few enough for ~5 ms a card."""
_BIN = 2.0
"""Px of the probe image per projection bin: half a stroke at its ~16 px glyphs."""


def probe_skew(binary: Image8 | None) -> float:
    """Degrees the lines of the text probe ``binary`` (``orient.text_probe``: dark-on-light
    glyphs) lean counter-clockwise from running straight across or down; 0 when the lean is
    small or the ink does not tell. Takes the probe, not the image: orientation uses it too."""
    if binary is None:
        return 0.0
    ys, xs = np.nonzero(binary)
    if len(xs) > _MAX_POINTS:
        pick = np.random.default_rng(0).choice(len(xs), _MAX_POINTS, replace=False)
        xs, ys = xs[pick], ys[pick]
    points = np.stack([xs, ys]).astype(np.float64)
    points -= points.mean(axis=1, keepdims=True)
    coarse = _sharpness(points, _COARSE)
    best = float(_COARSE[int(np.argmax(coarse))])
    fine = np.arange(best - _COARSE_STEP, best + _COARSE_STEP + _FINE_STEP / 2, _FINE_STEP)
    scores = _sharpness(points, fine)
    angle = float(fine[int(np.argmax(scores))])
    straight = _sharpness(points, np.zeros(1))[0]
    if abs(angle) < MIN_SKEW or scores.max() < MIN_GAIN * straight:
        return 0.0
    return angle


def _sharpness(points: NDArray[np.float64], degrees: NDArray[np.float64]) -> NDArray[np.float64]:
    """How peaked the ink's projections across and along each angle are (sum of squared
    bin counts, the larger of the two), for all angles in one ``bincount``."""
    theta = np.deg2rad(degrees)[:, None]
    cos, sin = np.cos(theta), np.sin(theta)
    across = points[0] * sin + points[1] * cos
    along = points[0] * cos - points[1] * sin
    projections = np.concatenate([across, along])
    bins = ((projections - projections.min(axis=1, keepdims=True)) / _BIN).astype(np.int64)
    width = int(bins.max()) + 1
    rows = np.arange(len(projections))[:, None] * width
    counts = np.bincount((bins + rows).ravel(), minlength=len(projections) * width)
    peaks = (counts.reshape(len(projections), width).astype(np.float64) ** 2).sum(axis=1)
    sharpest: NDArray[np.float64] = np.maximum(peaks[: len(degrees)], peaks[len(degrees) :])
    return sharpest


def straighten(image: Image8, degrees: float) -> NDArray[np.uint8]:
    """``image`` turned by ``degrees`` counter-clockwise on a canvas that holds all of it,
    the corners filled with the image's median colour so no dark wedge looks like ink."""
    height, width = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), degrees, 1.0)
    cos, sin = abs(matrix[0, 0]), abs(matrix[0, 1])
    new_width, new_height = int(height * sin + width * cos), int(height * cos + width * sin)
    matrix[0, 2] += new_width / 2 - width / 2
    matrix[1, 2] += new_height / 2 - height / 2
    turned = cv2.warpAffine(
        image,
        matrix,
        (new_width, new_height),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=_median_colour(image),
    )
    return np.asarray(turned, dtype=np.uint8)


def _median_colour(image: Image8) -> tuple[float, ...]:
    small = np.asarray(image[::8, ::8]).reshape(-1, image.shape[2] if image.ndim == 3 else 1)
    return tuple(float(v) for v in np.median(small, axis=0))
