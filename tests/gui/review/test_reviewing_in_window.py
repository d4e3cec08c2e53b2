"""Reviewing and correcting the contact open in the pane, in the main window (Xvfb, a real
library): edits, accept, delete to the trash, merge, Enter, and undo of each."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cardkeeper.domain import Contact, FollowUp, Phone, PhoneKind
from cardkeeper.gui.library.sidebar import ALL, REVIEW, TRASH
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from cardkeeper.store.follow_ups import FollowUps
from tests.card_files import write_scan
from tests.gui.follow_up_data import TODAY, FixedClock
from tests.gui.window_fixture import add_contacts, finish_import, names, open_window, open_window_on


def test_edit_then_undo_and_redo(qtbot: QtBot, library: Library) -> None:
    (contact_id,) = add_contacts(
        library, Contact(full_name="Anna Koch", company="Elbtal Softwre", needs_review=False)
    )
    window = open_window(qtbot, library)
    window.select_contact(contact_id)
    company = window.pane.form.findChild(type(window.search), "company")
    assert company is not None
    company.setFocus()
    company.selectAll()
    qtbot.keyClicks(company, "Elbtal Software KG")
    qtbot.keyClick(company, Qt.Key.Key_Tab)

    store = Contacts(library)
    assert store.get_contact(contact_id).company == "Elbtal Software KG"  # type: ignore[union-attr]
    assert window.model.index(0, 1).data() == "Elbtal Software KG"

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.get_contact(contact_id).company == "Elbtal Softwre"  # type: ignore[union-attr]
    assert company.text() == "Elbtal Softwre"
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert store.get_contact(contact_id).company == "Elbtal Software KG"  # type: ignore[union-attr]


def test_delete_goes_to_the_trash_and_undo_brings_it_back(qtbot: QtBot, library: Library) -> None:
    first, second = add_contacts(
        library,
        Contact(full_name="Anna Koch", needs_review=False),
        Contact(full_name="Uwe Bauer", needs_review=False),
    )
    window = open_window(qtbot, library)
    window.select_contact(first)
    window.browser.table.setFocus()
    qtbot.keyClick(window.browser.table, Qt.Key.Key_Delete)
    assert names(window) == ["Uwe Bauer"]
    assert Contacts(library).count() == 1

    window.browser.sidebar.choose(TRASH)
    assert names(window) == ["Anna Koch"]
    window.browser.sidebar.choose(ALL)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sorted(names(window)) == ["Anna Koch", "Uwe Bauer"]
    assert Contacts(library).count() == 2
    assert second in window.model.shown_ids()


def test_review_with_the_keyboard_accepts_and_moves_on(qtbot: QtBot, library: Library) -> None:
    ids = add_contacts(
        library,
        Contact(full_name="Anna Koch", company="Elbtal"),
        Contact(full_name="Uwe Bauer", company="Nordlicht"),
        Contact(full_name="Sara Greco", company="Ingegneria"),
    )
    window = open_window(qtbot, library)
    window.browser.sidebar.choose(REVIEW)
    assert len(names(window)) == 3
    first = window.model.contact_row(0).id
    window.select_contact(first)
    window.pane.form.setFocus()

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    store = Contacts(library)
    assert not store.get_contact(first).needs_review  # type: ignore[union-attr]
    assert len(names(window)) == 2
    second = window.pane.contact().id
    assert second in ids and second != first

    # Delete on the card discards it (to the trash); Enter accepts the last one.
    window.pane.card.setFocus()
    qtbot.keyClick(window.pane.card, Qt.Key.Key_Delete)
    assert store.get_contact(second).needs_review  # type: ignore[union-attr]
    assert store.count() == 2
    window.pane.form.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert names(window) == []
    assert window.browser.sidebar.current_choice() == REVIEW


def test_a_new_card_that_matches_is_offered_as_a_merge(qtbot: QtBot, library: Library) -> None:
    old, new = add_contacts(
        library,
        Contact(
            full_name="Anna Koch",
            company="Elbtal Software",
            emails=["anna@elbtal.de"],
            needs_review=False,
        ),
        Contact(
            full_name="Anna Koch",
            company="Elbtal Software KG",
            emails=["ANNA@elbtal.de"],
            phones=[Phone(PhoneKind.MOBILE, "+4917012345678", "0170 12345678")],
        ),
    )
    window = open_window(qtbot, library)
    window.select_contact(new)
    assert window.pane.merge_button.isVisible()
    assert "Anna Koch" in window.pane.merge_button.text()

    qtbot.mouseClick(window.pane.merge_button, Qt.MouseButton.LeftButton)
    store = Contacts(library)
    merged = store.get_contact(old)
    assert merged is not None
    assert [p.number for p in merged.phones] == ["+4917012345678"]
    assert store.count() == 1
    assert names(window) == ["Anna Koch"]

    window.undo_stack.undo()
    assert store.count() == 2
    assert store.get_contact(old).phones == []  # type: ignore[union-attr]


def test_a_misread_field_is_fixed_by_clicking_words_on_the_card(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    photo, truth = write_scan(tmp_path, 3)
    window = open_window(qtbot, library)
    window.importing.start_import([photo])
    finish_import(qtbot, window)
    store = Contacts(library)
    (contact,) = store.list_contacts()
    assert contact.id is not None
    store.update_contact(replace(contact, title="Mis-read"))
    window.select_contact(contact.id)
    window.pane.show_contact(store.get_contact(contact.id), store.card_details(contact.id))

    view = window.pane.card.view
    words = view._words
    title_words = truth.title.split()
    first = next(i for i, w in enumerate(words) if w.word.text == title_words[0])
    last = first + len(title_words) - 1
    for index in range(first, last + 1):
        box = words[index].word.box
        point = view.mapFromScene(QPointF(box.left + box.width / 2, box.top + box.height / 2))
        modifier = Qt.KeyboardModifier.ShiftModifier if index > first else Qt.KeyboardModifier(0)
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, point)
    assert view.selected_indexes() == list(range(first, last + 1))

    use_as_title = next(a for a in window.pane.card.use_as_menu.actions() if a.text() == "&Title")
    use_as_title.trigger()
    assert store.get_contact(contact.id).title == truth.title  # type: ignore[union-attr]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.get_contact(contact.id).title == "Mis-read"  # type: ignore[union-attr]


def test_an_edit_that_cannot_be_saved_says_why_and_is_not_on_the_undo_stack(
    qtbot: QtBot, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    (contact_id,) = add_contacts(library, Contact(full_name="Anna Koch", needs_review=False))
    window = open_window(qtbot, library)
    window.select_contact(contact_id)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))
    # SQLite refuses every write from here on, as it does when the folder turns read-only.
    library.connection.execute("PRAGMA query_only = ON")

    company = window.pane.form.findChild(type(window.search), "company")
    assert company is not None
    company.setFocus()
    qtbot.keyClicks(company, "Elbtal")
    qtbot.keyClick(company, Qt.Key.Key_Tab)

    assert len(told) == 1
    assert "cannot write to the library folder" in told[0]
    assert window.undo_stack.count() == 0
    assert Contacts(library).get_contact(contact_id).company == ""  # type: ignore[union-attr]


def test_accepting_a_card_schedules_its_first_step_and_undo_takes_it_back(
    qtbot: QtBot, library: Library
) -> None:
    clock = FixedClock()
    (contact_id,) = add_contacts(
        library, Contact(full_name="Anna Koch", met_on=TODAY - timedelta(days=1))
    )
    window = open_window_on(qtbot, library, clock)
    window.browser.sidebar.choose(REVIEW)
    window.select_contact(contact_id)

    window.review.accept_current()
    [scheduled] = FollowUps(library).for_contact(contact_id)
    assert (scheduled.step, scheduled.due) == (1, TODAY)  # met yesterday: thank them today
    qtbot.waitUntil(window.follow_ups.due.is_idle)
    assert window.follow_ups.follow_ups_action.iconText() == "Follow-ups (1)"

    window.undo_stack.undo()
    assert FollowUps(library).for_contact(contact_id) == []
    assert Contacts(library).get_contact(contact_id).needs_review  # type: ignore[union-attr]
    window.undo_stack.redo()
    assert len(FollowUps(library).for_contact(contact_id)) == 1


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_ctrl_enter_accepts_from_a_multi_line_field_and_the_next_card_opens_at_the_top(
    qtbot: QtBot, library: Library, key: Qt.Key
) -> None:
    from PySide6.QtWidgets import QPlainTextEdit, QScrollArea

    add_contacts(
        library,
        *(
            Contact(
                full_name=name,
                company="Elbtal",
                address="Hauptstraße 1\n01067 Dresden",
                interested_in="Card readers",
                notes="Met at the stand",
            )
            for name in ("Anna Koch", "Uwe Bauer", "Sara Greco")
        ),
    )
    window = open_window(qtbot, library)
    window.resize(1000, 560)  # a laptop's window: the fields scroll
    window.browser.sidebar.choose(REVIEW)
    first = window.model.contact_row(0).id
    window.select_contact(first)
    form = window.pane.form
    scroll = form.findChild(QScrollArea)
    assert scroll is not None
    store = Contacts(library)

    interested = form.findChild(QPlainTextEdit, "interested_in")
    assert interested is not None
    interested.setFocus()
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().value() > 0)
    qtbot.keyClick(interested, Qt.Key.Key_Return)  # Enter alone: a new line, as in any text box
    assert interested.toPlainText().count("\n") == 1
    assert store.get_contact(first).needs_review  # type: ignore[union-attr]

    modifiers = Qt.KeyboardModifier.ControlModifier
    if key == Qt.Key.Key_Enter:
        modifiers |= Qt.KeyboardModifier.KeypadModifier
    qtbot.keyClick(interested, key, modifiers)

    assert not store.get_contact(first).needs_review  # type: ignore[union-attr]
    second = window.pane.contact().id
    assert second not in (None, first)
    name = form.findChild(type(window.search), "name")
    assert QApplication.focusWidget() is name
    assert scroll.verticalScrollBar().value() == 0
    window.grab().save(f"/tmp/h-flow/next-card-{key.name}.png")

    # Scrolled down with the wheel while in Name, the card after this one opens at the top too.
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    assert scroll.verticalScrollBar().value() > 0
    qtbot.keyClick(name, key, modifiers)
    assert window.pane.contact().id not in (first, second)
    assert scroll.verticalScrollBar().value() == 0


def test_a_merge_says_which_follow_ups_go_on_when_both_had_some(
    qtbot: QtBot, library: Library
) -> None:
    old, new = add_contacts(
        library,
        Contact(full_name="Anna Koch", emails=["anna@elbtal.de"], needs_review=False),
        Contact(full_name="Anna Koch", emails=["anna@elbtal.de"]),
    )
    follow_ups = FollowUps(library)
    follow_ups.add(FollowUp(old, TODAY, step=1, reason="Thank Anna for the talk"))
    follow_ups.add(FollowUp(new, TODAY, step=2, reason="Send Anna the offer"))
    window = open_window(qtbot, library)
    window.select_contact(new)

    qtbot.mouseClick(window.pane.merge_button, Qt.MouseButton.LeftButton)

    assert window.statusBar().currentMessage() == (
        "Both had follow-ups open: the card's go on, being further along; the kept "
        "contact's were set aside so that no step comes twice."
    )
    assert [f.reason for f in follow_ups.for_contact(old)] == ["Send Anna the offer"]
    assert [item.follow_up.reason for item in follow_ups.open_items()] == ["Send Anna the offer"]
    window.undo_stack.undo()
    assert [f.reason for f in follow_ups.for_contact(old)] == ["Thank Anna for the talk"]
