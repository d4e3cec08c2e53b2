"""The company read off a wordmark, with the letters OCR got wrong put right from the domain.

Logos set the company in ways OCR reads badly: a boxed initial is lost
(``essuti Toscani``) or read as a bracket (``[ranite``), outlined letters come out
as near misses (``ISAR CONSUMING``), letters cut out of a block bring the block's
edges along (``[POLDER LOGISTIEK)``), a two-line mark is two segments (``ISAR`` over
``CONSULTING``) and a two-tone one a single word (``RedwoodCapital``). When the
letters spell the card's domain stem within a few edits (see ``stem_align``), the
stem says which letters are wrong (``stem_letters``); the card still says where words
break, their case and accents. What was taken from the stem leaves the value marked
unsure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from statistics import median

from cardkeeper.reading.parse.companies import industry_evidence, is_form_word
from cardkeeper.reading.parse.domains import KNOWN_TLDS, fold
from cardkeeper.reading.parse.layout import Segment, is_beside, is_right_below
from cardkeeper.reading.parse.stem_align import Alignment, align
from cardkeeper.reading.parse.stem_letters import Token, has_signs, overlaps, rebuild, tokens_of
from cardkeeper.reading.parse.text import NO_WORD, MappedText
from cardkeeper.reading.words import Box, Word

MIN_STEM = 5
"""Letters a stem needs to be compared by edits: a short one (``ibm``, ``bw``) is spelled
with few edits by too many things."""
_WIDE_GAP = 1.8
"""Times the median gap of letter-spaced capitals that separates two words."""


@dataclass(frozen=True)
class StemReading:
    """A segment (or two stacked ones) read against a domain stem."""

    text: MappedText
    cost: float
    """Weighted edits per stem letter (0 when the letters spell the stem as printed)."""
    rewritten: bool
    """Some letters come from the stem, not from OCR: the value is a guess to check."""
    partner: tuple[Segment, ...] = ()
    """The segments joined below this one (the second line of a stacked mark)."""


def best_reading(
    segment: Segment, segments: Sequence[Segment], words: Sequence[Word], stems: Sequence[str]
) -> StemReading | None:
    """The segment read against the stems, alone or joined with the segment right under it
    when that spells more of a stem (``ISAR`` over ``CONSULTING``, ``STUDIO`` over
    ``C O L O M B O``)."""
    stems = [stem for stem in stems if len(fold(stem)) >= MIN_STEM]
    if not stems or is_contact(segment.text.text):
        return None
    best = stem_reading(segment.text, words, stems)
    if best is not None and best.cost == 0:
        return best
    row = _row_below(segment, segments)
    if not row:
        return best
    own_letters = len(fold(segment.text.text))
    both = joined([segment.text, *(other.text for other in row)])
    found = _read(both, words, stems, own_letters)
    if found is None:
        return best
    reading, alignment = found
    spans_both = alignment.start < own_letters < alignment.end
    if spans_both and (best is None or reading.cost < best.cost):
        return replace(reading, partner=row)
    return best


def _row_below(segment: Segment, segments: Sequence[Segment]) -> tuple[Segment, ...]:
    """The segments of the text row right under ``segment``, left to right: the second line
    of a stacked mark, which OCR may cut into letters (``A`` ``L`` ``B,`` ``A``)."""
    below = [
        other
        for other in segments
        if other.line != segment.line
        and is_right_below(segment.box, other.box)
        and not is_contact(other.text.text)
    ]
    if not below:
        return ()
    top = min(below, key=lambda other: other.box.top)
    row = [other for other in segments if other is top or _same_row(top, other, segment)]
    return tuple(sorted(row, key=lambda other: other.box.left))


def _same_row(top: Segment, other: Segment, above: Segment) -> bool:
    """``other`` is beside ``top`` on its row, under the breadth of ``above``."""
    if other is above or other.line == above.line or not is_beside(top.box, other.box):
        return False
    reach = above.box.right - above.box.left
    return above.box.left - reach // 2 <= other.box.left <= above.box.right + reach // 2


def stem_reading(
    text: MappedText, words: Sequence[Word], stems: Sequence[str]
) -> StemReading | None:
    """``text`` with its misread letters put right from the stem it spells, or None."""
    found = _read(text, words, stems)
    return found[0] if found else None


def _read(
    text: MappedText, words: Sequence[Word], stems: Sequence[str], own: int | None = None
) -> tuple[StemReading, Alignment] | None:
    """``own``: where the letters of a joined segment below start; its words past the stem
    are another line's, not the mark's."""
    tokens, letters = tokens_of(text, words)

    if len(letters) < 3:
        return None
    unsure = [False] * len(letters)
    for token in tokens:
        for i in range(token.first, token.last):
            unsure[i] = token.unsure
    breaks = frozenset(t.first for t in tokens) | frozenset(t.last for t in tokens)
    garbled = frozenset(
        boundary
        for t in tokens
        if t.unsure and has_signs(text.text[t.start : t.end])
        for boundary in range(t.first, t.last + 1)
    )
    best: tuple[float, str, Alignment] | None = None
    for stem in stems:
        folded = fold(stem)
        if len(letters) > 2 * len(folded) + 12:
            continue
        found = align(letters, folded, unsure, breaks, garbled)
        if found is not None and (best is None or found.cost / len(folded) < best[0]):
            best = (found.cost / len(folded), stem, found)
    if best is None:
        return None
    cost, stem, alignment = best
    if any(t.sure and _partly_aligned(t, alignment) for t in tokens):
        return None  # ``Senator`` at senate.gov: a sure word that only starts with the stem
    if own is not None:
        tokens = [t for t in tokens if t.first < max(own, alignment.end)]
    tokens = [t for t in tokens if not _noise_after(t, tokens, alignment, text.text)]
    rebuilt, rewritten = rebuild(text, tokens, fold(stem), alignment)
    inside = {o for t in tokens if overlaps(t, alignment) for o in text.indexes(t.start, t.end)}
    pieces = _split_glued(_join_spaced(rebuilt, words, inside), stem)
    value = joined(pieces)
    if not value.text.strip():
        return None
    return StemReading(value, cost, rewritten), alignment


def _noise_after(token: Token, tokens: list[Token], alignment: Alignment, text: str) -> bool:
    """A word after the mark's letters that OCR is unsure of while the mark is read surely
    (``TOYOTA MERZER``), or of two letters at most (``TSUTAFURARA HE``): the logo's picture
    read as letters, not a word of the name. A legal form however misread (``Ferro & Vetro
    S.r.1.``), a word before one (``Oakhurst Property-Group Pty. Ltd.``: no picture sits
    between a name and its legal form) and a misread word of a mark read as badly
    (``Hilverline Soluu..``) stay."""
    if token.first < alignment.end or not token.unsure:
        return False
    if any(is_form_word(text[t.start : t.end]) for t in tokens if t.first >= token.first):
        return False
    mark_sure = all(t.sure for t in tokens if overlaps(t, alignment))
    return mark_sure or token.last - token.first <= _NOISE_LETTERS


_NOISE_LETTERS = 2
"""Letters of a word after the mark too few to be a word of its name, however it is read."""


def _partly_aligned(token: Token, alignment: Alignment) -> bool:
    inside = token.first < alignment.end and alignment.start < token.last
    return inside and (token.first < alignment.start or alignment.end < token.last)


def is_contact(text: str) -> bool:
    """A damaged e-mail or web address also spells the domain: it is no company line."""
    lowered = text.lower()
    if "@" in lowered or "www" in lowered or "http" in lowered:
        return True
    tokens = text.split()
    if len(tokens) > 1 and tokens[-1] in KNOWN_TLDS and tokens[-1] != "co":
        return True  # ``hnpssarconsuting com``: the dot lost, the top-level domain in lower case
    return any(
        "." in token.rstrip(".") and token.rstrip(".").rsplit(".", 1)[-1] in KNOWN_TLDS
        for token in lowered.split()
    )  # a dot inside the word: ``Dist. Co. Pvt. Ltd.`` ends its abbreviations with dots


def _join_spaced(
    pieces: list[MappedText], words: Sequence[Word], inside: set[int]
) -> list[MappedText]:
    """Words OCR cut apart made whole again: letter-spaced capitals read one letter at a
    time (``A L B A``), a lone initial and the rest of its word (``N`` ``oordzee``), and
    pieces of the stem read over one another (``NOQNDA`` and ``NE`` inside its box);
    ``inside`` holds the words that spell the stem."""
    out: list[MappedText] = []
    run: list[MappedText] = []

    def flush() -> None:
        if len(run) == 1:
            out.append(run[0])
        elif run:
            out.extend(_words_of_run(run, words))
        run.clear()

    for piece in pieces:
        overlapping = (
            bool(out)
            and not run
            and set(out[-1].indexes()) | set(piece.indexes()) <= inside
            and _overlapping(out[-1], piece, words)
        )
        if len(piece.text) == 1 and piece.text.isalpha() and not overlapping:
            run.append(piece)
            continue
        flush()
        initial = bool(out) and len(out[-1].text) == 1 and out[-1].text.isupper()
        if out and ((initial and piece.text[:1].islower()) or overlapping):
            out[-1] = _glue([out[-1], piece])
        else:
            out.append(piece)
    flush()
    return out


def _overlapping(left: MappedText, right: MappedText, words: Sequence[Word]) -> bool:
    boxes = [_box(left, words), _box(right, words)]
    if boxes[0] is None or boxes[1] is None:
        return False
    return is_beside(boxes[0], boxes[1]) and boxes[0].left < boxes[1].left < boxes[0].right


def _box(piece: MappedText, words: Sequence[Word]) -> Box | None:
    indexes = piece.indexes()
    if not indexes:
        return None
    box = words[indexes[0]].box
    for index in indexes[1:]:
        box = box.union(words[index].box)
    return box


def _words_of_run(run: list[MappedText], words: Sequence[Word]) -> list[MappedText]:
    boxes = [words[p.owners[0]].box if p.owners[0] != NO_WORD else None for p in run]
    gaps = [
        (b.left - a.right) if a is not None and b is not None else 0 for a, b in pairwise(boxes)
    ]
    typical = median(gaps) if gaps else 0
    groups: list[list[MappedText]] = [[run[0]]]
    for gap, piece in zip(gaps, run[1:], strict=True):
        if typical > 0 and gap > _WIDE_GAP * typical:
            groups.append([piece])
        else:
            groups[-1].append(piece)
    return [_glue(group) for group in groups]


def _glue(pieces: list[MappedText]) -> MappedText:
    return MappedText("".join(p.text for p in pieces), tuple(o for p in pieces for o in p.owners))


def _split_glued(pieces: list[MappedText], stem: str) -> list[MappedText]:
    """A two-tone mark read as one word (``RedwoodCapital``) split where the domain puts a
    hyphen, or where a capital starts a sector word (``AlpenblickBeratung``)."""
    parts = [fold(part) for part in stem.split("-") if fold(part)]
    heads = {"".join(parts[:k]) for k in range(1, len(parts))}
    tails = {"".join(parts[k:]) for k in range(1, len(parts))}
    out: list[MappedText] = []
    for piece in pieces:
        cut = _cut(piece.text, heads, tails)
        if cut:
            out.extend([piece.slice(0, cut), piece.slice(cut, len(piece.text))])
        else:
            out.append(piece)
    return out


def _cut(word: str, heads: set[str], tails: set[str]) -> int:
    for k in range(2, len(word) - 1):
        left, right = word[:k], word[k:]
        if not (left[-1].isalpha() and right[0].isalpha()):
            continue
        if fold(left) in heads and fold(right) in tails:
            return k
        camel = left[-1].islower() and right[0].isupper() and min(len(left), len(right)) >= 3
        if camel and (industry_evidence(left) or industry_evidence(right)):
            return k
    return 0


def joined(pieces: Sequence[MappedText]) -> MappedText:
    """The pieces with a space between each two."""
    text: list[str] = []
    owners: list[int] = []
    for piece in pieces:
        if text:
            text.append(" ")
            owners.append(NO_WORD)
        text.append(piece.text)
        owners.extend(piece.owners)
    return MappedText("".join(text), tuple(owners))
