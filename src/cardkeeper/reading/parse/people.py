"""The evidence of the card's free segments, and the person's name chosen among them.

Free segments are the parts of lines that hold no contact value and no address.
``weigh`` measures each once against ``names``, ``companies`` and ``titles``;
the name is the largest name-shaped text (and the one the e-mail address
spells). The company (``company_choice``) and the title (``title_choice``) are
chosen among the same evidence, after the name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from cardkeeper.reading.fields import Field, PersonName
from cardkeeper.reading.parse.companies import (
    domain_match,
    ends_in_sector,
    industry_evidence,
    suffix_evidence,
)
from cardkeeper.reading.parse.contacts import confidence
from cardkeeper.reading.parse.domains import fold
from cardkeeper.reading.parse.layout import (
    Segment,
    close_letter_gaps,
    has_lowercase_words,
    has_tagline_words,
    is_beside,
    is_right_below,
    join_split_word,
)
from cardkeeper.reading.parse.name_segments import (
    MIN_NAME_OCR,
    joined_name_words,
    romaji_name_after_kanji,
    without_glued_speck,
    without_name_specks,
)
from cardkeeper.reading.parse.names import (
    initial_last_name,
    is_romaji,
    lost_capitals,
    lowercase_name_shape,
    matches_email,
    name_order,
    name_shape,
    one_word_name,
    parse_name,
    spelled_name_shape,
    two_family_names,
    without_prefixes,
    without_stray_marks,
)
from cardkeeper.reading.parse.titles import title_evidence
from cardkeeper.reading.parse.wordmarks import StemReading, best_reading
from cardkeeper.reading.words import Word


@dataclass(frozen=True)
class Evidence:
    """What each free segment looks like, computed once."""

    segment: Segment
    name: float
    title: float
    suffix: float
    domain: float
    industry: float
    prose: bool
    """Tagline wording or lower-case words: not a name or company."""
    reading: StemReading | None = None
    """The segment read against the domain stem, when its letters spell it (a wordmark)."""


_TITLE_UNDER = 0.2
"""Score for a name-shaped segment with a role line under it: where the person's name is."""
_COMPANY_UNDER = 0.3
"""Score taken from a name-shaped segment over a legal-form line as large: the firm's."""
_ROLE_AFTER = 3
"""Text heights a role set after the name on its row may stand from it."""
_EMAIL_SPELLS = 0.6
"""Name evidence added when the e-mail address spells the segment."""
_SPELLED = 1.5
"""Name evidence of a segment the e-mail address spells (a shape and ``_EMAIL_SPELLS``)."""
_MIN_SPELLED_OCR = 0.35
"""Mean OCR confidence a name the e-mail spells needs: the e-mail vouches for its letters."""
_MIN_SHAPE_OCR = 0.7
"""Mean OCR confidence a name needs when only its shape vouches for it: OCR reads kanji, a
logo or a pattern as capitalised words too (``FFI VAR``), unsure of them (0.60-0.65 on the
real cards, where every printed name it read scored over 0.7)."""


def weigh(
    segments: list[Segment], email_locals: list[str], stems: list[str], words: Sequence[Word]
) -> list[Evidence]:
    segments = joined_name_words(segments, words)
    personal = [local for local in email_locals if not any(fold(s) in fold(local) for s in stems)]
    evidence = []
    for printed in segments:
        segment = without_name_specks(_letter_spaced_name(printed, words), words)
        segment = romaji_name_after_kanji(segment, words)
        own = [local for local in personal if not _spells_two_lines(segment, local, segments)]
        segment = without_glued_speck(segment, own)
        segment = _with_lost_capitals(segment, own)
        text = segment.text.text
        shape = 0.0 if _address_line(segment, segments, words) else _name_evidence(text, own)
        domain = domain_match(text, stems)
        if shape and _family_name_is_stem(text, stems):
            domain = 0.0
        evidence.append(
            Evidence(
                segment,
                name=shape,
                title=title_evidence(without_prefixes(text) if shape else text),
                suffix=suffix_evidence(text),
                domain=domain,
                industry=industry_evidence(text),
                prose=has_tagline_words(text) or has_lowercase_words(without_prefixes(text)),
                reading=best_reading(printed, segments, words, stems),
            )
        )
    return evidence


def _with_lost_capitals(segment: Segment, own_locals: list[str]) -> Segment:
    """The segment with the capitals OCR lost put back, when the e-mail spells its name (see
    ``names.lost_capitals``); each letter keeps its place, so word spans keep."""
    text = segment.text
    for at in lost_capitals(text.text, own_locals):
        text = text.overwrite(at, text.text[at].upper())
    return replace(segment, text=text)


def _name_evidence(text: str, own_locals: list[str]) -> float:
    """The name shape of a segment, raised by ``_EMAIL_SPELLS`` when the e-mail spells it; the
    e-mail also makes names of shapes that alone are not (one word, an everyday family name;
    see ``names``), and lower case is weighed in ``choose_name``."""
    if one_word_name(text, own_locals):
        return 1.0 + _EMAIL_SPELLS
    shape = name_shape(text) or spelled_name_shape(text, own_locals)
    shape = shape or float(lowercase_name_shape(text) or initial_last_name(text))
    return shape + _EMAIL_SPELLS if shape and matches_email(text, own_locals) else shape


def _spells_two_lines(segment: Segment, local: str, segments: list[Segment]) -> bool:
    """``greenearthpolymers@``: the e-mail spells the segment and the line under it, a firm's
    name set on two lines (``GREEN EARTH`` / ``POLYMERS LLP``), not a person's."""
    for other in segments:
        if other is not segment and is_right_below(segment.box, other.box):
            first = other.text.text.split()[0]
            if fold(segment.text.text) + fold(first) in fold(local) and len(fold(first)) > 2:
                return True
    return False


def _address_line(segment: Segment, segments: list[Segment], words: Sequence[Word]) -> bool:
    """A line that ends with a comma under a line that ends with one: an address printed a
    part a line (``213, Potpathy Road,`` / ``Kondavil East,``), however name-shaped. A name
    ends its line without a comma; one after a name is followed by a title or degree."""
    indexes = segment.text.indexes()
    if not indexes or not words[max(indexes)].text.endswith(","):
        return False
    if any(o.line == segment.line and o.box.left > segment.box.right for o in segments):
        return False
    above = [w for i, w in enumerate(words) if i not in indexes and w.text.endswith(",")]
    box = segment.box
    return any(is_right_below(w.box, box) and w.box.bottom <= box.top for w in above)


def _family_name_is_stem(text: str, stems: list[str]) -> bool:
    """``Sarah Williams`` at williams.com: a family firm's domain names the person's family,
    so a name-shaped line whose last word alone is the domain is a person, not the firm."""
    words = text.split()
    return len(words) >= 2 and fold(words[-1]) in {fold(stem) for stem in stems}


def _letter_spaced_name(segment: Segment, words: Sequence[Word]) -> Segment:
    """The segment with letter-spaced fragments or a word OCR cut in two joined, when only
    that makes it a name."""
    if name_shape(segment.text.text):
        return segment
    for join in (close_letter_gaps, join_split_word):
        joined = join(segment.text, list(words))
        if name_shape(joined.text):
            return replace(segment, text=joined)
    return segment


def _misread_mark(item: Evidence) -> bool:
    """Letters OCR misread that spell the domain once put right (``Q VETRERIA AOWA`` at
    vetrerialaguna.it): a wordmark, however name-shaped its misreading."""
    return item.reading is not None and item.reading.rewritten


def _title_under(name: Evidence, title: Evidence) -> bool:
    """A role line right under the segment (within its height), or after it on its line or
    row (``Youmans  Founder``, a few heights on)."""
    if title.title < 0.5 or title.name:
        return False
    a, b = name.segment, title.segment
    under = is_right_below(a.box, b.box) and b.box.top - a.box.bottom <= a.height
    after = 0 < b.box.left - a.box.right <= _ROLE_AFTER * a.height and is_beside(a.box, b.box)
    return under or (a.line == b.line and b.box.left > a.box.right) or after


def _company_under(name: Evidence, company: Evidence) -> bool:
    """A legal-form or trade line right under the segment, as large as it: the firm's name set
    on two lines (``GREEN EARTH`` / ``POLYMERS LLP``, ``SEOUL NATIONAL UNIVERSITY OF`` /
    ``SCIENCE & TECHNOLOGY``), not a person above the firm."""
    a, b = name.segment, company.segment
    large = b.height >= 0.8 * a.height
    firm = company.suffix >= 0.5 or (company.industry >= 0.5 and not company.name)
    return firm and large and is_right_below(a.box, b.box)


def _name_evidence_enough(item: Evidence, evidence: list[Evidence], region: str) -> bool:
    """Whether what the shape alone leaves open is settled: a prose-like line (lower case, an
    everyday word) is a name when the e-mail spells it, or when it is romaji in lower case on a
    Japanese card (``yoshihiro muramatsu``); one word is a name when the e-mail spells it and a
    role stands under it (``SANDEEP`` / ``Director``), a word and an initial when a role does
    (``Venkatanarayanan S`` / ``Project Engineer``)."""
    text = item.segment.text.text
    spelled = item.name >= _SPELLED
    role_under = any(_title_under(item, other) for other in evidence)
    if " " not in text.strip():
        return spelled and role_under
    if initial_last_name(text) and not name_shape(text):
        return role_under
    if text.islower():
        return spelled or (region == "JP" and is_romaji(text))
    return spelled or not item.prose


def _least_ocr(item: Evidence) -> float:
    """The mean OCR confidence the segment needs: the less the e-mail vouches for it, the
    surer OCR must be of its letters."""
    if item.name >= _SPELLED:
        return _MIN_SPELLED_OCR
    return MIN_NAME_OCR if item.name > 1.0 else _MIN_SHAPE_OCR


def choose_name(
    evidence: list[Evidence], words: Sequence[Word], email_locals: list[str], region: str
) -> tuple[PersonName, Evidence] | None:
    """The largest name-shaped segment, favouring the one the e-mail address spells.

    ``email_locals`` and ``region`` tell whether the name carries two family
    names (see ``names.two_family_names``); ``region`` also whether it is printed
    family name first (see ``names.name_order``).
    """
    tallest = max((e.segment.height for e in evidence), default=1)
    best: tuple[float, Evidence] | None = None
    for item in evidence:
        least = _least_ocr(item)
        if not item.name or item.title or item.segment.confidence < least:
            continue
        if not _name_evidence_enough(item, evidence, region):
            continue
        if item.name < _SPELLED and ends_in_sector(item.segment.text.text):
            continue
        score = 0.45 * item.name + 0.4 * item.segment.height / tallest
        if (item.domain >= 0.85 or _misread_mark(item)) and item.name < 1.5:
            score -= 0.4
        if item.industry and item.name < 1.5:
            score -= 0.3
        score += _TITLE_UNDER * any(_title_under(item, other) for other in evidence)
        score -= _COMPANY_UNDER * any(_company_under(item, other) for other in evidence)
        if best is None or score > best[0]:
            best = (score, item)
    if best is None or best[0] < 0.5:
        return None
    score, item = best
    text = without_stray_marks(item.segment.text.text, region)
    two_family = two_family_names(text, email_locals, region)
    parts = parse_name(text, two_family, name_order(text, region))
    indexes = item.segment.text.indexes()
    full = Field(parts.full, confidence(min(score, 1.0), words, indexes), indexes)
    return (
        PersonName(full, parts.prefix, parts.given, parts.middle, parts.family, parts.suffix),
        item,
    )
