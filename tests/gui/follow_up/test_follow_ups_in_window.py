"""The window's follow-ups: the due count, the queue, drafts and the activity log."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cardkeeper.domain import ActivityKind, FollowUpState
from cardkeeper.gui.library.sidebar import ALL, REVIEW
from cardkeeper.store.activities import Activities
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library, open_library
from cardkeeper.store.follow_ups import FollowUps
from tests.gui.follow_up_data import TODAY, FixedClock, meet
from tests.gui.window_fixture import open_window_on


@pytest.fixture
def library(data_dir: Path) -> Iterator[Library]:
    with open_library(data_dir) as opened:
        yield opened


def test_the_due_count_is_on_the_toolbar_and_ctrl_u_opens_the_queue(
    qtbot: QtBot, library: Library
) -> None:
    clock = FixedClock()
    meet(library, "Anna Koch", due=TODAY - timedelta(days=2))
    meet(library, "Jürgen Müller", due=TODAY)
    meet(library, "Sara Greco", due=TODAY + timedelta(days=3))
    window = open_window_on(qtbot, library, clock)
    assert window.follow_ups.follow_ups_action.iconText() == "Follow-ups (2)"
    assert window.browser.status_label.text().endswith(" · 2 follow-ups due")

    qtbot.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    queue = window.follow_ups.queue_window
    assert queue is not None and queue.isVisible()
    qtbot.waitUntil(queue.jobs.is_idle)
    assert queue.model.item_count() == 3
    queue.activateWindow()
    qtbot.waitUntil(queue.isActiveWindow)
    qtbot.keyClick(queue.tree, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: queue.jobs.is_idle() and window.follow_ups.due.is_idle())
    assert window.follow_ups.follow_ups_action.iconText() == "Follow-ups (1)"


def test_a_new_day_tells_who_is_due_now(qtbot: QtBot, library: Library) -> None:
    clock = FixedClock()
    meet(library, "Anna Koch", due=TODAY + timedelta(days=1))
    meet(library, "Jürgen Müller", due=TODAY)
    window = open_window_on(qtbot, library, clock)
    assert window.follow_ups.follow_ups_action.iconText() == "Follow-ups (1)"

    clock.advance(1)
    window.follow_ups.due._check_day()  # what the minute timer does
    qtbot.waitUntil(window.follow_ups.due.is_idle)

    assert window.follow_ups.follow_ups_action.iconText() == "Follow-ups (2)"
    assert window.statusBar().currentMessage() == (
        "Anna Koch is due for a follow-up. Ctrl+U opens the queue."
    )


def test_calls_meetings_and_notes_are_logged_in_the_contact_pane(
    qtbot: QtBot, library: Library
) -> None:
    clock = FixedClock()
    anna = meet(library, "Anna Koch", due=TODAY + timedelta(days=3))
    window = open_window_on(qtbot, library, clock)
    window.select_contact(anna.contact_id)
    pane = window.pane
    pane.tabs.setCurrentWidget(pane.activity)
    log = pane.activity
    assert log.model.index(0).data() == "Next: email, due Fri 13 Mar\n" + (
        "Thank them and recall what they were interested in"
    )

    log.detail_field.setFocus()
    qtbot.keyClicks(log.detail_field, "Agreed on a demo next week")
    qtbot.mouseClick(log.call_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(log.detail_field, "Prefers calls in the morning")
    qtbot.keyClick(log.detail_field, Qt.Key.Key_Return)

    kinds = [(a.kind, a.detail) for a in Activities(library).for_contact(anna.contact_id)]
    assert sorted(kinds) == sorted(
        [
            (ActivityKind.CALLED, "Agreed on a demo next week"),
            (ActivityKind.NOTE, "Prefers calls in the morning"),
        ]
    )
    assert Contacts(library).get_contact(anna.contact_id).last_contacted_at == clock.now()  # type: ignore[union-attr]
    assert pane.tabs.tabText(1) == "Activity (3)"
    assert log.detail_field.text() == ""


def test_open_contact_from_the_queue_shows_it_in_the_list(qtbot: QtBot, library: Library) -> None:
    clock = FixedClock()
    anna = meet(library, "Anna Koch", due=TODAY)
    window = open_window_on(qtbot, library, clock)
    window.browser.sidebar.choose(REVIEW)  # Anna is reviewed: not in this list
    window.follow_ups.open_queue()
    queue = window.follow_ups.queue_window
    assert queue is not None
    qtbot.waitUntil(queue.jobs.is_idle)
    queue.open_contact()
    assert window.browser.sidebar.current_choice() == ALL
    assert window.pane.contact().id == anna.contact_id


def test_ctrl_e_drafts_the_next_follow_up_of_the_current_contact(
    qtbot: QtBot, library: Library
) -> None:
    clock = FixedClock()
    anna = meet(library, "Anna Koch", due=TODAY, interest="OCR for invoices")
    window = open_window_on(qtbot, library, clock)
    window.select_contact(anna.contact_id)
    window.browser.table.setFocus()
    qtbot.keyClick(window.browser.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    [dialog] = window.follow_ups.drafts
    qtbot.waitUntil(dialog.jobs.is_idle)
    assert dialog.template_box.currentText() == "Thank you"
    assert "Maria Schneider" in dialog.body_field.toPlainText()
    with qtbot.waitSignal(dialog.sent):
        qtbot.mouseClick(dialog.sent_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.follow_ups.due.is_idle)
    assert window.follow_ups.follow_ups_action.iconText() == "Follow-ups"
    assert window.pane.activity.model.index(0).data().startswith("Next: email, due Mon 16 Mar")


def test_edit_undo_takes_back_mark_as_sent(qtbot: QtBot, library: Library) -> None:
    clock = FixedClock()
    anna = meet(library, "Anna Koch", due=TODAY, interest="OCR for invoices")
    window = open_window_on(qtbot, library, clock)
    window.select_contact(anna.contact_id)
    window.browser.table.setFocus()
    qtbot.keyClick(window.browser.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    [dialog] = window.follow_ups.drafts
    qtbot.waitUntil(dialog.jobs.is_idle)
    with qtbot.waitSignal(dialog.sent):
        qtbot.mouseClick(dialog.sent_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.follow_ups.due.is_idle)
    assert window.follow_ups.follow_ups_action.iconText() == "Follow-ups"
    assert window.undo_action.text() == "&Undo Mark Email to Anna Koch as Sent"

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.follow_ups.due.is_idle)

    follow_ups = FollowUps(library).for_contact(anna.contact_id)
    assert [(f.step, f.state, f.due) for f in follow_ups] == [(1, FollowUpState.PENDING, TODAY)]
    assert Activities(library).for_contact(anna.contact_id) == []
    assert Contacts(library).get_contact(anna.contact_id).last_contacted_at is None  # type: ignore[union-attr]
    assert window.follow_ups.follow_ups_action.iconText() == "Follow-ups (1)"
    assert window.pane.activity.model.index(0).data().startswith("Next: email, due today")

    window.redo_action.trigger()
    qtbot.waitUntil(window.follow_ups.due.is_idle)
    follow_ups = FollowUps(library).for_contact(anna.contact_id)
    assert [(f.step, f.state) for f in follow_ups] == [
        (1, FollowUpState.DONE),
        (2, FollowUpState.PENDING),
    ]
    assert window.follow_ups.follow_ups_action.iconText() == "Follow-ups"
