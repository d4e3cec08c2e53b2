"""A line Tesseract ran across two columns, its unsure side read again (``joined_columns``)."""

from __future__ import annotations

import numpy as np

from cardkeeper.reading.joined_columns import reread_joined_columns
from cardkeeper.reading.pipeline import read_card_image
from cardkeeper.reading.sideways import Page
from cardkeeper.reading.words import Box, Word
from tests.reading.synth import cardgen_photo


def _phones(seed: int, index: int, kind: str) -> list[str]:
    reading = read_card_image(cardgen_photo(seed, index, kind).image, "generated")
    return [phone.value for phone in reading.fields.phones]


def test_a_phone_joined_to_the_web_address_beside_it_is_read() -> None:
    """Seed 134, 0202-band: ``+33 (0) 6 41 27 54 56`` on the left, a little above the
    LinkedIn address on the right, was read ``T23 0) GSI a7 3436`` in one line with it."""
    assert "+33641275456" in _phones(134, 202, "band")


def test_a_phone_on_a_band_joined_to_the_street_beside_it_is_read() -> None:
    """Seed 134, 0262-band: ``T. 403.638.3207`` on a red band, leaning, was read
    ``T 03038:3207`` in one line with ``3045 Sparks Street``."""
    assert "+14036383207" in _phones(134, 262, "band")


def test_a_sure_phone_a_row_above_the_web_address_beside_it_is_read() -> None:
    """Seed 149, 0238-band: ``02 05 38 43 52`` on a dark footer, half a line above the web
    address to its right, was read ``02 05 98 19 52`` in one line with it, no digit less
    than 0.61 sure."""
    assert _phones(149, 238, "band") == ["+33205384352"]


def test_a_large_name_joined_to_the_small_email_beside_it_is_read() -> None:
    """Seed 147, 0160-band: the name, twice the height of the email to its right, was read
    ``Wi l l la m F itzg e ra Id`` in one line with it, every piece sure; read alone, its
    cut stops short of the title under it."""
    reading = read_card_image(cardgen_photo(147, 160, "band").image, "generated")
    assert reading.fields.name is not None
    assert reading.fields.name.full.value == "William Fitzgerald"
    assert reading.fields.title is not None
    assert reading.fields.title.value == "Head of Sales"


def test_lines_with_no_gap_or_sure_on_both_sides_are_not_read_again() -> None:
    """No OCR call: the page is blank, and a re-read of it would return nothing."""
    page = Page(np.full((200, 800), 255, np.uint8), 1.0, 20.0)

    def word(text: str, left: int, confidence: float, line: int) -> Word:
        return Word(text, Box(left, 20 + 40 * line, 15 * len(text), 20), confidence, 1, 1, line)

    words = [
        word("Tel", 10, 0.3, 1),
        word("0131-545-1882", 70, 0.4, 1),
        word("T", 10, 0.9, 2),
        word("0131-545-1882", 40, 0.95, 2),
        word("www.example.com", 500, 0.93, 2),
    ]
    assert reread_joined_columns(page, words, "eng", "") is words
