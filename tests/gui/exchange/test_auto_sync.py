"""Syncing by itself against a real Radicale server: the status it shows, offline and back.

The timer's delays are shortened through the API; the syncs, the server, the
keyring backend and the main window are the real ones.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from cardkeeper.app.sync import choose_address_book, remember_password
from cardkeeper.domain import Contact
from cardkeeper.gui.exchange.sync_dialog import SyncDialog
from cardkeeper.gui.library.contacts_model import NAME
from cardkeeper.gui.main_window import MainWindow
from cardkeeper.gui.settings.dialog import SettingsDialog
from cardkeeper.settings import Settings, load_settings
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library, open_library
from cardkeeper.store.sync_state import SyncState
from tests.gui.carddav_books import book_with_anna
from tests.memory_keyring import MemoryKeyring
from tests.radicale_server import PASSWORD, USER, RadicaleServer

SYNC_TIMEOUT_MS = 20_000


@pytest.fixture
def mine(tmp_path: Path) -> Iterator[Library]:
    """This computer's library, with Ben in it."""
    with open_library(tmp_path / "mine") as library:
        Contacts(library).save_new_contact(Contact(given_name="Ben", needs_review=False))
        yield library


def _set_up(library: Library, book_url: str, *, password: bool = True) -> None:
    """What the Sync window leaves behind: the address book chosen, the password kept."""
    choose_address_book(library, book_url, USER)
    if password:
        remember_password(book_url, USER, PASSWORD)


def _window(qtbot: QtBot, library: Library, tmp_path: Path, minutes: int = 15) -> MainWindow:
    window = MainWindow(library, Settings(sync_minutes=minutes), config_dir=tmp_path / "config")
    qtbot.add_widget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _names(window: MainWindow) -> list[str]:
    model = window.model
    return sorted(model.index(row, NAME).data() for row in range(model.rowCount()))


def test_an_automatic_sync_brings_in_a_contact_added_elsewhere(
    qtbot: QtBot,
    tmp_path: Path,
    mine: Library,
    radicale: RadicaleServer,
    memory_keyring: MemoryKeyring,
) -> None:
    _set_up(mine, book_with_anna(radicale, tmp_path / "other"))
    window = _window(qtbot, mine, tmp_path)
    qtbot.waitUntil(lambda: window.exchange.sync_status.full_text == "Not synced yet")
    assert window.exchange.auto_sync.is_scheduled()

    with qtbot.waitSignal(window.exchange.sync_runner.finished, timeout=SYNC_TIMEOUT_MS):
        window.exchange.auto_sync.sync_now()
        assert window.exchange.sync_status.full_text == "Syncing…"

    assert _names(window) == ["Anna Koch", "Ben"]
    qtbot.waitUntil(lambda: window.exchange.sync_status.full_text.startswith("Synced "))
    assert window.exchange.sync_status.isVisible()
    assert window.exchange.auto_sync.is_scheduled()  # the next one, in the interval's minutes

    window.exchange.sync_status.click()
    dialog = window.findChild(SyncDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: "last synced" in dialog.account_label.text())
    dialog.close()


def test_offline_the_status_says_why_and_a_retry_catches_up_once_the_server_is_back(
    qtbot: QtBot,
    tmp_path: Path,
    mine: Library,
    radicale: RadicaleServer,
    memory_keyring: MemoryKeyring,
) -> None:
    _set_up(mine, book_with_anna(radicale, tmp_path / "other"))
    radicale.stop()
    window = _window(qtbot, mine, tmp_path)
    window.exchange.auto_sync.retry_ms = 300

    with qtbot.waitSignal(window.exchange.sync_runner.failed, timeout=SYNC_TIMEOUT_MS) as failed:
        window.exchange.auto_sync.sync_now()

    sentence = failed.args[0]
    assert sentence.startswith("Could not reach the server at 127.0.0.1:")
    assert sentence.endswith(".") and ". " not in sentence
    # The account the status names is read off the GUI thread; a sync that fails at once
    # (the server is down) can be told before that read is back.
    qtbot.waitUntil(lambda: window.exchange.sync_status.full_text.startswith("Not synced: "))
    status = window.exchange.sync_status.full_text
    assert status.startswith(f"Not synced: {sentence} Trying again at ")
    shown = (
        window.exchange.sync_status.text()
    )  # the reason without the advice, which is in the tooltip
    assert shown.startswith("Not synced: could not reach the server at 127.0.0.1:")
    assert shown.endswith(status[-len("Trying again at 09:47.") :])
    assert window.exchange.sync_status.toolTip().startswith(status)
    assert window.exchange.auto_sync.is_scheduled()
    assert _names(window) == ["Ben"]
    account = SyncState(mine).account()
    assert account is not None and account.last_synced_at is None

    radicale.start()  # the retry is due meanwhile and runs as soon as events are handled
    qtbot.waitUntil(
        lambda: window.exchange.sync_status.full_text.startswith("Synced "), timeout=SYNC_TIMEOUT_MS
    )
    assert _names(window) == ["Anna Koch", "Ben"]


def test_sync_now_while_an_automatic_sync_runs_shows_that_one_and_starts_no_other(
    qtbot: QtBot,
    tmp_path: Path,
    mine: Library,
    radicale: RadicaleServer,
    memory_keyring: MemoryKeyring,
) -> None:
    _set_up(mine, book_with_anna(radicale, tmp_path / "other"))
    window = _window(qtbot, mine, tmp_path)
    started: list[None] = []
    window.exchange.sync_runner.started.connect(lambda: started.append(None))

    window.exchange.auto_sync.sync_now()
    window.exchange.sync_action.trigger()
    dialog = window.findChild(SyncDialog)
    assert dialog is not None
    assert not dialog.sync_button.isEnabled()
    assert dialog.progress.isVisible()
    with qtbot.waitSignal(dialog.synced, timeout=SYNC_TIMEOUT_MS):
        dialog.sync_now()  # what the button would do, were it not disabled while syncing

    assert started == [None]
    assert not window.exchange.sync_runner.is_running()
    assert dialog.report_label.text().startswith("From the server: 1 new, 0 changed")
    qtbot.waitUntil(dialog.sync_button.isEnabled)
    assert _names(window) == ["Anna Koch", "Ben"]
    dialog.close()


def test_without_an_account_or_a_password_nothing_runs_and_nothing_shows(
    qtbot: QtBot,
    tmp_path: Path,
    mine: Library,
    radicale: RadicaleServer,
    memory_keyring: MemoryKeyring,
) -> None:
    window = _window(qtbot, mine, tmp_path)
    with qtbot.waitSignal(
        window.exchange.sync_runner.finished, timeout=SYNC_TIMEOUT_MS
    ) as finished:
        window.exchange.auto_sync.sync_now()
    assert finished.args == [None]
    assert not window.exchange.sync_status.isVisible()
    assert window.exchange.sync_status.full_text == ""

    _set_up(mine, book_with_anna(radicale, tmp_path / "other"), password=False)
    window.exchange.sync_runner.note_account_changed()
    with qtbot.waitSignal(
        window.exchange.sync_runner.finished, timeout=SYNC_TIMEOUT_MS
    ) as finished:
        window.exchange.auto_sync.sync_now()
    assert finished.args == [None]
    qtbot.waitUntil(lambda: window.exchange.sync_status.full_text == "Not synced yet")
    assert _names(window) == ["Ben"]
    assert memory_keyring.passwords == {}


def test_turned_off_it_does_not_sync_by_itself(
    qtbot: QtBot,
    tmp_path: Path,
    mine: Library,
    radicale: RadicaleServer,
    memory_keyring: MemoryKeyring,
) -> None:
    _set_up(mine, book_with_anna(radicale, tmp_path / "other"))
    window = _window(qtbot, mine, tmp_path, minutes=0)
    qtbot.waitUntil(lambda: window.exchange.sync_status.full_text == "Not synced yet")
    assert not window.exchange.auto_sync.is_scheduled()

    window.exchange.auto_sync.set_minutes(30)
    assert window.exchange.auto_sync.is_scheduled()
    window.exchange.auto_sync.set_minutes(0)
    assert not window.exchange.auto_sync.is_scheduled()


def test_the_settings_sync_group_shows_the_account_and_keeps_the_interval(
    qtbot: QtBot, tmp_path: Path, mine: Library
) -> None:
    dialog = SettingsDialog(Settings(sync_minutes=0), mine.folder)
    qtbot.add_widget(dialog)
    qtbot.waitUntil(lambda: dialog.sync_account.text() == "Not set up")
    assert dialog.sync_setup_button.text() == "Set &Up…"
    assert not dialog.auto_sync_check.isChecked()
    assert not dialog.sync_minutes_box.isEnabled()
    assert dialog.settings().sync_minutes == 0

    dialog.auto_sync_check.setChecked(True)
    assert dialog.sync_minutes_box.isEnabled()
    assert dialog.settings().sync_minutes == 15
    dialog.sync_minutes_box.setValue(5)
    assert dialog.settings().sync_minutes == 5

    choose_address_book(mine, "https://dav.example.com/anna/contacts/", USER)
    dialog.show_sync_account()
    qtbot.waitUntil(lambda: dialog.sync_account.text().endswith(f" as {USER}"))
    assert dialog.sync_account.text().startswith("https://dav.example.com/anna/contacts/")
    assert dialog.sync_setup_button.text() == "&Sync Settings…"
    assert dialog.sync_hint.text() == "Offline, nothing is lost: the next sync catches up."
    dialog.sync_setup_button.click()
    sync_dialog = dialog.findChild(SyncDialog)
    assert sync_dialog is not None
    qtbot.waitUntil(
        lambda: "Syncs with https://dav.example.com" in sync_dialog.account_label.text()
    )
    sync_dialog.close()


def test_an_interval_chosen_in_settings_is_saved_and_applies_at_once(
    qtbot: QtBot, tmp_path: Path, mine: Library
) -> None:
    window = _window(qtbot, mine, tmp_path, minutes=15)

    def choose_hourly() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        assert dialog.auto_sync_check.isChecked()
        assert dialog.sync_minutes_box.value() == 15
        dialog.sync_minutes_box.setValue(60)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, choose_hourly)
    window.settings_actions.settings_action.trigger()

    assert window.exchange.auto_sync.minutes() == 60
    assert window.settings.sync_minutes == 60
    assert load_settings(tmp_path / "config").sync_minutes == 60
