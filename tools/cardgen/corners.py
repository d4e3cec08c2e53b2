"""How far a card outline found by the reader is from the corners the generator placed."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray


def corner_error(found: NDArray[np.float32], truth: NDArray[np.float32]) -> float:
    """Largest corner distance (px), whatever corner ``found`` starts at or its winding."""
    best = np.inf
    for candidate in (found, found[::-1]):
        for shift in range(4):
            distance = np.linalg.norm(np.roll(candidate, shift, axis=0) - truth, axis=1).max()
            best = min(best, float(distance))
    return best
