"""Which card-like outlines of a photo are cards lying side by side, and of what size.

The outline search scores every card-like outline in a photo (:mod:`outline_choice`). Those
that overlap are of one thing: a card's own outline, a box or a photo printed on it, a
band's panel, the same card seen in another map. Grouped so, two or more things of about
one size that score like cards are several cards in view: a sheet laid out for one photo
(:mod:`several_cards`), or two cards under the desk camera at once (:mod:`card_tracker`).
Grouping a few dozen quads costs well under a millisecond.
"""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import NDArray

from cardkeeper.reading.quads import Quad

SAME_THING = 0.05
"""Share of the smaller of two outlines they overlap by at least to be of one thing."""
CARD_SIZES = 1.6
"""Cards on one sheet differ in area by less than this factor: 85 x 55 mm and 90 x 50 mm
differ by 4%, and a phone held over a spread sees the far cards a fifth smaller at most."""
LEAST_SCORE = 0.3
"""Share of the score of the most common size's best card another card needs: a block of
desk or a shadow that happens to be card-shaped scores far lower than a card's outline."""


def card_groups(
    scored: list[tuple[float, Quad, int]],
) -> tuple[list[list[int]], float, float] | None:
    """The indexes of ``scored`` (score, quad, map) grouped by card, when they show two or
    more cards of one size; with that size (px²) and the least score a card of it needs.
    None when they show one card or none.

    The cards' size is the one most outlines share (each card is outlined in several maps);
    outlines much larger are left out of the grouping, so that two cards lying edge to edge,
    outlined together too, do not join their groups into one.
    """
    if len(scored) < 2:
        return None
    areas = np.array([cv2.contourArea(quad) for _, quad, _ in scored])
    size = float(areas[_most_common_size(areas, [score for score, _, _ in scored])])
    members = [i for i in range(len(scored)) if areas[i] <= size * CARD_SIZES]
    groups = [[members[i] for i in group] for group in _groups([scored[i][1] for i in members])]
    if len(groups) < 2:
        return None
    tops = [max(group, key=lambda i: scored[i][0]) for group in groups]
    least = LEAST_SCORE * max(scored[i][0] for i in tops if areas[i] >= size / CARD_SIZES)
    cards = [
        group
        for group, top in zip(groups, tops, strict=True)
        if areas[top] >= size / CARD_SIZES and scored[top][0] >= least
    ]
    return (cards, size, least) if len(cards) >= 2 else None


def overlaps(one: Quad, other: Quad) -> bool:
    """True if ``one`` and ``other`` overlap by :data:`SAME_THING` of the smaller."""
    shared, _ = cv2.intersectConvexConvex(one, other)
    smaller = min(cv2.contourArea(one), cv2.contourArea(other))
    return bool(shared > SAME_THING * smaller)


def _groups(quads: list[Quad]) -> list[list[int]]:
    """Indexes of ``quads`` grouped where they overlap (each group one thing in the photo)."""
    parent = list(range(len(quads)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    if quads:
        boxes = np.array([[*quad.min(axis=0), *quad.max(axis=0)] for quad in quads])
        areas = [cv2.contourArea(quad) for quad in quads]
        for first in range(len(quads)):
            for second in range(first + 1, len(quads)):
                a, b = boxes[first], boxes[second]
                if a[0] > b[2] or b[0] > a[2] or a[1] > b[3] or b[1] > a[3]:
                    continue
                if root(first) == root(second):
                    continue
                shared, _ = cv2.intersectConvexConvex(quads[first], quads[second])
                if shared > SAME_THING * min(areas[first], areas[second]):
                    parent[root(first)] = root(second)
    grouped: dict[int, list[int]] = {}
    for index in range(len(quads)):
        grouped.setdefault(root(index), []).append(index)
    return list(grouped.values())


def _most_common_size(areas: NDArray[np.float64], scores: list[float]) -> int:
    """The group whose area most others share (within :data:`CARD_SIZES`); of those, the best
    scored: the cards of a sheet, not the one largest thing (a merged pair, a page)."""
    alike = [
        int(((areas >= area / CARD_SIZES) & (areas <= area * CARD_SIZES)).sum()) for area in areas
    ]
    return max(range(len(areas)), key=lambda i: (alike[i], scores[i]))
