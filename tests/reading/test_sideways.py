"""A Latin line printed on its side beside upright text, read with real Tesseract."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from cardkeeper.reading.ocr import read_words
from cardkeeper.reading.parse.card import parse_card
from cardkeeper.reading.prepare import TARGET_TEXT_HEIGHT, prepare
from cardkeeper.reading.sideways import Page, find_columns
from tests.reading.synth import FONTS, JAPANESE_FONT, Image8, make_card

ROMAJI_AT = (330, 150)
"""Left and top (card pixels) of the romaji name turned on its side."""


def make_vertical_name_card() -> Image8:
    """A Japanese card (BGR) as real ones are set: the name in kanji down a column, its romaji
    beside it running down the card, the details in upright lines on the left."""
    image = Image.new("RGB", (1050, 600), (250, 250, 246))
    draw = ImageDraw.Draw(image)
    ink = (20, 20, 30)
    kanji = ImageFont.truetype(JAPANESE_FONT, 64)
    for row, glyph in enumerate("山田太郎"):
        draw.text((420, 90 + row * 100), glyph, font=kanji, fill=ink)
    latin = ImageFont.truetype(FONTS + "DejaVuSans.ttf", 32)
    strip = Image.new("RGB", (340, 48), (250, 250, 246))
    ImageDraw.Draw(strip).text((4, 4), "Taro Yamada", font=latin, fill=ink)
    image.paste(strip.rotate(-90, expand=True), ROMAJI_AT)
    for row, text in enumerate(
        ("Sakura Trading Ltd", "TEL +81 90 1234 5678", "taro@sakura-trading.jp")
    ):
        draw.text((560, 300 + row * 60), text, font=latin, fill=ink)
    return np.ascontiguousarray(np.asarray(image)[:, :, ::-1])


def test_a_name_printed_on_its_side_is_read_and_boxed_where_it_lies() -> None:
    result = read_words(make_vertical_name_card())
    read = {word.text: word.box for word in result.words}
    assert "Taro" in read and "Yamada" in read
    for box in (read["Taro"], read["Yamada"]):
        assert ROMAJI_AT[0] - 5 <= box.left and box.right <= ROMAJI_AT[0] + 53
        assert box.height > 2 * box.width
        assert ROMAJI_AT[1] <= box.top
    assert read["Taro"].bottom < read["Yamada"].top
    name = parse_card(result.words, "JP").name
    assert name is not None and name.full.value == "Taro Yamada"


def test_a_card_printed_upright_has_no_column_to_read() -> None:
    result = read_words(make_card())
    prepared = prepare(result.image)
    page = Page(prepared.image, prepared.scale, TARGET_TEXT_HEIGHT)
    assert find_columns(page, result.words) == []
