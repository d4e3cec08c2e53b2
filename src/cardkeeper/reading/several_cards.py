"""Several cards in one photo or scan: each one found and flattened, in reading order.

After a fair a user lays a pocketful of cards on the desk or on a scanner's glass and takes
one picture of them all. The outline search (:mod:`outline_choice`) already scores every
card-like outline in the photo, and the one-card choice keeps the best of them. Here those
outlines are grouped by the thing they outline (:mod:`card_groups`); two or more groups of
about one card's size are a sheet of cards, and in each group the card is chosen by the
one-card rules, then found again in the part of the photo around it, as large as in a photo
of its own. The grouping costs well under a millisecond, so a photo of one card pays
nothing noticeable, and is then read exactly as before.

Cards laid edge to edge can join into one outline two (or three) cards large. Such an
outline is cut into cards where its parts have a card's shape and edges along their sides:
across its long side (at the seam, where the two cards differ in size or stand a little
apart up and down), or, for a lying card against an upright one, at the corner of the L's
notch. One that cannot be cut so is kept as a place holding cards not told apart, which the
reader reports in a sentence: no card is dropped without a word. A photo of just two cards
lying edge to edge shows too few cards' outlines to group; there the one solid thing inside
the frame that cuts into two cards so, with an edge along the seam, is the pair (a few ms,
paid by every photo of one card).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

import cv2
import numpy as np
from numpy.typing import NDArray

from cardkeeper.reading.card_groups import CARD_SIZES, card_groups, overlaps
from cardkeeper.reading.card_outlines import MIN_SUPPORT, SQUARE_COSINE, score_quad
from cardkeeper.reading.edge_maps import MAPS, MapInputs
from cardkeeper.reading.find_card import (
    FIND_SIDE,
    CardFind,
    exact_quad,
    find_card,
    one_card,
    still_candidates,
    warp,
)
from cardkeeper.reading.outline_choice import Candidates, Outline, pick_outline
from cardkeeper.reading.quads import (
    Image8,
    Quad,
    corner_cosines,
    fit_quad,
    holds,
    order_corners,
    perimeter_support,
    shrink,
)

JOINED_CARDS = (1.6, 3.5)
"""Areas, in cards, of a thing that may be two or three cards lying edge to edge."""
SOLID = 0.85
"""Least share of its hull an unclaimed thing fills: cards are solid slabs, desk grain and
shadows are not."""
LEAST_LEFT = 0.6
"""Least area, in cards, of a thing no card found covers for it to be a card itself."""
COVER_GROWTH = np.ones((5, 5), np.uint8)
"""What a found card's outline is grown by (px, small copy) to cover its own edge and shadow."""
SPLIT_ASPECTS = (1.3, 2.4)
"""Long/short side range each part of a joined outline must have to be taken as a card."""
FILLED = 0.65
"""Least share of an outline that cards lying close together fill (two cards 8 mm apart fill
0.93 of it, less as their outlines are fitted a few px inside); boxes printed on a card leave
its margins and the paper between them."""
GAP_CLOSING = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (9, 9))
"""Closes gaps in an edge up to about 8 px (small copy) before its inside is filled."""
PART_FILLED = 0.9
"""Least share of each part of a cut joined thing that the thing fills: two cards lying edge
to edge fill their box, a long card beside an upright one (an L) does not."""
AROUND_MARGIN = 0.1
"""Desk around a card of a sheet cut out to find it again, as a share of its size each way:
enough for its edge to show all round, little of its neighbours."""
SAME_CARD = 0.8
"""Least share of both outlines two outlines of one card share."""
ROW_SHARE = 0.5
"""A card whose centre lies within this share of a card's height from a row's is in that row."""
LEAST_CARD_SIDE = 150
"""Least short side (px, in the photo) of every card of a sheet. Below it no card could be
read, and the "cards" are things printed on one card: a small scan of a single card (640 px
wide) held a portrait and a logo box that were taken as a sheet of five. A sheet of ten cards
in an 8-MP photo has cards of about 400 px."""
GAP_COVER = np.ones((9, 9), np.uint8)
"""What found cards are grown by (px, small copy) before the desk beside them is split: their
edges and shadows are neither desk nor a missed card."""
GAP_REACH = 0.6
"""How far above and below a row (share of a card's short side) a missed card of it may
reach: a card turned upright in a row of lying ones, level with their tops, stands out below
them by 0.55 of it (85 / 55 - 1)."""
GAP_OUTER = 2.2
"""Length (cards' long sides) of the stretch looked at before a row's first card and after
its last: a missed card and the gap to it, with room for a loose layout."""
GAP_WIDTH = 0.8
"""Least width of a row's empty stretch, in cards' short sides, to hold a missed card (an
upright one)."""
SLAB_SPLITS = (10, 25, 50, 75, 90)
"""Percentiles of a stretch's levels it is split at besides Otsu's: on a patterned desk a
dark card joins the desk's darkest lines at Otsu's level, and only a lower one parts them."""
SLAB_FILLED = 0.85
"""Least share of its box that a missed card's slab fills."""
SLAB_BEYOND = 10
"""Share (%) of the desk around a missed card as dark (or as light) as the card's median, at
most: on a patterned desk a black card lies below its dark lines, not below its mean by a
multiple of its spread."""
SLAB_STEP = 2
"""Least difference (Lab levels) of a missed card's median level from the desk's median
around it (it must also lie beyond nearly all of that desk, :data:`SLAB_BEYOND`). The dark
cards once missed on generated desks differ from theirs by 4-28 levels of lightness or
2-22 of a colour axis (two dark grey cards on a dark grey desk by 2 levels of yellow-blue);
a card's own shape, size and solidity keep the desk's noise out."""

PAIR_AREA = (0.11, 0.9)
"""Area of a thing that may be two cards lying edge to edge in a photo of the two alone, as
a share of the photo; a thing touching the frame's edge is never taken (a card filling the
photo). Two cards of 85 x 55 mm on an A4 scanner lid are 15% of it (generated lid pairs
13-15%, desk pairs 23-40%); a red box and a QR code printed on real scans filling the frame
(8% and 5%) were each cut into two "cards" at a lower bound of 4%."""
PAIR_ASPECTS = (1.4, 2.8)
"""Long/short side range of one card's box, which a photo's one solid thing must lie outside
to be cut straight across into two: 85 x 55 mm is 1.55, 90 x 50 mm 1.8, up to 2.7 seen
from beside its long side; two cards end to end are 3.1 and more, two side by side 1.1 to
1.3. A card of one card's shape is not cut, whatever line is printed across its middle."""
SEAM_SLACK = 6
"""Pixels (small copy) the seam between two cards lying edge to edge may lie off the cut
between them: the cut follows one card's bright or dark region, which stops a few px short
of the line the edges' shading draws."""
NOTCH_DEPTH = 0.15
"""Least depth of the notch of an L, as a share of the square root of its area: two cards
laid one lying, one upright, edge to edge leave a notch of a third of the upright card's
height; a card's rounded or torn corner, or its shadow, a few px."""


@dataclass(frozen=True)
class Unseparated:
    """A place in the photo holding cards lying so close that they could not be told apart."""

    quad: Quad
    """Its corners in the source image."""


Place: TypeAlias = CardFind | Unseparated


def find_cards(image: NDArray[np.uint8]) -> list[Place]:
    """Every card in ``image`` (BGR), in reading order (rows, then left to right).

    A photo of one card gives the one :class:`CardFind` that
    :func:`~cardkeeper.reading.find_card.find_card` gives; a sheet gives one per card (kind
    "sheet"), with an :class:`Unseparated` where cards could not be told apart.
    """
    small, scale = shrink(image, FIND_SIDE)
    candidates = still_candidates(small)
    places = sheet_places(small, candidates)
    alone = None
    if places is None:
        alone = one_card(image, small, scale, candidates)
        found_quad = None if alone.quad is None else (alone.quad * scale).astype(np.float32)
        places = pair_places(small, candidates.support, found_quad)
    if places is None or min(_short_side(place) for place in places) < LEAST_CARD_SIDE * scale:
        return [alone or one_card(image, small, scale, candidates)]
    found: list[Place] = []
    for place in places:
        if isinstance(place, Outline):
            found.append(_card_of_sheet(image, exact_quad(image, place, scale)))
        else:
            found.append(Unseparated((place / scale).astype(np.float32)))
    return found


def _short_side(place: Outline | Quad) -> float:
    """The shorter side of a sheet's place (small copy's px)."""
    quad = place.quad if isinstance(place, Outline) else place
    sides = np.linalg.norm(quad - np.roll(quad, 1, axis=0), axis=1)
    return float(min(sides[0] + sides[2], sides[1] + sides[3]) / 2)


def _card_of_sheet(image: NDArray[np.uint8], quad: Quad) -> CardFind:
    """The card at ``quad`` of a sheet, found again by the one-card finder in the part of the
    photo around it.

    On the sheet's small copy a card is a few hundred pixels, so a band printed along its
    edge or a box printed on it is told from the card less surely than on a photo of the
    card; cut out with a little desk around it, the card is as large as in a photo of its
    own. Kept only where it is the card found on the sheet (a neighbour's corner in view
    could be taken instead); else the sheet's outline stands.
    """
    low, high = quad.min(axis=0), quad.max(axis=0)
    margin = (high - low) * AROUND_MARGIN
    left, top = np.maximum(low - margin, 0).astype(int)
    right, bottom = np.minimum(high + margin, image.shape[1::-1]).astype(int)
    around = np.ascontiguousarray(image[top:bottom, left:right])
    alone = find_card(around)
    if alone.quad is not None:
        again = (alone.quad + np.array([left, top], np.float32)).astype(np.float32)
        shared, _ = cv2.intersectConvexConvex(again, quad)
        if shared >= SAME_CARD * max(cv2.contourArea(again), cv2.contourArea(quad)):
            return CardFind(alone.card, again, True, "sheet", around)
    return CardFind(warp(image, quad), quad, True, "sheet", around)


def sheet_places(small: Image8, candidates: Candidates) -> list[Outline | Quad] | None:
    """The cards' outlines in ``small`` in reading order, with the quads of places holding
    cards not told apart; None when the photo does not hold several cards (see
    :func:`~cardkeeper.reading.card_groups.card_groups`)."""
    scored = candidates.scored + candidates.smaller
    laid = card_groups(scored)
    if laid is None:
        return None
    cards, size, least = laid
    cards = _boxes_joined(cards, [c for c in scored if c[0] >= least], scored)
    if len(cards) < 2:
        return None
    outlines = []
    for group in cards:
        chosen = Candidates([scored[i] for i in group], candidates.support)
        outline = pick_outline(small, chosen, still=True)
        if outline is not None:
            outlines.append(outline)
    places: list[Outline | Quad] = [*outlines]
    taken = [outline.quad for outline in outlines]
    areas = (LEAST_LEFT * size, JOINED_CARDS[1] * size)
    regions: list[NDArray[np.int32]] | None = None
    for piece in _unclaimed(small, taken, areas, candidates.support):
        cards_in = _cards_in(piece, size, candidates.support)
        if not isinstance(cards_in, list):
            # A square outline fitted around an L hides its notch: the same thing is looked
            # for in each region map alone (only where cards were not told apart).
            if regions is None:
                regions = _unclaimed(small, taken, areas, candidates.support, claim=False)
            cards_in = _cut_region(regions, cards_in, size, candidates.support) or cards_in
        places += cards_in if isinstance(cards_in, list) else [cards_in]
    quads = [place.quad if isinstance(place, Outline) else place for place in places]
    places += [Outline(quad, 0) for quad in gap_cards(small, quads, size)]
    quads = [place.quad if isinstance(place, Outline) else place for place in places]
    return [places[index] for index in reading_order(quads)]


def _boxes_joined(
    cards: list[list[int]],
    outlines: list[tuple[float, Quad, int]],
    scored: list[tuple[float, Quad, int]],
) -> list[list[int]]:
    """``cards`` with those that are boxes printed on one card put together as that card.

    Two photos or boxes printed side by side on a card look like two small cards; the card's
    outline then holds both with paper around them. Cards lying edge to edge are held by
    their joint outline too, but fill it.
    """
    top_quads = [max((scored[i] for i in group), key=lambda c: c[0])[1] for group in cards]
    joined = list(cards)
    for _, outer, _ in outlines:
        outer_area = cv2.contourArea(outer)
        held = [k for k, quad in enumerate(top_quads) if joined[k] and holds(outer, quad)]
        if any(overlaps(outer, quad) for k, quad in enumerate(top_quads) if k not in held):
            continue  # it runs on over another card: an outline of several
        filled = sum(cv2.contourArea(top_quads[k]) for k in held) / max(1.0, outer_area)
        if len(held) >= 2 and filled < FILLED:
            merged = [i for k in held for i in joined[k]]
            for k in held:
                joined[k] = []
            joined[held[0]] = merged
    return [group for group in joined if group]


def reading_order(quads: list[Quad]) -> list[int]:
    """Indexes of ``quads`` in reading order: rows from the top, each from the left (see
    :func:`_rows`)."""
    return [index for row in _rows(quads) for index in row]


def _rows(quads: list[Quad]) -> list[list[int]]:
    """Indexes of ``quads`` by row, rows from the top, each from the left.

    A card turned a little, or pushed up or down in a loose layout, stays in its row as
    long as its centre is within half a card's height of the row's first card.
    """
    centres = np.array([quad.mean(axis=0) for quad in quads])
    heights = [float(np.ptp(quad[:, 1])) for quad in quads]
    reach = ROW_SHARE * float(np.median(heights))
    rows: list[list[int]] = []
    for index in np.argsort(centres[:, 1], kind="stable"):
        if rows and centres[index, 1] - centres[rows[-1][0], 1] <= reach:
            rows[-1].append(int(index))
        else:
            rows.append([int(index)])
    return [sorted(row, key=lambda i: centres[i, 0]) for row in rows]


def _unclaimed(
    small: Image8,
    taken: list[Quad],
    areas: tuple[float, float],
    support: Image8,
    *,
    claim: bool = True,
) -> list[NDArray[np.int32]]:
    """Contours of solid things of ``areas`` (least, most; px²) that none of the cards
    found covers (on a sheet, at least most of a card's size): a card whose outline joined
    its neighbour's (cards laid edge to edge, outlined together: two end to end are 3 : 1, a
    long and an upright one an L, no card's shape), and two or three such cards together.
    Looked for inside square outlines with edges along their sides (a seam's gap leaves them
    open), among what the strong edges enclose and among the bright and dark regions; only
    on a sheet, whose cards share the time it takes, or where the one-card rules found no
    more than one card. With ``claim``, a thing found in one of those is not looked for in
    the next; without, each gives its own (a square outline fitted around an L hides its
    notch, which the regions show)."""
    covered = np.zeros(small.shape[:2], np.uint8)
    for quad in taken:
        cv2.fillConvexPoly(covered, quad.astype(np.int32), 255)
    covered = cv2.dilate(covered, COVER_GROWTH)
    inputs = MapInputs(small)
    edges = MAPS[0](inputs)
    found: list[NDArray[np.int32]] = []
    masks = (
        _outlined(edges, areas, support),
        _enclosed(edges),
        MAPS[1](inputs),
        MAPS[2](inputs),
    )
    for mask in masks:
        left = mask.copy()
        left[covered > 0] = 0
        left = cv2.morphologyEx(left, cv2.MORPH_OPEN, COVER_GROWTH)
        pieces, _ = cv2.findContours(left, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        for piece in pieces:
            area = cv2.contourArea(piece)
            if not areas[0] <= area <= areas[1]:
                continue
            if area < SOLID * cv2.contourArea(cv2.convexHull(piece)):
                continue
            found.append(np.asarray(piece, np.int32))
            if claim:
                cv2.drawContours(covered, [piece], -1, 255, cv2.FILLED)
    return found


def _outlined(edges: Image8, areas: tuple[float, float], support: Image8) -> Image8:
    """The insides of square outlines of ``areas`` (up to three cards large on a sheet), with
    edges along their sides."""
    inside = np.zeros_like(edges)
    contours, _ = cv2.findContours(edges, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    for contour in contours:
        hull = cv2.convexHull(contour)
        if not areas[0] <= cv2.contourArea(hull) <= areas[1]:
            continue
        quad = fit_quad(hull)
        if quad is None or corner_cosines(quad).max() > SQUARE_COSINE:
            continue
        if perimeter_support(quad, support) >= MIN_SUPPORT:
            cv2.fillConvexPoly(inside, quad.astype(np.int32), 255)
    return inside


def _enclosed(edges: Image8) -> Image8:
    """What ``edges`` enclose, with the edges themselves: all but the ground that reaches the
    photo's border without crossing an edge (gaps of a few px, where glare or a light
    card's corner broke the edge, closed first)."""
    height, width = edges.shape[:2]
    closed = cv2.morphologyEx(edges, cv2.MORPH_CLOSE, GAP_CLOSING)
    ground = cv2.copyMakeBorder(closed, 1, 1, 1, 1, cv2.BORDER_CONSTANT, value=0)
    cv2.floodFill(ground, np.zeros((height + 4, width + 4), np.uint8), (0, 0), 128)
    inside: Image8 = np.where(ground[1:-1, 1:-1] == 128, 0, 255).astype(np.uint8)
    return inside


def _cards_in(piece: NDArray[np.int32], card_area: float, support: Image8) -> list[Outline] | Quad:
    """The cards in an unclaimed ``piece``: itself if it has a card's shape, else its box cut
    across into as many cards as its area holds, or an L cut at its notch into two, if each
    part has a card's shape and edges along its sides; else the box, a place holding cards
    not told apart."""
    box = order_corners(cv2.boxPoints(cv2.minAreaRect(piece)).astype(np.float32))
    if cv2.contourArea(box) <= CARD_SIZES * card_area:
        score = score_quad(box, support, cv2.contourArea(box))
        return box if score is None else [Outline(box, 0)]
    parts = _cut_apart(box, card_area, support)
    if parts is None or not all(_filled(piece, part) for part in parts):
        parts = None
        if round(cv2.contourArea(piece) / card_area) == 2:
            parts = _cut_at_seam(piece, support) or _cut_at_notch(piece, support)
    return box if parts is None else [Outline(part, 0) for part in parts]


def _cut_region(
    regions: list[NDArray[np.int32]], box: Quad, card_area: float, support: Image8
) -> list[Outline] | None:
    """The cards of the first of ``regions`` that overlaps ``box`` (a place holding cards
    not told apart) and is cut into cards (see :func:`_cards_in`); None if none is."""
    for region in regions:
        shape = order_corners(cv2.boxPoints(cv2.minAreaRect(region)).astype(np.float32))
        if overlaps(shape, box) and isinstance(
            cards := _cards_in(region, card_area, support), list
        ):
            return cards
    return None


def pair_places(small: Image8, support: Image8, found: Quad | None) -> list[Outline | Quad] | None:
    """Two cards lying edge to edge in a photo of the two alone, in reading order; None when
    the photo shows no such pair.

    Two cards touching show no gap, so each map outlines them as one thing, two cards large,
    and the outlines of the cards themselves are too few to group (:func:`card_groups`); the
    one-card rules then take one of them, or a quad across both. A solid thing inside the
    frame that cuts into two card-shaped parts with edges along their sides (end to end,
    side by side, or an L of a lying and an upright card, cut at its notch) is the pair. A
    card alone is no such thing: halves of a card are not card-shaped, and parts that the
    card ``found`` by the one-card rules holds with paper around them are boxes printed on
    it (see :func:`_boxes_joined`).
    """
    height, width = small.shape[:2]
    areas = (PAIR_AREA[0] * width * height, PAIR_AREA[1] * width * height)
    pieces = _unclaimed(small, [], areas, support, claim=False)
    for piece in sorted(pieces, key=cv2.contourArea, reverse=True):
        left, top, across, down = cv2.boundingRect(piece)
        if left < 2 or top < 2 or left + across > width - 2 or top + down > height - 2:
            continue
        parts = _split_in_two(piece, support)
        if parts is None:
            continue
        if found is not None and _printed_on(found, parts):
            continue
        return [Outline(parts[index], 0) for index in reading_order(parts)]
    return None


def _printed_on(card: Quad, parts: list[Quad]) -> bool:
    """True if ``card`` holds ``parts`` with paper around them: boxes printed on it."""
    held = all(holds(card, part) for part in parts)
    return held and sum(cv2.contourArea(part) for part in parts) < FILLED * cv2.contourArea(card)


def _split_in_two(piece: NDArray[np.int32], support: Image8) -> list[Quad] | None:
    """``piece`` as two cards: its box cut across in two, or else cut across at its seam
    (if its box has no card's shape), or an L cut at its notch; None if none gives two parts
    of a card's shape, of about one size, with edges along their sides and along the seam
    between them, that ``piece`` fills. A band printed across a card leaves the card's
    paper in two parts that may have cards' shapes, but no edge runs between them."""
    box = order_corners(cv2.boxPoints(cv2.minAreaRect(piece)).astype(np.float32))
    sides = np.linalg.norm(box - np.roll(box, -1, axis=0), axis=1)
    if not PAIR_ASPECTS[0] <= max(sides) / max(1.0, min(sides)) <= PAIR_ASPECTS[1]:
        parts = _cut_apart(box, cv2.contourArea(box) / 2, support)
        if parts is not None and all(_filled(piece, part) for part in parts):
            return parts if _seam_support(parts[0], parts[1], support) >= MIN_SUPPORT else None
        return _cut_at_seam(piece, support)
    return _cut_at_notch(piece, support)


def _cut_at_notch(piece: NDArray[np.int32], support: Image8) -> list[Quad] | None:
    """The two cards of an L-shaped ``piece`` (a lying card edge to edge with an upright
    one): cut at the corner of its notch along one of its sides' directions, where both
    parts have a card's shape, about one size, edges along their sides and the seam, and
    are filled by ``piece``; None if no cut gives that."""
    outline = cv2.approxPolyDP(piece, 0.005 * cv2.arcLength(piece, True), True)
    if len(outline) < 5:
        return None
    hull = cv2.convexHull(outline, returnPoints=False)
    try:
        defects = cv2.convexityDefects(outline, hull)
    except cv2.error:  # a self-crossing outline: no L
        return None
    if defects is None or not len(defects):
        return None
    defects = defects.reshape(-1, 4)
    _, _, far, depth = defects[int(np.argmax(defects[:, 3]))]
    if depth / 256 < NOTCH_DEPTH * np.sqrt(cv2.contourArea(piece)):
        return None
    corner = outline[far, 0].astype(np.float64)
    theta = np.radians(cv2.minAreaRect(piece)[2])
    for normal in ((np.cos(theta), np.sin(theta)), (-np.sin(theta), np.cos(theta))):
        if (quads := _halves(piece, corner, np.array(normal), support)) is not None:
            return quads
    return None


def _cut_at_seam(piece: NDArray[np.int32], support: Image8) -> list[Quad] | None:
    """The two cards of a ``piece`` two cards long (end to end, or side by side), cut across
    its long side where edges run across it most, near its middle: cards of two sizes, or
    one set a little higher than the other, do not meet at the middle of their box, nor
    fill its halves. None if that cut does not make two cards (see :func:`_halves`)."""
    (x, y), sides, angle = cv2.minAreaRect(piece)
    theta = np.radians(angle)
    along = np.array([np.cos(theta), np.sin(theta)])
    across = np.array([-np.sin(theta), np.cos(theta)])
    if sides[1] > sides[0]:
        along, across = across, along
    length, breadth = max(sides), min(sides)
    centre = np.array([x, y])
    points = [centre + shift * length * along for shift in np.linspace(-0.15, 0.15, 31)]
    best = max(
        points,
        key=lambda at: _line_support(at - across * breadth / 2, at + across * breadth / 2, support),
    )
    return _halves(piece, best, along, support)


def _halves(
    piece: NDArray[np.int32],
    point: NDArray[np.float64],
    normal: NDArray[np.float64],
    support: Image8,
) -> list[Quad] | None:
    """``piece`` cut in two by the line through ``point`` across ``normal``, each half
    boxed: two cards if both have a card's shape, about one size, edges along their sides
    and the seam, and are filled by ``piece``; else None."""
    left, top, across, down = cv2.boundingRect(piece)
    mask = np.zeros((down, across), np.uint8)
    cv2.drawContours(mask, [piece - np.array([left, top], np.int32)], -1, 255, cv2.FILLED)
    ys, xs = np.mgrid[0:down, 0:across]
    side = (xs + left - point[0]) * normal[0] + (ys + top - point[1]) * normal[1] >= 0
    parts = [
        _part_box(mask & np.where(half, 255, 0).astype(np.uint8), (left, top))
        for half in (side, ~side)
    ]
    quads = [part for part in parts if part is not None]
    if len(quads) < 2:
        return None
    sizes = [cv2.contourArea(quad) for quad in quads]
    if max(sizes) > CARD_SIZES * min(sizes):
        return None
    if not all(_one_card_part(piece, quad, support) for quad in quads):
        return None
    return quads if _seam_support(quads[0], quads[1], support) >= MIN_SUPPORT else None


def _seam_support(one: Quad, other: Quad, support: Image8) -> float:
    """Share of the seam between two parts of a cut thing that runs along an edge (to
    :data:`SEAM_SLACK` px): the shorter of the two sides, one of each, that lie closest
    together."""
    sides = [(quad[k], quad[(k + 1) % 4]) for quad in (one, other) for k in range(4)]
    middles = np.array([(start + end) / 2 for start, end in sides])
    first, second = min(
        ((i, j) for i in range(4) for j in range(4, 8)),
        key=lambda pair: float(np.linalg.norm(middles[pair[0]] - middles[pair[1]])),
    )
    start, end = min(
        sides[first], sides[second], key=lambda side: float(np.linalg.norm(side[1] - side[0]))
    )
    return _line_support(start, end, support)


def _line_support(start: NDArray[np.floating], end: NDArray[np.floating], support: Image8) -> float:
    """Share of the line from ``start`` to ``end`` that runs along an edge of ``support``,
    as a whole up to :data:`SEAM_SLACK` px off it."""
    direction = (end - start).astype(np.float64)
    normal = np.array([-direction[1], direction[0]]) / max(1e-6, float(np.linalg.norm(direction)))
    points = start + np.linspace(0.05, 0.95, 40)[:, None] * direction
    height, width = support.shape[:2]
    best = 0.0
    for offset in range(-SEAM_SLACK, SEAM_SLACK + 1):
        shifted = (points + offset * normal).round().astype(int)
        cols, rows = shifted[:, 0].clip(0, width - 1), shifted[:, 1].clip(0, height - 1)
        best = max(best, float((support[rows, cols] > 0).mean()))
    return best


def _part_box(mask: Image8, offset: tuple[int, int]) -> Quad | None:
    """The box of the largest thing in ``mask`` (a part of a cut piece), in the photo."""
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    largest = max(contours, key=cv2.contourArea) + np.array(offset, np.int32)
    return order_corners(cv2.boxPoints(cv2.minAreaRect(largest)).astype(np.float32))


def _one_card_part(piece: NDArray[np.int32], part: Quad, support: Image8) -> bool:
    """True if ``part`` of a cut ``piece`` has a card's shape and edges along its sides,
    and ``piece`` fills it."""
    sides = np.linalg.norm(part - np.roll(part, -1, axis=0), axis=1)
    aspect = max(sides) / max(1.0, min(sides))
    if not SPLIT_ASPECTS[0] <= aspect <= SPLIT_ASPECTS[1]:
        return False
    return score_quad(part, support, cv2.contourArea(part)) is not None and _filled(piece, part)


def _filled(piece: NDArray[np.int32], part: Quad) -> bool:
    """True if ``piece`` fills at least :data:`PART_FILLED` of ``part``."""
    box = cv2.boundingRect(np.concatenate([piece.reshape(-1, 2), part.astype(np.int32)]))
    shift = np.array(box[:2], np.int32)
    piece_mask = np.zeros((box[3] + 1, box[2] + 1), np.uint8)
    part_mask = np.zeros_like(piece_mask)
    cv2.drawContours(piece_mask, [piece - shift], -1, 255, cv2.FILLED)
    cv2.fillConvexPoly(part_mask, part.astype(np.int32) - shift, 255)
    inside = np.count_nonzero(piece_mask & part_mask)
    return bool(inside >= PART_FILLED * np.count_nonzero(part_mask))


def _cut_apart(box: Quad, card_area: float, support: Image8) -> list[Quad] | None:
    """``box`` cut across its long side into as many cards as its area holds, if each part
    has a card's shape and edges along its sides; else None."""
    count = round(cv2.contourArea(box) / card_area)
    sides = np.linalg.norm(box - np.roll(box, -1, axis=0), axis=1)
    start = 0 if sides[0] >= sides[1] else 1  # the first corner of a long side
    a, b, c, d = (box[(start + k) % 4].astype(np.float64) for k in range(4))
    parts = []
    for k in range(count):
        near, far = k / count, (k + 1) / count
        part = np.array(
            [a + (b - a) * near, a + (b - a) * far, d + (c - d) * far, d + (c - d) * near]
        )
        quad = order_corners(part.astype(np.float32))
        part_sides = np.linalg.norm(quad - np.roll(quad, -1, axis=0), axis=1)
        aspect = max(part_sides) / max(1.0, min(part_sides))
        if not SPLIT_ASPECTS[0] <= aspect <= SPLIT_ASPECTS[1]:
            return None
        if score_quad(quad, support, cv2.contourArea(quad)) is None:
            return None
        parts.append(quad)
    return parts


def gap_cards(small: Image8, quads: list[Quad], card_area: float) -> list[Quad]:
    """Cards in the empty stretches of the rows of a sheet's ``quads`` (found cards and
    places), told from the desk by a grey level or colour of their own there.

    A dark card on a dark desk (grey levels 5-25 apart, its edges no stronger than the
    desk's grain) falls on the dark side of every whole-photo map with the desk, so no map
    outlines it. Where a card could lie in a row, beside its found neighbours, the desk is
    one ground and the card one slab: a two-level split of that stretch alone, in lightness
    or either colour axis, shows it as a solid thing of a card's size and shape.
    """
    if len(quads) < 2:
        return []
    height, width = small.shape[:2]
    boxes = np.array([[*quad.min(axis=0), *quad.max(axis=0)] for quad in quads])
    long_side = float(np.median(np.maximum(boxes[:, 2] - boxes[:, 0], boxes[:, 3] - boxes[:, 1])))
    short_side = float(np.median(np.minimum(boxes[:, 2] - boxes[:, 0], boxes[:, 3] - boxes[:, 1])))
    covered = np.zeros((height, width), np.uint8)
    for quad in quads:
        cv2.fillConvexPoly(covered, quad.astype(np.int32), 255)
    covered = cv2.dilate(covered, GAP_COVER)
    lab = cv2.cvtColor(cv2.GaussianBlur(small, (5, 5), 0), cv2.COLOR_BGR2LAB)
    found: list[Quad] = []
    for row in _rows(quads):
        top = max(0, int(boxes[row, 1].min() - GAP_REACH * short_side))
        bottom = min(height, int(boxes[row, 3].max() + GAP_REACH * short_side))
        lefts = sorted(row, key=lambda i: boxes[i, 0])
        edges = [max(0.0, boxes[lefts[0], 0] - long_side * GAP_OUTER)]
        for index in lefts:
            edges += [boxes[index, 0], boxes[index, 2]]
        edges.append(min(float(width), boxes[lefts[-1], 2] + long_side * GAP_OUTER))
        stretches = list(zip(edges[::2], edges[1::2], strict=True))
        for number, (start, end) in enumerate(stretches):
            if end - start < GAP_WIDTH * short_side:
                continue
            left, right = int(start), int(end)
            open_sides = (number == 0, number == len(stretches) - 1)
            slab = _slab_in(
                lab[top:bottom, left:right], covered[top:bottom, left:right], card_area, open_sides
            )
            if slab is not None:
                placed = (slab + np.array([left, top], np.float32)).astype(np.float32)
                found.append(placed)
                cv2.fillConvexPoly(covered, placed.astype(np.int32), 255)
    return found


def _slab_in(
    lab: Image8, covered: Image8, card_area: float, open_sides: tuple[bool, bool]
) -> Quad | None:
    """The one solid thing of a card's size and shape in a stretch of desk (``lab``, with
    the found cards ``covered``) that a two-level split of its lightness or a colour axis
    shows, standing out from the desk around it (:func:`_stands_out`); or
    None. A missed card lies inside its stretch: a thing reaching the stretch's top or
    bottom, or its left or right end where no card bounds it (``open_sides``), is desk cut
    off by the stretch's bounds."""
    free = covered == 0
    height, width = free.shape
    if np.count_nonzero(free) < LEAST_LEFT * card_area:
        return None
    for channel in cv2.split(lab):
        levels = channel[free]
        otsu, _ = cv2.threshold(levels.reshape(1, -1), 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
        splits = [otsu, *np.percentile(levels, SLAB_SPLITS)]
        halves = [half for level in splits for half in (channel > level, channel <= level)]
        for half in halves:
            mask = cv2.morphologyEx(
                np.where(half & free, 255, 0).astype(np.uint8), cv2.MORPH_OPEN, COVER_GROWTH
            )
            pieces, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
            for piece in pieces:
                area = cv2.contourArea(piece)
                if not LEAST_LEFT * card_area <= area <= CARD_SIZES * card_area:
                    continue
                left, top, across, down = cv2.boundingRect(piece)
                if top < 2 or top + down > height - 2:
                    continue
                if (open_sides[0] and left < 2) or (open_sides[1] and left + across > width - 2):
                    continue
                box = order_corners(cv2.boxPoints(cv2.minAreaRect(piece)).astype(np.float32))
                if area < SLAB_FILLED * cv2.contourArea(box):
                    continue
                sides = np.linalg.norm(box - np.roll(box, -1, axis=0), axis=1)
                if not SPLIT_ASPECTS[0] <= max(sides) / max(1.0, min(sides)) <= SPLIT_ASPECTS[1]:
                    continue
                if _stands_out(channel, free, np.asarray(piece, np.int32)):
                    return box
    return None


def _stands_out(channel: Image8, free: NDArray[np.bool_], piece: NDArray[np.int32]) -> bool:
    """True if ``piece``'s inside lies beyond nearly all the free desk around it, by at least
    :data:`SLAB_STEP`: a slab, not a patch of grain (whose level the desk around it shares
    in places). A median, so that a card's print does not count."""
    inside = np.zeros(channel.shape[:2], np.uint8)
    cv2.drawContours(inside, [piece], -1, 255, cv2.FILLED)
    core = cv2.erode(inside, COVER_GROWTH) > 0
    ring = (cv2.dilate(inside, COVER_GROWTH, iterations=3) > 0) & ~(inside > 0) & free
    if np.count_nonzero(core) == 0 or np.count_nonzero(ring) == 0:
        return False
    card = float(np.median(channel[core]))
    low, middle, high = np.percentile(channel[ring], (SLAB_BEYOND, 50, 100 - SLAB_BEYOND))
    return bool(abs(card - middle) >= SLAB_STEP and not low <= card <= high)
