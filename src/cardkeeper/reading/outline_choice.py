"""The card's outline among the candidate outlines of a photo.

Contours of several binary maps (:mod:`edge_maps`) give candidate quads,
scored on how much they look like a card (:mod:`card_outlines`). Where
outlines nest, the choice prefers the whole card: over the inner outline that
a coloured band along its edge makes, over a frame printed on it
(:mod:`whole_card`), and over the outline that took in the corner of a card
lying under it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray

from cardkeeper.reading.card_outlines import (
    FRAME_HUG,
    MIN_AREA,
    SHEET_MIN_AREA,
    covers,
    panel_quad,
    score_outline,
    score_quad,
)
from cardkeeper.reading.edge_maps import EDGE_MAPS, MAPS, MapInputs
from cardkeeper.reading.quads import (
    Image8,
    Quad,
    corner_cosines,
    frame_sides,
    holds,
    lost_corners,
    order_corners,
    to_gray,
)
from cardkeeper.reading.scan_check import CLOSE_UP_COVER
from cardkeeper.reading.whole_card import whole_card

SHADOW_FLOOR = 0.5
"""A strip darker than this share of the desk beside it is printed, not a card's shadow."""
BAND_MIN_WIDTH = 2
"""Mean width (px, small copy) of the strip along a side below which two nested outlines
share that side, so there is no band or desk between them to judge."""
WEDGE_MIN = 6.0
"""Difference (px, small copy) between the ends of a strip along a side from which it may be
a wedge: less is the noise of two outlines fitted to the same side."""
WEDGE_RATIO = 0.4
"""A strip whose narrow end is below this share of its wide end is a wedge, not a band."""
PANEL_MEET = 0.06
"""Largest distance between the corners two panels of one card share, as a share of the side
they share: each panel's corners are fitted on its own, in its own map."""
PANEL_GAP = 0.3
"""Widest gap between two panels of one card, as a share of the side they face each other
with: the wavy band between the sky and the ground of a photo printed on the card."""
GAP_SHARE = 0.25
"""Largest share of the joined card such a gap covers."""
PANEL_STRAIGHT = 0.97
"""Cosine (about 14°) from which the sides of two panels run on as one side of the card."""
PANEL_JOINS = 2
"""Rounds of joining panels: two joins make a card of three panels (header, body, footer)."""
SAME_PANEL = 3.0
"""Largest corner distance (px, small copy) between two outlines of one panel."""
WHOLE_SCORE = 0.4
"""Share of a cut outline's score a card wholly in view inside it needs to be taken instead."""
WHOLE_AREA = 0.6
"""Largest share of a cut outline's area such a card covers: a part of the same card (its
light half, outlined alone) covers more."""
HUE_SHIFT = 0.15
"""Largest change of a colour's channel shares (each channel over their mean) that is still the
same hue: a shadow or a lighter patch of the desk keeps its hue, a printed band need not."""


ON_PAGE = -1
"""The map of an outline found by its straight sides on a printed page (:mod:`page_card`)."""


@dataclass(frozen=True)
class Outline:
    """The card's outline chosen in a photo's small copy."""

    quad: Quad
    map: int
    """The index into :data:`MAPS` of the map it came from, or :data:`ON_PAGE`."""
    frame: Quad | None = None
    """The frame printed on the card that ``quad`` was grown from (:func:`whole_card`)."""


def faint_card(small: Image8) -> Outline | None:
    """A second look for a card whose edges barely show: a dark card on a dark desk.

    Local contrast is raised (CLAHE) before edges are sought. On four generated
    sets this found 4 of the 7 cards missed among 240 desk photos and 2 of the
    6 among 80 hard ones, missing none found before; it also finds a scanner's
    faint border around a flat scan, so an outline filling most of the frame is
    left to the scan check. Costs ~10 ms, only on images with no outline. Raised contrast
    makes edges of noise, so only square outlines of a card's shape are taken here, and no
    card cut by the photo's edge (on real photos these were a logo or a slant across the desk).
    """
    outline = choose_outline(small, range(len(MAPS)), faint_edges=True)
    frame = small.shape[0] * small.shape[1]
    if outline is None or cv2.contourArea(outline.quad) >= CLOSE_UP_COVER * frame:
        return None
    return outline


def best_quad(
    small: Image8, maps: Iterable[int], *, stop_early: bool = False
) -> tuple[Quad | None, int | None]:
    """The camera's look: :func:`choose_outline`'s quad and the map it came from."""
    outline = choose_outline(small, maps, stop_early=stop_early)
    return (None, None) if outline is None else (outline.quad, outline.map)


@dataclass(frozen=True)
class Candidates:
    """The card-like outlines of a photo's small copy, scored, and the edges they were scored on."""

    scored: list[tuple[float, Quad, int]]
    """Score, quad and the index into :data:`MAPS` of the map each came from."""
    support: Image8
    smaller: list[tuple[float, Quad, int]] = field(default_factory=list)
    """Outlines too small to be the card of a photo of one card, as large as the cards of a
    sheet of several (:data:`SHEET_MIN_AREA`); only a still photo's search keeps them."""


def choose_outline(
    small: Image8,
    maps: Iterable[int],
    *,
    stop_early: bool = False,
    faint_edges: bool = False,
    still: bool = False,
) -> Outline | None:
    """The most card-like outline over the ``maps`` (indexes into :data:`MAPS`); a slightly
    larger one around it wins if it is not shadow (a coloured band along the card's edge
    makes an inner outline just as card-like). ``stop_early`` ends the search at the first
    map with a clearly card-like outline (the camera's per-frame look).

    ``still`` is for a photo taken once: a card the photo's edge cut is taken, a frame
    printed on the card gives way to the card's edge around it, and two panels of a card
    (a band printed across it) are joined. None is done live: there the user can move the
    card into view, and the outline must not flip from frame to frame.
    """
    found = outline_candidates(
        small, maps, stop_early=stop_early, faint_edges=faint_edges, still=still
    )
    return pick_outline(small, found, still=still)


def outline_candidates(
    small: Image8,
    maps: Iterable[int],
    *,
    stop_early: bool = False,
    faint_edges: bool = False,
    still: bool = False,
) -> Candidates:
    """Every card-like outline over the ``maps``, scored (see :func:`choose_outline`).

    A card the photo cut leaves its outline open in the edge maps (the frame is no edge),
    so their contours run on into the desk; with the frame drawn in, the card's outline
    closes. Only such cut outlines are taken from those framed maps: the frame would
    otherwise close a scan's border, or the desk beside the card, into an outline too.
    A cut card is also a panel (a band the frame cut beside the card's white panel).
    """
    gray = cv2.GaussianBlur(to_gray(small), (3, 3), 0)
    if faint_edges:
        gray = cv2.createCLAHE(clipLimit=3.0, tileGridSize=(8, 8)).apply(gray)
    support = cv2.dilate(cv2.Canny(gray, 10, 30), np.ones((3, 3), np.uint8))
    inputs = MapInputs(small)
    height, width = small.shape[:2]
    candidates: list[tuple[float, Quad, int]] = []
    smaller: list[tuple[float, Quad, int]] = []
    # A still photo may be a sheet of several cards, each smaller than one card alone is.
    floor, size = (SHEET_MIN_AREA if still else MIN_AREA), (width, height)
    panels: list[tuple[Quad, int]] = []
    for index in maps:
        binary = MAPS[index](inputs)
        contours, _ = cv2.findContours(binary, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
        for contour in contours:
            scored = score_outline(contour, support, cut=still, strict=faint_edges, min_area=floor)
            if scored is not None and floor < MIN_AREA and not covers(contour, MIN_AREA, *size):
                smaller.append((*scored, index))
            elif scored is not None:
                candidates.append((*scored, index))
                if still and _cut(scored[1], width, height):
                    panels.append((scored[1], index))
            panel = panel_quad(contour, width, height) if still else None
            if panel is not None:
                panels.append((panel, index))
        if still and index in EDGE_MAPS:
            framed, _ = cv2.findContours(_framed(binary), cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
            for contour in framed:
                scored = score_outline(contour, support, cut=True, strict=faint_edges)
                if scored is not None and _cut(scored[1], width, height):
                    candidates.append((*scored, index))
        if stop_early and candidates and max(c[0] for c in candidates) > 0.5:
            break
    candidates += _joined_panels(panels, support, strict=faint_edges)
    return Candidates(candidates, support, smaller)


def pick_outline(small: Image8, found: Candidates, *, still: bool = False) -> Outline | None:
    """The card's outline among ``found`` (see :func:`choose_outline`), or None if there is
    none."""
    candidates = list(found.scored)
    if not candidates:
        return None
    height, width = small.shape[:2]
    frames = _grown(small, candidates, found.support) if still else {}
    candidates += [(score, card, index) for score, card, index, _ in frames.values()]
    best_score, best, best_map = max(candidates, key=lambda c: c[0])
    best = _without_corner_below(small, best, best_score, candidates)
    best = _whole_in_view(best, best_score, candidates, width, height)
    best_area = cv2.contourArea(best)
    around = [
        quad
        for score, quad, _ in candidates
        if score >= 0.8 * best_score
        and best_area < cv2.contourArea(quad) <= 1.3 * best_area
        and holds(quad, best)
        and _is_band(small, quad, best)
    ]
    chosen = max(around, key=cv2.contourArea) if around else best
    grown = frames.get(id(chosen))
    return Outline(chosen, best_map, None if grown is None else grown[3])


def _framed(edges: Image8) -> Image8:
    """``edges`` with the photo's border drawn as an edge, so a card the photo cut closes."""
    closed = edges.copy()
    cv2.rectangle(closed, (0, 0), (closed.shape[1] - 1, closed.shape[0] - 1), 255, 1)
    return closed


def _grown(
    small: Image8, candidates: list[tuple[float, Quad, int]], support: Image8
) -> dict[int, tuple[float, Quad, int, Quad]]:
    """The whole card around each near-best outline that is a frame printed on a card, by
    the id of the card's quad: its score, quad, map and the frame's quad.

    The card's own edge on white paper or a printed page is faint and joined to the page's
    text, so its outline may be no candidate at all, or lose to the sharper frame inside it.
    """
    top = max(c[0] for c in candidates)
    grown = {}
    for score, quad, index in candidates:
        if score < 0.7 * top:
            continue
        card = whole_card(small, quad)
        if card is not quad:
            card_score = score_quad(card, support, cv2.contourArea(card))
            if card_score is not None:
                grown[id(card)] = (card_score, card, index, quad)
    return grown


def _joined_panels(
    panels: list[tuple[Quad, int]], support: Image8, *, strict: bool
) -> list[tuple[float, Quad, int]]:
    """Card-like outlines made of panels side by side, scored, with the map of one.

    A band printed across a card splits it in every map: the edge between the band and the
    rest is as strong as the card's own, and on a desk of about the band's colour the card's
    outline joins the desk's grain. Each panel may then be outlined, none of a card's shape
    (a white square beside an orange strip): together they are the card. A header and a
    footer band make three panels, so what two panels make is joined to a third. Panels that
    join into an outline along the photo's edges are those of a card file or a scan, which
    is taken whole.
    """
    height, width = support.shape[:2]
    hug = FRAME_HUG * min(width, height)
    panels = _distinct(panels)
    pieces, joined = panels, []
    for _ in range(PANEL_JOINS):
        pieces = _distinct(
            [
                (card, index)
                for piece, index in pieces
                for panel, _ in panels
                if (card := _join(piece, panel)) is not None
            ]
        )
        for card, index in pieces:
            if _along_frame(card, width, height, hug):
                continue
            score = score_quad(card, support, cv2.contourArea(card), strict=strict)
            if score is not None:
                joined.append((score, card, index))
    return joined


def _cut(quad: Quad, width: int, height: int) -> bool:
    """True if the photo's edge cut ``quad``: a corner of it lies outside the frame."""
    return bool(lost_corners(quad, width, height).any())


def _along_frame(quad: Quad, width: int, height: int, hug: float) -> bool:
    """True if a side of ``quad`` runs along the photo's edge, within it (a lost corner of a
    card the photo cut lies outside the frame: its sides cross the edge, not run along it)."""
    inside = ~lost_corners(quad, width, height)
    return bool((frame_sides(quad, width, height, hug) & inside & np.roll(inside, -1)).any())


def _distinct(quads: list[tuple[Quad, int]]) -> list[tuple[Quad, int]]:
    """``quads`` without those that repeat an earlier one (the same panel seen in other maps)."""
    kept: list[tuple[Quad, int]] = []
    for quad, index in quads:
        if all(float(np.abs(quad - other).max()) > SAME_PANEL for other, _ in kept):
            kept.append((quad, index))
    return kept


def _join(one: Quad, other: Quad) -> Quad | None:
    """The quad of two quads that share a side and whose other sides run on across its ends,
    or that face each other across a narrow gap their other sides run on straight across
    (a wavy band printed between two panels of a photo-backed card is outlined by none).

    Both are clockwise, so the shared side runs one way in ``one`` and the other in ``other``.
    """
    for i in range(4):
        for j in range(4):
            start, end = one[i], one[(i + 1) % 4]
            length = float(np.linalg.norm(end - start))
            apart = max(
                float(np.linalg.norm(start - other[(j + 1) % 4])),
                float(np.linalg.norm(end - other[j])),
            )
            if apart > PANEL_GAP * length:
                continue
            corners = np.array(
                [one[(i + 2) % 4], one[(i + 3) % 4], other[(j + 2) % 4], other[(j + 3) % 4]]
            )
            runs_on = _straight(one[(i + 3) % 4], start, other[(j + 2) % 4]) and _straight(
                other[(j + 3) % 4], end, one[(i + 2) % 4]
            )
            gapped = apart > PANEL_MEET * length
            if gapped:
                runs_on = runs_on and _straight(start, other[(j + 1) % 4], other[(j + 2) % 4])
                runs_on = runs_on and _straight(one[(i + 2) % 4], end, other[j])
            area = cv2.contourArea(corners.astype(np.float32))
            parts = cv2.contourArea(one) + cv2.contourArea(other)
            gap = max(0.0, area - parts) if gapped else 0.0
            if runs_on and abs(area - parts - gap) <= 0.1 * parts and gap <= GAP_SHARE * area:
                return order_corners(corners.astype(np.float32))
    return None


def _straight(before: NDArray[Any], at: NDArray[Any], after: NDArray[Any]) -> bool:
    """True if the path from ``before`` through ``at`` to ``after`` runs on nearly straight."""
    into, out = (at - before).astype(np.float64), (after - at).astype(np.float64)
    norms = float(np.linalg.norm(into) * np.linalg.norm(out))
    return norms > 0 and float(into @ out) / norms >= PANEL_STRAIGHT


def _whole_in_view(
    best: Quad,
    best_score: float,
    candidates: list[tuple[float, Quad, int]],
    width: int,
    height: int,
) -> Quad:
    """``best``, or the card wholly in view inside it when ``best`` is cut by the photo's edge.

    A card lying on a larger thing the photo cuts (a book, a folder, a packet it is clipped
    to) shows inside that thing's outline, which, larger, can score higher. Someone who
    photographs a card frames it: a card-like outline well inside, all in view, is the card.
    """
    if not _cut(best, width, height):
        return best
    area = cv2.contourArea(best)
    inside = [
        (score, quad)
        for score, quad, _ in candidates
        if score >= WHOLE_SCORE * best_score
        and cv2.contourArea(quad) <= WHOLE_AREA * area
        and not _cut(quad, width, height)
        and holds(best, quad)
    ]
    return max(inside, key=lambda c: c[0])[1] if inside else best


def _without_corner_below(
    small: Image8, best: Quad, best_score: float, candidates: list[tuple[float, Quad, int]]
) -> Quad:
    """``best``, or the card inside it when ``best`` took in the corner of a card beneath.

    A card lying on others, turned a little from them, shows their corners as wedges beside
    it; an outline around both can score higher than the card's own, being larger. The
    card's own outline is then a nearly as card-like one inside it, the strip between them
    a wedge (see :func:`_took_in_a_corner`) of another colour than the card.
    """
    area = cv2.contourArea(best)
    inside = [
        (score, quad)
        for score, quad, _ in candidates
        if score >= 0.8 * best_score
        and 0.75 * area <= cv2.contourArea(quad) < area
        and holds(best, quad)
        and _took_in_a_corner(best, quad)
        and _other_colour(small, best, quad)
    ]
    return max(inside, key=lambda c: c[0])[1] if inside else best


def _other_colour(small: Image8, outer: Quad, inner: Quad) -> bool:
    """True if the strip between nested outlines differs in colour from the inner one's rim
    (a shadow or glare over the card's corner is a shade of the card; another card is not)."""
    inner_mask = np.zeros(small.shape[:2], np.uint8)
    cv2.fillConvexPoly(inner_mask, inner.astype(np.int32), 255)
    strip = np.zeros(small.shape[:2], np.uint8)
    cv2.fillConvexPoly(strip, outer.astype(np.int32), 255)
    strip[cv2.dilate(inner_mask, np.ones((5, 5), np.uint8)) > 0] = 0
    rim = inner_mask - cv2.erode(inner_mask, np.ones((9, 9), np.uint8))
    if not strip.any() or not rim.any():
        return False
    return _band_colour(small[strip > 0], small[rim > 0])


def _is_band(small: Image8, outer: Quad, inner: Quad) -> bool:
    """True if the strip between two nested outlines can be a band printed along the card.

    It must differ in colour from the desk just outside (else the outer outline took in a
    wedge of desk: wood grain or paper lines that happen to line up), and not merely be a
    darker shade of it (a shadow cast by the card). Each side's part of the strip is judged
    on its own: a wedge of desk along one side hides in the average of a dark band along
    another (a black footer, and ruled paper joined to the card's left edge).
    """
    if _took_in_a_corner(outer, inner):
        return False
    strip = np.zeros(small.shape[:2], np.uint8)
    cv2.fillConvexPoly(strip, outer.astype(np.int32), 255)
    ring = cv2.dilate(strip, np.ones((9, 9), np.uint8)) - strip
    cv2.fillConvexPoly(strip, inner.astype(np.int32), 0)
    strip = cv2.erode(strip, np.ones((3, 3), np.uint8))
    if not strip.any() or not ring.any():
        return False
    strip_pixels, ring_pixels = small[strip > 0], small[ring > 0]
    if not _band_colour(strip_pixels, ring_pixels):
        return False
    strip_side = _nearest_side(outer, np.nonzero(strip))
    ring_side = _nearest_side(outer, np.nonzero(ring))
    sides = np.linalg.norm(outer - np.roll(outer, -1, axis=0), axis=1)
    for side in range(4):
        part = strip_side == side
        # Where the two outlines run together there is nothing between them to judge; the
        # whole strip's colour above speaks for it (judging slivers would make a camera's
        # outline flip between the two from frame to frame).
        wide = np.count_nonzero(part) > BAND_MIN_WIDTH * sides[side]
        if wide and not _band_colour(strip_pixels[part], ring_pixels[ring_side == side]):
            return False
    return True


def _took_in_a_corner(outer: Quad, inner: Quad) -> bool:
    """True if ``outer`` is ``inner`` plus the corner of a card beneath it.

    A band printed along a card has parallel edges (foreshortened at most 1.6 : 1), but the
    corner of another card under this one, turned a little from it, shows as a wedge: the
    strip between the outlines narrows to nothing along a side. A corner printed in another
    colour makes a wedge too, inside the card; there the outline that leaves it out is the
    skewed one, here the one that takes it in.
    """
    if corner_cosines(outer).max() <= corner_cosines(inner).max():
        return False
    for start, end in zip(outer, np.roll(outer, -1, axis=0), strict=True):
        direction = (end - start) / max(1e-6, float(np.linalg.norm(end - start)))
        offsets = inner - start
        across = np.abs(offsets[:, 0] * direction[1] - offsets[:, 1] * direction[0])
        near, far = np.sort(across)[:2]
        if far - near > WEDGE_MIN and near < WEDGE_RATIO * far:
            return True
    return False


def _nearest_side(quad: Quad, pixels: tuple[NDArray[np.intp], ...]) -> NDArray[np.intp]:
    """For each pixel (rows, cols), the index of the quad side (corner i to i + 1) nearest it."""
    rows, cols = (axis.astype(np.float32) for axis in pixels)
    distances = []
    for start, end in zip(quad, np.roll(quad, -1, axis=0), strict=True):
        direction = (end - start) / max(1e-6, float(np.linalg.norm(end - start)))
        across = (cols - start[0]) * direction[1] - (rows - start[1]) * direction[0]
        distances.append(np.abs(across))
    return np.asarray(np.argmin(np.stack(distances), axis=0))


def _band_colour(band_pixels: NDArray[Any], desk_pixels: NDArray[Any]) -> bool:
    """True if strip pixels differ from the desk beside them as a printed band does."""
    if len(desk_pixels) == 0:
        return False
    band = band_pixels.reshape(-1, 3).mean(axis=0)
    desk = desk_pixels.reshape(-1, 3).mean(axis=0)
    shade = band / max(1.0, float(band.mean())) - desk / max(1.0, float(desk.mean()))
    distance = float(np.linalg.norm(band - desk))
    # Another hue sets a band apart even when it is about as dark (black on dark blue).
    if distance < 30 and not (distance >= 15 and float(np.abs(shade).max()) >= HUE_SHIFT):
        return False
    darker = float(band.mean()) < float(desk.mean()) - 12
    # A cast shadow dims the desk; it does not halve it (a black band on light paper does).
    shadow_dark = float(band.mean()) > SHADOW_FLOOR * float(desk.mean())
    return not (darker and shadow_dark and float(np.abs(shade).max()) < HUE_SHIFT)
