"""Australia: suburb, state and postcode on one line (``SYDNEY NSW 2000``)."""

from __future__ import annotations

import re

from cardkeeper.postal.city_first import CITY, city_first_locality
from cardkeeper.postal.locality import END, START, Locality
from cardkeeper.postal.regions import AU_STATE_NAMES, AU_STATES, one_of

_SUBURB_STATE_POSTCODE = re.compile(
    rf"{START}{CITY}\s*,?\s+(?P<region>{one_of(AU_STATES)}|(?i:{AU_STATE_NAMES}))\.?\s*,?\s+"
    rf"(?P<postcode>\d{{4}}){END}"
)


def au_locality(text: str) -> Locality | None:
    """``Sydney NSW 2000``, ``Hawthorn, Victoria 3122``."""
    return city_first_locality(_SUBURB_STATE_POSTCODE, text, ("AU",))
