"""Blurred print deblurred before OCR: measured, its smear found, and read, with real Tesseract."""

from __future__ import annotations

from dataclasses import replace

import cv2
import numpy as np
import pytest

from cardkeeper.reading import ocr
from cardkeeper.reading.find_card import find_card
from cardkeeper.reading.ocr import read_words
from cardkeeper.reading.prepare import Prepared, prepare
from cardkeeper.reading.sharpen import (
    BLURRED,
    _line_kernel,
    blur_sigma,
    deblurred,
    smear,
)
from cardkeeper.reading.words import Word
from tests.reading.synth import cardgen_photo, make_card


def _smeared(length: int, angle: float) -> np.ndarray:
    """The test card smeared along a line, as by a hand shaking, with a camera's noise."""
    card = cv2.filter2D(make_card(), -1, _line_kernel(length, angle))
    noise = np.random.default_rng(1).normal(0, 3, card.shape)
    return np.asarray(np.clip(card + noise, 0, 255), np.uint8)


def test_a_sharp_card_is_left_as_it_is() -> None:
    prepared = prepare(make_card())
    assert blur_sigma(prepared.image) < BLURRED
    assert deblurred(prepared.image, prepared.scale) is None


@pytest.mark.parametrize(("length", "angle"), [(17, 30.0), (13, 120.0)])
def test_a_smear_is_measured_and_found_along_its_line(length: int, angle: float) -> None:
    prepared = prepare(_smeared(length, angle))
    assert blur_sigma(prepared.image) >= BLURRED
    found_length, found_angle = smear(prepared.image)
    assert abs(found_angle - angle) <= 6
    assert abs(found_length - length * prepared.scale) <= 3


def test_a_card_smeared_by_a_shaking_hand_is_read_deblurred(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    card = _smeared(17, 30.0)
    text = read_words(card).text
    assert "Head of Procurement" in text
    assert "Example Logistics Ltd" in text
    monkeypatch.setattr(ocr, "deblurred", lambda gray, scale: None)
    assert "Head of Procurement" not in read_words(card).text  # read as it was: noise


def test_a_blurred_hard_photo_reads_its_title() -> None:
    """Seed 139 hard photo 67 (glare, a smear, a steep angle): read as it was, its title was
    'Reor des aoas' and its company 'mgnienie Loire SA'."""
    text = read_words(find_card(cardgen_photo(139, 67, "hard").image).card).text
    assert "Responsable des achats" in text
    assert "+33 (0) 3 08 01 08 00" in text


@pytest.mark.parametrize(("gain", "kept"), [(1.02, False), (1.2, True)])
def test_a_deblurred_reading_is_kept_only_if_clearly_surer(
    monkeypatch: pytest.MonkeyPatch, gain: float, kept: bool
) -> None:
    """As real card TZNcse209 photo_085 read at the larger scale: deblurred, Tesseract was 1.5%
    surer overall but lost the logo and read ``8749`` as ``2749``. A hair's difference is how
    much two readings of the same print differ; the card's own pixels are kept."""
    made: list[np.ndarray] = []
    turned = ocr._read_turned

    def sharper(gray: np.ndarray, scale: float) -> np.ndarray:
        made.append(gray.copy())
        return made[-1]

    def read(
        prepared: Prepared, rotation: int, *args: str, **kwargs: bool
    ) -> tuple[int, list[Word]]:
        rotation, words = turned(prepared, rotation, *args, **kwargs)
        if not any(prepared.image is image for image in made):
            return rotation, words
        marker = replace(words[-1], text="Deblurred", confidence=0.0, block=99)
        return rotation, [*(replace(w, confidence=w.confidence * gain) for w in words), marker]

    monkeypatch.setattr(ocr, "deblurred", sharper)
    monkeypatch.setattr(ocr, "_read_turned", read)
    assert ("Deblurred" in read_words(make_card()).text) is kept


def test_a_card_smeared_across_its_lines_is_read_the_right_way_up() -> None:
    """Seed 148 hard photo 67, smeared up and down: the smear joined each line to the next
    into bars running down the card, so its ink said the lines ran down, and it was read
    turned by 90° (its company and both phones lost). Deblurred, the ink says true."""
    result = read_words(find_card(cardgen_photo(148, 67, "hard").image).card)
    assert result.rotation == 0
    assert "Maison Bellevue SARL" in result.text
