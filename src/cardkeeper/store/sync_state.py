"""What the library remembers between two CardDAV syncs.

The address book it syncs with, the sync token of the last sync that finished,
and for each shared card its href, its etag and a hash of the contact as both
sides last had it. With these a sync tells "edited here", "edited there",
"deleted here" and "deleted there" apart without comparing every field over the
network. Each :meth:`SyncState.record` is its own small commit, so a sync cut
short keeps what it finished.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cardkeeper.store.database import Library
from cardkeeper.store.timestamps import datetime_to_text, text_to_datetime


@dataclass(frozen=True)
class Account:
    book_url: str
    username: str
    sync_token: str
    last_synced_at: datetime | None


@dataclass(frozen=True)
class SyncedCard:
    href: str
    contact_id: int | None
    """None once the contact was purged here: its card is still to be deleted there."""
    etag: str
    synced_hash: str


class SyncState:
    def __init__(self, library: Library) -> None:
        self._library = library

    def account(self) -> Account | None:
        row = self._library.connection.execute(
            "SELECT book_url, username, sync_token, last_synced_at FROM carddav_account"
        ).fetchone()
        return None if row is None else Account(row[0], row[1], row[2], text_to_datetime(row[3]))

    def set_account(self, book_url: str, username: str) -> None:
        """Sync with this address book from now on.

        Another address book than before starts afresh: the cards recorded
        belong to the old one, and keeping them would delete or duplicate
        contacts in the new one.
        """
        with self._library.transaction() as connection:
            old = connection.execute("SELECT book_url FROM carddav_account").fetchone()
            if old is not None and old[0] != book_url:
                connection.execute("DELETE FROM carddav_cards")
            connection.execute(
                "INSERT INTO carddav_account (id, book_url, username) VALUES (1, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET book_url = excluded.book_url,"
                " username = excluded.username,"
                " sync_token = CASE WHEN book_url = excluded.book_url THEN sync_token ELSE '' END,"
                " last_synced_at = CASE WHEN book_url = excluded.book_url"
                " THEN last_synced_at END",
                (book_url, username),
            )

    def finish(self, sync_token: str, at: datetime) -> None:
        """Note a sync that went through to the end."""
        with self._library.transaction() as connection:
            connection.execute(
                "UPDATE carddav_account SET sync_token = ?, last_synced_at = ?",
                (sync_token, datetime_to_text(at)),
            )

    def cards(self) -> dict[str, SyncedCard]:
        """Every card shared with the server, by href."""
        rows = self._library.connection.execute(
            "SELECT href, contact_id, etag, synced_hash FROM carddav_cards"
        )
        return {row[0]: SyncedCard(*row) for row in rows}

    def record(self, card: SyncedCard) -> None:
        """Remember a card as both sides now have it (replacing what was known of its href)."""
        with self._library.transaction() as connection:
            connection.execute(
                "DELETE FROM carddav_cards WHERE contact_id = ? AND href <> ?",
                (card.contact_id, card.href),
            )
            connection.execute(
                "INSERT OR REPLACE INTO carddav_cards (href, contact_id, etag, synced_hash)"
                " VALUES (?, ?, ?, ?)",
                (card.href, card.contact_id, card.etag, card.synced_hash),
            )

    def forget(self, href: str) -> None:
        """The card is gone from both sides."""
        with self._library.transaction() as connection:
            connection.execute("DELETE FROM carddav_cards WHERE href = ?", (href,))

    def trashed_contact_ids(self) -> set[int]:
        """Ids of the contacts in the trash: deleted here, so to delete there (or to bring
        back, when the server has an edit of them)."""
        rows = self._library.connection.execute(
            "SELECT id FROM contacts WHERE deleted_at IS NOT NULL"
        )
        return {contact_id for (contact_id,) in rows}

    def contacts_never_synced(self) -> list[int]:
        """Ids of the contacts, not in the trash, that have no card on the server yet."""
        rows = self._library.connection.execute(
            "SELECT id FROM contacts WHERE deleted_at IS NULL"
            " AND id NOT IN (SELECT contact_id FROM carddav_cards WHERE contact_id IS NOT NULL)"
            " ORDER BY id"
        )
        return [contact_id for (contact_id,) in rows]
