"""Where text stands on the card, and which segments are taglines.

Name, title and company carry no syntax of their own; what tells them apart is
size (the name is usually the largest text), neighbourhood (the title sits
right under or next to the name) and wording (a slogan speaks to the reader).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cardkeeper.reading.parse.text import MappedText, lexicon
from cardkeeper.reading.words import Box, Word

_TAGLINE_WORDS = lexicon(
    """
    your you our we us together since est everything anything every beyond better more
    ihr ihre ihren unser unsere wir sie alles votre vos notre nos nous vous tout su sus
    nuestro nuestra nosotros todo vostro nostro nostra noi tutto uw onze wij jouw alles
    """
)
_CONNECTORS = lexicon(
    "of and & for the de du des la le et y e und für van von der den di del della da en to in at on"
)


@dataclass(frozen=True)
class Segment:
    """A part of a line between separators: the unit a name, title or company is read from."""

    text: MappedText
    line: int
    """Index of its line in the card's line list."""
    box: Box
    height: int
    """Tallest word box: a proxy for the font size."""
    confidence: float
    """Mean OCR confidence of its words."""


def make_segment(text: MappedText, line: int, words: list[Word]) -> Segment:
    members = [words[i] for i in text.indexes()]
    box = members[0].box
    for word in members[1:]:
        box = box.union(word.box)
    height = max(w.box.height for w in members)
    confidence = sum(min(max(w.confidence, 0.0), 1.0) for w in members) / len(members)
    return Segment(text, line, box, height, confidence)


def _overlap(a: Box, b: Box) -> int:
    return min(a.right, b.right) - max(a.left, b.left)


def is_right_below(upper: Box, lower: Box) -> bool:
    """``lower`` starts within about two text heights under ``upper`` and shares its column."""
    gap = lower.top - upper.bottom
    close = -upper.height // 3 <= gap <= 2 * max(upper.height, lower.height)
    return close and _overlap(upper, lower) > 0


def is_beside(a: Box, b: Box) -> bool:
    """Same text row: their vertical spans overlap by half the smaller height."""
    shared = min(a.bottom, b.bottom) - max(a.top, b.top)
    return shared >= min(a.height, b.height) / 2


def has_tagline_words(text: str) -> bool:
    """Words that speak to the reader (your, we, unser …) or slogan punctuation."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return text.rstrip().endswith(("!", "…", "...")) or any(w in _TAGLINE_WORDS for w in words)


def has_lowercase_words(text: str) -> bool:
    """A word starting in lower case that is not a connector: prose, not a proper name."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    return any(w[0].islower() and w.lower() not in _CONNECTORS for w in words)
