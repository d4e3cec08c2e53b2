"""Continental Europe: the postcode before the city (``10115 Berlin``, ``1012 AB Amsterdam``,
``20121 Milano (MI)``, ``F-75008 Paris``).

The postcode's shape names a few countries at most; a country letter before it, a
province code, ``CEDEX``, a big city or the street's language narrow them to one.
"""

from __future__ import annotations

import re

from cardkeeper.postal.locality import END, START, Locality, clean
from cardkeeper.postal.places import city_country, street_countries

_COUNTRY_LETTERS = {
    "D": "DE", "DE": "DE", "A": "AT", "AT": "AT", "CH": "CH", "F": "FR", "FR": "FR",
    "I": "IT", "IT": "IT", "E": "ES", "ES": "ES", "NL": "NL", "B": "BE", "BE": "BE",
}  # fmt: skip
_POSTCODE_CITY = re.compile(
    rf"{START}(?:(?P<letters>{'|'.join(sorted(_COUNTRY_LETTERS, key=len, reverse=True))})"
    r"\s?[-–]\s?)?(?P<postcode>\d{4}\s?[A-Z]{2}\b|\d{5}|\d{4})\s+"
    rf"(?P<city>[^\d\s,][^,]*?){END}"
)
_PROVINCE = re.compile(r"^(?P<city>.+?)\s*(?:\((?P<bracketed>[^)]+)\)|\s(?P<code>[A-Z]{2}))$")
"""``Milano (MI)``, ``Milano MI``, ``Madrid (Madrid)``: a province after the city."""
_CEDEX = re.compile(r"\bcedex\b", re.IGNORECASE)
_STREET_NOT_CITY = re.compile(
    r"\b(?:rue|avenue|boulevard|chemin|allée|quai|impasse|calle|avenida|paseo|via|viale|"
    r"piazza|corso|street|road|rua)\b|(?:straße|strasse|straat|laan|gracht)\b",
    re.IGNORECASE,
)
"""What a town is never named: a street with its number first (``9872 Rue Sainte-Catherine``,
a Canadian street line whose city line the reader lost)."""
_FIVE_DIGITS = ("DE", "FR", "IT", "ES")
_FOUR_DIGITS = ("AT", "CH", "BE")


def continental_locality(text: str) -> Locality | None:
    """The last postcode-and-city part of ``text``, with the countries it may be from."""
    matches = [m for m in _POSTCODE_CITY.finditer(text) if not _STREET_NOT_CITY.search(m["city"])]
    if not matches:
        return None
    match = matches[-1]
    postcode = " ".join(match["postcode"].split())
    city, region = clean(match["city"]), ""
    if not postcode.isdigit():
        countries: tuple[str, ...] = ("NL",)
        if len(postcode) == 6:  # printed without its space: ``1012AB``
            postcode = f"{postcode[:4]} {postcode[4:]}"
    else:
        countries = _FIVE_DIGITS if len(postcode) == 5 else _FOUR_DIGITS
    province = _PROVINCE.match(city) if "IT" in countries or "ES" in countries else None
    if province:
        city = province["city"]
        region = province["bracketed"] or province["code"]
        countries = ("IT",) if province["code"] or len(region) == 2 else ("ES",)
    narrowed = _narrowed(countries, match["letters"], city, text[: match.start()])
    return Locality(match.start(), match.end(), postcode, city, region, narrowed)


def _narrowed(
    countries: tuple[str, ...], letters: str | None, city: str, before: str
) -> tuple[str, ...]:
    """The countries left once the cues are read, surest first; all of them when no cue
    decides."""
    if letters:
        return (_COUNTRY_LETTERS[letters],)
    if len(countries) == 1:
        return countries
    if _CEDEX.search(city) and "FR" in countries:
        return ("FR",)
    if (country := city_country(city)) in countries:
        return (country,)
    spoken = [c for c in countries if c in street_countries(before)]
    return tuple(spoken) or countries
