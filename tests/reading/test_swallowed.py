"""Romaji names that Tesseract's layout loses on clean Japanese cards, with real Tesseract.

Both cards follow real ones (miracle-huang v2_business_card39 and 40): the name's romaji in
small light grey capitals right under the name in large Kanji, which the layout merges into
the Kanji's line; and the romaji in white on a thin black band across the card.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from cardkeeper.reading.ocr import read_words
from cardkeeper.reading.prepare import thin_bands
from tests.reading.synth import FONTS, JAPANESE_FONT

PAPER = (250, 250, 246)
INK = (20, 20, 30)


def _card(draw_name: Callable[[ImageDraw.ImageDraw], None]) -> np.ndarray:
    image = Image.new("RGB", (1050, 600), PAPER)
    draw = ImageDraw.Draw(image)
    draw_name(draw)
    small = ImageFont.truetype(FONTS + "DejaVuSans.ttf", 30)
    for row, text in enumerate(("TEL 0565-21-1970", "you@and-you.jp", "www.and-you.jp")):
        draw.text((560, 380 + 50 * row), text, font=small, fill=INK)
    return np.ascontiguousarray(np.asarray(image)[:, :, ::-1])


def _text(card: np.ndarray) -> str:
    return " ".join(word.text for word in read_words(card).words)


def test_light_romaji_under_a_large_kanji_name_is_read() -> None:
    def name(draw: ImageDraw.ImageDraw) -> None:
        draw.text((90, 190), "山 田 太 郎", font=ImageFont.truetype(JAPANESE_FONT, 80), fill=INK)
        latin = ImageFont.truetype(FONTS + "DejaVuSans.ttf", 28)
        draw.text((92, 284), "TARO YAMADA", font=latin, fill=(150, 150, 150))

    assert "TARO YAMADA" in _text(_card(name))


def test_white_romaji_on_a_thin_black_band_is_read() -> None:
    def name(draw: ImageDraw.ImageDraw) -> None:
        draw.text((330, 90), "岡 安 裕 司", font=ImageFont.truetype(JAPANESE_FONT, 80), fill=INK)
        draw.rectangle((8, 240, 1042, 276), fill=(0, 0, 0))
        latin = ImageFont.truetype(FONTS + "DejaVuSansMono.ttf", 26)
        draw.text((420, 242), "Okayasu Yuji", font=latin, fill=(255, 255, 255))

    card = _card(name)
    assert thin_bands(card[:, :, 0]).any()
    assert "Okayasu Yuji" in _text(card)


def test_a_black_rule_without_text_is_no_band() -> None:
    def rule(draw: ImageDraw.ImageDraw) -> None:
        draw.text(
            (90, 120),
            "Taro Yamada",
            font=ImageFont.truetype(FONTS + "DejaVuSans.ttf", 60),
            fill=INK,
        )
        draw.rectangle((8, 235, 1042, 260), fill=(0, 0, 0))

    assert not thin_bands(_card(rule)[:, :, 0]).any()
