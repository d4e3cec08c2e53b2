"""The Trash in the main window (Xvfb, a real library): emptying it, for good, after asking."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from cardkeeper.domain import Contact
from cardkeeper.gui.library.sidebar import ALL, TRASH
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
    qtbot.waitUntil(window.library_actions.jobs.is_idle)
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
    qtbot.waitUntil(window.library_actions.jobs.is_idle)
    assert not window.undo_stack.canUndo(), "nothing left to take back"


def test_emptying_the_trash_deletes_off_the_gui_thread_and_the_window_answers_meanwhile(
    qtbot: QtBot, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    _three_in_the_trash(library)
    window = open_window(qtbot, library)
    window.browser.sidebar.choose(TRASH)
    purged_on: list[threading.Thread] = []
    purge = Contacts.purge_deleted

    def recorded(self: Contacts, older_than: timedelta) -> int:
        purged_on.append(threading.current_thread())
        return purge(self, older_than)

    monkeypatch.setattr(Contacts, "purge_deleted", recorded)
    _answer(monkeypatch, Button.Yes)

    window.library_actions.empty_trash_action.trigger()
    assert window.statusBar().currentMessage() == "Emptying the Trash…"
    qtbot.waitUntil(lambda: names(window) == [])
    assert purged_on and purged_on[0] is not threading.main_thread()
    assert window.statusBar().currentMessage() == "Deleted 3 contacts for good."


def test_a_card_merged_into_a_contact_is_not_a_person_in_the_trash(
    qtbot: QtBot, library: Library
) -> None:
    _kept, new = add_contacts(
        library,
        Contact(full_name="Anna Koch", emails=["anna@elbtal.de"], needs_review=False),
        Contact(full_name="Anna Koch", emails=["ANNA@elbtal.de"], title="CTO"),
        Contact(full_name="Sara Greco", needs_review=False),
    )[:2]
    Contacts(library).soft_delete([add_contacts(library, Contact(full_name="Ben Ode"))[0]])
    window = open_window(qtbot, library)
    window.select_contact(new)
    qtbot.mouseClick(window.pane.merge_button, Qt.MouseButton.LeftButton)

    window.browser.sidebar.choose(TRASH)
    assert names(window) == ["Ben Ode"], "Anna's card lives on in Anna, as in Google Contacts"
    assert window.browser.trash_count() == 1

    window.undo_stack.undo()
    assert names(window) == ["Ben Ode"]
    window.browser.sidebar.choose(ALL)
    assert sorted(names(window)) == ["Anna Koch", "Anna Koch", "Sara Greco"]
    assert Contacts(library).get_contact(new).title == "CTO"  # type: ignore[union-attr]
