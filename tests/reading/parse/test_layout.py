from cardkeeper.reading.parse.layout import (
    close_letter_gaps,
    has_lowercase_words,
    has_tagline_words,
    is_beside,
    is_right_below,
    split_columns,
)
from cardkeeper.reading.parse.text import MappedText
from cardkeeper.reading.words import Box, Line, Word


def _line(*words: tuple[str, int, int, int]) -> tuple[Line, list[Word]]:
    """A line of (text, left, width, height) words on one baseline."""
    made = [
        Word(text, Box(left, 100 - height, width, height), 0.95)
        for text, left, width, height in words
    ]
    return Line(tuple(made), tuple(range(len(made)))), made


def _texts(lines: list[Line]) -> list[str]:
    return [line.text for line in lines]


def test_right_below_needs_a_small_gap_and_the_same_column() -> None:
    name = Box(60, 100, 400, 50)
    assert is_right_below(name, Box(60, 160, 300, 28))
    assert not is_right_below(name, Box(60, 400, 300, 28))
    assert not is_right_below(name, Box(600, 160, 300, 28))


def test_beside_means_the_same_row() -> None:
    assert is_beside(Box(0, 100, 100, 40), Box(300, 110, 100, 30))
    assert not is_beside(Box(0, 100, 100, 40), Box(0, 200, 100, 30))


def test_tagline_wording() -> None:
    assert has_tagline_words("Your partner in logistics")
    assert has_tagline_words("Wir bewegen Europa!")
    assert not has_tagline_words("Head of Sales")


def test_lowercase_words_except_connectors() -> None:
    assert has_lowercase_words("Design that moves people")
    assert not has_lowercase_words("Head of Sales and Marketing")


def test_a_line_across_two_columns_is_cut_at_the_column_gap() -> None:
    # 0096-scan.png: the name on the left, the postcode line of the right column
    line, _ = _line(
        ("Thijs", 98, 89, 43), ("van", 205, 64, 43), ("der", 285, 60, 43),
        ("Linden", 363, 140, 43), ("3025", 768, 66, 23), ("WD", 845, 46, 23),
        ("Roterdam", 902, 131, 23),
    )  # fmt: skip
    assert _texts(split_columns(line)) == ["Thijs van der Linden", "3025 WD Roterdam"]


def test_a_label_keeps_its_tab_aligned_value() -> None:
    # 0078-turned.png: ``Sven Jansen  Tel.   +31 70 971 0555``
    line, _ = _line(
        ("Sven", 50, 80, 29), ("Jansen", 140, 120, 29), ("Tel.", 600, 45, 21),
        ("+31", 684, 45, 21), ("70", 738, 28, 21), ("971", 775, 45, 21), ("0555", 829, 60, 21),
    )  # fmt: skip
    assert _texts(split_columns(line)) == ["Sven Jansen", "Tel. +31 70 971 0555"]


def test_the_digit_groups_of_a_number_stay_together() -> None:
    line, _ = _line(("05", 100, 30, 20), ("65", 160, 30, 20), ("15", 220, 30, 20))
    assert _texts(split_columns(line)) == ["05 65 15"]


def test_letter_spaced_fragments_are_joined() -> None:
    # 0022-turned.png: ``Loïc Faure`` set with wide tracking
    line, words = _line(
        ("Loic", 71, 117, 44), ("Fa", 216, 64, 42), ("u", 289, 30, 32), ("re", 329, 57, 33)
    )
    assert close_letter_gaps(MappedText.from_line(line), words).text == "Loic Faure"


def test_ordinary_words_are_not_joined() -> None:
    line, words = _line(("Ingeniero", 0, 150, 23), ("de", 156, 30, 23), ("Proyectos", 192, 150, 23))
    assert close_letter_gaps(MappedText.from_line(line), words).text == "Ingeniero de Proyectos"


def test_founding_year_is_a_tagline() -> None:
    assert has_tagline_words("Calidad desde 1975")
    assert has_tagline_words("Qualität seit 1952")
    assert not has_tagline_words("Calle Mayor 1975")


def test_numbers_far_apart_are_in_two_columns() -> None:
    # seed 8, 0012-scan: "Calidad desde 1975" on the left, "48011 Bilbao" on the right
    words = [
        Word("1975", Box(214, 130, 42, 15), 0.97, 1, 1, 2),
        Word("48011", Box(791, 118, 66, 18), 0.96, 1, 1, 2),
    ]
    line = Line(tuple(words), (0, 1))
    assert [piece.text for piece in split_columns(line)] == ["1975", "48011"]


def test_a_lone_separator_between_digit_groups_is_no_column_gap() -> None:
    # seed 14, 0038-turned: OCR boxed ``6112336`` short, leaving a wide gap after the slash
    line, _ = _line(
        ("Durchwahl", 698, 114, 16), ("|", 822, 2, 20), ("0711", 834, 49, 15),
        ("/", 894, 6, 17), ("6112336", 938, 61, 15),
    )  # fmt: skip
    assert _texts(split_columns(line)) == ["Durchwahl | 0711 / 6112336"]


def test_a_dash_between_an_area_code_and_its_number_is_no_column_gap() -> None:
    # real scan selected_227: "040  -  4221 2296", the dash 9 px tall, the digits 27 px
    words = [
        Word("040", Box(100, 200, 60, 27), 0.95, 1, 1, 1),
        Word("-", Box(186, 210, 12, 9), 0.90, 1, 1, 1),
        Word("4221", Box(224, 200, 80, 27), 0.95, 1, 1, 1),
        Word("2296", Box(312, 200, 80, 27), 0.95, 1, 1, 1),
    ]
    line = Line(tuple(words), (0, 1, 2, 3))
    assert [[w.text for w in piece.words] for piece in split_columns(line)] == [
        ["040", "-", "4221", "2296"]
    ]


def test_a_dash_between_a_brazilian_city_and_its_state_is_no_column_gap() -> None:
    # bench.addresses, generated BR card 4 (seed 1): the dashes 2-3 px tall, the words 18 px;
    # measured by a dash, the spaces around it were column gaps that cut off "Bela Vista"
    # and the state
    words = [
        Word("Rua", Box(56, 936, 36, 18), 0.96, 3, 1, 6),
        Word("das", Box(98, 935, 32, 19), 0.96, 3, 1, 6),
        Word("Flores,", Box(138, 936, 59, 20), 0.96, 3, 1, 6),
        Word("111", Box(206, 936, 29, 18), 0.93, 3, 1, 6),
        Word("-", Box(242, 946, 5, 2), 0.93, 3, 1, 6),
        Word("Bela", Box(256, 936, 39, 18), 0.97, 3, 1, 6),
        Word("Vista,", Box(301, 936, 49, 20), 0.96, 3, 1, 6),
        Word("01805-243", Box(358, 936, 96, 18), 0.96, 3, 1, 6),
        Word("São", Box(462, 936, 34, 18), 0.96, 3, 1, 6),
        Word("Paulo", Box(504, 936, 50, 18), 0.93, 3, 1, 6),
        Word("-", Box(561, 945, 6, 3), 0.93, 3, 1, 6),
        Word("SP", Box(575, 936, 25, 18), 0.97, 3, 1, 6),
    ]
    line = Line(tuple(words), tuple(range(len(words))))
    assert [piece.word_indexes for piece in split_columns(line)] == [tuple(range(len(words)))]


def test_a_speck_inside_a_word_is_dropped_and_cuts_nothing() -> None:
    # real scan selected_065: a 3 px speck read "c" inside the logo word, then the legal form
    words = [
        Word("KARAM", Box(49, 217, 404, 104), 0.55, 2, 1, 2),
        Word("c", Box(50, 246, 11, 3), 0.58, 2, 1, 2),
        Word("Enterprises", Box(485, 242, 290, 50), 0.97, 2, 1, 2),
    ]
    line = Line(tuple(words), (0, 1, 2))
    assert [piece.word_indexes for piece in split_columns(line)] == [(0, 2)]


def test_words_in_letter_spaced_type_are_one_line() -> None:
    # real scan v2_business_card44: ``Y a m a d a  R i c e  F a r m``, 19 px between words
    line, _ = _line(("Mori", 99, 46, 11), ("Tea", 164, 33, 11), ("Farm", 216, 43, 11))
    assert _texts(split_columns(line)) == ["Mori Tea Farm"]


def test_capitals_are_not_measured_by_their_width() -> None:
    # real scan selected_118: a legal form set a column gap after the name, in wide capitals
    line, _ = _line(("ROLTA", 466, 204, 38), ("INDIA", 718, 192, 36), ("LIMITED", 961, 278, 38))
    assert _texts(split_columns(line)) == ["ROLTA INDIA", "LIMITED"]
