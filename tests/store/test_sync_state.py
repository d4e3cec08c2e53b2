from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cardkeeper.domain import Contact
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import DATABASE_FILE_NAME, Library, open_library
from cardkeeper.store.migrate import migrate, schema_version
from cardkeeper.store.sync_state import SyncedCard, SyncState

BOOK = "https://dav.example.org/anna/contacts/"


def test_the_account_is_remembered_with_the_token_of_the_last_finished_sync(
    library: Library,
) -> None:
    state = SyncState(library)
    assert state.account() is None
    state.set_account(BOOK, "anna")
    moment = datetime(2026, 11, 26, 7, 0, tzinfo=UTC)
    state.finish("token-1", moment)

    account = state.account()

    assert account is not None
    assert (account.book_url, account.username, account.sync_token) == (BOOK, "anna", "token-1")
    assert account.last_synced_at == moment


def test_another_address_book_starts_afresh(library: Library, contacts: Contacts) -> None:
    state = SyncState(library)
    contact_id = contacts.save_new_contact(Contact(full_name="Anna"))
    state.set_account(BOOK, "anna")
    state.record(SyncedCard("/anna/contacts/a.vcf", contact_id, '"e1"', "h1"))
    state.finish("token-1", datetime.now(UTC))

    state.set_account(BOOK, "anna-renamed")
    assert len(state.cards()) == 1
    state.set_account("https://dav.example.org/anna/other/", "anna")

    account = state.account()
    assert account is not None and account.sync_token == "" and account.last_synced_at is None
    assert state.cards() == {}
    assert state.contacts_never_synced() == [contact_id]


def test_a_purged_contact_keeps_its_card_row_so_the_server_copy_is_deleted(
    library: Library, contacts: Contacts
) -> None:
    state = SyncState(library)
    state.set_account(BOOK, "anna")
    kept = contacts.save_new_contact(Contact(full_name="Kept"))
    purged = contacts.save_new_contact(Contact(full_name="Purged"))
    state.record(SyncedCard("/k.vcf", kept, '"k"', "hk"))
    state.record(SyncedCard("/p.vcf", purged, '"p"', "hp"))

    contacts.soft_delete([purged])
    contacts.purge_deleted(timedelta(0))

    assert state.cards()["/p.vcf"] == SyncedCard("/p.vcf", None, '"p"', "hp")
    assert state.cards()["/k.vcf"].contact_id == kept
    state.forget("/p.vcf")
    assert set(state.cards()) == {"/k.vcf"}


def test_recording_a_new_href_for_a_contact_replaces_the_old_one(
    library: Library, contacts: Contacts
) -> None:
    state = SyncState(library)
    contact_id = contacts.save_new_contact(Contact(full_name="Anna"))
    state.record(SyncedCard("/old.vcf", contact_id, '"1"', "h"))
    state.record(SyncedCard("/new.vcf", contact_id, '"2"', "h"))
    assert list(state.cards()) == ["/new.vcf"]
    assert state.contacts_never_synced() == []


def test_a_library_from_before_sync_gains_the_tables_with_its_contacts_kept(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "library"
    folder.mkdir()
    connection = sqlite3.connect(folder / DATABASE_FILE_NAME, isolation_level=None)
    migrate(connection, up_to=4)
    connection.execute(
        "INSERT INTO contacts (full_name, created_at, updated_at) VALUES ('Anna', 'x', 'x')"
    )
    connection.close()

    with open_library(folder) as library:
        assert schema_version(library.connection) >= 5
        assert SyncState(library).contacts_never_synced() == [1]
