"""Generated cards read end to end (real Tesseract): the contact gets its address in parts."""

from __future__ import annotations

from pathlib import Path

import pytest

from cardkeeper.app.contact_from_reading import contact_from_fields
from cardkeeper.domain import AddressParts
from cardkeeper.reading.pipeline import ReadingOptions, read_card
from tests.card_files import write_postal_scan


@pytest.mark.parametrize(("country", "seed"), [("JP", 1000), ("BR", 1003), ("BE", 1002)])
def test_a_scanned_card_becomes_a_contact_with_its_address_in_parts(
    tmp_path: Path, country: str, seed: int
) -> None:
    path, truth = write_postal_scan(tmp_path, country, seed)

    reading = read_card(path, ReadingOptions(default_region="US"))
    contact = contact_from_fields(reading.fields)

    assert contact.address == truth.address
    assert contact.address_parts == AddressParts(**truth.address_parts)
