"""Name segments as OCR cut them, put right: a widely spaced name joined, specks cut off.

OCR cuts a name set with wide gaps (``YOSHIYUKI   KAWASE``) like two columns,
and reads an icon, a logo's edge or kanji beside a name as a short word
(``ADO Junya KURODA``), or glues such a speck to the name's first letter
(``jJoong-Gyum``), or reads a kanji name as short tokens before its romaji
(``d ® A êg Taron Yamada``). All happen before the name is weighed, so the
person's name competes whole and clean with the card's other lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from cardkeeper.reading.parse.domains import fold
from cardkeeper.reading.parse.layout import Segment, is_beside, make_segment
from cardkeeper.reading.parse.name_words import GIVEN_PRINTED_LAST, JAPANESE_FAMILY
from cardkeeper.reading.parse.names import (
    PARTICLES,
    PREFIXES,
    is_name_word,
    is_romaji,
    name_shape,
)
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
_BARS = frozenset("I|l")
"""How OCR reads a rule or bar set before a name (``| Yang Jin Mo``): a bare ``I`` is no
initial there, as an initial before a given name is printed with its dot."""
_GLUED = re.compile(r"^(?:[a-z]|[A-Z]['’])(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])")
"""A letter glued before a name's capital: ``jJoong-Gyum``, ``F'Sharath``."""
_NAME_GAP = 2.5
"""Text heights between the words of a widely spaced name; columns stand further apart."""
_TURNED = {"n": "u", "u": "n"}
"""Letters OCR swaps for each other, one being the other upside down (``Taron`` for
``Tarou``, in a brush or script face)."""


def joined_name_words(segments: list[Segment], words: Sequence[Word]) -> list[Segment]:
    """Segments with a widely spaced name put together again: ``YOSHIYUKI   KAWASE``.

    A name set with a wide gap between its words is cut there like two columns.
    Two single words side by side, as tall as each other and less than
    ``_NAME_GAP`` heights apart on two lines (not parts of one line between
    separators), are one segment when together they are a name. Each segment joins
    at most once. Segments are told apart by identity, not by value: a photo read
    whole (a page, a keyboard) gives a thousand segments, and comparing them by value
    in every pair took minutes.
    """
    singles = [segment for segment in segments if _single_word(segment)]
    joined: dict[int, Segment] = {}
    taken: set[int] = set()
    for left in singles:
        for right in singles:
            if id(left) in taken:
                break
            if id(right) in taken or left.line == right.line:
                continue
            gap = right.box.left - left.box.right
            tall = max(left.height, right.height)
            if not 0 < gap < _NAME_GAP * tall or min(left.height, right.height) < 0.7 * tall:
                continue
            if not is_beside(left.box, right.box):
                continue
            if any(_run_on(left, right, other) for other in segments):
                continue
            text = MappedText(
                f"{left.text.text} {right.text.text}",
                (*left.text.owners, NO_WORD, *right.text.owners),
            )
            if name_shape(text.text):
                joined[id(left)] = make_segment(text, left.line, list(words))
                taken.update((id(left), id(right)))
    return [
        joined.get(id(segment), segment)
        for segment in segments
        if id(segment) not in taken or id(segment) in joined
    ]


def _run_on(left: Segment, right: Segment, other: Segment) -> bool:
    """Another segment close beside the pair: they are words of a longer spaced line."""
    if other in (left, right) or not is_beside(left.box, other.box):
        return False
    reach = _NAME_GAP * max(left.height, right.height)
    after = 0 <= other.box.left - right.box.right < reach
    return after or 0 <= left.box.left - other.box.right < reach


def _single_word(segment: Segment) -> bool:
    return " " not in segment.text.text and not name_shape(segment.text.text)


def without_name_specks(segment: Segment, words: Sequence[Word]) -> Segment:
    """The segment without specks before and after it, when what is left is a name.

    OCR reads an icon, a logo's edge, a bar or kanji beside the name as a short
    word (``ADO Junya KURODA``, ``co Lee Tae Suk``, ``I Yang Jin Mo``): a short
    word that is no name word, that OCR is unsure of, or that is much taller or
    shorter than the name is no part of it. The name left must start with a full
    word, not an initial, and OCR must be sure of it. After the name, icons read
    as symbols or digits (``Divyank Bahuguna &@ +% 1n``) are cut; a name needs
    only fair OCR then, as symbols make no name of noise.
    """
    tokens = _tokens(segment.text)
    kept = list(tokens)
    while len(kept) > 2 and _is_speck(kept[0], kept[1:], words):
        kept.pop(0)
    cut_before = len(kept) < len(tokens)
    while len(kept) > 2 and _is_symbol_speck(segment.text.text[kept[-1][0] : kept[-1][1]]):
        kept.pop()
    if len(kept) == len(tokens) or not _WORD_START.match(segment.text.text[kept[0][0] :]):
        return segment
    text = segment.text.slice(kept[0][0], kept[-1][1])
    trimmed = make_segment(text, segment.line, list(words))
    least = _SURE_NAME_OCR if cut_before else MIN_NAME_OCR
    return trimmed if trimmed.confidence >= least and name_shape(text.text) else segment


def without_glued_speck(segment: Segment, email_locals: list[str]) -> Segment:
    """The segment without a speck OCR glued to the name's first letter, when what is left is
    a name: ``jJoong-Gyum Kim`` (no word starts in lower case with a capital after it), or
    ``F'Sharath`` when the e-mail spells ``sharath`` and not ``fsharath`` (an apostrophe after
    a capital is also ``O'Brien``, ``N'Diaye``).
    """
    text = segment.text.text
    glued = _GLUED.match(text)
    if not glued or not name_shape(text[glued.end() :]):
        return segment
    rest = fold(text[glued.end() :].split()[0])
    spelled = any(
        rest in fold(local) and fold(glued.group(0)) + rest not in fold(local)
        for local in email_locals
    )
    if glued.group(0)[-1] in "'’" and not spelled:
        return segment
    return replace(segment, text=segment.text.slice(glued.end(), len(text)))


def _is_symbol_speck(token: str) -> bool:
    """A short token of symbols, or of a digit and a letter: an icon, never a name's part."""
    letters = sum(c.isalpha() for c in token)
    return len(token) <= _SPECK_LETTERS and (not letters or bool(_DIGIT.search(token)))


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
    if text in _BARS:
        return True
    protected = text.lower() in PREFIXES or (len(text) > 1 and text.lower() in PARTICLES)
    if len(text) > _SPECK_LETTERS or protected or _DIGIT.search(text):
        return False
    tallest = max(words[t[2]].box.height for t in rest)
    unsure = word.confidence < MIN_NAME_OCR
    odd_size = not 0.6 * tallest <= word.box.height <= 1.6 * tallest
    return unsure or odd_size or not is_name_word(text)


def romaji_name_after_kanji(segment: Segment, words: Sequence[Word]) -> Segment:
    """The romaji name that ends the segment, when only OCR's reading of kanji stands before it.

    A Japanese card prints the name in kanji with its romaji beside it, small;
    OCR reads the large kanji as short tokens of a few letters or signs and
    sets them on one line with the romaji (``d ® A êg Taron Yamada``). Two
    romaji words at the end, one a common Japanese family name, after nothing
    but such tokens, are the name; the family name vouches for the other word
    too, put right where OCR turned an ``n`` or ``u`` (see ``_turned_letter``).
    """
    tokens = _tokens(segment.text)
    if len(tokens) < 3 or name_shape(segment.text.text):
        return segment
    if any(end - start > _SPECK_LETTERS for start, end, _ in tokens[:-2]):
        return segment
    text = segment.text.slice(tokens[-2][0], tokens[-1][1])
    if not any(fold(word) in JAPANESE_FAMILY for word in text.text.split()):
        return segment
    text = _turned_letter(text)
    if not name_shape(text.text) or not is_romaji(text.text):
        return segment
    return make_segment(text, segment.line, list(words))


def _turned_letter(text: MappedText) -> MappedText:
    """``Taron Yamada`` -> ``Tarou Yamada``: a word that is no common Japanese name becomes one
    when a single ``n`` or ``u`` turned makes it so; other words stay as read."""
    known = GIVEN_PRINTED_LAST | JAPANESE_FAMILY
    for match in re.finditer(r"\S+", text.text):
        word = match.group()
        if fold(word) in known:
            continue
        for at, letter in enumerate(word):
            turned = _TURNED.get(letter)
            if turned and fold(word[:at] + turned + word[at + 1 :]) in known:
                return text.overwrite(match.start() + at, turned)
    return text
