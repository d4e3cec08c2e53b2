"""The company when no line carries company evidence: weaker signs, tried in order.

A department line, the words a mailbox at a mail provider spells, a wordmark at the top,
the largest mark on the card (see ``choose_company``, which tries them in that order).
Each is a guess a real company line would beat, so each scores below one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from cardkeeper.reading.parse.companies import industry_evidence, is_department
from cardkeeper.reading.parse.company_lines import MIN_COMPANY_OCR, is_noise
from cardkeeper.reading.parse.domains import fold
from cardkeeper.reading.parse.layout import Segment, make_segment
from cardkeeper.reading.parse.people import Evidence
from cardkeeper.reading.parse.text import MappedText
from cardkeeper.reading.words import Word

AROUND = ' ,“”"'
"""What a name never starts or ends with: a quote mark is a speck of the logo (``“SELVAM``)."""


def department(evidence: list[Evidence], name: Evidence | None) -> tuple[float, Evidence] | None:
    """With no other company evidence, the first department or ministry line is the body the
    person works for (``Department of Telecommunications`` over ``Ministry of …``)."""
    units = [
        item
        for item in evidence
        if item is not name
        and not item.title
        and is_department(item.segment.text.text)
        and item.segment.confidence >= MIN_COMPANY_OCR
    ]
    if not units:
        return None
    return 0.5, min(units, key=lambda item: item.segment.box.top)


def wordmark(
    evidence: list[Evidence], words: Sequence[Word], name: Evidence | None
) -> tuple[float, Evidence] | None:
    """The top-most segment with a word, if it is short, capitalised, at least as large as
    the name and read surely (noise at the top of a card is as short and as large).

    A logo's picture or kanji read as a letter or two (``Q``, ``H Fa``, ``PE``) is no word:
    it is passed over, the wordmark is the first line with a word of three letters, and
    that word must be read surely: OCR reads kanji as capitals too (``AIRA``), unsure of
    them."""
    worded = [e for e in evidence if _has_word(e.segment.text, words)]
    if not worded or name is None:
        return None
    top = min(worded, key=lambda e: e.segment.box.top)
    text = top.segment.text.text
    if (
        top is name
        or top.title
        or top.prose
        or top.name
        or top.segment.confidence < MIN_COMPANY_OCR
        or not _has_word(top.segment.text, words, _MIN_WORDMARK_OCR)
        or is_noise(top)
        or not 1 <= len(text.split()) <= 3
        or not _as_large(top.segment, name.segment)
        or top.segment.box.top > name.segment.box.top
        or not all(w[0].isupper() or not w[0].isalpha() for w in text.split())
    ):
        return None
    return 0.35, top


_MIN_WORDMARK_OCR = 0.7
"""OCR confidence of a wordmark's surest word, with nothing but its place to vouch for it."""


def _as_large(mark: Segment, name: Segment) -> bool:
    """The mark is set about as large as the name, or in capitals spaced out wide
    (``U N I T E D``: a text height or more for each letter) running wider than the name: a
    logo's tracking makes smaller capitals as prominent, and no line of a card's text, set
    to be read, spaces its letters that far."""
    if mark.height >= name.height * _AS_LARGE:
        return True
    letters = sum(c.isalpha() for c in mark.text.text)
    width = mark.box.right - mark.box.left
    return (
        mark.text.text.isupper()
        and width >= _SPACED * mark.height * letters
        and width >= name.box.right - name.box.left
    )


_AS_LARGE = 0.8
"""Part of the name's height a wordmark reaches at least, told by its place alone."""
_SPACED = 1.0
"""Text heights per letter of capitals spaced out as a logo (about 0.7 in running text)."""


_WORD_LETTERS = 3
"""Letters of the shortest word a wordmark holds: fewer are as often a picture read as text."""


def _has_word(text: MappedText, words: Sequence[Word], sure: float = 0.0) -> bool:
    """A word of three letters or more among the text's words, read at least as surely."""
    return any(
        sum(c.isalpha() for c in words[i].text) >= _WORD_LETTERS and words[i].confidence >= sure
        for i in text.indexes()
    )


def mail_name(
    evidence: list[Evidence], words: Sequence[Word], name: Evidence | None, locals_: Sequence[str]
) -> tuple[float, Evidence] | None:
    """Words of a line that an address at a mail provider spells, maybe followed by the trade
    or digits (``MÁT CORNER`` in ``CÁM ON BAN ĐĀ CHỌN MÁT CORNER NHÉ!`` at
    matcornerbakery@gmail.com): a small business names its mailbox after itself.

    Two words at least, read surely, and no person's name: a mailbox named after one word
    is as often the owner's family name (``bhatti_london``). The letters must reach the
    trade or the end: ``defininginktattoo`` is more than ``Defining Ink``."""
    for item in evidence:
        if item is name or item.title or item.name or item.segment.confidence < _MIN_MAIL_OCR:
            continue
        run = _spelled_run(item.segment.text, locals_)
        if run is not None:
            segment = make_segment(run, item.segment.line, list(words))
            return 0.5, replace(item, segment=segment, reading=None)
    return None


_MIN_MAIL_OCR = 0.7
"""Mean OCR confidence of a line whose words a mailbox spells."""


_MAIL_LETTERS = 6
"""Letters of the shortest business name read off a mailbox."""


def _spelled_run(text: MappedText, locals_: Sequence[str]) -> MappedText | None:
    """The longest run of two words or more of ``text`` whose letters start a mailbox's name,
    the rest of which is a trade word or digits."""
    starts = [0] + [i + 1 for i, c in enumerate(text.text) if c == " "]
    ends = [i for i, c in enumerate(text.text) if c == " "] + [len(text.text)]
    best: MappedText | None = None
    for first, start in enumerate(starts):
        for end in ends[first + 1 :]:
            run = text.slice(start, end).strip(AROUND + "!?.")
            letters = fold(run.text)
            if len(letters) < _MAIL_LETTERS or (
                best is not None and len(run.text) <= len(best.text)
            ):
                continue
            for local in locals_:
                rest = fold(local)[len(letters) :]
                if fold(local).startswith(letters) and (
                    not rest or rest.isdigit() or industry_evidence(rest.capitalize())
                ):
                    best = run
    return best


def large_mark(
    evidence: list[Evidence], words: Sequence[Word], name: Evidence | None
) -> tuple[float, Evidence] | None:
    """The largest text on the card, when it is a short line of capitals read surely and set
    half as large again as the person's name, or there is no name (``AND YOU`` over a name
    printed in kanji, under kanji that OCR reads as noise): a wordmark, wherever it stands.

    Its words may speak to the reader (``YOU``): a slogan is set smaller than the name. A
    name in capitals is no mark (it is name-shaped), and kanji read as capitals (``ERLA``)
    are as large, but OCR is unsure of them."""
    read = [e for e in evidence if _has_word(e.segment.text, words, _MIN_WORDMARK_OCR)]
    if not read:
        return None
    mark = max(read, key=lambda e: e.segment.height)
    text = mark.segment.text.text
    least = 0 if name is None else _LARGE_MARK * name.segment.height
    if (
        mark is name
        or mark.title
        or mark.name
        or mark.segment.confidence < _MIN_LARGE_MARK_OCR
        or mark.segment.height < least
        or _runs_down(mark.segment.text, words)
        or is_noise(mark)
        or not 1 <= len(text.split()) <= 3
        or not text.isupper()
        or any(c.isdigit() for c in text)
    ):
        return None
    return 0.35, mark


def _runs_down(text: MappedText, words: Sequence[Word]) -> bool:
    """A word of ``_DOWN_LETTERS`` letters or more boxed taller than wide: Tesseract read
    the line running down the page (a card turned a quarter the wrong way), and a box's
    height there is the word's length, not its type size, so size tells no mark."""
    return any(
        sum(c.isalpha() for c in words[i].text) >= _DOWN_LETTERS
        and words[i].box.height > words[i].box.width
        for i in text.indexes()
    )


_DOWN_LETTERS = 4
"""Letters of a word that, set across, is always wider than tall, even in a narrow face."""


_LARGE_MARK = 1.5
"""How many times the name's height a wordmark is set at least, to be told by size alone."""


_MIN_LARGE_MARK_OCR = 0.85
"""Mean OCR confidence of a wordmark told by size alone: kanji read as capitals score less."""
