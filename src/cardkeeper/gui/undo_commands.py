"""Every change the user makes to the library, as a step that Edit ▸ Undo can take back.

Each command writes through the store on the GUI thread (one small
transaction, a few milliseconds) and then tells the window which contacts
changed, so the list and the pane show the new state.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtGui import QUndoCommand

from cardkeeper.app.merge_contacts import MergeRecord, merge_contacts, undo_merge
from cardkeeper.app.review import accept
from cardkeeper.domain import Contact
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library

Changed = Callable[[Iterable[int]], None]
"""Called with the ids of the contacts a command just changed."""


class EditContact(QUndoCommand):
    """Save the user's edit of one contact."""

    def __init__(
        self, library: Library, before: Contact, after: Contact, changed: Changed, text: str
    ) -> None:
        super().__init__(text)
        self._contacts = Contacts(library)
        self._before, self._after = before, after
        self._changed = changed

    def redo(self) -> None:
        self._contacts.update_contact(self._after)
        self._changed([_id(self._after)])

    def undo(self) -> None:
        self._contacts.update_contact(self._before)
        self._changed([_id(self._before)])


class AcceptCard(QUndoCommand):
    """The user has checked a new card: save it, with their edits, as reviewed."""

    def __init__(self, library: Library, before: Contact, after: Contact, changed: Changed) -> None:
        super().__init__(f"Accept {after.display_name or 'Card'}")
        self._library = library
        self._before, self._after = before, after
        self._changed = changed

    def redo(self) -> None:
        accept(self._library, self._after)
        self._changed([_id(self._after)])

    def undo(self) -> None:
        Contacts(self._library).update_contact(self._before)
        self._changed([_id(self._before)])


class DeleteContacts(QUndoCommand):
    """Move contacts to the trash; undo brings back exactly those that were moved."""

    def __init__(self, library: Library, ids: Sequence[int], changed: Changed) -> None:
        count = len(ids)
        super().__init__(f"Delete {count} Contact{'s' if count != 1 else ''}")
        self._contacts = Contacts(library)
        self._ids = list(ids)
        self._deleted: list[int] = []
        self._changed = changed

    def redo(self) -> None:
        self._deleted = self._contacts.soft_delete(self._ids)
        self._changed(self._ids)

    def undo(self) -> None:
        self._contacts.undelete(self._deleted)
        self._changed(self._ids)


class RestoreContacts(QUndoCommand):
    """Bring contacts back from the trash; undo puts them back in it."""

    def __init__(self, library: Library, ids: Sequence[int], changed: Changed) -> None:
        count = len(ids)
        super().__init__(f"Restore {count} Contact{'s' if count != 1 else ''}")
        self._contacts = Contacts(library)
        self._ids = list(ids)
        self._changed = changed

    def redo(self) -> None:
        self._contacts.undelete(self._ids)
        self._changed(self._ids)

    def undo(self) -> None:
        self._contacts.soft_delete(self._ids)
        self._changed(self._ids)


class MergeContacts(QUndoCommand):
    """Fold a new card (``source``) into the contact it duplicates (``target``)."""

    def __init__(
        self, library: Library, target_id: int, source_id: int, changed: Changed, name: str
    ) -> None:
        super().__init__(f"Merge into {name}" if name else "Merge Contacts")
        self._library = library
        self._target_id, self._source_id = target_id, source_id
        self._record: MergeRecord | None = None
        self._changed = changed

    def redo(self) -> None:
        self._record = merge_contacts(self._library, self._target_id, self._source_id)
        self._changed([self._target_id, self._source_id])

    def undo(self) -> None:
        if self._record is not None:
            undo_merge(self._library, self._record)
        self._changed([self._target_id, self._source_id])


def _id(contact: Contact) -> int:
    if contact.id is None:
        raise ValueError("only saved contacts can be edited")
    return contact.id
