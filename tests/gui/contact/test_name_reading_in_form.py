"""The name's reading in the contact form (Taro Yamada beside 山田太郎): shown under the name
when it tells something, edited box by box, in Tab order, saved, searched and undone as any
edit."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from cardkeeper.domain import Contact
from cardkeeper.gui.contact.form import ContactForm
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from tests.gui.form_fixture import child, shown_form
from tests.gui.window_fixture import add_contacts, open_window

TARO = Contact(
    full_name="山田太郎",
    given_name="太郎",
    family_name="山田",
    reading_given="Taro",
    reading_family="Yamada",
    company="山田商事株式会社",
    id=3,
)


@pytest.fixture
def form(qtbot: QtBot) -> ContactForm:
    return shown_form(qtbot, TARO, region="JP")


def box(form: ContactForm, part: str) -> QLineEdit:
    return child(form, QLineEdit, f"reading_{part}")


def test_the_reading_is_shown_under_the_name_in_its_two_boxes(form: ContactForm) -> None:
    given, family = box(form, "given"), box(form, "family")
    assert (given.text(), family.text()) == ("Taro", "Yamada")
    assert given.isVisible() and family.isVisible()
    name = form.findChild(QLineEdit, "name")
    assert name is not None
    assert (
        name.mapToGlobal(name.rect().bottomLeft()).y()
        < given.mapToGlobal(given.rect().topLeft()).y()
    )
    assert given.accessibleName() == "Given name in Latin letters"
    assert family.accessibleName() == "Family name in Latin letters"
    assert form.contact() == TARO


def test_a_name_in_latin_letters_without_a_reading_has_no_reading_row(
    qtbot: QtBot, form: ContactForm
) -> None:
    form.set_contact(Contact(full_name="Anna Koch", id=4))
    assert not box(form, "given").isVisible()
    # A Latin name brought in with a reading (a Google export) shows it, to keep it editable.
    form.set_contact(Contact(full_name="Siobhan Kelly", reading_given="Shi-vawn", id=5))
    assert box(form, "given").isVisible()


def test_a_name_typed_in_another_script_offers_the_reading(qtbot: QtBot, form: ContactForm) -> None:
    form.set_contact(Contact(full_name="Anna Koch", id=4))
    name = form.findChild(QLineEdit, "name")
    assert name is not None
    name.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(name.hasFocus)
    name.selectAll()
    name.insert("Иван Петров")  # as an input method gives it: QTest types ASCII only
    QTest.keyClick(name, Qt.Key.Key_Tab)
    qtbot.waitUntil(box(form, "given").isVisible)
    assert QApplication.focusWidget() is box(form, "given")  # Tab went on to it


def test_a_reading_typed_then_tab_is_one_edit(qtbot: QtBot, form: ContactForm) -> None:
    given = box(form, "given")
    given.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(given.hasFocus)
    given.selectAll()
    edits: list[None] = []
    form.edited.connect(lambda: edits.append(None))
    given.insert("Tarō")  # as an input method gives it
    QTest.keyClick(given, Qt.Key.Key_Tab)

    assert len(edits) == 1
    assert form.contact() == replace(TARO, reading_given="Tarō")
    assert QApplication.focusWidget() is box(form, "family")


def test_tab_goes_from_the_name_through_the_reading_to_the_job_title(
    qtbot: QtBot, form: ContactForm
) -> None:
    name = form.findChild(QLineEdit, "name")
    assert name is not None
    name.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(name.hasFocus)
    visited = []
    for _ in range(3):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget().objectName())
    assert visited == ["reading_given", "reading_family", "title"]


def test_an_edited_reading_is_saved_searched_and_undone_as_any_edit(
    qtbot: QtBot, library: Library
) -> None:
    (contact_id,) = add_contacts(library, replace(TARO, id=None, needs_review=False))
    store = Contacts(library)
    assert store.search("Yamada") == [contact_id]
    window = open_window(qtbot, library)
    window.select_contact(contact_id)
    family = window.pane.form.findChild(QLineEdit, "reading_family")
    assert family is not None
    family.setFocus()
    family.selectAll()
    qtbot.keyClicks(family, "Yamamoto")
    qtbot.keyClick(family, Qt.Key.Key_Tab)

    saved = store.get_contact(contact_id)
    assert saved is not None and saved.reading_family == "Yamamoto"
    assert store.search("Yamamoto") == [contact_id]
    assert store.search("Yamada") == []

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    undone = store.get_contact(contact_id)
    assert undone is not None and undone.reading_family == "Yamada"
    assert family.text() == "Yamada"
    assert store.search("Yamada") == [contact_id]
