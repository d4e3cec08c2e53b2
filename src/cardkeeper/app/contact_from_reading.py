"""Turn what the reader found on a card into a contact and the card data saved with it."""

from __future__ import annotations

from pathlib import Path

from cardkeeper.domain import Contact, Phone, PhoneKind
from cardkeeper.reading.fields import CardFields, Field
from cardkeeper.reading.pipeline import CardReading
from cardkeeper.store.card_images import ImageData, ScannedSide
from cardkeeper.store.images import image_suffix

FLATTENED_JPEG_QUALITY = 90
"""Sharp enough to re-read the smallest print, a fifth of a PNG's size."""


def contact_from_fields(fields: CardFields) -> Contact:
    name = fields.name
    return Contact(
        full_name=name.full.value if name else "",
        prefix=name.prefix if name else "",
        given_name=name.given if name else "",
        middle_name=name.middle if name else "",
        family_name=name.family if name else "",
        suffix=name.suffix if name else "",
        title=fields.title.value if fields.title else "",
        company=fields.company.value if fields.company else "",
        address=fields.address.value if fields.address else "",
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


def scanned_side(reading: CardReading, original: Path | None) -> ScannedSide:
    """The card images and words to save. The original photo is kept as its own bytes.

    An original in a format the library does not store (BMP) is left out: the
    flattened card, which is what the user looks at, is always kept.
    """
    import cv2

    ok, encoded = cv2.imencode(
        ".jpg", reading.card_image, [cv2.IMWRITE_JPEG_QUALITY, FLATTENED_JPEG_QUALITY]
    )
    if not ok:
        raise ValueError("the flattened card could not be encoded as JPEG")
    height, width = reading.card_image.shape[:2]
    flattened = ImageData(encoded.tobytes(), width, height)
    return ScannedSide(
        flattened=flattened,
        original=_original(original) if original else None,
        words=reading.words,
        word_fields=word_fields(reading.fields),
    )


def _original(path: Path) -> ImageData | None:
    from PIL import Image

    data = path.read_bytes()
    try:
        image_suffix(data)
    except ValueError:
        return None
    with Image.open(path) as image:
        width, height = image.size
    return ImageData(data, width, height)
