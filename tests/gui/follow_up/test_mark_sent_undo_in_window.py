"""Mark as Sent from the Follow-ups window is an Edit ▸ Undo step of the main window: Ctrl+Z
in either window takes it back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from cardkeeper.domain import FollowUpState
from cardkeeper.gui.follow_up.queue_window import FollowUpQueueWindow
from cardkeeper.gui.main_window import MainWindow
from cardkeeper.store.activities import Activities
from cardkeeper.store.database import Library, open_library
from cardkeeper.store.follow_ups import FollowUps
from tests.gui.follow_up_data import TODAY, FixedClock, meet
from tests.gui.window_fixture import open_window_on

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def library(data_dir: Path) -> Iterator[Library]:
    with open_library(data_dir) as opened:
        yield opened


def _send_from_the_queue(qtbot: QtBot, window: MainWindow) -> FollowUpQueueWindow:
    qtbot.keyClick(window, Qt.Key.Key_U, CTRL)
    queue = window.follow_ups.queue_window
    assert queue is not None
    queue.activateWindow()
    qtbot.waitUntil(queue.isActiveWindow)
    qtbot.waitUntil(queue.jobs.is_idle)
    queue.tree.setFocus()
    qtbot.keyClick(queue.tree, Qt.Key.Key_E)
    [dialog] = queue.drafts
    qtbot.waitUntil(dialog.jobs.is_idle)
    with qtbot.waitSignal(dialog.sent):
        qtbot.mouseClick(dialog.sent_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.follow_ups.due.is_idle)
    qtbot.waitUntil(queue.jobs.is_idle)
    return queue


def _states(library: Library, contact_id: int) -> list[tuple[int, FollowUpState]]:
    return [(f.step, f.state) for f in FollowUps(library).for_contact(contact_id)]


def _ctrl_z(qtbot: QtBot, target: QWidget) -> None:
    target.activateWindow()
    qtbot.waitUntil(target.isActiveWindow)
    qtbot.keyClick(target, Qt.Key.Key_Z, CTRL)


def test_ctrl_z_in_the_follow_ups_window_takes_back_mark_as_sent(
    qtbot: QtBot, library: Library
) -> None:
    anna = meet(library, "Anna Koch", due=TODAY)
    window = open_window_on(qtbot, library, FixedClock())
    queue = _send_from_the_queue(qtbot, window)
    assert _states(library, anna.contact_id) == [
        (1, FollowUpState.DONE),
        (2, FollowUpState.PENDING),
    ]
    assert window.undo_action.text() == "&Undo Mark Email to Anna Koch as Sent"

    _ctrl_z(qtbot, queue.tree)
    qtbot.waitUntil(lambda: _states(library, anna.contact_id) == [(1, FollowUpState.PENDING)])
    assert Activities(library).for_contact(anna.contact_id) == []
    qtbot.waitUntil(queue.jobs.is_idle)
    assert [index.data() for index in queue.model.follow_up_indexes()] == ["Anna Koch"]


def test_ctrl_z_in_the_main_window_takes_back_mark_as_sent_from_the_queue(
    qtbot: QtBot, library: Library
) -> None:
    anna = meet(library, "Anna Koch", due=TODAY)
    window = open_window_on(qtbot, library, FixedClock())
    _send_from_the_queue(qtbot, window)

    _ctrl_z(qtbot, window)
    qtbot.waitUntil(window.follow_ups.due.is_idle)
    assert _states(library, anna.contact_id) == [(1, FollowUpState.PENDING)]
    assert window.follow_ups.follow_ups_action.iconText() == "Follow-ups (1)"
