"""OCR end to end on generated cards, with real Tesseract."""

from __future__ import annotations

import cv2
import pytest

from cardkeeper.reading.find_card import find_card
from cardkeeper.reading.ocr import read_words
from cardkeeper.reading.orient import rotate
from tests.reading.synth import EMAIL, make_band_card, make_card, photograph


def test_reads_a_flat_card_with_boxes_in_card_pixels() -> None:
    card = make_card()
    result = read_words(card)
    assert result.rotation == 0
    assert result.image.shape == card.shape
    assert EMAIL in result.text
    email = next(word for word in result.words if word.text == EMAIL)
    # Drawn at x=60, y=60 + 56*1.45 + 2*36*1.45 = 245 in card pixels, 32 px font.
    assert abs(email.box.left - 60) <= 6
    assert 240 <= email.box.top <= 262
    assert 15 <= email.box.height <= 40
    assert 0.5 < email.confidence <= 1.0
    assert all(word.text.strip() and 0 <= word.confidence <= 1 for word in result.words)
    assert all(w.box.left >= 0 and w.box.right <= card.shape[1] for w in result.words)


def test_reads_the_email_on_a_rotated_desk_photo_after_find_and_orient() -> None:
    photo = photograph(make_card(), desk="wood", angle=120, seed=4, tilt=0.08, jpeg=85)
    found = find_card(photo.image)
    assert found.kind == "photo"
    result = read_words(found.card)
    assert EMAIL in result.text
    assert result.image.shape[1] > result.image.shape[0]  # upright landscape card


def test_upside_down_card_is_returned_upright() -> None:
    card = make_card()
    result = read_words(rotate(card, 180))
    assert result.rotation == 180
    assert "Anna Mueller" in result.text
    assert result.image.shape == card.shape
    assert result.image[5, 500, 0] > 120  # the blue band is back at the top


def test_text_has_lines_and_blank_lines_between_blocks() -> None:
    card = make_card()
    cv2.putText(card, "Booth 12", (800, 560), cv2.FONT_HERSHEY_SIMPLEX, 1.2, (0, 0, 0), 2)
    result = read_words(card)
    lines = result.text.split("\n")
    assert "Anna Mueller" in lines
    assert "" in lines  # at least two blocks
    assert any("Booth" in line for line in lines)


@pytest.mark.parametrize("band", [(70, 30, 100), (0, 110, 120), (30, 60, 140), (180, 30, 30)])
def test_light_text_on_a_dark_footer_of_a_light_card_is_read(band: tuple[int, int, int]) -> None:
    """Purple, teal, navy and red footers: read as 'CEATEC ORE I ERTA' before."""
    text = read_words(make_band_card(band)).text
    assert EMAIL in text and "+44 20 7946 0958" in text and "www.example.com" in text
    assert "Anna Mueller" in text
