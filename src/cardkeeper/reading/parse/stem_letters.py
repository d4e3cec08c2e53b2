"""The letters of a wordmark put right from the domain stem they spell (see ``wordmarks``).

Given how OCR's letters align with the stem (``stem_align``), each word is rebuilt:
a word OCR was unsure of takes the stem's letters where it misread, lost or added
some; a word it was sure of keeps its own (it is a different word, not a misread
one), except for a boxed initial it lost. Letters lost between two words go to the
one that was misread, or to an ``&`` standing for them. The case, the accents and the
word breaks stay the card's; the edges of the logo's block or box are dropped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from cardkeeper.reading.parse.domains import fold
from cardkeeper.reading.parse.stem_align import UNSURE_OCR, Alignment, Edit, Step
from cardkeeper.reading.parse.text import NO_WORD, MappedText
from cardkeeper.reading.words import Word

SURE_OCR = 0.9
"""OCR confidence from which a word keeps its letters whatever the stem spells: printed
words read cleanly are 0.93-0.97; the misread wordmark words of seed 77 were 0.00-0.76."""
LOST_INITIAL = 2
"""Stem letters a sure word may gain at its start: the boxed initial OCR did not see."""
_KEEP = frozenset("&'’-.+")
"""Characters with no letters a company name prints; every other one beside a wordmark
(``[``, ``)``, ``»``) is an edge of its block or box, or OCR's filler."""
_CONNECTORS = frozenset("&+")
"""Words with no letters that stand for letters of the stem (``&`` for ``and``)."""
_JUNK_EDGES = "[](){}<>|\\~^_=»«©®™"
"""What the edges of a logo's block or box are read as."""
_GLYPH_TWINS = {"l": "I", "I": "l"}
"""A small ``l`` and a capital ``I`` are one glyph in sans-serif type: no OCR confidence
tells them apart (``XIIlab`` read ``XIllab`` surely, at xiilab.com), the stem does."""


@dataclass(frozen=True)
class Token:
    """A space-separated word of a line, with where its folded letters lie."""

    start: int
    end: int
    first: int
    """First letter of the token in the line's folded letters."""
    last: int
    """One past its last letter."""
    confidence: float

    @property
    def sure(self) -> bool:
        return self.confidence >= SURE_OCR

    @property
    def unsure(self) -> bool:
        return self.confidence < UNSURE_OCR


def tokens_of(text: MappedText, words: Sequence[Word]) -> tuple[list[Token], str]:
    """The space-separated tokens of ``text`` and the folded letters of the whole text."""
    tokens: list[Token] = []
    letters: list[str] = []
    for match in re.finditer(r"\S+", text.text):
        first = len("".join(letters))
        for char in match.group(0):
            letters.append(fold(char))
        owners = [o for o in text.owners[match.start() : match.end()] if o != NO_WORD]
        confidence = min((words[o].confidence for o in owners), default=0.0)
        last = len("".join(letters))
        tokens.append(Token(match.start(), match.end(), first, last, confidence))
    return tokens, "".join(letters)


def has_signs(printed: str) -> bool:
    """Characters that are neither letters nor a name's punctuation: OCR's filler."""
    return any(not fold(c) and c not in _KEEP for c in printed)


def rebuild(
    text: MappedText, tokens: list[Token], stem: str, alignment: Alignment
) -> tuple[list[MappedText], bool]:
    """Each token as the card means it: unsure misread letters from the stem, the rest as
    printed, the block edges dropped. Also whether any letter came from the stem."""
    by_letter = {e.letter: e for e in alignment.edits if e.step is not Step.LOST}
    lost = _lost_by_token(text, tokens, alignment, by_letter)
    starts = [t for t in tokens if t.first < t.last and alignment.start < t.last]
    first_aligned = starts[0] if starts else None
    out: list[MappedText] = []
    rewritten = False
    for token in tokens:
        aligned = token.first < token.last and overlaps(token, alignment)
        own_lost = lost.get(token.start, [])
        if token.first == token.last:
            printed = text.slice(token.start, token.end)
            if set(printed.text) <= _CONNECTORS:
                out.append(printed)  # ``&`` spells the stem's ``and``: its letters are not lost
            continue
        if not aligned and not own_lost:
            kept = _as_printed(text, token, first_aligned)
            if kept is not None:
                out.append(kept)
            continue
        rewrite = _damaged(token, by_letter) and (
            not token.sure or _twins_only(text, token, stem, by_letter)
        )
        piece = _token_text(text, token, stem, by_letter=by_letter, lost=own_lost, rewrite=rewrite)
        rewritten = rewritten or rewrite or bool(own_lost)
        if piece.text:
            out.append(piece)
    return out, rewritten


def _twins_only(text: MappedText, token: Token, stem: str, by_letter: dict[int, Edit]) -> bool:
    """Every letter of the token is the stem's, or its glyph twin (``_GLYPH_TWINS``): a sure
    word misread only where no reader can see the difference, so no other word."""
    letter = token.first
    for char in text.text[token.start : token.end]:
        count = len(fold(char))
        for index in range(letter, letter + count):
            step = by_letter.get(index)
            if step is None or step.step not in (Step.SAME, Step.CHANGED):
                return False
            if step.step is Step.CHANGED and not _twin_of(char, stem[step.stem]):
                return False
        letter += count
    return True


def _twin_of(char: str, letter: str) -> bool:
    """``char`` as read is the glyph twin of the stem's ``letter`` (``l`` for ``i``)."""
    return char in _GLYPH_TWINS and fold(_GLYPH_TWINS[char]) == letter


def _damaged(token: Token, by_letter: dict[int, Edit]) -> bool:
    """Some letter of the token is not the stem's: misread, extra or outside it."""
    steps = [by_letter.get(i) for i in range(token.first, token.last)]
    return any(step is None or step.step is not Step.SAME for step in steps)


def overlaps(token: Token, alignment: Alignment) -> bool:
    return token.first < alignment.end and alignment.start < token.last


def _lost_by_token(
    text: MappedText, tokens: list[Token], alignment: Alignment, by_letter: dict[int, Edit]
) -> dict[int, list[Edit]]:
    """The stem letters OCR lost, each given to the token it belongs in (by token start).

    Lost inside a word: that word. Between two words: an ``&`` there (which spells them),
    else the unsure word before or after, the misread one first; at the start, a sure first
    word too if it lacks only its initial (a boxed one). Else nowhere: the card prints
    the name otherwise than the domain spells it.
    """
    given: dict[int, list[Edit]] = {}
    for edit in (e for e in alignment.edits if e.step is Step.LOST):
        owner = _owner(edit.letter, text, tokens, alignment, by_letter)
        if owner is not None:
            given.setdefault(owner.start, []).append(edit)
    return given


def _owner(
    boundary: int,
    text: MappedText,
    tokens: list[Token],
    alignment: Alignment,
    by_letter: dict[int, Edit],
) -> Token | None:
    """The token a stem letter lost before letter ``boundary`` belongs in, if any."""
    inside = [t for t in tokens if t.first < boundary < t.last]
    if inside:
        return None if inside[0].sure else inside[0]
    before = [t for t in tokens if t.first < t.last == boundary and boundary > alignment.start]
    after = [t for t in tokens if t.last > t.first == boundary]
    between = [t for t in tokens if t.first == t.last == boundary]
    connector = [t for t in between if set(text.text[t.start : t.end]) <= _CONNECTORS]
    if connector and before and after:
        return connector[0]
    unsure = [t for t in before[-1:] + after[:1] if not t.sure]
    if unsure:
        damaged = [t for t in unsure if _damaged(t, by_letter)]
        return (damaged or unsure)[0]
    if after and boundary == alignment.start and _lost_initial(alignment):
        return after[0]
    return None


def _lost_initial(alignment: Alignment) -> bool:
    head = 0
    for edit in alignment.edits:
        if edit.step is not Step.LOST:
            break
        head += 1
    return 0 < head <= LOST_INITIAL


def _token_text(
    text: MappedText,
    token: Token,
    stem: str,
    *,
    by_letter: dict[int, Edit],
    lost: list[Edit],
    rewrite: bool,
) -> MappedText:
    """One aligned token: its printed letters, or where it is rewritten the stem's."""
    chars: list[str] = []
    owners: list[int] = []
    letter = token.first
    reference = ""
    edged = False

    def emit(value: str, owner: int) -> None:
        chars.append(value)
        owners.extend([owner] * len(value))

    for position in range(token.start, token.end):
        char, owner = text.text[position], text.owners[position]
        count = len(fold(char))
        if not count:
            if char in _KEEP and chars:
                emit(char, owner)
            edged = edged or not chars
            continue
        for edit in (e for e in lost if e.letter == letter):
            emit(_cased(stem[edit.stem], char, at_start=not chars), owner)
        steps = [by_letter.get(i) for i in range(letter, letter + count)]
        if not rewrite or all(s is not None and s.step is Step.SAME for s in steps):
            emit(char, owner)  # an accent on the stem's own letter is the card's: ``SÁNCHEZ``
        else:
            for step in steps:
                if step is not None and step.step in (Step.SAME, Step.CHANGED):
                    emit(_stem_letter(stem[step.stem], char), owner)
        reference = char
        letter += count
    tail = [e for e in lost if e.letter == token.last]
    while tail and chars and chars[-1] in _KEEP:
        chars.pop()
        owners.pop()
    for edit in tail:
        emit(_cased(stem[edit.stem], reference, at_start=not chars), owners[-1] if owners else -1)
    piece = MappedText("".join(chars), tuple(owners)).strip("".join(_KEEP - {"."}))
    piece = piece.slice(len(piece.text) - len(piece.text.lstrip(".")), len(piece.text))
    value = piece.text
    if rewrite and _mostly_upper(text.text[token.start : token.end]):
        value = value.upper()
    elif value and not value[0].isupper() and (rewrite or lost or edged):
        value = value[0].upper() + value[1:]
    return MappedText(value, piece.owners)


def _as_printed(text: MappedText, token: Token, first_aligned: Token | None) -> MappedText | None:
    """A word outside the stem as printed, without block edges; a lone letter or an unsure
    word before the stem (``Q VETRERIA``, ``kzt ANDYOU``) is a logo's shape."""
    piece = text.slice(token.start, token.end).strip(_JUNK_EDGES)
    if not piece.text:
        return None
    before = first_aligned is not None and token.last <= first_aligned.first
    if before and (len(fold(piece.text)) <= 1 or token.unsure):
        return None
    if token.unsure:
        bare = "".join(_bare(c) for c in piece.text)
        piece = MappedText(bare, piece.owners) if len(bare) == len(piece.text) else piece
    return piece


def _stem_letter(letter: str, char: str) -> str:
    """The stem's ``letter`` where OCR read ``char``, in ``char``'s case; where ``char`` is
    its glyph twin, the twin (``XIllab`` -> ``XIIlab``: the glyph as printed)."""
    return _GLYPH_TWINS[char] if _twin_of(char, letter) else _cased(letter, char, at_start=False)


def _cased(letter: str, like: str, *, at_start: bool) -> str:
    return letter.upper() if at_start or like.isupper() else letter


def _bare(char: str) -> str:
    """The letter without the accent OCR adds to letters it is unsure of (``Ş``, ``Ẹ``)."""
    if len(fold(char)) != 1:
        return char
    base = unicodedata.normalize("NFKD", char)[0]
    return base if base.isascii() else char


def _mostly_upper(printed: str) -> bool:
    letters = [c for c in printed if c.isalpha()]
    return bool(letters) and 2 * sum(c.isupper() for c in letters) >= len(letters)
