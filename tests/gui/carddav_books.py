"""An address book on the test's Radicale server, filled by another computer's library."""

from __future__ import annotations

from pathlib import Path

from cardkeeper.app.sync import choose_address_book, sync
from cardkeeper.domain import Contact
from cardkeeper.interop.carddav import CardDavClient
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import open_library
from tests.radicale_server import PASSWORD, USER, RadicaleServer


def book_with_anna(radicale: RadicaleServer, folder: Path) -> str:
    """The URL of a new address book holding Anna Koch, synced there from a library in
    ``folder`` (the other computer)."""
    with CardDavClient(radicale.url, USER, PASSWORD) as client:
        book = client.create_address_book(f"{radicale.url}{USER}/", "contacts", "Contacts")
        with open_library(folder) as other:
            Contacts(other).save_new_contact(
                Contact(given_name="Anna", family_name="Koch", needs_review=False)
            )
            choose_address_book(other, book.url, USER)
            sync(other, client)
    return book.url
