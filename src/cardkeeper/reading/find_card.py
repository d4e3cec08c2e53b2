"""Find the card in a photo and flatten it; leave a scan or a tight crop as it is.

Tesseract reads a card on a desk badly once it is turned more than a few
degrees (measured: 72% recall under 5°, 0% from 15°), so a photo is reduced to
the card itself before OCR: find its outline as a four-sided polygon, then
undo the perspective. Outlines are looked for on a small copy (fast, and
wood grain or paper texture blurs away) with several edge and threshold maps,
because no single one works on every desk; candidates are scored on how much
they look like a card. The winner's edges are then re-fitted at full
resolution so the corners are exact to a pixel or two.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Literal

import cv2
import numpy as np
from cv2.typing import MatLike
from numpy.typing import NDArray

from cardkeeper.reading.prepare import glyph_boxes, is_dark, text_height

Image8 = MatLike
"""Whatever OpenCV hands back; public results are converted to NDArray[np.uint8]."""
Quad = NDArray[np.float32]
"""4x2 corners, clockwise on screen, starting at the card's top-left as it lies."""

FIND_SIDE = 800
"""Long side of the copy outlines are searched on in :func:`find_card`."""
FAST_SIDE = 640
"""Long side for :func:`detect_quad` on camera frames: about 3 ms per map on one core."""

MIN_AREA = 0.04
"""A card smaller than this share of the photo has too few pixels to read anyway."""
FINE_SEARCH = 8
"""Search range (px) of the second side fit, once the sides are within a pixel or two."""
INNER_BOX_MAX = 0.25
"""Largest share of the frame a box printed on a tightly cropped card is taken to cover."""
INNER_BOX_MAX_TILT = 8.0
"""Degrees. A box printed on a card that fills the image runs along the image's edges; an
outline turned further than this is a card lying turned on a desk."""
CLOSE_UP_COVER = 0.7
"""An outline covering this share of the frame is a scan or a tight crop, not a desk photo."""
CLOSE_UP_MAX_COSINE = 0.1
"""Such an outline must have corners within ~6° of square: at that distance a card shows
little perspective, and a skewed 'outline' is a line of text or a shadow, not the card."""
WIDE_OPEN = np.ones((5, 5), np.uint8)
RULE_FILL = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (5, 5))
"""Closes lines of ruled paper (1-3 px on the small copy) while card edges stay."""
SHADOW_FLOOR = 0.5
"""A strip darker than this share of the desk beside it is printed, not a card's shadow."""
SIDE_SLACK = 2
"""Pixels (small copy) a quad's side may lie off the edge that supports it."""
BAND_MIN_WIDTH = 2
"""Mean width (px, small copy) of the strip along a side below which two nested outlines
share that side, so there is no band or desk between them to judge."""
HUE_SHIFT = 0.15
"""Largest change of a colour's channel shares (each channel over their mean) that is still the
same hue: a shadow or a lighter patch of the desk keeps its hue, a printed band need not."""
CARD_ASPECTS = (1.3, 2.2)
"""Long/short side range accepted: cards are 1.55-1.85, widened for perspective and odd sizes."""


@dataclass(frozen=True)
class CardFind:
    """The card cut out of a photo, or the photo itself when it already is the card."""

    card: NDArray[np.uint8]
    """BGR: the flattened card, or the whole image for a scan or when no card was found."""
    quad: Quad | None
    """The card's corners in the source image, or None when the image was taken whole."""
    found: bool
    """False only when the image does not look like a card and no outline was found."""
    kind: Literal["photo", "scan", "none"]
    """photo: outline found and flattened; scan: the image already is the card; none: neither."""


def find_card(image: NDArray[np.uint8]) -> CardFind:
    """Cut the card out of ``image`` (BGR), or take the image whole if it is already a card."""
    small, scale = _shrink(image, FIND_SIDE)
    quad, _ = _best_quad(small, range(len(MAPS)))
    if quad is None:
        quad = _faint_card(small)
    if quad is not None and not _is_inner_box(small, quad):
        full = _refine(image, quad / scale, search=_search_width(quad / scale, scale))
        if not _is_skewed_close_up(full, image):
            return CardFind(warp(image, full), full, True, "photo")
        return CardFind(image, None, True, "scan")
    if _looks_like_card(small):
        return CardFind(image, None, True, "scan")
    return CardFind(image, None, False, "none")


def detect_quad(frame: Image8) -> Quad | None:
    """The card outline in a camera frame (BGR), in frame coordinates, or None; a few ms.

    Meant to be called on every frame to draw the outline live; corners are
    as good as the small copy allows (a pixel or two there). :func:`find_card`
    on the captured frame does the exact fit.
    """
    small, scale = _shrink(frame, FAST_SIDE)
    quad, _ = _best_quad(small, FAST_MAPS, stop_early=True)
    return None if quad is None else (quad / scale).astype(np.float32)


class QuadFollower:
    """:func:`detect_quad` for a stream of frames, for cards only the slower maps see.

    A dark red card on dark blue fabric shows in no fast map. When the fast
    maps find nothing, every few frames all maps are tried (~30 ms); the map
    that found the card is then tried first on the next frames, so following
    such a card costs about what a fast look does.
    """

    THOROUGH_EVERY = 4
    """Frames between full looks while no card is found: 30 ms once in 4 frames at most."""

    def __init__(self) -> None:
        self._map: int | None = None
        self._misses = 0

    def find(self, frame: Image8) -> Quad | None:
        small, scale = _shrink(frame, FAST_SIDE)
        order = list(dict.fromkeys([*([self._map] if self._map is not None else []), *FAST_MAPS]))
        quad, used = _best_quad(small, order, stop_early=True)
        if quad is None:
            self._misses += 1
            if self._misses % self.THOROUGH_EVERY == 1:
                quad, used = _best_quad(small, range(len(MAPS)), stop_early=True)
        if quad is None:
            return None
        self._misses = 0
        self._map = used if used not in FAST_MAPS else None
        return (quad / scale).astype(np.float32)


def cut_out(frame: NDArray[np.uint8], quad: Quad) -> CardFind:
    """The card at ``quad`` (from :func:`detect_quad`) flattened, its sides re-fitted exactly.

    The scanner has already followed the card for half a second, so its outline
    is known; searching the captured frame again could only pick something else.
    """
    scale = min(1.0, FAST_SIDE / max(frame.shape[:2]))
    exact = _refine(frame, quad.astype(np.float32), search=_search_width(quad * scale, scale))
    return CardFind(warp(frame, exact), exact, True, "photo")


def warp(image: NDArray[np.uint8], quad: Quad) -> NDArray[np.uint8]:
    """Flatten the quadrilateral ``quad`` of ``image`` to a rectangle at full resolution.

    The output size is the longer of each pair of opposite sides, so the nearer
    (larger) edge keeps its detail and nothing is upscaled beyond it.
    """
    tl, tr, br, bl = quad.astype(np.float64)
    width = max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl))
    height = max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr))
    w, h = round(width), round(height)
    target = np.array([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]], np.float32)
    matrix = cv2.getPerspectiveTransform(quad.astype(np.float32), target)
    flat = cv2.warpPerspective(
        image, matrix, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )
    return np.asarray(flat, dtype=np.uint8)


def _shrink(image: Image8, side: int) -> tuple[Image8, float]:
    scale = min(1.0, side / max(image.shape[:2]))
    if scale == 1.0:
        return image, 1.0
    size = (round(image.shape[1] * scale), round(image.shape[0] * scale))
    small: Image8 = cv2.resize(image, size, interpolation=cv2.INTER_AREA)
    return small, scale


def _gray(image: Image8) -> Image8:
    gray: Image8 = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY) if image.ndim == 3 else image
    return gray


class _MapInputs:
    """The blurred copies several maps start from, each made once and only when needed."""

    def __init__(self, small: Image8) -> None:
        self.small = small
        self.kernel = np.ones((3, 3), np.uint8)

    @cached_property
    def blur(self) -> Image8:
        blurred: Image8 = cv2.GaussianBlur(_gray(self.small), (5, 5), 0)
        return blurred

    @cached_property
    def bright(self) -> Image8:
        _, bright = cv2.threshold(self.blur, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
        return bright

    @cached_property
    def coloured(self) -> Image8:
        # A coloured card on a grey desk (dark green on a black keyboard: no grey level
        # separates them, and key edges touch the card's in every edge map), or a grey card on
        # a coloured desk: saturation splits the two where brightness cannot.
        hsv = cv2.cvtColor(cv2.GaussianBlur(self.small, (5, 5), 0), cv2.COLOR_BGR2HSV)
        saturation = cv2.GaussianBlur(hsv[:, :, 1], (5, 5), 0)
        _, coloured = cv2.threshold(saturation, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
        return coloured


def _strong_edges(inputs: _MapInputs) -> Image8:
    return cv2.dilate(cv2.Canny(inputs.blur, 30, 90), inputs.kernel)


def _bright(inputs: _MapInputs) -> Image8:
    return cv2.morphologyEx(inputs.bright, cv2.MORPH_OPEN, inputs.kernel, iterations=2)


def _dark(inputs: _MapInputs) -> Image8:
    return cv2.morphologyEx(255 - inputs.bright, cv2.MORPH_OPEN, inputs.kernel, iterations=2)


def _colour_edges(inputs: _MapInputs) -> Image8:
    """A colour edge with little brightness change (a blue band on a grey desk): any channel."""
    channels = cv2.split(cv2.GaussianBlur(inputs.small, (5, 5), 0))
    colour = np.maximum.reduce([cv2.Canny(channel, 20, 60) for channel in channels])
    return cv2.dilate(colour, inputs.kernel)


def _faint_edges(inputs: _MapInputs) -> Image8:
    """White on light paper: a step of 10-20 grey levels, so low thresholds on a smoother copy."""
    smooth = cv2.GaussianBlur(inputs.blur, (5, 5), 0)
    return cv2.dilate(cv2.Canny(smooth, 8, 24), inputs.kernel)


def _ruled_paper_edges(inputs: _MapInputs) -> Image8:
    """Ruled paper: its lines run into the card's edge and join desk and card in the edge maps
    above. A grey closing fills thin dark lines (and text) but keeps the card's edge."""
    ruled = cv2.morphologyEx(inputs.blur, cv2.MORPH_CLOSE, RULE_FILL)
    return cv2.dilate(cv2.Canny(ruled, 30, 90), inputs.kernel)


def _coloured(inputs: _MapInputs) -> Image8:
    """Saturation noise is speckle, so opened wider than the grey maps."""
    return cv2.morphologyEx(inputs.coloured, cv2.MORPH_OPEN, WIDE_OPEN, iterations=2)


def _grey(inputs: _MapInputs) -> Image8:
    return cv2.morphologyEx(255 - inputs.coloured, cv2.MORPH_OPEN, WIDE_OPEN, iterations=2)


MAPS: tuple[Callable[[_MapInputs], Image8], ...] = (
    _strong_edges,
    _bright,
    _dark,
    _colour_edges,
    _faint_edges,
    _ruled_paper_edges,
    _coloured,
    _grey,
)
"""Binary maps whose contours may include the card's outline, cheapest and likeliest first;
no single one works on every desk."""
FAST_MAPS = (0, 1)
"""The two maps tried on every camera frame: a few ms, and enough on most desks."""


def _faint_card(small: Image8) -> Quad | None:
    """A second look for a card whose edges barely show: a dark card on a dark desk.

    Local contrast is raised (CLAHE) before edges are sought. On four generated
    sets this found 4 of the 7 cards missed among 240 desk photos and 2 of the
    6 among 80 hard ones, missing none found before; it also finds a scanner's
    faint border around a flat scan, so an outline filling most of the frame is
    left to the scan check. Costs ~10 ms, only on images with no outline.
    """
    quad, _ = _best_quad(small, range(len(MAPS)), faint_edges=True)
    frame = small.shape[0] * small.shape[1]
    return quad if quad is not None and cv2.contourArea(quad) < CLOSE_UP_COVER * frame else None


def _best_quad(
    small: Image8, maps: Iterable[int], *, stop_early: bool = False, faint_edges: bool = False
) -> tuple[Quad | None, int | None]:
    """The most card-like outline over the ``maps`` (indexes into :data:`MAPS`), and the map
    it came from; a slightly larger one around it wins if it is not shadow (a coloured band
    along the card's edge makes an inner outline just as card-like). ``stop_early`` ends the
    search at the first map with a clearly card-like outline (the camera's per-frame look).
    """
    gray = cv2.GaussianBlur(_gray(small), (3, 3), 0)
    if faint_edges:
        gray = cv2.createCLAHE(clipLimit=3.0, tileGridSize=(8, 8)).apply(gray)
    support = cv2.dilate(cv2.Canny(gray, 10, 30), np.ones((3, 3), np.uint8))
    inputs = _MapInputs(small)
    candidates: list[tuple[float, Quad, int]] = []
    for index in maps:
        contours, _ = cv2.findContours(MAPS[index](inputs), cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
        for contour in contours:
            scored = _score(contour, support)
            if scored is not None:
                candidates.append((*scored, index))
        if stop_early and candidates and max(c[0] for c in candidates) > 0.5:
            break
    if not candidates:
        return None, None
    best_score, best, best_map = max(candidates, key=lambda c: c[0])
    best_area = cv2.contourArea(best)
    around = [
        quad
        for score, quad, _ in candidates
        if score >= 0.8 * best_score
        and best_area < cv2.contourArea(quad) <= 1.3 * best_area
        and all(cv2.pointPolygonTest(quad, (float(x), float(y)), True) >= -2 for x, y in best)
        and _is_band(small, quad, best)
    ]
    return (max(around, key=cv2.contourArea) if around else best), best_map


def _score(contour: MatLike, support: Image8) -> tuple[float, Quad] | None:
    """How card-like a contour is (higher is better), with its quad; None if not at all.

    The hull is what counts, so an outline with a gap (a corner lost in glare)
    still yields the card; ``support`` (an edge map) then checks that edges
    really run along most of the quad's sides.
    """
    height, width = support.shape[:2]
    frame = width * height
    _, _, box_width, box_height = cv2.boundingRect(contour)
    if box_width * box_height < MIN_AREA * frame:
        return None  # the hull is inside the box: most contours (specks, text) end here, cheaply
    hull = cv2.convexHull(contour)
    if cv2.contourArea(hull) < MIN_AREA * frame:
        return None
    quad = _fit_quad(hull)
    if quad is None or _on_border(quad, width, height):
        return None
    quad_area = cv2.contourArea(quad)
    if quad_area > 0.98 * frame:
        return None
    sides = np.linalg.norm(quad - np.roll(quad, -1, axis=0), axis=1)
    long_side = (sides[0] + sides[2]) / 2
    short_side = (sides[1] + sides[3]) / 2
    aspect = max(long_side, short_side) / max(1.0, min(long_side, short_side))
    if not CARD_ASPECTS[0] <= aspect <= CARD_ASPECTS[1]:
        return None
    if max(sides[0], sides[2]) > 1.6 * min(sides[0], sides[2]):
        return None  # more foreshortening than a hand-held photo has
    if max(sides[1], sides[3]) > 1.6 * min(sides[1], sides[3]):
        return None
    cosines = _corner_cosines(quad)
    if cosines.max() > 0.5:  # a corner outside 60-120°
        return None
    on_edges = _perimeter_support(quad, support)
    if on_edges < 0.6:
        return None
    aspect_fit = float(np.exp(-(((aspect - 1.7) / 0.35) ** 2)))
    shape = (1 - cosines.mean()) * (0.5 + 0.5 * aspect_fit)
    return (quad_area / frame) ** 0.5 * on_edges * shape, quad


def _perimeter_support(quad: Quad, edges: Image8) -> float:
    """Share of points along the quad's sides that lie on an edge.

    Each side may sit up to SIDE_SLACK px off its edge, as a whole: a quad fitted
    to the inside of a thick edge map runs a pixel or two inside a faint edge
    (white card on white paper), yet every point of it is that far from the edge.
    """
    height, width = edges.shape[:2]
    ends = np.roll(quad, -1, axis=0)
    directions = ends - quad
    normals = np.stack([-directions[:, 1], directions[:, 0]], axis=1)
    normals /= np.linalg.norm(normals, axis=1, keepdims=True).clip(1e-6)
    steps = np.linspace(0.05, 0.95, 40)[None, :, None]
    points = quad[:, None, :] + steps * directions[:, None, :]
    best = np.zeros(4)
    for offset in range(-SIDE_SLACK, SIDE_SLACK + 1):
        shifted = points + offset * normals[:, None, :]
        cols = shifted[..., 0].round().astype(int).clip(0, width - 1)
        rows = shifted[..., 1].round().astype(int).clip(0, height - 1)
        best = np.maximum(best, (edges[rows, cols] > 0).mean(axis=1))
    return float(best.mean())


def _is_band(small: Image8, outer: Quad, inner: Quad) -> bool:
    """True if the strip between two nested outlines can be a band printed along the card.

    It must differ in colour from the desk just outside (else the outer outline took in a
    wedge of desk: wood grain or paper lines that happen to line up), and not merely be a
    darker shade of it (a shadow cast by the card). Each side's part of the strip is judged
    on its own: a wedge of desk along one side hides in the average of a dark band along
    another (a black footer, and ruled paper joined to the card's left edge).
    """
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


def _fit_quad(hull: MatLike) -> Quad | None:
    """Four corners for a convex outline; rounded corners need a coarser tolerance."""
    perimeter = cv2.arcLength(hull, True)
    for tolerance in (0.02, 0.035, 0.05, 0.08):
        approx = cv2.approxPolyDP(hull, tolerance * perimeter, True)
        if len(approx) == 4:
            return _order(approx.reshape(4, 2).astype(np.float32))
        if len(approx) < 4:
            return None
    return None


def _order(points: Quad) -> Quad:
    """Clockwise on screen, starting where the first side runs most nearly left-to-right."""
    centre = points.mean(axis=0)
    angles = np.arctan2(points[:, 1] - centre[1], points[:, 0] - centre[0])
    points = points[np.argsort(angles)]
    edges = np.roll(points, -1, axis=0) - points
    start = int(np.argmax(edges[:, 0] / np.linalg.norm(edges, axis=1).clip(1e-6)))
    return np.roll(points, -start, axis=0).astype(np.float32)


def _corner_cosines(quad: Quad) -> NDArray[np.float64]:
    before = np.roll(quad, 1, axis=0) - quad
    after = np.roll(quad, -1, axis=0) - quad
    dot = (before * after).sum(axis=1)
    norms = np.linalg.norm(before, axis=1) * np.linalg.norm(after, axis=1)
    return np.asarray(np.abs(dot / norms.clip(1e-6)), dtype=np.float64)


def _is_skewed_close_up(quad: Quad, image: Image8) -> bool:
    """True for a near-frame-filling outline that is not near-rectangular (it would cut text)."""
    area = float(cv2.contourArea(quad.astype(np.float32)))
    frame = float(image.shape[0] * image.shape[1])
    return area >= CLOSE_UP_COVER * frame and bool(
        _corner_cosines(quad).max() > CLOSE_UP_MAX_COSINE
    )


def _on_border(quad: Quad, width: int, height: int) -> bool:
    """True if a side lies along the frame: the card is cut off, or it is the frame itself."""
    margin = 2.0
    near = np.stack(
        [
            quad[:, 0] < margin,
            quad[:, 1] < margin,
            quad[:, 0] > width - 1 - margin,
            quad[:, 1] > height - 1 - margin,
        ],
        axis=1,
    )
    return bool((near & np.roll(near, -1, axis=0)).any())


def _search_width(quad: Quad, scale: float) -> int:
    """How far (px) a side may move when re-fitted: the small copy's blur, or a band's width.

    Cards keep text at least ~7% of their short side from the edge, so up to 5%
    inwards is safe to search; a printed band along the edge can be that wide.
    """
    sides = np.linalg.norm(quad - np.roll(quad, -1, axis=0), axis=1)
    return max(int(4 / scale) + 4, round(0.05 * float(sides.min())))


def _refine(image: Image8, quad: Quad, search: int) -> Quad:
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
    along = np.linspace(0.1, 0.9, max(8, min(80, int(length / 8))))
    offsets = np.arange(-search, search + 1, dtype=np.float64)
    points = start + along[:, None] * (end - start)
    grid = points[:, None, :] + offsets[None, :, None] * normal
    profile = cv2.remap(
        image,
        grid[:, :, 0].astype(np.float32),
        grid[:, :, 1].astype(np.float32),
        cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_REPLICATE,
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
    # card's, even if a printed band inside it is stronger.
    first = int(lined_up[0])
    typical = np.median(step, axis=0)
    target = first + int(np.argmax(typical[first : first + 7]))
    peaks = (step >= np.roll(step, -1, axis=1)) & (step >= np.roll(step, 1, axis=1))
    peaks &= step >= 0.4 * typical[target]
    peaks[:, [0, -1]] = False
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


def _border_ring(small: Image8) -> NDArray[np.bool_]:
    height, width = small.shape[:2]
    band = max(4, round(0.04 * min(width, height)))
    ring = np.ones((height, width), bool)
    ring[band:-band, band:-band] = False
    return ring


def _edges(small: Image8) -> Image8:
    edges: Image8 = cv2.Canny(cv2.GaussianBlur(_gray(small), (3, 3), 0), 40, 120)
    return edges


def _looks_like_card(small: Image8) -> bool:
    """A scan or tight crop: card-shaped, a plain rim like a card's margin, and some text."""
    height, width = small.shape[:2]
    aspect = max(width, height) / min(width, height)
    if not CARD_ASPECTS[0] <= aspect <= CARD_ASPECTS[1] + 0.3:
        return False
    ring = _border_ring(small)
    if float((_edges(small)[ring] > 0).mean()) >= 0.03:
        return False
    gray = _gray(small)
    return text_height(cv2.bitwise_not(gray) if is_dark(gray) else gray) is not None


def _tilt(quad: Quad) -> float:
    """How far (degrees) the quad's sides are turned from the image's axes, on average."""
    sides = np.roll(quad, -1, axis=0) - quad
    angles = np.degrees(np.arctan2(sides[:, 1], sides[:, 0])) % 90
    return float(np.minimum(angles, 90 - angles).mean())


def _is_inner_box(small: Image8, quad: Quad) -> bool:
    """True if ``quad`` is a panel printed on a card that fills the image (then take it whole).

    On a tight crop the rest of the card lies outside a printed box: plain paper
    carrying much of the card's text. A card on a desk is the other way round:
    nearly all the text is inside it, and a textured desk (wood, keys) makes
    edges outside that are not text. A plain desk has neither text nor edges.
    Text polarity cannot settle it on a dark desk (key legends read as light
    text), so an outline covering a quarter of the frame or more is the card:
    a box that large printed on a card leaves little room for text around it.
    """
    if cv2.contourArea(quad) >= INNER_BOX_MAX * small.shape[0] * small.shape[1]:
        return False
    if _tilt(quad) > INNER_BOX_MAX_TILT:
        return False
    if not _looks_like_card(small):
        return False
    gray = _gray(small)
    boxes = glyph_boxes(cv2.bitwise_not(gray) if is_dark(gray) else gray)
    card = np.zeros(small.shape[:2], np.uint8)
    cv2.fillConvexPoly(card, quad.astype(np.int32), 255)
    outside = (cv2.dilate(card, np.ones((7, 7), np.uint8)) == 0) & ~_border_ring(small)
    text = np.zeros(small.shape[:2], np.uint8)
    for left, top, width, height in boxes.round().astype(int):
        text[top : top + height, left : left + width] = 255
    centres = boxes[:, :2] + boxes[:, 2:] / 2
    rows, cols = centres[:, 1].astype(int), centres[:, 0].astype(int)
    counted = ~_border_ring(small)[rows, cols]
    outer = outside[rows, cols] & counted
    if int(outer.sum()) < max(5, 0.3 * int(counted.sum())):
        return False
    paper = outside & (cv2.dilate(text, np.ones((5, 5), np.uint8)) == 0)
    return bool(paper.any()) and float((_edges(small)[paper] > 0).mean()) < 0.01
