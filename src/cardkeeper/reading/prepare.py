"""Turn a card image into what Tesseract reads best: grey, dark text on light, text ~30 px tall.

Tesseract's LSTM lines are normalised to a fixed height, and its own
binarisation is a global Otsu threshold: small text loses strokes, and a
lighting gradient or shadow across a photographed card makes Otsu drop whole
words. So the card is scaled to a measured text height, and the uneven light is
divided out (background flattening) instead of binarising here, which keeps the
anti-aliased edges the LSTM was trained on.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np
from cv2.typing import MatLike
from numpy.typing import NDArray

Image8 = MatLike
"""Whatever OpenCV hands back; public results are converted to NDArray[np.uint8]."""

TARGET_TEXT_HEIGHT = 20.0
"""Median glyph size (px) we scale to. Measured on 40 generated scans and desk photos with
the Latin model: 26 px found 86.9% of the printed strings in 0.255 s median, 19 px 88.7%
in 0.197-0.224 s, 15-17 px 87.8%; so about 20 px, both faster and better."""
RETRY_TEXT_HEIGHT = 28.0
"""A second look at a card whose email was not read: of 11 desk photos (seeds 7, 8, 10)
whose email the 20 px reading missed, reading at 28 px found 5 (24 px: 2, 16 px: 3)."""
DARK_GROUND = 100
"""Grey level under which a ground carries light text: a purple, teal or navy band (40-90)."""
COLOURED_GROUND = 175
"""Grey level under which a strongly coloured ground carries light text too: orange
(~110), green (~115) or sky blue (~150) panels hold white text on generated cards."""
MIN_GROUND_SATURATION = 40
"""HSV saturation (0-255) of a coloured ground, not a grey one. Measured on seed 77 against
80: photo-backed cards all-key-fields right 80% against 73%, bands and saturated cards
the same; on the 175 real cards the rule as a whole is even (key fields 14% with it, 15%
without; e-mails and websites +0.01 F1, names -0.02)."""
LIGHT_TEXT_GROUND = 200
"""Grey level under which a ground of any colour (a grey panel, a yellow footer, a picture's
middle tones) carries light text when its ink says so (``light_text_grounds``). Measured on
the 175 real cards: two cards read more (a grey side panel and a yellow footer give a
company; a light-blue footer an e-mail and a phone), no other card's fields changed; the
270 cards of seed 134 read the same, card for card."""
DARK_TEXT_MARGIN = 2.0
"""How many times more dark ink than light a coloured ground not dark throughout may hold and
still be taken for one that carries light text (``invert_dark_grounds``). Blobs of a dark
card's picture under its dark-printed name, turned light with the card, hold 2.15-2.2 times
more (seeds 148 and 21); a seal on a real card (bhaktipatil23 dixit-holidays), its light
letters on a dark ring around a dark emblem, 1.1 times, and is turned as before."""
MIN_DARK_SHARE = 0.03
"""Share of the card a dark ground must cover to be a band or panel, not a logo's mark."""
BLOCK_SIDE = 1000
"""Long side (px) of the copy dark blocks are looked for on: a wordmark's block is large."""
BLOCK_SHAPE = (2.5, 0.2)
"""Least length / breadth of a wordmark's block (lying or, before the card is turned
upright, standing), and its greatest breadth as a share of the card's short side: a word
or two cut out of a bar, not a square logo, a photo or a band."""
BLOCK_FILL = (0.45, 0.92)
"""Share of a block's box its dark pixels cover: letters cut out of it, not a solid bar."""
BLOCK_RIM = 0.6
"""Share of a block's outermost rows and columns that is dark: a frame around the letters."""
BLOCK_HOLES = 0.12
"""Share of a block's outline that its light letters fill: letters enclosed by the block,
where a word of bold dark text encloses only the counters of its letters (O, A, B)."""
LIGHT_INK_STEP = 50
"""Grey levels above the ground that make a pixel light ink on it."""
LIGHT_INK_SHARE = (0.02, 0.4)
"""Share of a ground that light ink covers when it carries text: a line or two of strokes,
not nothing (a shadow, a dim corner, glare on a coloured panel) and not half of it (a patch
of desk)."""
DARK_GROUND_INK = 0.005
"""The least light ink on a ground dark throughout (``DARK_THROUGHOUT``) or of one tone
(``ONE_TONE``): a header band over half the card holding one line of light text is 1-2% ink.
Measured: at 0.02 for every ground, seed 21's band cards lost their companies; at 0.005 for
every ground they read them (band cards all four key fields 55% -> 70%), but five real cards
lost a field where glare on a yellow-green panel joined to a black one passed for ink."""
DARK_THROUGHOUT = 0.9
"""Share of a ground that must be darker than ``DARK_GROUND`` for ``DARK_GROUND_INK``."""
ONE_TONE = 15.0
"""Greatest spread (standard deviation, grey levels) of a ground of one tone: a band of one
colour spreads 5-10 levels, a yellow or green panel joined to a black one far more, and it
is there that glare passed for ink at the low floor (``DARK_GROUND_INK``). Measured: seed 21
band cards all four key fields 75% -> 80%, portrait and paper cards 70 -> 75% and 85 -> 90%
(an orange band's company, phones or e-mail), every other card read the same; the 175 real
cards the same, card for card."""
POLARITY_SIDE = 512
"""Long side (px) of the copy ``dark_ink_rules`` compares dark and light ink on."""
INK_STEP = 30
"""Grey levels off the ground around it that make a pixel ink, dark or light."""
MIN_INK = 0.005
"""The least share of the card that dark ink must cover to say which way the ink runs."""
DARK_INK_MARGIN = 3.0
"""How many times more dark ink than light a card that looks mostly dark must hold to be
read as dark text on light. Measured on seed 131: the five hard photos taken for dark
cards (a white card in dim light under a glare spot) hold 7 times to all of their ink
dark, light cards cut by the frame on a grey desk 5 to 40 times; the dark cards of every
kind at most 0.19 times. Of 175 real cards one is overruled (25 times), a white card
lying on a wooden desk that fills most of the photo; its fields read the same."""
PLATE_BREADTH = 0.05
"""Least breadth of a light plate on a band, as a share of the card's short side: a label
holding a line of large letters, not a light letter (``light_plates``)."""
PLATE_FILL = 0.65
"""Least share of its box a light plate covers: a rectangle with letters cut out of it."""
PLATE_LETTERS = 3
"""Least number of dark shapes a light plate holds: letters, not a bold letter's counters
(the large bold R and B of a logo turned dark with a card on a dark desk were taken)."""
BAND_SPAN = 0.6
"""Least share of a row (across the card) a thin band's dark covers; its light letters take
the rest of the rows through them (``thin_bands``)."""
BAND_SIDES = 0.05
"""Greatest share of dark on the paper a band's height above and below it: a band is a rule
printed on the paper, where a panel's edge, a photo's or a desk's runs on dark."""
BAND_BREADTH = 0.15
"""Greatest height of a thin band as a share of the card's height: a line of text on a rule,
not a panel (those ``invert_dark_grounds`` finds)."""
MAX_SIDE = 3000
"""Never make the OCR image larger than this: time grows with pixels, accuracy does not."""


@dataclass(frozen=True)
class Prepared:
    image: NDArray[np.uint8]
    """Grey, dark text on a light, even background."""
    scale: float
    """``image`` size / card size: divide OCR boxes by this to get card pixels."""
    inverted: bool
    """True if the card had light text on a dark ground."""


def prepare(card: Image8, text_height_px: float = TARGET_TEXT_HEIGHT) -> Prepared:
    """Grey, inverted if dark, light evened out, scaled so glyphs are ``text_height_px`` tall."""
    gray = cv2.cvtColor(card, cv2.COLOR_BGR2GRAY) if card.ndim == 3 else card
    # Most of a card in dim light is darker than a lamp's glare on it: such a card looks
    # mostly dark, but its ink says it is dark text on light.
    inverted = is_dark(gray) and not dark_ink_rules(gray)
    if inverted:
        gray = cv2.bitwise_not(gray)
    saturation = cv2.cvtColor(card, cv2.COLOR_BGR2HSV)[:, :, 1] if card.ndim == 3 else None
    blocks = dark_blocks(gray)
    gray = invert_dark_grounds(gray, saturation, blocks)
    gray = invert_blocks(gray, blocks)
    scale = _scale_for(gray, text_height_px)
    if scale != 1.0:
        size = (max(1, round(gray.shape[1] * scale)), max(1, round(gray.shape[0] * scale)))
        method = cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC
        gray = cv2.resize(gray, size, interpolation=method)
    return Prepared(np.asarray(flatten_background(gray), dtype=np.uint8), scale, inverted)


def is_dark(gray: Image8) -> bool:
    """True if most of the card is dark, i.e. its text is light (Tesseract wants dark on light)."""
    small = cv2.resize(gray, (64, 64), interpolation=cv2.INTER_AREA)
    threshold, _ = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return float((small > threshold).mean()) < 0.4


def dark_ink_rules(gray: Image8) -> bool:
    """True if far more of ``gray`` is ink darker than the ground around it than lighter.

    The ground is the median of a neighbourhood wider than a line of text, so it follows
    glare and uneven light; ink is what stands ``INK_STEP`` grey levels off it.
    """
    small = _coarse(gray, POLARITY_SIDE)
    ground = cv2.medianBlur(np.asarray(small, np.uint8), _ground_window(small)).astype(np.int16)
    level = np.asarray(small, np.int16)
    dark_ink = int(np.count_nonzero(ground - level > INK_STEP))
    light_ink = int(np.count_nonzero(level - ground > INK_STEP))
    return dark_ink >= MIN_INK * level.size and dark_ink > DARK_INK_MARGIN * light_ink


def _coarse(gray: Image8, side: int) -> Image8:
    """``gray`` shrunk by a whole factor to about ``side`` px on its long side, or less."""
    height, width = gray.shape[:2]
    factor = max(1, max(height, width) // side)
    small: Image8 = cv2.resize(
        gray, (width // factor or 1, height // factor or 1), interpolation=cv2.INTER_AREA
    )
    return small


def _ground_window(small: Image8) -> int:
    """The median's window that gives the ground under ``small``'s text: an eighth of its
    short side, odd, wider than a line of text."""
    return max(3, (int(min(small.shape[:2])) // 8) | 1)


def invert_dark_grounds(
    gray: Image8, saturation: Image8 | None = None, blocks: NDArray[np.bool_] | None = None
) -> Image8:
    """Light text on a dark band or panel of a light card turned dark on light, in place.

    A purple footer with the phone and email, a teal side band with the company:
    the whole-card inversion above cannot reach them, and Tesseract reads light
    text on a dark ground as garbage. The ground under the text is the median of a
    neighbourhood wider than a line of text (text covers a minority of it); where
    that is dark, or a strong colour of middle grey (an orange or sky-blue panel,
    given the card's HSV ``saturation``), the pixels are inverted. A grey of the same
    level is a shadow on a photo, and stays; so does a ground found mostly on one of the
    ``blocks`` (see ``dark_blocks``), which are inverted whole, not in coarse pieces.
    """
    height, width = gray.shape[:2]
    small = _coarse(gray, 256)
    size_small = (small.shape[1], small.shape[0])
    size = _ground_window(small)
    ground = cv2.medianBlur(np.asarray(small, dtype=np.uint8), size)
    under = ground < DARK_GROUND
    if saturation is not None:
        colour = cv2.resize(saturation, size_small, interpolation=cv2.INTER_AREA)
        colour_ground = cv2.medianBlur(np.asarray(colour, dtype=np.uint8), size)
        under |= (ground < COLOURED_GROUND) & (colour_ground >= MIN_GROUND_SATURATION)
    dark = cv2.morphologyEx(under.astype(np.uint8), cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=4)
    # A ground carries light text when some of it is much lighter than the ground: a dim
    # corner of a photo, or a shadow, holds dark text or nothing, and stays as it is.
    light_ink = np.asarray(small, dtype=np.int16) > ground.astype(np.int16) + LIGHT_INK_STEP
    areas = stats[:, cv2.CC_STAT_AREA]
    ink_pixels = np.bincount(labels.ravel(), weights=light_ink.ravel(), minlength=count)
    ink = ink_pixels / np.maximum(areas, 1)
    darkest = np.bincount(labels.ravel(), weights=(ground < DARK_GROUND).ravel(), minlength=count)
    all_dark = darkest >= DARK_THROUGHOUT * areas
    least_ink = np.where(
        all_dark | _one_tone(ground, labels, areas), DARK_GROUND_INK, LIGHT_INK_SHARE[0]
    )
    keep = (areas >= MIN_DARK_SHARE * small.size) & (ink >= least_ink) & (ink <= LIGHT_INK_SHARE[1])
    # A coloured ground of middle grey that holds far more dark ink than light carries dark
    # text: a blurred blob of a photo behind a dark card's name, turned light with the card.
    # Turned again, the name's letters on it became light on dark, and were lost.
    dark_ink = np.asarray(small, dtype=np.int16) < ground.astype(np.int16) - LIGHT_INK_STEP
    dark_pixels = np.bincount(labels.ravel(), weights=dark_ink.ravel(), minlength=count)
    keep &= all_dark | (dark_pixels <= DARK_TEXT_MARGIN * ink_pixels)
    if blocks is not None and blocks.any():
        on_block = cv2.resize(blocks.astype(np.uint8), size_small, interpolation=cv2.INTER_AREA)
        block_pixels = np.bincount(labels.ravel(), weights=(on_block > 0).ravel(), minlength=count)
        keep &= block_pixels < 0.5 * areas
    keep[0] = False  # the light rest of the card
    chosen = keep[labels].astype(np.uint8)
    chosen |= light_text_grounds(small, ground, chosen)
    mask = cv2.resize(chosen, (width, height), interpolation=cv2.INTER_NEAREST) > 0
    mask |= thin_bands(gray)
    if not mask.any():
        return gray
    mask &= ~light_plates(gray, mask)
    out = np.array(gray, dtype=np.uint8)
    out[mask] = 255 - out[mask]
    return out


def light_text_grounds(
    small: Image8, ground: Image8, taken: NDArray[np.uint8]
) -> NDArray[np.uint8]:
    """Where a ground neither dark nor strongly coloured (``invert_dark_grounds``) carries
    light text: a mid-grey side panel, a yellow footer in white letters. Divided by its own
    level (``flatten_background``), such a ground turns white and its lighter letters whiter
    still, so they were lost whole.

    Its grey alone cannot tell it from a shadow or a dim corner of a photographed card,
    which is why the thresholds above leave it; its ink can. The ink on a ground is what
    stands ``LIGHT_INK_STEP`` off it: on a shadow, a grey paper or a picture behind dark
    print it is dark; where the print is light, it is light. So a ground under
    ``LIGHT_TEXT_GROUND``, outside ``taken`` (the grounds already chosen, 1 on ``small``'s
    grid), is turned when it holds ``LIGHT_INK_SHARE`` of light ink and ``DARK_INK_MARGIN``
    times more light ink than dark. 1 where it is, on ``small``'s grid.
    """
    candidates = (ground < LIGHT_TEXT_GROUND) & (taken == 0)
    mid = cv2.morphologyEx(candidates.astype(np.uint8), cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mid, connectivity=4)
    level, under = np.asarray(small, np.int16), ground.astype(np.int16)
    light = np.bincount(labels.ravel(), (level > under + LIGHT_INK_STEP).ravel(), count)
    dark = np.bincount(labels.ravel(), (level < under - LIGHT_INK_STEP).ravel(), count)
    areas = stats[:, cv2.CC_STAT_AREA]
    keep = (
        (areas >= MIN_DARK_SHARE * small.size)
        & (light >= LIGHT_INK_SHARE[0] * areas)
        & (light <= LIGHT_INK_SHARE[1] * areas)
        & (light > DARK_INK_MARGIN * dark)
    )
    keep[0] = False
    found: NDArray[np.uint8] = keep[labels].astype(np.uint8)
    return found


def thin_bands(gray: Image8) -> NDArray[np.bool_]:
    """Where a thin dark band runs across the card, carrying light text: a black rule a line
    of text high with the name's romaji in white on it. ``invert_dark_grounds`` finds grounds
    by the median of a neighbourhood wider than such a band, so it sees paper there.

    A band is a run of rows (or, on a card still lying sideways, columns) dark across
    ``BAND_SPAN`` of the card, no higher than ``BAND_BREADTH`` of it, with paper on both
    sides (``BAND_SIDES``: a dark desk or panel is not a band), and ``LIGHT_INK_SHARE`` of it
    light ink. The mask covers the band along the dark part of its rows.
    """
    height, width = gray.shape[:2]
    small = _block_copy(gray)
    mask = np.zeros(small.shape[:2], bool)
    for turned, out in ((small, mask), (small.T, mask.T)):
        dark = turned < DARK_GROUND
        rows = dark.mean(axis=1) >= BAND_SPAN
        edges = np.flatnonzero(np.diff(np.concatenate(([0], rows.astype(np.int8), [0]))))
        for start, stop in zip(edges[::2], edges[1::2], strict=True):
            if start == 0 or stop == len(rows) or stop - start > BAND_BREADTH * len(rows):
                continue
            columns = np.flatnonzero(dark[start:stop].mean(axis=0) >= 0.5)
            if len(columns) == 0:
                continue
            across = slice(columns[0], columns[-1] + 1)
            breadth = stop - start
            above = dark[max(0, start - breadth) : start, across]
            below = dark[stop : stop + breadth, across]
            if max(float(above.mean()), float(below.mean())) > BAND_SIDES:
                continue
            band = turned[start:stop, across]
            ground = float(np.median(band))
            ink = float(np.mean(band > ground + LIGHT_INK_STEP))
            if LIGHT_INK_SHARE[0] <= ink <= LIGHT_INK_SHARE[1]:
                out[start:stop, across] = True
    found: NDArray[np.bool_] = (
        cv2.resize(mask.astype(np.uint8), (width, height), interpolation=cv2.INTER_NEAREST) > 0
    )
    return found


def light_plates(gray: Image8, grounds: NDArray[np.bool_]) -> NDArray[np.bool_]:
    """Where a light plate lies on the dark ``grounds``: a wordmark's label, dark letters on
    a light rectangle printed on a band. The grounds are found on a coarse grid, which takes
    in a plate smaller than its cells; turned with the band, the plate would become a dark
    block with light letters, or half of one. A plate is much lighter than the band, broad
    and solid (``PLATE_BREADTH``, ``PLATE_FILL``), holds dark letters (``PLATE_LETTERS``,
    ``BLOCK_HOLES`` of its outline) and lies mostly on the grounds."""
    height, width = gray.shape[:2]
    small = _block_copy(gray)
    size = (small.shape[1], small.shape[0])
    on_ground = cv2.resize(grounds.astype(np.uint8), size, interpolation=cv2.INTER_NEAREST) > 0
    if not on_ground.any():
        return np.zeros(gray.shape[:2], bool)
    plates = np.zeros(small.shape[:2], np.uint8)
    light = small > float(np.median(small[on_ground])) + LIGHT_INK_STEP
    count, labels, stats, _ = cv2.connectedComponentsWithStats(light.astype(np.uint8))
    for label in range(1, count):
        left, top, w, h, area = (int(v) for v in stats[label])
        if min(w, h) < PLATE_BREADTH * min(small.shape[:2]) or area < PLATE_FILL * w * h:
            continue
        plate = labels[top : top + h, left : left + w] == label
        if np.count_nonzero(plate & on_ground[top : top + h, left : left + w]) < 0.5 * area:
            continue
        filled = _with_letters(plate)
        if filled is not None:
            plates[top : top + h, left : left + w] |= filled
    plates = cv2.dilate(plates, np.ones((3, 3), np.uint8))
    found: NDArray[np.bool_] = (
        cv2.resize(plates, (width, height), interpolation=cv2.INTER_NEAREST) > 0
    )
    return found


def _with_letters(plate: NDArray[np.bool_]) -> NDArray[np.uint8] | None:
    """``plate`` with the dark shapes it encloses filled in, if they are letters enough
    (``PLATE_LETTERS`` of them, ``BLOCK_HOLES`` of its outline); else None."""
    contours, hierarchy = cv2.findContours(plate.astype(np.uint8), cv2.RETR_CCOMP, 2)
    outline = [c for c, link in zip(contours, hierarchy[0], strict=True) if link[3] < 0]
    filled = np.zeros(plate.shape, np.uint8)
    cv2.drawContours(filled, outline, -1, 1, cv2.FILLED)
    letters = len(contours) - len(outline)
    if letters < PLATE_LETTERS or np.count_nonzero(plate) > (1 - BLOCK_HOLES) * filled.sum():
        return None
    return filled


def _one_tone(ground: Image8, labels: Image8, areas: Image8) -> NDArray[np.bool_]:
    """For each of the ``labels``' regions, whether its ``ground`` is of one tone (``ONE_TONE``)."""
    count = len(areas)
    level = np.asarray(ground, np.float64).ravel()
    total = np.bincount(labels.ravel(), weights=level, minlength=count)
    squares = np.bincount(labels.ravel(), weights=level**2, minlength=count)
    mean = total / np.maximum(areas, 1)
    spread = np.sqrt(np.maximum(squares / np.maximum(areas, 1) - mean**2, 0.0))
    one: NDArray[np.bool_] = spread <= ONE_TONE
    return one


def dark_blocks(gray: Image8) -> NDArray[np.bool_]:
    """Where light letters are cut out of a small dark block (a knockout wordmark), in place.

    ``invert_dark_grounds`` looks for grounds wider than a line of text, and leaves
    out those under ``MIN_DARK_SHARE`` of the card as logos: a block just around a
    company's name is both, and Tesseract reads its light letters as nothing. Such a
    block is a dark shape (well under the paper's grey) much longer than broad, holding
    light letters and framed by dark all round, lying inside the card. The mask covers
    each block whole, letters included.

    Measured by reading the same cut-out cards with and without it: the companies of the
    12 knockout marks of seed 77 read right 3 -> 11; no change on the 175 real cards'
    companies or key fields, and no block found on any classic card of seeds 21 and 77.
    """
    height, width = gray.shape[:2]
    small = _block_copy(gray)
    paper = float(np.median(small))
    dark = small < max(DARK_GROUND, paper - 2 * LIGHT_INK_STEP)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(
        dark.astype(np.uint8), connectivity=8
    )
    mask = np.zeros(small.shape[:2], np.uint8)
    for label in range(1, count):
        left, top, w, h, area = (int(v) for v in stats[label])
        inside = left > 0 and top > 0 and left + w < small.shape[1] and top + h < small.shape[0]
        long, short = max(w, h), min(w, h)
        shaped = long >= BLOCK_SHAPE[0] * short and BLOCK_SHAPE[1] * min(small.shape) >= short >= 8
        if not (inside and shaped and BLOCK_FILL[0] <= area / (w * h) <= BLOCK_FILL[1]):
            continue
        block = labels[top : top + h, left : left + w] == label
        if not (_framed(block) or _framed(_squared(block))):
            continue
        outline, _ = cv2.findContours(block.astype(np.uint8), cv2.RETR_EXTERNAL, 2)
        filled = np.zeros_like(block, np.uint8)
        cv2.drawContours(filled, outline, -1, 1, cv2.FILLED)
        if area > (1 - BLOCK_HOLES) * int(filled.sum()):
            continue
        mask[top : top + h, left : left + w] |= filled
    found: NDArray[np.bool_] = (
        cv2.resize(mask, (width, height), interpolation=cv2.INTER_NEAREST) > 0
    )
    return found


def _framed(block: NDArray[np.bool_]) -> bool:
    """True if the outermost rows and columns of ``block``'s box are dark (``BLOCK_RIM``)."""
    rim = max(1, min(block.shape[:2]) // 10)
    edges = [block[:rim], block[-rim:], block[:, :rim].T, block[:, -rim:].T]
    return min(float(edge.mean()) for edge in edges) >= BLOCK_RIM


def _squared(block: NDArray[np.bool_]) -> NDArray[np.bool_]:
    """``block`` turned so that the sides of its least box run along the axes, cut to its
    box: a card not cut out straight (or taken whole) leans its blocks a few degrees, and a
    leaning frame leaves the corners of an upright box empty."""
    points = cv2.findNonZero(block.astype(np.uint8))
    (cx, cy), _, angle = cv2.minAreaRect(points)
    turn = angle if angle <= 45 else angle - 90
    side = int(np.hypot(*block.shape[:2])) + 2
    matrix = cv2.getRotationMatrix2D((cx, cy), turn, 1.0)
    matrix[:, 2] += np.array([side / 2 - cx, side / 2 - cy])
    turned = cv2.warpAffine(block.astype(np.uint8), matrix, (side, side), flags=cv2.INTER_NEAREST)
    left, top, width, height = cv2.boundingRect(turned)
    squared: NDArray[np.bool_] = turned[top : top + height, left : left + width] > 0
    return squared


def _block_copy(gray: Image8) -> Image8:
    """``gray`` no larger than ``BLOCK_SIDE`` on its long side: where blocks, bands and
    plates are sought."""
    factor = min(1.0, BLOCK_SIDE / max(gray.shape[:2]))
    small: Image8 = cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
    return small


def invert_blocks(gray: Image8, blocks: NDArray[np.bool_]) -> Image8:
    """``gray`` with the ``blocks`` inverted and their edges painted white: the mask is
    coarser than the card, and half-inverted or blurred pixels along an edge read as a row
    of specks. The edge is the block's frame, which holds no letter, and a little paper."""
    if not blocks.any():
        return gray
    edge = math.ceil(max(gray.shape[:2]) / BLOCK_SIDE) + 1
    mask = blocks.astype(np.uint8)
    outside = cv2.dilate(mask, np.ones((4 * edge + 1, 4 * edge + 1), np.uint8)) > 0
    rim = outside & (cv2.erode(mask, np.ones((2 * edge + 1, 2 * edge + 1), np.uint8)) == 0)
    out = np.where(blocks, 255 - np.asarray(gray, np.uint8), gray).astype(np.uint8)
    out[rim] = 255
    return out


def text_binary(gray: Image8) -> Image8:
    """Text pixels as 255 on 0, for dark text on light (adaptive, so shadows do not matter)."""
    side = max(15, (min(gray.shape[:2]) // 20) | 1)
    binary: Image8 = cv2.adaptiveThreshold(
        gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, side, 15
    )
    return binary


def text_height(gray: Image8) -> float | None:
    """Median glyph size (px) in dark-on-light ``gray``, or None if there is no text-like ink.

    A glyph's size is the longer of its width and height, so the answer is the
    same whichever way the card is turned.
    """
    boxes = glyph_boxes(gray)
    if len(boxes) < 5:
        return None
    return float(np.median(np.maximum(boxes[:, 2], boxes[:, 3])))


def glyph_boxes(gray: Image8) -> NDArray[np.float64]:
    """Left, top, width, height (px, rows) of the glyph-like blobs in dark-on-light ``gray``.

    Measured on a copy of at most 1000 px for speed, returned in ``gray``'s pixels.
    """
    factor = min(1.0, 1000 / max(gray.shape[:2]))
    if factor < 1.0:
        gray = cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
    count, _, stats, _ = cv2.connectedComponentsWithStats(text_binary(gray), connectivity=8)
    if count < 2:
        return np.zeros((0, 4), np.float64)
    widths, heights, areas = stats[1:, 2], stats[1:, 3], stats[1:, 4]
    sizes = np.maximum(widths, heights)
    # Glyphs: a few pixels at least, not rules or frames, not filled blocks.
    glyph = (
        (sizes >= 5)
        & (sizes < min(gray.shape[:2]) / 4)
        & (np.minimum(widths, heights) * 5 > sizes)
        & (areas > 0.1 * widths * heights)
        & (areas < 0.95 * widths * heights)
    )
    boxes: NDArray[np.float64] = stats[1:, :4][glyph].astype(np.float64) / factor
    return boxes


def flatten_background(gray: Image8) -> Image8:
    """Divide out uneven light (shadow, gradient): paper becomes ~white, ink keeps its contrast.

    The background is estimated by a grey closing (removes dark text) on a
    small copy, so this costs a few milliseconds, not a large-kernel filter.
    """
    height, width = gray.shape[:2]
    factor = max(1, max(height, width) // 256)
    small = cv2.resize(
        gray, (width // factor or 1, height // factor or 1), interpolation=cv2.INTER_AREA
    )
    size = max(3, (min(small.shape[:2]) // 12) | 1)
    background = cv2.morphologyEx(small, cv2.MORPH_CLOSE, np.ones((size, size), np.uint8))
    background = cv2.GaussianBlur(background, (0, 0), size / 2)
    background = cv2.resize(background, (width, height), interpolation=cv2.INTER_LINEAR)
    flat: Image8 = cv2.divide(gray, np.maximum(background, 1), scale=255)
    return flat


def _scale_for(gray: Image8, target: float) -> float:
    """Scale that brings the median glyph to ``target`` px, within sane bounds.

    Falls back to a 1400 px long side (a typical flattened card) when no
    text-like blobs are found.
    """
    long_side = max(gray.shape[:2])
    height = text_height(gray)
    scale = target / height if height else 1400 / long_side
    scale = min(scale, MAX_SIDE / long_side, 4.0)
    return 1.0 if 0.85 <= scale <= 1.15 else scale
