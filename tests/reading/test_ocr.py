"""OCR end to end on generated cards, with real Tesseract."""

from __future__ import annotations

import cv2
import pytest

from cardkeeper.reading.find_card import find_card
from cardkeeper.reading.ocr import read_words
from cardkeeper.reading.orient import detect_orientation, rotate
from cardkeeper.reading.prepare import prepare
from cardkeeper.reading.skew import straighten
from tests.reading.synth import (
    EMAIL,
    SQUARE_CARD_LINES,
    glare,
    make_band_card,
    make_card,
    make_square_glyph_card,
    photograph,
)


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


@pytest.mark.parametrize("seed", [1, 2])
def test_a_card_in_square_glyphs_turned_over_is_read_the_right_way_up(seed: int) -> None:
    # Real cards printed mostly in Hangul or Kanji were read upside down: the ink test
    # for Latin text (more ink above a line's core than below) was sure of the wrong way.
    card = make_square_glyph_card(seed)
    turned = rotate(card, 180)
    assert detect_orientation(prepare(turned).image).rotation == 0  # the ink test is misled
    result = read_words(turned)
    assert result.rotation == 180
    assert all(line in result.text for line in SQUARE_CARD_LINES)


def test_text_has_lines_and_blank_lines_between_blocks() -> None:
    card = make_card()
    cv2.putText(card, "Booth 12", (800, 560), cv2.FONT_HERSHEY_SIMPLEX, 1.2, (0, 0, 0), 2)
    result = read_words(card)
    lines = result.text.split("\n")
    assert "Anna Mueller" in lines
    assert "" in lines  # at least two blocks
    assert any("Booth" in line for line in lines)


def test_one_light_line_on_a_large_dark_header_band_is_read() -> None:
    # seed 21 band cards: a red header over the top 45% of the card holding only the company
    card = make_card()
    card[:270] = (40, 25, 160)
    cv2.putText(
        card, "IRONBRIDGE LLP", (330, 150), cv2.FONT_HERSHEY_SIMPLEX, 1.1, (200, 230, 245), 2
    )
    assert "IRONBRIDGE LLP" in read_words(card).text


@pytest.mark.parametrize("band", [(20, 85, 205), (30, 120, 230)])
def test_one_light_line_on_a_large_orange_header_band_is_read(band: tuple[int, int, int]) -> None:
    """Orange headers (BGR, grey 113 and 143): one line is under 2% of the band, and the
    band not dark throughout, so it was left as it was and its text evened out into white."""
    card = make_card()
    card[:270] = band
    cv2.putText(
        card, "IRONBRIDGE LLP", (330, 150), cv2.FONT_HERSHEY_SIMPLEX, 1.1, (200, 230, 245), 2
    )
    assert "IRONBRIDGE LLP" in read_words(card).text


@pytest.mark.parametrize("band", [(70, 30, 100), (0, 110, 120), (30, 60, 140), (180, 30, 30)])
def test_light_text_on_a_dark_footer_of_a_light_card_is_read(band: tuple[int, int, int]) -> None:
    """Purple, teal, navy and red footers: read as 'CEATEC ORE I ERTA' before."""
    text = read_words(make_band_card(band)).text
    assert EMAIL in text and "+44 20 7946 0958" in text and "www.example.com" in text
    assert "Anna Mueller" in text


@pytest.mark.parametrize("band", [(215, 95, 25), (60, 150, 215), (40, 150, 80)])
def test_light_text_on_a_coloured_panel_of_middle_grey_is_read(band: tuple[int, int, int]) -> None:
    """Orange, sky-blue and green footers, as light as grey 110-150: too light to count as
    dark, so their white text was evened out into the white of the card and lost."""
    card = make_band_card(band)
    photo = photograph(card, desk="wood", angle=4, fill=0.5, gradient=0.3, seed=2, jpeg=85)
    text = read_words(find_card(photo.image).card).text
    assert EMAIL in text and "+44 20 7946 0958" in text and "www.example.com" in text


@pytest.mark.parametrize("band", [(112, 108, 106), (120, 120, 120)])
def test_light_text_on_a_mid_grey_footer_is_read(band: tuple[int, int, int]) -> None:
    """A warm and a neutral mid-grey footer (grey 108 and 120; the real catkitchen721
    test_image3 prints its company in white on such a panel): neither dark nor coloured
    enough for the grounds found by their level, so they were read as noise
    ('CER EEOAE EA]'). Their ink says they carry light print: nearly all of it is lighter
    than the ground."""
    text = read_words(make_band_card(band)).text
    assert EMAIL in text and "+44 20 7946 0958" in text and "www.example.com" in text
    assert "Anna Mueller" in text


@pytest.mark.parametrize("lean", [-33.0, -12.0, 8.0, 21.0, 65.0])
def test_a_card_whose_lines_lean_is_straightened_before_it_is_read(lean: float) -> None:
    """A card the finder missed or cut out crooked (real photos NYJi BC7, BC8): Tesseract
    read its leaning lines as nothing or as noise."""
    result = read_words(straighten(make_card(), lean))
    assert EMAIL in result.text
    assert "Anna Mueller" in result.text
    email = next(word for word in result.words if word.text == EMAIL)
    # the boxes are in the straightened card handed back: the address is a wide, flat box
    assert email.box.width > 5 * email.box.height


def test_a_straight_card_is_not_turned_by_a_degree_or_two() -> None:
    card = make_card()
    assert read_words(straighten(card, 1.0)).image.shape == straighten(card, 1.0).shape
    assert read_words(card).image.shape == card.shape


def test_print_faded_by_glare_is_read_with_the_contrast_evened_out() -> None:
    card = glare(make_card())
    assert EMAIL not in read_words(card).text  # the faint end of the line is dropped
    result = read_words(card, even=True)
    assert EMAIL in result.text
    assert "+44 20 7946 0958" in result.text
    assert "Anna Mueller" in result.text  # the dark print is not lost to the stretch
    assert result.image.shape == card.shape


def test_a_blurred_photo_whose_layout_reads_as_pictures_is_read_as_sparse_text() -> None:
    """Seed 131 hard photo 51 (a dark card, strong blur): Tesseract's automatic layout took
    every line for a picture and read no word at all."""
    from tests.reading.synth import cardgen_photo

    result = read_words(find_card(cardgen_photo(131, 51, "hard").image).card)
    assert "Anouk Jansen" in result.text
    assert "010-421-5823" in result.text
