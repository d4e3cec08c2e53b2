"""A card read again after a crop by hand, as one step Edit ▸ Undo takes back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cardkeeper.domain import Contact
from cardkeeper.gui.common.undo_commands import Changed, Failed, LibraryCommand
from cardkeeper.store.card_images import ScannedSide
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library


class RereadCard(LibraryCommand):
    """Save the side read again and the fields the user took from it; undo puts back the
    side as it was (its image, original photo and words) and the fields as they were."""

    def __init__(
        self,
        library: Library,
        sides: tuple[ScannedSide, ScannedSide],
        contacts: tuple[Contact, Contact],
        changed: Changed,
        failed: Failed,
    ) -> None:
        """``sides`` and ``contacts`` are each (before, after)."""
        name = contacts[1].display_name or QCoreApplication.translate("undo_commands", "Card")
        text = QCoreApplication.translate("undo_commands", "Read {name} Again").format(name=name)
        super().__init__(text, library, changed, failed)
        self._sides, self._contacts = sides, contacts

    def apply(self) -> None:
        self._save(self._sides[1], self._contacts[1])

    def revert(self) -> None:
        self._save(self._sides[0], self._contacts[0])

    def _save(self, side: ScannedSide, contact: Contact) -> None:
        if contact.id is None:
            raise ValueError("only a saved contact's card can be read again")
        store = Contacts(self.library)
        store.read_side_again(contact.id, side)
        store.update_contact(contact)
        self.changed([contact.id])
