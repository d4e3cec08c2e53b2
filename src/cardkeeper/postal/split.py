"""Split a printed address into the parts address books keep."""

from __future__ import annotations

import re
from collections.abc import Callable

from cardkeeper.domain import AddressParts
from cardkeeper.postal.australia import au_locality
from cardkeeper.postal.brazil import br_locality, split_neighbourhood
from cardkeeper.postal.britain import gb_locality
from cardkeeper.postal.continental import continental_locality
from cardkeeper.postal.countries import country_of_name, trailing_country
from cardkeeper.postal.japan import jp_locality
from cardkeeper.postal.locality import Locality
from cardkeeper.postal.north_america import ca_locality, us_locality, us_locality_known
from cardkeeper.postal.segments import one_line, segments, street_and_extended

Finder = Callable[[str], Locality | None]

_BY_COUNTRY: dict[str, Finder] = {
    "US": us_locality_known,
    "CA": ca_locality,
    "GB": gb_locality,
    "AU": au_locality,
    "BR": br_locality,
    "JP": jp_locality,
    **dict.fromkeys(("DE", "AT", "CH", "FR", "IT", "ES", "NL", "BE"), continental_locality),
}
_BY_SHAPE: tuple[Finder, ...] = (
    jp_locality,
    br_locality,
    ca_locality,
    us_locality,
    au_locality,
    continental_locality,
    gb_locality,
)
"""Tried in turn when the country is not known: the shapes only one country prints first."""
_ALIASES = {"UK": "GB"}
_POSTCODE_MARK = re.compile(r"^(?:〒|CEP:?|T|7)?\s*")


def split_address(printed: str, country_hint: str = "") -> AddressParts:
    """The parts of ``printed`` by the conventions of the country it is from.

    That country is the one the address names, else ``country_hint`` (ISO 3166 alpha-2:
    the card's phones, its domain or the user's region) when the address is written the
    way that country writes them, else the one only country that writes it so. The
    country part is an ISO code, ``""`` when the address leaves it open (five digits and a
    city no table knows, with no hint among the countries that write them). No address,
    no parts.
    """
    text = one_line(printed)
    if not text:
        return AddressParts()
    hint = _ALIASES.get(country_hint.upper(), country_hint.upper())
    named, text = _named_country(text)
    locality = _locality(text, named or hint)
    if locality is None:
        street, extended = street_and_extended(segments(text))
        return AddressParts(street=street, extended=extended, country=named or hint)
    country = named or _country(locality, hint)
    parts = [
        part
        for part in segments(text[: locality.start]) + segments(text[locality.end :])
        if not _is_postcode(part, locality.postcode)
    ]
    if locality.street:
        street, extended = locality.street, ", ".join(p for p in (locality.extended, *parts) if p)
    else:
        street, extended = street_and_extended(parts)
    if country == "BR":
        street, district = split_neighbourhood(street)
        extended = ", ".join(p for p in (extended, district) if p)
    return AddressParts(
        street=street,
        extended=extended,
        postcode=locality.postcode,
        city=locality.city,
        region=locality.region,
        country=country,
    )


def _named_country(text: str) -> tuple[str, str]:
    """The country the address names last, and the address without it."""
    head, _, last = text.rpartition(",")
    if country := country_of_name(last):
        return country, head.strip()
    country, rest = trailing_country(last)
    if country:
        return country, f"{head}, {rest}" if head else rest
    return "", text


def _locality(text: str, country: str) -> Locality | None:
    """The locality by ``country``'s conventions, else by the first shape that fits."""
    if (finder := _BY_COUNTRY.get(country)) is not None and (found := finder(text)):
        return found
    for finder in _BY_SHAPE:
        found = finder(text)
        if found is not None and (finder is not br_locality or found.postcode):
            return found
    return None


def _country(locality: Locality, hint: str) -> str:
    """The hint when the locality is written its way, else the one country that writes it
    so, else none."""
    if hint in locality.countries:
        return hint
    return locality.countries[0] if len(locality.countries) == 1 else ""


def _is_postcode(part: str, postcode: str) -> bool:
    """A line holding only the postcode (``〒100-0005`` above a Japanese address)."""
    alone = _POSTCODE_MARK.sub("", part).replace(" ", "")
    return bool(postcode) and alone == postcode.replace(" ", "")
