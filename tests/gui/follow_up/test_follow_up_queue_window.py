"""The follow-up queue window over a real library, worked with the keyboard as a user would.

The clock is stopped on Tuesday 10 March 2026, so each step's next day is known.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cardkeeper.app.builtin_templates import THANK_YOU
from cardkeeper.app.drafts import draft_for
from cardkeeper.domain import Activity, ActivityKind, FollowUpState, Outcome, Sender
from cardkeeper.gui.follow_up.queue_model import DUE, MET, PERSON, STEP, TODO
from cardkeeper.gui.follow_up.queue_window import FollowUpQueueWindow
from cardkeeper.store.activities import Activities
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from cardkeeper.store.follow_ups import FollowUps
from tests.gui.follow_up_data import TODAY, FixedClock, meet

SENDER = Sender(name="Maria Schneider", company="Elbtal Software KG", email="maria@elbtal.example")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


def _open(qtbot: QtBot, library: Library, clock: FixedClock) -> FollowUpQueueWindow:
    window = FollowUpQueueWindow(library.folder, lambda: SENDER, clock)
    qtbot.add_widget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _settle(qtbot, window)
    window.tree.setFocus()
    return window


def _settle(qtbot: QtBot, window: FollowUpQueueWindow) -> None:
    qtbot.waitUntil(window.jobs.is_idle)


def _press(qtbot: QtBot, window: FollowUpQueueWindow, key: Qt.Key) -> None:
    qtbot.keyClick(window.tree, key)
    _settle(qtbot, window)


def _rows(window: FollowUpQueueWindow) -> list[tuple[str, str, str]]:
    """(person, step, due) of every follow-up shown, top to bottom."""
    model = window.model
    return [
        (index.data(), index.siblingAtColumn(STEP).data(), index.siblingAtColumn(DUE).data())
        for index in model.follow_up_indexes()
    ]


def _current_name(window: FollowUpQueueWindow) -> str:
    return window.tree.currentIndex().siblingAtColumn(PERSON).data()


def test_d_marks_done_and_the_next_step_appears_on_its_day(
    qtbot: QtBot, library: Library, clock: FixedClock
) -> None:
    # Due two days ago: its one-day window ("day 1-2") ended yesterday.
    anna = meet(library, "Anna Koch", due=TODAY - timedelta(days=2), interest="OCR for invoices")
    meet(library, "Jürgen Müller", due=TODAY)
    window = _open(qtbot, library, clock)
    assert _rows(window) == [
        ("Anna Koch", "1 of 3", "1 day late"),
        ("Jürgen Müller", "1 of 3", "Today"),
    ]
    assert _current_name(window) == "Anna Koch"

    _press(qtbot, window, Qt.Key.Key_D)

    # Step 2 of "Met at an event" waits 6 days after step 1 is done: Monday 16 March.
    assert _rows(window) == [
        ("Jürgen Müller", "1 of 3", "Today"),
        ("Anna Koch", "2 of 3", "Monday"),
    ]
    assert _current_name(window) == "Jürgen Müller", "the next follow-up moves up under the cursor"
    saved = FollowUps(library).for_contact(anna.contact_id)
    assert [(f.step, f.state, f.due) for f in saved] == [
        (1, FollowUpState.DONE, TODAY - timedelta(days=2)),
        (2, FollowUpState.PENDING, TODAY + timedelta(days=6)),
    ]
    assert [a.kind for a in Activities(library).for_contact(anna.contact_id)] == [
        ActivityKind.EMAILED
    ]
    assert window.statusBar().currentMessage() == (
        "Done: Anna Koch. Next, offer something: an article, an intro, a demo on Mon 16 Mar."
    )


def test_s_then_t_snoozes_until_tomorrow(qtbot: QtBot, library: Library, clock: FixedClock) -> None:
    anna = meet(library, "Anna Koch", due=TODAY - timedelta(days=2))
    meet(library, "Jürgen Müller", due=TODAY)
    window = _open(qtbot, library, clock)

    qtbot.keyClick(window.tree, Qt.Key.Key_S)
    menu = window.snooze_menu
    qtbot.waitUntil(menu.isVisible)
    assert [a.text() for a in menu.actions()] == [
        "&Tomorrow (Wed 11 Mar)",
        "Next &Week (Mon 16 Mar)",
        "&Pick a Date…",
    ]
    qtbot.keyClick(menu, Qt.Key.Key_T)
    _settle(qtbot, window)

    assert _rows(window) == [
        ("Jürgen Müller", "1 of 3", "Today"),
        ("Anna Koch", "1 of 3", "Tomorrow"),
    ]
    follow_up = FollowUps(library).get(anna.follow_up_id)
    assert follow_up is not None
    assert (follow_up.state, follow_up.due) == (FollowUpState.SNOOZED, TODAY + timedelta(days=1))
    assert window.statusBar().currentMessage() == "Snoozed until Wed 11 Mar: Anna Koch."


def test_r_ends_the_sequence_and_n_and_k_move_on(
    qtbot: QtBot, library: Library, clock: FixedClock
) -> None:
    anna = meet(library, "Anna Koch", due=TODAY - timedelta(days=2))
    jurgen = meet(library, "Jürgen Müller", due=TODAY - timedelta(days=1))
    sara = meet(library, "Sara Greco", due=TODAY)
    window = _open(qtbot, library, clock)

    _press(qtbot, window, Qt.Key.Key_R)  # Anna wrote back
    _press(qtbot, window, Qt.Key.Key_N)  # Jürgen is not interested
    _press(qtbot, window, Qt.Key.Key_K)  # Sara's thank-you is skipped: the offer comes next

    assert _rows(window) == [("Sara Greco", "2 of 3", "Monday")]
    for met, outcome in ((anna, Outcome.REPLIED), (jurgen, Outcome.NOT_INTERESTED)):
        [ended] = FollowUps(library).for_contact(met.contact_id)
        assert (ended.state, ended.outcome) == (FollowUpState.DONE, outcome)
    skipped = FollowUps(library).get(sara.follow_up_id)
    assert skipped is not None and skipped.state == FollowUpState.SKIPPED
    assert not Activities(library).for_contact(sara.contact_id), "a skip is not a contact"


def test_e_opens_the_draft_of_the_step_for_that_person(
    qtbot: QtBot, library: Library, clock: FixedClock
) -> None:
    anna = meet(
        library, "Anna Koch", due=TODAY, interest="OCR for invoices", company="Elbtal Software KG"
    )
    window = _open(qtbot, library, clock)

    qtbot.keyClick(window.tree, Qt.Key.Key_E)
    [dialog] = window.drafts
    qtbot.waitUntil(dialog.jobs.is_idle)

    assert dialog.windowTitle() == "Email to Anna Koch"
    assert dialog.template_box.currentText() == "Thank you"
    assert dialog.to_field.text() == "anna@example.com"
    assert dialog.draft() == draft_for(library, anna.contact_id, THANK_YOU, SENDER, TODAY)
    assert dialog.subject_field.text().startswith("Great to meet you at Web Summit 2026, Lisbon")
    body = dialog.body_field.toPlainText()
    assert body.startswith("Hi Anna,")
    assert "OCR for invoices" in body
    assert "Maria Schneider" in body

    dialog.close()
    qtbot.keyClick(window.tree, Qt.Key.Key_Return)
    assert len(window.drafts) == 1, "Enter drafts too"


def test_o_asks_for_the_contact_and_several_rows_are_done_at_once(
    qtbot: QtBot, library: Library, clock: FixedClock
) -> None:
    people = [
        meet(library, name, due=TODAY) for name in ("Anna Koch", "Jürgen Müller", "Sara Greco")
    ]
    window = _open(qtbot, library, clock)

    with qtbot.waitSignal(window.open_contact_requested) as asked:
        qtbot.keyClick(window.tree, Qt.Key.Key_O)
    assert asked.args == [people[0].contact_id]

    window.tree.selectAll()
    _press(qtbot, window, Qt.Key.Key_D)
    assert [step for _name, step, _due in _rows(window)] == ["2 of 3"] * 3
    assert window.statusBar().currentMessage() == "Done: 3 follow-ups."


def test_a_follow_up_of_a_contact_trashed_meanwhile_says_why(
    qtbot: QtBot, library: Library, clock: FixedClock
) -> None:
    anna = meet(library, "Anna Koch", due=TODAY)
    meet(library, "Jürgen Müller", due=TODAY)
    window = _open(qtbot, library, clock)
    Contacts(library).soft_delete([anna.contact_id])  # in the main window, while the queue is open

    _press(qtbot, window, Qt.Key.Key_D)

    assert window.message.text() == (
        f"Follow-up #{anna.follow_up_id} is for Anna Koch in the trash: restore the contact first."
    )
    assert _rows(window) == [("Jürgen Müller", "1 of 3", "Today")]
    follow_up = FollowUps(library).get(anna.follow_up_id)
    assert follow_up is not None and follow_up.state == FollowUpState.PENDING


def test_an_empty_queue_says_so_and_its_actions_are_off(
    qtbot: QtBot, library: Library, clock: FixedClock
) -> None:
    window = _open(qtbot, library, clock)
    assert window.empty_label.isVisible()
    assert "Nothing to follow up" in window.empty_label.text()
    assert not window.done_action.isEnabled()
    assert not window.draft_action.isEnabled()


def test_losing_touch_lists_who_has_been_silent_for_the_chosen_time(
    qtbot: QtBot, library: Library, clock: FixedClock
) -> None:
    anna = meet(library, "Anna Koch", due=TODAY + timedelta(days=30))
    now = clock.now()
    log = Activities(library).log
    log(Activity(anna.contact_id, ActivityKind.CALLED, now - timedelta(days=120)))
    jurgen = meet(library, "Jürgen Müller", due=TODAY + timedelta(days=30))
    log(Activity(jurgen.contact_id, ActivityKind.EMAILED, now - timedelta(days=40)))
    window = _open(qtbot, library, clock)

    window.tabs.setCurrentWidget(window.losing_touch)
    _settle(qtbot, window)
    view = window.losing_touch
    assert view.period_box.currentText() == "3 months"
    assert _names(view.model) == [("Anna Koch", "10 Nov 2025", "4 months")]
    assert not window.done_action.isEnabled()
    assert window.draft_action.isEnabled()

    view.period_box.setCurrentIndex(0)  # a month
    _settle(qtbot, window)
    assert [row[0] for row in _names(view.model)] == ["Anna Koch", "Jürgen Müller"]
    with qtbot.waitSignal(window.open_contact_requested) as asked:
        qtbot.keyClick(view.table, Qt.Key.Key_O)
    assert asked.args == [anna.contact_id]


def _names(model: object) -> list[tuple[str, ...]]:
    rows = []
    for row in range(model.rowCount()):  # type: ignore[attr-defined]
        rows.append(tuple(model.index(row, column).data() for column in range(3)))  # type: ignore[attr-defined]
    return rows


def test_shortcuts_are_single_keys_listed_in_the_menu(
    qtbot: QtBot, library: Library, clock: FixedClock
) -> None:
    window = _open(qtbot, library, clock)
    keys = {
        action.text().replace("&", ""): action.shortcut().toString()
        for action in window.menuBar().actions()[0].menu().actions()  # type: ignore[union-attr]
        if not action.isSeparator() and action.menu() is None
    }
    assert keys == {
        "Draft Email…": "E",
        "Done": "D",
        "Skip": "K",
        "Replied": "R",
        "Not Interested": "N",
        "Open Contact": "O",
        "Refresh": "F5",
        "Close": "Ctrl+W",
    }
    assert window.snooze_action.shortcut().toString() == "S"


def test_on_a_sunday_next_week_is_not_tomorrow(qtbot: QtBot, library: Library) -> None:
    # Sunday 6 December 2026: tomorrow is Monday, so next week is the Monday after.
    sunday = FixedClock(date(2026, 12, 6))
    anna = meet(library, "Anna Koch", due=sunday.today())
    window = _open(qtbot, library, sunday)

    qtbot.keyClick(window.tree, Qt.Key.Key_S)
    menu = window.snooze_menu
    qtbot.waitUntil(menu.isVisible)
    assert [a.text() for a in menu.actions()] == [
        "&Tomorrow (Mon 7 Dec)",
        "Next &Week (Mon 14 Dec)",
        "&Pick a Date…",
    ]
    qtbot.keyClick(menu, Qt.Key.Key_W)
    _settle(qtbot, window)

    follow_up = FollowUps(library).get(anna.follow_up_id)
    assert follow_up is not None
    assert (follow_up.state, follow_up.due) == (FollowUpState.SNOOZED, date(2026, 12, 14))
    assert window.statusBar().currentMessage() == "Snoozed until Mon 14 Dec: Anna Koch."


def test_at_1024_pixels_every_column_keeps_room_and_a_dragged_one_stays(
    qtbot: QtBot, library: Library, clock: FixedClock
) -> None:
    meet(library, "Anna Koch", due=TODAY, interest="reading invoices automatically")
    window = _open(qtbot, library, clock)
    header = window.tree.header()
    step_name = window.model.follow_up_indexes()[0].siblingAtColumn(TODO).data()
    assert step_name and step_name.startswith("Thank")

    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.tree.viewport().width() < 1024)
    # Its first words, with the whole in the tooltip, as the other columns elide.
    start = " ".join(step_name.split()[:4]) + "…"
    needed = window.tree.fontMetrics().horizontalAdvance(start)
    assert header.sectionSize(TODO) >= needed, "What to do is cut to a few letters"
    assert header.sectionSize(PERSON) >= window.tree.fontMetrics().horizontalAdvance("Anna Koch")

    window.resize(1600, 700)
    qtbot.waitUntil(lambda: header.sectionSize(MET) == 250)
    header.resizeSection(MET, 400)  # the user widens a column: it stays so
    window.resize(1100, 700)
    qtbot.waitUntil(lambda: window.tree.viewport().width() < 1100)
    assert header.sectionSize(MET) == 400
