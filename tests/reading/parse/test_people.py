"""Choosing the person's name among a card's segments (``people.weigh`` and ``choose_name``)."""

from __future__ import annotations

from cardkeeper.reading.fields import CardFields
from cardkeeper.reading.parse import parse_card
from cardkeeper.reading.words import Box, Word


def _card(*lines: tuple[str, int], region: str = "US") -> CardFields:
    """A card of stacked lines, each ``(text, text height)``, every word read sure."""
    words: list[Word] = []
    top = 0
    for number, (text, height) in enumerate(lines):
        left = 0
        for part in text.split():
            width = len(part) * height // 2
            words.append(Word(part, Box(left, top, width, height), 0.95, 1, 1, number))
            left += width + height // 3
        top += height * 2
    return parse_card(words, region)


def _given_family(fields: CardFields) -> tuple[str, str]:
    assert fields.name is not None
    return fields.name.given, fields.name.family


def test_the_name_over_the_title_wins_over_a_larger_name_shaped_line() -> None:
    # as on real card TZNcse209 selected_268: the shop's name large, the person over the role
    fields = _card(("Harbour Lights", 40), ("Tom Baker", 30), ("Sales Director", 20))
    assert _given_family(fields) == ("Tom", "Baker")


def test_a_line_over_a_legal_form_line_as_large_is_the_firm() -> None:
    # as on real card bhaktipatil23 mansha-tradecom: a firm's name set on two lines
    fields = _card(("BLUE RIVER", 60), ("HOLDINGS LLP", 60), ("Rohit Suthar", 30))
    assert _given_family(fields) == ("Rohit", "Suthar")


def test_an_email_spelling_two_lines_names_the_firm_not_a_person() -> None:
    # real card bhaktipatil23 green-earth-polymers: greenearthpolymers@ spells both lines
    fields = _card(
        ("GREEN EARTH", 60),
        ("POLYMERS LLP", 70),
        ("Rohit Suthar", 20),
        ("greenearthpolymers@gmail.com", 20),
    )
    assert _given_family(fields) == ("Rohit", "Suthar")


def test_an_email_of_the_firm_does_not_spell_a_person() -> None:
    # real card TZNcse209 selected_268: the Skype name is the shop's, as is the domain
    fields = _card(
        ("Friend Unlock", 40),
        ("Hugan Trandes", 30),
        ("trustfriendunlock@hotmail.com", 20),
        ("www.trustfriendunlock.com", 20),
    )
    assert _given_family(fields) == ("Hugan", "Trandes")


def test_a_name_set_with_a_wide_gap_is_one_name() -> None:
    # real card miracle-huang v2_business_card41: the romaji name cut like two columns
    words = [
        Word("YOSHIYUKI", Box(43, 218, 89, 11), 0.94, 1, 1, 1),
        Word("KAWASE", Box(150, 218, 67, 11), 0.91, 1, 1, 1),
        Word("MAIL:", Box(43, 235, 40, 15), 0.9, 1, 1, 2),
        Word("info@you-meishi.com", Box(90, 235, 150, 15), 0.9, 1, 1, 2),
    ]
    assert _given_family(parse_card(words, "US")) == ("Yoshiyuki", "Kawase")


def test_words_of_a_spaced_line_are_not_joined_into_a_name() -> None:
    # real card miracle-huang v2_business_card44: "Yamada  Rice  Farm" in spaced letters
    words = [
        Word("Yamada", Box(0, 0, 66, 11), 0.96, 1, 1, 1),
        Word("Rice", Box(86, 0, 44, 11), 0.96, 1, 1, 1),
        Word("Farm", Box(150, 0, 44, 11), 0.96, 1, 1, 1),
        Word("TEL", Box(0, 30, 30, 11), 0.95, 1, 1, 2),
        Word("0565-21-1970", Box(40, 30, 100, 11), 0.95, 1, 1, 2),
    ]
    assert parse_card(words, "JP").name is None


def test_a_speck_before_the_name_is_left_out() -> None:
    # real card miracle-huang business_card03: a pictogram read as a tall, unsure "ADO"
    words = [
        Word("ADO", Box(74, 59, 169, 102), 0.34, 1, 1, 1),
        Word("Junya", Box(276, 128, 66, 25), 0.96, 1, 1, 1),
        Word("KURODA", Box(351, 127, 99, 20), 0.96, 1, 1, 1),
        Word("E-mail", Box(74, 494, 60, 20), 0.9, 1, 1, 2),
        Word("kuroda@awakestyle.com", Box(150, 494, 200, 20), 0.9, 1, 1, 2),
    ]
    fields = parse_card(words, "US")
    assert _given_family(fields) == ("Junya", "Kuroda")
    assert fields.name is not None and fields.name.full.value == "Junya KURODA"


def test_a_lower_case_speck_before_a_korean_name() -> None:
    # real card dthphuong c6: "co Lee Tae Suk", family name first
    words = [
        Word("co", Box(40, 196, 36, 15), 0.7, 1, 1, 1),
        Word("Lee", Box(95, 189, 51, 22), 0.97, 1, 1, 1),
        Word("Tae", Box(158, 188, 50, 23), 0.97, 1, 1, 1),
        Word("Suk", Box(221, 188, 50, 23), 0.95, 1, 1, 1),
        Word("M.", Box(40, 262, 20, 14), 0.92, 1, 1, 2),
        Word("+82.10.4678.3220", Box(70, 262, 160, 14), 0.92, 1, 1, 2),
    ]
    assert _given_family(parse_card(words, "US")) == ("Tae Suk", "Lee")
