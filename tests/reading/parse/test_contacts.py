"""E-mails repaired with evidence from the rest of the card and the word boxes."""

from cardkeeper.reading.parse import parse_card
from cardkeeper.reading.words import Box, Word
from tests.reading.parse.recorded import line_words


def _emails(words: list[Word]) -> list[str]:
    return [e.value for e in parse_card(words, "US").emails]


def test_e_label_glued_to_the_address_is_dropped() -> None:
    # 0106-scan: the card prints "e. emily@…"
    words = line_words("Emily Pemberton", "Project Manager", "e. emily@clearview-media.com")
    assert _emails(words) == ["emily@clearview-media.com"]


def test_e_label_dropped_from_a_role_address() -> None:
    assert _emails(line_words("Lucía Ortega", "e. sales@bodegascastano.com")) == [
        "sales@bodegascastano.com"
    ]


def test_initial_of_a_printed_name_stays() -> None:
    words = line_words("Emily Wong", "Senior Consultant", "e. wong@ironbridgesoftware.ca")
    assert _emails(words) == ["e.wong@ironbridgesoftware.ca"]


def test_e_read_in_one_word_with_the_address_stays() -> None:
    assert _emails(line_words("Senior Consultant", "e.wong@ironbridgesoftware.ca")) == [
        "e.wong@ironbridgesoftware.ca"
    ]


def _email_line(first: str, second: str, gap: int) -> list[Word]:
    left = Word(first, Box(1010, 748, 171, 36), 0.83, 2, 1, 2)
    right = Word(second, Box(1181 + gap, 748, 779, 46), 0.83, 2, 1, 2)
    return [left, right]


def test_underscore_lost_between_touching_words() -> None:
    # 0097-desk: "eleanor_pemberton@…" read as two words 2 px apart
    words = _email_line("eleanor", "pemberton@clearviewmedia.com", gap=2)
    assert _emails(words) == ["eleanor_pemberton@clearviewmedia.com"]


def test_word_at_a_normal_space_stays_apart() -> None:
    words = _email_line("contact", "pemberton@clearviewmedia.com", gap=14)
    assert _emails(words) == ["pemberton@clearviewmedia.com"]
