"""What is printed on a generated card, as plain data that survives a JSON round trip.

The bench and the tests compare what CardKeeper reads against these values, so every
string here is exactly what was drawn on the card (same case, same punctuation), except
``given_name``/``family_name``/``prefix``/``middle_name``/``suffix``, which are the parts
of the printed name in natural case even when the name is printed in ALL CAPS.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

PhoneKindName = Literal["work", "mobile", "fax", "other"]


@dataclass(frozen=True)
class TruthPhone:
    """One printed phone number."""

    kind: PhoneKindName
    e164: str
    """The number in E.164, e.g. ``+493012345678``."""
    printed: str
    """The number exactly as printed, without its label, e.g. ``030 12345678``."""
    label: str = ""
    """The label printed before it (``Tel.``, ``M``, ``Fax`` ...), "" when unlabelled."""


@dataclass
class CardTruth:
    """Everything a reader should find on one card.

    ``company`` is "" on the few cards that name the company only through its domain
    (email and website), because there is no company line a reader could find.
    ``tagline`` and ``socials`` are printed but are not contact fields a reader must fill:
    the tagline is there to tempt a reader into a wrong field.
    """

    locale: str
    layout: str
    dark: bool
    name: str
    given_name: str
    family_name: str
    prefix: str = ""
    middle_name: str = ""
    suffix: str = ""
    name_reading: str = ""
    """The name in Latin letters printed beside a name in another script (``Taro Yamada``
    beside ``山田 太郎``), "" when none is printed."""
    title: str = ""
    company: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[TruthPhone] = field(default_factory=list)
    websites: list[str] = field(default_factory=list)
    address_lines: list[str] = field(default_factory=list)
    socials: list[str] = field(default_factory=list)
    tagline: str = ""
    address_parts: dict[str, str] = field(default_factory=dict)
    """The address in parts (``street``, ``extended``, ``postcode``, ``city``, ``region``,
    ``country`` as ISO 3166 alpha-2), on the cards of ``tools.cardgen.postal``; empty on
    the others."""

    @property
    def address(self) -> str:
        """The printed address lines joined with ", " ("" when no address is printed)."""
        return ", ".join(self.address_lines)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; ``address`` is included for readers of the manifest."""
        data = asdict(self)
        data["address"] = self.address
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CardTruth:
        fields = {k: v for k, v in data.items() if k != "address"}
        fields["phones"] = [TruthPhone(**p) for p in data.get("phones", [])]
        return cls(**fields)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> CardTruth:
        return cls.from_dict(json.loads(text))
