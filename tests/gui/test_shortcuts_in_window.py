"""The window's shortcuts reach their command from whichever window or field has the focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cardkeeper.store.database import Library
from tests.gui.follow_up_data import FixedClock
from tests.gui.window_fixture import open_window_on

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_u_opens_the_follow_ups_while_typing_in_the_search_box(
    qtbot: QtBot, library: Library
) -> None:
    window = open_window_on(qtbot, library, FixedClock())
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(window.search, "anna")
    assert window.search.hasFocus()

    qtbot.keyClick(window.search, Qt.Key.Key_U, CTRL)
    queue = window.follow_ups.queue_window
    assert queue is not None and queue.isVisible()
    assert window.search.text() == "anna"  # the shortcut, not the field's "delete the line"


def test_ctrl_shift_e_opens_the_templates_from_the_follow_ups_window(
    qtbot: QtBot, library: Library
) -> None:
    window = open_window_on(qtbot, library, FixedClock())
    qtbot.keyClick(window, Qt.Key.Key_U, CTRL)
    queue = window.follow_ups.queue_window
    assert queue is not None
    queue.activateWindow()
    qtbot.waitUntil(queue.isActiveWindow)

    qtbot.keyClick(queue.tree, Qt.Key.Key_E, CTRL | Qt.KeyboardModifier.ShiftModifier)
    templates = window.templates.window
    assert templates is not None and templates.isVisible()
