"""Preparing a card for Tesseract: text height, inversion, even light."""

from __future__ import annotations

import cv2
import numpy as np

from cardkeeper.reading.prepare import TARGET_TEXT_HEIGHT, prepare, text_height
from tests.reading.synth import make_card


def test_small_card_is_scaled_up_to_the_target_text_height() -> None:
    small = cv2.resize(make_card(), (525, 300), interpolation=cv2.INTER_AREA)
    prepared = prepare(small)
    assert prepared.scale > 1.5
    assert prepared.image.shape[1] == round(525 * prepared.scale)
    height = text_height(prepared.image)
    assert height is not None and abs(height - TARGET_TEXT_HEIGHT) <= 0.2 * TARGET_TEXT_HEIGHT


def test_text_height_is_the_same_when_the_card_is_turned() -> None:
    card = cv2.cvtColor(make_card(), cv2.COLOR_BGR2GRAY)
    upright, turned = text_height(card), text_height(cv2.rotate(card, cv2.ROTATE_90_CLOCKWISE))
    assert upright is not None and turned is not None
    assert abs(upright - turned) <= 0.06 * upright


def test_dark_card_is_inverted_light_card_is_not() -> None:
    dark = prepare(make_card(dark=True))
    light = prepare(make_card())
    assert dark.inverted and not light.inverted
    assert np.median(dark.image) > 200 and np.median(light.image) > 200


def test_lighting_gradient_is_flattened() -> None:
    card = make_card().astype(np.float32)
    card *= np.linspace(1.0, 0.45, card.shape[1], dtype=np.float32)[None, :, None]
    prepared = prepare(card.astype(np.uint8))
    paper = prepared.image[prepared.image > 128]
    width = prepared.image.shape[1]
    left = np.median(prepared.image[:, : width // 10])
    right = np.median(prepared.image[:, -width // 10 :])
    assert abs(float(left) - float(right)) < 15
    assert paper.size > 0.8 * prepared.image.size


def test_a_dim_card_under_a_lamps_glare_is_not_taken_for_a_dark_card() -> None:
    """Seed 131 hard photo 63: a white card in dim light with a glare spot looks mostly
    dark, so it was inverted whole and read as nothing but its glare spot."""
    from cardkeeper.reading.find_card import find_card
    from cardkeeper.reading.ocr import read_words
    from cardkeeper.reading.prepare import is_dark
    from tests.reading.synth import cardgen_photo

    card = find_card(cardgen_photo(131, 63, "hard").image).card
    assert is_dark(cv2.cvtColor(card, cv2.COLOR_BGR2GRAY))  # the dim paper outweighs the glare
    assert not prepare(card).inverted
    assert "papadopoulos@summitengineering.com.au" in read_words(card).text


def test_a_light_label_on_a_dark_band_is_left_light() -> None:
    """Seed 131 band card 166: the company printed dark on a light label on an orange band
    was turned with the band into a block of light letters, and its name was lost."""
    from cardkeeper.reading.find_card import find_card
    from cardkeeper.reading.ocr import read_words
    from tests.reading.synth import cardgen_photo

    result = read_words(find_card(cardgen_photo(131, 166, "band").image).card)
    assert "GROUPE HORIZON" in result.text
    assert "jdurand@groupehorizon.fr" in result.text


def test_dark_print_on_a_blob_of_a_dark_cards_picture_stays_dark() -> None:
    """Seed 148 photo-backed card 222: light text on a dark picture of coloured blobs. Turned
    with the card, a blob under the name was taken for a coloured ground and turned again,
    leaving half the name light on dark, and the name was lost."""
    from cardkeeper.reading.find_card import find_card
    from cardkeeper.reading.ocr import read_words
    from tests.reading.synth import cardgen_photo

    result = read_words(find_card(cardgen_photo(148, 222, "photo_backed").image).card)
    assert "Joost Meijer" in result.text
