"""Reviewing and correcting the contact open in the pane, each change one undo step.

The contacts list says which contact is current; this shows it in the contact
pane, saves what the user corrects there, and accepts, discards, restores or
merges it through ``app/`` (as :mod:`cardkeeper.gui.common.undo_commands`).
After an accept or a merge it opens the next card that still needs review.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QUndoStack

from cardkeeper.app.find_duplicates import likely_duplicates
from cardkeeper.app.merge_contacts import sequence_note
from cardkeeper.domain import Contact
from cardkeeper.errors import CardKeeperError
from cardkeeper.gui.common.undo_commands import (
    AcceptCard,
    DeleteContacts,
    EditContact,
    LibraryCommand,
    MergeContacts,
    RestoreContacts,
)
from cardkeeper.gui.common.window_host import WindowHost
from cardkeeper.gui.contact.pane import ContactPane
from cardkeeper.gui.contact.recrop import Recrop
from cardkeeper.store.activities import Activities
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.events import Events
from cardkeeper.store.follow_ups import FollowUps
from cardkeeper.wording import translate


class ContactList(Protocol):
    """The contacts list as the review leans on it: the current contact, and moving on."""

    def current_id(self) -> int | None: ...

    def in_trash(self) -> bool: ...

    def selected_ids(self) -> list[int]: ...

    def row_of(self, contact_id: int) -> int | None: ...

    def select_row(self, row: int) -> None: ...

    def select_next_to_review(self, start: int) -> bool: ...


class ReviewFlow(QObject):
    """The contact current in the list, shown in the pane, and every change made to it.

    It reads and writes the window's library as it is at each call (``host.library``):
    a restore that replaces the library leaves nothing here to replace.

    Signals: ``acceptable(bool)`` — after each contact (or none) is shown: whether it
    can be accepted (it needs review and is not in the trash); ``writable(bool)`` —
    likewise, whether a contact outside the trash is shown (one to write to).
    """

    acceptable = Signal(bool)
    writable = Signal(bool)

    def __init__(
        self,
        host: WindowHost,
        contact_list: ContactList,
        pane: ContactPane,
        undo_stack: QUndoStack,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._host = host
        self._list = contact_list
        self._pane = pane
        self._undo_stack = undo_stack
        self._saving_edit = False
        pane.edited.connect(self._save_edit)
        pane.accept_requested.connect(self.accept_current)
        pane.discard_requested.connect(self.delete_selected)
        pane.restore_requested.connect(self.restore_selected)
        pane.merge_requested.connect(self.merge_current_into)
        self.recrop = Recrop(host, pane.card, self)

    # -- showing --------------------------------------------------------------------------

    def show_current(self) -> None:
        """Show the list's current contact (again: a setting it is shown with may have changed)."""
        current_id = self._list.current_id()
        library = self._host.library
        contacts = Contacts(library)
        contact = contacts.get_contact(current_id) if current_id is not None else None
        if contact is None or contact.id is None:
            self._pane.show_contact(None)
            self.acceptable.emit(False)
            self.writable.emit(False)
            return
        trashed = self._list.in_trash()
        self._pane.show_contact(
            contact,
            contacts.card_details(contact.id),
            duplicates=likely_duplicates(library, contact) if contact.needs_review else (),
            events=Events(library).list_events(),
            region=self._host.settings.default_phone_region,
            trashed=trashed,
        )
        self.acceptable.emit(contact.needs_review and not trashed)
        self.writable.emit(not trashed)
        self._show_activity(contact.id)

    def contacts_changed(self, ids: set[int]) -> None:
        """The pane follows a change to its contact, unless the change is the pane's own edit."""
        if self._list.current_id() in ids and not self._saving_edit:
            self.show_current()

    def refresh_activity(self) -> None:
        """Follow-ups or the activity log changed: the open contact's activity is read again."""
        current_id = self._list.current_id()
        if current_id is not None:
            self._show_activity(current_id)

    def _show_activity(self, contact_id: int) -> None:
        """The contact's next follow-ups and its log: two indexed reads of a few rows each."""
        library = self._host.library
        self._pane.show_activity(
            Activities(library).for_contact(contact_id),
            FollowUps(library).for_contact(contact_id),
            self._host.clock.today(),
        )

    # -- changes --------------------------------------------------------------------------

    def _edited_contact(self) -> tuple[Contact, Contact] | None:
        """(as saved, as the form has it now), with 'where met' turned into an event id."""
        current_id = self._list.current_id()
        if current_id is None:
            return None
        before = Contacts(self._host.library).get_contact(current_id)
        if before is None:
            return None
        after = self._pane.contact()
        name = self._pane.event_name().strip()
        if not name:
            after = replace(after, event_id=None)
        elif after.event_id is None:
            try:
                after = replace(after, event_id=Events(self._host.library).get_or_create(name).id)
            except CardKeeperError as error:
                self._host.report_failure(str(error))
                return None
        return before, after

    def _save_edit(self) -> None:
        edited = self._edited_contact()
        if edited is None:
            return
        before, after = edited
        if not _same(before, after):
            self._saving_edit = True  # the form already shows the edit: do not reload it
            try:
                self._push(
                    EditContact(
                        self._host.library,
                        before,
                        after,
                        self._host.contacts_changed,
                        self._host.report_failure,
                    )
                )
            finally:
                self._saving_edit = False

    def accept_current(self) -> None:
        """The user has checked this card: save it as reviewed and open the next one to check."""
        edited = self._edited_contact()
        if edited is None or self._list.in_trash():
            return
        before, after = edited
        if not before.needs_review and _same(before, after):
            return
        row = self._list.row_of(before.id) if before.id is not None else None
        self._saving_edit = True
        try:
            accepted = self._push(
                AcceptCard(
                    self._host.library,
                    before,
                    after,
                    self._host.contacts_changed,
                    self._host.report_failure,
                    clock=self._host.clock,
                )
            )
        finally:
            self._saving_edit = False
        if accepted:
            self._open_next_to_review(row or 0)

    def _open_next_to_review(self, start: int) -> None:
        if self._list.select_next_to_review(start):
            self._pane.form.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._host.statusBar().showMessage(self.tr("All cards are reviewed."), 5000)

    def delete_selected(self) -> None:
        ids = self._list.selected_ids()
        if not ids:
            return
        if self._list.in_trash():
            self._host.statusBar().showMessage(
                self.tr("These contacts are already in the trash."), 4000
            )
            return
        row = self._list.row_of(ids[0]) or 0
        command = DeleteContacts(
            self._host.library, ids, self._host.contacts_changed, self._host.report_failure
        )
        if self._push(command):
            moved = len(ids)
            self._host.statusBar().showMessage(
                translate(
                    "ReviewFlow", "Moved %n contact(s) to the trash (Ctrl+Z to undo).", None, moved
                ),
                6000,
            )
            self._list.select_row(row)

    def restore_selected(self) -> None:
        ids = self._list.selected_ids()
        if ids and self._list.in_trash():
            row = self._list.row_of(ids[0]) or 0
            command = RestoreContacts(
                self._host.library, ids, self._host.contacts_changed, self._host.report_failure
            )
            if self._push(command):
                self._list.select_row(row)

    def merge_current_into(self, target_id: int) -> None:
        source = self._list.current_id()
        if source is None or source == target_id:
            return
        library = self._host.library
        target = Contacts(library).get_contact(target_id)
        row = self._list.row_of(source) or 0
        name = target.display_name if target else ""
        command = MergeContacts(
            library,
            target_id,
            source,
            self._host.contacts_changed,
            self._host.report_failure,
            name=name,
        )
        if self._push(command):
            self._open_next_to_review(row)
            # Steps the user expected in the queue may have been set aside: say which and why.
            note = sequence_note(command.record) if command.record else ""
            if note:
                self._host.statusBar().showMessage(note, 10000)

    def _push(self, command: LibraryCommand) -> bool:
        """Make the change, and put it on the undo stack only if it was saved."""
        try:
            command.run_first()
        except CardKeeperError as error:
            self._host.report_failure(str(error))
            return False
        self._undo_stack.push(command)
        return True


def _same(before: Contact, after: Contact) -> bool:
    """Equal as the user sees them: timestamps are the store's business."""
    return replace(before, updated_at=None) == replace(after, updated_at=None)
