"""The image operations a frame is made of, all on uint8 so a frame stays within ~15 ms.

Layers (a card, a hand) are BGRA with colour premultiplied by alpha: that is what a
perspective warp with a transparent border produces at the card's edges, and blurring a
premultiplied layer smears colour and coverage together, with no dark fringes.
"""

from __future__ import annotations

import math

import cv2
import numpy as np
from cv2.typing import MatLike

Image = MatLike
"""What OpenCV takes and returns: a numpy array (here always uint8)."""
UNIT_GAIN = 128
"""A gain image stores 1.0 as this value, so lighting can brighten as well as darken."""


def smear(layer: Image, dx: float, dy: float) -> Image:
    """Motion blur along (dx, dy) pixels: the distance moved while the shutter was open.

    A box blur is fast but only runs along rows or columns, so the layer is first sheared
    until the motion runs along one of them, and sheared back afterwards.
    """
    if math.hypot(dx, dy) < 1:
        return layer
    height, width = layer.shape[:2]
    along_rows = abs(dx) >= abs(dy)
    slope = dy / dx if along_rows else dx / dy
    kernel = (max(1, round(abs(dx))), 1) if along_rows else (1, max(1, round(abs(dy))))
    span = abs(slope) * (width if along_rows else height)
    if span < 1:
        return cv2.blur(layer, kernel)
    lift = span if slope > 0 else 0.0
    if along_rows:
        shear = np.array([[1, 0, 0], [-slope, 1, lift]], np.float64)
        size = (width, height + math.ceil(span))
    else:
        shear = np.array([[1, -slope, lift], [0, 1, 0]], np.float64)
        size = (width + math.ceil(span), height)
    sheared = cv2.warpAffine(layer, shear, size, flags=cv2.INTER_LINEAR)
    flags = cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP
    return np.asarray(
        cv2.warpAffine(cv2.blur(sheared, kernel), shear, (width, height), flags=flags)
    )


def shadow_of(alpha: Image, offset: tuple[float, float], softness: float) -> Image:
    """A soft shadow (0-255) of a coverage mask, cast ``offset`` pixels away from the light.

    Made at a quarter of the size: a shadow has no detail worth the full-size blur.
    """
    height, width = alpha.shape
    small = cv2.resize(
        alpha, (max(1, width // 4), max(1, height // 4)), interpolation=cv2.INTER_AREA
    )
    shift = np.array([[1, 0, offset[0] / 4], [0, 1, offset[1] / 4]], np.float64)
    small = cv2.warpAffine(small, shift, (small.shape[1], small.shape[0]))
    small = cv2.GaussianBlur(small, (0, 0), max(0.5, softness / 4))
    return np.asarray(cv2.resize(small, (width, height), interpolation=cv2.INTER_LINEAR))


def darken(region: Image, shadow: Image, strength: float) -> None:
    """Darken ``region`` in place by up to ``strength`` where ``shadow`` is full."""
    kept = cv2.addWeighted(shadow, -strength, shadow, 0, 255)
    region[...] = cv2.multiply(region, cv2.cvtColor(kept, cv2.COLOR_GRAY2BGR), scale=1 / 255)


def lay(region: Image, layer: Image, gain: Image | None = None) -> None:
    """Put a premultiplied BGRA ``layer`` over ``region`` in place, lit by ``gain`` if given."""
    colour = cv2.cvtColor(layer, cv2.COLOR_BGRA2BGR)
    if gain is not None:
        colour = cv2.multiply(colour, gain, scale=1 / UNIT_GAIN)
    behind = cv2.cvtColor(cv2.bitwise_not(cv2.extractChannel(layer, 3)), cv2.COLOR_GRAY2BGR)
    region[...] = cv2.add(cv2.multiply(region, behind, scale=1 / 255), colour)


def crop(image: Image, rows: slice, columns: slice, pad: int) -> Image:
    """``image[rows, columns]`` grown by ``pad`` pixels on every side, transparent (zero)
    where that reaches beyond the image."""
    height, width = image.shape[:2]
    y0, x0, y1, x1 = rows.start - pad, columns.start - pad, rows.stop + pad, columns.stop + pad
    inner = image[max(y0, 0) : min(y1, height), max(x0, 0) : min(x1, width)]
    beyond = (max(0, -y0), max(0, y1 - height), max(0, -x0), max(0, x1 - width))
    return cv2.copyMakeBorder(inner, *beyond, cv2.BORDER_CONSTANT, value=(0, 0, 0, 0))


def window(
    frame: tuple[int, int], left: int, top: int, width: int, height: int
) -> tuple[tuple[slice, slice], tuple[slice, slice]] | None:
    """Where a ``width`` x ``height`` patch placed at (left, top) overlaps a frame of size
    ``frame`` (width, height): the frame's slices and the patch's, or None when it misses."""
    x0, y0 = max(left, 0), max(top, 0)
    x1, y1 = min(left + width, frame[0]), min(top + height, frame[1])
    if x1 <= x0 or y1 <= y0:
        return None
    inside = (slice(y0, y1), slice(x0, x1))
    return inside, (slice(y0 - top, y1 - top), slice(x0 - left, x1 - left))
