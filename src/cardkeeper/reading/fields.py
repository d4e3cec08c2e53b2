"""What the parsers make of a card: fields, each with a confidence and its source words."""

from __future__ import annotations

from dataclasses import dataclass, field

from cardkeeper.domain import PhoneKind

GUESSED_CONFIDENCE = 0.7
"""Highest confidence of a value the reader put together from a hint rather than read (a
company's letters taken from its domain, a phone's country from the card's words): under
the review pane's mark, so the user is asked to check it."""


@dataclass(frozen=True)
class Field:
    value: str
    confidence: float
    """0.0 - 1.0: how sure the parser is; the review pane marks low ones."""
    word_indexes: tuple[int, ...] = ()
    """Indexes into the reading's word list: the words this value was read from."""


@dataclass(frozen=True)
class PhoneField(Field):
    """``value`` is E.164, or the number as printed when the card does not tell its country
    (then its confidence is low, for the user to check); ``printed`` is the text as it stood
    on the card."""

    kind: PhoneKind = PhoneKind.OTHER
    printed: str = ""


@dataclass(frozen=True)
class PersonName:
    full: Field
    prefix: str = ""
    given: str = ""
    middle: str = ""
    family: str = ""
    suffix: str = ""
    reading: str = ""
    """The name as printed in Latin letters beside a name in another script (``Taro
    Yamada`` beside ``山田太郎``): how it is read aloud and sorted; "" when none is printed."""
    reading_given: str = ""
    reading_family: str = ""


@dataclass
class CardFields:
    """Everything parsed from one card. A field not found is ``None`` or empty, never a guess."""

    name: PersonName | None = None
    title: Field | None = None
    company: Field | None = None
    emails: list[Field] = field(default_factory=list)
    phones: list[PhoneField] = field(default_factory=list)
    websites: list[Field] = field(default_factory=list)
    address: Field | None = None
    socials: list[Field] = field(default_factory=list)
    """LinkedIn URLs and @handles, kept apart from websites."""
    region: str = ""
    """The country the card points to (ISO 3166 alpha-2): where its phones ring, as its
    address, domain, ``+CC`` or words tell, else the user's region. An address that names
    no country is split by this country's conventions."""
