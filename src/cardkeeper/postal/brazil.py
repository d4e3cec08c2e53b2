"""Brazil: the CEP (``01310-100``) before or after ``City - UF`` (``São Paulo - SP``,
``Rio de Janeiro/RJ``, ``Curitiba, PR``); the neighbourhood follows the street's number
after a dash.

The comma is there because cards print it, and because the reader makes one of a dash set
between two words (``Tom Becker - CEO`` holds two parts), so that a printed ``São Paulo -
SP`` comes here as ``São Paulo, SP``."""

from __future__ import annotations

import re

from cardkeeper.postal.locality import END, START, Locality, clean
from cardkeeper.postal.regions import BR_STATES, one_of

_CEP = r"(?:CEP\s?:?\s*)?(?P<postcode>\d{5}-?\d{3}|\d{2}\.\d{3}-\d{3})"
_CITY_STATE = rf"(?P<city>[^,\d/–-][^,\d/–-]*?)\s*[-–/,]\s*(?P<region>{one_of(BR_STATES)})\b"
_FORMS = (
    re.compile(rf"{START}{_CEP}\s*[-–,]?\s*{_CITY_STATE}{END}"),
    re.compile(rf"{START}{_CITY_STATE}\s*[-–,]?\s*{_CEP}{END}"),
    re.compile(rf"{START}{_CITY_STATE}{END}"),
    re.compile(rf"{START}{_CEP}\s*[-–]?\s*(?P<city>[^,\d][^,]*?){END}"),
    re.compile(rf"{START}{_CEP}{END}"),
)
"""``01310-100 São Paulo - SP``, ``São Paulo/SP - CEP 01310-100``, ``São Paulo - SP``,
``CEP 01310-100 - São Paulo``, and a CEP on its own line; ``, `` may stand for each dash."""
_NEIGHBOURHOOD = re.compile(r"^(?P<street>.*\d[\w/]*)\s+[-–]\s+(?P<district>[^\d].*)$")


def br_locality(text: str) -> Locality | None:
    for pattern in _FORMS:
        matches = list(pattern.finditer(text))
        if not matches:
            continue
        match = matches[-1]
        groups = match.groupdict()
        locality = Locality(
            match.start(),
            match.end(),
            clean(groups.get("postcode")),
            clean(groups.get("city")),
            clean(groups.get("region")),
            ("BR",),
        )
        return _with_cep_beside(locality, text) if not locality.postcode else locality
    return None


def _with_cep_beside(locality: Locality, text: str) -> Locality:
    """A city line's CEP printed on the line after it (``São Paulo - SP, 01310-100``)."""
    after = re.match(rf",\s*{_CEP}{END}", text[locality.end :])
    if after is None:
        return locality
    return Locality(
        locality.start,
        locality.end + after.end(),
        after["postcode"],
        locality.city,
        locality.region,
        locality.countries,
    )


def split_neighbourhood(segment: str) -> tuple[str, str]:
    """``Av. Paulista, 1578 - Bela Vista`` -> the street with its number, and the
    neighbourhood (``bairro``), which address books keep in the second line."""
    match = _NEIGHBOURHOOD.match(segment)
    if match is None:
        return segment, ""
    return clean(match["street"]), clean(match["district"])
