"""The company chosen among the card's free segments, after the person's name.

The legal form, the domain's name or a sector word; the name written out in full
over its wordmark; a name printed over two lines, or cut into columns, read whole;
a mark that starts the name over its legal line; the brand of a logo OCR could not
read from the domain; Vietnamese set phrases spelled with their tone marks; with nothing
else, the words a mailbox at a mail provider spells, weakly, the wordmark at the top or
the largest one, and last, unsure, the domain's stem when a logo read as noise vouches
for it (see ``choose_company``).
"""

from __future__ import annotations

from collections.abc import Sequence

from cardkeeper.reading.fields import GUESSED_CONFIDENCE, Field
from cardkeeper.reading.parse.companies import (
    domain_match,
    is_form_word,
    repair_legal_form,
    stands_alone,
    without_icon,
    without_ornament,
    without_specks,
)
from cardkeeper.reading.parse.company_fallbacks import (
    AROUND,
    department,
    large_mark,
    mail_name,
    wordmark,
)
from cardkeeper.reading.parse.company_lines import (
    MIN_COMPANY_OCR,
    first_of_stack,
    grown,
    is_noise,
    stem_runs_below,
)
from cardkeeper.reading.parse.company_vietnamese import vietnamese_spelling
from cardkeeper.reading.parse.contacts import confidence
from cardkeeper.reading.parse.domain_company import domain_company
from cardkeeper.reading.parse.domains import fold, spells_address
from cardkeeper.reading.parse.layout import (
    Segment,
    has_lowercase_words,
    has_tagline_words,
    is_beside,
)
from cardkeeper.reading.parse.people import Evidence
from cardkeeper.reading.parse.text import MappedText
from cardkeeper.reading.parse.wordmarks import StemReading, joined
from cardkeeper.reading.words import Word

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
    schools: Sequence[str] = (),
) -> tuple[Field, Evidence] | None:
    """Legal form, else the domain's name, else a sector word; a top wordmark only weakly.

    A segment holding an ``@`` is a damaged e-mail (its domain matches the
    company's), and one OCR is unsure of is more likely noise that happens to
    end in ``SA`` — unless its letters spell the domain stem (see ``wordmarks``),
    which is then read with the stem's letters. The name written out in full
    beats its wordmark (``_fuller``), the first of two company lines stacked
    alike is the company (``first_of_stack``), a mark that spells the domain
    with the line under it starts the name (``_mark_over``), and a name printed
    over two lines is read whole (``grown``), with the line under it whose start the domain
    spells after it (``stem_runs_below``); an icon before it is dropped.
    ``region`` is the phones' region (see ``repair_legal_form``); ``stems`` are the
    domain stems, for a brand OCR could not read in its logo (``_brand_before``);
    ``mail_locals`` the local parts of addresses at a mail provider (``mail_name``);
    ``schools`` the stems of academic hosts (``domain_company``).
    A name OCR cut inside a word is no candidate (``_cut_name``).
    """
    cut = _cut_name(evidence, words, stems)
    evidence = [e for e in evidence if not cut.intersection(e.segment.text.indexes())]
    candidates = _candidates(evidence, words, name, stems)
    best = max(candidates, key=lambda c: c[0]) if candidates else None
    if best is not None:
        best = first_of_stack(_fuller(best, candidates, name), candidates)
        best = _mark_over(best, candidates, name)
    if best is None:
        best = (
            department(evidence, name)
            or mail_name(evidence, words, name, mail_locals)
            or wordmark(evidence, words, name)
            or large_mark(evidence, words, name)
        )
    if best is None:
        return domain_company(evidence, name, stems, schools)
    score, item = best
    reading = _reading(item, name)
    if reading is not None and (reading.rewritten or reading.partner):
        printed = without_specks(_with_rest(reading))
    else:
        own = reading.text if reading is not None else item.segment.text
        group = grown(item, evidence, name)
        if (below := stem_runs_below(group, evidence, name, stems)) is not None:
            group.append(below)
        printed = without_specks(
            joined([own if part is item else part.segment.text for part in group])
        )
    printed = without_ornament(without_icon(printed, words), [*stems, *mail_locals])
    indexes = printed.indexes()
    value = repair_legal_form(_without_mark(printed.text.strip(AROUND)), region)
    value = vietnamese_spelling(value)
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
        if is_noise(item) or spells_address(text, stems):
            continue
        if item.segment.confidence < MIN_COMPANY_OCR and reading is None:
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
    return bool(letters) and any(s.startswith(letters) and s != letters for s in map(fold, stems))


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
    group = grown(item, evidence, name)
    return stands_alone(" ".join(part.segment.text.text for part in group))


def _without_brands(text: str) -> str:
    """The text without words that start in lower case and hold a capital further on
    (``IoT`` read ``loT``): a brand misread, not a lower-case word of a sentence."""
    return " ".join(word for word in text.split() if not _brand(word))


def _brand(word: str) -> bool:
    return len(word) >= 3 and word[:2].islower() and any(c.isupper() for c in word[2:])


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
