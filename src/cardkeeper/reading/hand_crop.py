"""The card where the user put its corners on the photo they turned.

When the outline search cut out the wrong thing (a logo on a clean scan, the
card under the card), the user crops by hand on the original photo. Their
corners are fractions of the photo as they saw it, turned, so they hold at
whatever size the photo is decoded for reading.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from cardkeeper.reading.find_card import CardFind, warp

Corners = Sequence[tuple[float, float]]
"""Top-left, top-right, bottom-right, bottom-left, as fractions (0..1) of the turned photo."""
WHOLE: Corners = ((0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0))
"""Corners that take the whole photo."""
_WHOLE_SLACK = 0.002
"""Corners this close to the photo's own (a fifth of a pixel on a 100 px card) take it whole."""


def hand_crop(turned: NDArray[np.uint8], corners: Corners) -> CardFind:
    """The card at ``corners`` of the photo ``turned`` as the user turned it, flattened.

    The whole photo is taken as a scan: read as it is, with no outline looked for,
    since the user said that is the card.
    """
    if is_whole(corners):
        return CardFind(turned, None, True, "scan")
    height, width = turned.shape[:2]
    quad = np.array([(x * (width - 1), y * (height - 1)) for x, y in corners], np.float32)
    return CardFind(warp(turned, quad), quad, True, "photo")


def is_whole(corners: Corners) -> bool:
    return all(
        abs(x - wx) <= _WHOLE_SLACK and abs(y - wy) <= _WHOLE_SLACK
        for (x, y), (wx, wy) in zip(corners, WHOLE, strict=True)
    )
