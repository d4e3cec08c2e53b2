"""The phone region of a card: which country its national-format numbers belong to.

A number printed without ``+CC`` means nothing until a region is chosen, and a
wrong one is silently wrong (``04.50.84.22.29`` read as American becomes
``+10450842229``). The address's country or an unambiguous postcode settles
it, unless none of the numbers is valid there and a domain or ``+CC`` names a
country where they are (a Korean firm's Hanoi office). Otherwise the card
only hints: a ccTLD, a label word in one language (``Tfno.``, ``Mobiel``), a
street word (``Calle``, ``straat``), a legal form (``GmbH``, ``Srl``), a
region or city of one country (``Haryana``, ``Mumbai``). Each hinted region
and the default are tried, and the one under which the card's national
numbers are *valid* wins; the hints only break ties. Validity is a strong
test: a French number is rarely a valid American one, and the reverse.

When nothing on the card hints at a region and its numbers are not valid in
the default one, validity alone would pick one the card never named (a Korean
``010-9890-4800`` is a valid Italian number). What the card still shows is how
its numbers are printed: when one country accepts every national number on
it and groups the digits of more of them the way the card does than any
other (``0565-21-1970`` is Japanese in every digit group), that is the
country, marked unsure. Numbers valid nowhere (a sample card's ``070-123-4567``) take
the country a place on the card names, a postcode or a city, where its plan finds them
possible, marked unsure. Otherwise
the numbers are kept as printed and marked unsure. A hint that only points to
a second-choice region (``Ltd`` to Ireland, five postcode digits to Italy) is
too weak to give a country on its own.

The words are read with the Latin model, so a card printed in Japanese or
Korean shows none of its own words here; the reading side may find that script
on the card image and pass its country (``script_region``), a hint like a word
of one language: it proposes a region where the numbers must still be valid,
and marks them unsure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

import phonenumbers

from cardkeeper.reading.parse.addresses import IN_STATES, AddressEvidence
from cardkeeper.reading.parse.domains import host_of, region_of
from cardkeeper.reading.parse.labels import label_regions
from cardkeeper.reading.parse.phones import bracketed_country_codes, find_phones, repair_digits
from cardkeeper.reading.parse.text import MappedText

_IN_CITIES = (
    r"Mumbai|Bengaluru|Bangalore|Chennai|Kolkata|Gurgaon|Gurugram|Noida|Ghaziabad|Faridabad|"
    r"Pune|Ahmedabad|Vadodara|Jaipur|Lucknow|Kanpur|Nagpur|Indore|Bhopal|Ludhiana|Kochi|Cochin|"
    r"Coimbatore|Visakhapatnam|Vijayawada|Secunderabad|Bhubaneswar|Guwahati|Dehradun"
)
"""India's big cities whose names are no other country's: the address of an Indian card
printed without its PIN or country."""
_PRIVATE_LIMITED = re.compile(r"\bPvt\b", re.IGNORECASE)
"""``(Pvt) Ltd``: the legal form of South Asia, each of whose countries it names as much as
India; which one the numbers are valid in decides (``021 7 200 103`` is Sri Lankan)."""
_PLACE_REGIONS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (("IN",), re.compile(rf"\b(?:{IN_STATES}|{_IN_CITIES})\b", re.IGNORECASE)),
    (("IN", "PK"), re.compile(r"\bHyderabad\b", re.IGNORECASE)),
    (("VN",), re.compile(r"\b(?:Ha ?Noi|HCM|Ho Chi Minh|Da Nang|Hai Phong)\b", re.IGNORECASE)),
    (("TH",), re.compile(
        r"\b(?:Moo|Soi)\.?\s*\d|\b(?:Thanon|Tambon|Amphoe|Amphur|Changwat)\b", re.IGNORECASE)),
    (("JP",), re.compile(r"^\s*[7T]\d{3}-\d{4}\b")),
)  # fmt: skip
"""Where the card is: regions and cities of one country, Thai ``Moo 1``, ``Soi 11``,
``Thanon`` (village, lane, road), and a Japanese postcode opening a line, its 〒 read as
``7`` or ``T`` (``7134-0081``). Unlike a legal form or a language, which travel (a Korean
firm's ``Co., Ltd.``), these name the country of the card's address."""
_WORD_REGIONS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (("FR", "BE", "CH"), re.compile(
        r"\b(?:rue|allée|chemin|quai|impasse|boulevard|bd|cours|faubourg|"
        r"SAS|SARL|S\.A\.R\.L|EURL|S\.A\.S)\b", re.IGNORECASE)),
    (("ES", "MX"), re.compile(
        r"\b(?:calle|avenida|avda|paseo|ronda|carrer|travesía|S\.L|SL|S\.L\.U|SLU)\b"
        r"|\bC/", re.IGNORECASE)),
    (("IT", "CH"), re.compile(
        r"\b(?:via|viale|piazza|piazzale|corso|largo|vicolo|Srl|S\.r\.l|SpA|S\.p\.A|Snc)\b",
        re.IGNORECASE)),
    (("DE", "AT", "CH"), re.compile(
        r"(?:stra(?:ß|ss|b)e|str\.|gasse|platz|allee|weg)\s*\d|\b(?:GmbH|AG|KG|OHG|GbR|UG)\b",
        re.IGNORECASE)),
    (("NL", "BE"), re.compile(
        r"(?:straat|laan|plein|kade|gracht|singel|dijk)\s*\d|\b(?:B\.V|BV|N\.V|NV|VOF)\b",
        re.IGNORECASE)),
    (("DE", "AT", "CH"), re.compile(
        r"\b(?:\w*leiter(?:in)?|Geschäftsführer(?:in)?|Einkauf|Vertrieb|Inhaber(?:in)?|"
        r"Berater(?:in)?|Prokurist(?:in)?|Mitarbeiter(?:in)?|Sachbearbeiter(?:in)?)\b",
        re.IGNORECASE)),
    (("ES", "MX"), re.compile(
        r"\b(?:Consultor|Consultora|Jefe|Jefa|Ingeniero|Ingeniera|Abogado|Abogada|Asesor|"
        r"Asesora|Compras|Ventas)\b", re.IGNORECASE)),
    (("FR", "BE", "CH"), re.compile(
        r"\b(?:Chargée?|Directeur|Directrice|Ingénieur|Conseill(?:er|ère)|Gérante?)\b",
        re.IGNORECASE)),
    (("IT", "CH"), re.compile(
        r"\b(?:Direttore|Direttrice|Responsabile|Ingegnere|Consulente|Amministratore)\b",
        re.IGNORECASE)),
    (("NL", "BE"), re.compile(
        r"\b(?:Inkoper|Adviseur|Eigenaar|Medewerker|Verkoper|\w*leider)\b", re.IGNORECASE)),
    (("GB", "IE"), re.compile(r"\b(?:Ltd|Limited|PLC|LLP)\b", re.IGNORECASE)),
    (("AU",), re.compile(r"\b(?:Pty|ABN|ACN)\b", re.IGNORECASE)),
    *(((region,), _PRIVATE_LIMITED) for region in ("IN", "PK", "LK", "BD", "NP")),
    *_PLACE_REGIONS,
    (("CA",), re.compile(r"\bLtée\b", re.IGNORECASE)),
    (("US", "CA"), re.compile(r"\b(?:Inc|LLC|Corp)\b", re.IGNORECASE)),
)  # fmt: skip
"""Street words, legal forms and role words that belong to one language or legal system
(``Leiter Einkauf``, ``Consultor Senior``: a title is printed in the card's language),
Australia's business numbers, and the places of ``_PLACE_REGIONS``."""

_LOOSE_PLANS = ("TH",)
"""Regions hinted at whose plans accept too much to read unknown numbers with: any eight
digits from 2 are a valid Bangkok line, OCR noise included (``Pishi 2024 2412``)."""
_KNOWN_REGIONS = tuple(
    dict.fromkeys(r for regions, _ in _WORD_REGIONS for r in regions if r not in _LOOSE_PLANS)
)
"""Regions whose plans find the digits of numbers that no region the card hints at fits."""

_COUNTRY_CODE = re.compile(r"(?<![\w+])\+\s?(\d{1,3})(?=[\s.()-]*\d)")
"""``+91`` before another number on the card: its national numbers are most likely from
the same country (``+91 98490 12345`` beside ``040-2461 6002``)."""
_COUNTRY_CODE_WEIGHT = 3.0
_CCTLD_WEIGHT = 3.0
_STRONG_HINT = 3.0
"""Hint weight from which a region is known, not guessed: a ccTLD or a ``+CC`` alone, or
words of one country piling up."""
_LABEL_WEIGHT = 2.0
_WORD_WEIGHT = 1.0
_DEFAULT_WEIGHT = 1.0
_POSTCODE_WEIGHT = 0.5
_GROUPING_WEIGHT = 1.0
_SCRIPT_WEIGHT = _WORD_WEIGHT
"""A script of one country read on the card weighs as a word of its language, not as a
domain: it tells who the card is for more than where its numbers ring (a British card of
the real set prints its title in katakana)."""
_SUPPORTING_HINT = _WORD_WEIGHT
"""Hint weight from which a region other than the default may be chosen: one word of its
own language or legal system at least."""
_FIVE_DIGIT_POSTCODES = ("DE", "FR", "ES", "IT")
"""Where a bare five-digit postcode (``31000 Toulouse``) is most likely from."""
_TELLING_DIGITS = 10
"""Digits from which a number's printed grouping tells its country (see ``_printed_region``)."""


@dataclass(frozen=True)
class PhoneRegion:
    region: str
    """Where the card's numbers printed without ``+CC`` are looked for."""
    supported: bool
    """False when nothing on the card (nor the default) makes those numbers valid there:
    they are found with ``region``'s plan but their country is not known."""
    guessed: bool = False
    """The region was taken from words alone (a street word, a legal form, a label's
    language), not from the card's address, a domain, a ``+CC`` or the user's region:
    likely, but the review should show the numbers as unsure."""


def phone_region(
    texts: list[MappedText],
    free_texts: list[str],
    hosts: Iterable[str],
    evidence: list[AddressEvidence],
    default: str,
    *,
    script_region: str = "",
) -> PhoneRegion:
    """The region for the card's national numbers.

    ``free_texts`` are the lines with their e-mails and URLs blanked out (a
    domain ``via-consulting.com`` is no Italian street); ``hosts`` are the
    e-mail and web hosts; ``script_region`` is the country whose script the
    card image shows beside its Latin lines (``JP`` for kana), or empty.
    """
    hints = _hints(free_texts, hosts, evidence, default)
    if script_region:
        _add(hints, (script_region,), _SCRIPT_WEIGHT)
    address_lines = {i for i, item in enumerate(evidence) if item.is_address}

    def fit(region: str) -> tuple[int, float]:
        valid, grouped = _fit(texts, region, address_lines)
        return valid, hints.get(region, 0.0) + _GROUPING_WEIGHT * grouped

    if (address := next((item.region for item in evidence if item.region), None)) is not None:
        return PhoneRegion(_address_region(address, hints, fit), supported=True)
    candidates = [r for r, weight in hints.items() if r == default or weight >= _SUPPORTING_HINT]
    best = max(candidates, key=fit)
    if fit(best)[0] == 0:
        # no number valid anywhere the card points to: a domain or ``+CC`` still names the
        # country of numbers OCR broke
        known = [r for r in candidates if hints[r] >= _STRONG_HINT]
        best = max(known, key=hints.__getitem__, default="")
    if best:
        guessed = best != default and hints[best] < _STRONG_HINT
        return PhoneRegion(best, supported=True, guessed=guessed)
    # Nothing on the card hints at a region its national numbers are valid in. The way
    # they are printed may still name one; if not, a region whose plan makes them valid
    # finds their digits, but which country they belong to the card does not say.
    finders = (default, *_KNOWN_REGIONS)
    hinted = {phonenumbers.country_code_for_region(region) for region in hints}
    if (printed := _printed_region(texts, finders, address_lines, hinted)) is not None:
        return PhoneRegion(printed, supported=True, guessed=True)
    if (own := _own_plan_region(texts, free_texts, address_lines)) is not None:
        return PhoneRegion(own, supported=True, guessed=True)
    finder = max(_KNOWN_REGIONS, key=fit)
    if _national_count(texts, finder) == 0:
        # only international numbers: the hints name the card's region for the other fields
        hinted_best = max(hints, key=fit)
        guessed = hinted_best != default and hints[hinted_best] < _STRONG_HINT
        return PhoneRegion(hinted_best, supported=True, guessed=guessed)
    return PhoneRegion(finder, supported=False)


def _own_plan_region(
    texts: list[MappedText], free_texts: list[str], address_lines: set[int]
) -> str | None:
    """The one country the card's places name whose plan finds every national number on
    it a possible one, printed with its trunk prefix, or None.

    A sample card's ``070-123-4567`` under a Japanese postcode mark, or a number OCR
    dropped a digit of, is valid nowhere, yet the card says where it rings: a postcode
    or city is part of its address, and an address's country settles the region even
    for numbers valid nowhere (see ``phone_region``). Possible (the length of a number
    there), not valid, is all such digits can be, so the numbers stay unsure. A legal
    form or a language travels (a Korean firm's ``Co., Ltd.`` with ``010-4711-1434``),
    a script tells who the card is for, and the user's region alone names nothing (a
    placeholder ``123-456-7890`` is possible in America too): none of them names the
    country here.
    """
    places = {
        regions[0]
        for regions, pattern in _PLACE_REGIONS
        if any(pattern.search(text) for text in free_texts)
    }
    fitting = [
        region
        for region in sorted(places)
        if region not in _LOOSE_PLANS and _all_possible(texts, region, address_lines)
    ]
    return fitting[0] if len(fitting) == 1 else None


def _all_possible(texts: list[MappedText], region: str, address_lines: set[int]) -> bool:
    """Whether ``region``'s plan finds national numbers on the card, each possible there and
    printed with the trunk prefix it dials them with."""
    prefix = phonenumbers.ndd_prefix_for_region(region, True) or ""
    national = [
        phone
        for line, text in enumerate(texts)
        for phone in find_phones(repair_digits(text).text, region, line in address_lines)
        if not phone.printed.startswith("+")
    ]
    return bool(national) and all(
        phone.printed.lstrip("( ").startswith(prefix)
        and phonenumbers.is_possible_number(phonenumbers.parse(phone.e164))
        for phone in national
    )


def _address_region(
    address: str, hints: dict[str, float], fit: Callable[[str], tuple[int, float]]
) -> str:
    """The country of the card's address, unless none of its national numbers is valid
    there and a domain or ``+CC`` names a country where they are: a Korean institute's
    card with its Hanoi office address, a ``.co.kr`` site and ``042)489-1722``."""
    known = [r for r, weight in hints.items() if weight >= _STRONG_HINT and r != address]
    if fit(address)[0] or not known:
        return address
    best = max(known, key=fit)
    return best if fit(best)[0] else address


def _hints(
    free_texts: list[str], hosts: Iterable[str], evidence: list[AddressEvidence], default: str
) -> dict[str, float]:
    """Candidate regions weighed by their evidence; a language's first region weighs most."""
    hints = {default: _DEFAULT_WEIGHT}
    for text in free_texts:
        for digits in _COUNTRY_CODE.findall(text) + bracketed_country_codes(text):
            if (region := _region_of_code(digits)) is not None:
                _add(hints, (region,), _COUNTRY_CODE_WEIGHT)
    for host in hosts:
        if (region := region_of(host_of(host))) is not None:
            _add(hints, (region,), _CCTLD_WEIGHT)
    for item in evidence:
        if item.postcode and item.postcode_region is None:
            for region in _FIVE_DIGIT_POSTCODES:
                _add(hints, (region,), _POSTCODE_WEIGHT)
    for text in free_texts:
        for regions in label_regions(text):
            _add(hints, regions, _LABEL_WEIGHT)
        for regions, pattern in _WORD_REGIONS:
            if pattern.search(text):
                _add(hints, regions, _WORD_WEIGHT)
    return hints


def _region_of_code(digits: str) -> str | None:
    """The main region of the country code ``digits`` begins with: codes are prefix-free, so
    the shortest real one is it (``+8613…`` is China, ``+44(0)`` the UK)."""
    for length in range(1, len(digits) + 1):
        region = phonenumbers.region_code_for_country_code(int(digits[:length]))
        if region != phonenumbers.UNKNOWN_REGION:
            return str(region)
    return None


def _add(hints: dict[str, float], regions: tuple[str, ...], weight: float) -> None:
    for position, region in enumerate(regions):
        hints[region] = hints.get(region, 0.0) + (weight if position == 0 else weight / 2)


def _fit(texts: list[MappedText], region: str, address_lines: set[int]) -> tuple[int, int]:
    """How well the card's national-format numbers fit ``region``'s numbering plan.

    How many are valid there, and how many of those are printed in the
    region's own digit grouping (``05 71 37 37 64`` is French, ``0571 373764``
    German): a hint like the others for numbers valid in more than one plan,
    no more, since OCR often drops or adds a space.
    """
    valid = grouped = 0
    for line, text in enumerate(texts):
        for phone in find_phones(repair_digits(text).text, region, line in address_lines):
            if phone.valid and not phone.printed.startswith("+"):
                valid += 1
                grouped += _groups(phone.printed) in _national_groups(phone.e164)
    return valid, grouped


def _national_count(texts: list[MappedText], region: str) -> int:
    """How many numbers without ``+CC`` the card has, as read under ``region``."""
    return sum(
        not phone.printed.startswith("+")
        for text in texts
        for phone in find_phones(repair_digits(text).text, region)
    )


def _national_groups(e164: str) -> tuple[list[int], list[int]]:
    """The digit groups of the number in its region's national format, with and without
    the trunk 0 (``087772 32837``: Indian mobiles are mostly printed without it)."""
    number = phonenumbers.parse(e164)
    groups = _groups(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))
    national = phonenumbers.national_significant_number(number)
    if sum(groups) > len(national) and groups[0] > 1:
        return groups, [groups[0] - (sum(groups) - len(national)), *groups[1:]]
    return groups, groups


def _groups(printed: str) -> list[int]:
    """The lengths of the digit groups: ``(0)20 7946-0958`` -> ``[1, 2, 4, 4]``."""
    return [len(group) for group in re.findall(r"\d+", printed)]


def _printed_region(
    texts: list[MappedText], finders: tuple[str, ...], address_lines: set[int], hinted: set[int]
) -> str | None:
    """The one country whose plan accepts the card's national numbers as printed, digit
    group for digit group, or None when none or several do.

    Every number must be valid there, and the country must group more of them
    as printed than any other: ``090-1234-5678`` fits Japan and Italy, but beside
    ``0565-21-1970``, which only Japan groups so, the card is Japanese;
    ``042-6128599``, whose dash OCR lost, does not stop ``042-612-8643`` and
    ``010-5493-5938`` from being Korean. One number at least must be printed
    exactly as that country prints it, down to the separators (``090-0000-0000``
    is no Italian number in Italy's digit groups), or two numbers at least be in
    its groups alone (``01517-2525960`` and ``089-606885200`` are German, dashes
    or not), or the country be the user's or one a hint points to, however weak
    (``05-71-37-37-64`` beside ``31000 Toulouse``). Numbers shorter than ten
    digits say nothing: a postcode like ``470-1217`` is a valid number of some
    small country, in its grouping.
    """
    fits = [
        _printed_countries(printed)
        for printed in _national_numbers(texts, finders, address_lines)
        if sum(c.isdigit() for c in printed) >= _TELLING_DIGITS
    ]
    fits = [fit for fit in fits if fit[0]]
    if not fits:
        return None
    accepting = frozenset.intersection(*(valid for valid, _, _ in fits))

    def grouped(country: int) -> int:
        return sum(country in grouping for _, grouping, _ in fits)

    ranked = sorted(accepting, key=grouped, reverse=True)
    if not ranked or (len(ranked) > 1 and grouped(ranked[0]) == grouped(ranked[1])):
        return None
    country = ranked[0]
    exact = any(country in same for _, _, same in fits)
    all_grouped = grouped(country) == len(fits)
    if grouped(country) == 0 or not (
        exact or (all_grouped and (country in hinted or len(fits) > 1))
    ):
        return None
    return str(phonenumbers.region_code_for_country_code(country))


def _national_numbers(
    texts: list[MappedText], finders: tuple[str, ...], address_lines: set[int]
) -> list[str]:
    """The numbers printed without ``+CC``, as the longest of the finders' plans reads them."""
    numbers = []
    for line, text in enumerate(texts):
        repaired = repair_digits(text).text
        found = [
            phone
            for region in finders
            for phone in find_phones(repaired, region, line in address_lines)
            if not phone.printed.startswith("+")
        ]
        taken: list[tuple[int, int]] = []
        for phone in sorted(found, key=lambda p: p.start - p.end):
            if all(phone.end <= start or end <= phone.start for start, end in taken):
                taken.append((phone.start, phone.end))
                numbers.append(phone.printed)
    return numbers


@cache
def _printed_countries(printed: str) -> tuple[frozenset[int], frozenset[int], frozenset[int]]:
    """The country codes under whose plan ``printed`` is valid, those of them that format
    it, nationally, in the same digit groups, and those whose format is the printed text
    itself (``0565-21-1970``: only Japan, in both)."""
    valid: set[int] = set()
    grouped: set[int] = set()
    exact: set[int] = set()
    for region in phonenumbers.SUPPORTED_REGIONS:
        try:
            number = phonenumbers.parse(printed, region)
        except phonenumbers.NumberParseException:
            continue
        code = number.country_code
        if code is None or code in exact or not phonenumbers.is_valid_number(number):
            continue
        valid.add(code)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if _groups(national) == _groups(printed):
            grouped.add(code)
            if _spaced(national) == _spaced(printed):
                exact.add(code)
    return frozenset(valid), frozenset(grouped), frozenset(exact)


def _spaced(printed: str) -> str:
    """``090- 1234-5678`` -> ``090-1234-5678``: the separators, without OCR's stray spaces."""
    return re.sub(r"\s*([-.)/])\s*", r"\1", " ".join(printed.split()))
