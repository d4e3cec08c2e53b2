"""With "Put follow-ups in my calendar as tasks" on, the window's sync (the timer's, off the GUI
thread) puts the follow-ups in a task list on the sync server, and a task done there moves
the sequence on here: a real Radicale, a real keyring backend, the real main window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from icalendar import Calendar
from pytestqt.qtbot import QtBot

from cardkeeper.app import follow_through
from cardkeeper.app.built_ins import ensure_built_ins
from cardkeeper.app.sync import SyncReport, choose_address_book, remember_password
from cardkeeper.domain import Contact, FollowUpState
from cardkeeper.gui.exchange.sync_dialog import report_text
from cardkeeper.gui.main_window import MainWindow
from cardkeeper.interop.caldav import CalDavClient
from cardkeeper.settings import Settings
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library, open_library
from cardkeeper.store.follow_ups import FollowUps
from cardkeeper.store.task_sync_state import TaskSyncState
from tests.gui.carddav_books import book_with_anna
from tests.memory_keyring import MemoryKeyring
from tests.radicale_server import PASSWORD, USER, RadicaleServer

SYNC_TIMEOUT_MS = 20_000


@pytest.fixture
def mine(tmp_path: Path) -> Iterator[tuple[Library, int]]:
    """This computer's library, with Ben and the first step of his sequence."""
    with open_library(tmp_path / "mine") as library:
        ensure_built_ins(library)
        ben = Contacts(library).save_new_contact(Contact(given_name="Ben", needs_review=False))
        now = datetime.now(UTC)
        follow_through.schedule_first_step(library, ben, now.astimezone().date(), now)
        yield library, ben


def _sync(qtbot: QtBot, window: MainWindow) -> SyncReport:
    with qtbot.waitSignal(window.exchange.sync_runner.finished, timeout=SYNC_TIMEOUT_MS) as done:
        window.exchange.auto_sync.sync_now()
    report = done.args[0] if done.args else None
    assert isinstance(report, SyncReport)
    return report


def test_follow_ups_go_to_the_calendar_and_come_back_done(
    qtbot: QtBot,
    tmp_path: Path,
    mine: tuple[Library, int],
    radicale: RadicaleServer,
    memory_keyring: MemoryKeyring,
) -> None:
    library, ben = mine
    book = book_with_anna(radicale, tmp_path / "other")
    choose_address_book(library, book, USER)
    remember_password(book, USER, PASSWORD)
    window = MainWindow(library, Settings(task_sync=True), config_dir=tmp_path / "config")
    qtbot.add_widget(window)
    window.show()

    report = _sync(qtbot, window)

    assert report.tasks is not None and report.tasks.added == 1
    assert "Follow-ups in the calendar: 1 added" in report_text(report)
    chosen = TaskSyncState(library).task_list()
    assert chosen is not None
    with CalDavClient(chosen.list_url, USER, PASSWORD) as client:  # the phone marks it done
        (task,) = client.fetch(chosen.list_url, sorted(client.list_etags(chosen.list_url)))
        calendar = Calendar.from_ical(task.body)
        (todo,) = calendar.walk("VTODO")
        assert str(todo["SUMMARY"]).startswith("Follow up with Ben")
        todo["STATUS"] = "COMPLETED"
        client.put(task.href, calendar.to_ical(), etag=task.etag)

    report = _sync(qtbot, window)

    assert report.tasks is not None and report.tasks.done_there == 1
    states = [f.state for f in FollowUps(library).for_contact(ben)]
    assert states == [FollowUpState.DONE, FollowUpState.PENDING]
