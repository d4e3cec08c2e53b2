"""Libraries in tmp_path and cards to put in them."""

from __future__ import annotations

import hashlib
import random
from datetime import date
from pathlib import Path

from cardkeeper.domain import AddressParts, Contact, Phone, PhoneKind
from cardkeeper.reading.words import Box, Word
from cardkeeper.store.card_images import ImageData, ScannedSide


def fake_jpeg(size: int = 2000, seed: int = 0) -> bytes:
    """Bytes with a JPEG signature: the store names files by signature, it never decodes them."""
    return b"\xff\xd8\xff\xe0" + random.Random(seed).randbytes(size)


def fake_png(size: int = 2000, seed: int = 0) -> bytes:
    return b"\x89PNG\r\n\x1a\n" + random.Random(seed).randbytes(size)


def scanned_side(seed: int = 0, size: int = 2000) -> ScannedSide:
    words = [
        Word("Anna", Box(10, 10, 40, 12), 0.96, 1, 1, 1),
        Word("Müller", Box(55, 10, 60, 12), 0.91, 1, 1, 1),
        Word("anna@example.de", Box(10, 40, 120, 10), 0.88, 2, 1, 1),
    ]
    return ScannedSide(
        flattened=ImageData(fake_png(size, seed), 1000, 600),
        original=ImageData(fake_jpeg(size, seed), 4032, 3024),
        words=words,
        word_fields={0: "name", 1: "name", 2: "email"},
    )


def full_contact() -> Contact:
    """A contact with every field set, and text that breaks naive SQL or CSV."""
    return Contact(
        prefix="Dr.",
        given_name='Anna "Annie" O\'Brien',
        middle_name="Zoë",
        family_name="Müller-Łukasiewicz",
        suffix="Jr.",
        full_name='Dr. Anna "Annie"\nO\'Brien; DROP TABLE contacts; --',
        title="Head of 調達 / Procurement",
        company="Example Logistics GmbH & Co. KG",
        address="Hauptstraße 5\n10115 Berlin",
        address_parts=AddressParts(
            street="Hauptstraße 5", postcode="10115", city="Berlin", country="DE"
        ),
        emails=["Anna.Mueller@Example.de", "anna@müller.example"],
        phones=[
            Phone(PhoneKind.WORK, "+493012345678", "030 / 123 456-78"),
            Phone(PhoneKind.MOBILE, "+4915112345678", "+49 151 1234 5678", "Assistant"),
        ],
        websites=["www.example.de", "https://example.com/ü"],
        tags=["Fair 2024", "VIP"],
        notes='Wants a demo 🚀\nCall after 3pm; "urgent"',
        interested_in="cold-chain tracking",
        met_on=date(2024, 5, 17),
        needs_review=False,
    )


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
