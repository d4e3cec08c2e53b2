"""United States and Canada: ``City, ST 12345`` and ``City, ON  A1A 1A1``, the city first."""

from __future__ import annotations

import re

from cardkeeper.postal.city_first import CITY, city_first_locality
from cardkeeper.postal.locality import END, START, Locality
from cardkeeper.postal.regions import (
    CA_PROVINCE_NAMES,
    CA_PROVINCES,
    US_STATE_NAMES,
    US_STATES,
    one_of,
)

_STATE = rf"(?P<region>{one_of(US_STATES)}|(?i:{US_STATE_NAMES}))"
_US = re.compile(
    rf"{START}{CITY}\s*,?\s+{_STATE}\.?\s*,?\s+(?P<postcode>\d{{5}}(?:-\d{{4}})?){END}"
)
_US_NO_ZIP = re.compile(rf"{START}{CITY}\s*,\s*{_STATE}(?P<postcode>)\s*$")
"""``Brooklyn, NY`` closing an address known to be American."""
_CA = re.compile(
    rf"{START}{CITY}\s*,?\s+\(?(?P<region>{one_of(CA_PROVINCES)}|{CA_PROVINCE_NAMES})\.?\)?"
    rf"\s*,?\s+(?P<postcode>[A-Z]\d[A-Z]\s?\d[A-Z]\d){END}"
)


def us_locality(text: str) -> Locality | None:
    """``Austin, TX 78701``, ``Boston MA 02110-1234``, ``Stanford, California 94305``."""
    return city_first_locality(_US, text, ("US",))


def us_locality_known(text: str) -> Locality | None:
    """:func:`us_locality`, or a city and state with no ZIP, for an address known to be
    American."""
    return us_locality(text) or city_first_locality(_US_NO_ZIP, text, ("US",))


def ca_locality(text: str) -> Locality | None:
    """``Toronto, ON M5V 2T6`` or ``Montréal (Québec) H3B 1A1``."""
    return city_first_locality(_CA, text, ("CA",))
