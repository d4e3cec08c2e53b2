"""Where text stands on the card, and which segments are taglines.

Name, title and company carry no syntax of their own; what tells them apart is
size (the name is usually the largest text), neighbourhood (the title sits
right under or next to the name) and wording (a slogan speaks to the reader).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cardkeeper.postal.regions import BR_STATES
from cardkeeper.reading.parse.labels import find_labels
from cardkeeper.reading.parse.text import NO_WORD, MappedText, lexicon
from cardkeeper.reading.words import Box, Line, Word

_TAGLINE_WORDS = lexicon(
    """
    your you our we us together since est everything anything every beyond better more
    ihr ihre ihren unser unsere wir sie alles votre vos notre nos nous vous tout su sus
    nuestro nuestra nosotros todo vostro nostro nostra noi tutto uw onze wij jouw alles
    """
)
_COLUMN_GAP = 1.4
"""A gap wider than this many text heights between two words is a column gap, not a space.

Spaces are about 0.3 heights, the widest spaces of a justified line about 1;
the gap between two columns of a card is rarely under 1.5.
"""
_NUMBER_GAP = 4.0
"""Digit groups of one number are spaced at most a few text heights apart; a wider gap
(``Calidad desde 1975      48011 Bilbao``) is a column gap even between two numbers."""
_LETTER_GAP = 0.35
"""Letter-spaced type (``M a ri e ke``) leaves gaps under this many text heights."""
_FRAGMENT = 3
"""Letters of the short pieces OCR cuts letter-spaced words into."""
_NUMBER_END = re.compile(r"\d[)\]]?$|^[/–-]$")
"""What ends a digit group: a digit, or a lone separator OCR set apart (``0711 /   6112336``)."""
_NUMBER_START = re.compile(r"^[+(]?\d")
_SEPARATOR = re.compile(r"^[-–/.]$")
_SINCE_YEAR = re.compile(
    r"\b(?:since|est\.?|established|founded|seit|gegründet|desde|fundada|fundado|dal|"
    r"fondata|fondato|depuis|fondée|fondé|sinds|opgericht)\s+(?:in\s+)?(?:1[89]|20)\d\d\b",
    re.IGNORECASE,
)
"""``since 1975`` in the card's languages: a slogan about the firm, never an address."""
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


def in_reading_order(line: Line) -> Line:
    """The line in Tesseract's word order when it runs down or up the image.

    On a card lying sideways in a photo, OCR reads the text turned upright but
    the boxes stand in the photo, so the words of a line are stacked one above
    the other and their left edges say nothing of their order (``LÉVESQUE DR.
    EMMA``, ``(0)10 +31 T``). Words that overlap across and span a column over
    twice as tall as wide are such a line (a speck beside it aside: ``=``); Tesseract
    listed them as read.
    """
    box = line.box
    longest = max(line.words, key=lambda word: word.box.height).box
    stacked = sum(_overlap(longest, word.box) > 0 for word in line.words)
    if stacked < max(2, len(line.words) - 1) or box.height <= 2 * box.width:
        return line
    order = sorted(range(len(line.words)), key=lambda i: line.word_indexes[i])
    return Line(tuple(line.words[i] for i in order), tuple(line.word_indexes[i] for i in order))


def split_columns(line: Line) -> list[Line]:
    """Cut a Tesseract line where it runs across two columns.

    Tesseract often joins a name on the left with an e-mail or a postcode on
    the right into one line (``Thijs van der Linden   3025 WD Rotterdam``).
    A gap of several text heights separates them; it never separates a
    label from its value (``Tel.      +31 …``, tab-aligned) nor the digit
    groups of one number.
    """
    line = _without_enclosed(line)
    pieces: list[list[int]] = [[0]]
    for position in range(1, len(line.words)):
        left, right = line.words[position - 1], line.words[position]
        piece_text = " ".join(line.words[i].text for i in pieces[-1])
        spaced = _is_spaced_dash(line, position - 1) or _is_spaced_dash(line, position)
        if _is_column_gap(left, right) and not spaced and not _is_label(piece_text):
            pieces.append([position])
        else:
            pieces[-1].append(position)
    return [
        Line(tuple(line.words[i] for i in piece), tuple(line.word_indexes[i] for i in piece))
        for piece in pieces
    ]


def _without_enclosed(line: Line) -> Line:
    """The line without the specks set inside a word: a few pixels OCR read as a letter in a
    logo's type (``c`` inside ``SELVAM``). Left in, a speck would make the space after it a
    column gap, as gaps are measured in the height of the smaller word."""
    kept = [
        position
        for position, word in enumerate(line.words)
        if not any(_encloses(other, word) for other in line.words if other is not word)
    ]
    if len(kept) == len(line.words):
        return line
    return Line(tuple(line.words[i] for i in kept), tuple(line.word_indexes[i] for i in kept))


_SPECK_RATIO = 4
"""A speck is under a quarter of the height of the word it lies in."""


def _encloses(outer: Word, inner: Word) -> bool:
    """``inner`` is a speck inside ``outer``, and ``outer`` a word: no wider than its letters
    set square (a speck's box may span a line's words, as ``oS`` over ``Canada``)."""
    a, b = outer.box, inner.box
    inside = a.left <= b.left and b.right <= a.right and a.top <= b.top and b.bottom <= a.bottom
    worded = a.width <= a.height * len(outer.text)
    return inside and worded and _SPECK_RATIO * b.height < a.height


_DASH = re.compile(r"^[-–—]$")


def _is_spaced_dash(line: Line, position: int) -> bool:
    """A dash set with a space either side in a Brazilian address, after the house number
    or before the state (``111 - Bela Vista``, ``São Paulo - SP``): a few pixels tall, it
    makes each space beside it look like a column gap when measured alone, but the words
    it stands between are as near as words of one text are. Only there: between other
    words (``Anna Koch - Sales``) the cut it made is one the titles read from it rely on."""
    if not 0 < position < len(line.words) - 1 or not _DASH.match(line.words[position].text):
        return False
    before, after = line.words[position - 1], line.words[position + 1]
    if not (before.text[-1:].isdigit() or after.text.rstrip(",") in BR_STATES):
        return False
    height = min(before.box.height, after.box.height)
    return after.box.left - before.box.right <= 2 * _COLUMN_GAP * max(height, 1)


def _is_column_gap(left: Word, right: Word) -> bool:
    """A gap of many text heights; a lone separator beside a number is no measure of the
    text's height (a 9 px ``-`` between ``040`` and ``4221 2296``), so it takes the number's."""
    gap = right.box.left - left.box.right
    pair = (left, right)
    separator = any(_SEPARATOR.match(w.text) for w in pair) and any(
        any(c.isdigit() for c in w.text) for w in pair
    )
    heights = [w.box.height for w in pair if not (separator and _SEPARATOR.match(w.text))]
    if _INITIAL.match(left.text) and right.text[:1].isupper():
        heights = [max(heights)]
    height = max(min(heights), 1, _TRACKING * _letter_advance(left, right))
    numbers = bool(_NUMBER_END.search(left.text) and _NUMBER_START.match(right.text))
    return gap > _COLUMN_GAP * height and (not numbers or gap > _NUMBER_GAP * height)


_INITIAL = re.compile(r"^[A-ZÀ-Þ]\.$")
"""A middle initial (``H.``): OCR boxes its letter shorter than the name's words, so the gap
to the family name after it is measured in the taller word's height
(``Megan H.   O'Connor``)."""
_TRACKING = 2.0
"""Letter widths that make a text height: about 0.55 in ordinary type, so only type set with
letters spaced wide (``Y a m a d a  R i c e  F a r m``) measures its gaps in letters."""
_TRACKED_LETTERS = 3
"""Letters of the shortest word whose width tells how widely its letters are spaced."""


def _letter_advance(left: Word, right: Word) -> float:
    """The narrower letter width of two words, each its width over its letters: a word set
    with its letters spaced wide leaves as wide gaps between its words. Only words in lower
    case are measured so: capitals are nearly as wide as high unspaced (``INDIA``), and a
    short word's width says little (0 for those)."""
    pair = (left, right)
    if any(_unmeasured(w.text) for w in pair):
        return 0.0
    return min(w.box.width / len(w.text) for w in pair)


def _unmeasured(text: str) -> bool:
    return len(text) < _TRACKED_LETTERS or not text.isalpha() or text.isupper()


def _is_label(text: str) -> bool:
    """Whether ``text`` is only a label (``Tel.``, ``E:``), asked as if a number followed it."""
    labels = find_labels(f"{text} 0")
    return bool(labels) and labels[0].start == 0 and labels[-1].end >= len(text)


def close_letter_gaps(text: MappedText, words: list[Word]) -> MappedText:
    """Join the pieces of letter-spaced words: ``Fa u re`` -> ``Faure``.

    OCR reads widely tracked type as short fragments. A space goes when it is
    narrow, the next piece starts in lower case (the middle of a word) and
    both sides are fragments of a few letters.
    """
    chars: list[str] = []
    owners: list[int] = []
    for position, (char, owner) in enumerate(zip(text.text, text.owners, strict=True)):
        before = text.owners[position - 1] if position else NO_WORD
        after = text.owners[position + 1] if position + 1 < len(text.owners) else NO_WORD
        inside = min(before, after) != NO_WORD and _inside_word(words[before], words[after])
        if char == " " and inside:
            continue
        chars.append(char)
        owners.append(owner)
    return MappedText("".join(chars), tuple(owners))


def join_split_word(text: MappedText, words: list[Word]) -> MappedText:
    """Join a word OCR cut in two: ``Hannah Trem blay`` -> ``Hannah Tremblay``.

    A space goes when the piece after it starts in lower case, the gap is narrow
    (under ``_LETTER_GAP`` text heights) and under half of every other space of
    the text: the text's own spaces show how wide a space is.
    """
    gaps = {
        position: _gap_at(text, position, words)
        for position, char in enumerate(text.text)
        if char == " " and 0 < position < len(text.text) - 1
    }
    for position, gap in gaps.items():
        others = [other for at, other in gaps.items() if at != position]
        if gap is None or not others or any(o is None or 2 * gap >= o for o in others):
            continue
        left, right = words[text.owners[position - 1]], words[text.owners[position + 1]]
        if _runs_on(left, right):
            return _joined_at(text, position)
    return text


def _gap_at(text: MappedText, position: int, words: list[Word]) -> int | None:
    """The gap between the words on both sides of a space, None beside a non-word."""
    before, after = text.owners[position - 1], text.owners[position + 1]
    if NO_WORD in (before, after) or before == after:
        return None
    return words[after].box.left - words[before].box.right


def _joined_at(text: MappedText, position: int) -> MappedText:
    """The text without its character at ``position``."""
    return MappedText(
        text.text[:position] + text.text[position + 1 :],
        text.owners[:position] + text.owners[position + 1 :],
    )


def _inside_word(left: Word, right: Word) -> bool:
    fragment = max(len(left.text), len(right.text)) <= _FRAGMENT
    return fragment and _runs_on(left, right)


def _runs_on(left: Word, right: Word) -> bool:
    """``right`` may go on the word ``left`` began: a narrow gap, and no capital after it."""
    gap = right.box.left - left.box.right
    narrow = 0 <= gap < _LETTER_GAP * max(left.box.height, right.box.height)
    return narrow and right.text[:1].islower()


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
    """Words that speak to the reader (your, we, unser …), slogan punctuation or a founding
    year (``Calidad desde 1975``)."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    slogan = text.rstrip().endswith(("!", "…", "...")) or has_founding_year(text)
    return slogan or any(w in _TAGLINE_WORDS for w in words)


def has_founding_year(text: str) -> bool:
    """``Calidad desde 1975``, ``Qualität seit 1952``: a slogan whose number is no house number."""
    return bool(_SINCE_YEAR.search(text))


def has_lowercase_words(text: str) -> bool:
    """A word starting in lower case that is not a connector: prose, not a proper name."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    return any(w[0].islower() and w.lower() not in _CONNECTORS for w in words)
