"""Replies noticed on the sync timer, in the window, against a real Dovecot: the sequence of a
contact who replied ends, the status bar says so and Edit ▸ Undo takes it back; without the
user's consent, nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from cardkeeper.app.drafts import Draft
from cardkeeper.app.mail_drafts import save_to_drafts
from cardkeeper.domain import FollowUpState, Outcome
from cardkeeper.gui.main_window import MainWindow
from cardkeeper.settings import Settings, sender
from cardkeeper.store.database import Library
from cardkeeper.store.follow_ups import FollowUps
from tests.dovecot_server import USER, DovecotServer
from tests.mail_setup import BRUNO, contact_with_follow_up, mail, mail_settings
from tests.memory_keyring import MemoryKeyring

NETWORK_TIMEOUT_MS = 20_000


def _drafted_and_answered(library: Library, settings: Settings, server: DovecotServer) -> int:
    contact_id, follow_up = contact_with_follow_up(library)
    assert follow_up.id is not None
    save_to_drafts(
        library,
        settings,
        contact_id=contact_id,
        follow_up_id=follow_up.id,
        draft=Draft(BRUNO, "Great to meet you", "Dear Bruno,", "Bruno Keller"),
        sender=sender(settings),
        now=datetime.now(UTC) - timedelta(minutes=5),
    )
    server.deliver(mail(f"Bruno Keller <{BRUNO}>", USER, "Re: Great to meet you"))
    return follow_up.id


def _window(qtbot: QtBot, library: Library, settings: Settings, tmp_path: Path) -> MainWindow:
    window = MainWindow(library, settings, config_dir=tmp_path / "config")
    qtbot.add_widget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_reply_seen_on_the_sync_timer_ends_the_sequence_and_the_status_says_so(
    qtbot: QtBot,
    library: Library,
    dovecot: DovecotServer,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
) -> None:
    settings = mail_settings(dovecot, notice_replies=True, sync_minutes=15)
    follow_up_id = _drafted_and_answered(library, settings, dovecot)
    window = _window(qtbot, library, settings, tmp_path)

    with qtbot.waitSignal(window.exchange.reply_check.found, timeout=NETWORK_TIMEOUT_MS):
        window.exchange.auto_sync.sync_now()

    assert window.statusBar().currentMessage() == (
        "Replied, seen in your mailbox: Bruno Keller; their sequences ended."
    )
    ended = FollowUps(library).get(follow_up_id)
    assert ended is not None
    assert (ended.state, ended.outcome) == (FollowUpState.DONE, Outcome.REPLIED)
    qtbot.waitUntil(lambda: not window.exchange.reply_check.is_running())

    assert window.undo_stack.undoText() == "Follow-up with Bruno Keller: Seen in your mailbox"
    window.undo_stack.undo()
    again = FollowUps(library).get(follow_up_id)
    assert again is not None
    assert (again.state, again.outcome) == (FollowUpState.PENDING, Outcome.NONE)


def test_without_consent_the_timer_does_not_look_in_the_mailbox(
    qtbot: QtBot,
    library: Library,
    dovecot: DovecotServer,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
) -> None:
    settings = mail_settings(dovecot, sync_minutes=15)
    follow_up_id = _drafted_and_answered(library, settings, dovecot)
    window = _window(qtbot, library, settings, tmp_path)

    window.exchange.auto_sync.sync_now()

    assert not window.exchange.reply_check.is_running()
    still = FollowUps(library).get(follow_up_id)
    assert still is not None and still.state is FollowUpState.PENDING


def test_a_check_that_cannot_reach_the_server_says_why_in_the_status_bar(
    qtbot: QtBot,
    library: Library,
    dovecot: DovecotServer,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
) -> None:
    settings = mail_settings(dovecot, notice_replies=True, sync_minutes=15)
    _drafted_and_answered(library, settings, dovecot)
    dovecot.stop()
    window = _window(qtbot, library, settings, tmp_path)

    with qtbot.waitSignal(window.exchange.reply_check.failed, timeout=NETWORK_TIMEOUT_MS):
        window.exchange.auto_sync.sync_now()

    assert (
        window.statusBar()
        .currentMessage()
        .startswith("Replies not checked: Could not reach the mail server at localhost")
    )
