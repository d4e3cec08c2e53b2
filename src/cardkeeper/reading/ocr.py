"""Read the words on a flattened card: prepare, turn upright, run Tesseract, map boxes back.

The words come back in the coordinates of the *upright card at its own
scale* (the image returned beside them), whatever scaling was done for
Tesseract, so the review pane can draw each field's boxes on that image.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import cv2
import numpy as np
from numpy.typing import NDArray

from cardkeeper.reading.hollow import solid_letters
from cardkeeper.reading.joined_columns import reread_joined_columns
from cardkeeper.reading.orient import probe_orientation, rotate, text_probe
from cardkeeper.reading.prepare import TARGET_TEXT_HEIGHT, Prepared, prepare
from cardkeeper.reading.script_rows import reread_script_rows
from cardkeeper.reading.sharpen import DEBLURRED_GAIN, deblurred
from cardkeeper.reading.sideways import Page, add_sideways
from cardkeeper.reading.skew import probe_skew, straighten
from cardkeeper.reading.swallowed import MIN_CONFIDENCE, swallowed_rows
from cardkeeper.reading.tesseract import check_languages, default_languages, find_tesseract
from cardkeeper.reading.tesseract_engine import recognise_words
from cardkeeper.reading.words import Word, confidence_mass, letter_confidence, letter_count

Image8 = NDArray[np.uint8]

EVEN_SPAN = 5.0
"""Side of the neighbourhood ``even_contrast`` measures ink and paper in, in glyph heights:
small enough that glare is about even across it, large enough to hold paper around a bold
name's strokes (at 3 the large name of a card under glare was lost)."""
MIN_SPAN = 40
"""Grey levels of ink-to-paper contrast below which a neighbourhood is not stretched further:
blank paper (a span of noise) stays blank instead of its grain becoming ink."""

FEW_LETTERS = 10
"""Letters read under which the card is read again for text anywhere (``--psm 11``), two more
OCR calls. On seed 131 two blurred hard photos read no letter in the automatic layout; read
as sparse text, one gave its name's line, the other its name, company and phones. Of 175
real cards, two read no letter either way."""
WEAK_READING = 0.5
"""Mean confidence per letter under which a reading may be the card upside down. On 132 real
cards whose right way up was clear, the right way read 0.78 (median), under 0.5 only on four
cards printed mostly in Hangul or Kanji; the wrong way read 0.21 (median), 0.45 at most."""


@dataclass(frozen=True)
class OcrResult:
    image: Image8
    """The card turned upright (and straightened when its lines leant), BGR: the words'
    coordinate space."""
    words: list[Word]
    text: str
    """Lines joined by newlines, blocks separated by blank lines."""
    rotation: int
    """Degrees the card was turned clockwise to be upright."""


def read_words(
    card_bgr: Image8,
    languages: str = "",
    tesseract_cmd: str | None = None,
    text_height_px: float = TARGET_TEXT_HEIGHT,
    even: bool = False,
) -> OcrResult:
    """OCR a card image (BGR). Raises TesseractMissingError if Tesseract or a language is absent.

    ``languages`` empty means the best installed (see ``default_languages``).

    When the ink does not say clearly which way is up, or the reading that way is weak
    (``WEAK_READING``), the card is read the other way round too and the reading
    Tesseract is surer of wins (costs one more OCR call).

    ``even`` stretches the contrast of each neighbourhood to full (``even_contrast``) for
    Tesseract, after the ink has said which way is up: a card under glare or in dim light
    keeps only a faint trace of its small print, which Tesseract drops as noise.
    """
    info = find_tesseract(tesseract_cmd)
    languages = languages or default_languages(info)
    check_languages(info, languages)
    prepared = prepare(card_bgr, text_height_px)
    probe = text_probe(prepared.image)
    if skew := probe_skew(probe):
        # The card was not cut out straight (or not found): its lines lean, and Tesseract
        # reads leaning lines as nothing. The card itself is straightened, so that the
        # words' boxes and the image handed back agree.
        card_bgr = straighten(card_bgr, -skew)
        prepared = prepare(card_bgr, text_height_px)
        probe = text_probe(prepared.image)
    prepared = replace(prepared, image=solid_letters(prepared.image))
    if even:
        prepared = replace(prepared, image=even_contrast(prepared.image, text_height_px))
    orientation = probe_orientation(probe)
    sharp = deblurred(prepared.image, prepared.scale)
    if sharp is not None and not even:
        # A smear across the lines joins each line to the next into bars running down the
        # card, so the blurred ink says the lines run down (seed 148: two hard photos read
        # turned by 90°, nothing of either card's details read); deblurred, it says true.
        # Only the axis is taken from it: the deconvolution's ringing above and below the
        # strokes makes its word on up and down worse (a card read at 28 px was turned
        # over). Not with the contrast evened out: stretched, paper grain passes for ink.
        sharp_probe = text_probe(sharp)
        sharp_way = probe_orientation(sharp_probe)
        if sharp_probe is not None and sharp_way.rotation % 180 != orientation.rotation % 180:
            orientation = sharp_way
    rotation, words = _read_turned(prepared, orientation.rotation, languages, info.tessdata)
    if sharp is not None:
        # A blurred card is read deblurred too, kept if Tesseract is clearly surer of it.
        deblurred_reading = _read_turned(
            replace(prepared, image=sharp), rotation, languages, info.tessdata
        )
        if confidence_mass(deblurred_reading[1]) > DEBLURRED_GAIN * confidence_mass(words):
            prepared, words = replace(prepared, image=sharp), deblurred_reading[1]
    if not orientation.confident or _weak(words):
        # The ink said little about up and down, or its answer read as noise: the ink test
        # knows Latin letters, and a card printed mostly in Hangul or Kanji looks upside
        # down to it. Reading the other way round too settles it.
        other = _read_turned(prepared, (rotation + 180) % 360, languages, info.tessdata)
        if confidence_mass(other[1]) > confidence_mass(words):
            rotation, words = other
    if letter_count(words) < FEW_LETTERS:
        # Tesseract's layout took the lines for pictures (a blurred photo): read for text
        # anywhere instead, either way round, as the ink of a blurred card can be sure of
        # the wrong way up.
        for turn in (rotation, (rotation + 180) % 360):
            sparse = _read_turned(prepared, turn, languages, info.tessdata, sparse=True)
            if confidence_mass(sparse[1]) > confidence_mass(words):
                rotation, words = sparse
    page = Page(np.asarray(rotate(prepared.image, rotation)), prepared.scale, text_height_px)
    words = words + _swallowed_words(page, words, languages, info.tessdata)
    words = reread_joined_columns(page, words, languages, info.tessdata)
    words = add_sideways(page, words, languages, info.tessdata)
    words = reread_script_rows(page, words, languages, info.tessdata)
    upright = np.asarray(rotate(card_bgr, rotation), dtype=np.uint8)
    return OcrResult(upright, words, lines_text(words), rotation)


def even_contrast(gray: Image8, text_height_px: float) -> Image8:
    """``gray`` with each neighbourhood's darkest grey made black and its lightest white.

    The neighbourhood is ``EVEN_SPAN`` glyphs across; where its span of grey is under
    ``MIN_SPAN`` (blank paper) it is stretched by at most 255 / MIN_SPAN.
    """
    side = int(EVEN_SPAN * text_height_px) | 1
    kernel = np.ones((side, side), np.uint8)
    low = cv2.blur(cv2.erode(gray, kernel), (side, side)).astype(np.float32)
    high = cv2.blur(cv2.dilate(gray, kernel), (side, side)).astype(np.float32)
    stretched = (gray.astype(np.float32) - low) * 255 / np.maximum(high - low, MIN_SPAN)
    return np.asarray(np.clip(stretched, 0, 255), dtype=np.uint8)


def _read_turned(
    prepared: Prepared, rotation: int, languages: str, tessdata: str, sparse: bool = False
) -> tuple[int, list[Word]]:
    """The words read with the prepared card turned by ``rotation``, and that rotation."""
    turned = np.asarray(rotate(prepared.image, rotation), dtype=np.uint8)
    return rotation, recognise_words(turned, tessdata, languages, prepared.scale, sparse=sparse)


def _swallowed_words(page: Page, words: list[Word], languages: str, tessdata: str) -> list[Word]:
    """Words of the rows of small print the layout merged into a taller line (see
    ``swallowed``), each row read alone as a block of its own after ``words``' blocks."""
    boxes = [word.box.in_image(page.scale) for word in words]
    found: list[Word] = []
    block = max((word.block for word in words), default=0)
    for row in swallowed_rows(page.image, boxes):
        margin = max(2, row.height // 2)
        left, top = max(0, row.left - margin), max(0, row.top - margin)
        crop = np.ascontiguousarray(
            page.image[top : row.bottom + margin, left : row.right + margin]
        )
        read = recognise_words(crop, tessdata, languages, line=True)
        if not read or min(word.confidence for word in read) < MIN_CONFIDENCE:
            continue
        block += 1
        found += [
            replace(
                word, box=word.box.in_card(page.scale, left, top), block=block, paragraph=1, line=1
            )
            for word in read
        ]
    return found


def _weak(words: list[Word]) -> bool:
    """True if the letters read are on average less sure than WEAK_READING (none read: weak)."""
    return letter_confidence(words) < WEAK_READING


def lines_text(words: list[Word]) -> str:
    """Lines joined with newlines, a blank line between Tesseract's blocks."""
    parts: list[str] = []
    previous: tuple[int, int, int] | None = None
    for word in words:
        key = (word.block, word.paragraph, word.line)
        if previous is None:
            parts.append(word.text)
        elif key == previous:
            parts.append(" " + word.text)
        else:
            parts.append("\n\n" if word.block != previous[0] else "\n")
            parts.append(word.text)
        previous = key
    return "".join(parts)
