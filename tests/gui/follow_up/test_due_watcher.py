"""The due count and the follow-ups that fall due while the app runs, with a clock moved by hand."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from cardkeeper.domain import FollowUpState
from cardkeeper.gui.follow_up.due_watcher import DueNow, DueWatcher
from cardkeeper.store.database import Library
from cardkeeper.store.follow_ups import FollowUps
from tests.gui.follow_up_data import TODAY, FixedClock, meet


def _look(qtbot: QtBot, watcher: DueWatcher) -> DueNow:
    with qtbot.waitSignal(watcher.changed) as seen:
        watcher.check()
    return seen.args[0]  # type: ignore[no-any-return]


def test_only_follow_ups_that_were_waiting_are_announced(qtbot: QtBot, library: Library) -> None:
    clock = FixedClock()
    owner = QObject()
    watcher = DueWatcher(library.folder, clock, owner)
    meet(library, "Anna Koch", due=TODAY - timedelta(days=1))
    sara = meet(library, "Sara Greco", due=TODAY + timedelta(days=1))
    meet(library, "Tom Baker", due=TODAY + timedelta(days=9))

    assert _look(qtbot, watcher) == DueNow(1, []), "the first look announces nothing"

    clock.advance(1)
    assert _look(qtbot, watcher) == DueNow(2, ["Sara Greco"])
    assert _look(qtbot, watcher) == DueNow(2, []), "each is announced once"

    meet(library, "Uwe Bauer", due=clock.today())  # accepted late: due the moment it is made
    FollowUps(library).set_state(sara.follow_up_id, FollowUpState.DONE, clock.now())
    assert _look(qtbot, watcher) == DueNow(2, [])
    assert watcher.count == 2


def test_the_day_is_checked_without_reading_the_library_until_it_changes(
    qtbot: QtBot, library: Library
) -> None:
    clock = FixedClock()
    owner = QObject()
    watcher = DueWatcher(library.folder, clock, owner)
    _look(qtbot, watcher)
    seen: list[object] = []
    watcher.changed.connect(seen.append)
    watcher._check_day()
    assert watcher.is_idle() and not seen
    clock.advance(1)
    with qtbot.waitSignal(watcher.changed):
        watcher._check_day()
