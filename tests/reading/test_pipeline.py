"""One card start to finish, on real generated photos with real Tesseract."""

from __future__ import annotations

from pathlib import Path

from cardkeeper.reading.fields import GUESSED_CONFIDENCE
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
    Japan, a guess marked unsure; the romaji name and the address are read as before."""
    card = make_japanese_card()
    latin = parse_card(read_words(card).words)
    assert [p.value for p in latin.phones] == ["090-1234-5678"]
    fields = read_card_image(card, "japanese card").fields
    assert [(p.value, p.confidence <= GUESSED_CONFIDENCE) for p in fields.phones] == [
        ("+819012345678", True)
    ]
    assert fields.name is not None and fields.name.full.value == "Taro Yamada"
    assert [e.value for e in fields.emails] == ["taro@example.com"]
