"""What the library remembers between two syncs of its follow-ups with a CalDAV task list.

The task list, and for each follow-up shared with it its task's href, etag and a
hash of the task as this library last wrote or read it. As for the contacts
(:mod:`cardkeeper.store.sync_state`), each :meth:`TaskSyncState.record` is its own
small commit, or part of the caller's, so a sync cut short keeps what it finished.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cardkeeper.store.database import Library
from cardkeeper.store.timestamps import datetime_to_text, text_to_datetime


@dataclass(frozen=True)
class TaskListAccount:
    list_url: str
    username: str
    last_synced_at: datetime | None


@dataclass(frozen=True)
class SyncedTask:
    href: str
    follow_up_id: int | None
    """None once the follow-up was deleted here: its task is still to be deleted there."""
    etag: str
    synced_hash: str


class TaskSyncState:
    def __init__(self, library: Library) -> None:
        self._library = library

    def task_list(self) -> TaskListAccount | None:
        row = self._library.connection.execute(
            "SELECT list_url, username, last_synced_at FROM caldav_task_list"
        ).fetchone()
        return None if row is None else TaskListAccount(row[0], row[1], text_to_datetime(row[2]))

    def set_task_list(self, list_url: str, username: str) -> None:
        """Sync with this task list from now on; another list than before starts afresh."""
        with self._library.transaction() as connection:
            old = connection.execute("SELECT list_url FROM caldav_task_list").fetchone()
            if old is not None and old[0] != list_url:
                connection.execute("DELETE FROM caldav_tasks")
            connection.execute(
                "INSERT INTO caldav_task_list (id, list_url, username) VALUES (1, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET list_url = excluded.list_url,"
                " username = excluded.username",
                (list_url, username),
            )

    def finish(self, at: datetime) -> None:
        """Note a sync that went through to the end."""
        with self._library.transaction() as connection:
            connection.execute(
                "UPDATE caldav_task_list SET last_synced_at = ?", (datetime_to_text(at),)
            )

    def tasks(self) -> dict[str, SyncedTask]:
        """Every task shared with the server, by href."""
        rows = self._library.connection.execute(
            "SELECT href, follow_up_id, etag, synced_hash FROM caldav_tasks"
        )
        return {row[0]: SyncedTask(*row) for row in rows}

    def record(self, task: SyncedTask) -> None:
        """Remember a task as both sides now have it."""
        with self._library.transaction() as connection:
            connection.execute(
                "INSERT OR REPLACE INTO caldav_tasks (href, follow_up_id, etag, synced_hash)"
                " VALUES (?, ?, ?, ?)",
                (task.href, task.follow_up_id, task.etag, task.synced_hash),
            )

    def forget(self, href: str) -> None:
        """The task is done with on both sides (or gone from both)."""
        with self._library.transaction() as connection:
            connection.execute("DELETE FROM caldav_tasks WHERE href = ?", (href,))

    def card_hrefs(self) -> dict[int, str]:
        """contact id -> href of its card on the CardDAV server, for the tasks' link back."""
        rows = self._library.connection.execute(
            "SELECT contact_id, href FROM carddav_cards WHERE contact_id IS NOT NULL"
        )
        return {contact_id: href for contact_id, href in rows}
