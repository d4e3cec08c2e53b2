"""Choosing the name, company and title among the card's free segments.

Free segments are the parts of lines that hold no contact value and no address.
Each choice weighs the evidence of ``names``, ``companies`` and ``titles``
with the layout: the name is the largest name-shaped text (and the one the
e-mail address spells), the title the role line next to it, the company the
legal form, the domain's name or, weakly, the wordmark at the top.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from cardkeeper.reading.fields import GUESSED_CONFIDENCE, Field, PersonName
from cardkeeper.reading.parse.companies import (
    domain_match,
    industry_evidence,
    repair_legal_form,
    suffix_evidence,
    without_specks,
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
)
from cardkeeper.reading.parse.name_segments import (
    MIN_NAME_OCR,
    joined_name_words,
    without_name_specks,
)
from cardkeeper.reading.parse.names import (
    matches_email,
    name_order,
    name_shape,
    parse_name,
    two_family_names,
    without_prefixes,
)
from cardkeeper.reading.parse.titles import title_evidence
from cardkeeper.reading.parse.wordmarks import StemReading, best_reading
from cardkeeper.reading.words import Word

_CONTINUATION_ENDS = (" of", " &", " and", " und", " de", " et", " y", " e", ",", " -")
_CONTINUATION_STARTS = ("of ", "& ", "and ", "und ", "de ", "et ", "y ", "e ", "for ")


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


_MIN_COMPANY_OCR = 0.5
"""The same for a company: noise that ends in ``SA`` or ``AG`` is no company."""
_TITLE_UNDER = 0.2
"""Score for a name-shaped segment with a role line under it: where the person's name is."""
_COMPANY_UNDER = 0.3
"""Score taken from a name-shaped segment over a legal-form line as large: the firm's."""
STEM_READ = 0.7
"""Company evidence of a segment whose letters spell the domain stem only after edits."""


def weigh(
    segments: list[Segment], email_locals: list[str], stems: list[str], words: Sequence[Word]
) -> list[Evidence]:
    segments = joined_name_words(segments, words)
    personal = [local for local in email_locals if not any(fold(s) in fold(local) for s in stems)]
    evidence = []
    for printed in segments:
        segment = without_name_specks(_letter_spaced_name(printed, words), words)
        text = segment.text.text
        shape = name_shape(text)
        own = [local for local in personal if not _spells_two_lines(segment, local, segments)]
        if shape and matches_email(text, own):
            shape += 0.6
        domain = domain_match(text, stems)
        if shape and _family_name_is_stem(text, stems):
            domain = 0.0
        evidence.append(
            Evidence(
                segment,
                name=shape,
                title=title_evidence(text),
                suffix=suffix_evidence(text),
                domain=domain,
                industry=industry_evidence(text),
                prose=has_tagline_words(text) or has_lowercase_words(without_prefixes(text)),
                reading=best_reading(printed, segments, words, stems),
            )
        )
    return evidence


def _spells_two_lines(segment: Segment, local: str, segments: list[Segment]) -> bool:
    """``greenearthpolymers@``: the e-mail spells the segment and the line under it, a firm's
    name set on two lines (``GREEN EARTH`` / ``POLYMERS LLP``), not a person's."""
    for other in segments:
        if other is not segment and is_right_below(segment.box, other.box):
            first = other.text.text.split()[0]
            if fold(segment.text.text) + fold(first) in fold(local) and len(fold(first)) > 2:
                return True
    return False


def _family_name_is_stem(text: str, stems: list[str]) -> bool:
    """``Sarah Williams`` at williams.com: a family firm's domain names the person's family,
    so a name-shaped line whose last word alone is the domain is a person, not the firm."""
    words = text.split()
    return len(words) >= 2 and fold(words[-1]) in {fold(stem) for stem in stems}


def _letter_spaced_name(segment: Segment, words: Sequence[Word]) -> Segment:
    """The segment with letter-spaced fragments joined, when only that makes it a name."""
    if name_shape(segment.text.text):
        return segment
    joined = close_letter_gaps(segment.text, list(words))
    return replace(segment, text=joined) if name_shape(joined.text) else segment


def _misread_mark(item: Evidence) -> bool:
    """Letters OCR misread that spell the domain once put right (``Q VETRERIA AOWA`` at
    vetrerialaguna.it): a wordmark, however name-shaped its misreading."""
    return item.reading is not None and item.reading.rewritten


def _title_under(name: Evidence, title: Evidence) -> bool:
    """A role line right under the segment (within its height), or after it on its line
    (``Youmans  Founder``)."""
    if title.title < 0.5 or title.name:
        return False
    a, b = name.segment, title.segment
    under = is_right_below(a.box, b.box) and b.box.top - a.box.bottom <= a.height
    return under or (a.line == b.line and b.box.left > a.box.right)


def _company_under(name: Evidence, company: Evidence) -> bool:
    """A legal-form line right under the segment, as large as it: the firm's name set on two
    lines (``GREEN EARTH`` / ``POLYMERS LLP``), not a person above the firm."""
    a, b = name.segment, company.segment
    large = b.height >= 0.8 * a.height
    return company.suffix >= 0.5 and large and is_right_below(a.box, b.box)


def _near(a: Segment, b: Segment) -> bool:
    return (
        a.line == b.line
        or is_right_below(a.box, b.box)
        or is_right_below(b.box, a.box)
        or (is_beside(a.box, b.box) and abs(a.box.left - b.box.right) < 3 * a.height)
    )


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
        if not item.name or item.title or item.prose or item.segment.confidence < MIN_NAME_OCR:
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
    text = item.segment.text.text
    two_family = two_family_names(text, email_locals, region)
    parts = parse_name(text, two_family, name_order(text, region))
    indexes = item.segment.text.indexes()
    full = Field(parts.full, confidence(min(score, 1.0), words, indexes), indexes)
    return (
        PersonName(full, parts.prefix, parts.given, parts.middle, parts.family, parts.suffix),
        item,
    )


def choose_company(
    evidence: list[Evidence], words: Sequence[Word], name: Evidence | None, region: str = ""
) -> tuple[Field, Evidence] | None:
    """Legal form, else the domain's name, else a sector word; a top wordmark only weakly.

    A segment holding an ``@`` is a damaged e-mail (its domain matches the
    company's), and one OCR is unsure of is more likely noise that happens to
    end in ``SA`` — unless its letters spell the domain stem (see ``wordmarks``),
    which is then read with the stem's letters. ``region`` is the phones' region
    (see ``repair_legal_form``).
    """
    tallest = max((e.segment.height for e in evidence), default=1)
    best: tuple[float, Evidence] | None = None
    for item in evidence:
        text = item.segment.text.text
        if item is name or (item.title and not item.suffix) or has_tagline_words(text):
            continue
        reading = _reading(item, name)
        if "@" in text or (item.segment.confidence < _MIN_COMPANY_OCR and reading is None):
            continue
        strength = max(item.suffix, item.domain, 0.0 if item.prose else item.industry)
        if reading is not None and (reading.cost == 0 or reading.rewritten):
            strength = max(strength, item.domain if reading.cost == 0 else STEM_READ)
        if strength < 0.5:
            continue
        score = strength + 0.1 * item.segment.height / tallest
        if best is None or score > best[0]:
            best = (score, item)
    if best is None:
        best = _wordmark(evidence, name)
    if best is None:
        return None
    score, item = best
    reading = _reading(item, name)
    printed = without_specks(reading.text if reading else item.segment.text)
    indexes = printed.indexes()
    value = repair_legal_form(printed.text.strip(" ,"), region)
    sure = confidence(min(score, 1.0), words, indexes)
    if reading is not None and (reading.rewritten or max(item.suffix, item.domain) < 0.5):
        sure = min(sure, GUESSED_CONFIDENCE)
    return Field(value, sure, indexes), item


def _reading(item: Evidence, name: Evidence | None) -> StemReading | None:
    """The item's reading against the domain, unless it takes in the person's name."""
    reading = item.reading
    if reading is None or (name is not None and name.segment in reading.partner):
        return None
    return reading


def _wordmark(evidence: list[Evidence], name: Evidence | None) -> tuple[float, Evidence] | None:
    """The top-most segment, if it is short, capitalised and at least as large as the name."""
    if not evidence or name is None:
        return None
    top = min(evidence, key=lambda e: e.segment.box.top)
    text = top.segment.text.text
    if (
        top is name
        or top.title
        or top.prose
        or top.name
        or not 1 <= len(text.split()) <= 3
        or top.segment.height < name.segment.height * 0.8
        or top.segment.box.top > name.segment.box.top
        or not all(w[0].isupper() or not w[0].isalpha() for w in text.split())
    ):
        return None
    return 0.35, top


def choose_title(
    evidence: list[Evidence], words: Sequence[Word], name: Evidence | None, company: Evidence | None
) -> Field | None:
    """A role-word segment, preferring the one beside or under the name."""
    best: tuple[float, Evidence] | None = None
    for item in evidence:
        if item is name or item is company or has_tagline_words(item.segment.text.text):
            continue
        score = item.title
        if name is not None and _near(name.segment, item.segment):
            score += 0.1 if score else 0.4 * _plain_title_shape(item)
        if score >= 0.4 and (best is None or score > best[0]):
            best = (score, item)
    if best is None:
        return None
    score, item = best
    text = item.segment.text
    indexes = text.indexes()
    value = text.text
    follower = _continuation(evidence, item, name, company)
    if follower is not None:
        value = f"{value} {follower.segment.text.text}"
        indexes = tuple(sorted(set(indexes) | set(follower.segment.text.indexes())))
    return Field(value, confidence(min(score, 1.0), words, indexes), indexes)


def _plain_title_shape(item: Evidence) -> float:
    """A short line under the name with no other role: a title without a lexicon word."""
    text = item.segment.text.text
    if item.prose or item.name or item.suffix or item.domain or not 1 <= len(text.split()) <= 5:
        return 0.0
    return 1.0


def _continuation(
    evidence: list[Evidence], title: Evidence, name: Evidence | None, company: Evidence | None
) -> Evidence | None:
    """The next line when the title runs on (``Head of`` / ``Global Procurement``)."""
    for item in evidence:
        below = is_right_below(title.segment.box, item.segment.box)
        if item in (title, name, company) or not below:
            continue
        text = item.segment.text.text
        if title.segment.text.text.endswith(_CONTINUATION_ENDS) or text.startswith(
            _CONTINUATION_STARTS
        ):
            return item
    return None
