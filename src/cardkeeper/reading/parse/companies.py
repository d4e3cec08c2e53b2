"""Company names: legal-form suffixes, the e-mail/web domain, and the logo line.

The strongest evidence is a legal form (GmbH, Ltd, S.A. …). Without one, a
line whose letters match the domain stem (``Nordwind Logistik`` and
``nordwind-logistik.de``, or a wordmark ``BRIGHTWAVE`` and ``brightwave.io``)
is the company. A company known only from the domain is left empty: the stem
``bw-tech`` does not say how the company writes its name.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from cardkeeper.reading.parse.domains import fold
from cardkeeper.reading.parse.text import MappedText

_SUFFIXES = (
    r"Inc|Incorporated|LLC|L\.L\.C|LLP|L\.P|LP|Ltd|Limited|Ltée|Limitée|PLC|P\.L\.C|Corp|Corporation|"
    r"Co|Company|GmbH|gGmbH|mbH|AG|KG|KGaA|OHG|GbR|UG|e\.K|e\.V|SE|S\.A|SA|S\.A\.S|SAS|SARL|"
    r"S\.à\s?r\.l|EURL|SCS|S\.L|SL|S\.L\.U|S\.Coop|S\.r\.[l1]|Srl|S\.p\.A|SpA|S\.n\.c|S\.a\.s|"
    r"B\.V|BV|N\.V|NV|V\.O\.F|VOF|Pty|Oy|Oyj|AB|AS|ASA|A/S|ApS|Pte|Bhd|K\.K|Holding|Holdings|"
    r"Group|Gruppe|Groupe|Grupo|Gruppo"
)
_SUFFIX = re.compile(rf"(?<![\w.])(?:{_SUFFIXES})\.?(?![\w])")
_SUFFIX_ANY_CASE = re.compile(_SUFFIX.pattern, re.IGNORECASE)
"""For ALL-CAPS lines, where a legal form is set in capitals too (``ISAR CONSULTING GMBH``)."""
_AMBIGUOUS = frozenset({"CO", "SA", "SL", "SE", "AB", "AS", "NV", "BV", "LP", "KG", "UG", "AG"})
"""Two-letter forms that are also words or initials: they count only at the end of a line."""
_AT_END_ONLY = _AMBIGUOUS | {"COMPANY", "GROUP", "HOLDING", "HOLDINGS"}
_MISREAD_FORMS = {"Sri": "Srl", "SRI": "SRL", "S.r.1": "S.r.l", "S.r.1.": "S.r.l."}
"""Italian legal forms whose final ``l`` OCR reads as ``i`` or ``1``."""
_MISREAD_BY_REGION = {"IT": {"Sl": "Srl"}}
"""Forms misread only in one country's context: ``Sl`` is not how Spain writes S.L., while an
Italian ``Srl`` often loses its thin ``r``."""
_SPECK = re.compile(r"[{}\[\]<>\\|~^_=]")
"""Characters no company name prints: a word holding one at either end is OCR noise."""

_INDUSTRY = re.compile(
    r"\b(?:Consulting|Consultancy|Solutions|Technologies|Technology|Systems|Software|Labs?|"
    r"Studios?|Partners|Associates|Logistics|Logistik|Services|Industries|Bank|Insurance|"
    r"Capital|Ventures|Media|Design|Architects|Agency|Marketing|Engineering|Analytics|"
    r"Network|Networks|Foundation|Institute|University|Université|Universidad|Università|"
    r"Clinic|Hospital|Hotel|Restaurant|Bakery|Brewery|Pharma|Energy|Motors|Trading|"
    r"Verlag|Werke|Bau|Immobilien|Kanzlei|Beratung|Société|Compagnie|Consultores|Servizi|"
    r"Advocaten|Adviesbureau|Makelaardij)\b",
    re.IGNORECASE,
)


def suffix_evidence(text: str) -> float:
    """0.95 when the segment carries a legal form, 0 otherwise."""
    if len(text.split()) < 2:
        return 0.0
    pattern = _SUFFIX_ANY_CASE if text.isupper() else _SUFFIX
    for match in pattern.finditer(text):
        form = match.group(0).rstrip(".").upper()
        at_end = match.end() >= len(text.rstrip(" .,")) - 1
        if form in _AT_END_ONLY and not at_end:
            continue
        return 0.95
    return 0.0


def repair_legal_form(name: str, region: str = "") -> str:
    """The company name with a misread final legal form put right (``Sri`` -> ``Srl``).

    ``region`` is the card's phone region, for forms misread in one country only.
    """
    *rest, last = name.split(" ")
    forms = {**_MISREAD_FORMS, **_MISREAD_BY_REGION.get(region, {})}
    return " ".join([*rest, forms.get(last, last)])


def without_specks(text: MappedText) -> MappedText:
    """The company line without noise words at its ends: ``wa} Williams Associates Inc``."""
    words = text.text.split(" ")
    while len(words) > 1 and _SPECK.search(words[0]):
        text = text.slice(len(words.pop(0)) + 1, len(text.text))
    while len(words) > 1 and _SPECK.search(words[-1]):
        text = text.slice(0, len(text.text) - len(words.pop()) - 1)
    return text


def industry_evidence(text: str) -> float:
    """A sector word (Consulting, Logistik) hints at a company, weakly."""
    return 0.5 if _INDUSTRY.search(text) else 0.0


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
    return best
