"""The title chosen among a card's segments: rules seen on real cards, rebuilt from words."""

from __future__ import annotations

from dataclasses import replace

from cardkeeper.reading.parse import parse_card
from cardkeeper.reading.words import Box, Word
from tests.reading.parse.recorded import line_words


def _title(words: list[Word]) -> str | None:
    fields = parse_card(words, "US")
    return fields.title.value if fields.title else None


def _row(texts: list[tuple[str, int]], top: int, height: int, block: int) -> list[Word]:
    """Words of one printed row, each ``(text, left)``, every one its own Tesseract block:
    OCR cuts a row with wide gaps into pieces."""
    return [
        Word(text, Box(left, top, len(text) * height // 2, height), 0.95, block + i, 1, 1)
        for i, (text, left) in enumerate(texts)
    ]


def test_a_plain_line_above_the_name_is_not_its_title() -> None:
    # TZNcse209 selected_088: a list of cities over the name, the role under it
    words = line_words(
        "Chicago", "Anna Zuckerman", "Personal Luxury Shopper", "Acme Shopping LLC",
        "anna@acmeshopping.com",
    )  # fmt: skip
    assert _title(words) == "Personal Luxury Shopper"


def test_a_role_after_the_name_on_its_row_beats_a_role_word_far_off() -> None:
    # TZNcse209 selected_114: "Bado Mnthali - Director", the role smaller, a logo read "Ceo"
    row = [("Bado", 41, 168, 54, 19), ("Mnthali", 106, 168, 79, 20), ("-", 194, 182, 5, 2)]
    row += [("Director", 205, 175, 61, 12)]
    words = [Word("Ceo", Box(329, 29, 21, 65), 0.41, 1, 1, 1)]
    words += [Word(t, Box(left, top, w, h), 0.95, 3, 1, 1) for t, left, top, w, h in row]
    words.append(Word("bado@agriexim.co.za", Box(40, 227, 180, 19), 0.9, 4, 1, 1))
    assert _title(words) == "Director"


def test_degrees_after_the_name_are_not_the_title() -> None:
    # TZNcse209 selected_036: "Joseph C. Wu, MD, PhD" over "Director, Stanford …"
    words = line_words(
        "Joseph C. Wu, MD, PhD",
        "Director, Stanford Cardiovascular Institute",
        "joewu@stanford.edu",
    )
    assert _title(words) == "Director, Stanford Cardiovascular Institute"


def test_a_misread_plain_line_under_the_name_is_no_title() -> None:
    # NYJi BC18: "Consultant" read "Conmmant" at 0.81
    words = line_words("Kotaro Makino", "Conmmant", "makinok@nttdata-strategy.com")
    words[2] = replace(words[2], confidence=0.81)
    assert _title(words) is None


def test_a_plain_line_read_surely_under_the_name_is_its_title() -> None:
    words = line_words("Kotaro Makino", "Sommelier", "makinok@nttdata-strategy.com")
    assert _title(words) == "Sommelier"


def test_a_social_service_under_the_name_is_no_title() -> None:
    # miracle-huang v1_muramatsu: "Instagram | @handle" under the name
    words = line_words("Yoshihiro Muramatsu", "Instagram | @mushi_yoshi", "090-5015-1276")
    assert _title(words) is None


def test_a_rank_printed_apart_before_the_role_joins_it() -> None:
    # TZNcse209 selected_126: "Deputy  -  Director" in wide gaps under the name
    words = _row([("Pr.", 170), ("Ayina", 230), ("Ohandja", 330)], 230, 34, 1)
    words += _row([("Deputy", 280), ("-", 480), ("Director", 510)], 290, 40, 5)
    words += line_words("oayina@yahoo.fr", height=20)
    words[-1:] = [replace(words[-1], box=Box(140, 500, 300, 20), block=9)]
    assert _title(words) == "Deputy Director"
