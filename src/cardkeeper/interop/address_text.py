"""An address's parts as other programs' files carry them, and its text when a file gives
only the parts.

A file may hold an address in parts with no printed form (Outlook's CSV has no
column for it, and many vCards no ``LABEL``); the text is then written the way
the country writes its addresses: the postcode before the town in most of
Europe and Brazil, after the state in North America and Australia, on a line
of its own in the United Kingdom, and first, large to small, in Japanese.

The library keeps a country as the reader gives it, an ISO 3166 code (``DE``);
files carry the country's name, as Google, Apple and Outlook write it. So a
code goes out as its English name, and that exact name comes back in as the
code. Any other spelling (``Deutschland``, ``germany``) is kept as written,
both ways: an export, imported and exported again, gives the same file.
"""

from __future__ import annotations

import re

from cardkeeper.domain import AddressParts
from cardkeeper.postal import split_address
from cardkeeper.postal.countries import country_of_name

_ENGLISH_NAMES = {
    "US": "United States", "CA": "Canada", "GB": "United Kingdom", "IE": "Ireland",
    "DE": "Germany", "AT": "Austria", "CH": "Switzerland", "FR": "France", "IT": "Italy",
    "ES": "Spain", "PT": "Portugal", "NL": "Netherlands", "BE": "Belgium", "LU": "Luxembourg",
    "DK": "Denmark", "SE": "Sweden", "NO": "Norway", "FI": "Finland", "PL": "Poland",
    "AU": "Australia", "BR": "Brazil", "JP": "Japan",
}  # fmt: skip
"""Countries whose way of writing an address is known here, by code, with the English name
that exports write (as Google, Apple and Outlook do)."""

_STATE_ZIP = re.compile(r"[A-Z]{2}")
_ZIP = re.compile(r"\d{5}(-\d{4})?")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def address_to_write(printed: str, parts: AddressParts) -> tuple[str, AddressParts]:
    """The text and parts a file gets: the contact's, with its printed text split when it has
    no parts, and its parts written as its country does when it has no text (a file that
    gives both is read back as it was written)."""
    return printed or printed_address(parts), split_address(printed) if parts.is_empty else parts


def address_read(printed: str, parts: AddressParts) -> tuple[str, AddressParts]:
    """The text and parts a contact gets from a file that gave ``printed`` and ``parts``,
    either of which may be empty: the text is built from the parts, the parts split from
    the text."""
    text = printed.strip() or printed_address(parts)
    return text, split_address(text) if parts.is_empty else parts


def country_name(country: str) -> str:
    """What a file gets for the library's ``country``: the English name of a known code."""
    return _ENGLISH_NAMES.get(country, country)


def country_part(written: str) -> str:
    """What the library keeps of a file's country: the code, for the exact name
    :func:`country_name` writes; anything else as written."""
    written = written.strip()
    return next((code for code, name in _ENGLISH_NAMES.items() if name == written), written)


def printed_address(parts: AddressParts) -> str:
    """The address as the country of ``parts`` prints it, one line per line."""
    country = _country_code(parts)
    street, extended, code, city, region = (
        parts.street,
        parts.extended,
        parts.postcode,
        parts.city,
        parts.region,
    )
    if country == "JP" and _JAPANESE.search(street + city + region):
        top = "〒" + code if code else ""
        return _lines(top, region + city + street, extended, country_name(parts.country))
    if country in ("US", "CA", "AU", "JP"):
        state = " ".join(p for p in (region, code) if p)
        town = (", " if country != "AU" else " ").join(p for p in (city, state) if p)
        return _lines(street, extended, town, country_name(parts.country))
    if country in ("GB", "IE"):
        return _lines(street, extended, city, region, code, country_name(parts.country))
    if country == "BR":
        town = " - ".join(p for p in (city, region) if p)
        return _lines(street, extended, town, code, country_name(parts.country))
    if country == "IT":
        return _lines(street, extended, _joined(code, city, region), country_name(parts.country))
    return _lines(street, extended, _joined(code, city), region, country_name(parts.country))


def _country_code(parts: AddressParts) -> str:
    """The code of the country the parts name; without one, ``US`` when a two-letter state
    and a ZIP code say so (how an American card prints it), else ""."""
    if parts.country:
        code = parts.country.strip()
        return code.upper() if code.upper() in _ENGLISH_NAMES else country_of_name(code)
    if _STATE_ZIP.fullmatch(parts.region) and _ZIP.fullmatch(parts.postcode):
        return "US"
    return ""


def _joined(*pieces: str) -> str:
    return " ".join(p for p in pieces if p)


def _lines(*lines: str) -> str:
    return "\n".join(line for line in lines if line)
