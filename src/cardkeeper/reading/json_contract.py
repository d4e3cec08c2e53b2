"""The JSON shape of ``cardkeeper scan --json`` (docs/scan-json.md; DESIGN.md, "Contracts").

Other programs read this output, so it is built here in one place and its
keys never change without the contract changing.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from cardkeeper.postal import split_address
from cardkeeper.reading.fields import CardFields

SHAPE = (
    "With --json: one JSON array, one object per card, image by image in the order given. "
    'Each object has "source" (the image as given), "name", "given_name", "family_name", '
    '"title", "company", "emails", "phones" (each {"kind": work|mobile|fax|other, "number": '
    'E.164}), "websites", "address", "confidence" (0-1 per field found) and "error" (null, or '
    "why it could not be read). A photo of several cards gives one object per card, each with "
    'a "card" number 1, 2, ... in reading order (rows, then left to right); "card" is absent '
    'when the photo holds one card. A field not found is "" or []. Exit status 1 if any '
    "image, or any card in one, could not be read."
)
"""The contract in a paragraph, for ``cardkeeper scan --help``: users have no DESIGN.md."""


def reading_to_json(source: str, fields: CardFields, card: int = 0) -> dict[str, Any]:
    """The contract object for one card that was read; ``card`` is its number in a photo of
    several (1, 2, … in reading order), 0 for a photo of one card, which has no "card" key."""
    name = fields.name
    address = fields.address.value if fields.address else ""
    confidence: dict[str, float] = {}
    if name:
        confidence["name"] = round(name.full.confidence, 2)
    for key, single in (
        ("title", fields.title),
        ("company", fields.company),
        ("address", fields.address),
    ):
        if single:
            confidence[key] = round(single.confidence, 2)
    for key, many in (
        ("emails", fields.emails),
        ("phones", fields.phones),
        ("websites", fields.websites),
    ):
        if many:
            confidence[key] = round(min(f.confidence for f in many), 2)
    numbered = {"card": card} if card else {}
    return {
        "source": source,
        **numbered,
        "name": name.full.value if name else "",
        "given_name": name.given if name else "",
        "family_name": name.family if name else "",
        "name_reading": name.reading if name else "",
        "title": fields.title.value if fields.title else "",
        "company": fields.company.value if fields.company else "",
        "emails": [f.value for f in fields.emails],
        "phones": [{"kind": str(p.kind), "number": p.value} for p in fields.phones],
        "websites": [f.value for f in fields.websites],
        "address": address,
        "address_parts": asdict(split_address(address, fields.region)),
        "confidence": confidence,
        "error": None,
    }


def error_to_json(source: str, message: str, card: int = 0) -> dict[str, Any]:
    """The contract object for an image (or a card in it, numbered as in
    :func:`reading_to_json`) that could not be read: empty fields and the reason."""
    return {**reading_to_json(source, CardFields(), card), "error": message}
