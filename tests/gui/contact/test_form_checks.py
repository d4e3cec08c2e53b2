"""Issue 17 on the contact form: typed numbers take the card's country, emails are checked,
and the amber dot goes once the user corrected the field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from cardkeeper.domain import Contact, Phone, PhoneKind
from cardkeeper.gui.contact.form import ContactForm
from cardkeeper.gui.contact.phone_editor import PhoneEditor, PhoneRow
from tests.gui.form_fixture import shown_form


def shown(qtbot: QtBot, contact: Contact, **confidences: float) -> ContactForm:
    """A form showing ``contact`` for a user whose Settings say the United States."""
    return shown_form(qtbot, contact, confidences=confidences, region="US")


def type_number(qtbot: QtBot, form: ContactForm, text: str) -> PhoneRow:
    """Type ``text`` into the empty phone row and Tab out, as the user did."""
    row = form.findChild(PhoneEditor).rows()[-1]
    qtbot.waitUntil(row.isVisible)
    row.number.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(row.number.hasFocus)
    qtbot.keyClicks(row.number, text)
    QTest.keyClick(row.number, Qt.Key.Key_Tab)
    return row


def emails_box(form: ContactForm) -> QPlainTextEdit:
    box = form.findChild(QPlainTextEdit, "email")
    assert box is not None
    return box


def test_a_local_number_on_a_japanese_card_is_japanese(qtbot: QtBot) -> None:
    card = Contact(
        full_name="Kenji Sato",
        emails=["k.sato@hoshino.co.jp"],
        phones=[Phone(PhoneKind.MOBILE, "+819012345678")],
    )
    form = shown(qtbot, card)
    row = type_number(qtbot, form, "03-5545-3801")
    assert form.contact().phones[-1].number == "+81355453801"
    assert row.note.isVisible()
    assert row.note.text() == ("Taken as a number in Japan (+81), as the card's other numbers are.")


def test_a_local_number_on_a_brazilian_card_is_brazilian(qtbot: QtBot) -> None:
    card = Contact(
        full_name="Ana Souza",
        emails=["ana@vidraria.com.br"],
        phones=[Phone(PhoneKind.WORK, "+551140028922"), Phone(PhoneKind.MOBILE, "+5511987654321")],
    )
    form = shown(qtbot, card)
    row = type_number(qtbot, form, "(11) 3392-3817")
    assert form.contact().phones[-1].number == "+551133923817"
    assert "Brazil (+55)" in row.note.text()


def test_a_card_with_only_a_country_domain_gives_its_country(qtbot: QtBot) -> None:
    form = shown(qtbot, Contact(full_name="Kenji Sato", emails=["k.sato@hoshino.co.jp"]))
    row = type_number(qtbot, form, "03-5545-3801")
    assert form.contact().phones[-1].number == "+81355453801"
    assert row.note.text() == (
        "Taken as a number in Japan (+81), as the card's email and web domains are."
    )


def test_a_card_that_shows_no_country_takes_the_settings_one(qtbot: QtBot) -> None:
    form = shown(qtbot, Contact(full_name="Pat Doe", emails=["pat@example.com"]))
    row = type_number(qtbot, form, "(415) 555-2671")
    assert form.contact().phones[-1].number == "+14155552671"
    assert row.note.text() == ("Taken as a number in United States (+1), the country in Settings.")


def test_a_typed_email_without_a_real_domain_is_refused(qtbot: QtBot) -> None:
    form = shown(qtbot, Contact(full_name="Pat Doe", emails=["pat@example.com"]))
    box = emails_box(form)
    box.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(box.hasFocus)
    box.moveCursor(box.textCursor().MoveOperation.End)
    QTest.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "bc@nethernet")
    QTest.keyClick(box, Qt.Key.Key_Tab)
    assert form.contact().emails == ["pat@example.com"]
    error = form.findChild(QLabel, "email_error")
    assert error.isVisible()
    assert error.text() == "'bc@nethernet' is not an email address: its domain needs a dot."


def test_words_used_as_an_email_are_checked(qtbot: QtBot) -> None:
    form = shown(qtbot, Contact(full_name="Pat Doe"))
    form.set_field_text("email", "uro@asha")
    assert form.contact().emails == []
    assert form.findChild(QLabel, "email_error").text() == (
        "'uro@asha' is not an email address: its domain needs a dot."
    )
    form.set_field_text("email", "uro@asha.co.jp")
    assert form.contact().emails == ["uro@asha.co.jp"]


def test_the_amber_dot_goes_once_the_user_corrected_the_field(qtbot: QtBot) -> None:
    form = shown(qtbot, Contact(full_name="Pat Doe", company="Acne Ltd"), company=0.4, name=0.4)
    marker = form.findChild(QLabel, "company_low_confidence")
    assert marker.isVisible()
    company = form.findChild(QLineEdit, "company")
    company.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(company.hasFocus)
    company.selectAll()
    qtbot.keyClicks(company, "Acme Ltd")
    QTest.keyClick(company, Qt.Key.Key_Tab)
    assert form.contact().company == "Acme Ltd"
    assert not marker.isVisible()
    assert company.toolTip() == ""
    assert form.findChild(QLabel, "name_low_confidence").isVisible()


def test_an_address_the_contact_already_had_is_kept_as_it_is(qtbot: QtBot) -> None:
    """Like a stored phone: an import's odd address is the user's to fix, not dropped on save."""
    form = shown(qtbot, Contact(full_name="Pat Doe", emails=["pat@intranet"]))
    form.set_field_text("company", "Doe & Co")
    assert form.contact().emails == ["pat@intranet"]
    assert not form.findChild(QLabel, "email_error").isVisible()
