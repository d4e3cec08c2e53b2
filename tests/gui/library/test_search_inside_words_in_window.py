"""Search finds text inside words, as a new user expects from "icro" (issue 17, item 12)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cardkeeper.domain import Contact
from cardkeeper.store.database import Library
from tests.gui.window_fixture import add_contacts, names, open_window


def test_typing_the_middle_of_a_company_finds_it(qtbot: QtBot, library: Library) -> None:
    add_contacts(
        library,
        Contact(full_name="Lena Brandt", company="Micron", needs_review=False),
        Contact(full_name="Rui Costa", company="Microvida", needs_review=False),
        Contact(full_name="Jürgen Müller", company="Nordlicht Systeme", needs_review=False),
    )
    window = open_window(qtbot, library)

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search, "icro")
    assert sorted(names(window)) == ["Lena Brandt", "Rui Costa"]
    window.search.clear()
    qtbot.keyClicks(window.search, "uller")  # inside a word, without the umlaut
    assert names(window) == ["Jürgen Müller"]


def test_a_long_note_is_found_inside_words_at_its_start_and_by_word_beginnings_after(
    qtbot: QtBot, library: Library
) -> None:
    # Only the first part of a long note is indexed inside words (see store.search).
    long_note = "Quarterly Kickoff " + "filler " * 2000 + "Wintergarten"
    add_contacts(library, Contact(full_name="Ada Lovelace", notes=long_note, needs_review=False))
    window = open_window(qtbot, library)

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search, "ickof")
    assert names(window) == ["Ada Lovelace"]
    window.search.clear()
    qtbot.keyClicks(window.search, "winterg")
    assert names(window) == ["Ada Lovelace"]
