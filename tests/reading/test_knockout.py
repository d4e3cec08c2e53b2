"""A company's name cut out of a small dark block (a knockout wordmark), with real Tesseract."""

from __future__ import annotations

import cv2
import numpy as np

from cardkeeper.reading.ocr import read_words
from cardkeeper.reading.parse import parse_card
from cardkeeper.reading.prepare import dark_blocks
from tests.reading.synth import make_card
from tools.cardgen.wide import make_wide_card


def _flat_card(seed: int, locale: str, look: str) -> tuple[np.ndarray, str]:
    card = make_wide_card(seed, locale, look)
    assert card.wordmark == "knockout"
    image = cv2.cvtColor(np.asarray(card.image.convert("RGB")), cv2.COLOR_RGB2BGR)
    return image, card.truth.company


def test_letters_cut_out_of_a_dark_block_are_read() -> None:
    """Seed 77, 0266-band: ``STUDIO ROMANO`` in white on a grey block of 3% of the card."""
    image, company = _flat_card(77000497, "IT", "band")
    found = parse_card(read_words(image).words).company
    assert found is not None
    assert found.value.casefold() == company.casefold()


def test_a_block_of_a_coloured_card_is_found_once_the_card_is_inverted() -> None:
    """Seed 77, 0161-saturated: a white block with letters in the card's colour, which the
    inversion of the whole card turns into a dark block (1.4% of the card)."""
    image, company = _flat_card(77000392, "US", "saturated")
    found = parse_card(read_words(image).words).company
    assert found is not None
    assert found.value.casefold() == company.casefold()


def test_bold_dark_text_is_no_block() -> None:
    card = make_card(
        lines=(
            ("DejaVuSans-Bold.ttf", 90, "HEMINGWAY MEDIA"),
            ("DejaVuSans-Bold.ttf", 56, "Anna Mueller"),
            ("DejaVuSans.ttf", 32, "anna.mueller@example.com"),
        )
    )
    assert not dark_blocks(cv2.cvtColor(card, cv2.COLOR_BGR2GRAY)).any()


def test_a_block_leaning_with_a_card_taken_whole_is_found() -> None:
    """Seed 131 cut photo 188: the card runs out of the frame, so it is read whole, leaning
    3°; the upright box of its block then has empty corners, and the block was missed."""
    from cardkeeper.reading.find_card import find_card
    from tests.reading.synth import cardgen_photo

    card = find_card(cardgen_photo(131, 188, "cut").image).card
    gray = cv2.cvtColor(card, cv2.COLOR_BGR2GRAY)
    assert dark_blocks(gray).any()
    found = parse_card(read_words(card).words).company
    assert found is not None
    assert found.value.casefold() == "ironbridge software"
