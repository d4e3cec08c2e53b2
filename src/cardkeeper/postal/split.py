"""Split a printed address into the parts address books keep."""

from __future__ import annotations

from cardkeeper.domain import AddressParts


def split_address(printed: str, country_hint: str = "") -> AddressParts:
    """The parts of ``printed``; ``country_hint`` (ISO 3166 alpha-2) is the country the
    card points to when the address itself names none.

    Until the per-country rules land, everything stays in the street part, which is what
    every export did before parts existed.
    """
    del country_hint
    return AddressParts(street=printed.strip())
