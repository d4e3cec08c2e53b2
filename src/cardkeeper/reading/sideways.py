"""Lines printed at a right angle to an upright card: found by their ink, read turned upright.

Japanese cards often print the name in kanji as a vertical column and its romaji beside it
as a Latin line turned 90 degrees (``Taro Yamada`` running down the card). The card is
upright, so turning the whole card would lose the rest; Tesseract's layout reads such a
line letter by letter on its side as noise (``lyseyeyeL``) or not at all when it is faint.
So, once the card has been read upright, the ink its words do not explain is searched for
columns of glyph-sized shapes stacked closely, one glyph broad and many long; each is cut
out and read as one line (``--psm 7``) turned both ways, the surer kept if it is sure and
has letters. Its words replace the noise read there, boxed in the card's pixels.

Cost: nothing for a card whose upright reading holds no word standing tall (Tesseract reads
a line on its side as such a word, mostly noise): 159 of 175 real cards, 263 of 270
generated ones (seed 139). The others pay a connected-component pass over the prepared
image and two OCR calls on a small strip for each column found (a column of kanji is read
too, and dropped as unsure): on the real set 4.5 s in all, about 0.3 s on each of those 16
cards with the machine busy.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import cv2
import numpy as np
from numpy.typing import NDArray

from cardkeeper.reading.prepare import text_binary
from cardkeeper.reading.tesseract_engine import recognise_words
from cardkeeper.reading.words import Box, Word, confidence_mass, letter_count

Image8 = NDArray[np.uint8]

GLYPH = (0.3, 2.5)
"""Least and greatest size of a glyph, in median glyph sizes of the prepared card."""
JOIN = 2.0
"""Gap along a column, in glyph sizes, that still joins two glyphs into one line (upright
words are masked out first). Measured on real cards: at 0.8 ``Itsuki`` and ``Takahashi``
were two columns, at 1.5 the widely spaced ``Taro`` and ``Yamada`` still were, and a name
split in two words on two lines is not taken for a name."""
COLUMN_LENGTH = 4.0
"""Least length of a column, in glyph sizes and in its own breadths: a word or more."""
COLUMN_BREADTH = (0.5, 3.0)
"""Breadth of a column in glyph sizes: one line of print on its side."""
LEAST_GLYPHS = 4
"""Shapes a column must hold: letters, not a rule or the stem of a picture."""
TALL = 2.5
"""Height over width of an upright reading's word that is taken for a line on its side read
as it lies, so does not hide the ink under it; the column read turned replaces it if read
more surely."""
SURE = 0.7
"""Least confidence per letter of a line read turned upright: the romaji of real cards read
0.8-0.96, a column of kanji read as Latin letters far less."""
LEAST_LETTERS = 3
MARGIN = 0.5
"""Paper kept around a column cut out for Tesseract, in glyph sizes."""


@dataclass(frozen=True)
class Page:
    """The prepared (grey, dark on light) upright card the words were read from."""

    image: Image8
    scale: float
    """``image`` size over the card's: the words' boxes are in card pixels."""
    glyph: float
    """Median glyph size in ``image`` (px)."""


def add_sideways(page: Page, words: list[Word], languages: str, tessdata: str) -> list[Word]:
    """``words`` with the lines printed on their side on ``page`` read and added."""
    if not any(_standing(word) for word in words):
        # Tesseract's layout reads a line on its side as a word standing tall; where it
        # read none, there is no such line to look for (16 of 175 real cards have one).
        return words
    kept = list(words)
    block = max((word.block for word in words), default=0)
    for column in find_columns(page, words):
        read = read_column(page, column, languages, tessdata)
        area = column.in_card(page.scale)
        standing = [word for word in kept if _standing(word) and _within(word.box, area)]
        if not read or confidence_mass(read) <= confidence_mass(standing):
            # Nothing sure, or Tesseract read the line on its side itself as surely (a card
            # whose lines all run down it can be read so).
            continue
        block += 1
        kept = [word for word in kept if word not in standing]
        kept += [replace(word, block=block, paragraph=1, line=1) for word in read]
    return kept


def find_columns(page: Page, words: list[Word]) -> list[Box]:
    """Columns of glyphs stacked closely that the upright words do not cover."""
    ink = text_binary(page.image)
    for word in words:
        if not _standing(word):
            box = word.box.in_image(page.scale)
            ink[max(0, box.top - 2) : box.bottom + 2, max(0, box.left - 2) : box.right + 2] = 0
    _, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    sizes = np.maximum(stats[:, 2], stats[:, 3])
    glyphs = (sizes >= GLYPH[0] * page.glyph) & (sizes <= GLYPH[1] * page.glyph)
    glyphs[0] = False
    if not glyphs.any():
        return []
    shapes = np.where(glyphs[labels], 255, 0).astype(np.uint8)
    joined = cv2.dilate(shapes, np.ones((max(1, round(JOIN * page.glyph)), 1), np.uint8))
    count, runs, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    columns = []
    for index in range(1, count):
        left, top, width, height = (int(value) for value in stats[index, :4])
        if not (
            height >= COLUMN_LENGTH * max(page.glyph, width)
            and COLUMN_BREADTH[0] * page.glyph <= width <= COLUMN_BREADTH[1] * page.glyph
        ):
            continue
        inside = labels[top : top + height, left : left + width][
            runs[top : top + height, left : left + width] == index
        ]
        if len(np.unique(inside[glyphs[inside]])) >= LEAST_GLYPHS:
            columns.append(Box(left, top, width, height))
    return columns


def read_column(page: Page, column: Box, languages: str, tessdata: str) -> list[Word]:
    """The words of ``column`` read turned upright, the surer way, boxed in card pixels;
    empty if neither way reads a sure line with letters."""
    margin = round(MARGIN * page.glyph)
    top, left = max(0, column.top - margin), max(0, column.left - margin)
    strip = np.ascontiguousarray(
        page.image[
            top : column.bottom + margin,
            left : column.right + margin,
        ],
        dtype=np.uint8,
    )
    readings = [_read_turned(strip, clockwise, languages, tessdata) for clockwise in (False, True)]
    best = max(readings, key=confidence_mass)
    alphabetic = sum(char.isalpha() for word in best for char in word.text)
    if alphabetic < LEAST_LETTERS or confidence_mass(best) < SURE * letter_count(best):
        return []
    return [replace(word, box=word.box.in_card(page.scale, left, top)) for word in best]


def _read_turned(strip: Image8, clockwise: bool, languages: str, tessdata: str) -> list[Word]:
    """``strip`` read as one line turned a quarter clockwise or counter-clockwise, the words
    boxed in the strip's pixels."""
    turn = cv2.ROTATE_90_CLOCKWISE if clockwise else cv2.ROTATE_90_COUNTERCLOCKWISE
    turned = np.ascontiguousarray(cv2.rotate(strip, turn), dtype=np.uint8)
    strip_height, strip_width = strip.shape[:2]
    words = []
    for word in recognise_words(turned, tessdata, languages, line=True):
        if not any(char.isalnum() for char in word.text):
            continue
        x, y, width, height = word.box.left, word.box.top, word.box.width, word.box.height
        # Back into the strip: clockwise took (sx, sy) to (h - sy, sx); the other way to
        # (sy, w - sx). The turned box's width runs down the strip.
        left = y if clockwise else strip_width - y - height
        top = strip_height - x - width if clockwise else x
        words.append(replace(word, box=Box(left, top, height, width)))
    return words


def _standing(word: Word) -> bool:
    """True if ``word`` of two letters or more stands tall: a line on its side, read as it
    lies (most often noise, letters read one by one; sometimes right)."""
    return len(word.text) >= 2 and word.box.height >= TALL * max(word.box.width, 1)


def _within(box: Box, area: Box) -> bool:
    """True if the middle of ``box`` lies in ``area``."""
    middle_x, middle_y = box.left + box.width / 2, box.top + box.height / 2
    return area.left <= middle_x <= area.right and area.top <= middle_y <= area.bottom
