"""The postcode-and-city part of an address, as each country's conventions find it."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Locality:
    """Where in the address (joined into one line, ``, `` between its lines) the postcode,
    city and region stand, and what they are."""

    start: int
    end: int
    postcode: str
    city: str
    region: str
    countries: tuple[str, ...]
    """The countries that write an address this way, the likeliest first."""
    street: str = ""
    """The street, for conventions that print it in the same line after the city
    (Japanese addresses, written large to small)."""
    extended: str = ""
    """The building printed after such a street (``丸の内ビル5F``)."""


def clean(text: str | None) -> str:
    """A captured part without the spaces, commas and dashes around it."""
    return (text or "").strip(" ,-–/")


def from_match(match: re.Match[str], countries: tuple[str, ...]) -> Locality:
    """A locality from a pattern's named groups ``postcode``, ``city`` and ``region``."""
    groups = match.groupdict()
    return Locality(
        match.start(),
        match.end(),
        " ".join(clean(groups.get("postcode")).split()),
        clean(groups.get("city")),
        clean(groups.get("region")),
        countries,
    )


START = r"(?:^|(?<=,)\s*)"
"""A part starts the address or follows one of its commas."""
END = r"\s*(?=,|$)"
"""A part ends the address or stands before a comma."""
