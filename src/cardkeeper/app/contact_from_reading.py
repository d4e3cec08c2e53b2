"""Turn what the reader found on a card into a contact and the card data saved with it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from cardkeeper.domain import Contact, Phone, PhoneKind
from cardkeeper.postal import split_address
from cardkeeper.reading.fields import CardFields, Field
from cardkeeper.reading.pipeline import CardReading
from cardkeeper.store.card_images import ImageData, ScannedSide, Side
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from cardkeeper.store.images import image_suffix

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

FLATTENED_JPEG_QUALITY = 90
"""Sharp enough to re-read the smallest print, a fifth of a PNG's size."""


def contact_from_fields(fields: CardFields) -> Contact:
    """The contact the fields make, its address also in parts, split by the conventions of
    the country the card points to when the address names none."""
    name = fields.name
    address = fields.address.value if fields.address else ""
    return Contact(
        full_name=name.full.value if name else "",
        prefix=name.prefix if name else "",
        given_name=name.given if name else "",
        middle_name=name.middle if name else "",
        family_name=name.family if name else "",
        suffix=name.suffix if name else "",
        reading_given=name.reading_given if name else "",
        reading_family=name.reading_family if name else "",
        title=fields.title.value if fields.title else "",
        company=fields.company.value if fields.company else "",
        address=address,
        address_parts=split_address(address, fields.region),
        emails=[f.value for f in fields.emails],
        phones=[Phone(PhoneKind(p.kind), p.value, p.printed) for p in fields.phones],
        websites=[f.value for f in fields.websites],
        needs_review=True,
    )


def field_confidences(fields: CardFields) -> dict[str, float]:
    """The lowest confidence per field, so the review pane marks a field if any part is shaky."""
    confidences: dict[str, float] = {}
    for name, found in _named_fields(fields):
        confidences[name] = min(confidences.get(name, 1.0), found.confidence)
    return confidences


def word_fields(fields: CardFields) -> dict[int, str]:
    """Which field each OCR word was read into, for drawing boxes on the card."""
    return {index: name for name, found in _named_fields(fields) for index in found.word_indexes}


def _named_fields(fields: CardFields) -> list[tuple[str, Field]]:
    named: list[tuple[str, Field]] = []
    if fields.name:
        named.append(("name", fields.name.full))
    for name, single in (
        ("title", fields.title),
        ("company", fields.company),
        ("address", fields.address),
    ):
        if single:
            named.append((name, single))
    named += [("email", f) for f in fields.emails]
    named += [("phone", f) for f in fields.phones]
    named += [("website", f) for f in fields.websites]
    named += [("social", f) for f in fields.socials]
    return named


def scanned_side(
    reading: CardReading, original: ImageData | None, side: Side = Side.FRONT
) -> ScannedSide:
    """The card images and words to save: the flattened card as a JPEG, and the original
    (the photo's own bytes, or the camera frame) when there is one the library can store."""
    return ScannedSide(
        flattened=encode_jpeg(reading.card_image, FLATTENED_JPEG_QUALITY),
        original=original,
        words=reading.words,
        word_fields=word_fields(reading.fields),
        side=side,
    )


def encode_jpeg(image: NDArray[np.uint8], quality: int) -> ImageData:
    import cv2

    ok, encoded = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise ValueError("the card image could not be encoded as JPEG")
    height, width = image.shape[:2]
    return ImageData(encoded.tobytes(), width, height)


def save_read_card(
    library: Library,
    contact: Contact,
    reading: CardReading,
    side: ScannedSide,
    event_id: int | None,
    *,
    scanned_from: str,
) -> int:
    """Save a card just read as a new contact for review, met today; returns its id.

    One transaction: the image files are on disk before the row naming them commits.
    ``scanned_from`` says in the contact's activity log where the card came from.
    """
    contact.event_id = event_id
    contact.met_on = date.today()
    return Contacts(library).save_new_contact(
        contact,
        [side],
        confidences=field_confidences(reading.fields),
        card_text=reading.raw_text,
        socials=[f.value for f in reading.fields.socials],
        scanned_from=scanned_from,
    )


def original_photo(path: Path) -> ImageData | None:
    """The photo's own bytes, or None for a format the library does not store (BMP): the
    flattened card, which is what the user looks at, is always kept."""
    from PIL import Image

    data = path.read_bytes()
    try:
        image_suffix(data)
    except ValueError:
        return None
    with Image.open(path) as image:
        width, height = image.size
    return ImageData(data, width, height)
