from cardkeeper.reading.parse.layout import (
    has_lowercase_words,
    has_tagline_words,
    is_beside,
    is_right_below,
)
from cardkeeper.reading.words import Box


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
