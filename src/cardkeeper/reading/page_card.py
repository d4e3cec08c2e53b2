"""A white card on a printed page: four straight edges with blank paper just inside.

On a programme or a letter the card's edge is a faint step of a few grey levels, and
the page's print runs right up to it: in every edge map the edge joins the page's text
and table lines, so no contour closes around the card, and the outline search takes
the page or a wedge of it. Two other cues still hold. With the print filled in (a grey
closing wider than a stroke), the card's sides remain as long straight edges, in
pieces where a line of text touched them. And a card is a slab of even paper: it keeps
its text some way in from its edge, so just inside each side lies a blank strip, where
a page has print up to any line drawn across it.

The same sides find a white card on a desk whose outline joined another card's, the one
it lies on or beside, into one contour: there a darker desk lies beyond each of its sides.
A coloured card lying half on a white one, where nothing else was found, has something of
another colour beyond every side, lighter this time.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import NamedTuple

import cv2
import numpy as np
from numpy.typing import NDArray

from cardkeeper.reading.card_outlines import score_quad
from cardkeeper.reading.quads import Image8, Quad, holds, lost_corners, order_corners, to_gray

TEXT_FILL = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (9, 9))
"""Fills print up to 9 px thick on the small copy (a page's text, table rules)."""
MIN_PIECE = 0.12
"""Shortest straight edge piece that may be part of a card's side, as a share of the
photo's short side (a card's short side is at least a quarter of it)."""
SAME_LINE_DEGREES = 2.0
SAME_LINE_PX = 4.0
"""Pieces within this angle and offset lie on one line (a side broken by text touching it)."""
MAX_LINES = 16
"""Longest lines tried as sides: 16 make some 500 quads, a few ms."""
PER_DIRECTION = 6
"""Most lines tried in one direction (within :data:`PARALLEL_DEGREES`): a page's rows of text
and table rules make many long parallel lines, which took every place, so a card turned on
the page had no side among the lines tried (seed 139 paper 251); a card needs two in each of
two directions."""
PARALLEL_DEGREES = 15.0
"""Largest angle between opposite sides: perspective on a hand-held photo."""
RIM_FROM, RIM_TO = 0.02, 0.07
"""The strip inside each side that must be blank, as shares of the card's short side:
cards keep their text at least ~7% of the short side from the edge."""
RIM_INK = 0.02
"""Largest share of a side's rim strip on a text edge: a page has print up to any line."""
AROUND = 0.15
AROUND_INK = 0.045
"""A strip out to this share of the card's short side beyond a side, with at least this share
on text edges, is print (the page); wood grain beside a card on a desk makes 0.02-0.03."""
AROUND_SIDES = 3
"""Sides with print beyond them: a card may lie with one side over a page's blank margin."""
GROUND_STEP = 60.0
"""Colour distance (BGR) from the card's paper from which the ground beyond a side is another
thing: a white card's paper against a wooden desk or green cloth measures 150-350, and the
blank paper of one card against the margin of another under it under 40."""
SAME_CORNERS = 6.0
"""Corner distance (px, small copy) within which the outline found stands: the card it found
is kept as it was, its edge fitted as for any card."""
MIN_SCORE = 0.15
"""Least :func:`score_quad` of such a card (the eight found on seed 139's pages: 0.44-0.69)."""
SURE_SCORE = 0.4
"""Least :func:`score_quad` of a card with one side that neither print nor a darker ground
beyond vouches for (its paper runs on into a page's blank margin or a white card under it):
a panel of a card, or a box drawn through its print, scores 0.20-0.35, being smaller than the
card and its side across the print broken where the print is."""
BAND_SCORE = 0.8
BAND_AREA = 1.3
"""A quad around the best one that scores at least ``BAND_SCORE`` of the best and covers at
most ``BAND_AREA`` times its area may be the whole card, the best one its panel beside a band
printed along its edge (a band is at most about a quarter of a card)."""


def card_on_page(small: Image8, found: Quad | None) -> Quad | None:
    """The quad of a card lying on a printed page in ``small`` (BGR) in place of the outline
    ``found`` by the contour search, or None to keep that.

    Long straight pieces of edge are joined into lines; of every two pairs of nearly
    parallel lines that cross near square, the quad with a blank rim inside each side and
    print beyond most sides (or a darker desk beyond all four) that scores best as a card
    outline is taken, if it holds ``found`` (a panel of the card), lies inside a ``found``
    with print up to its sides (the page, or a wedge of it, or two cards taken as one), or
    nothing was found; a quad a band's width around it that passes as well is the whole
    card. A card the contour search found whole keeps its outline: a panel inside it has a
    blank rim too.
    """
    maps = side_maps(small)
    text, smooth, edges, support = maps.text, maps.smooth, maps.edges, maps.support
    found_card = found is not None and _blank_rim(found, text)
    height, width = edges.shape[:2]
    lines = straight_lines(edges, smooth, MIN_PIECE * min(width, height))
    scored = [
        (score, quad)
        for quad in _quads(lines, width, height)
        if (score := score_quad(quad, support, float(cv2.contourArea(quad)))) is not None
        and score >= MIN_SCORE
    ]

    def stands(quad: Quad, score: float) -> bool:
        return (
            _blank_rim(quad, text)
            and _printed_around(quad, text, small, found, sure=score >= SURE_SCORE)
            and _nested(quad, found, found_card)
        )

    best = next(
        (quad for score, quad in sorted(scored, key=lambda s: -s[0]) if stands(quad, score)), None
    )
    if best is None:
        return None
    best = _with_band(best, scored, stands)
    if found is not None and _same(best, found):
        return None
    return best


class SideMaps(NamedTuple):
    """The maps a card's straight sides are looked for on (see the module's docstring)."""

    text: Image8
    """Edges of the print (Canny on the lightly blurred grey copy)."""
    smooth: Image8
    """The grey copy with its print filled in, smoothed: a card's faint edge stays a step."""
    edges: Image8
    """Edges of ``smooth``: the card's sides, in pieces where print touched them."""
    support: Image8
    """``edges`` a pixel thicker, to score how much of a side runs along an edge."""


def side_maps(small: Image8) -> SideMaps:
    """The :class:`SideMaps` of ``small`` (BGR)."""
    blur = cv2.GaussianBlur(to_gray(small), (5, 5), 0)
    filled = cv2.morphologyEx(blur, cv2.MORPH_CLOSE, TEXT_FILL)
    smooth = cv2.GaussianBlur(filled, (5, 5), 0)
    edges = cv2.Canny(smooth, 8, 24)
    support = cv2.dilate(edges, np.ones((3, 3), np.uint8))
    return SideMaps(cv2.Canny(blur, 30, 90), smooth, edges, support)


def _with_band(
    best: Quad, scored: list[tuple[float, Quad]], stands: Callable[[Quad, float], bool]
) -> Quad:
    """``best``, or the card around it when ``best`` is the card less a band printed along
    its edge.

    A band's inner edge is as straight and strong as the card's own, and its outer edge may
    barely part from the desk (a green footer on green cloth), so the panel beside the band
    can score best. A slightly larger quad around it that passes the same tests is the
    whole card: a strip of desk or page taken in would have desk or print inside its side.
    """
    top = max(score for score, _ in scored)
    area = float(cv2.contourArea(best))
    around = [
        quad
        for score, quad in scored
        if score >= BAND_SCORE * top
        and area < float(cv2.contourArea(quad)) <= BAND_AREA * area
        and holds(quad, best)
        and stands(quad, score)
    ]
    return max(around, key=cv2.contourArea) if around else best


def _same(quad: Quad, other: Quad) -> bool:
    """True if two quads are one outline, each corner within :data:`SAME_CORNERS` px."""
    distances = np.linalg.norm(quad[:, None, :] - other[None, :, :], axis=2)
    return bool((distances.min(axis=1) <= SAME_CORNERS).all())


Line = tuple[float, float, float]
"""A line's direction angle (radians, 0-π), its offset along the normal, and its pieces'
total length."""


def straight_lines(edges: Image8, smooth: Image8, min_piece: float) -> list[Line]:
    """The longest lines of straight edge pieces, pieces of one line joined.

    The pieces are Hough's on the edge map, then those the line segment detector finds on
    the smoothed grey copy. Hough follows a one-pixel edge and breaks a side that drifts a
    pixel off its course into pieces too short to keep, so a clear side of a card lying
    turned could be missing (a white card on a page, a card on another card); the detector
    follows the grey step itself. Hough's pieces come first and place the lines, so the
    detector's only lengthen them or add lines Hough missed.
    """
    found: list[list[float]] = []
    for segments in (_hough_pieces(edges, min_piece), _detected_pieces(smooth, min_piece)):
        lengths = np.hypot(segments[:, 2] - segments[:, 0], segments[:, 3] - segments[:, 1])
        for (x1, y1, x2, y2), length in sorted(
            zip(segments, lengths, strict=True), key=lambda s: -s[1]
        ):
            angle = float(np.arctan2(y2 - y1, x2 - x1) % np.pi)
            centre = ((x1 + x2) / 2, (y1 + y2) / 2)
            for line in found:
                if (
                    turn(line[0], angle) <= SAME_LINE_DEGREES
                    and abs(_offset(line[0], *centre) - line[1]) <= SAME_LINE_PX
                ):
                    line[2] += float(length)
                    break
            else:
                found.append([angle, _offset(angle, *centre), float(length)])
    found.sort(key=lambda line: -line[2])
    kept: list[Line] = []
    for angle, offset, length in found:
        if sum(turn(angle, other) <= PARALLEL_DEGREES for other, _, _ in kept) < PER_DIRECTION:
            kept.append((angle, offset, length))
    return kept[:MAX_LINES]


def _hough_pieces(edges: Image8, min_piece: float) -> NDArray[np.float64]:
    """Straight pieces (x1, y1, x2, y2) of the edge map at least ``min_piece`` long."""
    pieces = cv2.HoughLinesP(edges, 1, np.pi / 360, 40, minLineLength=min_piece, maxLineGap=6)
    return np.zeros((0, 4)) if pieces is None else pieces.reshape(-1, 4).astype(np.float64)


def _detected_pieces(smooth: Image8, min_piece: float) -> NDArray[np.float64]:
    """Straight grey steps (x1, y1, x2, y2) of ``smooth`` at least ``min_piece`` long."""
    segments = cv2.createLineSegmentDetector().detect(smooth)[0]
    if segments is None:
        return np.zeros((0, 4))
    segments = segments.reshape(-1, 4).astype(np.float64)
    lengths = np.hypot(segments[:, 2] - segments[:, 0], segments[:, 3] - segments[:, 1])
    return np.asarray(segments[lengths >= min_piece], dtype=np.float64)


def _offset(angle: float, x: float, y: float) -> float:
    """Signed distance of (x, y) from the line through the origin at ``angle``."""
    return float(-np.sin(angle) * x + np.cos(angle) * y)


def _quads(lines: list[Line], width: int, height: int) -> list[Quad]:
    """Quads of two pairs of nearly parallel lines crossing near square, wholly in the frame."""
    pairs = [
        (one, other)
        for one, other in itertools.combinations(lines, 2)
        if turn(one[0], other[0]) <= PARALLEL_DEGREES
    ]
    quads = []
    for (a, b), (c, d) in itertools.combinations(pairs, 2):
        if turn(a[0], c[0]) < 55:
            continue
        corners = np.array([crossing(a, c), crossing(c, b), crossing(b, d), crossing(d, a)])
        if not np.isfinite(corners).all():
            continue
        if not lost_corners(corners, width, height).any():
            quad = order_corners(corners.astype(np.float32))
            if cv2.isContourConvex(quad.reshape(-1, 1, 2)):
                quads.append(quad)
    return quads


def turn(one: float, other: float) -> float:
    """Angle in degrees between two line directions (0-90)."""
    turn = abs(one - other) % np.pi
    return float(np.degrees(min(turn, np.pi - turn)))


def crossing(one: Line, other: Line) -> NDArray[np.float64]:
    """Where two lines cross (NaN if parallel)."""
    normals = np.array([[-np.sin(one[0]), np.cos(one[0])], [-np.sin(other[0]), np.cos(other[0])]])
    if abs(float(np.linalg.det(normals))) < 1e-6:
        return np.array([np.nan, np.nan])
    return np.asarray(np.linalg.solve(normals, [one[1], other[1]]), dtype=np.float64)


def _blank_rim(quad: Quad, text: Image8) -> bool:
    """True if the strip just inside each side of ``quad`` is nearly free of text edges."""
    return bool((_rim_ink(quad, text, RIM_FROM, RIM_TO) <= RIM_INK).all())


def _printed_around(
    quad: Quad, text: Image8, small: Image8, found: Quad | None, *, sure: bool
) -> bool:
    """True if print lies around ``quad`` (text edges in the strips outside most sides), or,
    where the contour search found nothing or an outline far larger than ``quad``, a darker
    ground lies beyond every side, or, for a ``sure`` card (see :data:`SURE_SCORE`), print
    or a darker ground beyond most sides.

    The second is a white card on a desk whose outline joined the card beside or beneath it
    into one (two cards, or a card and the desk, taken as one outline): its own straight
    sides still part it from the desk all round. A panel of a card, or a box printed on it,
    has the card's paper or its print beyond one side at least; a found outline only a
    band's width larger is the card with a band along its edge.

    The third is a card lying partly off a page, or over the edge of another card: beyond
    some sides lies the page's print, beyond others the darker desk, and beyond one the
    page's blank margin or the white card under it, as pale as the card itself.

    Where nothing was found, a ``sure`` card with another ground beyond every side, lighter
    or darker, is a coloured card lying half on a white one (seed 148 paper 251: a blue card
    on a white card's purple band, joined to it in every map).
    """
    printed = _rim_ink(quad, text, -AROUND, -RIM_FROM) >= AROUND_INK
    if int(printed.sum()) >= AROUND_SIDES:
        return True
    if found is not None and cv2.contourArea(found) <= BAND_AREA * cv2.contourArea(quad):
        return False
    paper = np.nanmedian(_rim_colour(quad, small, RIM_FROM, RIM_TO), axis=0)
    beyond = _rim_colour(quad, small, -AROUND, -RIM_FROM)
    other = np.linalg.norm(beyond - paper, axis=1) >= GROUND_STEP
    darker = other & (beyond.mean(axis=1) < paper.mean())
    if found is None and sure and bool(other.all()):
        # A coloured card lying partly on another card, nothing found: its outline joined
        # the other card's (or a band printed on it) in every map. The pale page, desk and
        # card beyond its sides are lighter, not darker, but another thing all the same.
        return True
    return bool(darker.all()) or (sure and int((printed | darker).sum()) >= AROUND_SIDES)


def _nested(quad: Quad, found: Quad | None, found_card: bool) -> bool:
    """True if ``quad`` holds ``found``, or lies in it and ``found`` is no card (print runs up
    to inside its sides), or nothing was found."""
    if found is None:
        return True
    return (holds(found, quad) and not found_card) or holds(quad, found)


def _rim_ink(quad: Quad, text: Image8, near: float, far: float) -> NDArray[np.float64]:
    """Per side, the share of text-edge pixels in the strip from ``near`` to ``far`` short
    sides in from it (negative: outside)."""
    strips = _strips(quad, text, near, far)
    return np.array([float((pixels > 0).mean()) if pixels.size else 0.0 for pixels in strips])


def _rim_colour(quad: Quad, small: Image8, near: float, far: float) -> NDArray[np.float64]:
    """Per side, the median colour (BGR) of the strip from ``near`` to ``far`` short sides in
    from it (negative: outside); NaN where the strip lies out of the photo."""
    return np.array(
        [
            np.median(pixels.reshape(-1, 3), axis=0) if pixels.size else np.full(3, np.nan)
            for pixels in _strips(quad, small, near, far)
        ]
    )


def _strips(quad: Quad, image: Image8, near: float, far: float) -> list[NDArray[np.uint8]]:
    """Per side, the pixels of ``image`` sampled in the strip from ``near`` to ``far`` short
    sides in from it (negative: outside), those in the photo."""
    strips = []
    sides = np.linalg.norm(quad - np.roll(quad, -1, axis=0), axis=1)
    short = float(sides.min())
    centre = quad.mean(axis=0)
    height, width = image.shape[:2]
    for index in range(4):
        start, end = quad[index], quad[(index + 1) % 4]
        direction = (end - start) / max(1e-6, float(np.linalg.norm(end - start)))
        normal = np.array([-direction[1], direction[0]])
        if float((centre - start) @ normal) < 0:
            normal = -normal
        along = np.linspace(0.1, 0.9, 60)[:, None]
        depth = np.linspace(near, far, 6)[None, :, None] * short
        points = (start + along * (end - start))[:, None, :] + depth * normal
        cols, rows = points[..., 0].round().astype(int), points[..., 1].round().astype(int)
        seen = (cols >= 0) & (cols < width) & (rows >= 0) & (rows < height)
        strips.append(np.asarray(image[rows[seen], cols[seen]]))
    return strips
