"""Read one side of a saved card again, cropped and turned by hand, and say what it changes.

The outline search can cut out the wrong thing (a logo on a clean scan); the
user then crops the original photo by hand and the card is read again. What
the new reading gives is offered field by field, as ABBYY's and CamCard's
re-recognition do, but a field the user corrected since the card was read is
theirs: it is offered unticked, never replaced unasked. A field the new reading
left empty is never emptied by it either.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from cardkeeper.app.contact_from_reading import contact_from_fields, original_photo, scanned_side
from cardkeeper.domain import Contact
from cardkeeper.reading.hand_crop import WHOLE, Corners, hand_crop
from cardkeeper.reading.pipeline import ReadingOptions, read_card_image
from cardkeeper.store.card_images import ImageData, ScannedSide, Side, StoredWord
from cardkeeper.wording import QT_TRANSLATE_NOOP, translate

FIELDS = (
    ("name", QT_TRANSLATE_NOOP("reread_card", "Name")),
    ("title", QT_TRANSLATE_NOOP("reread_card", "Title")),
    ("company", QT_TRANSLATE_NOOP("reread_card", "Company")),
    ("address", QT_TRANSLATE_NOOP("reread_card", "Address")),
    ("emails", QT_TRANSLATE_NOOP("reread_card", "Email")),
    ("phones", QT_TRANSLATE_NOOP("reread_card", "Phone")),
    ("websites", QT_TRANSLATE_NOOP("reread_card", "Website")),
)
"""The contact fields a reading fills, with their labels (a FieldChange says them translated)."""
_NAME_PARTS = ("full_name", "prefix", "given_name", "middle_name", "family_name", "suffix")
_TAKEN_WITH = {"name": _NAME_PARTS, "address": ("address", "address_parts")}
"""The attributes a field taken from a new reading brings: an address comes with its parts."""


@dataclass(frozen=True)
class Crop:
    """Where the user put the card on its photo: the photo's file, turned, then cut to corners."""

    source: Path
    rotation: int = 0
    """Degrees clockwise: 0, 90, 180 or 270."""
    corners: Corners = WHOLE


@dataclass(frozen=True)
class FieldChange:
    """One field the new reading would change, as the user is shown it."""

    field: str
    """A name in :data:`FIELDS`."""
    label: str
    now: str
    """The field as the contact has it, on one line."""
    read: str
    """The field as the new reading gives it, on one line."""
    edited: bool
    """The user changed this field since the card was read."""

    @property
    def proposed(self) -> bool:
        """Taken unless the user says otherwise: not theirs, and not emptied."""
        return not self.edited and bool(self.read)


@dataclass(frozen=True)
class Reread:
    """A side read again: what to save for it, what it was before, and the changes offered."""

    side: ScannedSide
    before: ScannedSide
    read: Contact
    changes: list[FieldChange]


def reread_side(
    crop: Crop,
    side: Side,
    before: ScannedSide,
    current: Contact,
    options: ReadingOptions,
) -> Reread:
    """Read the side at ``crop`` again (slow: OCR; run it off the GUI thread).

    ``before`` is the side as saved, its words what the card was first read as,
    which tells the fields the user corrected since from those they left; the
    side read again belongs to the same card as ``before``.
    """
    from cardkeeper.reading.load import load_image
    from cardkeeper.reading.orient import rotate
    from cardkeeper.reading.parse.card import parse_card

    turned = np.asarray(rotate(load_image(crop.source), crop.rotation), dtype=np.uint8)
    reading = read_card_image(turned, str(crop.source), options, hand_crop(turned, crop.corners))
    first = parse_card(list(before.words), options.default_region) if before.words else None
    was_read = contact_from_fields(first) if first else Contact()
    read = contact_from_fields(reading.fields)
    original = before.original or original_photo(crop.source)
    again = replace(scanned_side(reading, original, side), card=before.card)
    return Reread(again, before, read, field_changes(current, was_read, read))


def stored_side(
    side: Side,
    flattened: tuple[Path, int, int],
    original: tuple[Path, int, int] | None,
    words: Sequence[StoredWord],
    card: int = 1,
) -> ScannedSide:
    """A saved side (of the contact's card number ``card``) as it would be saved again, to
    put it back when a re-read is undone."""
    return ScannedSide(
        flattened=_image_data(*flattened),
        original=_image_data(*original) if original else None,
        words=[stored.word for stored in words],
        word_fields={index: stored.field for index, stored in enumerate(words) if stored.field},
        side=side,
        card=card,
    )


def _image_data(path: Path, width: int, height: int) -> ImageData:
    return ImageData(path.read_bytes(), width, height)


def field_changes(current: Contact, was_read: Contact, read: Contact) -> list[FieldChange]:
    """The fields where ``read`` differs from ``current``; ``was_read`` is the first reading."""
    return [
        FieldChange(
            field,
            translate("reread_card", label),
            _text(current, field),
            _text(read, field),
            edited=_value(current, field) != _value(was_read, field),
        )
        for field, label in FIELDS
        if _value(read, field) != _value(current, field)
    ]


def with_changes(current: Contact, read: Contact, fields: Collection[str]) -> Contact:
    """``current`` with ``fields`` (names in :data:`FIELDS`) taken from ``read``."""
    taken: dict[str, object] = {}
    for field in fields:
        for attribute in _TAKEN_WITH.get(field, (field,)):
            value = getattr(read, attribute)
            taken[attribute] = list(value) if isinstance(value, list) else value
    return replace(current, **taken)  # type: ignore[arg-type]


def _value(contact: Contact, field: str) -> object:
    if field == "name":
        return tuple(getattr(contact, part) for part in _NAME_PARTS)
    if field == "phones":
        return tuple(phone.number for phone in contact.phones)
    value = getattr(contact, field)
    return tuple(value) if isinstance(value, list) else value


def _text(contact: Contact, field: str) -> str:
    if field == "name":
        return contact.display_name
    if field == "phones":
        return ", ".join(phone.printed or phone.number for phone in contact.phones)
    value = getattr(contact, field)
    return ", ".join(value) if isinstance(value, list) else ", ".join(value.splitlines())
