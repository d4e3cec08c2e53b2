"""Outlined (hollow) letters drawn solid before reading (``reading.hollow``), real Tesseract."""

from __future__ import annotations

import cv2
import numpy as np

from cardkeeper.reading.hollow import solid_letters
from cardkeeper.reading.pipeline import read_card_image
from cardkeeper.reading.prepare import prepare
from tests.reading.synth import cardgen_photo, make_card


def _company(seed: int, index: int, kind: str) -> str:
    reading = read_card_image(cardgen_photo(seed, index, kind).image, "generated")
    company = reading.fields.company
    return "" if company is None else company.value.casefold()


def test_an_outlined_wordmark_on_a_band_is_read() -> None:
    """Seed 134, 0166-band: ``ATELIER LUMIÈRE`` in white outlines on a purple band was read
    ``NoRLIER LUMAN`` (no company)."""
    assert _company(134, 166, "band") == "atelier lumière"


def test_an_outlined_wordmark_on_a_leaning_photo_is_read() -> None:
    """Seed 134, 0250-band: ``IRONBRIDGE SOFTWARE`` outlined on a dark band, the card lying at
    30° on a desk, was read ``RORARII SAPUN``."""
    assert _company(134, 250, "band") == "ironbridge software"


def test_solid_text_is_left_as_it_is() -> None:
    """Bold capitals and digits with narrow counters (0, 8, D) are no outlines."""
    card = make_card(
        lines=(
            ("DejaVuSerif-Bold.ttf", 80, "BOARD DOOR"),
            ("DejaVuSans-Bold.ttf", 56, "Dr Loïc Mercier"),
            ("DejaVuSansMono.ttf", 32, "+49 711 509 0058 / 0800 880 880"),
            ("DejaVuSans.ttf", 32, "george@pembertonsons.co.uk"),
        )
    )
    gray = prepare(card).image
    assert solid_letters(gray) is gray


def test_outlines_turned_with_the_card_are_filled_too() -> None:
    """A card not yet turned upright has its rows running down the page."""
    card = cardgen_photo(134, 166, "band").image
    gray = prepare(card).image
    turned = np.ascontiguousarray(np.rot90(gray))
    assert np.count_nonzero(solid_letters(gray) != gray) > 0
    assert np.count_nonzero(cv2.rotate(solid_letters(turned), cv2.ROTATE_90_CLOCKWISE) != gray) > 0
