"""Postal addresses: which lines are street, postcode/city or country lines.

An address is recognised by its parts, not its position: a house number next to
a street word, a postcode in a country's format, a country name. The postcode
format also tells the phones' default region when it is unambiguous (a UK or
Canadian postcode, a US state and ZIP) — five digits alone could be DE, FR, ES
or IT, so they tell nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cardkeeper.postal.countries import COUNTRY_NAMES
from cardkeeper.postal.japan import PREFECTURES
from cardkeeper.postal.places import CITIES
from cardkeeper.postal.regions import AU_STATES, CA_PROVINCES, US_STATES, one_of
from cardkeeper.postal.streets import STREET_SUFFIXES, STREET_WORDS
from cardkeeper.reading.parse.text import MappedText

_STREET = re.compile(
    rf"\b\d{{1,5}}[a-zA-Z]?,?\s+(?:[\w'.-]+\s+){{0,4}}(?:{STREET_WORDS})\b\.?"
    rf"|\b(?:{STREET_WORDS})\.?\s+(?:[\w'.-]+,?\s+){{0,4}}\d{{1,5}}"
    rf"|\w(?:{STREET_SUFFIXES})\s*\d{{1,5}}"
    rf"|\b[\w-]+\s+(?:{STREET_SUFFIXES})\s*\d{{1,5}}"
    rf"|\b(?:suite|ste|unit|floor|fl|level|po box|p\.o\. box|postfach|apartado|bp|"
    rf"c\.p\.|casella postale)\.?\s*#?\d+"
    rf"|\b(?:scala|interno|int|piano|bâtiment|batiment|bât|bat|escalier|esc|escalera|"
    rf"puerta|planta|bloque|portal|haus|gebäude|gebaude|stock|building|bldg|apt|apartment|"
    rf"block)\.?\s+(?:[A-Z]|\d{{1,3}})\b"
    rf"|\b\d{{1,2}}(?:e|er|ère|re|ème|\.|º|ª|st|nd|rd|th)?\s*(?:verdieping|étage|etage|og|"
    rf"obergeschoss|stock|piso|planta|piano|floor)\b",
    re.IGNORECASE,
)
"""A street line: house number and street word (either order), a German or Dutch
compound (``Lindenallee 20``), a suite or post box, or a sub-line of a building
(``Scala R``, ``Bâtiment Z``, ``Haus 3``, ``8e verdieping``, ``2. OG``)."""
_CA_PROVINCE_BEFORE = re.compile(rf"\b(?:{one_of(CA_PROVINCES)})\.?,?\s+$")
_CA_POSTCODE_SHAPE = re.compile(r"\b([A-Z0-9]{3})\s?([A-Z0-9]{3})\b")
_AS_LETTER = str.maketrans("0125862", "OIZSBGZ")
_AS_DIGIT = str.maketrans("OQDIlZSBG", "000112586")
_POSTAL_MARK_READ = re.compile(r"^\s*([7T])(?=\d{3}-\d{4}\s*[\u3040-\u30ff\u4e00-\u9fff])")
"""Japan's postal mark read as ``7`` or ``T`` before a postcode opening a line of Japanese
(``7530-0001 大阪府``): read so, the postcode became a Taiwanese phone number and named the
card Taiwanese."""
_ROMAN_II = re.compile(r"\b[A-Z][a-z]+ (Il|lI|ll|I1|1I)(?=,|\s+\d|\s*$)")
"""``Vittorio Emanuele Il, 22``: the Roman numeral II after a name, with an ``I`` read as
``l`` or ``1``; the article ``Il`` is always followed by a word."""
_JP_PLACES = (
    r"Tokyo|Osaka|Kyoto|Yokohama|Nagoya|Kobe|Fukuoka|Sapporo|Sendai|Japan|[A-Z][a-z]+-(?:ku|shi)"
    rf"|(?:{'|'.join(PREFECTURES)})(?:-(?:to|fu|ken|do))?"
)
"""Where a Japanese postcode (``100-6921``) stands: after a city, a ward, a town or a
prefecture."""
_FOUR_DIGIT_LETTERS = {"AT": "A", "CH": "CH", "BE": "B"}
"""The letters Austria, Switzerland and Belgium put before a postcode (``A-1010 Wien``).
A line of four digits and a town, with no street word, is a postcode line of one of them
(or of another country that prints four digits first)."""
IN_STATES = (
    r"Andhra Pradesh|Arunachal Pradesh|Assam|Bihar|Chhattisgarh|Gujarat|Haryana|"
    r"Himachal Pradesh|Jharkhand|Karnataka|Kerala|Madhya Pradesh|Maharashtra|Manipur|"
    r"Meghalaya|Mizoram|Nagaland|Odisha|Orissa|Rajasthan|Sikkim|Tamil Nadu|Telangana|Tripura|"
    r"Uttar Pradesh|Uttarakhand|Uttaranchal|West Bengal|Chandigarh|Delhi|Ladakh|Lakshadweep|"
    r"Puducherry|Pondicherry"
)
"""India's states and union territories whose names no other country's region has (not
Punjab or Kashmir, shared with Pakistan): a six-digit PIN after one is Indian."""
_POSTCODES: tuple[tuple[str | None, re.Pattern[str]], ...] = (  # ("", ...): see AddressEvidence
    ("US", re.compile(rf"\b(?:{one_of(US_STATES)})\.?,?\s+\d{{5}}(?:-\d{{4}})?\b")),
    ("AU", re.compile(rf"\b(?:{one_of(AU_STATES)})\s+\d{{4}}\b")),
    ("CA", re.compile(r"\b[A-CEGHJ-NPR-TVXY]\d[A-Z]\s?\d[A-Z]\d\b")),
    ("GB", re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b")),
    ("NL", re.compile(r"\b\d{4}\s?(?!SA\b|AB\b)[A-Z]{2}\b\s+[A-Z][a-z]")),
    ("JP", re.compile(rf"〒\s?\d{{3}}-?\d{{4}}\b|\b(?:{_JP_PLACES}),?\s+\d{{3}}-\d{{4}}\b")),
    ("BR", re.compile(r"\b(?:CEP:?\s*)?\d{5}-\d{3}\b")),
    (
        "IN",
        re.compile(
            r"\b(?!(?:Tel|Phone|Ph|Mob|Mobile|Fax|Cell|Off|Office|Res)\b)[A-Z][A-Za-z]{2,}\)?"
            r"(?:\s*[-–]\s*[1-8]\d{2}\s?\d{3}|\s+[1-8]\d{2}\s\d{3})(?![\d\s]*\d)"
        ),
    ),
    ("IN", re.compile(rf"\b(?:{IN_STATES})\b[\s,.-]*[1-8]\d{{2}}\s?\d{{3}}\b", re.IGNORECASE)),
    ("IT", re.compile(r"\b\d{5}\s+[A-ZÀ-Ý][\w'-]*(?:\s+[\w'-]+){0,3}\s*\([A-Z]{2}\)")),
    *(
        (country, re.compile(rf"(?:\b{letters}-)?\b\d{{4}}\s+(?:{CITIES[country]})\b"))
        for country, letters in _FOUR_DIGIT_LETTERS.items()
    ),
    *(
        (country, re.compile(rf"\b{letters}-\d{{4}}\s+[A-ZÀ-Ý]"))
        for country, letters in _FOUR_DIGIT_LETTERS.items()
    ),
    (
        "",
        re.compile(
            rf"^\s*\d{{4}}\s+(?!.*\b(?i:{STREET_WORDS})\b)"
            r"[A-ZÀ-Ý][a-zà-ÿ]+(?:[\s-][A-ZÀ-Ýa-zà-ÿ][a-zà-ÿ]+){0,2}\s*$"
        ),
    ),
    (None, re.compile(r"(?:\b[A-Z]{1,2}-)?\b\d{5}\s+[A-ZÀ-Ý][\w'-]+")),
    (None, re.compile(r"\b[A-ZÀ-Ý][\w'-]+,?\s+\d{5}\b")),
)
_COUNTRY = re.compile(
    r"(?:^|,\s*|\s)("
    + "|".join(re.escape(c) for c in sorted(COUNTRY_NAMES, key=len, reverse=True))
    + r")\.?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class AddressEvidence:
    """What one line shows of an address."""

    street: bool
    postcode_region: str | None
    """The country the postcode's shape names; ``None`` for five digits, which Germany,
    France, Spain and Italy all print; ``""`` for a line of four digits and a town,
    which several countries print and none can be told from."""
    postcode: bool
    country: str | None

    @property
    def is_address(self) -> bool:
        """Street or postcode; a country name alone counts only next to such a line."""
        return self.street or self.postcode

    @property
    def region(self) -> str | None:
        return self.country or self.postcode_region


def address_evidence(text: str) -> AddressEvidence:
    """Street, postcode and country evidence in one cleaned line."""
    postcode_region = None
    postcode = False
    for region, pattern in _POSTCODES:
        if pattern.search(text):
            postcode = True
            postcode_region = region
            break
    country_match = _COUNTRY.search(text.strip())
    country = COUNTRY_NAMES[country_match.group(1).lower()] if country_match else None
    return AddressEvidence(bool(_STREET.search(text)), postcode_region, postcode, country)


def repair_postcode(text: MappedText) -> MappedText:
    """A postcode with OCR's misreadings put right: Canadian ``ON MSV 5B9`` -> ``M5V``.

    The format alternates letter and digit strictly, so once a province
    abbreviation says a postcode follows, each position says what its glyph
    must be (``S`` in a digit place is ``5``, ``2`` in a letter place ``Z``).
    Two letters at least must have been read as letters: digits alone after a
    province are a phone number. And Japan's postal mark read as a digit or a ``T`` is
    put back (``_POSTAL_MARK_READ``).
    """
    if match := _POSTAL_MARK_READ.match(text.text):
        text = text.overwrite(match.start(1), "〒")
    for match in _CA_POSTCODE_SHAPE.finditer(text.text):
        letters = sum(c.isalpha() for c in match[0])
        if letters < 2 or not _CA_PROVINCE_BEFORE.search(text.text, 0, match.start()):
            continue
        fixed = "".join(
            c.translate(_AS_LETTER) if position % 2 == 0 else c.translate(_AS_DIGIT)
            for position, c in enumerate(match[1] + match[2])
        )
        if fixed[0::2].isalpha() and fixed[1::2].isdigit():
            text = text.overwrite(match.start(1), fixed[:3]).overwrite(match.start(2), fixed[3:])
    return text


def repair_roman_numerals(text: MappedText) -> MappedText:
    """``Corso Vittorio Emanuele Il`` -> ``II``: street names honour numbered kings and popes."""
    for match in _ROMAN_II.finditer(text.text):
        text = text.overwrite(match.start(1), "II")
    return text
