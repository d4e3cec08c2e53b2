"""The contacts list in the main window (Xvfb, a real library): sections, search, the welcome."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cardkeeper.domain import Contact
from cardkeeper.store.database import Library
from tests.gui.window_fixture import add_contacts, names, open_window


def test_empty_library_shows_how_to_add_cards(qtbot: QtBot, library: Library) -> None:
    window = open_window(qtbot, library)
    assert window.browser.empty_state.isVisible()
    assert not window.browser.table.isVisible()
    assert window.windowTitle() == "CardKeeper"


def test_search_filters_as_you_type(qtbot: QtBot, library: Library) -> None:
    add_contacts(
        library,
        Contact(full_name="Anna Koch", company="Elbtal Software KG", needs_review=False),
        Contact(full_name="Jürgen Müller", company="Nordlicht Systeme", needs_review=False),
        Contact(
            full_name="Sara Greco",
            company="Ingegneria Greco",
            notes="met at the Elbtal booth",
            needs_review=False,
        ),
    )
    window = open_window(qtbot, library)
    assert len(names(window)) == 3

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "elbt")
    assert sorted(names(window)) == ["Anna Koch", "Sara Greco"]
    qtbot.keyClicks(window.search, "al soft")
    assert names(window) == ["Anna Koch"]
    window.search.clear()
    assert len(names(window)) == 3
