"""A company name printed over more than one line or piece, read whole.

A name set over two lines (the second unable to stand alone, or the first running on into
it), cut into pieces along its row, letter-spaced under its mark, or ending in a legal
form set apart on the row; and of two company lines stacked alike, the first. Apart from
``company_choice`` because these rules change with the layouts seen, not with what makes
a line a company.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from cardkeeper.reading.parse.companies import (
    has_name_letters,
    is_legal_form,
    runs_on,
    stands_alone,
)
from cardkeeper.reading.parse.domains import fold
from cardkeeper.reading.parse.layout import (
    Segment,
    has_lowercase_words,
    has_tagline_words,
    is_beside,
    is_right_below,
)
from cardkeeper.reading.parse.people import Evidence
from cardkeeper.reading.parse.text import MappedText
from cardkeeper.reading.parse.wordmarks import is_contact
from cardkeeper.reading.words import Box

MIN_COMPANY_OCR = 0.5
"""Mean OCR confidence under which a company line is more likely noise that happens to end
in ``SA`` or ``AG``."""


def is_noise(item: Evidence) -> bool:
    """No company: a damaged e-mail or web address (it spells the domain too), a social
    handle, or letters too few to be a name (``q``, ``600409``)."""
    text = item.segment.text.text
    return "@" in text or "_" in text or is_contact(text) or not has_name_letters(text)


_STACK_RATIO = 1.4
"""Two company lines of one style differ in height by less than this factor."""


def first_of_stack(
    best: tuple[float, Evidence], candidates: list[tuple[float, Evidence]]
) -> tuple[float, Evidence]:
    """Of two company lines printed alike, one right over a legal name (``HARSH IMPEX`` over
    ``ISHAAN PLASTICS PVT. LTD.``), the first is the card's company."""
    for _ in range(len(candidates)):
        item = best[1]
        if not item.suffix:
            break
        above = [
            (score, other)
            for score, other in candidates
            if is_right_below(other.segment.box, item.segment.box)
            and _alike(other.segment, item.segment)
            and _same_column(other.segment, item.segment)
            and stands_alone(other.segment.text.text)
            and not runs_on(other.segment.text.text, item.segment.text.text)
        ]
        if not above:
            break
        best = max(above, key=lambda c: c[1].segment.box.bottom)
    return best


def _alike(a: Segment, b: Segment) -> bool:
    return max(a.height, b.height) < _STACK_RATIO * min(a.height, b.height)


_GROW_LINES = 2
"""Lines a company name may run on over, besides its own."""


_STYLE_RATIO = 2.0
"""Two lines of one name differ in height by less than this factor."""


_MARK_RATIO = 3.0
"""A mark may be set up to this many times larger than the place or school under it
(``GRANITE`` over ``PEAK BUILDERS``)."""


def grown(item: Evidence, evidence: list[Evidence], name: Evidence | None) -> list[Evidence]:
    """The company line with the lines its name runs over, top to bottom.

    The line above in the same style joins when the company line cannot stand
    alone (``Dynagrow Enterprises`` / ``Private Limited``) or the two run on
    (``NTT DATA INSTITUTE OF`` / ``MANAGEMENT CONSULTING, Inc.``); the line below
    when it cannot stand alone (``SWINBURNE`` / ``UNIVERSITY OF``) or the two run
    on; a legal form set apart on the same row (``ROLTA INDIA    LIMITED``) too.
    """
    group = [item]
    for _ in range(_GROW_LINES):
        top = group[0]
        upper = _next_line(evidence, top, name, above=True)
        if upper is None or upper in group:
            break
        if not (_one_name(upper, top) or _one_block(upper.segment, top.segment)):
            break
        group.insert(0, upper)
    for _ in range(_GROW_LINES):
        bottom = group[-1]
        lower = _next_line(evidence, bottom, name, above=False)
        if lower is not None and lower not in group and _one_name(bottom, lower, lower):
            group.append(lower)
            continue
        lower = _next_line(evidence, bottom, name, above=False, ratio=_MARK_RATIO)
        if lower is None or lower in group:
            spaced = _spaced_below(evidence, bottom, name)
            if spaced is not None and _place_under_mark(group, [spaced]):
                group.append(spaced)
            break
        place = [lower, *_row_after(evidence, lower, name)]
        if not _place_under_mark(group, place):
            break
        group.extend(place)
    if not stands_alone(" ".join(part.segment.text.text for part in group)):
        group = [*_row_before(evidence, group[0], name), *group]
    form = _form_beside(evidence, group[-1])
    return [*group, form] if form is not None else group


_STEM_REST = 3
"""Letters of a domain stem, past a mark's, that must start the line under it: fewer
(``acmeco`` after ``ACME``) start too many words."""


def stem_runs_below(
    group: list[Evidence], evidence: list[Evidence], name: Evidence | None, stems: Sequence[str]
) -> Evidence | None:
    """The line right under the company's whose start a domain stem spells after the
    company's letters (``KONAN`` over ``TECHNOLOGY`` at konantech.com): the second word of
    a name set as a mark, which the domain cuts short, so no stem reading spells it (the
    rest of the word counts as misread) and its column may be the mark's box's, not its
    letters'."""
    head = fold(" ".join(part.segment.text.text for part in group))
    rests = [
        stem[len(head) :]
        for stem in map(fold, stems)
        if head and stem.startswith(head) and len(stem) - len(head) >= _STEM_REST
    ]
    if not rests:
        return None
    for other in evidence:
        text = other.segment.text.text
        if (
            other is name
            or other in group
            or other.title
            or not is_right_below(group[-1].segment.box, other.segment.box)
            or other.segment.confidence < MIN_COMPANY_OCR
            or any(c.isdigit() for c in text)
            or is_contact(text)
        ):
            continue
        if any(fold(text).startswith(rest) for rest in rests):
            return other
    return None


_ROW_WORDS = 3
"""Pieces of one row a name in spaced capitals may be cut into besides its last."""


def _row_before(evidence: list[Evidence], item: Evidence, name: Evidence | None) -> list[Evidence]:
    """The capitals before the line on its row, left to right, when OCR cut a name set in
    widely spaced capitals into columns (``WALT`` ``DISNEY`` ``PRODUCTIONS``): pieces as
    large, each within three text heights of the next."""
    return _row_pieces(evidence, item, name, before=True)


def _row_after(evidence: list[Evidence], item: Evidence, name: Evidence | None) -> list[Evidence]:
    """The capitals after the line on its row, left to right (``TAX`` ``AND`` ``ACCOUNTING``),
    as ``_row_before`` finds them."""
    return _row_pieces(evidence, item, name, before=False)


def _row_pieces(
    evidence: list[Evidence], item: Evidence, name: Evidence | None, before: bool
) -> list[Evidence]:
    """Capitals as large as the line, one after another on its row, before or after it."""
    row: list[Evidence] = []
    last = item
    if not item.segment.text.text.isupper():
        return row
    for _ in range(_ROW_WORDS):
        box = last.segment.box
        pieces = [
            other
            for other in evidence
            if other is not name
            and other is not item
            and other not in row
            and not other.title
            and other.segment.text.text.isupper()
            and other.segment.confidence >= MIN_COMPANY_OCR
            and not any(c.isdigit() for c in other.segment.text.text)
            and is_beside(box, other.segment.box)
            and _alike(other.segment, last.segment)
            and 0 <= _gap(other.segment.box, box, before) <= 3 * last.segment.height
        ]
        if not pieces:
            break
        if before:
            last = max(pieces, key=lambda other: other.segment.box.right)
            row.insert(0, last)
        else:
            last = min(pieces, key=lambda other: other.segment.box.left)
            row.append(last)
    return row


def _gap(other: Box, box: Box, before: bool) -> int:
    """The space between ``box`` and ``other`` before or after it on the row."""
    return box.left - other.right if before else other.left - box.right


_SPACED_LETTERS = 3
"""Letters of the shortest word set letter-spaced under a mark."""


def _spaced_below(
    evidence: list[Evidence], mark: Evidence, name: Evidence | None
) -> Evidence | None:
    """The row right under the mark, when OCR read it one letter at a time (``N A v A R R o``
    under ``CONSTRUCCIONES``): one word set letter-spaced, glued back, in capitals when most
    of its letters are (a small capital ``V`` or ``O`` reads as lower case).

    Every piece of the row is one letter: an icon read as a letter has a number beside it."""
    box = mark.segment.box
    below = [
        other
        for other in evidence
        if other is not name and other is not mark and is_right_below(box, other.segment.box)
    ]
    if not below:
        return None
    top = min(below, key=lambda other: other.segment.box.top)
    row = sorted(
        (other for other in evidence if is_beside(top.segment.box, other.segment.box)),
        key=lambda other: other.segment.box.left,
    )
    texts = [other.segment.text.text for other in row]
    if (
        len(row) < _SPACED_LETTERS
        or not all(len(text) == 1 and text.isalpha() for text in texts)
        or not all(_alike(other.segment, top.segment) for other in row)
        or top.segment.height > mark.segment.height
    ):
        return None
    text = "".join(texts)
    if 2 * sum(c.isupper() for c in text) > len(text):
        text = text.upper()
    owners = tuple(owner for other in row for owner in other.segment.text.owners)
    area = row[0].segment.box
    for other in row[1:]:
        area = area.union(other.segment.box)
    segment = replace(
        top.segment,
        text=MappedText(text, owners),
        box=area,
        confidence=sum(other.segment.confidence for other in row) / len(row),
    )
    return replace(top, segment=segment)


def _one_name(upper: Evidence, lower: Evidence, joining: Evidence | None = None) -> bool:
    """Two stacked lines print one name when the one joining (by default the company line
    below) cannot stand alone or the first runs on into the second."""
    part = (joining or lower).segment.text.text
    return not stands_alone(part) or runs_on(upper.segment.text.text, lower.segment.text.text)


def _place_under_mark(group: list[Evidence], place: list[Evidence]) -> bool:
    """A one-word mark that spells the domain, with a smaller line of capitalised words
    right under it (``Hilton`` / ``Oak Lawn``, ``Stanford`` / ``MEDICINE``, ``GRANITE`` /
    ``PEAK BUILDERS``): the branch, school or trade the mark belongs to, the rest of its
    name (``JMMONTOYACPA`` / ``TAX AND ACCOUNTING``). A slogan there is none of it (see
    ``_next_line``). ``place`` is the line, in pieces when OCR cut its row."""
    mark = group[0]
    text = " ".join(part.segment.text.text for part in place)
    words = text.split()
    return (
        len(group) == 1
        and len(mark.segment.text.text.split()) == 1
        and mark.domain >= 0.85
        and all(part.segment.height <= mark.segment.height for part in place)
        and 1 <= len(words) <= 3
        and all(word[:1].isupper() for word in words)
        and stands_alone(text)
    )


def _one_block(upper: Segment, lower: Segment) -> bool:
    """Capitals set flush on both edges as one block (``THE GEORGE`` / ``WASHINGTON`` /
    ``UNIVERSITY``): the lines of one name, however each could stand alone."""
    flush = _FLUSH * max(upper.height, lower.height)
    return (
        upper.text.text.isupper()
        and lower.text.text.isupper()
        and abs(upper.box.left - lower.box.left) <= flush
        and abs(upper.box.right - lower.box.right) <= flush
    )


_FLUSH = 0.25
"""Text heights by which the edges of two lines set as one block may differ."""


def _next_line(
    evidence: list[Evidence],
    item: Evidence,
    name: Evidence | None,
    above: bool,
    ratio: float = _STYLE_RATIO,
) -> Evidence | None:
    """The free line right above or below, in the same column and style, that could be part
    of a company's name: not the person's name or title, no slogan, no noise. ``ratio``: by
    how much the two may differ in height (a mark is set larger than the place under it)."""
    box = item.segment.box
    lines = []
    for other in evidence:
        upper, lower = (other.segment.box, box) if above else (box, other.segment.box)
        text = other.segment.text.text
        if (
            other is item
            or other is name
            or other.title
            or not is_right_below(upper, lower)
            or not _same_column(other.segment, item.segment)
            or max(other.segment.height, item.segment.height)
            > ratio * min(other.segment.height, item.segment.height)
            or other.segment.confidence < MIN_COMPANY_OCR
            or has_tagline_words(text)
            or has_lowercase_words(text)
            or any(c.isdigit() for c in text)
            or is_noise(other)
        ):
            continue
        lines.append(other)
    if not lines:
        return None
    if above:
        return max(lines, key=lambda other: other.segment.box.bottom)
    return min(lines, key=lambda other: other.segment.box.top)


def _same_column(a: Segment, b: Segment) -> bool:
    """Left-aligned, centred or right-aligned on each other, within a text height."""
    reach = 1.5 * max(a.height, b.height)
    return (
        abs(a.box.left - b.box.left) <= reach
        or abs(a.box.right - b.box.right) <= reach
        or abs(a.box.left + a.box.right - b.box.left - b.box.right) <= 2 * reach
    )


def _form_beside(evidence: list[Evidence], item: Evidence) -> Evidence | None:
    """A legal form or sector word on the same row right after the line, set apart by a
    wide space (``ROLTA INDIA    LIMITED``, ``HARBOR FREIGHT    SYSTEMS``): the end of the
    name, which names nothing by itself."""
    box = item.segment.box
    for other in evidence:
        gap = other.segment.box.left - box.right
        text = other.segment.text.text
        if (
            other is not item
            and not other.title
            and (is_legal_form(text) or (other.industry and not stands_alone(text)))
            and is_beside(box, other.segment.box)
            and 0 <= gap <= 3 * item.segment.height
        ):
            return other
    return None
