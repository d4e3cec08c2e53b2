"""The Sync window against a real Radicale server: set up the account, sync, see the report."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from cardkeeper.app.sync import choose_address_book
from cardkeeper.domain import Contact
from cardkeeper.gui.exchange.sync_dialog import SyncDialog
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import open_library
from tests.gui.carddav_books import book_with_anna
from tests.memory_keyring import MemoryKeyring
from tests.radicale_server import PASSWORD, USER, RadicaleServer


def test_set_up_an_account_and_sync_from_the_window(
    qtbot: QtBot, tmp_path: Path, radicale: RadicaleServer, memory_keyring: MemoryKeyring
) -> None:
    book_url = book_with_anna(radicale, tmp_path / "other")
    with open_library(tmp_path / "mine") as library:
        Contacts(library).save_new_contact(Contact(given_name="Ben", needs_review=False))
    dialog = SyncDialog(tmp_path / "mine")
    qtbot.add_widget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "Not set up yet" in dialog.account_label.text())
    assert not dialog.sync_button.isEnabled()

    dialog.server_field.setText(radicale.url)
    dialog.user_field.setText(USER)
    dialog.password_field.setText("wrong")
    dialog.find_button.click()
    qtbot.waitUntil(dialog.error.isVisible)
    assert "password" in dialog.error.text().lower()

    dialog.password_field.setText(PASSWORD)
    dialog.find_button.click()
    qtbot.waitUntil(lambda: dialog.book_box.count() == 1)
    assert dialog.book_box.currentData().rstrip("/") == book_url.rstrip("/")
    assert dialog.password_field.text() == ""
    assert list(memory_keyring.passwords.values()) == [PASSWORD]

    dialog.use_button.click()
    qtbot.waitUntil(dialog.sync_button.isEnabled)
    assert "not synced yet" in dialog.account_label.text()

    with qtbot.wait_signal(dialog.synced, timeout=20000):
        dialog.sync_button.click()
    assert dialog.report_label.text() == (
        "From the server: 1 new, 0 changed, 0 deleted. To the server: 1 new, 0 changed, 0 deleted."
    )
    qtbot.waitUntil(lambda: "last synced" in dialog.account_label.text())
    with open_library(tmp_path / "mine") as library:
        names = sorted(c.display_name for c in Contacts(library).list_contacts())
    assert names == ["Anna Koch", "Ben"]


def test_a_server_that_went_away_is_one_sentence_and_nothing_is_lost(
    qtbot: QtBot, tmp_path: Path, radicale: RadicaleServer, memory_keyring: MemoryKeyring
) -> None:
    book_url = book_with_anna(radicale, tmp_path / "other")
    with open_library(tmp_path / "mine") as library:
        Contacts(library).save_new_contact(Contact(given_name="Ben", needs_review=False))
        choose_address_book(library, book_url, USER)
    dialog = SyncDialog(tmp_path / "mine")
    qtbot.add_widget(dialog)
    dialog.show()
    dialog.server_field.setText(radicale.url)
    dialog.user_field.setText(USER)
    dialog.password_field.setText(PASSWORD)
    dialog.find_button.click()
    qtbot.waitUntil(lambda: dialog.book_box.count() == 1)
    qtbot.waitUntil(dialog.sync_button.isEnabled)
    radicale.stop()

    with qtbot.wait_signal(dialog.synced, timeout=20000):
        dialog.sync_button.click()

    assert dialog.error.isVisible()
    assert dialog.error.text().endswith(".")
    with open_library(tmp_path / "mine") as library:
        assert [c.given_name for c in Contacts(library).list_contacts()] == ["Ben"]
