"""The address in the contact form, in parts as address books show it, with the text as
printed under them: edited part by part, in Tab order, undone as any edit."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from cardkeeper.domain import AddressParts, Contact
from cardkeeper.gui.contact.form import ContactForm
from cardkeeper.postal import split_address
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from tests.gui.form_fixture import child, shown_form
from tests.gui.window_fixture import add_contacts, open_window

BERLIN = AddressParts(
    street="Friedrichstraße 123",
    extended="Aufgang C",
    postcode="10117",
    city="Berlin",
    country="DE",
)
ANNA = Contact(
    full_name="Anna Koch",
    company="Koch GmbH",
    address="Koch GmbH\nFriedrichstraße 123, Aufgang C\n10117 Berlin",
    address_parts=BERLIN,
    id=7,
)
PARTS = ("street", "extended", "postcode", "city", "region", "country")


@pytest.fixture
def form(qtbot: QtBot) -> ContactForm:
    return shown_form(qtbot, ANNA, region="DE")


def box(form: ContactForm, part: str) -> QLineEdit:
    return child(form, QLineEdit, f"address_{part}")


def printed(form: ContactForm) -> QPlainTextEdit:
    return child(form, QPlainTextEdit, "address_printed")


def test_each_part_is_shown_in_its_own_box_under_its_name(form: ContactForm) -> None:
    assert [box(form, part).text() for part in PARTS] == [
        "Friedrichstraße 123",
        "Aufgang C",
        "10117",
        "Berlin",
        "",
        "DE",
    ]
    assert [box(form, part).accessibleName() for part in PARTS] == [
        "Street",
        "Suite, floor, building",
        "Postcode",
        "City",
        "State or region",
        "Country",
    ]
    assert box(form, "region").placeholderText() == "State or region"
    assert printed(form).toPlainText() == ANNA.address
    assert form.contact() == ANNA


def test_a_city_typed_then_tab_is_one_edit_and_leaves_the_printed_text(
    qtbot: QtBot, form: ContactForm
) -> None:
    city = box(form, "city")
    city.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(city.hasFocus)
    city.selectAll()
    edits: list[None] = []
    form.edited.connect(lambda: edits.append(None))
    qtbot.keyClicks(city, "Berlin-Mitte")
    QTest.keyClick(city, Qt.Key.Key_Tab)

    assert len(edits) == 1
    assert form.contact().address_parts == replace(BERLIN, city="Berlin-Mitte")
    assert form.contact().address == ANNA.address


def test_tab_goes_through_the_parts_then_the_printed_text_then_on(
    qtbot: QtBot, form: ContactForm
) -> None:
    websites = form.findChild(QPlainTextEdit, "website")
    assert websites is not None
    websites.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(websites.hasFocus)
    visited = []
    for _ in range(8):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget().objectName())
    assert visited[:7] == [f"address_{part}" for part in PARTS] + ["address_printed"]
    assert visited[7] != "address_printed"  # on to "Where met"


def test_the_address_label_takes_the_keyboard_to_the_street(
    qtbot: QtBot, form: ContactForm
) -> None:
    QTest.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(box(form, "street").hasFocus)


def test_words_picked_on_the_card_become_the_printed_text_and_its_parts(
    form: ContactForm,
) -> None:
    picked = "Hauptstraße 5\n10115 Berlin"
    form.set_field_text("address", picked)
    assert form.contact().address == picked
    assert form.contact().address_parts == split_address(picked, "DE")  # the form's region


def test_an_edited_part_is_saved_and_undone_as_any_edit(qtbot: QtBot, library: Library) -> None:
    (contact_id,) = add_contacts(library, replace(ANNA, id=None, needs_review=False))
    window = open_window(qtbot, library)
    window.select_contact(contact_id)
    postcode = window.pane.form.findChild(QLineEdit, "address_postcode")
    assert postcode is not None
    postcode.setFocus()
    postcode.selectAll()
    qtbot.keyClicks(postcode, "10119")
    qtbot.keyClick(postcode, Qt.Key.Key_Tab)

    store = Contacts(library)
    saved = store.get_contact(contact_id)
    assert saved is not None and saved.address_parts == replace(BERLIN, postcode="10119")
    assert store.search("10119") == [contact_id]

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    undone = store.get_contact(contact_id)
    assert undone is not None and undone.address_parts == BERLIN
    assert postcode.text() == "10117"
