"""Ctrl+Z in the Follow-ups window takes back done, skip, snooze, replied and not interested:
the follow-up, its sequence, the activity log and "last contacted" exactly as they were."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from cardkeeper.app import follow_through
from cardkeeper.app.follow_through import QueueAction
from cardkeeper.gui.follow_up.queue_window import FollowUpQueueWindow
from cardkeeper.gui.main_window import MainWindow
from cardkeeper.store.activities import Activities
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library, open_library
from cardkeeper.store.follow_ups import FollowUps
from tests.gui.follow_up_data import TODAY, FixedClock, meet
from tests.gui.window_fixture import open_window_on

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def library(data_dir: Path) -> Iterator[Library]:
    with open_library(data_dir) as opened:
        yield opened


def _everything(library: Library, contact_id: int) -> tuple[object, ...]:
    contact = Contacts(library).get_contact(contact_id)
    assert contact is not None
    return (
        FollowUps(library).for_contact(contact_id),
        Activities(library).for_contact(contact_id),
        contact.last_contacted_at,
    )


def _open_queue(qtbot: QtBot, window: MainWindow) -> FollowUpQueueWindow:
    qtbot.keyClick(window, Qt.Key.Key_U, CTRL)
    queue = window.follow_ups.queue_window
    assert queue is not None
    queue.activateWindow()
    qtbot.waitUntil(queue.isActiveWindow)
    qtbot.waitUntil(queue.jobs.is_idle)
    queue.tree.setFocus()
    return queue


def _act(qtbot: QtBot, queue: FollowUpQueueWindow, key: str) -> None:
    """The action's key on the rows, as the user presses it; S picks T (tomorrow) after."""
    if key == "S":
        qtbot.keyClick(queue.tree, Qt.Key.Key_S)
        qtbot.waitUntil(queue.snooze_menu.isVisible)
        qtbot.keyClick(queue.snooze_menu, Qt.Key.Key_T)
    else:
        qtbot.keyClick(queue.tree, getattr(Qt.Key, f"Key_{key}"))
    qtbot.waitUntil(queue.jobs.is_idle)


KEYS = {"D": "Done", "K": "Skipped", "S": "Snoozed until", "R": "Replied", "N": "Not interested"}


@pytest.mark.parametrize("key", list(KEYS))
def test_ctrl_z_takes_back_each_queue_action_and_ctrl_shift_z_does_it_again(
    qtbot: QtBot, library: Library, key: str
) -> None:
    anna = meet(library, "Anna Koch", due=TODAY)
    window = open_window_on(qtbot, library, FixedClock())
    queue = _open_queue(qtbot, window)
    before = _everything(library, anna.contact_id)

    _act(qtbot, queue, key)
    qtbot.waitUntil(lambda: _everything(library, anna.contact_id) != before)
    after = _everything(library, anna.contact_id)
    assert window.undo_action.text().startswith(f"&Undo Follow-up with Anna Koch: {KEYS[key]}")

    qtbot.keyClick(queue.tree, Qt.Key.Key_Z, CTRL)
    assert _everything(library, anna.contact_id) == before
    qtbot.waitUntil(queue.jobs.is_idle)
    assert [index.data() for index in queue.model.follow_up_indexes()] == ["Anna Koch"]

    qtbot.keyClick(queue.tree, Qt.Key.Key_Z, CTRL | SHIFT)
    steps, log, contacted = _everything(library, anna.contact_id)
    assert [(f.step, f.state, f.due) for f in steps] == [  # type: ignore[attr-defined]
        (f.step, f.state, f.due)
        for f in after[0]  # type: ignore[attr-defined]
    ]
    assert (len(log), contacted) == (len(after[1]), after[2])  # type: ignore[arg-type]


def test_one_undo_takes_back_a_whole_selection(qtbot: QtBot, library: Library) -> None:
    people = [meet(library, name, due=TODAY) for name in ("Anna Koch", "Ben Ode", "Cleo Lind")]
    window = open_window_on(qtbot, library, FixedClock())
    queue = _open_queue(qtbot, window)
    before = [_everything(library, met.contact_id) for met in people]

    queue.tree.selectAll()
    _act(qtbot, queue, "D")
    assert window.undo_action.text() == "&Undo 3 follow-ups: Done"
    qtbot.keyClick(queue.tree, Qt.Key.Key_Z, CTRL)

    assert [_everything(library, met.contact_id) for met in people] == before


def test_an_automatic_change_is_undone_the_same_way(qtbot: QtBot, library: Library) -> None:
    anna = meet(library, "Anna Koch", due=TODAY)
    window = open_window_on(qtbot, library, FixedClock())
    before = _everything(library, anna.contact_id)
    clock = FixedClock()
    seen = follow_through.change(
        library,
        QueueAction.REPLIED,
        anna.follow_up_id,
        clock.today(),
        clock.now(),
        note="Replied on 10 Mar (seen in your mailbox)",
    )

    window.follow_ups.push_changes([seen], "Follow-up with Anna Koch: Replied")
    window.undo_action.trigger()

    assert _everything(library, anna.contact_id) == before


def test_an_undo_refused_says_why_and_changes_nothing(qtbot: QtBot, library: Library) -> None:
    anna = meet(library, "Anna Koch", due=TODAY)
    window = open_window_on(qtbot, library, FixedClock())
    queue = _open_queue(qtbot, window)
    _act(qtbot, queue, "D")
    (_, second) = FollowUps(library).for_contact(anna.contact_id)
    clock = FixedClock()
    follow_through.done(library, second.id or 0, clock.today(), clock.now() + timedelta(hours=1))
    kept = _everything(library, anna.contact_id)
    told: list[str] = []

    def read_and_close() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        if not boxes or not boxes[0].isVisible():
            QTimer.singleShot(50, read_and_close)
            return
        told.append(boxes[0].text())
        boxes[0].close()

    QTimer.singleShot(0, read_and_close)
    qtbot.keyClick(queue.tree, Qt.Key.Key_Z, CTRL)

    qtbot.waitUntil(lambda: bool(told))
    assert told == [
        "The follow-up with Anna Koch was changed again since, so this can no longer be undone."
    ]
    assert _everything(library, anna.contact_id) == kept
