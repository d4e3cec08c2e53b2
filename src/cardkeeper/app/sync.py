"""Two-way sync of the library with one CardDAV address book.

What changed on the server since the last sync is pulled, what changed here is
pushed, deletions go both ways. Changes are found without comparing fields over
the network: on the server by etag (or the sync-collection report), here by a
hash of the card the contact would be, kept from the last sync
(:mod:`cardkeeper.store.sync_state`).

The rule when both sides changed a contact, as the report tells the user: the
newer edit wins, and what the other version said is kept in the contact's notes.
An edit beats a deletion: a contact edited on one side and deleted on the other
comes back, since losing the edit would lose something the user typed.

A sync cut short (the server gone, a timeout) loses nothing: each batch of
contacts pulled is saved with their new etags in one commit, each contact pushed
is recorded as soon as the server took it, and the sync token moves on only when
everything went through, so the next sync sees again whatever was left.

Only cards inside the chosen address book are written or deleted: the client takes
no href from outside it, and one remembered from a sync before that was checked is
forgotten, its contact going up again as a new card inside.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import astuple, dataclass, field, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from urllib.parse import quote, urlsplit

from cardkeeper.domain import Contact
from cardkeeper.errors import SyncError
from cardkeeper.interop.carddav import (
    AddressBook,
    CardDavClient,
    ChangedOnServerError,
    Changes,
    RemoteCard,
    book_member,
    normal_href,
)
from cardkeeper.interop.vcard import VCardContact, contacts_to_vcf, vcf_to_contacts
from cardkeeper.logs import Stopwatch, timed
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from cardkeeper.store.events import Events
from cardkeeper.store.sync_state import SyncedCard, SyncState
from cardkeeper.wording import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from cardkeeper.app.task_sync import TaskReport

KEYRING_SERVICE = "CardKeeper CardDAV"

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
"""Called with (steps done, steps known) as the sync goes; the GUI shows a progress bar."""


@dataclass
class SyncReport:
    """What one sync did, for the user: counts and a sentence per conflict."""

    pulled_new: int = 0
    pulled_changed: int = 0
    pulled_deleted: int = 0
    pushed_new: int = 0
    pushed_changed: int = 0
    pushed_deleted: int = 0
    conflicts: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    """A sentence per card on the server that could not be read and was left alone."""
    finished_at: datetime | None = None
    tasks: TaskReport | None = None
    """What the follow-ups' task sync did after, when it is turned on."""


# The account: server, user name, password in the keyring


def remember_password(server_url: str, username: str, password: str) -> None:
    """Keep the password in the system keyring (never in the library or the settings)."""
    import keyring
    import keyring.errors

    try:
        keyring.set_password(KEYRING_SERVICE, _keyring_user(server_url, username), password)
    except keyring.errors.KeyringError as error:
        raise SyncError(
            translate(
                "sync",
                "The password could not be saved in the system keyring ({reason}); unlock or"
                " set up the keyring and try again.",
            ).format(reason=error)
        ) from None


def saved_password(server_url: str, username: str) -> str:
    password = _keyring_password(server_url, username)
    if password is None:
        raise SyncError(
            translate(
                "sync",
                "No password is saved for {username} at {server}; enter it in Settings ▸ Sync.",
            ).format(username=username, server=_origin(server_url))
        )
    return password


def _keyring_password(server_url: str, username: str) -> str | None:
    import keyring
    import keyring.errors

    try:
        return keyring.get_password(KEYRING_SERVICE, _keyring_user(server_url, username))
    except keyring.errors.KeyringError as error:
        raise SyncError(
            translate(
                "sync", "The system keyring could not be read ({reason}); unlock it and sync again."
            ).format(reason=error)
        ) from None


def find_address_books(server_url: str, username: str, password: str) -> list[AddressBook]:
    """The address books of the account; the password is remembered once the server took it."""
    with CardDavClient(server_url, username, password) as client:
        books = client.discover()
    remember_password(server_url, username, password)
    return books


def choose_address_book(library: Library, book_url: str, username: str) -> None:
    SyncState(library).set_account(book_url, username)


def sync_now(library: Library, *, progress: Progress | None = None) -> SyncReport:
    """Sync with the address book chosen in the settings, the password from the keyring."""
    with timed(log, "Sync"):
        account = SyncState(library).account()
        if account is None:
            raise _no_book()
        password = saved_password(account.book_url, account.username)
        with CardDavClient(account.book_url, account.username, password) as client:
            return sync(library, client, progress=progress)


def sync_if_set_up(library: Library, *, progress: Progress | None = None) -> SyncReport | None:
    """Sync as :func:`sync_now` does, or return None without a word to the server when no
    address book is chosen or no password is saved.

    For the automatic sync: someone who never set up sync, or whose password is not in
    the keyring, is not told so every few minutes; Sync Now says what is missing.
    """
    with timed(log, "Sync"):
        account = SyncState(library).account()
        if account is None:
            return None
        password = _keyring_password(account.book_url, account.username)
        if password is None:
            log.debug("Sync skipped: no password is saved for the account")
            return None
        with CardDavClient(account.book_url, account.username, password) as client:
            return sync(library, client, progress=progress)


# The sync itself


def sync(
    library: Library, client: CardDavClient, *, progress: Progress | None = None
) -> SyncReport:
    """Bring the library and the chosen address book to the same contacts, both ways."""
    watch = Stopwatch()
    state = SyncState(library)
    account = state.account()
    if account is None:
        raise _no_book()
    run = _Sync(library, client, account.book_url, progress)
    run.forget_outside()
    changes = run.remote_changes(account.sync_token, state.cards())
    run.pull(changes)
    run.push()
    moment = datetime.now(UTC)
    state.finish(changes.token, moment)
    run.report.finished_at = moment
    report = run.report
    log.info(
        "Sync: pulled %d new, %d changed, %d deleted; pushed %d new, %d changed, %d deleted; "
        "%d conflicts, %d server cards left alone; in %.1f s",
        report.pulled_new,
        report.pulled_changed,
        report.pulled_deleted,
        report.pushed_new,
        report.pushed_changed,
        report.pushed_deleted,
        len(report.conflicts),
        len(report.problems),
        watch.seconds(),
    )
    return report


def card_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


class _Sync:
    def __init__(
        self, library: Library, client: CardDavClient, book_url: str, progress: Progress | None
    ) -> None:
        self.library = library
        self.client = client
        self.book_url = book_url
        self.contacts = Contacts(library)
        self.events = Events(library)
        self.state = SyncState(library)
        self.report = SyncReport()
        self._progress = progress
        self._done = 0
        self._total = 0
        self._event_names: dict[int, str] = {}
        self._conflicts: list[tuple[RemoteCard, int, Contact, str]] = []
        """Found while pulling a batch, resolved after it commits (see _settle_conflicts)."""

    # Finding what changed

    def forget_outside(self) -> None:
        """Forget the cards remembered at hrefs outside the address book (a hostile server
        named them to a sync that took them): nothing is ever written or deleted there."""
        for href in self.state.cards():
            if book_member(self.book_url, href) != href:
                log.warning("Forgot a card remembered outside the address book")
                self.state.forget(href)

    def remote_changes(self, token: str, known: dict[str, SyncedCard]) -> Changes:
        """What the server changed since the last sync: by sync-collection, else by etags."""
        changes = self.client.changes_since(self.book_url, token)
        if changes is not None and token:
            return changes
        if changes is None and token:  # the token expired: start again from a full listing
            changes = self.client.changes_since(self.book_url, "")
        if changes is None:  # no sync-collection on this server: compare every etag
            changes = Changes("", self.client.list_etags(self.book_url), [])
        # A full listing: what is known here and missing there was removed there.
        removed = [href for href in known if href not in changes.changed]
        return Changes(changes.token, changes.changed, removed)

    # Pulling

    def pull(self, changes: Changes) -> None:
        known = self.state.cards()
        wanted = [h for h, etag in changes.changed.items() if known.get(h, _NONE).etag != etag]
        removed = [h for h in changes.removed if h in known]
        self._total += len(wanted) + len(removed)
        for cards in self.client.fetch_batches(self.book_url, wanted):
            # One commit per batch, not two per card: 1,000 pulled contacts took 3.9 s. A
            # sync cut short loses at most this batch, which the next sync fetches again.
            with self.library.batch():
                for remote in cards:
                    self._pull_one(remote, known.get(remote.href))
                    self._step()
            self._settle_conflicts()
        for href in removed:
            self._pull_removal(known[href])
            self._step()

    def _pull_one(self, remote: RemoteCard, synced: SyncedCard | None) -> None:
        if remote.problem:
            self.report.problems.append(remote.problem)
            return
        entries = vcf_to_contacts(remote.body)
        if len(entries) != 1 or entries[0].contact is None:
            self.report.problems.append(
                translate(
                    "sync", "The card {href} on the server could not be read, so it was left alone."
                ).format(href=remote.href)
            )
            return
        theirs, their_event = entries[0].contact, entries[0].event_name
        if synced is None:
            found = self.contacts.find_by_uid(theirs.uid) if theirs.uid else None
            synced = SyncedCard(remote.href, found.id, "", "") if found else None
        if synced is None or synced.contact_id is None:
            self._add_local(remote, theirs, their_event)
            if synced is not None:
                self.report.conflicts.append(_back_with_edit(theirs))
            return
        ours = self.contacts.get_contact(synced.contact_id)
        if ours is None:
            self._add_local(remote, theirs, their_event)
            return
        ours_hash = self._hash(ours)
        if ours_hash == self._hash(self._adopted(ours, theirs, their_event)):
            self._record(remote.href, ours, remote.etag)  # both sides already agree
            return
        in_trash = ours.id in self.state.trashed_contact_ids()
        if in_trash:
            assert ours.id is not None
            self.contacts.undelete([ours.id])
            self.report.conflicts.append(_back_with_edit(theirs))
        elif ours_hash != synced.synced_hash:
            assert ours.id is not None
            self._conflicts.append((remote, ours.id, theirs, their_event))
            return
        self._apply(remote.href, remote.etag, ours, theirs, their_event)
        if not in_trash:
            self.report.pulled_changed += 1

    def _pull_removal(self, synced: SyncedCard) -> None:
        ours = None if synced.contact_id is None else self.contacts.get_contact(synced.contact_id)
        if ours is None or ours.id in self.state.trashed_contact_ids():
            self.state.forget(synced.href)  # deleted on both sides
            return
        if self._hash(ours) != synced.synced_hash:
            body = self._body(ours)
            etag = self._put_new(synced.href, body)
            if etag is not None:
                self.state.record(SyncedCard(synced.href, ours.id, etag, self._hash(ours)))
                self.report.conflicts.append(
                    translate(
                        "sync",
                        "{name} was deleted on the server but edited here,"
                        " so it was put back on the server with that edit.",
                    ).format(name=_name(ours))
                )
            return
        assert ours.id is not None
        self.contacts.soft_delete([ours.id])
        self.state.forget(synced.href)
        self.report.pulled_deleted += 1

    def _settle_conflicts(self) -> None:
        """Resolve the conflicts found while pulling, once their batch is committed: each
        sends the result to the server, and no request is made inside a transaction."""
        conflicts, self._conflicts = self._conflicts, []
        for remote, contact_id, theirs, their_event in conflicts:
            ours = self.contacts.get_contact(contact_id)
            if ours is not None:  # deleted here meanwhile: the next sync settles it
                self._resolve_conflict(remote, ours, theirs, their_event)

    def _resolve_conflict(
        self, remote: RemoteCard, ours: Contact, theirs: Contact, their_event: str
    ) -> None:
        """Newer edit wins; the other version goes into the notes; both sides get the result."""
        mine_at = ours.updated_at or datetime.min.replace(tzinfo=UTC)
        theirs_at = theirs.updated_at or datetime.max.replace(tzinfo=UTC)
        ours_event = self._event_name(ours)
        if theirs_at >= mine_at:
            winner = self._adopted(ours, theirs, their_event)
            kept = _differences(theirs, ours, their_event, ours_event)
            server_won = True
        else:
            winner, kept = ours, _differences(ours, theirs, ours_event, their_event)
            server_won = False
        if kept:
            stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
            if server_won:
                said = translate(
                    "sync", "Sync conflict {stamp}, the version from this computer said: {fields}"
                )
            else:
                said = translate(
                    "sync", "Sync conflict {stamp}, the version from the server said: {fields}"
                )
            note = said.format(stamp=stamp, fields="; ".join(kept))
            winner = replace(winner, notes="\n\n".join(p for p in (winner.notes, note) if p))
        self.contacts.update_contact(winner)
        saved = self.contacts.get_contact(winner.id) if winner.id is not None else None
        assert saved is not None
        body = self._body(saved)
        try:
            etag = self.client.put(remote.href, body, etag=remote.etag)
        except ChangedOnServerError:
            return  # edited there once more meanwhile: the next sync settles it
        self.state.record(SyncedCard(remote.href, saved.id, etag, self._hash(saved)))
        self.report.conflicts.append(_both_edited(server_won, bool(kept)).format(name=_name(saved)))

    # Pushing

    def push(self) -> None:
        known = self.state.cards()
        trashed = self.state.trashed_contact_ids()
        live_ids = [c.contact_id for c in known.values() if c.contact_id not in trashed]
        ours = {c.id: c for c in self.contacts.get_contacts(i for i in live_ids if i is not None)}
        new_ids = self.state.contacts_never_synced()
        edited: list[tuple[SyncedCard, Contact | None, bytes]] = []
        for synced in known.values():
            contact = ours.get(synced.contact_id)
            if contact is None:
                edited.append((synced, None, b""))
                continue
            if self._hash(contact) != synced.synced_hash:
                edited.append((synced, contact, self._body(contact)))
        self._total += len(edited) + len(new_ids)
        for synced, contact, body in edited:
            self._push_one(synced, contact, body)
            self._step()
        for contact in self.contacts.get_contacts(new_ids):
            body = self._body(contact)
            href = self._new_href(contact.uid)
            etag = self._put_new(href, body)
            if etag is not None:
                self.state.record(SyncedCard(href, contact.id, etag, self._hash(contact)))
                self.report.pushed_new += 1
            else:  # there already, e.g. an upload whose answer was lost: link it by its UID
                for remote in self.client.fetch(self.book_url, [href]):
                    self._pull_one(remote, None)
                self._settle_conflicts()
            self._step()

    def _new_href(self, uid: str) -> str:
        """Where a contact's card goes: named after its UID, or after a hash of it where
        the UID would not make a name inside the address book (``..``, ``a/b``)."""
        folder = self.book_url if self.book_url.endswith("/") else self.book_url + "/"
        named = book_member(folder, quote(uid, safe="") + ".vcf")
        return named or f"{normal_href(folder)}{card_hash(uid.encode())[:32]}.vcf"

    def _push_one(self, synced: SyncedCard, contact: Contact | None, body: bytes) -> None:
        try:
            if contact is None:
                self.client.delete(synced.href, etag=synced.etag)
                self.state.forget(synced.href)
                self.report.pushed_deleted += 1
            else:
                etag = self.client.put(synced.href, body, etag=synced.etag)
                self.state.record(SyncedCard(synced.href, contact.id, etag, self._hash(contact)))
                self.report.pushed_changed += 1
        except ChangedOnServerError:
            pass  # edited on the server after this sync looked: the next sync pulls and settles it

    def _put_new(self, href: str, body: bytes) -> str | None:
        try:
            return self.client.put(href, body, etag=None)
        except ChangedOnServerError:
            return None  # a card appeared there since this sync looked: the next sync pulls it

    # Local writes

    def _add_local(self, remote: RemoteCard, theirs: Contact, their_event: str) -> None:
        event_id = self.events.get_or_create(their_event).id if their_event else None
        new = replace(theirs, id=None, event_id=event_id, created_at=None, updated_at=None)
        if new.uid and self.contacts.find_by_uid(new.uid) is not None:
            new = replace(new, uid="")  # the uid is taken here by a contact in another card
        contact_id = self.contacts.save_new_contact(new)
        saved = self.contacts.get_contact(contact_id)
        assert saved is not None
        self._record(remote.href, saved, remote.etag)
        self.report.pulled_new += 1

    def _apply(
        self, href: str, etag: str, ours: Contact, theirs: Contact, their_event: str
    ) -> None:
        self.contacts.update_contact(self._adopted(ours, theirs, their_event))
        assert ours.id is not None
        saved = self.contacts.get_contact(ours.id)
        assert saved is not None
        self._record(href, saved, etag)

    def _adopted(self, ours: Contact, theirs: Contact, their_event: str) -> Contact:
        """The server's version of a contact, with what only this library keeps of it."""
        event_id = ours.event_id
        if their_event != self._event_name(ours):
            event_id = self.events.get_or_create(their_event).id if their_event else None
        phones = [
            replace(p, printed=old.printed)
            if (old := next((o for o in ours.phones if o.number == p.number), None))
            else p
            for p in theirs.phones
        ]
        return replace(
            theirs,
            id=ours.id,
            uid=ours.uid,
            phones=phones,
            event_id=event_id,
            needs_review=ours.needs_review,
            created_at=ours.created_at,
            updated_at=ours.updated_at,
            last_contacted_at=ours.last_contacted_at,
        )

    def _record(self, href: str, saved: Contact, etag: str) -> None:
        self.state.record(SyncedCard(href, saved.id, etag, self._hash(saved)))

    # Cards and hashes

    def _body(self, contact: Contact) -> bytes:
        """The card as the server gets it, with REV: the time of the edit, for conflicts."""
        return contacts_to_vcf([VCardContact(contact, self._event_name(contact))], "3.0")

    def _hash(self, contact: Contact) -> str:
        """The hash of the card without REV, which moves on every save, edit or not."""
        return card_hash(self._body(replace(contact, updated_at=None)))

    def _event_name(self, contact: Contact) -> str:
        if contact.event_id is None:
            return ""
        if contact.event_id not in self._event_names:
            event = self.events.get(contact.event_id)
            self._event_names[contact.event_id] = event.name if event else ""
        return self._event_names[contact.event_id]

    def _step(self) -> None:
        self._done += 1
        if self._progress is not None:
            self._progress(self._done, self._total)


_NONE = SyncedCard("", None, "", "")

_COMPARED: tuple[tuple[str, Callable[[Contact], str]], ...] = (
    (QT_TRANSLATE_NOOP("sync", "Name"), lambda c: c.display_name),
    (QT_TRANSLATE_NOOP("sync", "Title"), lambda c: c.title),
    (QT_TRANSLATE_NOOP("sync", "Company"), lambda c: c.company),
    (QT_TRANSLATE_NOOP("sync", "Address"), lambda c: c.address),
    (
        QT_TRANSLATE_NOOP("sync", "Address in parts"),
        lambda c: ", ".join(part for part in astuple(c.address_parts) if part),
    ),
    (QT_TRANSLATE_NOOP("sync", "Emails"), lambda c: ", ".join(c.emails)),
    (QT_TRANSLATE_NOOP("sync", "Phones"), lambda c: ", ".join(p.number for p in c.phones)),
    (QT_TRANSLATE_NOOP("sync", "Websites"), lambda c: ", ".join(c.websites)),
    (QT_TRANSLATE_NOOP("sync", "Tags"), lambda c: ", ".join(c.tags)),
    (QT_TRANSLATE_NOOP("sync", "Interested in"), lambda c: c.interested_in),
    (QT_TRANSLATE_NOOP("sync", "Notes"), lambda c: c.notes),
)


def _no_book() -> SyncError:
    return SyncError(
        translate("sync", "No address book is chosen yet; choose one in Settings ▸ Sync.")
    )


def _back_with_edit(theirs: Contact) -> str:
    return translate(
        "sync",
        "{name} was deleted here but edited on the server,"
        " so it is back in the library with that edit.",
    ).format(name=_name(theirs))


def _both_edited(server_won: bool, kept: bool) -> str:
    """The sentence for a contact edited on both sides, with ``{name}`` to fill in."""
    if server_won and kept:
        return translate(
            "sync",
            "{name} was edited on both sides; the newer edit, from the server, was kept,"
            " and the other version is in the notes.",
        )
    if server_won:
        return translate(
            "sync", "{name} was edited on both sides; the newer edit, from the server, was kept."
        )
    if kept:
        return translate(
            "sync",
            "{name} was edited on both sides; the newer edit, from this computer, was kept,"
            " and the other version is in the notes.",
        )
    return translate(
        "sync", "{name} was edited on both sides; the newer edit, from this computer, was kept."
    )


def _differences(winner: Contact, loser: Contact, winner_event: str, loser_event: str) -> list[str]:
    """What the losing version said where it differs from the winner, field by field."""
    empty = translate("sync", "(empty)")
    found = [
        translate("sync", "{label}: {value}").format(
            label=translate("sync", label), value=read(loser) or empty
        )
        for label, read in _COMPARED
        if read(winner) != read(loser)
    ]
    if winner_event != loser_event:
        found.append(translate("sync", "Met at: {event}").format(event=loser_event or empty))
    return found


def _name(contact: Contact) -> str:
    return (
        contact.display_name
        or contact.company
        or next(iter(contact.emails), None)
        or translate("sync", "A contact")
    )


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _keyring_user(server_url: str, username: str) -> str:
    """One password per user name and server (not per address book)."""
    return f"{username}@{_origin(server_url)}"
