"""The company spelled by the domain, when its logo is on the card but OCR could not read it.

A logo read as noise (``DaS INSIS US`` for DELTA INSTALLATIES at deltainstallaties.nl)
or cut short (``BOLD CRE4`` at boldcreative.co.jp) leaves no company line, yet its
letters still start like the domain's stem and follow it loosely: the stem names the
firm. Taking the stem on every card would be wrong as often as right (a card whose
company is printed in kanji, a person's own domain, a firm that prints only its
domain), so a line must vouch for it, and the value is marked unsure for the user to
check.
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher
from itertools import pairwise

from cardkeeper.reading.fields import GUESSED_CONFIDENCE, Field
from cardkeeper.reading.parse.domains import fold
from cardkeeper.reading.parse.people import Evidence
from cardkeeper.reading.parse.text import shared_start
from cardkeeper.reading.parse.wordmarks import MIN_STEM, is_contact

_UNSURE_LINE = 0.5
"""Mean OCR confidence under which a line is a logo read as noise rather than words."""
_PREFIX = 4
"""Letters of the stem a line read surely must start with to be its logo cut short."""
_LIKENESS = 0.4
"""How closely (``SequenceMatcher`` ratio) a line's letters must follow the stem's."""
_FEWEST = 0.5
"""Part of the stem's letters a line holds at least: fewer are a fragment of anything
(``CONN`` at connollymusic.com)."""
_MOST = 1.5
"""Times the stem's letters a line holds at most: more name more than the stem does
(``Hosaunmesy`` for HOSEI University at hosei.ac.jp), however noisy the logo."""
_SCHOOL_WORD = "university"
"""What a school's logo sets after the short name its academic domain spells."""


def domain_company(
    evidence: Sequence[Evidence],
    name: Evidence | None,
    stems: Sequence[str],
    schools: Sequence[str] = (),
) -> tuple[Field, Evidence] | None:
    """The stem as the company, unsure, when a line not the person's spells its start.

    The line starts with the stem's first letter and its letters follow the stem's
    loosely; it is either read unsurely (a logo OCR turned into noise) or read surely
    with the stem's first four letters at least (``BOLD CRE4``). The stem breaks into
    words where its hyphens are and where the line's words break within the letters
    they share; it takes the line's capitals.

    A school's stem (``schools``: an academic host's, which registries give to schools
    alone) is also tried with ``University`` after it, for a logo line too long for the
    stem alone whose letters run on like that word (``Hosaunmesy`` at hosei.ac.jp):
    a university's domain is its short name, its logo the name in full."""
    for stem in [*stems, *(f"{school}-{_SCHOOL_WORD}" for school in schools)]:
        letters = fold(stem)
        if len(letters) < MIN_STEM:
            continue
        for item in evidence:
            if item is name or item.title or item.name:
                continue
            text = item.segment.text.text
            if is_contact(text) or _has_number(text):
                continue
            if not _vouches(fold(text), letters, item.segment.confidence):
                continue
            value = _in_case_of(_words_of(stem, text), text)
            indexes = tuple(item.segment.text.indexes())
            return Field(value, GUESSED_CONFIDENCE, indexes), item
    return None


def _has_number(text: str) -> bool:
    """A number of no letters (``3-7-2``) makes the line an address or a phone, no logo; a
    digit inside a word is a misread letter (``CRE4``), a lone sign a speck."""
    return any(
        any(c.isdigit() for c in word) and not any(c.isalpha() for c in word)
        for word in text.split()
    )


def _vouches(line: str, stem: str, ocr: float) -> bool:
    """The line's letters are the stem's logo: its start, about its length, alike enough,
    and either noise to OCR or a sure start of four letters."""
    if not line or line[0] != stem[0]:
        return False
    if not _FEWEST <= len(line) / len(stem) <= _MOST:
        return False
    if SequenceMatcher(None, line, stem).ratio() < _LIKENESS:
        return False
    return ocr < _UNSURE_LINE or shared_start(line, stem) >= _PREFIX


def _words_of(stem: str, text: str) -> str:
    """The stem's letters cut into words at its hyphens and where the line's words break
    within the start it shares with the stem (``BOLD CRE4`` cuts ``boldcreative`` after
    ``bold``)."""
    words = [letters for part in stem.split("-") if (letters := fold(part))]
    whole = "".join(words)
    shared = shared_start(fold(text), whole)
    cuts: set[int] = set()
    at = 0
    for word in text.split()[:-1]:
        at += len(fold(word))
        if 0 < at < shared:
            cuts.add(at)
    at = 0
    for word in words[:-1]:
        at += len(word)
        cuts.add(at)
    edges = [0, *sorted(cuts), len(whole)]
    return " ".join(whole[a:b] for a, b in pairwise(edges))


def _in_case_of(value: str, text: str) -> str:
    """In capitals when most of the line's letters are, else each word capitalised."""
    letters = [c for c in text if c.isalpha()]
    upper = 2 * sum(c.isupper() for c in letters) > len(letters)
    return value.upper() if upper else value.title()
