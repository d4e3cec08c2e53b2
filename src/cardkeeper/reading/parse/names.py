"""Person names: does a segment have the shape of a name, and what are its parts.

Shape means 2-4 capitalised words without digits (plus prefixes such as Dr. or
Prof., suffixes such as Jr. or PhD, initials and particles such as ``van``),
none of them a role word, legal form or everyday word. The parts come from
nameparser.

Spanish names carry two family names (``Sofía García López``: family name
``García López``), where nameparser would read the first as a middle name; see
``two_family_names`` for when a name is taken to follow that custom.

Case: an ALL-CAPS name is a typographic choice, not the spelling, so it is
proper-cased everywhere (``ANNA MÜLLER`` -> ``Anna Müller``, ``MCDONALD`` ->
``McDonald``). A name in mixed case is kept as printed in ``full``; only its
all-caps parts (``Anna MÜLLER``) are proper-cased in given/family.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nameparser import HumanName

from cardkeeper.reading.parse.companies import suffix_evidence
from cardkeeper.reading.parse.domains import fold, plain
from cardkeeper.reading.parse.text import lexicon
from cardkeeper.reading.parse.titles import is_role_word

PREFIXES = lexicon(
    "dr dr. prof prof. mr mr. mrs mrs. ms ms. mx mx. miss sir dame herr frau mme mme. mlle "
    "m. sr. sra. srta. don dña dña. dott dott. dott.ssa ing ing. avv. arch. drs drs. ir ir. "
    "mag mag. dipl.-ing. dipl.-kfm. dr.-ing. rev rev. hon hon. lic. mtro. prof.dr. me me. mtre"
)
SUFFIXES = lexicon(
    "jr jr. sr sr. ii iii iv phd ph.d. mba md m.d. cpa esq esq. msc m.sc. bsc b.sc. ma ba "
    "dds rn pe p.e. cfa fca aca mcips meng ll.m. llm mph jd j.d. dphil frcs facs cissp pmp"
)
_BARE_SUFFIXES = frozenset(suffix.replace(".", "") for suffix in SUFFIXES)
PARTICLES = lexicon(
    "van von der den de da di del della dalla du des la le dos das ter ten y e zu bin ibn "
    "al el st. st mac"
)
_EVERYDAY = lexicon(
    """
    the and of for your our we you us with in to at by on a an from since est more best
    new all one my me it is are be get make think act big simple smart better future
    quality trust together innovation excellence service services solutions experts
    world global local home life good great welcome thank thanks hello contact call
    follow visit scan me here now today ihr ihre unser wir und für mit votre notre nous
    et pour avec su nuestro para con y il la nostro per uw onze wij voor met en
    street road avenue suite floor tel fax mobile phone email web
    tax taxes accounting bookkeeping payroll insurance consulting coaching training
    marketing legal realty repairs cleaning catering photography plumbing roofing
    """
)
_SERVICE_ENDING = re.compile(
    r"(?:ção|ções|cion|ción|ciones|tion|tions|sion|sions|ness|ities|dade|dades|logia|logía|"
    r"ungen|heit|keit|ismo|ship|ships|ería|[a-z]{5}ments?)$",
    re.IGNORECASE,
)
"""Endings of nouns for a service or trade (``Procurações``, ``Preparation``,
``Beratungen``, ``Management``), which no given or family name has: a line of them is
a card's list of services, however name-shaped."""
_SPANISH_REGIONS = lexicon("ES MX AR CO CL PE VE EC GT CU BO DO HN PY SV NI CR PA UY PR")
_SPANISH_LETTERS = re.compile("[ñáíóúÑÁÍÓÚ]")
_SECOND_GIVEN_NAMES = lexicon(
    """
    jose maria luis carlos antonio manuel angel miguel ignacio javier francisco pablo alberto
    andres ramon jesus juan pedro carmen isabel elena teresa pilar luisa sofia eugenia victoria
    """
)
"""Spanish given names that are often the second part of a compound (``José Luis``)."""
_LOST_APOSTROPHE = re.compile(r"\b([OÓ]) (?=[A-Z][a-z]{2})")
_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’-][^\W\d_]+)*\.?$")
_INITIAL = re.compile(r"^[A-ZÀ-ÖØ-Þ]\.?$")


@dataclass(frozen=True)
class NameParts:
    full: str
    prefix: str
    given: str
    middle: str
    family: str
    suffix: str


def _core_tokens(text: str) -> list[str]:
    tokens = [t.strip(",") for t in text.split() if t.strip(",")]
    while tokens and tokens[0].lower() in PREFIXES:
        tokens.pop(0)
    while tokens and is_suffix(tokens[-1]):
        tokens.pop()
    return tokens


def is_suffix(token: str) -> bool:
    """``Jr.``, ``PhD``, ``Ph.D`` or ``M.B.A.``: dots are printed every which way."""
    return token.lower().replace(".", "") in _BARE_SUFFIXES


def without_prefixes(text: str) -> str:
    """The text after any leading name prefixes: ``drs. Ruud Visser`` -> ``Ruud Visser``.

    Prefixes such as ``drs.``, ``ir.`` or ``Dott.ssa`` are printed in lower
    case; without them a name can be told from prose by its lower-case words.
    """
    tokens = text.split()
    while tokens and tokens[0].lower() in PREFIXES:
        tokens.pop(0)
    return " ".join(tokens)


def name_shape(text: str) -> float:
    """1.0 for a clean name shape, 0.7 for a long (4+ word) one, 0 when it is not a name."""
    if any(c.isdigit() for c in text) or any(c in text for c in "@/&+:;!?()[]{}|"):
        return 0.0
    tokens = _core_tokens(text)
    words = [t for t in tokens if t.lower() not in PARTICLES]
    if not 2 <= len(words) <= 4 or tokens[0].lower() in PARTICLES:
        return 0.0
    if suffix_evidence(text) > 0:
        return 0.0
    for token in words:
        if _INITIAL.match(token):
            continue
        if not _WORD.match(token) or plain(token) in _EVERYDAY or is_role_word(token):
            return 0.0
        if _SERVICE_ENDING.search(token.rstrip(".")):
            return 0.0
    if all(_INITIAL.match(t) for t in words[1:]) or _INITIAL.match(words[-1]):
        return 0.0
    return 1.0 if len(words) <= 3 else 0.7


def matches_email(text: str, local_parts: list[str]) -> bool:
    """Whether the name's family name (or a long given name) is in an e-mail's local part."""
    words = [w for w in _core_tokens(text) if len(w.strip(".")) > 2]
    for local in local_parts:
        local_folded = fold(local)
        for word in words:
            if fold(word) in local_folded or plain(word) in local_folded:
                return True
    return False


def two_family_names(text: str, local_parts: list[str], region: str) -> bool:
    """Whether the last two words of a 3+ word name are both family names (Spanish custom).

    Taken so when an e-mail address spells both (``sgarcialopez``), or when the
    name or the card's country is Spanish-speaking and the first of the two is
    not a given name (``José Luis Pérez`` keeps ``Luis`` as a given name).
    """
    words = [t for t in _core_tokens(text) if t.lower() not in PARTICLES]
    if len(words) < 3 or _INITIAL.match(words[-2]):
        return False
    paternal, maternal = fold(words[-2]), fold(words[-1])
    if any(paternal + maternal in fold(local) for local in local_parts):
        return True
    if paternal in _SECOND_GIVEN_NAMES:
        return False
    spanish_letters = any(_SPANISH_LETTERS.search(w) for w in words)
    return region in _SPANISH_REGIONS or spanish_letters or maternal.endswith("ez")


def _proper(printed: str, proper: str) -> str:
    return proper if printed.isupper() and len(printed.replace(".", "")) > 1 else printed


def parse_name(text: str, two_family: bool = False) -> NameParts:
    """Split a printed name into parts; see the module docstring for the case rule.

    ``two_family`` (see ``two_family_names``) moves the last middle word into
    the family name. A lone ``O`` before a surname is ``O'`` whose apostrophe
    OCR lost (``Brodie O Brien``).
    """
    text = _LOST_APOSTROPHE.sub(r"\1'", " ".join(text.split()))
    printed = HumanName(text)
    proper = HumanName(text)
    proper.capitalize(force=True)
    parts = [
        _proper(getattr(printed, attr), getattr(proper, attr))
        for attr in ("title", "first", "middle", "last", "suffix")
    ]
    prefix, given, middle, family, suffix = parts
    if two_family and middle and not _INITIAL.match(middle.split()[-1]):
        *rest, paternal = middle.split()
        middle, family = " ".join(rest), f"{paternal} {family}"
    if text.replace(".", "").isupper():
        comma = ", " if "," in text else " "
        full = " ".join(p for p in (prefix, given, middle, family) if p)
        full = full + comma + suffix if suffix else full
    else:
        full = text.rstrip(",")
    return NameParts(full, prefix, given, middle, family, suffix)
