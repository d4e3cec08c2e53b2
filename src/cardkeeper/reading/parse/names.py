"""Person names: does a segment have the shape of a name, and what are its parts.

Shape means 2-4 capitalised words without digits (plus prefixes such as Dr. or
Prof., suffixes such as Jr. or PhD, degrees after a comma, initials and
particles such as ``van``), none of them a role word, legal form or everyday
word, each with a vowel, and one of three letters or more. The parts come from
nameparser. Some names have no such shape and need the e-mail or the layout to
vouch for them (one word, lower case, an everyday family name, a word and an
initial): ``one_word_name``, ``lowercase_name_shape``, ``spelled_name_shape``,
``initial_last_name``; ``people`` asks for that evidence.

Spanish names carry two family names (``Sofía García López``: family name
``García López``), where nameparser would read the first as a middle name; see
``two_family_names`` for when a name is taken to follow that custom.

Order: most cards print the given name first. Some print the family name first:
in capitals before a given name that is not (``AYINA OHANDJA Louis-Max``,
``KIM Joong-gyum``), and by custom in China, Korea, Vietnam, Japan and
Hungary; see ``name_order`` for the evidence taken (for Japanese romaji also the
endings of family and given names).

Leading initials before two or more full words (``K. Srinivasa Raju``, the
South Indian custom of the father's or family initial first) are middle
initials: the given name is the first full word. Some South Indian given names
take two words (``Krishna Mohan``): see ``COMPOUND_GIVEN_HEADS``.

Case: an ALL-CAPS or all lower-case name is a typographic choice, not the
spelling, so it is proper-cased everywhere (``ANNA MÜLLER`` -> ``Anna Müller``,
``MCDONALD`` -> ``McDonald``, ``hiroko ikeda`` -> ``Hiroko Ikeda``). A name in
mixed case is kept as printed in ``full``; only its all-caps parts (``Anna
MÜLLER``) are proper-cased in given/family.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from enum import Enum

from nameparser import HumanName

from cardkeeper.reading.parse.companies import suffix_evidence
from cardkeeper.reading.parse.domains import fold, plain
from cardkeeper.reading.parse.name_words import (
    COMPOUND_GIVEN_HEADS,
    EAST_ASIAN_FAMILY,
    EVERYDAY,
    GIVEN_PRINTED_LAST,
    HUNGARIAN_FAMILY,
    JAPANESE_FAMILY,
    SECOND_GIVEN_NAMES,
    VIETNAMESE_FAMILY,
)
from cardkeeper.reading.parse.text import lexicon, one_changed
from cardkeeper.reading.parse.titles import is_role_word

PREFIXES = lexicon(
    "dr dr. prof prof. pr. mr mr. mrs mrs. ms ms. mx mx. miss sir dame herr frau mme mme. mlle "
    "m. sr. sra. srta. don dña dña. dott dott. dott.ssa ing ing. avv. arch. drs drs. ir ir. "
    "mag mag. dipl.-ing. dipl.-kfm. dr.-ing. rev rev. hon hon. lic. mtro. prof.dr. me me. mtre "
    "professor professora professeur"
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
_LOST_APOSTROPHE = re.compile(r"\b([OÓ]) (?=[A-Z][a-z]{2})")
_COMMA_INITIAL = re.compile(r"(?<=[^\W\d_] )([A-ZÀ-ÖØ-Þ]),(?= [A-ZÀ-ÖØ-Þ][^\W\d_])")
"""A middle initial whose dot OCR read as a comma (``Jasmine J, Kelly``): a comma after a
name's first word is the ``Kelly, Jasmine`` order, never one after an initial."""
_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ]\.)?[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’-][^\W\d_]+)*\.?$")
"""A capitalised word, also with an initial set tight before it (``M.Ali``)."""
_INITIAL = re.compile(r"^[A-ZÀ-ÖØ-Þ]\.?$|^(?:[A-ZÀ-ÖØ-Þ]\.){2,3}$")
"""An initial, or two or three set tight (``A.W.``)."""
_BARE_INITIAL = re.compile(r"^[A-ZÀ-ÖØ-Þ]$")
_VOWEL = re.compile(r"[aeiouy]")
_TRIPLE_LETTER = re.compile(r"([a-z])\1\1")
_CREDENTIAL = re.compile(r"^(?:[A-Z][A-Za-z]?\.)+$|^[A-Z]{2,5}®?$")
"""A degree or post-nominal after the name's comma: ``B.S.B.A.``, ``Ph.D.``, ``CPA``,
``PMP®``. A word with lower-case letters after a comma is a given name (``Kim, Sehun``)."""

_EAST_ASIAN_REGIONS = lexicon("CN TW HK MO SG KR")
_SYLLABLE = re.compile(r"^[bcdfghjklmnpqrstvwxz]{0,3}[aeiouy]{1,3}(?:ng|nh|ch|[nmklpth])?$")
"""One syllable of a romanised Chinese, Korean or Vietnamese name (``Zheng``, ``Sung``,
``Phuong``): one group of vowels between a few consonants."""
_ROMAJI = re.compile(
    r"^(?:(?:[kgsztdnhbpmr]y?|sh|ch|ts|j|f|y|w)?[aiueo]|n(?![aiueoy])|[kstpgdbc](?=[kstpgdbc]))+$"
)
"""A Japanese name in romaji: whole syllables (``Inadate``, ``Shimizu``, ``Kotarou``)."""


_JAPANESE_FAMILY_ENDING = re.compile(
    r"(?:da|moto|mura|[kg]awa|yama|[sj]ima|[sz]aki|[hb]ara|guchi|oka|[sz]awa|[hb]ashi|bayashi|"
    r"mori|[td]ori|naka|kubo|uchi|ue|miya)$"
)
"""Endings of Japanese family names: the readings of 田, 本, 村, 川, 山, 島, 崎, 原, 口, 岡,
沢, 橋, 林, 森, 鳥, 中, 久保, 内, 上, 宮."""
_JAPANESE_GIVEN_ENDING = re.compile(r"(?:ko|mi|rou?|suke|hiko|shi|ji|ya|ka|na|yo)$")
"""Endings of Japanese given names: 子, 美, 郎, 介, 彦, 志, 治, 也, 香, 奈, 代."""


class Order(Enum):
    """Which part of a printed name comes first."""

    GIVEN_FIRST = "given first"
    FAMILY_FIRST = "family first"
    """Family name, then the given name (``ZHENG XIAN YAO``: given name ``XIAN YAO``)."""
    FAMILY_MIDDLE_GIVEN = "family, middle, given"
    """Vietnamese: family name, middle names, given name last (``Phan Thanh Phuong``)."""


@dataclass(frozen=True)
class NameParts:
    full: str
    prefix: str
    given: str
    middle: str
    family: str
    suffix: str


def _core_tokens(text: str) -> list[str]:
    text, _ = split_credentials(text)
    tokens = [t.strip(",") for t in text.split() if t.strip(",")]
    while tokens and tokens[0].lower() in PREFIXES:
        tokens.pop(0)
    while tokens and is_suffix(tokens[-1]):
        tokens.pop()
    return tokens


def is_suffix(token: str) -> bool:
    """``Jr.``, ``PhD``, ``Ph.D`` or ``M.B.A.``: dots are printed every which way."""
    return token.lower().replace(".", "") in _BARE_SUFFIXES


def split_credentials(text: str) -> tuple[str, str]:
    """The name and the degrees after its comma: ``Diana Rios, B.S.B.A.`` -> ``Diana Rios``,
    ``B.S.B.A.``; ``Jared Montoya, CPA, EA`` -> ``Jared Montoya``, ``CPA, EA``.

    Post-nominals are printed every which way; what tells them is the comma and their
    letters: capitals, alone or with dots, or a known suffix.
    """
    at = text.find(",")
    while at != -1:
        after = [t.strip(",") for t in text[at + 1 :].split() if t.strip(",")]
        if after and all(is_suffix(t) or _CREDENTIAL.match(t) for t in after):
            return text[:at].rstrip(), text[at + 1 :].strip()
        at = text.find(",", at + 1)
    return text, ""


def is_name_word(token: str) -> bool:
    """A capitalised word or an initial: what a printed name is made of."""
    return bool(_WORD.match(token) or _INITIAL.match(token))


def without_prefixes(text: str) -> str:
    """The text after any leading name prefixes: ``drs. Ruud Visser`` -> ``Ruud Visser``.

    Prefixes such as ``drs.``, ``ir.`` or ``Dott.ssa`` are printed in lower
    case; without them a name can be told from prose by its lower-case words.
    """
    tokens = text.split()
    while tokens and tokens[0].lower() in PREFIXES:
        tokens.pop(0)
    return " ".join(tokens)


def name_shape(text: str, everyday_family: bool = False) -> float:
    """1.0 for a clean name shape, 0.7 for a long (4+ word) one, 0 when it is not a name.

    ``everyday_family`` lets the last word be an everyday word (``Vinay M. More``), for a
    line whose given name the e-mail spells (see ``spelled_name_shape``).
    """
    if any(c.isdigit() for c in text) or any(c in text for c in "@/&+:;!?()[]{}|"):
        return 0.0
    tokens = _core_tokens(text)
    words = [t for t in tokens if t.lower() not in PARTICLES]
    if not 2 <= len(words) <= 4 or tokens[0].lower() in PARTICLES:
        return 0.0
    if suffix_evidence(split_credentials(text)[0]) > 0:
        return 0.0
    for position, token in enumerate(words):
        if _INITIAL.match(token):
            continue
        family = everyday_family and position == len(words) - 1
        everyday = plain(token) in EVERYDAY and not family
        if not _WORD.match(token) or everyday or is_role_word(token):
            return 0.0
        if _SERVICE_ENDING.search(token.rstrip(".")) or not _has_letters_of_a_name(token):
            return 0.0
    if all(_INITIAL.match(t) for t in words[1:]) or _INITIAL.match(words[-1]):
        return 0.0
    if not _has_long_word(words):
        return 0.0
    if len(words) == 2 and _BARE_INITIAL.match(words[0]):
        return 0.0  # ``W TOYOTA``: a letter before one word, without its dot, is a logo's piece
    return 1.0 if len(words) <= 3 else 0.7


def _has_vowel(word: str) -> bool:
    """Every name word has a vowel (``Ng`` aside); ``NTT`` or ``MT`` is letters of a mark."""
    folded = fold(word)
    return bool(_VOWEL.search(folded)) or folded in EAST_ASIAN_FAMILY


def _has_letters_of_a_name(word: str) -> bool:
    """A vowel, and no letter three times over (``ÁLDOQOJ'MMM``: OCR's reading of a pattern)."""
    return _has_vowel(word) and not _TRIPLE_LETTER.search(fold(word))


def _has_long_word(words: list[str]) -> bool:
    """A name has a word of three letters or more, unless it is all East Asian syllables
    (``Li Na``); ``KE AK`` or ``WU B AB`` is OCR's reading of kanji."""
    full = [fold(w) for w in words if not _INITIAL.match(w)]
    short_names = EAST_ASIAN_FAMILY | VIETNAMESE_FAMILY
    return any(len(w) > 2 for w in full) or all(w in short_names for w in full)


def spelled_name_shape(text: str, local_parts: list[str]) -> float:
    """The shape of a line whose first word the e-mail spells, an everyday word allowed as the
    family name (``Vinay M. More`` at ``vinayplasticycle@``); 0 when the e-mail does not, or
    spells the everyday word too (``SUMER ENTERPRISES`` at ``sumerenterprises@``: the firm).
    """
    words = _core_tokens(text)
    if len(words) < 2:
        return 0.0
    first, last = fold(words[0]), fold(words[-1])
    spelled = [fold(local) for local in local_parts if first in fold(local)]
    if len(first) < 3 or not spelled or any(last in local for local in spelled):
        return 0.0
    return name_shape(text, everyday_family=True)


def one_word_name(text: str, local_parts: list[str]) -> bool:
    """A single word the e-mail spells as one part of its local part (``SANDEEP`` at
    ``sandeep.dixit@``), or all of it but for one misread letter (``Youmans`` at
    ``ypumans@``): a person known by one name, or printing only that."""
    word = text.strip()
    if " " in word or not _WORD.match(word) or "." in word or not _has_vowel(word):
        return False
    if plain(word) in EVERYDAY or is_role_word(word) or len(word) < 3:
        return False
    folded = fold(word)
    chunks = [fold(chunk) for local in local_parts for chunk in re.split(r"[._-]", local)]
    return any(chunk == folded or one_changed(chunk, folded, 6) for chunk in chunks)


def initial_last_name(text: str) -> bool:
    """A given name and one initial after it (``Venkatanarayanan S``, ``Niroshan S.``): the
    South Indian custom of the father's or family initial last. As a shape alone it is also a
    block or a phase (``Campus B``), so a role must stand under it (see ``people``)."""
    tokens = _core_tokens(text)
    if len(tokens) != 2 or not _INITIAL.match(tokens[1]) or len(tokens[0]) < 4:
        return False
    word = tokens[0]
    if not _WORD.match(word) or plain(word) in EVERYDAY or is_role_word(word):
        return False
    return _has_vowel(word) and not _SERVICE_ENDING.search(word)


def lowercase_name_shape(text: str) -> bool:
    """Two or three words of letters in lower case, none an everyday word (``hiroko ikeda``):
    a name set in lower case for style, when the e-mail or the region says so."""
    words = text.split()
    if not 2 <= len(words) <= 3 or not text.islower():
        return False
    return all(w.isalpha() and len(w) > 1 and w not in EVERYDAY and _has_vowel(w) for w in words)


def lost_capitals(text: str, local_parts: list[str]) -> list[int]:
    """Where a name's words lost their capital to OCR: ``ashley Garcia, III`` at
    ``ashley_garcia@``. The text sets some words in capitals and others not, and an e-mail
    spells all its words, in order, as its whole local part (a slogan or a firm's line is
    not a mailbox's name); the positions of the lower-case initials, or none."""
    name = split_credentials(text)[0]
    words = [w for w in name.split() if w.lower() not in PARTICLES]
    lower = [m.start() for m in re.finditer(r"(?<!\S)[a-zà-öø-ÿ]", name)]
    if not lower or len(lower) == len(name.split()) or len(words) < 2:
        return []
    folded = "".join(fold(word) for word in name.split())
    if not any(fold(local) == folded for local in local_parts):
        return []
    capitalised = "".join(c.upper() if at in lower else c for at, c in enumerate(name))
    return lower if name_shape(capitalised) else []


def is_romaji(text: str) -> bool:
    """Every word whole Japanese syllables (``yoshihiro muramatsu``)."""
    return all(_ROMAJI.match(fold(word)) for word in text.split())


_ROMAJI_MARKS = frozenset("\u0304\u0302")
"""The macron and circumflex of a long vowel (``Ōno``, ``Tôru``): the only marks romaji has."""


def without_stray_marks(text: str, region: str) -> str:
    """A romaji name on a Japanese card without the marks romaji never has: ``AKỌ`` is
    ``AKO`` with a speck of grain read as a dot below its ``O``."""
    if region != "JP" or not is_romaji(text):
        return text
    letters = unicodedata.normalize("NFD", text)
    kept = "".join(c for c in letters if not unicodedata.combining(c) or c in _ROMAJI_MARKS)
    return unicodedata.normalize("NFC", kept)


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

    Taken so when an e-mail address spells both, set apart from the given name
    (``sgarcialopez``, ``raul.orteganavarro``; ``maksimekineren`` spells a whole
    name in one, whatever its parts), or when the name or the card's country is
    Spanish-speaking and the first of the two is not a given name (``José Luis
    Pérez`` keeps ``Luis`` as a given name).
    """
    words = [t for t in _core_tokens(text) if t.lower() not in PARTICLES]
    if len(words) < 3 or _INITIAL.match(words[-2]):
        return False
    given, paternal, maternal = fold(words[0]), fold(words[-2]), fold(words[-1])
    for local in local_parts:
        chunks = [fold(chunk) for chunk in re.split(r"[._-]", local)]
        whole = any(given + paternal in chunk for chunk in chunks)
        if paternal + maternal in fold(local) and not whole:
            return True
    if paternal in SECOND_GIVEN_NAMES:
        return False
    spanish_letters = any(_SPANISH_LETTERS.search(w) for w in words)
    return region in _SPANISH_REGIONS or spanish_letters or maternal.endswith("ez")


def name_order(text: str, region: str) -> Order:
    """Whether ``text`` is printed family name first, and how the rest reads.

    Capitals tell first: a name that sets some words in capitals and others
    not sets the family name in capitals (``AYINA OHANDJA Louis-Max``,
    ``KIM Joong-gyum``, ``Junya KURODA``). Else the words: a common Chinese or
    Korean family name followed by one-syllable given names (two of them, a
    hyphenated pair as in ``Roh Sung-yeal``, or one on a card from China or
    Korea); a Vietnamese family name before one-syllable names (``DUONG TRAN HA
    PHUONG``; given name last); a common Japanese, Indian or (on a Hungarian card)
    Hungarian family name or given name where custom puts it (``Tanaka Hanako``,
    ``Thummala Kiran``); on a Japanese card, romaji that ends as family names do
    and then as given names do (``Inadori Hanami``). A Western name matches none
    of these.
    """
    words = [w for w in _core_tokens(text) if w.lower() not in PARTICLES]
    if len(words) < 2 or any(_INITIAL.match(w) for w in words):
        return Order.GIVEN_FIRST
    capitals = [w.isupper() and len(w) > 1 for w in words]
    if any(capitals) and not all(capitals):
        return Order.FAMILY_FIRST if capitals[0] and not capitals[-1] else Order.GIVEN_FIRST
    first, last = fold(words[0]), fold(words[-1])
    if _east_asian_family_first(words, region):
        return Order.FAMILY_FIRST
    if _vietnamese_family_first(words, region):
        return Order.FAMILY_MIDDLE_GIVEN
    if len(words) != 2:
        return Order.GIVEN_FIRST
    if _ROMAJI.match(first) and _ROMAJI.match(last) and first in JAPANESE_FAMILY:
        return Order.GIVEN_FIRST if last in JAPANESE_FAMILY else Order.FAMILY_FIRST
    if region == "JP" and _japanese_family_first(first, last):
        return Order.FAMILY_FIRST
    if last in GIVEN_PRINTED_LAST and first not in GIVEN_PRINTED_LAST:
        return Order.FAMILY_FIRST
    hungarian = region == "HU" and first in HUNGARIAN_FAMILY
    return Order.FAMILY_FIRST if hungarian else Order.GIVEN_FIRST


def _japanese_family_first(first: str, last: str) -> bool:
    """``Inadori Hanami`` on a Japanese card: romaji whose first word ends as family names do
    (``-dori``, ``-mura``: the readings of their kanji) and whose last ends as given names do
    (``-mi``, ``-ko``), and neither the other way round. A word that ends both ways ends
    as the longer ending says: ``Amamiya`` (雨宮) ends in the family ``-miya``, not the
    given ``-ya``."""
    if not (_ROMAJI.match(first) and _ROMAJI.match(last)):
        return False
    family = _ending(_JAPANESE_FAMILY_ENDING, first) > _ending(_JAPANESE_GIVEN_ENDING, first)
    given = _ending(_JAPANESE_GIVEN_ENDING, last) > _ending(_JAPANESE_FAMILY_ENDING, last)
    return family and given


def _ending(endings: re.Pattern[str], word: str) -> int:
    """The length of the longest of ``endings`` that ``word`` ends in; 0 for none."""
    return max(
        (len(word) - start for start in range(len(word)) if endings.fullmatch(word, start)),
        default=0,
    )


def _one_syllable_parts(words: list[str]) -> bool:
    return all(_SYLLABLE.match(part) for word in words for part in _fold_parts(word))


def _fold_parts(word: str) -> list[str]:
    """The folded parts of a hyphenated word: ``Sung-yeal`` -> ``sung``, ``yeal``."""
    return [fold(part) for part in word.split("-")]


def _east_asian_family_first(words: list[str], region: str) -> bool:
    """``ZHENG XIAN YAO``, ``Roh Sung-yeal``: a common family name, then given syllables."""
    first, last = fold(words[0]), fold(words[-1])
    if first not in EAST_ASIAN_FAMILY or not _one_syllable_parts(words[1:]):
        return False
    hyphenated = any("-" in word for word in words[1:])
    two_words = last not in EAST_ASIAN_FAMILY and (hyphenated or region in _EAST_ASIAN_REGIONS)
    return len(words) > 2 or two_words


def _vietnamese_family_first(words: list[str], region: str) -> bool:
    """``DUONG TRAN HA PHUONG``: a common family name, then one-syllable names."""
    first, last = fold(words[0]), fold(words[-1])
    if first not in VIETNAMESE_FAMILY or not _one_syllable_parts(words):
        return False
    return len(words) > 2 or (region == "VN" and last not in VIETNAMESE_FAMILY)


def _proper(printed: str, proper: str) -> str:
    return proper if printed.isupper() and len(printed.replace(".", "")) > 1 else printed


def parse_name(text: str, two_family: bool = False, order: Order = Order.GIVEN_FIRST) -> NameParts:
    """Split a printed name into parts; see the module docstring for the case rule.

    ``two_family`` (see ``two_family_names``) moves the last middle word into
    the family name; ``order`` (see ``name_order``) says where the family name
    stands. A lone ``O`` before a surname is ``O'`` whose apostrophe OCR lost
    (``Brodie O Brien``), and a comma after a middle initial its dot (``Jasmine J, Kelly``).
    """
    text = _LOST_APOSTROPHE.sub(r"\1'", " ".join(text.split()))
    text = _COMMA_INITIAL.sub(r"\1.", text)
    if text.islower():
        text = text.upper()
    name, credentials = split_credentials(text)
    if credentials:
        plain_name = parse_name(name, two_family, order)
        suffix = ", ".join(p for p in (plain_name.suffix, credentials) if p)
        return replace(plain_name, full=f"{plain_name.full}, {credentials}", suffix=suffix)
    if order is not Order.GIVEN_FIRST:
        return _family_first(text, order)
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
    given, middle = _compound_given(*_after_initials(given, middle))
    return NameParts(full, prefix, given, middle, family, suffix)


def _compound_given(given: str, middle: str) -> tuple[str, str]:
    """``Krishna Mohan Deshiraju``: the one middle word after a compound's head is the given
    name's second half (see ``COMPOUND_GIVEN_HEADS``)."""
    one_word = len(middle.split()) == 1 and not _INITIAL.match(middle)
    if fold(given) in COMPOUND_GIVEN_HEADS and one_word:
        return f"{given} {middle}", ""
    return given, middle


def _after_initials(given: str, middle: str) -> tuple[str, str]:
    """``K. Srinivasa Raju``: initials before two full words are middle initials, and the
    first full word is the given name (the South Indian custom of the family initial first)."""
    if not _INITIAL.match(given):
        return given, middle
    words = middle.split()
    full = next((i for i, w in enumerate(words) if not _INITIAL.match(w)), None)
    if full is None:
        return given, middle
    initials = [given, *words[:full]]
    return words[full], " ".join(initials + words[full + 1 :])


def _family_first(text: str, order: Order) -> NameParts:
    """The parts of a name printed family name first; all-caps words are proper-cased."""
    tokens = [t.strip(",") for t in text.split() if t.strip(",")]
    prefixes: list[str] = []
    while tokens and tokens[0].lower() in PREFIXES:
        prefixes.append(tokens.pop(0))
    suffixes: list[str] = []
    while tokens and is_suffix(tokens[-1]):
        suffixes.insert(0, tokens.pop())
    caps = [t.isupper() and len(t) > 1 for t in tokens]
    count = caps.index(False) if any(caps) and not all(caps) else 1
    family, rest = tokens[:count], tokens[count:]
    given, middle = rest, []
    if order is Order.FAMILY_MIDDLE_GIVEN:
        given, middle = rest[-1:], rest[:-1]
    shown = [_proper_word(t) for t in tokens] if text.replace(".", "").isupper() else tokens
    return NameParts(
        " ".join([*prefixes, *shown, *suffixes]),
        " ".join(prefixes),
        " ".join(_proper_word(t) for t in given),
        " ".join(_proper_word(t) for t in middle),
        " ".join(_proper_word(t) for t in family),
        " ".join(suffixes),
    )


def _proper_word(word: str) -> str:
    """An all-caps word in proper case (``SUNG-YEAL`` -> ``Sung-Yeal``), others as printed."""
    if not word.isupper() or len(word.replace(".", "")) < 2:
        return word
    proper = HumanName(word)
    proper.capitalize(force=True)
    return str(proper)
