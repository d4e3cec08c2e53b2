"""Company names: legal-form suffixes, the e-mail/web domain, and the logo line.

The strongest evidence is a legal form (GmbH, Ltd, S.A. …). Without one, a
line whose letters match the domain stem (``Nordwind Logistik`` and
``nordwind-logistik.de``, or a wordmark ``BRIGHTWAVE`` and ``brightwave.io``)
is the company. A company known only from the domain is left empty: the stem
``bw-tech`` does not say how the company writes its name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import cache

from cardkeeper.reading.parse.domains import fold
from cardkeeper.reading.parse.text import MappedText
from cardkeeper.reading.words import Word

_SUFFIXES = (
    r"Inc|Incorporated|LLC|L\.L\.C|LLP|L\.P|LP|Ltd|Limited|Ltée|Limitée|PLC|P\.L\.C|Corp|Corporation|"
    r"Co|Company|GmbH|gGmbH|mbH|AG|KG|KGaA|OHG|GbR|UG|e\.K|e\.V|SE|S\.A|SA|S\.A\.S|SAS|SARL|"
    r"S\.à\s?r\.l|EURL|SCS|S\.L|SL|S\.L\.U|S\.Coop|S\.r\.[l1]|Srl|S\.p\.A|SpA|S\.n\.c|S\.a\.s|"
    r"B\.V|BV|N\.V|NV|V\.O\.F|VOF|Pty|Oy|Oyj|AB|AS|ASA|A/S|ApS|Pte|Bhd|K\.K|Pvt|TNHH|"
    r"Holding|Holdings|Group|Gruppe|Groupe|Grupo|Gruppo"
)
_SUFFIX = re.compile(rf"(?<![\w.])(?:{_SUFFIXES})\.?(?![\w])")
_SUFFIX_ANY_CASE = re.compile(_SUFFIX.pattern, re.IGNORECASE)
"""For ALL-CAPS lines, where a legal form is set in capitals too (``ISAR CONSULTING GMBH``)."""
_AMBIGUOUS = frozenset({"CO", "SA", "SL", "SE", "AB", "AS", "NV", "BV", "LP", "KG", "UG", "AG"})
"""Two-letter forms that are also words or initials: they count only at the end of a line."""
_AT_END_ONLY = _AMBIGUOUS | {"COMPANY", "GROUP", "HOLDING", "HOLDINGS"}
_GROUP_FORMS = frozenset({"GROUP", "GRUPPE", "GROUPE", "GRUPO", "GRUPPO", "HOLDING", "HOLDINGS"})
"""A group or holding is often the brand printed over the card's own company (``SINO GROUP``
above ``Sino Land Company Limited``): it counts a little less than a legal form."""
_MISREAD_FORMS = {
    "Sri": "Srl", "SRI": "SRL", "S.r.1": "S.r.l", "S.r.1.": "S.r.l.", "Sr!": "Srl",
    "SR!": "SRL", "S.r.!": "S.r.l", "S.r.!.": "S.r.l.",
}  # fmt: skip
"""Italian legal forms whose final ``l`` OCR reads as ``i``, ``1`` or ``!``."""
_SIGNED_FORMS = frozenset(form for form in _MISREAD_FORMS if not form.replace(".", "").isalpha())
"""Misread forms no word is spelled like (``Sr!``, ``S.r.1``): a legal form wherever read,
while ``Sri`` is also an honorific."""
_PRIVATE = re.compile(r"(?:Pvt|Pty|Private)[.,]?", re.IGNORECASE)
_MISREAD_LTD = re.compile(r"(LT|Lt)[IlO0](\.?)")
"""``Pvt. LTI``: after a private company's ``Pvt`` or ``Pty`` comes ``Ltd``, whose ``D`` OCR
reads as ``I`` or ``O`` when its bowl is faint."""
_MISREAD_BY_REGION = {"IT": {"Sl": "Srl"}}
"""Forms misread only in one country's context: ``Sl`` is not how Spain writes S.L., while an
Italian ``Srl`` often loses its thin ``r``."""
_SPECK = re.compile(r"[{}\[\]<>\\|~^_=]")
"""Characters no company name prints: a word holding one at either end is OCR noise."""

_INDUSTRY = re.compile(
    r"\b(?:Consulting|Consultancy|Solutions|Technologies|Technology|Systems|Software|Labs?|"
    r"Studios?|Partners|Associates|Logistics|Logistik|Services|Industries|Bank|Insurance|"
    r"Capital|Ventures|Media|Design|Architects|Agency|Marketing|Engineering|Analytics|"
    r"Network|Networks|Foundation|Clinic|Hospital|Hotel|Restaurant|Ristorante|Trattoria|"
    r"Bakery|Brewery|Pharma|Energy|Motors|Trading|Enterprises?|Impex|Exports?|Exporters|"
    r"Printers|Polymers|Plastics|Instruments|Accounting|Productions|Inn|Spa|Press|Council|"
    r"Furniture|Farms?|Verlag|Werke|Bau|Immobilien|Kanzlei|Beratung|Société|Compagnie|"
    r"Consultores|Servizi|Advocaten|Adviesbureau|Makelaardij|Shokai|Shoji|Shoten|Sangyo|Kogyo|"
    r"Seisakusho|Soluciones|Soluções|Soluzioni|Lösungen|Oplossingen|Transportes|Trasporti|"
    r"Transports|Ingeniería|Ingegneria|Ingénierie|Tecnología|Tecnologia|Technologie|Techniek|"
    r"Installaties|Bodegas)\b",
    re.IGNORECASE,
)
_INSTITUTION = re.compile(
    r"\b(?:University|Université|Universidad|Università|Universität|Institute|Institut|"
    r"Instituto|Istituto|College|Academy|Akademie|Académie|Academia)\b",
    re.IGNORECASE,
)
"""A named school or research body: it outweighs a department line on the same card
(``THE GEORGE WASHINGTON UNIVERSITY`` over ``Department of Chemistry``)."""
_DEPARTMENT = re.compile(
    r"^(?:Dept\.?|Department|Ministry|School|Faculty|Division|Div\.)\s+(?:of|for)\b",
    re.IGNORECASE,
)
"""A unit of a larger body: the company only when nothing larger is named (``Department of
Telecommunications`` over ``Ministry of Communications``), else neither company nor title."""
_UNIT_END = re.compile(r"\b(?:Division|Department|Dept\.?)$", re.IGNORECASE)
"""``Hotel Division``, ``Sales Department``: a unit of the card's company, whose sector word
names no company of its own."""
_GENERIC = frozenset({"private", "public", "international", "national", "global", "general"})
"""Words that, like sector words and legal forms, name no company by themselves."""
_CONNECTORS = frozenset(
    {"of", "and", "&", "for", "the", "de", "du", "des", "la", "le", "et", "y", "e", "und", "für"}
)
_CONNECTOR_END = re.compile(r"(?:\s(?:of|and|for|the|de|du|des|la|et|y|und|für)|\s?&|,)$", re.I)
_CONNECTOR_START = re.compile(r"^(?:of|and|for|de|du|des|et|y|und|für|&)\s", re.I)
_TOKEN = re.compile(r"[^\W\d_]+|&")


def suffix_evidence(text: str) -> float:
    """0.95 when the segment carries a legal form (``Sr!`` misread too), 0.9 for a group or
    holding alone, 0 otherwise."""
    if len(text.split()) < 2:
        return 0.0
    head, _, last = text.rstrip().rpartition(" ")
    if last in _SIGNED_FORMS:
        text = f"{head} {_MISREAD_FORMS[last]}"
    pattern = _SUFFIX_ANY_CASE if text.isupper() else _SUFFIX
    best = 0.0
    for match in pattern.finditer(text):
        form = match.group(0).rstrip(".").upper()
        at_end = match.end() >= len(text.rstrip(" .,")) - 1
        if form in _AT_END_ONLY and not at_end:
            continue
        if form in _AMBIGUOUS and not _named_before(text, match.start()):
            continue
        best = max(best, 0.9 if form in _GROUP_FORMS else 0.95)
    return best


def _named_before(text: str, start: int) -> bool:
    """A two-letter form that is also initials needs a name of some length before it and no
    bracket (not ``Deputy Director General (SA)``, nor noise like ``WU B AB``)."""
    before = text[:start]
    return not before.endswith("(") and any(len(t) >= 3 for t in _TOKEN.findall(before))


def repair_legal_form(name: str, region: str = "") -> str:
    """The company name with a misread final legal form put right (``Sri`` -> ``Srl``).

    ``region`` is the card's phone region, for forms misread in one country only.
    """
    *rest, last = name.split(" ")
    forms = {**_MISREAD_FORMS, **_MISREAD_BY_REGION.get(region, {})}
    misread_ltd = _MISREAD_LTD.fullmatch(last)
    if rest and _PRIVATE.fullmatch(rest[-1]) and misread_ltd:
        lt, dot = misread_ltd.groups()
        last = f"{lt}{'D' if lt == 'LT' else 'd'}{dot}"
    words = [*(_capital_i(word) for word in rest), forms.get(last, _capital_i(last))]
    return " ".join(_letter_o(word) for word in words)


def _capital_i(word: str) -> str:
    """``loT`` -> ``IoT``: a word starting with ``l`` and holding a capital began with a capital
    I, which OCR reads as ``l`` (no lower-case word carries a capital further on)."""
    if len(word) > 2 and word[0] == "l" and word[1].isalpha() and any(c.isupper() for c in word):
        return "I" + word[1:]
    return word


def _letter_o(word: str) -> str:
    """``ILB0`` -> ``ILBO``: in a word of capitals whose only digits are zeros, each zero is
    the letter O (a number such as ``3M`` or ``B2B`` holds other digits)."""
    letters = [c for c in word if c.isalpha()]
    digits = {c for c in word if c.isdigit()}
    if digits == {"0"} and len(letters) >= 2 and all(c.isupper() for c in letters):
        return word.replace("0", "O")
    return word


def without_icon(text: MappedText, words: Sequence[Word]) -> MappedText:
    """The line without an icon OCR read as its first word (``O HANSUNGCOMPUTER CO.,LTD``,
    ``e United States Senator``): a lone sign or lower-case letter, or a lone character set
    apart from the next word by a column gap. A name never starts so."""
    first, _, rest = text.text.partition(" ")
    if len(first) != 1 or not rest:
        return text
    start = len(first) + 1
    if (first.isdigit() or first.isupper()) and not _set_apart(text, start, words):
        return text
    return text.slice(start, len(text.text))


_ICON_GAP = 1.4
"""Text heights between an icon and the line's first word (a word space is about 0.3)."""


def _set_apart(text: MappedText, start: int, words: Sequence[Word]) -> bool:
    """The first character's word ends more than a column gap before the word at ``start``."""
    own, after = text.indexes(0, 1), text.indexes(start, start + 1)
    if not own or not after:
        return False
    left, right = words[own[0]].box, words[after[0]].box
    return right.left - left.right > _ICON_GAP * right.height


def without_ornament(text: MappedText, spellings: Sequence[str]) -> MappedText:
    """The line without an ornament OCR read as an accented capital before a wordmark in
    capitals: a crown drawn over the ``S`` of ``SELVAM`` read ``ŽSELVAM``. The card's e-mail
    or web address (``spellings``: domain stems, mailbox local parts) spells the word
    without that letter and not with it; a name that does start so keeps it, as its address
    spells it too (``ŠKODA`` at skoda-auto.com, ``ČSOB`` at csob.cz)."""
    folded = [fold(spelling) for spelling in spellings]

    def kept(match: re.Match[str]) -> str:
        letter, rest = match[1], fold(match[2])
        if not letter.isupper() or any(fold(letter) + rest in spelled for spelled in folded):
            return letter
        return "" if any(rest in spelled for spelled in folded) else letter

    return text.sub(_ORNAMENT_CAPITAL, kept)


_ORNAMENT_CAPITAL = re.compile(r"(?<!\S)([\u00c0-\u024f])(?=([A-Z]{4,})(?![\w]))")
"""An accented capital first in a word of four plain capitals more."""


def without_specks(text: MappedText) -> MappedText:
    """The company line without noise words at its ends: ``wa} Williams Associates Inc``."""
    words = text.text.split(" ")
    while len(words) > 1 and _SPECK.search(words[0]):
        text = text.slice(len(words.pop(0)) + 1, len(text.text))
    while len(words) > 1 and _SPECK.search(words[-1]):
        text = text.slice(0, len(text.text) - len(words.pop()) - 1)
    return text


def industry_evidence(text: str) -> float:
    """A sector word (Consulting, Logistik) hints at a company, weakly; a school or
    institute's name a little more (see ``_INSTITUTION``)."""
    if is_department(text) or _UNIT_END.search(text.rstrip()):
        return 0.0
    if _INSTITUTION.search(text):
        return 0.6
    return 0.5 if _INDUSTRY.search(text) or _spells_own_acronym(text) else 0.0


def ends_in_sector(text: str) -> bool:
    """Three words or more ending in a sector word name a business, however name-shaped
    (``Yamada Rice Farm``); a person's name of two may end in one (``Anna Bank``)."""
    tokens = _TOKEN.findall(text)
    return len(tokens) >= _SECTOR_NAME_WORDS and bool(_INDUSTRY.fullmatch(tokens[-1]))


_SECTOR_NAME_WORDS = 3
"""Words of the shortest line a sector word at its end makes a business."""


def _spells_own_acronym(text: str) -> bool:
    """``Audit Bureau of Circulation (ABC)``: a body's name followed by its initials."""
    match = re.search(r"^(.+?)\s*\(([A-Z]{2,6})\)\s*$", text)
    if match is None:
        return False
    words = [w for w in _TOKEN.findall(match.group(1)) if w.lower() not in _CONNECTORS]
    return "".join(w[0] for w in words).upper() == match.group(2)


def is_department(text: str) -> bool:
    """``Department of Chemistry``, ``School of Engineering``, ``Ministry of Communications``."""
    return bool(_DEPARTMENT.match(text))


def stands_alone(text: str) -> bool:
    """Whether the line names a company by itself: it has a word that is no legal form,
    sector word or connector (``Private Limited``, ``UNIVERSITY OF`` do not)."""
    return any(not _generic(token) for token in _TOKEN.findall(text.replace("(P)", " ")))


def is_legal_form(text: str) -> bool:
    """The line is a legal form and nothing else (``LIMITED``, ``Pvt. Ltd.``)."""
    tokens = _TOKEN.findall(text)
    return bool(tokens) and all(
        _SUFFIX_ANY_CASE.fullmatch(token) or token.lower() == "private" for token in tokens
    )


def is_form_word(word: str) -> bool:
    """One word that is a legal form, as printed or as OCR misreads it (``S.r.1.``)."""
    return bool(_SUFFIX_ANY_CASE.fullmatch(word)) or word in _MISREAD_FORMS


def runs_on(upper: str, lower: str) -> bool:
    """One name over two lines: the first ends in ``of``, ``&`` or a comma, or the second
    starts with a connector (``NTT DATA INSTITUTE OF`` / ``MANAGEMENT CONSULTING, Inc.``)."""
    return bool(_CONNECTOR_END.search(upper.rstrip()) or _CONNECTOR_START.match(lower))


def has_name_letters(text: str) -> bool:
    """Noise is no company: a name has a word of two letters or more besides its legal
    form, and more letters than digits (not ``681/24/9 Au Co``, ``600409``, ``q``)."""
    letters = sum(c.isalpha() for c in _without_suffix(text))
    digits = sum(c.isdigit() for c in text)
    words = [t for t in _TOKEN.findall(_without_suffix(text)) if len(t) >= 2]
    return bool(words) and letters > digits


def _generic(token: str) -> bool:
    lowered = token.lower()
    return bool(
        lowered in _CONNECTORS
        or lowered in _GENERIC
        or _SUFFIX_ANY_CASE.fullmatch(token)
        or _INDUSTRY.fullmatch(token)
        or _INSTITUTION.fullmatch(token)
    )


def _without_suffix(text: str) -> str:
    return _SUFFIX.sub(" ", text)


def domain_match(text: str, stems: list[str]) -> float:
    """How well a segment's letters match a domain stem: 0.85 when they name the same company.

    Compared on folded letters, so ``Nordwind Logistik GmbH`` matches
    ``nordwind-logistik`` and ``BRIGHTWAVE`` matches ``brightwave``; initials
    (``International Business Machines`` vs ``ibm``) count too.
    """
    letters = fold(_without_suffix(text))
    if len(letters) < 3:
        return 0.0
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_]+", text)).lower()
    best = 0.0
    for stem in stems:
        stem_letters = fold(stem)
        if len(stem_letters) < 3:
            continue
        if letters == stem_letters or (len(initials) >= 3 and initials == stem_letters):
            return 0.9
        if stem_letters in letters or letters in stem_letters:
            shorter = min(len(letters), len(stem_letters))
            best = max(best, 0.85 if shorter >= 4 else 0.6)
            continue
        if SequenceMatcher(None, letters, stem_letters).ratio() >= 0.8:
            best = max(best, 0.75)
        elif _abbreviates(stem_letters, text):
            best = max(best, 0.85)
    return best


def _abbreviates(stem: str, text: str) -> bool:
    """Whether the stem is made of the first letters of the words of an organisation's name,
    in order (``pittstate`` of ``Pittsburg State University``, ``bitspilani`` of ``Birla
    Institute of Technology & Science, Pilani``): each word gives its start, connectors and
    sector words may give nothing, and at least two words give letters.

    Only names with an organisation word are read so, or a person's name would spell
    the ``jsmith`` of his own domain.
    """
    if not (_INSTITUTION.search(text) or _INDUSTRY.search(text) or suffix_evidence(text)):
        return False
    tokens = [fold(t) for t in _TOKEN.findall(text) if fold(t)]

    @cache
    def spelled(at: int, word: int, used: int) -> bool:
        if at == len(stem):
            return used >= 2 and all(_generic(t) for t in tokens[word:])
        if word == len(tokens):
            return False
        token = tokens[word]
        if _generic(token) and spelled(at, word + 1, used):
            return True
        return any(
            stem[at : at + size] == token[:size] and spelled(at + size, word + 1, used + 1)
            for size in range(1, min(len(token), len(stem) - at) + 1)
        )

    return spelled(0, 0, 0)
