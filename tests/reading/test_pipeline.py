"""One card start to finish, on real generated photos with real Tesseract."""

from __future__ import annotations

from pathlib import Path

import pytest

from cardkeeper.reading.fields import GUESSED_CONFIDENCE, CardFields
from cardkeeper.reading.find_card import find_card
from cardkeeper.reading.load import load_image
from cardkeeper.reading.ocr import read_words
from cardkeeper.reading.parse import parse_card
from cardkeeper.reading.pipeline import NO_CARD_FOUND, read_card, read_card_image
from tests.reading.scenes import card_file_with_leaning_picture
from tests.reading.synth import (
    EMAIL,
    glare,
    make_card,
    make_japanese_card,
    make_square_glyph_card,
)
from tools.cardgen.dataset import sample_photo


def _write(tmp_path: Path, seed: int, index: int, kind: str) -> tuple[Path, list[str]]:
    photo, truth, _ = sample_photo(seed, index, kind)
    path = tmp_path / f"{seed}-{index}.jpg"
    path.write_bytes(photo.jpeg)
    return path, truth.emails


def test_an_email_lost_in_small_print_is_found_on_a_second_look(tmp_path: Path) -> None:
    """Seed 7 desk photo 143: at the usual text scale OCR breaks the email apart."""
    path, emails = _write(tmp_path, 7, 143, "desk")
    first_look = parse_card(read_words(find_card(load_image(path)).card).words)
    assert first_look.emails == []
    reading = read_card(path)
    assert [e.value for e in reading.fields.emails] == emails
    assert reading.card_found and reading.notes == []
    for index in reading.fields.emails[0].word_indexes:
        assert 0 <= index < len(reading.words)


def test_a_card_under_glare_with_no_outline_is_read_from_its_print(tmp_path: Path) -> None:
    """Seed 137 hard photo 17: a card turned 40° under a glare spot, no outline found. Read
    whole at its lean it gave 'mariawilliam', 'ariaw@' and one phone of two; cut out by its
    print and straightened, all of it."""
    photo, truth, _ = sample_photo(137, 17, "hard")
    path = tmp_path / "glare.jpg"
    path.write_bytes(photo.jpeg)
    reading = read_card(path)
    assert reading.card_found and reading.notes == []
    assert reading.fields.name is not None
    assert reading.fields.name.full.value == truth.name == "Maria Williams"
    assert [e.value for e in reading.fields.emails] == truth.emails
    assert sorted(p.value for p in reading.fields.phones) == sorted(p.e164 for p in truth.phones)


def test_a_photo_without_a_card_is_read_whole_and_says_so(tmp_path: Path) -> None:
    import numpy as np
    from PIL import Image

    rng = np.random.default_rng(4)
    noise = rng.integers(90, 140, (900, 1200, 3), dtype=np.uint8)
    path = tmp_path / "floor.jpg"
    Image.fromarray(noise).save(path)
    reading = read_card(path)
    assert not reading.card_found
    assert reading.notes == [NO_CARD_FOUND]
    assert reading.fields.emails == [] and reading.fields.name is None


def test_light_text_over_a_photo_behind_it_is_read(tmp_path: Path) -> None:
    """Seed 77 photo-backed card 198 (light text over a dark bokeh photo, a yellow name):
    the name was read "J Jachan Papadopoulos" before coloured grounds were inverted."""
    photo, truth, _ = sample_photo(77, 198, "photo_backed")
    path = tmp_path / "photo-backed.jpg"
    path.write_bytes(photo.jpeg)
    fields = read_card(path).fields
    assert fields.name is not None
    assert fields.name.full.value == truth.name == "Lachlan Papadopoulos"
    assert [e.value for e in fields.emails] == truth.emails


def test_a_picture_taken_for_the_card_gives_way_to_the_whole_image() -> None:
    """Real card files with an illustration were cut down to the illustration and read as
    nothing: what an outline cuts out must hold some contact detail to be kept."""
    image = card_file_with_leaning_picture()
    found = find_card(image)
    assert found.quad is not None  # the finder takes the picture for a card on a desk
    assert parse_card(read_words(found.card).words).emails == []
    reading = read_card_image(image, "card file", found=found)
    assert [email.value for email in reading.fields.emails] == [EMAIL]
    assert reading.card_image.shape == image.shape


def test_an_email_faded_by_glare_is_found_with_the_contrast_evened_out() -> None:
    card = glare(make_card())
    reading = read_card_image(card, "glare")
    assert [e.value for e in reading.fields.emails] == [EMAIL]
    assert reading.fields.emails[0].confidence >= 0.8
    assert [p.value for p in reading.fields.phones] == ["+442079460958"]


def test_a_number_the_latin_words_do_not_place_takes_the_country_of_the_cards_script() -> None:
    """Real card NYJi BC1: a Korean name and title, a Gmail address and ``010 - 4711 - 1434``,
    a number Korea and China both print so, was kept without a country. The Hangul (drawn
    from strokes, as no Hangul font is installed) names Korea, a guess marked unsure."""
    card = make_square_glyph_card(0, ("Tel 010-5938-5945", "kim@example.com"))
    latin = parse_card(read_words(card).words)
    assert [p.value for p in latin.phones] == ["010-5938-5945"]
    phones = read_card_image(card, "hangul card").fields.phones
    assert [p.value for p in phones] == ["+821059385945"]
    assert phones[0].confidence <= GUESSED_CONFIDENCE


def test_the_japanese_half_of_a_card_names_the_country_of_its_mobile() -> None:
    """Issue 13's eighth kind: on Japanese cards the Latin half was read and the Japanese half
    not at all, so ``090-1234-5678`` (grouped so in Japan and in Italy) stayed without a
    country (real card v2_business_card43). The kana and kanji the Japanese model reads name
    Japan, a guess marked unsure; the email is read as before, and the name in Japanese with
    the romaji name as its reading (issue 14)."""
    card = make_japanese_card()
    latin = parse_card(read_words(card).words)
    assert [p.value for p in latin.phones] == ["090-1234-5678"]
    fields = read_card_image(card, "japanese card").fields
    assert [(p.value, p.confidence <= GUESSED_CONFIDENCE) for p in fields.phones] == [
        ("+819012345678", True)
    ]
    assert fields.name is not None and fields.name.full.value == "山田太郎"
    assert fields.name.reading == "Taro Yamada"
    assert [e.value for e in fields.emails] == ["taro@example.com"]


SMALL_CARD_AT_20_PX = (
    ("worpaun", 94, 6, 36, 6, 0.00, 1, 1, 1),
    ("15", 136, 5, 12, 8, 0.00, 1, 1, 1),
    ("uaan", 152, 0, 24, 18, 0.27, 1, 1, 1),
    ("sonen", 179, 0, 23, 18, 0.37, 1, 1, 1),
    ("anis", 208, 8, 16, 3, 0.47, 1, 1, 1),
    ("v", 226, 8, 3, 3, 0.61, 1, 1, 1),
    ("S30", 68, 17, 18, 21, 0.00, 2, 1, 1),
    ("r9", 92, 17, 11, 21, 0.21, 2, 1, 1),
    ("990", 105, 17, 12, 21, 0.48, 2, 1, 1),
    ("L", 123, 26, 7, 6, 0.50, 2, 1, 1),
)
"""What Tesseract read of a real 244 x 120 px card (an airline's, print 7 px tall) scaled for
20 px glyphs: its letters run together, so it measured 15 px and was read at 9 px, upside down."""
SMALL_CARD_AT_28_PX = (
    ("UNITED", 16, 4, 75, 10, 0.95, 1, 1, 1),
    ("Marcos", 13, 39, 33, 13, 0.93, 4, 1, 1),
    ("Dumas", 50, 39, 29, 13, 0.96, 4, 1, 1),
    ("UNITED", 114, 41, 28, 6, 0.47, 4, 1, 1),
    ("WH", 13, 58, 15, 14, 0.43, 4, 2, 1),
    ("Post", 111, 57, 18, 14, 0.96, 4, 2, 1),
    ("Offce", 132, 57, 18, 14, 0.24, 4, 2, 1),
    ("Box", 154, 57, 11, 14, 0.71, 4, 2, 1),
    ("60907", 169, 57, 19, 14, 0.93, 4, 2, 1),
    ("IAHAO", 191, 57, 26, 14, 0.88, 4, 2, 1),
    ("Houston,", 114, 69, 65, 7, 0.92, 4, 2, 2),
    ("TX", 147, 67, 8, 13, 0.92, 4, 2, 2),
    ("77205", 158, 69, 21, 7, 0.92, 4, 2, 2),
    ("Tol", 114, 88, 4, 6, 0.75, 4, 2, 3),
    ("866", 126, 88, 46, 7, 0.66, 4, 2, 3),
    ("634", 142, 86, 11, 13, 0.89, 4, 2, 3),
    ("7665", 155, 88, 17, 7, 0.94, 4, 2, 3),
    ("Astan", 15, 109, 20, 4, 0.87, 5, 1, 1),
    ("auuance", 37, 109, 27, 4, 0.26, 5, 1, 1),
    ("minsen", 67, 109, 26, 4, 0.38, 5, 1, 1),
    ("Sre", 96, 108, 12, 7, 0.20, 5, 1, 1),
    ("uniedcom", 113, 108, 38, 6, 0.36, 5, 1, 1),
)
"""The same card read at RETRY_TEXT_HEIGHT: the name, the phone, the town; no email."""


def _read_small_card(monkeypatch: pytest.MonkeyPatch, larger: float) -> CardFields:
    """The small card's reading through the pipeline, Tesseract's words at each scale given
    (those at the larger scale with their confidence times ``larger``)."""
    import numpy as np

    from cardkeeper.reading import ocr
    from cardkeeper.reading.prepare import RETRY_TEXT_HEIGHT, TARGET_TEXT_HEIGHT
    from cardkeeper.reading.words import Box, Word

    def words(
        rows: tuple[tuple[str, int, int, int, int, float, int, int, int], ...], sure: float
    ) -> list[Word]:
        return [Word(t, Box(x, y, w, h), c * sure, b, p, n) for t, x, y, w, h, c, b, p, n in rows]

    image = np.full((120, 244, 3), 250, np.uint8)
    readings = {
        TARGET_TEXT_HEIGHT: ocr.OcrResult(image, words(SMALL_CARD_AT_20_PX, 1.0), "", 180),
        RETRY_TEXT_HEIGHT: ocr.OcrResult(image, words(SMALL_CARD_AT_28_PX, larger), "", 0),
    }

    def read_words(
        card: object,
        languages: str = "",
        tesseract_cmd: object = None,
        text_height_px: float = TARGET_TEXT_HEIGHT,
        even: bool = False,
    ) -> ocr.OcrResult:
        return readings[text_height_px]

    monkeypatch.setattr(ocr, "read_words", read_words)
    return read_card_image(image, "small card").fields


def test_a_small_card_read_better_at_a_larger_scale_keeps_that_reading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No email either way, so the larger scale's reading was dropped: it read the name and
    the phone that the usual scale lost in noise."""
    fields = _read_small_card(monkeypatch, 1.0)
    assert fields.name is not None and fields.name.full.value == "Marcos Dumas"
    assert [phone.value for phone in fields.phones] == ["+18666347665"]


def test_a_larger_scale_that_reads_its_details_less_surely_is_not_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """More details read less surely per letter than the usual scale's noise: not kept."""
    fields = _read_small_card(monkeypatch, 0.3)
    assert fields.phones == []
