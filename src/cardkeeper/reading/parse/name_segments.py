"""Name segments as OCR cut them, put right: a widely spaced name joined, specks cut off.

OCR cuts a name set with wide gaps (``YOSHIYUKI   KAWASE``) like two columns,
and reads an icon, a logo's edge or kanji beside a name as a short word
(``ADO Junya KURODA``). Both happen before the name is weighed, so the person's
name competes whole and clean with the card's other lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cardkeeper.reading.parse.layout import Segment, is_beside, make_segment
from cardkeeper.reading.parse.names import PARTICLES, PREFIXES, is_name_word, name_shape
from cardkeeper.reading.parse.text import NO_WORD, MappedText
from cardkeeper.reading.words import Word

MIN_NAME_OCR = 0.5
"""Mean OCR confidence under which a name-shaped segment is more likely noise than a name."""
_SPECK_LETTERS = 3
"""Longest speck: OCR's reading of an icon or a logo's edge is a few characters."""
_SURE_NAME_OCR = 0.8
"""Mean OCR confidence of a name that specks are cut from: only a clear name is taken."""
_WORD_START = re.compile(r"[A-ZÀ-ÖØ-Þ][^\W\d_]")
_DIGIT = re.compile(r"\d")
_NAME_GAP = 2.5
"""Text heights between the words of a widely spaced name; columns stand further apart."""


def joined_name_words(segments: list[Segment], words: Sequence[Word]) -> list[Segment]:
    """Segments with a widely spaced name put together again: ``YOSHIYUKI   KAWASE``.

    A name set with a wide gap between its words is cut there like two columns.
    Two single words side by side, as tall as each other and less than
    ``_NAME_GAP`` heights apart on two lines (not parts of one line between
    separators), are one segment when together they are a name.
    """
    joined = list(segments)
    for left in segments:
        for right in segments:
            gap = right.box.left - left.box.right
            pair = left in joined and right in joined and left.line != right.line
            if not pair or not _single_words(left, right) or not is_beside(left.box, right.box):
                continue
            tall = max(left.height, right.height)
            if not 0 < gap < _NAME_GAP * tall or min(left.height, right.height) < 0.7 * tall:
                continue
            if any(_run_on(left, right, other) for other in segments):
                continue
            text = MappedText(
                f"{left.text.text} {right.text.text}",
                (*left.text.owners, NO_WORD, *right.text.owners),
            )
            if name_shape(text.text):
                at = joined.index(left)
                joined[at] = make_segment(text, left.line, list(words))
                joined.remove(right)
    return joined


def _run_on(left: Segment, right: Segment, other: Segment) -> bool:
    """Another segment close beside the pair: they are words of a longer spaced line."""
    if other in (left, right) or not is_beside(left.box, other.box):
        return False
    reach = _NAME_GAP * max(left.height, right.height)
    after = 0 <= other.box.left - right.box.right < reach
    return after or 0 <= left.box.left - other.box.right < reach


def _single_words(*segments: Segment) -> bool:
    return all(" " not in s.text.text and not name_shape(s.text.text) for s in segments)


def without_name_specks(segment: Segment, words: Sequence[Word]) -> Segment:
    """The segment without specks before it, when what is left is a name.

    OCR reads an icon, a logo's edge or kanji beside the name as a short word
    (``ADO Junya KURODA``, ``co Lee Tae Suk``): a short word that is no name
    word, that OCR is unsure of, or that is much taller or shorter than the name
    is no part of it. The name left must start with a full word, not an initial.
    """
    tokens = _tokens(segment.text)
    if len(tokens) < 3:
        return segment
    kept = list(tokens)
    while len(kept) > 2 and _is_speck(kept[0], kept[1:], words):
        kept.pop(0)
    if len(kept) == len(tokens) or not _WORD_START.match(segment.text.text[kept[0][0] :]):
        return segment
    text = segment.text.slice(kept[0][0], kept[-1][1])
    trimmed = make_segment(text, segment.line, list(words))
    sure = trimmed.confidence >= _SURE_NAME_OCR
    return trimmed if sure and name_shape(text.text) else segment


def _tokens(text: MappedText) -> list[tuple[int, int, int]]:
    """Start, end and word index of each space-separated token of ``text``."""
    tokens = []
    for match in re.finditer(r"\S+", text.text):
        owners = [o for o in text.owners[match.start() : match.end()] if o != NO_WORD]
        if owners:
            tokens.append((match.start(), match.end(), owners[0]))
    return tokens


def _is_speck(
    token: tuple[int, int, int], rest: list[tuple[int, int, int]], words: Sequence[Word]
) -> bool:
    """A short word beside a name that is no name word, or one OCR is unsure of, or one much
    taller or shorter than the name's words."""
    word = words[token[2]]
    text = word.text.strip(",")
    if len(text) > _SPECK_LETTERS or text.lower() in PREFIXES | PARTICLES or _DIGIT.search(text):
        return False
    tallest = max(words[t[2]].box.height for t in rest)
    unsure = word.confidence < MIN_NAME_OCR
    odd_size = not 0.6 * tallest <= word.box.height <= 1.6 * tallest
    return unsure or odd_size or not is_name_word(text)
