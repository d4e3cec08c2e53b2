"""A line that should hold an e-mail but gave none read again alone, larger.

An address is the smallest print on most cards and the one field whose every letter counts:
a dot of one or two pixels, an ``@`` read as ``©``, an ``ri`` read as ``rn``. When the card's
readings left no email, or only an unsure one, the lines that say they hold one (a mail label,
an ``@`` or its look-alikes) are cut out of the card and read as single lines (``--psm 7``)
at a few sizes. Each re-read replaces the line's words and the card is parsed again; the
parse that reads more emails, or as many more surely, without losing a phone or a website, is
kept. A line read alone is read without the clutter of the card around it (a neighbouring
column, a logo), and the sizes give the recogniser several chances at glyphs it sees at
the edge of its size. Each read is one small OCR call (about 20 ms).

An address read surely can still have lost its first letters to the layout, which cut the
word in two at a block's edge; such a row is read again whole the same way
(``reread_cut_addresses``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import cv2
import numpy as np

from cardkeeper.reading.parse.card import parse_card
from cardkeeper.reading.prepare import is_dark
from cardkeeper.reading.tesseract import default_languages, find_tesseract
from cardkeeper.reading.tesseract_engine import recognise_words
from cardkeeper.reading.words import Box, Line, Word, group_lines

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from numpy.typing import NDArray

    from cardkeeper.reading.fields import CardFields

MAILISH = re.compile(r"mail|[@©®]", re.IGNORECASE)
"""A line that says it holds an address: a label (``E-mail``, ``Mail``), an ``@``, or the
signs OCR reads an ``@`` of small print as."""
LINE_HEIGHTS = (20.0, 24.0, 30.0, 36.0)
"""Heights, in pixels, the line's words are read at. On the real development set's small
print (words 7 to 12 px tall) no one size read every address right: card BC3's
``ddgsecurity-dot@`` was read so at 20 and 24 px, ``ddgsecunity`` at 30 and 36."""
LOCAL_PIECE = re.compile(r"[A-Za-z0-9_%+-]+\.?")
"""A word that can be the start of a local part (letters, at most a dot at its end): an
icon, a label's colon or a website printed before an address is no piece of it."""
MAX_LINES = 3
"""At most this many lines are read again (each costs ``len(LINE_HEIGHTS)`` OCR calls)."""


@dataclass(frozen=True)
class LineReread:
    """The card's words with one line read again, and their parse."""

    words: list[Word]
    fields: CardFields


def reread_email_lines(
    image: NDArray[np.uint8],
    words: list[Word],
    fields: CardFields,
    default_region: str,
    *,
    languages: str = "",
    tesseract_cmd: str | None = None,
) -> LineReread | None:
    """The best re-read of a mail line of ``image`` (the upright card ``words`` were read on)
    that parses to better emails than ``fields``, or None.

    Better means more emails, or as many with a higher summed confidence, and no fewer phones
    and websites: a line read alone can lose a phone number printed beside the address. The
    domains already read are kept: the card's reading checked them against its website and
    company, which a line read alone does not show (seed 139's cut card 0194 lost
    ``ingegneria.it`` to a surer ``ingegnena.it``).
    """
    lines = [line for line in group_lines(words) if MAILISH.search(line.text)][:MAX_LINES]
    best: LineReread | None = None
    score = _score(fields)
    for reread in _rereads(
        image, words, lines, default_region, languages=languages, tesseract_cmd=tesseract_cmd
    ):
        if _details(reread.fields) < _details(fields) or not _domains(fields) <= _domains(
            reread.fields
        ):
            continue
        if (reread_score := _score(reread.fields)) > score:
            best, score = reread, reread_score
    return best


def reread_cut_addresses(
    image: NDArray[np.uint8],
    words: list[Word],
    fields: CardFields,
    default_region: str,
    *,
    languages: str = "",
    tesseract_cmd: str | None = None,
) -> LineReread | None:
    """A re-read of the rows where an address's word touches a word of another line before
    it (see ``cut_address_rows``), kept if it gives back the letters cut off, else None.

    Tesseract's layout can draw a block's edge through a word: ``websupport@`` came back as
    ``websi`` ending one block and ``upport@tsutafuco.jp`` starting the next (the ``u`` cut
    in two and read on both sides), each read surely. Read as one line the row gives the
    whole address, often less surely than the cut piece, so the re-read is kept when it
    keeps every email, gives one of them back longer, ending with what was read (the letters
    the cut lost), and loses no phone or website.
    """
    rows = cut_address_rows(words)[:MAX_LINES]
    if not rows:
        return None
    for reread in _rereads(
        image, words, rows, default_region, languages=languages, tesseract_cmd=tesseract_cmd
    ):
        if _details(reread.fields) >= _details(fields) and _regained(fields, reread.fields):
            return reread
    return None


def _rereads(
    image: NDArray[np.uint8],
    words: list[Word],
    lines: Sequence[Line],
    default_region: str,
    *,
    languages: str,
    tesseract_cmd: str | None,
) -> Iterator[LineReread]:
    """Each of ``lines`` read alone at each size (``_line_reads``), put in place of its words
    and parsed; lazily, so a caller that is content stops the OCR calls."""
    info = find_tesseract(tesseract_cmd)
    languages = languages or default_languages(info)
    block = max((word.block for word in words), default=0) + 1
    for line in lines:
        replaced = set(line.word_indexes)
        kept = [word for index, word in enumerate(words) if index not in replaced]
        for read in _line_reads(image, line, info.tessdata, languages, block):
            candidate = kept + read
            yield LineReread(candidate, parse_card(candidate, default_region))


def cut_address_rows(words: list[Word]) -> list[Line]:
    """Rows joining a line that starts with an address's word to the words of other lines
    that end where it starts, on the same row (a word the layout cut in two)."""
    rows = []
    for line in group_lines(words):
        first = line.words[0]
        if "@" not in first.text:
            continue
        own = set(line.word_indexes)
        cut = [
            index
            for index, word in enumerate(words)
            if index not in own
            and LOCAL_PIECE.fullmatch(word.text)
            and _ends_at(word.box, first.box)
        ]
        if cut:
            indexes = (*cut, *line.word_indexes)
            rows.append(Line(tuple(words[index] for index in indexes), indexes))
    return rows


def _ends_at(before: Box, box: Box) -> bool:
    """True if ``before`` ends where ``box`` starts (a gap of at most a fifth of the
    print's height, narrower than a space) and shares most of its height."""
    height = min(before.height, box.height)
    shared = min(before.bottom, box.bottom) - max(before.top, box.top)
    return (
        before.left < box.left
        and abs(box.left - before.right) <= height / 5
        and (shared >= height * 2 / 3)
    )


def _regained(fields: CardFields, candidate: CardFields) -> bool:
    """True if ``candidate`` reads as many emails as ``fields``, each the same or longer and
    ending with the one read, and at least one longer."""
    old = sorted(email.value for email in fields.emails)
    new = [email.value for email in candidate.emails]
    if len(new) != len(old):
        return False
    longer = [value for value in new if value not in old]
    return bool(longer) and all(
        any(value.endswith(before) and value != before for before in old) for value in longer
    )


def _line_reads(
    image: NDArray[np.uint8], line: Line, tessdata: str, languages: str, block: int
) -> list[list[Word]]:
    """``line`` cut out of ``image`` and read alone at each of LINE_HEIGHTS, in card pixels.

    The cut keeps a quarter of the words' height above and below (not the lines around)
    and a height to each side (a first or last letter the words' boxes clipped)."""
    box = line.box
    height = float(np.median([word.box.height for word in line.words]))
    above, side = max(1, round(height / 4)), max(2, round(height))
    top, left = max(0, box.top - above), max(0, box.left - side)
    crop = image[top : box.bottom + above, left : box.right + side]
    gray = cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY) if crop.ndim == 3 else crop
    if is_dark(gray):
        gray = cv2.bitwise_not(gray)
    reads = []
    for target in LINE_HEIGHTS:
        scale = target / max(height, 1.0)
        size = (max(1, round(gray.shape[1] * scale)), max(1, round(gray.shape[0] * scale)))
        method = cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC
        big = np.ascontiguousarray(cv2.resize(gray, size, interpolation=method), dtype=np.uint8)
        read = recognise_words(big, tessdata, languages, scale, line=True)
        reads.append(
            [
                replace(word, box=_moved(word.box, left, top), block=block, paragraph=1, line=1)
                for word in read
            ]
        )
    return reads


def _moved(box: Box, dx: int, dy: int) -> Box:
    return Box(box.left + dx, box.top + dy, box.width, box.height)


def _score(fields: CardFields) -> tuple[int, float]:
    return len(fields.emails), sum(email.confidence for email in fields.emails)


def _domains(fields: CardFields) -> set[str]:
    return {email.value.rsplit("@", 1)[-1] for email in fields.emails}


def _details(fields: CardFields) -> int:
    return len(fields.phones) + len(fields.websites)
