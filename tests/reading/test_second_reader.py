"""The second recogniser (PP-OCR through RapidOCR) on real images, and when its reading wins."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from cardkeeper.reading.fields import CardFields, Field, PersonName, PhoneField
from cardkeeper.reading.pipeline import read_card
from cardkeeper.reading.second_reader import (
    LONGEST_SIDE,
    is_better,
    read_second,
    with_first_header,
)
from cardkeeper.reading.words import Box, Word
from tests.reading.synth import FONTS
from tools.cardgen.dataset import sample_photo

ADDRESS = "anna.berg@nordlicht.de"


def _printed(width: int, height: int, size: int, at: tuple[int, int]) -> np.ndarray:
    image = Image.new("RGB", (width, height), (250, 250, 246))
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONTS + "DejaVuSans.ttf", size)
    draw.text(at, "Anna Berg", font=font, fill=(20, 20, 20))
    draw.text((at[0], at[1] + 2 * size), ADDRESS, font=font, fill=(20, 20, 20))
    return cv2.cvtColor(np.asarray(image), cv2.COLOR_RGB2BGR)


def test_words_come_back_in_the_cards_own_coordinates_when_it_was_shrunk() -> None:
    width = 2 * LONGEST_SIDE
    image = _printed(width, width // 2, 90, (400, 600))
    words = read_second(image)
    address = [word for word in words if "@" in word.text]
    assert [word.text for word in address] == [ADDRESS]
    box = address[0].box
    assert abs(box.left - 400) < 30 and abs(box.top - 780) < 40
    assert box.width > 1000 and 0.5 < address[0].confidence <= 1.0
    assert [word.text for word in words if word.block == 1] == ["Anna", "Berg"]


def test_small_print_of_a_small_card_is_read() -> None:
    image = cv2.GaussianBlur(_printed(320, 110, 11, (20, 30)), (3, 3), 0.7)
    assert ADDRESS in [word.text for word in read_second(image)]


def test_a_card_with_nothing_on_it_gives_no_words() -> None:
    assert read_second(np.full((300, 500, 3), 240, np.uint8)) == []


def _fields(emails: int, phones: int, websites: int = 0) -> CardFields:
    return CardFields(
        emails=[Field(f"a{i}@b.com", 0.9) for i in range(emails)],
        phones=[PhoneField(f"+4930123456{i}", 0.9) for i in range(phones)],
        websites=[Field("www.b.com", 0.9) for _ in range(websites)],
    )


def test_the_second_reading_wins_only_with_more_emails_and_no_fewer_other_details() -> None:
    assert is_better(_fields(1, 2, 1), _fields(0, 2, 1))
    assert not is_better(_fields(1, 1, 1), _fields(0, 2, 1))
    assert not is_better(_fields(1, 2, 0), _fields(0, 2, 1))
    assert not is_better(_fields(1, 3, 1), _fields(1, 2, 1))


def test_the_head_of_the_card_stays_as_tesseract_read_it() -> None:
    """Real photo_028: the second reader read the e-mail Tesseract lost, and the logo's
    letters ``ACN`` as the firm, where Tesseract had read the firm's name."""
    first_words = [
        Word("Carol", Box(40, 20, 60, 20), 0.9, 1, 1, 1),
        Word("Lowery", Box(105, 20, 80, 20), 0.9, 1, 1, 1),
        Word("LF", Box(40, 60, 30, 16), 0.9, 2, 1, 1),
        Word("Services", Box(75, 60, 90, 16), 0.9, 2, 1, 1),
    ]
    first = CardFields(
        name=PersonName(Field("Carol Lowery", 0.9, (0, 1))),
        company=Field("LF Services", 0.9, (2, 3)),
    )
    second_words = [
        Word("ACN", Box(300, 10, 60, 30), 0.95, 1, 1, 1),
        Word("clowery41@verizon.net", Box(40, 150, 200, 12), 0.97, 2, 1, 1),
    ]
    second = CardFields(
        company=Field("ACN", 0.95, (0,)), emails=[Field("clowery41@verizon.net", 0.97, (1,))]
    )
    words, fields = with_first_header(first_words, first, second_words, second)
    assert fields.company is not None and fields.company.value == "LF Services"
    assert [words[i].text for i in fields.company.word_indexes] == ["LF", "Services"]
    assert fields.name is not None
    assert [words[i].text for i in fields.name.full.word_indexes] == ["Carol", "Lowery"]
    assert [words[i].text for i in fields.emails[0].word_indexes] == ["clowery41@verizon.net"]
    assert len({(w.block, w.paragraph, w.line) for w in words}) == 4  # no line merged into another


def test_an_email_smeared_past_tesseract_is_read_by_the_second_reader(tmp_path: Path) -> None:
    """Seed 134 hard photo 3: a blurred desk photo whose address none of Tesseract's looks
    (larger scale, contrast evened out, the mail line alone) read."""
    photo, truth, _ = sample_photo(134, 3, "hard")
    path = tmp_path / "smeared.jpg"
    path.write_bytes(photo.jpeg)
    reading = read_card(path)
    assert [email.value for email in reading.fields.emails] == truth.emails
    assert sorted(p.value for p in reading.fields.phones) == sorted(p.e164 for p in truth.phones)
    for index in reading.fields.emails[0].word_indexes:
        assert "@" in reading.words[index].text
