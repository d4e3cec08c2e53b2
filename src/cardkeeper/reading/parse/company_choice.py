"""The company chosen among the card's free segments, after the person's name.

The legal form, the domain's name or a sector word; the name written out in full
over its wordmark; a name printed over two lines, or cut into columns, read whole;
a mark that starts the name over its legal line; the brand of a logo OCR could not
read from the domain; with nothing else, the words a mailbox at a mail provider spells,
weakly, the wordmark at the top or the largest one, and last, unsure, the domain's stem
when a logo read as noise vouches for it (see ``choose_company``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from cardkeeper.reading.fields import GUESSED_CONFIDENCE, Field
from cardkeeper.reading.parse.companies import (
    domain_match,
    has_name_letters,
    industry_evidence,
    is_department,
    is_form_word,
    is_legal_form,
    repair_legal_form,
    runs_on,
    stands_alone,
    without_icon,
    without_specks,
)
from cardkeeper.reading.parse.contacts import confidence
from cardkeeper.reading.parse.domain_company import domain_company
from cardkeeper.reading.parse.domains import fold, spells_address
from cardkeeper.reading.parse.layout import (
    Segment,
    has_lowercase_words,
    has_tagline_words,
    is_beside,
    is_right_below,
    make_segment,
)
from cardkeeper.reading.parse.people import Evidence
from cardkeeper.reading.parse.text import MappedText
from cardkeeper.reading.parse.wordmarks import StemReading, is_contact, joined
from cardkeeper.reading.words import Box, Word

_MIN_COMPANY_OCR = 0.5
"""Mean OCR confidence under which a company line is more likely noise that happens to end
in ``SA`` or ``AG``."""
STEM_READ = 0.7
"""Company evidence of a segment whose letters spell the domain stem only after edits."""


def choose_company(
    evidence: list[Evidence],
    words: Sequence[Word],
    name: Evidence | None,
    region: str = "",
    *,
    stems: Sequence[str] = (),
    mail_locals: Sequence[str] = (),
) -> tuple[Field, Evidence] | None:
    """Legal form, else the domain's name, else a sector word; a top wordmark only weakly.

    A segment holding an ``@`` is a damaged e-mail (its domain matches the
    company's), and one OCR is unsure of is more likely noise that happens to
    end in ``SA`` — unless its letters spell the domain stem (see ``wordmarks``),
    which is then read with the stem's letters. The name written out in full
    beats its wordmark (``_fuller``), the first of two company lines stacked
    alike is the company (``_first_of_stack``), a mark that spells the domain
    with the line under it starts the name (``_mark_over``), and a name printed
    over two lines is read whole (``_grown``); an icon before it is dropped.
    ``region`` is the phones' region (see ``repair_legal_form``); ``stems`` are the
    domain stems, for a brand OCR could not read in its logo (``_brand_before``);
    ``mail_locals`` the local parts of addresses at a mail provider (``_mail_name``).
    A name OCR cut inside a word is no candidate (``_cut_name``).
    """
    cut = _cut_name(evidence, words, stems)
    evidence = [e for e in evidence if not cut.intersection(e.segment.text.indexes())]
    candidates = _candidates(evidence, words, name, stems)
    best = max(candidates, key=lambda c: c[0]) if candidates else None
    if best is not None:
        best = _first_of_stack(_fuller(best, candidates, name), candidates)
        best = _mark_over(best, candidates, name)
    if best is None:
        best = (
            _department(evidence, name)
            or _mail_name(evidence, words, name, mail_locals)
            or _wordmark(evidence, words, name)
            or _large_mark(evidence, words, name)
        )
    if best is None:
        return domain_company(evidence, name, stems)
    score, item = best
    reading = _reading(item, name)
    if reading is not None and (reading.rewritten or reading.partner):
        printed = without_specks(_with_rest(reading))
    else:
        own = reading.text if reading is not None else item.segment.text
        group = _grown(item, evidence, name)
        printed = without_specks(
            joined([own if part is item else part.segment.text for part in group])
        )
    printed = without_icon(printed, words)
    indexes = printed.indexes()
    value = repair_legal_form(_without_mark(printed.text.strip(_AROUND)), region)
    sure = confidence(min(score, 1.0), words, indexes)
    if reading is not None and (reading.rewritten or max(item.suffix, item.domain) < 0.5):
        sure = min(sure, GUESSED_CONFIDENCE)
    brand = _brand_before(value, stems)
    if brand:
        value = f"{brand} {value}"
        sure = min(sure, GUESSED_CONFIDENCE)
    return Field(value, sure, indexes), item


def _brand_before(value: str, stems: Sequence[str]) -> str:
    """The brand a domain stem starts with when the company line spells only its end: the
    branch or place printed under a logo OCR could not read (``KUNUNURRA`` under the
    ``SUBWAY`` logo at subwaykununurra.com.au). The stem gives its letters, its hyphens
    the word breaks, the line its case. Too short a rest is a lost initial (``[umen Health``
    at lumen-health), a verb before a brand (getacme, tryacme) is none of it, and
    a line that spells one of the domains whole is the name in full (``AND YOU`` at
    and-you.jp and designshop-andyou.com)."""
    letters = fold(value)
    if any(fold(stem) == letters for stem in stems):
        return ""
    for stem in stems:
        words = [fold(part) for part in stem.split("-") if fold(part)]
        for cut in range(1, len(words)):
            rest = words[:cut]
            if (
                "".join(words[cut:]) == letters
                and len("".join(rest)) >= _BRAND_LETTERS
                and rest[0] not in _NO_BRAND
            ):
                return _in_case_of(" ".join(rest), value)
        whole = "".join(words)
        rest_letters = whole[: len(whole) - len(letters)]
        if (
            len(words) == 1
            and whole.endswith(letters)
            and len(letters) >= _BRAND_LETTERS
            and len(rest_letters) >= _BRAND_LETTERS
            and rest_letters not in _NO_BRAND
        ):
            return _in_case_of(rest_letters, value)
    return ""


def _in_case_of(text: str, value: str) -> str:
    """``text`` in capitals as the line is, else with each word capitalised."""
    return text.upper() if value.isupper() else text.title()


_BRAND_LETTERS = 3
"""Letters of the shortest brand read off the domain alone."""
_NO_BRAND = frozenset({"get", "try", "join", "use", "hey", "hello", "shop", "buy", "visit"})
"""Verbs a domain puts before a company's name, no part of it (a pronoun has too few letters)."""
_AROUND = ' ,“”"'
"""What a name never starts or ends with: a quote mark is a speck of the logo (``“SELVAM``)."""
_HEIGHT_WEIGHT = 0.04
"""How much a larger print adds to a company line's evidence: enough to choose between two
lines of one kind, too little to put a logo's wordmark over the legal name under it."""


def _candidates(
    evidence: list[Evidence], words: Sequence[Word], name: Evidence | None, stems: Sequence[str]
) -> list[tuple[float, Evidence]]:
    """Each segment with company evidence, scored: its strongest evidence, then its size.
    A web address read with its dots lost spells the stem too, but is none."""
    tallest = max((e.segment.height for e in evidence), default=1)
    found = []
    for item in evidence:
        text = item.segment.text.text
        reading = _reading(item, name)
        if item is name or (item.title and not item.suffix) or _slogan(item, reading):
            continue
        if _is_noise(item) or spells_address(text, stems):
            continue
        if item.segment.confidence < _MIN_COMPANY_OCR and reading is None:
            continue
        prose = item.prose and has_lowercase_words(_without_brands(text))
        suffix = 0.0 if _form_cut(item.segment, words) else item.suffix
        strength = max(suffix, item.domain, 0.0 if prose else item.industry)
        if reading is not None and (reading.cost == 0 or reading.rewritten):
            strength = max(strength, item.domain if reading.cost == 0 else STEM_READ)
        if strength >= 0.5 and _names_one(item, evidence, name):
            found.append((strength + _HEIGHT_WEIGHT * item.segment.height / tallest, item))
    return found


def _form_cut(segment: Segment, words: Sequence[Word]) -> bool:
    """The line ends in a legal form that touches the next word on its row: the start of a
    word OCR cut in two (``ARS Co`` + ``nsulting``), not a legal form."""
    return bool(_cut_rest(segment, words))


def _cut_rest(segment: Segment, words: Sequence[Word]) -> set[int]:
    """The words touching the legal form that ends the line: the rest of the word it starts."""
    indexes = segment.text.indexes()
    if not indexes or not is_form_word(words[indexes[-1]].text):
        return set()
    last = words[indexes[-1]].box
    return {
        i
        for i, word in enumerate(words)
        if i not in indexes
        and is_beside(last, word.box)
        and 0 <= word.box.left - last.right < _LETTER_GAP * last.height
    }


def _cut_name(evidence: list[Evidence], words: Sequence[Word], stems: Sequence[str]) -> set[int]:
    """The words of a name OCR cut inside a word, when the line before the cut spells only
    the first letters of the domain's name (``ARS Co`` + ``Asulting`` at arsconsultant.top):
    neither piece is the name, and the stem would put back the domain's word, not the card's."""
    cut: set[int] = set()
    for item in evidence:
        rest = _cut_rest(item.segment, words)
        if rest and _starts_stem(item.segment.text.text, stems):
            cut |= rest | set(item.segment.text.indexes())
    return cut


def _starts_stem(text: str, stems: Sequence[str]) -> bool:
    letters = fold(text)
    return bool(letters) and any(fold(s).startswith(letters) and fold(s) != letters for s in stems)


_LETTER_GAP = 0.2
"""Text heights under which two words touch: a word space is about 0.3."""


def _slogan(item: Evidence, reading: StemReading | None) -> bool:
    """Words that speak to the reader (``your``, ``beyond``) make a slogan, unless the line
    ends in a legal form (``Beyond the Network Limited``) or spells the domain as printed
    (``AND YOU`` at and-you.jp): a slogan carries neither."""
    if not has_tagline_words(item.segment.text.text):
        return False
    spells_domain = reading is not None and reading.cost == 0 and not reading.rewritten
    return item.suffix < _LEGAL_FORM and not spells_domain


_LEGAL_FORM = 0.95
"""``suffix_evidence`` of a legal form proper (a group or holding weighs less)."""


def _names_one(item: Evidence, evidence: list[Evidence], name: Evidence | None) -> bool:
    """A line of sector words and legal forms alone (``PRINTERS``, ``Private Limited``) is a
    company only with the line its name is printed on."""
    group = _grown(item, evidence, name)
    return stands_alone(" ".join(part.segment.text.text for part in group))


def _without_brands(text: str) -> str:
    """The text without words that start in lower case and hold a capital further on
    (``IoT`` read ``loT``): a brand misread, not a lower-case word of a sentence."""
    return " ".join(word for word in text.split() if not _brand(word))


def _brand(word: str) -> bool:
    return len(word) >= 3 and word[:2].islower() and any(c.isupper() for c in word[2:])


def _is_noise(item: Evidence) -> bool:
    """No company: a damaged e-mail or web address (it spells the domain too), a social
    handle, or letters too few to be a name (``q``, ``600409``)."""
    text = item.segment.text.text
    return "@" in text or "_" in text or is_contact(text) or not has_name_letters(text)


def _fuller(
    best: tuple[float, Evidence], candidates: list[tuple[float, Evidence]], name: Evidence | None
) -> tuple[float, Evidence]:
    """The company's name written out in full beats its wordmark: ``CADD Centre Training
    Services`` over the logo ``CADD CENTRE``, ``Birla Institute of Technology & Science,
    Pilani`` over ``BITS Pilani``. The fuller line holds the mark's letters (or their
    initials) and has a legal form or an organisation word of its own."""
    item = best[1]
    if item.suffix:
        return best
    reading = _reading(item, name)
    short = fold((reading.text if reading is not None else item.segment.text).text)
    fuller = [
        (other_score, other)
        for other_score, other in candidates
        if other is not item
        and (other.suffix or other.industry)
        and _spells_part_of(short, other.segment.text.text)
    ]
    return max(fuller, key=lambda c: c[0]) if fuller and len(short) >= 3 else best


def _spells_part_of(short: str, text: str) -> bool:
    letters = fold(text)
    return len(letters) > len(short) and (short in letters or domain_match(text, [short]) > 0)


def _mark_over(
    best: tuple[float, Evidence], candidates: list[tuple[float, Evidence]], name: Evidence | None
) -> tuple[float, Evidence]:
    """A wordmark right over the company line that spells the domain together with it, better
    than the line does alone (``Globus`` over ``Transitos Pvt. Ltd.`` at globustransitos.com,
    ``Trust`` over ``Friend Unlock``): the company's name starts on the mark."""
    item = best[1]
    own = _reading(item, name)
    if item.domain >= _WHOLE_STEM:
        return best
    for score, other in candidates:
        reading = _reading(other, name)
        if (
            reading is not None
            and reading.partner == (item.segment,)
            and reading.cost <= _MARK_COST
            and (own is None or reading.cost < own.cost)
        ):
            return score, other
    return best


_WHOLE_STEM = 0.9
"""``domain_match`` of a line whose letters are the whole domain stem."""
_MARK_COST = 0.2
"""Edits per stem letter up to which a mark and the line under it spell the stem."""


def _with_rest(reading: StemReading) -> MappedText:
    """A stacked reading with the words of the line under the mark that come after the stem
    (``Pvt. Ltd.`` of ``Transitos Pvt. Ltd.``)."""
    if len(reading.partner) != 1:
        return reading.text
    lower = reading.partner[0].text
    taken = set(reading.text.indexes())
    ends = [i for i, owner in enumerate(lower.owners) if owner in taken]
    if not ends:
        return reading.text
    rest = lower.slice(ends[-1] + 1, len(lower.text)).strip()
    return joined([reading.text, rest]) if rest.text else reading.text


_STACK_RATIO = 1.4
"""Two company lines of one style differ in height by less than this factor."""


def _first_of_stack(
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


def _department(evidence: list[Evidence], name: Evidence | None) -> tuple[float, Evidence] | None:
    """With no other company evidence, the first department or ministry line is the body the
    person works for (``Department of Telecommunications`` over ``Ministry of …``)."""
    units = [
        item
        for item in evidence
        if item is not name
        and not item.title
        and is_department(item.segment.text.text)
        and item.segment.confidence >= _MIN_COMPANY_OCR
    ]
    if not units:
        return None
    return 0.5, min(units, key=lambda item: item.segment.box.top)


_GROW_LINES = 2
"""Lines a company name may run on over, besides its own."""
_STYLE_RATIO = 2.0
"""Two lines of one name differ in height by less than this factor."""
_MARK_RATIO = 3.0
"""A mark may be set up to this many times larger than the place or school under it
(``GRANITE`` over ``PEAK BUILDERS``)."""


def _grown(item: Evidence, evidence: list[Evidence], name: Evidence | None) -> list[Evidence]:
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
            and other.segment.confidence >= _MIN_COMPANY_OCR
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
            or other.segment.confidence < _MIN_COMPANY_OCR
            or has_tagline_words(text)
            or has_lowercase_words(text)
            or any(c.isdigit() for c in text)
            or _is_noise(other)
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


def _without_mark(value: str) -> str:
    """A lone digit after the name is a trademark sign OCR misread (``AstraZeneca 2``)."""
    head, _, last = value.rpartition(" ")
    return head if head and len(last) == 1 and last.isdigit() else value


def _reading(item: Evidence, name: Evidence | None) -> StemReading | None:
    """The item's reading against the domain, unless it takes in the person's name."""
    reading = item.reading
    if reading is None or (name is not None and name.segment in reading.partner):
        return None
    return reading


def _wordmark(
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
        or top.segment.confidence < _MIN_COMPANY_OCR
        or not _has_word(top.segment.text, words, _MIN_WORDMARK_OCR)
        or _is_noise(top)
        or not 1 <= len(text.split()) <= 3
        or top.segment.height < name.segment.height * 0.8
        or top.segment.box.top > name.segment.box.top
        or not all(w[0].isupper() or not w[0].isalpha() for w in text.split())
    ):
        return None
    return 0.35, top


_MIN_WORDMARK_OCR = 0.7
"""OCR confidence of a wordmark's surest word, with nothing but its place to vouch for it."""
_WORD_LETTERS = 3
"""Letters of the shortest word a wordmark holds: fewer are as often a picture read as text."""


def _has_word(text: MappedText, words: Sequence[Word], sure: float = 0.0) -> bool:
    """A word of three letters or more among the text's words, read at least as surely."""
    return any(
        sum(c.isalpha() for c in words[i].text) >= _WORD_LETTERS and words[i].confidence >= sure
        for i in text.indexes()
    )


def _mail_name(
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
            run = text.slice(start, end).strip(_AROUND + "!?.")
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


def _large_mark(
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
        or _is_noise(mark)
        or not 1 <= len(text.split()) <= 3
        or not text.isupper()
        or any(c.isdigit() for c in text)
    ):
        return None
    return 0.35, mark


_LARGE_MARK = 1.5
"""How many times the name's height a wordmark is set at least, to be told by size alone."""
_MIN_LARGE_MARK_OCR = 0.85
"""Mean OCR confidence of a wordmark told by size alone: kanji read as capitals score less."""
