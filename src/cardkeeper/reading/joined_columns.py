"""A line Tesseract's layout ran across two columns, its unsure side read again alone.

On a card with two columns whose rows do not line up (a phone number on the left a little
above the web address on the right, or a photo's perspective tilting one against the other),
Tesseract's layout can take a row of each for one line. The line is then recognised at the
height and baseline of both, and the side that does not fit comes back as noise: seed 134's
``+33 (0) 6 41 27 54 56`` was read ``T23 0) GSI a7 3436`` beside a sure
``www.linkedin.com/in/celine-dubois``. Such a line shows a gap of several glyphs between two
of its words; a side of the gap holding a word read less than ``WEAK`` sure, or lying a row
off the side beside it (``OFF_ROW``), is cut out (across to the sides beside it) and read
alone as one line (``--psm 7``), and what it reads replaces that side when every word of it
is sure (``MIN_CONFIDENCE``) and it is surer on the whole.
Addresses are left to the pipeline's own re-reads (``_mailish``). Lines with no such gap, or
sure on both sides, cost nothing."""

from __future__ import annotations

from dataclasses import replace
from functools import reduce
from itertools import groupby, pairwise

import numpy as np

from cardkeeper.reading.email_lines import MAILISH
from cardkeeper.reading.sideways import Page
from cardkeeper.reading.swallowed import MIN_CONFIDENCE
from cardkeeper.reading.tesseract_engine import recognise_words
from cardkeeper.reading.words import Box, Word

COLUMN_GAP = 2.5
"""Least gap between two words of a line, in heights of the lower one, that parts two
columns: a word space is under one height, a wide gap in a number (``+33 (0)  6 41``) under
two."""
WEAK = 0.5
"""Confidence under which a word of a side says that side was misread."""
OFF_ROW = 0.5
"""Distance between the middles of two sides' words, in heights of the lower ones, from which
they are rows apart: Tesseract recognised them at one baseline, so a side may be misread
with no unsure word (seed 149 band 238's ``02 05 38 43 52``, half a line above the web
address beside it, was read ``02 05 98 19 52``, every digit 0.61 sure or more)."""
OTHER_SIZE = 1.6
"""Ratio of two sides' heights from which they are print of other sizes, not one line: the
line is recognised at one height, and the larger side may come back as sure fragments
(seed 147 band 160's name, twice the height of the email beside it, was read
``Wi l l la m F itzg e ra Id``, every piece 0.67 sure or more)."""


def reread_joined_columns(
    page: Page, words: list[Word], languages: str, tessdata: str
) -> list[Word]:
    """``words`` with each unsure side of a line joined across columns read again alone
    (kept as a block of its own after ``words``' blocks, as the swallowed rows are)."""
    block = max((word.block for word in words), default=0)
    dropped: set[int] = set()
    found: list[Word] = []
    lines = groupby(
        enumerate(words), key=lambda item: (item[1].block, item[1].paragraph, item[1].line)
    )
    for key, line in lines:
        items = list(line)
        sides = _sides([word for _, word in items])
        at = 0
        for number, side in enumerate(sides):
            indexes = [index for index, _ in items[at : at + len(side)]]
            at += len(side)
            unsure = min(word.confidence for word in side) < WEAK
            apart = _off_row(side, sides[max(0, number - 1) : number + 2])
            if not (unsure or apart) or _mailish(side):
                continue
            before = sides[number - 1][-1].box.right if number else 0
            after = sides[number + 1][0].box.left if number + 1 < len(sides) else None
            rows = [word for word in words if (word.block, word.paragraph, word.line) != key]
            read = _without_gap_specks(
                _read_alone(page, side, (before, after), languages, tessdata, rows=rows), side
            )
            if not read or min(word.confidence for word in read) < MIN_CONFIDENCE:
                continue
            if _mean(read) <= _mean(side) or _mailish(read) or _overlaps(read, found):
                continue
            block += 1
            dropped |= set(indexes)
            found += [replace(word, block=block, paragraph=1, line=1) for word in read]
    if not found:
        return words
    return [word for index, word in enumerate(words) if index not in dropped] + found


def _sides(line: list[Word]) -> list[list[Word]]:
    """The runs of ``line``'s words between gaps of ``COLUMN_GAP``; none if it has no gap."""
    runs = [[line[0]]]
    for before, after in pairwise(line):
        if after.box.left - before.box.right > COLUMN_GAP * min(
            before.box.height, after.box.height
        ):
            runs.append([after])
        else:
            runs[-1].append(after)
    return runs if len(runs) > 1 else []


def _off_row(side: list[Word], around: list[list[Word]]) -> bool:
    """True if ``side``'s words lie ``OFF_ROW`` or more away, up or down, from those of a side
    next to it in ``around`` (which holds ``side`` too), or are of another size
    (``OTHER_SIZE``). Sides of punctuation alone are neither: a dash between the groups of a
    number is a stroke high, and makes sides of its own (real cards' ``010 - 4711 - 1434``
    and ``040 - 4221 2296`` lost digits when their groups were read apart)."""
    row = _row(side)
    if row is None:
        return False
    for other in around:
        other_row = None if other is side else _row(other)
        if other_row is not None:
            low, high = sorted((row[1], other_row[1]))
            if abs(row[0] - other_row[0]) >= OFF_ROW * low or high >= OTHER_SIZE * low:
                return True
    return False


def _row(words: list[Word]) -> tuple[float, float] | None:
    """The middle (card pixels, down) and height of the row of ``words`` that hold a letter
    or a digit, as their medians; None if none does."""
    printed = [word.box for word in words if any(char.isalnum() for char in word.text)]
    if not printed:
        return None
    middles = [box.top + box.height / 2 for box in printed]
    return float(np.median(middles)), float(np.median([box.height for box in printed]))


def _read_alone(
    page: Page,
    side: list[Word],
    span: tuple[int, int | None],
    languages: str,
    tessdata: str,
    *,
    rows: list[Word],
) -> list[Word]:
    """``side``'s row cut out of ``page`` and read as one line, in card pixels.

    The cut reaches half the words' height above and below them, but not into the words of
    the other ``rows`` (a large name's half height reaches the title under it, and the line
    read then runs down into the title), and across to the sides beside it (``span``, card
    pixels; None: the card's edge) less a quarter height: the layout can leave the first
    letters of a side unread in the gap (seed 134's ``alessandro_bianchi@`` came back as
    ``nchi@``), and a cut to the words' boxes alone reads the address without them."""
    scaled = reduce(Box.union, (word.box for word in side)).in_image(page.scale)
    height = max(word.box.in_image(page.scale).height for word in side)
    above, aside = max(2, height // 2), max(2, height // 4)
    start = round(span[0] * page.scale) + aside
    stop = page.image.shape[1] if span[1] is None else round(span[1] * page.scale) - aside
    left, top = max(0, min(start, scaled.left - aside)), max(0, scaled.top - above)
    right, bottom = max(stop, scaled.right + aside), scaled.bottom + above
    for word in rows:
        box = word.box.in_image(page.scale)
        if box.right <= left or box.left >= right:
            continue
        if box.top >= scaled.bottom:
            bottom = min(bottom, box.top)
        elif box.bottom <= scaled.top:
            top = max(top, box.bottom)
    crop = np.ascontiguousarray(page.image[top:bottom, left:right])
    read = recognise_words(crop, tessdata, languages, line=True)
    return [replace(word, box=word.box.in_card(page.scale, left, top)) for word in read]


def _without_gap_specks(read: list[Word], side: list[Word]) -> list[Word]:
    """``read`` less the unsure words wholly in the gaps beside ``side``: the cut reaches
    across them, and a band's edge or a speck there reads as a stray ``E``."""
    left, right = side[0].box.left, side[-1].box.right
    return [
        word
        for word in read
        if word.confidence >= MIN_CONFIDENCE or (word.box.right > left and word.box.left < right)
    ]


def _mailish(words: list[Word]) -> bool:
    """True if ``words`` look like an address's line (``MAILISH``): the pipeline reads an
    unsure address again itself, at larger sizes, with the checks an address needs
    (``email_lines``), and with the contrast evened out, which finds more of a card under
    glare. An address read surely here spares those looks, and what only they find: seed
    134's hard 0059 read ``alessandro_bianchi@`` here and lost its faint phone number."""
    return any(MAILISH.search(word.text) for word in words)


def _overlaps(read: list[Word], found: list[Word]) -> bool:
    """True if a word of ``read`` overlaps one already ``found``: two lines of the layout
    can hold pieces of one row, and the cut for each reads the whole row."""
    return any(
        min(a.box.right, b.box.right) > max(a.box.left, b.box.left)
        and min(a.box.bottom, b.box.bottom) > max(a.box.top, b.box.top)
        for a in read
        for b in found
    )


def _mean(words: list[Word]) -> float:
    return float(np.mean([word.confidence for word in words]))
