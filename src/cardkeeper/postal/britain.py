"""The United Kingdom: the post town right before the postcode (``LONDON EC1A 1BB``), any
locality before the town being part of the street's lines."""

from __future__ import annotations

import re

from cardkeeper.postal.locality import END, START, Locality, from_match

POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}"
_TOWN_AND_POSTCODE = re.compile(rf"{START}(?P<city>[^,\d]+?)\s*,?\s+(?P<postcode>{POSTCODE}){END}")
_POSTCODE_ALONE = re.compile(rf"{START}(?P<postcode>{POSTCODE}){END}")


def gb_locality(text: str) -> Locality | None:
    """``Manchester M1 1AE``, ``London, EC1A 1BB``, or a postcode alone."""
    match = _TOWN_AND_POSTCODE.search(text) or _POSTCODE_ALONE.search(text)
    return from_match(match, ("GB",)) if match else None
