"""The Trash in the main window (Xvfb, a real library): emptying it, for good, after asking."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from cardkeeper.domain import Contact
from cardkeeper.gui.library.sidebar import TRASH
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from tests.gui.window_fixture import add_contacts, names, open_window

Button = QMessageBox.StandardButton


def _three_in_the_trash(library: Library) -> list[int]:
    ids = add_contacts(
        library,
        Contact(full_name="Anna Koch", needs_review=False),
        Contact(full_name="Jürgen Müller", needs_review=False),
        Contact(full_name="Sara Greco", needs_review=False),
        Contact(full_name="Lena Brandt", needs_review=False),
    )
    Contacts(library).soft_delete(ids[:3])
    return ids


def _answer(monkeypatch: pytest.MonkeyPatch, answer: Button) -> list[str]:
    asked: list[str] = []

    def question(_parent: QWidget, _title: str, text: str, *_args: object) -> Button:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_empty_trash_asks_naming_the_count_then_deletes_for_good(
    qtbot: QtBot, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _three_in_the_trash(library)
    window = open_window(qtbot, library)
    action = window.library_actions.empty_trash_action
    assert action.text() == "&Empty Trash…"
    window.browser.sidebar.choose(TRASH)
    assert sorted(names(window)) == ["Anna Koch", "Jürgen Müller", "Sara Greco"]
    asked = _answer(monkeypatch, Button.Cancel)

    action.trigger()
    assert asked == [
        "Delete the 3 contacts in the Trash for good?\n\n"
        "Their cards and activity go with them. This cannot be undone."
    ]
    assert len(names(window)) == 3, "cancelled: nothing changed"

    _answer(monkeypatch, Button.Yes)
    action.trigger()
    assert names(window) == []
    assert window.browser.sidebar.current_choice() == TRASH
    assert [Contacts(library).get_contact(i) for i in ids[:3]] == [None, None, None]
    assert Contacts(library).get_contact(ids[3]) is not None, "the library keeps its contacts"
    assert not action.isEnabled(), "nothing left to empty"


def test_emptying_the_trash_ends_the_undo_steps_of_the_contacts_it_deleted(
    qtbot: QtBot, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    _three_in_the_trash(library)
    window = open_window(qtbot, library)
    window.select_contact(Contacts(library).list_contacts()[0].id or 0)
    window.review_actions.delete_action.trigger()
    assert window.undo_stack.canUndo()

    _answer(monkeypatch, Button.Yes)
    window.library_actions.empty_trash_action.trigger()
    assert not window.undo_stack.canUndo(), "nothing left to take back"
