"""Where the city starts in a city-first locality (``Palo Alto CA 94306``) printed on the
street's line with no comma between: right after the street's last street word."""

from __future__ import annotations

import re

from cardkeeper.postal.locality import Locality, clean
from cardkeeper.postal.streets import STREET_WORDS

_AFTER_STREET = re.compile(
    rf"^.*\b(?:{STREET_WORDS}|mall|broadway|walk|alley|trail|drive)\b\.?\s+(?=[A-Za-z])",
    re.IGNORECASE,
)


_AFTER_NAMED_STREET = re.compile(
    rf"^.*\S\s+(?:{STREET_WORDS}|mall|broadway|walk|alley|trail|drive)\b\.?\s+(?=[A-Za-z])",
    re.IGNORECASE,
)
"""The same with no house number, only when a word names the street before its street word
(``John Street Hawthorn``; ``St. Kilda`` is a city)."""


def city_start(city: str, opens_address: bool) -> int:
    """Where the city begins in ``city``, a capture that may hold its street before it: 0
    when it is all city, -1 when it holds a number but no street word to end the street.
    A capture that opens the address may hold a street with no number."""
    if not any(c.isdigit() for c in city):
        match = _AFTER_NAMED_STREET.match(city) if opens_address else None
        return match.end() if match else 0
    match = _AFTER_STREET.match(city)
    return match.end() if match else -1


CITY = r"(?P<city>[^,]+?)"
"""A city-first locality's city, which may hold the street before it (see ``city_start``)."""


def city_first_locality(
    pattern: re.Pattern[str], text: str, countries: tuple[str, ...]
) -> Locality | None:
    """The last match of ``pattern`` (groups ``city``, ``region``, ``postcode``) whose city
    is a city, the street before it on the same line left out of the locality."""
    for match in reversed(list(pattern.finditer(text))):
        start = city_start(match["city"], match.start("city") == 0)
        if start < 0:
            continue
        return Locality(
            match.start("city") + start,
            match.end(),
            " ".join(clean(match["postcode"]).split()),
            clean(match["city"][start:]),
            clean(match["region"]),
            countries,
        )
    return None
