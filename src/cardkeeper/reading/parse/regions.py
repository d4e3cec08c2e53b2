"""The phone region of a card: which country its national-format numbers belong to.

A number printed without ``+CC`` means nothing until a region is chosen, and a
wrong one is silently wrong (``04.50.84.22.29`` read as American becomes
``+10450842229``). The address's country or an unambiguous postcode settles
it. Otherwise the card only hints: a ccTLD, a label word in one language
(``Tfno.``, ``Mobiel``), a street word (``Calle``, ``straat``), a legal form
(``GmbH``, ``Srl``). Each hinted region and the default are tried, and the one
under which the card's national numbers are *valid* wins; the hints only
break ties. Validity is a strong test: a French number is rarely a valid
American one, and the reverse.

When nothing on the card hints at a region and its numbers are not valid in
the default one, no region is chosen for them: validity alone would pick one
the card never named (a Korean ``010-9890-4800`` is a valid Italian number),
so such numbers are kept as printed and marked unsure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import phonenumbers

from cardkeeper.reading.parse.addresses import AddressEvidence
from cardkeeper.reading.parse.domains import host_of, region_of
from cardkeeper.reading.parse.labels import label_regions
from cardkeeper.reading.parse.phones import find_phones, repair_digits
from cardkeeper.reading.parse.text import MappedText

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
    (("GB", "IE"), re.compile(r"\b(?:Ltd|Limited|PLC|LLP)\b", re.IGNORECASE)),
    (("AU",), re.compile(r"\bPty\b", re.IGNORECASE)),
    (("CA",), re.compile(r"\bLtée\b", re.IGNORECASE)),
    (("US", "CA"), re.compile(r"\b(?:Inc|LLC|Corp)\b", re.IGNORECASE)),
)  # fmt: skip
"""Street words and legal forms that belong to one language or legal system."""

_KNOWN_REGIONS = tuple(dict.fromkeys(r for regions, _ in _WORD_REGIONS for r in regions))
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
_FIVE_DIGIT_POSTCODES = ("DE", "FR", "ES", "IT")
"""Where a bare five-digit postcode (``31000 Toulouse``) is most likely from."""


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
) -> PhoneRegion:
    """The region for the card's national numbers.

    ``free_texts`` are the lines with their e-mails and URLs blanked out (a
    domain ``via-consulting.com`` is no Italian street); ``hosts`` are the
    e-mail and web hosts.
    """
    for item in evidence:
        if item.region:
            return PhoneRegion(item.region, supported=True)
    hints = _hints(free_texts, hosts, evidence, default)
    address_lines = {i for i, item in enumerate(evidence) if item.is_address}

    def fit(region: str) -> tuple[int, float]:
        valid, grouped = _fit(texts, region, address_lines)
        return valid, hints.get(region, 0.0) + _GROUPING_WEIGHT * grouped

    best = max(hints, key=fit)
    if fit(best)[0] > 0 or len(hints) > 1:
        guessed = best != default and hints[best] < _STRONG_HINT
        return PhoneRegion(best, supported=True, guessed=guessed)
    # Nothing on the card hints at a region and its national numbers are not valid in the
    # default one. A region whose plan makes them valid still finds their digits, but which
    # country they belong to the card does not say.
    finder = max(_KNOWN_REGIONS, key=fit)
    if _national_count(texts, finder) == 0:
        return PhoneRegion(best, supported=True)
    return PhoneRegion(finder, supported=False)


def _hints(
    free_texts: list[str], hosts: Iterable[str], evidence: list[AddressEvidence], default: str
) -> dict[str, float]:
    """Candidate regions weighed by their evidence; a language's first region weighs most."""
    hints = {default: _DEFAULT_WEIGHT}
    for text in free_texts:
        for digits in _COUNTRY_CODE.findall(text):
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
                grouped += _groups(phone.printed) == _groups(_national(phone.e164))
    return valid, grouped


def _national_count(texts: list[MappedText], region: str) -> int:
    """How many numbers without ``+CC`` the card has, as read under ``region``."""
    return sum(
        not phone.printed.startswith("+")
        for text in texts
        for phone in find_phones(repair_digits(text).text, region)
    )


def _national(e164: str) -> str:
    number = phonenumbers.parse(e164)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


def _groups(printed: str) -> list[int]:
    """The lengths of the digit groups: ``(0)20 7946-0958`` -> ``[1, 2, 4, 4]``."""
    return [len(group) for group in re.findall(r"\d+", printed)]
