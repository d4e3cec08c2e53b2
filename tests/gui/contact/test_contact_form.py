"""The contact form on a real display: what the user types becomes the contact, once per edit."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from cardkeeper.domain import Contact, Event, Phone, PhoneKind
from cardkeeper.gui.contact.form import ContactForm
from cardkeeper.gui.contact.form_fields import LOW_CONFIDENCE_TIP
from cardkeeper.gui.contact.phone_editor import PhoneEditor, PhoneRow
from tests.gui.form_fixture import shown_form

EVENTS = [Event("Hannover Messe 2024", id=2), Event("CeBIT", id=3)]


def anna() -> Contact:
    return Contact(
        full_name="Anna Koch",
        given_name="Anna",
        family_name="Koch",
        title="Buyer",
        company="Koch GmbH",
        address="Friedrichstraße 123\n10117 Berlin",
        emails=["anna@koch.de"],
        phones=[Phone(PhoneKind.WORK, "+49301234567", "030 / 123 45 67")],
        websites=["koch.de"],
        tags=["supplier", "berlin"],
        notes="Wants a quote.",
        interested_in="Retrofits",
        event_id=2,
        met_on=date(2024, 3, 12),
        needs_review=True,
        id=7,
    )


@pytest.fixture
def form(qtbot: QtBot) -> ContactForm:
    """A form showing Anna, in an active window so focus and Tab behave as for a user."""
    return shown_form(qtbot, anna(), events=EVENTS, region="DE")


def line(form: ContactForm, field: str) -> QLineEdit:
    """The one-line edit of a field, found through its label as a user would."""
    buddy = label(form, field).buddy()
    assert isinstance(buddy, QLineEdit)
    return buddy


def label(form: ContactForm, field: str) -> QLabel:
    texts = {"name": "&Name", "title": "&Job title", "company": "&Company", "tags": "Ta&gs"}
    texts |= {"phone": "&Phones", "event": "&Where met", "met_on": "Met &on"}
    return next(lbl for lbl in form.findChildren(QLabel) if lbl.text() == texts[field])


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def phone_rows(form: ContactForm) -> list[PhoneRow]:
    return form.findChild(PhoneEditor).rows()


def last_row(qtbot: QtBot, form: ContactForm) -> PhoneRow:
    """The empty row for a new number, once Qt has shown it."""
    row = phone_rows(form)[-1]
    qtbot.waitUntil(row.isVisible)
    return row


def where_met(form: ContactForm) -> QLineEdit:
    combo = label(form, "event").buddy()
    assert isinstance(combo, QComboBox)
    return combo.lineEdit()


def test_an_untouched_form_gives_back_the_contact_it_was_given(form: ContactForm) -> None:
    assert form.contact() == anna()
    assert form.findChild(QLineEdit, "company") is line(form, "company")
    assert form.event_name() == "Hannover Messe 2024"
    assert line(form, "company").text() == "Koch GmbH"
    assert line(form, "tags").text() == "supplier, berlin"
    assert phone_rows(form)[0].number.text() == "030 1234567"


def test_typing_a_company_then_tab_emits_edited_once(qtbot: QtBot, form: ContactForm) -> None:
    company = line(form, "company")
    focus(qtbot, company)
    company.selectAll()
    edits: list[None] = []
    form.edited.connect(lambda: edits.append(None))
    qtbot.keyClicks(company, "Koch & Sons KG")
    assert edits == []
    QTest.keyClick(company, Qt.Key.Key_Tab)
    assert edits == [None]
    assert form.contact().company == "Koch & Sons KG"
    assert form.contact().id == 7


def test_set_contact_and_leaving_an_unchanged_field_emit_nothing(
    qtbot: QtBot, form: ContactForm
) -> None:
    with qtbot.assert_not_emitted(form.edited):
        focus(qtbot, line(form, "title"))
        form.set_contact(anna(), events=EVENTS, region="DE")
        QTest.keyClick(line(form, "title"), Qt.Key.Key_Tab)
        focus(qtbot, line(form, "title"))
        qtbot.keyClicks(line(form, "title"), "x")
        QTest.keyClick(line(form, "title"), Qt.Key.Key_Backspace)
        QTest.keyClick(line(form, "title"), Qt.Key.Key_Tab)


def test_a_typed_national_number_is_saved_as_e164_and_shown_national(
    qtbot: QtBot, form: ContactForm
) -> None:
    row = last_row(qtbot, form)
    assert row.number.placeholderText() == "Add a number"
    focus(qtbot, row.number)
    with qtbot.wait_signal(form.edited):
        qtbot.keyClicks(row.number, "030 7654321")
        QTest.keyClick(row.number, Qt.Key.Key_Tab)
    assert row.number.text() == "030 7654321"
    assert form.contact().phones == [
        Phone(PhoneKind.WORK, "+49301234567", "030 / 123 45 67"),
        Phone(PhoneKind.WORK, "+49307654321"),
    ]
    assert last_row(qtbot, form).number.text() == ""


def test_a_number_in_the_home_format_is_shown_tidied(qtbot: QtBot, form: ContactForm) -> None:
    row = last_row(qtbot, form)
    focus(qtbot, row.number)
    qtbot.keyClicks(row.number, "+49 (0)30-123 4567")
    QTest.keyClick(row.number, Qt.Key.Key_Tab)
    assert row.number.text() == "030 1234567"
    assert form.contact().phones[-1].number == "+49301234567"


def test_an_impossible_number_says_why_under_its_row_and_is_not_saved(
    qtbot: QtBot, form: ContactForm
) -> None:
    row = phone_rows(form)[0]
    focus(qtbot, row.number)
    row.number.selectAll()
    qtbot.keyClicks(row.number, "12")
    QTest.keyClick(row.number, Qt.Key.Key_Tab)
    assert row.error.isVisible()
    assert row.error.text() == "'12' is too short to be a phone number."
    assert row.error.palette().color(row.error.foregroundRole()).red() > 150
    assert row.number.text() == "12"
    assert form.contact().phones == []
    focus(qtbot, row.number)
    row.number.selectAll()
    qtbot.keyClicks(row.number, "0301234567")
    QTest.keyClick(row.number, Qt.Key.Key_Tab)
    assert not row.error.isVisible()
    assert [p.number for p in form.contact().phones] == ["+49301234567"]


def test_choosing_a_kind_keeps_the_number(qtbot: QtBot, form: ContactForm) -> None:
    kind = phone_rows(form)[0].kind
    focus(qtbot, kind)
    with qtbot.wait_signal(form.edited):
        QTest.keyClick(kind, Qt.Key.Key_Down)
    assert form.contact().phones == [Phone(PhoneKind.MOBILE, "+49301234567", "030 / 123 45 67")]


def test_clearing_a_number_removes_its_row(qtbot: QtBot, form: ContactForm) -> None:
    row = phone_rows(form)[0]
    focus(qtbot, row.number)
    row.number.clear()
    with qtbot.wait_signal(form.edited):
        QTest.keyClick(row.number, Qt.Key.Key_Tab)
    assert form.contact().phones == []
    qtbot.waitUntil(lambda: len(phone_rows(form)) == 1)
    assert label(form, "phone").buddy() is phone_rows(form)[0].number


@pytest.mark.parametrize(("confidence", "marked"), [(0.5, True), (0.9, False)])
def test_a_field_read_with_low_confidence_is_marked(
    qtbot: QtBot, confidence: float, marked: bool
) -> None:
    form = ContactForm()
    qtbot.add_widget(form)
    form.set_contact(anna(), confidences={"company": confidence, "phone": confidence})
    form.show()
    qtbot.waitExposed(form)
    for field in ("company", "phone"):
        marker = form.findChild(QLabel, f"{field}_low_confidence")
        assert marker.isVisible() is marked
        assert marker.toolTip() == LOW_CONFIDENCE_TIP
        assert label(form, field).toolTip() == (LOW_CONFIDENCE_TIP if marked else "")
    assert line(form, "company").toolTip() == (LOW_CONFIDENCE_TIP if marked else "")
    assert not form.findChild(QLabel, "title_low_confidence").isVisible()


def test_words_picked_on_the_card_replace_single_fields(qtbot: QtBot, form: ContactForm) -> None:
    with qtbot.wait_signal(form.edited):
        form.set_field_text("company", "Koch  Maschinenbau\nGmbH")
    assert form.contact().company == "Koch Maschinenbau GmbH"
    with qtbot.wait_signal(form.edited):
        form.set_field_text("name", "Dr. Hans Koch")
    assert (form.contact().prefix, form.contact().given_name) == ("Dr.", "Hans")


def test_words_picked_on_the_card_add_emails_websites_and_phones(
    qtbot: QtBot, form: ContactForm
) -> None:
    with qtbot.wait_signal(form.edited):
        form.set_field_text("email", "anna.koch @ koch-maschinenbau.de ")
    assert form.contact().emails == ["anna@koch.de", "anna.koch@koch-maschinenbau.de"]
    with qtbot.assert_not_emitted(form.edited):
        form.set_field_text("email", "anna@koch.de")
    assert len(form.contact().emails) == 2
    form.set_field_text("website", "www.koch-maschinenbau .de")
    assert form.contact().websites == ["koch.de", "www.koch-maschinenbau.de"]
    with qtbot.wait_signal(form.edited):
        form.set_field_text("phone", "0171 123 4567")
    assert form.contact().phones[-1] == Phone(PhoneKind.WORK, "+491711234567", "0171 123 4567")
    assert phone_rows(form)[1].number.text() == "0171 1234567"
    assert last_row(qtbot, form).number.text() == ""
    with qtbot.assert_not_emitted(form.edited):
        form.set_field_text("phone", "12")
    assert phone_rows(form)[2].error.text() == "'12' is too short to be a phone number."
    with pytest.raises(ValueError):
        form.set_field_text("met_on", "12.3.")


def test_a_number_picked_on_the_card_leaves_one_being_typed_alone(
    qtbot: QtBot, form: ContactForm
) -> None:
    row = last_row(qtbot, form)
    focus(qtbot, row.number)
    qtbot.keyClicks(row.number, "0171")
    form.set_field_text("phone", "030 7654321")
    assert row.number.text() == "0171"
    assert [r.number.text() for r in phone_rows(form)[1:]] == ["0171", "030 7654321", ""]


def test_an_edited_name_is_split_into_its_parts(qtbot: QtBot, form: ContactForm) -> None:
    name = line(form, "name")
    focus(qtbot, name)
    name.selectAll()
    qtbot.keyClicks(name, "Dr. Anna Maria Koch Jr.")
    QTest.keyClick(name, Qt.Key.Key_Return)
    contact = form.contact()
    assert contact.full_name == "Dr. Anna Maria Koch Jr."
    assert (contact.prefix, contact.given_name, contact.middle_name) == ("Dr.", "Anna", "Maria")
    assert (contact.family_name, contact.suffix) == ("Koch", "Jr.")


def test_an_untouched_name_keeps_the_parts_the_reader_found(qtbot: QtBot) -> None:
    form = ContactForm()
    qtbot.add_widget(form)
    sofia = Contact(full_name="Sofía García López", given_name="Sofía", family_name="García López")
    form.set_contact(sofia, region="ES")
    assert form.contact() == sofia


def test_tab_goes_down_the_form_field_by_field(qtbot: QtBot, form: ContactForm) -> None:
    name, title, company = line(form, "name"), line(form, "title"), line(form, "company")
    focus(qtbot, name)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert title.hasFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert company.hasFocus()

    fields: list[str] = []
    form.field_focused.connect(fields.append)
    while not line(form, "tags").hasFocus():
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert len(fields) < 20
    assert fields == [
        "email",
        "phone",
        "website",
        "address",
        "event",
        "met_on",
        "interested_in",
        "notes",
        "tags",
    ]


def test_a_focused_field_is_named_for_the_card_view(qtbot: QtBot, form: ContactForm) -> None:
    with qtbot.wait_signal(form.field_focused) as focused:
        focus(qtbot, line(form, "company"))
    assert focused.args == ["company"]
    with qtbot.wait_signal(form.field_focused) as focused:
        focus(qtbot, phone_rows(form)[0].kind)
    assert focused.args == ["phone"]


def test_a_label_mnemonic_focuses_its_field(qtbot: QtBot, form: ContactForm) -> None:
    focus(qtbot, line(form, "name"))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert line(form, "company").hasFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert phone_rows(form)[0].number.hasFocus()


def test_each_label_has_its_own_mnemonic_clear_of_the_window_s(form: ContactForm) -> None:
    """The menus (File Edit View Help) and the pane's Accept Discard Merge Restore own those."""
    keys = [
        QKeySequence.mnemonic(lbl.text()).toString()
        for lbl in form.findChildren(QLabel)
        if lbl.buddy() is not None
    ]
    assert len(keys) == 12
    assert len(set(keys)) == 12
    assert not set(keys) & {f"Alt+{key}" for key in "FEVHADMR"}


def test_where_met_chooses_an_event_or_names_a_new_one(qtbot: QtBot, form: ContactForm) -> None:
    where = where_met(form)
    focus(qtbot, where)
    where.selectAll()
    with qtbot.wait_signal(form.edited):
        qtbot.keyClicks(where, "CeBIT")
        QTest.keyClick(where, Qt.Key.Key_Tab)
    assert (form.contact().event_id, form.event_name()) == (3, "CeBIT")
    focus(qtbot, where)
    where.selectAll()
    with qtbot.wait_signal(form.edited):
        qtbot.keyClicks(where, "Lunch at Anna's")
        QTest.keyClick(where, Qt.Key.Key_Tab)
    assert (form.contact().event_id, form.event_name()) == (None, "Lunch at Anna's")


def test_met_on_can_be_cleared_and_starts_again_at_today(qtbot: QtBot, form: ContactForm) -> None:
    date_edit = label(form, "met_on").buddy()
    clear = next(b for b in form.findChildren(QWidget) if b.accessibleName() == "Clear the date")
    with qtbot.wait_signal(form.edited):
        clear.click()
    assert form.contact().met_on is None
    assert date_edit.text() == "Not set"
    assert not clear.isVisible()
    QTest.keyClick(date_edit, Qt.Key.Key_Up)
    assert date_edit.date() == QDate.currentDate()
    with qtbot.wait_signal(form.edited):
        QTest.keyClick(date_edit, Qt.Key.Key_Return)
    assert form.contact().met_on == date.today()


def test_the_calendar_opens_at_today_when_no_date_is_set(qtbot: QtBot) -> None:
    form = ContactForm()
    qtbot.add_widget(form)
    form.set_contact(Contact(full_name="Anna Koch"))
    form.show()
    qtbot.waitExposed(form)
    date_edit = label(form, "met_on").buddy()
    QTest.mouseClick(date_edit, Qt.MouseButton.LeftButton, pos=QPoint(date_edit.width() - 6, 6))
    assert not next(
        b for b in form.findChildren(QWidget) if b.accessibleName() == "Clear the date"
    ).isVisible()
    calendar = date_edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    calendar.close()


def test_tags_are_split_on_commas(qtbot: QtBot, form: ContactForm) -> None:
    tags = line(form, "tags")
    focus(qtbot, tags)
    tags.setText(" supplier,, fair 2024 ,supplier ")
    QTest.keyClick(tags, Qt.Key.Key_Return)
    assert form.contact().tags == ["supplier", "fair 2024"]


def test_no_contact_means_an_empty_disabled_form(qtbot: QtBot, form: ContactForm) -> None:
    form.set_contact(None)
    assert not form.isEnabled()
    assert line(form, "name").text() == ""
    assert form.contact() == Contact()
    assert form.event_name() == ""
