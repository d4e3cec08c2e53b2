"""Country names as cards print them, in English and in the country's own languages.

The reader uses the table to tell an address line (``Canada``) and the region of a card's
phones; the splitter uses it to take the country off the end of an address.
"""

from __future__ import annotations

import re

COUNTRY_NAMES = {
    "usa": "US", "u.s.a.": "US", "united states": "US", "united kingdom": "GB", "uk": "GB",
    "england": "GB", "scotland": "GB", "germany": "DE", "deutschland": "DE",
    "france": "FR", "spain": "ES", "españa": "ES", "espana": "ES", "italy": "IT", "italia": "IT",
    "netherlands": "NL", "the netherlands": "NL", "nederland": "NL", "australia": "AU",
    "canada": "CA", "austria": "AT", "österreich": "AT", "switzerland": "CH", "schweiz": "CH",
    "suisse": "CH", "belgium": "BE", "belgique": "BE", "belgië": "BE", "ireland": "IE",
    "japan": "JP", "korea": "KR", "south korea": "KR", "republic of korea": "KR",
    "china": "CN", "p.r. china": "CN", "hong kong": "HK", "taiwan": "TW", "vietnam": "VN",
    "viet nam": "VN", "india": "IN", "singapore": "SG", "brazil": "BR", "brasil": "BR",
    "mexico": "MX", "méxico": "MX", "portugal": "PT", "poland": "PL", "polska": "PL",
    "sweden": "SE", "sverige": "SE", "norway": "NO", "norge": "NO", "denmark": "DK",
    "danmark": "DK", "finland": "FI", "suomi": "FI", "turkey": "TR", "türkiye": "TR",
    "israel": "IL", "south africa": "ZA", "new zealand": "NZ", "argentina": "AR",
    "chile": "CL", "colombia": "CO", "peru": "PE", "perú": "PE", "thailand": "TH",
    "malaysia": "MY", "philippines": "PH", "indonesia": "ID", "czech republic": "CZ",
    "greece": "GR", "hungary": "HU", "romania": "RO", "luxembourg": "LU",
    "united arab emirates": "AE", "uae": "AE", "pakistan": "PK", "sri lanka": "LK",
    "bangladesh": "BD", "nepal": "NP", "cameroon": "CM", "cameroun": "CM", "nigeria": "NG",
    "kenya": "KE", "egypt": "EG", "saudi arabia": "SA", "qatar": "QA", "kuwait": "KW",
    "morocco": "MA", "maroc": "MA", "russia": "RU", "ukraine": "UA", "cambodia": "KH",
}  # fmt: skip
"""The names the reader knows a country line by. Its choices hang on this table (a name added
here makes more lines address lines), so names only an address splitter needs go in
:data:`MORE_COUNTRY_NAMES`."""

MORE_COUNTRY_NAMES = {
    "united states of america": "US", "u.s.": "US", "us": "US", "u.k.": "GB",
    "great britain": "GB", "wales": "GB", "northern ireland": "GB", "brd": "DE",
    "république française": "FR", "reino de españa": "ES", "svizzera": "CH", "svizra": "CH",
    "belgien": "BE", "belgie": "BE", "holland": "NL", "nippon": "JP", "日本": "JP",
    "日本国": "JP", "the united states": "US",
}  # fmt: skip
"""Further ways cards print the countries whose addresses are split by their conventions."""

_ALL_NAMES = COUNTRY_NAMES | MORE_COUNTRY_NAMES
_NAMES = "|".join(re.escape(name) for name in sorted(_ALL_NAMES, key=len, reverse=True))
_WHOLE_NAME = re.compile(rf"({_NAMES})\.?", re.IGNORECASE)
_TRAILING_NAME = re.compile(rf"(?:^|(?<=[\s,]))({_NAMES})\.?\s*$", re.IGNORECASE)
_WHOLE_ONLY = {"us", "wales"}
"""Names taken only as a line of their own: ``us`` ends other lines' words (``Contact us``),
``Wales`` ends ``New South Wales``."""


def country_of_name(segment: str) -> str:
    """The ISO code of ``segment`` when it is a country's name and nothing else, else ``""``."""
    match = _WHOLE_NAME.fullmatch(segment.strip())
    return _ALL_NAMES[match[1].lower()] if match else ""


def trailing_country(segment: str) -> tuple[str, str]:
    """A country named at the end of ``segment`` (``Milano MI Italy``): its code and the text
    before it; ``("", segment)`` when none is."""
    match = _TRAILING_NAME.search(segment)
    if match is None or match[1].lower() in _WHOLE_ONLY:
        return "", segment
    return _ALL_NAMES[match[1].lower()], segment[: match.start()].rstrip(" ,")
