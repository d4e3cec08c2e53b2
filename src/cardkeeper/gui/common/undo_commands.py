"""Every change the user makes to the library, as a step that Edit ▸ Undo can take back.

Each command writes through the store on the GUI thread (one small
transaction, a few milliseconds) and then tells the window which contacts
changed, so the list and the pane show the new state.

A write can fail (a read-only or full library folder). Qt's undo stack runs
``redo`` inside ``push`` and keeps the command even when it raises, so the
first run happens in :meth:`LibraryCommand.run_first`, before the push: a
change that could not be saved never reaches the stack. Later undos and
redos that fail are reported through ``failed`` instead of raising into Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from cardkeeper.app.follow_through import (
    QueueChange,
    Sent,
    mark_sent,
    redo_change,
    undo_change,
    undo_sent,
)
from cardkeeper.app.merge_contacts import MergeRecord, merge_contacts, undo_merge
from cardkeeper.app.review import accept
from cardkeeper.domain import Contact
from cardkeeper.errors import CardKeeperError
from cardkeeper.gui.common.clock import Clock
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from cardkeeper.store.follow_ups import FollowUps
from cardkeeper.wording import translate

Changed = Callable[[Iterable[int]], None]
"""Called with the ids of the contacts a command just changed."""
Failed = Callable[[str], None]
"""Called with the sentence of a library error met while undoing or redoing."""


class LibraryCommand(QUndoCommand):
    """A change to the library: ``apply`` makes it, ``revert`` takes it back."""

    def __init__(self, text: str, library: Library, changed: Changed, failed: Failed) -> None:
        super().__init__(text)
        self.library = library
        self.changed = changed
        self._failed = failed
        self._first_done = False

    def run_first(self) -> None:
        """Make the change before the command is pushed; raises ``CardKeeperError``."""
        self.apply()
        self._first_done = True

    def made_elsewhere(self) -> None:
        """The change was already made (off the GUI thread): the push must not make it again."""
        self._first_done = True

    def redo(self) -> None:
        if self._first_done:  # push() calls redo(); the change is already made
            self._first_done = False
            return
        self._guarded(self.apply)

    def undo(self) -> None:
        self._guarded(self.revert)

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def _guarded(self, step: Callable[[], None]) -> None:
        try:
            step()
        except CardKeeperError as error:
            self._failed(str(error))


class EditContact(LibraryCommand):
    """Save the user's edit of one contact."""

    def __init__(
        self,
        library: Library,
        before: Contact,
        after: Contact,
        changed: Changed,
        failed: Failed,
    ) -> None:
        name = after.display_name or QCoreApplication.translate("undo_commands", "Contact")
        super().__init__(
            QCoreApplication.translate("undo_commands", "Edit {name}").format(name=name),
            library,
            changed,
            failed,
        )
        self._before, self._after = before, after

    def apply(self) -> None:
        Contacts(self.library).update_contact(self._after)
        self.changed([_id(self._after)])

    def revert(self) -> None:
        Contacts(self.library).update_contact(self._before)
        self.changed([_id(self._before)])


class AcceptCard(EditContact):
    """The user has checked a new card: save it, with their edits, as reviewed, and start its
    follow-ups; undo puts it back in the inbox and takes back the follow-up it scheduled.
    """

    def __init__(
        self,
        library: Library,
        before: Contact,
        after: Contact,
        changed: Changed,
        failed: Failed,
        *,
        clock: Clock,
    ) -> None:
        super().__init__(library, before, after, changed, failed)
        self.setText(
            QCoreApplication.translate("undo_commands", "Accept {name}").format(
                name=after.display_name or QCoreApplication.translate("undo_commands", "Card")
            )
        )
        self._clock = clock
        self._scheduled: int | None = None

    def apply(self) -> None:
        scheduled = accept(
            self.library, self._after, today=self._clock.today(), now=self._clock.now()
        )
        self._scheduled = scheduled.id if scheduled is not None else None
        self.changed([_id(self._after)])

    def revert(self) -> None:
        if self._scheduled is not None:
            FollowUps(self.library).delete(self._scheduled)
            self._scheduled = None
        super().revert()


class AddContact(LibraryCommand):
    """A contact typed in by hand (File ▸ New Contact). Undo moves it to the trash, as
    Delete would; redo brings the same contact back, so the edits above it on the stack
    still find it.
    """

    def __init__(
        self, library: Library, contact: Contact, changed: Changed, failed: Failed
    ) -> None:
        super().__init__(
            QCoreApplication.translate("undo_commands", "New Contact"), library, changed, failed
        )
        self._contact = contact
        self.contact_id = 0
        """The contact's id once the first run saved it."""

    def apply(self) -> None:
        if self.contact_id:
            Contacts(self.library).undelete([self.contact_id])
        else:
            self.contact_id = Contacts(self.library).save_new_contact(self._contact)
        self.changed([self.contact_id])

    def revert(self) -> None:
        Contacts(self.library).soft_delete([self.contact_id])
        self.changed([self.contact_id])


class DeleteContacts(LibraryCommand):
    """Move contacts to the trash; undo brings back exactly those that were moved."""

    def __init__(
        self, library: Library, ids: Sequence[int], changed: Changed, failed: Failed
    ) -> None:
        count = len(ids)
        super().__init__(
            translate("undo_commands", "Delete %n Contact(s)", None, count),
            library,
            changed,
            failed,
        )
        self._ids = list(ids)
        self._deleted: list[int] = []

    def apply(self) -> None:
        self._deleted = Contacts(self.library).soft_delete(self._ids)
        self.changed(self._ids)

    def revert(self) -> None:
        Contacts(self.library).undelete(self._deleted)
        self.changed(self._ids)


class RestoreContacts(LibraryCommand):
    """Bring contacts back from the trash; undo puts them back in it."""

    def __init__(
        self, library: Library, ids: Sequence[int], changed: Changed, failed: Failed
    ) -> None:
        count = len(ids)
        super().__init__(
            translate("undo_commands", "Restore %n Contact(s)", None, count),
            library,
            changed,
            failed,
        )
        self._ids = list(ids)

    def apply(self) -> None:
        Contacts(self.library).undelete(self._ids)
        self.changed(self._ids)

    def revert(self) -> None:
        Contacts(self.library).soft_delete(self._ids)
        self.changed(self._ids)


class MergeContacts(LibraryCommand):
    """Fold a new card (``source``) into the contact it duplicates (``target``); ``record``
    says, once it ran, what moved (which follow-up sequence goes on, too)."""

    def __init__(
        self,
        library: Library,
        target_id: int,
        source_id: int,
        changed: Changed,
        failed: Failed,
        *,
        name: str,
    ) -> None:
        text = (
            QCoreApplication.translate("undo_commands", "Merge into {name}").format(name=name)
            if name
            else QCoreApplication.translate("undo_commands", "Merge Contacts")
        )
        super().__init__(text, library, changed, failed)
        self._target_id, self._source_id = target_id, source_id
        self.record: MergeRecord | None = None

    def apply(self) -> None:
        self.record = merge_contacts(self.library, self._target_id, self._source_id)
        self.changed([self._target_id, self._source_id])

    def revert(self) -> None:
        if self.record is not None:
            undo_merge(self.library, self.record)
        self.changed([self._target_id, self._source_id])


class MarkSent(LibraryCommand):
    """An email the user marked as sent: its follow-up done, logged, the next step scheduled.

    The draft dialog makes the change off the GUI thread and hands over what it
    did (``sent``); this step only takes it back, and makes it again on redo.
    """

    def __init__(
        self,
        library: Library,
        sent: Sent,
        changed: Changed,
        failed: Failed,
        *,
        name: str,
        clock: Clock,
    ) -> None:
        text = QCoreApplication.translate("undo_commands", "Mark Email to {name} as Sent").format(
            name=name or QCoreApplication.translate("undo_commands", "Contact")
        )
        super().__init__(text, library, changed, failed)
        self._sent, self._clock = sent, clock
        self.made_elsewhere()  # by the dialog, before the push

    def apply(self) -> None:
        follow_up = self._sent.follow_up
        self._sent = mark_sent(
            self.library,
            self._sent.contact_id,
            follow_up.id if follow_up is not None else None,
            subject=self._sent.subject,
            today=self._clock.today(),
            now=self._clock.now(),
        )
        self.changed([self._sent.contact_id])

    def revert(self) -> None:
        undo_sent(self.library, self._sent, self._clock.now())
        self.changed([self._sent.contact_id])


class ChangeFollowUps(LibraryCommand):
    """Done, skip, snooze, replied or not interested on one or more follow-ups, made off the GUI
    thread by the Follow-ups window or by CardKeeper itself (a reply seen, a task done in the
    calendar) through :func:`~cardkeeper.app.follow_through.change`.

    Undo puts every follow-up and its sequence back exactly as it was, all of them or, when
    one was changed again since, none; redo does the same actions again.
    """

    def __init__(
        self,
        library: Library,
        changes: Sequence[QueueChange],
        changed: Changed,
        failed: Failed,
        *,
        text: str,
        clock: Clock,
    ) -> None:
        super().__init__(text, library, changed, failed)
        self._changes, self._clock = list(changes), clock
        self.made_elsewhere()

    def apply(self) -> None:
        today, now = self._clock.today(), self._clock.now()
        with self.library.transaction():
            self._changes = [redo_change(self.library, c, today, now) for c in self._changes]
        self.changed(self._contact_ids())

    def revert(self) -> None:
        with self.library.transaction():
            for made in reversed(self._changes):
                undo_change(self.library, made)
        self.changed(self._contact_ids())

    def _contact_ids(self) -> list[int]:
        return sorted({made.before.contact_id for made in self._changes})


def _id(contact: Contact) -> int:
    if contact.id is None:
        raise ValueError("only saved contacts can be edited")
    return contact.id
