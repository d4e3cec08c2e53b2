"""The contacts repository: one import is one transaction, deleting is undoable.

A contact's own row, its emails, phones, websites, socials, tags, card images,
OCR words and field confidences, and its search index row are always written
together, so a crash, a kill or a full disk in the middle of a batch import
leaves whole contacts and nothing half-saved.
"""

from __future__ import annotations

import copy
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import astuple, dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from cardkeeper.domain import Activity, ActivityKind, AddressParts, Contact, Phone, PhoneKind
from cardkeeper.errors import LibraryError
from cardkeeper.store import activities, follow_ups, search, tags
from cardkeeper.store.card_images import (
    CardDetails,
    ScannedSide,
    insert_confidences,
    insert_side,
    move_cards,
    read_details,
    return_cards,
    text_of_words,
)
from cardkeeper.store.database import Library
from cardkeeper.store.follow_ups import MovedFollowUps
from cardkeeper.store.sql import inserted_id, json_list
from cardkeeper.store.timestamps import (
    date_to_text,
    datetime_to_text,
    now_text,
    text_to_date,
    text_to_datetime,
)
from cardkeeper.wording import translate

SEARCH_LIMIT = 500
"""More matches than a person reads through; typing another letter narrows them."""

_COLUMNS = (
    "prefix, given_name, middle_name, family_name, suffix, full_name, title, company,"
    " address, notes, interested_in, event_id, met_on, needs_review, address_street,"
    " address_extended, address_postcode, address_city, address_region, address_country,"
    " reading_given, reading_family"
)
_PLACEHOLDERS = ", ".join("?" * (_COLUMNS.count(",") + 1 + 5))
"""One ``?`` for each of ``_COLUMNS`` and the five a new contact adds (see ``save_new_contact``)."""


@dataclass(frozen=True)
class MergeRecord:
    """What :meth:`Contacts.undo_merge` needs to put two merged contacts back as they were."""

    target: Contact
    """The target as it was before the merge, ``updated_at`` included."""
    target_card_text: str
    target_socials: tuple[str, ...]
    target_last_contacted: datetime | None
    source_id: int
    moved_image_ids: tuple[int, ...]
    """The card images that went from the source to the target, as cards after its own."""
    card_offset: int
    """How far the moved cards' numbers went up: the number of the target's last card."""
    follow_ups: MovedFollowUps
    """Whose follow-ups went where, and which sequence goes on."""
    moved_activity_ids: tuple[int, ...]


class Contacts:
    def __init__(self, library: Library) -> None:
        self._library = library

    def save_new_contact(
        self,
        contact: Contact,
        sides: Sequence[ScannedSide] = (),
        *,
        confidences: Mapping[str, float] | None = None,
        card_text: str = "",
        socials: Sequence[str] = (),
        scanned_from: str | None = None,
    ) -> int:
        """Save a new contact with what the reader found on its card; return its id.

        Everything, image files included, is saved or nothing is: the files are
        complete on disk before the rows naming them commit. ``contact.id`` must
        be None; ``contact.created_at`` is kept when given (an import from
        another program), else it is now; so is ``contact.uid`` (a vCard's UID),
        else the contact gets a new one. A uid another contact has, trash
        included, raises :class:`LibraryError` and saves nothing. ``scanned_from``
        (a file name, "the camera") starts the contact's activity log with the scan, in the same
        transaction, so no contact from a card lacks it.
        """
        if contact.id is not None:
            raise ValueError(f"contact {contact.id} is already saved; use update_contact")
        moment = datetime.now(UTC)
        now = datetime_to_text(moment)
        created = datetime_to_text(contact.created_at) if contact.created_at else now
        uid = contact.uid or uuid.uuid4().hex
        with self._library.transaction() as connection:
            _check_uid_free(connection, uid, None)
            cursor = connection.execute(
                f"INSERT INTO contacts ({_COLUMNS}, card_text, created_at, updated_at,"
                " last_contacted_at, uid)"
                f" VALUES ({_PLACEHOLDERS})",
                (*_values(contact), card_text, created, now, _last_contacted(contact), uid),
            )
            contact_id = inserted_id(cursor)
            _insert_children(connection, contact_id, contact)
            _insert_list(connection, "socials", "handle", contact_id, socials)
            for side in sides:
                insert_side(connection, self._library.images, contact_id, side)
            insert_confidences(connection, contact_id, confidences or {})
            if scanned_from is not None:
                activity = Activity(contact_id, ActivityKind.SCANNED, moment, scanned_from)
                activities.insert(connection, activity)
            search.refresh(connection, [contact_id])
        return contact_id

    def update_contact(self, contact: Contact) -> None:
        """Save the user's edits: every field, emails, phones, websites and tags.

        The card images, words and confidences stay as they were read.
        """
        if contact.id is None:
            raise ValueError("contact is not saved yet; use save_new_contact")
        with self._library.transaction() as connection:
            _rewrite(connection, contact, now_text())
            search.refresh(connection, [contact.id])

    def add_side(self, contact_id: int, side: ScannedSide, card_text: str = "") -> None:
        """Attach a side scanned later (the back, turned over under the camera) to a contact.

        A side the contact already has is replaced: the user scanned it again
        because the first was bad. Its text joins the card text search looks in.
        """
        with self._library.transaction() as connection:
            old = self._put_side(connection, contact_id, side)
            if card_text:
                text = "\n\n".join(t for t in (_card_text(connection, contact_id), card_text) if t)
                _set_card_text(connection, contact_id, text)
            search.refresh(connection, [contact_id])
        self._delete_unnamed_files(old)

    def read_side_again(self, contact_id: int, side: ScannedSide) -> None:
        """Replace a side read again (cropped by hand), and the card text search looks in.

        The text is made again from the words of every side the contact has, so
        the old reading's words are no longer found, and an undo that puts the
        old side back puts its text back too.
        """
        with self._library.transaction() as connection:
            old = self._put_side(connection, contact_id, side)
            _set_card_text(connection, contact_id, text_of_words(connection, contact_id))
            search.refresh(connection, [contact_id])
        self._delete_unnamed_files(old)

    def _put_side(
        self, connection: sqlite3.Connection, contact_id: int, side: ScannedSide
    ) -> set[str]:
        """Save ``side`` in place of that side of that card; the old side's file names."""
        if not connection.execute("SELECT 1 FROM contacts WHERE id = ?", (contact_id,)).fetchone():
            raise LibraryError(
                translate("contacts", "Contact #{id} is no longer in the library.").format(
                    id=contact_id
                )
            )
        old = connection.execute(
            "SELECT file_name FROM card_images WHERE contact_id = ? AND card = ? AND side = ?",
            (contact_id, side.card, side.side),
        ).fetchall()
        connection.execute(
            "DELETE FROM card_images WHERE contact_id = ? AND card = ? AND side = ?",
            (contact_id, side.card, side.side),
        )
        insert_side(connection, self._library.images, contact_id, side)
        return {name for (name,) in old}

    def get_contact(self, contact_id: int) -> Contact | None:
        """The contact, also when it is in the trash (soft-deleted); None when it does not exist."""
        found = self._load("id = ?", (contact_id,))
        return found[0] if found else None

    def find_by_uid(self, uid: str) -> Contact | None:
        """The contact with this vCard/CardDAV UID, also in the trash; None when there is none.

        An import asks this first, so a contact exported and edited elsewhere
        comes back as an update of itself rather than a second copy.
        """
        return self.find_by_uids([uid]).get(uid) if uid else None

    def find_by_uids(self, uids: Iterable[str]) -> dict[str, Contact]:
        """:meth:`find_by_uid` for many at once (five queries in all), by uid; those not found
        are left out. An import asks this once per commit's worth of entries."""
        found = self._load("uid IN (SELECT value FROM json_each(?))", (json_list(uids),))
        return {contact.uid: contact for contact in found}

    def get_contacts(self, contact_ids: Iterable[int]) -> list[Contact]:
        """The contacts with these ids, trash included, in id order; ids not found are left out.

        Five queries whatever the number of ids, where :meth:`get_contact` in a
        loop would make five per contact.
        """
        return self._load(
            "id IN (SELECT value FROM json_each(?)) ORDER BY id", (json_list(contact_ids),)
        )

    def merge(
        self, target_id: int, source_id: int, combine: Callable[[Contact, Contact], Contact]
    ) -> MergeRecord:
        """Merge the source contact into the target, all in one transaction; return how to undo it.

        Both are read inside the transaction, so ``combine(target, source)``
        (which must keep the target's id) sees what is saved, not what a window
        showed a moment ago. The target gets the
        combined fields and the source's socials; the source goes to the trash,
        marked as merged into the target, so the Trash does not list it as a person.

        The source's cards (their image rows, OCR words with them, and card
        text) become the target's, numbered after its own; its activity log
        goes too, and its follow-ups as :func:`~cardkeeper.store.follow_ups.move_for_merge`
        says, so the person gets no step twice. Everything moved comes back
        with :meth:`undo_merge`.
        """
        if target_id == source_id:
            raise ValueError(f"contact {target_id} cannot be merged into itself")
        with self._library.transaction() as connection:
            both = {
                contact.id: contact
                for contact in self._load(
                    "id IN (?, ?) AND deleted_at IS NULL", (target_id, source_id)
                )
            }
            if len(both) < 2:
                raise LibraryError(
                    translate(
                        "contacts",
                        "One of the two contacts was deleted meanwhile, so they were not merged.",
                    )
                )
            target, source = both[target_id], both[source_id]
            before = copy.deepcopy(target)
            last_contacted = activities.last_contacted(connection, target_id)
            card_text, socials = _card_text(connection, target_id), _socials(connection, target_id)
            combined = combine(target, source)
            if combined.id != target_id:
                raise ValueError("the combined contact must keep the target's id")
            _rewrite(connection, combined, now_text())
            moved, offset = move_cards(connection, source_id, target_id)
            if moved:
                texts = (card_text, _card_text(connection, source_id))
                _set_card_text(connection, target_id, "\n\n".join(filter(None, texts)))
            moved_follow_ups = follow_ups.move_for_merge(connection, source_id, target_id)
            moved_activities = activities.move(connection, source_id, target_id)
            _set_last_contacted(
                connection, target_id, _later(last_contacted, source.last_contacted_at)
            )
            _set_socials(
                connection,
                target_id,
                list(dict.fromkeys(socials + _socials(connection, source_id))),
            )
            connection.execute(
                "UPDATE contacts SET deleted_at = ?, merged_into = ? WHERE id = ?",
                (now_text(), target_id, source_id),
            )
            search.refresh(connection, [target_id, source_id])
        return MergeRecord(
            before,
            card_text,
            tuple(socials),
            last_contacted,
            source_id,
            moved,
            offset,
            moved_follow_ups,
            moved_activities,
        )

    def undo_merge(self, record: MergeRecord) -> None:
        """Put both contacts back as they were before :meth:`merge`, in one transaction.

        The target gets back every field, its ``updated_at`` too, its card text
        and socials and "last contacted"; the moved cards, follow-ups and
        activities return to the source, which leaves the trash. Edits made to
        the target after the merge are undone with it.
        """
        target = record.target
        assert target.id is not None and target.updated_at is not None
        with self._library.transaction() as connection:
            _rewrite(connection, target, datetime_to_text(target.updated_at))
            _set_card_text(connection, target.id, record.target_card_text)
            _set_socials(connection, target.id, record.target_socials)
            _set_last_contacted(connection, target.id, record.target_last_contacted)
            return_cards(connection, record.moved_image_ids, record.source_id, record.card_offset)
            follow_ups.return_for_merge(connection, record.follow_ups, record.source_id, target.id)
            activities.give_back(connection, record.moved_activity_ids, record.source_id)
            connection.execute(
                "UPDATE contacts SET deleted_at = NULL, merged_into = NULL WHERE id = ?",
                (record.source_id,),
            )
            search.refresh(connection, [target.id, record.source_id])

    def list_contacts(
        self,
        *,
        deleted: bool = False,
        event_id: int | None = None,
        tag: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Contact]:
        """Contacts newest first: the cards just scanned are the ones to review.

        ``deleted=True`` lists the trash instead of the library (not the contacts merged
        into others: they live on in them).
        """
        conditions = [
            "deleted_at IS NOT NULL AND merged_into IS NULL" if deleted else "deleted_at IS NULL"
        ]
        parameters: list[Any] = []
        if event_id is not None:
            conditions.append("event_id = ?")
            parameters.append(event_id)
        if tag is not None:
            conditions.append(
                "id IN (SELECT ct.contact_id FROM contact_tags AS ct JOIN tags AS t"
                " ON t.id = ct.tag_id WHERE t.name = ? COLLATE NOCASE)"
            )
            parameters.append(tag)
        where = " AND ".join(conditions) + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?"
        return self._load(where, (*parameters, -1 if limit is None else limit, offset))

    def count(self) -> int:
        """How many contacts the library holds, not counting the trash."""
        row = self._library.connection.execute(
            "SELECT count(*) FROM contacts WHERE deleted_at IS NULL"
        ).fetchone()
        return int(row[0])

    def card_details(self, contact_id: int) -> CardDetails:
        """The card images, OCR words, confidences, socials and text saved with the contact."""
        return read_details(self._library.connection, self._library.images, contact_id)

    def find_matches(self, contact: Contact) -> list[int]:
        """Ids of other contacts, not deleted, that share an email (any case) or a phone number.

        Asked before saving a new card: is this someone already in the library?
        """
        emails = [address.casefold() for address in contact.emails]
        numbers = [phone.number for phone in contact.phones]
        rows = self._library.connection.execute(
            "SELECT id FROM contacts WHERE deleted_at IS NULL AND id IS NOT ? AND id IN ("
            " SELECT contact_id FROM emails WHERE match_key IN (SELECT value FROM json_each(?))"
            " UNION SELECT contact_id FROM phones WHERE e164 IN (SELECT value FROM json_each(?))"
            ") ORDER BY id",
            (contact.id, json_list(emails), json_list(numbers)),
        )
        return [contact_id for (contact_id,) in rows]

    def find_same_card(self, file_names: Iterable[str]) -> list[int]:
        """Ids of contacts, not deleted, that have one of these image files (named by their
        content): the same photo, or the same flattened card, which is what was read.

        Asked before saving a card read again (the same folder imported twice, or
        after an import was stopped), which may carry no email or phone to match on.
        """
        rows = self._library.connection.execute(
            # CROSS JOIN keeps SQLite from starting at the 100,000 contacts not deleted.
            "SELECT DISTINCT contacts.id FROM card_images CROSS JOIN contacts"
            " ON contacts.id = card_images.contact_id AND contacts.deleted_at IS NULL"
            " WHERE file_name IN (SELECT value FROM json_each(?)) ORDER BY contacts.id",
            (json_list(file_names),),
        )
        return [contact_id for (contact_id,) in rows]

    def delete_leftover_files(self) -> int:
        """Delete what a save cut short (a kill, a power loss) left in the card image folder:
        ``.partial`` files half written, and whole files whose row never committed.

        Card image files are only written inside a write transaction. Files no
        row named a moment ago are checked again holding the write lock, when
        every save that wrote one has committed or is gone, so no file of a save
        still under way is taken for a leftover; the lock is held only for
        those few. Returns how many files were deleted.
        """
        connection = self._library.connection
        named = {name for (name,) in connection.execute("SELECT file_name FROM card_images")}
        candidates = self._library.images.leftovers(named)
        if not candidates:
            return 0
        deleted = 0
        with self._library.transaction() as connection:
            for path in candidates:
                if not connection.execute(
                    "SELECT 1 FROM card_images WHERE file_name = ? LIMIT 1", (path.name,)
                ).fetchone():
                    path.unlink(missing_ok=True)
                    deleted += 1
        return deleted

    def search(self, text: str, *, limit: int | None = SEARCH_LIMIT) -> list[int]:
        """Ids of contacts not deleted that hold every word typed, newest first.

        Matches names, company, title, emails, phones, the address (as printed
        and in parts: a city, a postcode), notes, interests and the text read
        from the card, inside words too from three characters on (see
        ``store.search``). With the default limit it answers within a
        few milliseconds on 100,000 contacts, fast enough for every keystroke;
        ``limit=None`` returns every match (tens of ms for a single letter).
        """
        return search.search_ids(self._library.connection, text, limit)

    def all_tags(self) -> list[str]:
        return tags.all_tags(self._library.connection)

    def soft_delete(self, contact_ids: Iterable[int]) -> list[int]:
        """Move contacts to the trash; return the ids that were not already there.

        Pass the returned ids to :meth:`undelete` to undo exactly this deletion.
        """
        now = now_text()
        with self._library.transaction() as connection:
            rows = connection.execute(
                "UPDATE contacts SET deleted_at = ? WHERE deleted_at IS NULL"
                " AND id IN (SELECT value FROM json_each(?)) RETURNING id",
                (now, json_list(contact_ids)),
            ).fetchall()
            deleted = sorted(contact_id for (contact_id,) in rows)
            search.refresh(connection, deleted)
        return deleted

    def undelete(self, contact_ids: Iterable[int]) -> None:
        """Bring contacts back from the trash."""
        with self._library.transaction() as connection:
            rows = connection.execute(
                "UPDATE contacts SET deleted_at = NULL WHERE deleted_at IS NOT NULL"
                " AND id IN (SELECT value FROM json_each(?)) RETURNING id",
                (json_list(contact_ids),),
            ).fetchall()
            search.refresh(connection, [contact_id for (contact_id,) in rows])

    def purge_deleted(self, older_than: timedelta) -> int:
        """Remove for good the contacts in the trash longer than ``older_than``; return how many.

        Their card image files go too, unless another contact has the same image.
        """
        cutoff = datetime_to_text(datetime.now(UTC) - older_than)
        with self._library.transaction() as connection:
            ids = [
                contact_id
                for (contact_id,) in connection.execute(
                    "SELECT id FROM contacts WHERE deleted_at IS NOT NULL AND deleted_at <= ?",
                    (cutoff,),
                )
            ]
            files = {
                name
                for (name,) in connection.execute(
                    "SELECT file_name FROM card_images WHERE contact_id IN"
                    " (SELECT value FROM json_each(?))",
                    (json_list(ids),),
                )
            }
            connection.execute(
                "DELETE FROM contacts WHERE id IN (SELECT value FROM json_each(?))",
                (json_list(ids),),
            )
        self._delete_unnamed_files(files)
        return len(ids)

    def _delete_unnamed_files(self, candidates: set[str]) -> None:
        """Delete the files no row names, holding the write lock.

        An import of the same image in another process saves its file inside its
        own transaction, so it either commits first (and the file is kept) or
        starts after this and writes the file again.
        """
        with self._library.transaction() as connection:
            for name in sorted(candidates):
                named = connection.execute(
                    "SELECT 1 FROM card_images WHERE file_name = ? LIMIT 1", (name,)
                ).fetchone()
                if named is None:
                    self._library.images.delete(name)

    def _load(self, where: str, parameters: Sequence[Any]) -> list[Contact]:
        connection = self._library.connection
        rows = connection.execute(
            f"SELECT id, {_COLUMNS}, created_at, updated_at, last_contacted_at, uid FROM contacts"
            f" WHERE {where}",
            parameters,
        ).fetchall()
        if not rows:
            return []  # asked for every entry of an import: skip the four child queries
        ids = [row[0] for row in rows]
        emails = _lists(connection, "SELECT contact_id, address FROM emails", ids)
        phones = _lists(
            connection, "SELECT contact_id, kind, e164, printed, label FROM phones", ids
        )
        websites = _lists(connection, "SELECT contact_id, url FROM websites", ids)
        tags_by_id = tags.tags_of(connection, ids)
        return [
            Contact(
                prefix=row[1],
                given_name=row[2],
                middle_name=row[3],
                family_name=row[4],
                suffix=row[5],
                full_name=row[6],
                title=row[7],
                company=row[8],
                address=row[9],
                notes=row[10],
                interested_in=row[11],
                event_id=row[12],
                met_on=text_to_date(row[13]),
                needs_review=bool(row[14]),
                address_parts=AddressParts(*row[15:21]),
                reading_given=row[21],
                reading_family=row[22],
                created_at=text_to_datetime(row[23]),
                updated_at=text_to_datetime(row[24]),
                last_contacted_at=text_to_datetime(row[25]),
                uid=row[26] or "",
                id=row[0],
                emails=[email for (email,) in emails.get(row[0], [])],
                phones=[Phone(PhoneKind(k), n, p, lb) for (k, n, p, lb) in phones.get(row[0], [])],
                websites=[url for (url,) in websites.get(row[0], [])],
                tags=tags_by_id.get(row[0], []),
            )
            for row in rows
        ]


def _values(contact: Contact) -> tuple[Any, ...]:
    """The contact's own columns, in the order of ``_COLUMNS``."""
    return (
        contact.prefix,
        contact.given_name,
        contact.middle_name,
        contact.family_name,
        contact.suffix,
        contact.full_name,
        contact.title,
        contact.company,
        contact.address,
        contact.notes,
        contact.interested_in,
        contact.event_id,
        date_to_text(contact.met_on),
        int(contact.needs_review),
        *astuple(contact.address_parts),
        contact.reading_given,
        contact.reading_family,
    )


def _last_contacted(contact: Contact) -> str | None:
    at = contact.last_contacted_at
    return datetime_to_text(at) if at else None


def _rewrite(connection: sqlite3.Connection, contact: Contact, updated_at: str) -> None:
    """Write every field, emails, phones, websites and tags of a saved contact.

    ``last_contacted_at`` only moves forward: a window that loaded the contact
    before a call was logged must not wind it back when it saves an edit. An
    empty ``uid`` (a contact built from a form) keeps the saved one.
    """
    assert contact.id is not None
    if contact.uid:
        _check_uid_free(connection, contact.uid, contact.id)
    assignments = ", ".join(f"{column.strip()} = ?" for column in _COLUMNS.split(","))
    last_contacted = _last_contacted(contact)
    cursor = connection.execute(
        f"UPDATE contacts SET {assignments}, updated_at = ?, last_contacted_at ="
        " CASE WHEN ? > coalesce(last_contacted_at, '') THEN ? ELSE last_contacted_at END,"
        " uid = coalesce(nullif(?, ''), uid) WHERE id = ?",
        (*_values(contact), updated_at, last_contacted, last_contacted, contact.uid, contact.id),
    )
    if cursor.rowcount == 0:
        raise LibraryError(
            translate(
                "contacts",
                "This contact was removed from the library meanwhile, "
                "so the changes were not saved.",
            )
        )
    for table in ("emails", "phones", "websites"):
        connection.execute(f"DELETE FROM {table} WHERE contact_id = ?", (contact.id,))
    _insert_children(connection, contact.id, contact)


def _check_uid_free(connection: sqlite3.Connection, uid: str, own_id: int | None) -> None:
    """Refuse a uid that another contact (trash included) already has: it names one person."""
    if connection.execute(
        "SELECT 1 FROM contacts WHERE uid = ? AND id IS NOT ?", (uid, own_id)
    ).fetchone():
        raise LibraryError(
            translate(
                "contacts",
                "Another contact in the library already has the identity {uid}, "
                "so this one was not saved.",
            ).format(uid=uid)
        )


def _later(first: datetime | None, second: datetime | None) -> datetime | None:
    return max(first, second) if first and second else first or second


def _set_last_contacted(
    connection: sqlite3.Connection, contact_id: int, at: datetime | None
) -> None:
    connection.execute(
        "UPDATE contacts SET last_contacted_at = ? WHERE id = ?",
        (datetime_to_text(at) if at else None, contact_id),
    )


def _card_text(connection: sqlite3.Connection, contact_id: int) -> str:
    (text,) = connection.execute(
        "SELECT card_text FROM contacts WHERE id = ?", (contact_id,)
    ).fetchone()
    return str(text)


def _set_card_text(connection: sqlite3.Connection, contact_id: int, text: str) -> None:
    connection.execute("UPDATE contacts SET card_text = ? WHERE id = ?", (text, contact_id))


def _socials(connection: sqlite3.Connection, contact_id: int) -> list[str]:
    rows = connection.execute(
        "SELECT handle FROM socials WHERE contact_id = ? ORDER BY position", (contact_id,)
    )
    return [handle for (handle,) in rows]


def _set_socials(connection: sqlite3.Connection, contact_id: int, handles: Sequence[str]) -> None:
    connection.execute("DELETE FROM socials WHERE contact_id = ?", (contact_id,))
    _insert_list(connection, "socials", "handle", contact_id, handles)


def _insert_children(connection: sqlite3.Connection, contact_id: int, contact: Contact) -> None:
    connection.executemany(
        "INSERT INTO emails (contact_id, address, match_key, position) VALUES (?, ?, ?, ?)",
        [(contact_id, a, a.casefold(), i) for i, a in enumerate(contact.emails)],
    )
    connection.executemany(
        "INSERT INTO phones (contact_id, kind, e164, printed, label, position)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [
            (contact_id, p.kind, p.number, p.printed, p.label, i)
            for i, p in enumerate(contact.phones)
        ],
    )
    _insert_list(connection, "websites", "url", contact_id, contact.websites)
    tags.set_tags(connection, contact_id, contact.tags)


def _insert_list(
    connection: sqlite3.Connection, table: str, column: str, contact_id: int, values: Sequence[str]
) -> None:
    connection.executemany(
        f"INSERT INTO {table} (contact_id, {column}, position) VALUES (?, ?, ?)",
        [(contact_id, value, i) for i, value in enumerate(values)],
    )


def _lists(
    connection: sqlite3.Connection, select: str, contact_ids: Sequence[int]
) -> dict[int, list[tuple[Any, ...]]]:
    """Rows of a child table for these contacts, grouped by contact, in ``position`` order."""
    found: dict[int, list[tuple[Any, ...]]] = {}
    rows = connection.execute(
        f"{select} WHERE contact_id IN (SELECT value FROM json_each(?))"
        " ORDER BY contact_id, position",
        (json_list(contact_ids),),
    )
    for row in rows:
        found.setdefault(row[0], []).append(tuple(row[1:]))
    return found
