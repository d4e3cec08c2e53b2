"""File ▸ New Contact (Ctrl+N): a contact typed in by hand, with no card, from the real window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from cardkeeper.app.contact_exchange import exported_bytes
from cardkeeper.domain import Contact
from cardkeeper.gui.library.sidebar import ALL, REVIEW
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from tests.gui.window_fixture import add_contacts, names, open_window

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_n_makes_a_contact_and_the_name_field_takes_the_typing(
    qtbot: QtBot, library: Library
) -> None:
    add_contacts(library, Contact(full_name="Sara Greco", needs_review=False))
    window = open_window(qtbot, library)
    window.browser.sidebar.choose(REVIEW)  # empty: the new contact is shown where it is
    assert window.new_contact.new_contact_action.text() == "&New Contact"

    qtbot.keyClick(window.browser.table, Qt.Key.Key_N, CTRL)
    assert window.browser.sidebar.current_choice() == ALL
    focused = QApplication.focusWidget()
    assert isinstance(focused, QLineEdit) and focused.objectName() == "name"
    assert window.pane.tabs.currentWidget() is window.pane.form
    assert not window.pane.card.isVisible(), "no card to show: the fields take the pane"
    qtbot.keyClicks(focused, "Juergen Mueller")
    qtbot.keyClick(focused, Qt.Key.Key_Tab)

    store = Contacts(library)
    made = store.get_contact(window.current_contact_id() or 0)
    assert made is not None and made.display_name == "Juergen Mueller"
    assert not made.needs_review, "typed by the user: nothing to check against a card"
    assert store.card_details(made.id or 0).images == [], "no card"
    assert sorted(names(window)) == ["Juergen Mueller", "Sara Greco"]
    vcard = exported_bytes(library, [made], "vcf", with_photos=True).decode()
    assert "FN:Juergen Mueller" in vcard and "PHOTO" not in vcard


def test_undo_takes_back_the_new_contact(qtbot: QtBot, library: Library) -> None:
    window = open_window(qtbot, library)
    window.new_contact.new_contact_action.trigger()
    assert window.undo_action.text() == "&Undo New Contact"
    new_id = window.current_contact_id()
    assert new_id is not None and Contacts(library).count() == 1

    window.undo_stack.undo()
    assert Contacts(library).count() == 0
    assert names(window) == []
    window.undo_stack.redo()
    assert Contacts(library).count() == 1
    assert Contacts(library).list_contacts()[0].id == new_id
