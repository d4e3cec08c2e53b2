"""The window's status bar says what is true now: after an undo, while searching, after a backup.

A real window (Xvfb) over a real library, driven with the keys a user presses.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from cardkeeper.domain import Contact
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from tests.gui.window_fixture import add_contacts, names, open_window

PEOPLE = ("Anna Koch", "Anja Brandt", "Uwe Bauer", "Sara Greco", "Ines Vidal")


def _people(library: Library) -> list[int]:
    return add_contacts(library, *(Contact(full_name=name, needs_review=False) for name in PEOPLE))


def test_undo_and_redo_of_a_delete_replace_its_message(qtbot: QtBot, library: Library) -> None:
    first, *_ = _people(library)
    window = open_window(qtbot, library)
    window.select_contact(first)
    window.browser.table.setFocus()
    qtbot.keyClick(window.browser.table, Qt.Key.Key_Delete)
    assert window.statusBar().currentMessage() == ("Moved 1 contact to the trash (Ctrl+Z to undo).")

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(names(window)) == len(PEOPLE)
    assert window.statusBar().currentMessage() == "Undone: Delete 1 Contact."

    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.statusBar().currentMessage() == "Redone: Delete 1 Contact."


def test_while_searching_the_count_says_the_matches_of_all(qtbot: QtBot, library: Library) -> None:
    ids = _people(library)
    window = open_window(qtbot, library)
    status = window.browser.status_label
    assert status.text() == "5 contacts"

    window.search.setFocus()
    qtbot.keyClicks(window.search, "An")
    qtbot.waitUntil(lambda: len(names(window)) == 2)
    assert status.text() == "2 of 5 contacts"

    # A change elsewhere (an edit, a follow-up falling due) reads the counts again: still matches.
    window.browser.contacts_changed([ids[2]])
    window.browser.show_due_count(1)
    assert status.text().startswith("2 of 5 contacts")
    qtbot.wait(50)  # the status bar lays out the longer text
    window.grab().save("/tmp/h-flow/status-searching.png")

    window.search.clear()
    qtbot.waitUntil(lambda: len(names(window)) == 5)
    assert status.text().startswith("5 contacts")


def test_the_backup_sentence_says_what_is_in_the_trash(
    qtbot: QtBot, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _people(library)
    Contacts(library).soft_delete(ids[:2])
    window = open_window(qtbot, library)
    assert len(names(window)) == 3
    chosen = tmp_path / "backup.zip"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_args: (str(chosen), "CardKeeper backups (*.zip)")
    )

    window.exchange.backup_action.trigger()

    qtbot.waitUntil(window.exchange.backup_action.isEnabled)
    assert window.statusBar().currentMessage() == (
        f"Backed up 3 contacts, 2 in the trash and 0 card images to {chosen}."
    )
