"""The JSON shape of ``cardkeeper scan --json`` (DESIGN.md, "Contracts").

Other programs read this output, so it is built here in one place and its
keys never change without the contract changing.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from cardkeeper.postal import split_address
from cardkeeper.reading.fields import CardFields


def reading_to_json(source: str, fields: CardFields) -> dict[str, Any]:
    """The contract object for one image that was read."""
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
    return {
        "source": source,
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


def error_to_json(source: str, message: str) -> dict[str, Any]:
    """The contract object for an image that could not be read: empty fields and the reason."""
    return {**reading_to_json(source, CardFields()), "error": message}
