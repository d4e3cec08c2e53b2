"""A mail line that OCR garbled in the card's reading is read again alone, larger."""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from cardkeeper.reading.email_lines import reread_cut_addresses, reread_email_lines
from cardkeeper.reading.parse import parse_card
from cardkeeper.reading.words import Box, Word
from tests.reading.synth import FONTS

PRINTED = (
    (("Tel.", "Tel. "), ("+82-2-6121-4506", "+82-2-6121-4506")),
    (("E-mail.", "E-mail. "), ("jsleegaegisódds", "jslee@aegisdds"), ("com", ".com")),
)
"""The contact lines of real card BC9 as (read, printed) pieces: the card's reading gave its
8 px print as ``E-mail. jsleegaegisódds com``, the ``@`` read as ``g``, the dot as a space."""


def _small_card() -> tuple[np.ndarray, list[Word]]:
    """The two lines in 12 px print, softened as a phone's photo softens it, and the words
    the card's reading gave for them, boxes where each piece is printed."""
    image = Image.new("L", (260, 60), 245)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONTS + "DejaVuSans.ttf", 12)
    words = []
    for line, pieces in enumerate(PRINTED, start=1):
        x, y = 10, 12 + 20 * (line - 1)
        for read, printed in pieces:
            draw.text((x, y), printed, font=font, fill=30)
            left, top, right, bottom = draw.textbbox((x, y), printed.strip(), font=font)
            words.append(Word(read, Box(left, top, right - left, bottom - top), 0.5, 1, 1, line))
            x += round(draw.textlength(printed, font=font))
    gray = cv2.GaussianBlur(np.asarray(image), (3, 3), 0.8)
    return np.ascontiguousarray(cv2.cvtColor(gray, cv2.COLOR_GRAY2BGR)), words


def test_a_garbled_mail_line_read_again_gives_the_address() -> None:
    image, words = _small_card()
    fields = parse_card(words, "KR")
    assert fields.emails == []
    reread = reread_email_lines(image, words, fields, "KR")
    assert reread is not None
    assert [email.value for email in reread.fields.emails] == ["jslee@aegisdds.com"]
    assert len(reread.fields.phones) == len(fields.phones)


def test_a_card_whose_mail_line_reads_no_better_keeps_its_reading() -> None:
    image, words = _small_card()
    blank = np.full_like(image, 245)
    assert reread_email_lines(blank, words, parse_card(words, "KR"), "KR") is None


def _cut_row() -> tuple[np.ndarray, list[Word]]:
    """Real card v1_tsutau-osumi's mail row, ``websupport@tsutafuco.jp`` in 14 px print, and
    the words its reading gave: the layout drew a block's edge through the ``u``, read as
    ``websi`` ending one block and ``upport@tsutafuco.jp`` starting the next, both surely."""
    image = Image.new("L", (300, 40), 245)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONTS + "DejaVuSans.ttf", 14)
    x, y = 12, 12
    draw.text((x, y), "websupport@tsutafuco.jp", font=font, fill=30)
    left, top, right, bottom = draw.textbbox((x, y), "websupport@tsutafuco.jp", font=font)
    cut = x + round(draw.textlength("webs", font=font) + draw.textlength("u", font=font) / 2)
    words = [
        Word("websi", Box(left, top, cut - left, bottom - top), 0.91, 1, 1, 1),
        Word(
            "upport@tsutafuco.jp", Box(cut + 1, top, right - cut - 1, bottom - top), 0.88, 2, 1, 1
        ),
    ]
    gray = cv2.GaussianBlur(np.asarray(image), (3, 3), 0.8)
    return np.ascontiguousarray(cv2.cvtColor(gray, cv2.COLOR_GRAY2BGR)), words


def test_an_address_the_layout_cut_in_two_is_read_again_whole() -> None:
    image, words = _cut_row()
    fields = parse_card(words, "JP")
    assert [email.value for email in fields.emails] == ["upport@tsutafuco.jp"]
    reread = reread_cut_addresses(image, words, fields, "JP")
    assert reread is not None
    assert [email.value for email in reread.fields.emails] == ["websupport@tsutafuco.jp"]


def test_a_row_read_again_that_gives_no_letters_back_is_not_kept() -> None:
    image, words = _cut_row()
    blank = np.full_like(image, 245)
    assert reread_cut_addresses(blank, words, parse_card(words, "JP"), "JP") is None
