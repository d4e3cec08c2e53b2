"""Two libraries syncing through one real Radicale server, as two computers would."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from cardkeeper.app.sync import (
    SyncReport,
    choose_address_book,
    find_address_books,
    remember_password,
    sync,
    sync_if_set_up,
    sync_now,
)
from cardkeeper.domain import AddressParts, Contact, Phone, PhoneKind
from cardkeeper.errors import SyncError
from cardkeeper.interop import carddav
from cardkeeper.interop.carddav import CardDavClient
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library, open_library
from cardkeeper.store.events import Events
from cardkeeper.store.sync_state import SyncState
from tests.interop.hostile_dav_server import (
    Answer,
    DavBook,
    HostileServer,
    Request,
    redirect,
)
from tests.memory_keyring import MemoryKeyring
from tests.radicale_server import PASSWORD, USER, RadicaleServer


@pytest.fixture
def book_url(radicale: RadicaleServer) -> str:
    with CardDavClient(radicale.url, USER, PASSWORD) as client:
        return client.create_address_book(f"{radicale.url}{USER}/", "contacts", "Contacts").url


class Computer:
    """One CardKeeper library that syncs with the address book."""

    def __init__(self, folder: Path, book_url: str) -> None:
        self.library: Library = open_library(folder)
        self.contacts = Contacts(self.library)
        self.book_url = book_url
        choose_address_book(self.library, book_url, USER)

    def sync(self, progress: Callable[[int, int], None] | None = None) -> SyncReport:
        with CardDavClient(self.book_url, USER, PASSWORD, timeout=5) as client:
            return sync(self.library, client, progress=progress)

    def add(self, contact: Contact) -> int:
        return self.contacts.save_new_contact(contact)

    def by_name(self, name: str) -> Contact:
        (found,) = [c for c in self.contacts.list_contacts() if c.display_name == name]
        return found

    def names(self) -> set[str]:
        return {c.display_name for c in self.contacts.list_contacts()}

    def edit(self, name: str, **changes: object) -> None:
        contact = self.by_name(name)
        for key, value in changes.items():
            setattr(contact, key, value)
        self.contacts.update_contact(contact)

    def delete(self, name: str) -> None:
        contact = self.by_name(name)
        assert contact.id is not None
        self.contacts.soft_delete([contact.id])

    def shared(self) -> dict[str, tuple[object, ...]]:
        """What both sides must agree on, by uid."""
        return {
            c.uid: (
                c.display_name,
                c.title,
                c.company,
                tuple(c.emails),
                tuple((p.kind, p.number) for p in c.phones),
                tuple(c.websites),
                tuple(c.tags),
                c.notes,
                c.interested_in,
                c.met_on,
            )
            for c in self.contacts.list_contacts()
        }


@pytest.fixture
def computers(tmp_path: Path, book_url: str) -> Iterator[tuple[Computer, Computer]]:
    first, second = Computer(tmp_path / "a", book_url), Computer(tmp_path / "b", book_url)
    yield first, second
    first.library.close()
    second.library.close()


def anna() -> Contact:
    return Contact(
        given_name="Anna",
        family_name="Müller",
        title="Head of Procurement",
        company="Example Logistics GmbH",
        emails=["anna.mueller@example.de"],
        phones=[Phone(PhoneKind.WORK, "+493012345678"), Phone(PhoneKind.MOBILE, "+4915112345678")],
        websites=["https://example.de"],
        tags=["logistics", "lead"],
        interested_in="Cold-chain tracking",
        notes="Prefers mornings; call, don't email.",
        met_on=date(2026, 5, 17),
        needs_review=False,
    )


def add_anna_and_bruno(computer: Computer) -> None:
    computer.add(anna())
    computer.add(Contact(given_name="Bruno", family_name="Rossi"))


def test_two_libraries_converge_after_creates_edits_and_deletes_on_both_sides(
    computers: tuple[Computer, Computer],
) -> None:
    a, b = computers
    event = Events(a.library).get_or_create("LogiMAT 2026")
    a.add(Contact(**{**anna().__dict__, "event_id": event.id}))
    a.add(Contact(given_name="Bruno", family_name="Rossi", emails=["bruno@example.it"]))
    a.add(Contact(given_name="Clara", family_name="Weiss", company="Weiss & Söhne; KG"))

    assert a.sync().pushed_new == 3
    assert b.sync().pulled_new == 3
    assert b.shared() == a.shared()
    assert b.by_name("Anna Müller").event_id is not None

    a.edit("Anna Müller", title="Chief Procurement Officer")
    b.edit("Bruno Rossi", emails=["bruno.rossi@example.it"], tags=["italy"])
    a.delete("Clara Weiss")
    b.add(
        Contact(
            given_name="Dora", family_name="Nowak", phones=[Phone(PhoneKind.OTHER, "+48221234567")]
        )
    )

    first = a.sync()
    second = b.sync()
    third = a.sync()

    assert (first.pushed_changed, first.pushed_deleted) == (1, 1)
    assert (second.pulled_changed, second.pulled_deleted, second.pulled_new) == (1, 1, 0)
    assert (second.pushed_changed, second.pushed_new) == (1, 1)
    assert (third.pulled_changed, third.pulled_new) == (1, 1)
    assert a.names() == b.names() == {"Anna Müller", "Bruno Rossi", "Dora Nowak"}
    assert a.shared() == b.shared()
    assert b.by_name("Anna Müller").title == "Chief Procurement Officer"
    assert a.by_name("Bruno Rossi").emails == ["bruno.rossi@example.it"]
    assert not first.conflicts and not second.conflicts and not third.conflicts

    b.delete("Dora Nowak")
    b.sync()
    a.sync()
    assert a.names() == b.names() == {"Anna Müller", "Bruno Rossi"}
    with CardDavClient(a.book_url, USER, PASSWORD) as client:
        assert len(client.list_etags(a.book_url)) == 2
    again = a.sync()
    assert again == SyncReport(finished_at=again.finished_at)  # nothing left to do


def test_a_conflict_keeps_the_newer_edit_here_and_the_servers_in_the_notes(
    computers: tuple[Computer, Computer],
) -> None:
    a, b = computers
    a.add(anna())
    a.sync()
    b.sync()

    a.edit("Anna Müller", title="CEO")
    b.edit("Anna Müller", title="CTO")  # the newer edit
    a.sync()
    report = b.sync()
    a.sync()

    (conflict,) = report.conflicts
    assert conflict == (
        "Anna Müller was edited on both sides; the newer edit, from this computer, was kept,"
        " and the other version is in the notes."
    )
    for side in (a, b):
        kept = side.by_name("Anna Müller")
        assert kept.title == "CTO"
        assert "the version from the server said: Title: CEO" in kept.notes
        assert kept.notes.startswith("Prefers mornings; call, don't email.")
    assert a.shared() == b.shared()


def test_a_conflict_keeps_the_newer_edit_from_the_server_and_this_one_in_the_notes(
    computers: tuple[Computer, Computer],
) -> None:
    a, b = computers
    a.add(anna())
    a.sync()
    b.sync()

    b.edit("Anna Müller", company="Old Name AG")
    # REV on the server counts whole seconds: let the newer edit be a second newer.
    contact = a.by_name("Anna Müller")
    assert contact.updated_at is not None
    a.edit("Anna Müller", company="New Name AG")
    later = "strftime('%Y-%m-%dT%H:%M:%f000+00:00', 'now', '+2 seconds')"
    a.library.connection.execute(f"UPDATE contacts SET updated_at = {later}")
    a.sync()
    report = b.sync()

    assert report.conflicts == [
        "Anna Müller was edited on both sides; the newer edit, from the server, was kept,"
        " and the other version is in the notes."
    ]
    kept = b.by_name("Anna Müller")
    assert kept.company == "New Name AG"
    assert "the version from this computer said: Company: Old Name AG" in kept.notes
    a.sync()
    assert a.shared() == b.shared()


def test_an_edit_on_one_side_beats_a_deletion_on_the_other(
    computers: tuple[Computer, Computer],
) -> None:
    a, b = computers
    add_anna_and_bruno(a)
    a.sync()
    b.sync()

    a.delete("Anna Müller")
    b.edit("Anna Müller", title="CEO")
    b.delete("Bruno Rossi")
    a.edit("Bruno Rossi", title="Buyer")
    b.sync()
    report = a.sync()
    b.sync()

    assert sorted(report.conflicts) == [
        "Anna Müller was deleted here but edited on the server,"
        " so it is back in the library with that edit.",
        "Bruno Rossi was deleted on the server but edited here,"
        " so it was put back on the server with that edit.",
    ]
    assert a.names() == b.names() == {"Anna Müller", "Bruno Rossi"}
    assert a.by_name("Anna Müller").title == "CEO"
    assert b.by_name("Bruno Rossi").title == "Buyer"
    assert a.shared() == b.shared()


def test_a_server_gone_mid_sync_loses_nothing_and_the_next_sync_completes(
    computers: tuple[Computer, Computer],
    radicale: RadicaleServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, b = computers
    for n in range(30):
        a.add(Contact(given_name=f"Person{n:02}", family_name="Test", emails=[f"p{n}@example.org"]))
    before = a.shared()

    def pull_the_plug(done: int, total: int) -> None:
        if done == 10:
            radicale.stop()

    with pytest.raises(SyncError, match="Could not reach the server"):
        a.sync(pull_the_plug)
    assert a.shared() == before

    radicale.start()
    a.sync()
    monkeypatch.setattr(carddav, "MULTIGET_BATCH", 5)  # so that the pull takes several requests
    with pytest.raises(SyncError, match="Could not reach the server"):
        b.sync(pull_the_plug)  # the pull stops part-way this time
    assert 0 < len(b.names()) < 30

    radicale.start()
    b.sync()
    assert a.shared() == b.shared() == before
    with CardDavClient(a.book_url, USER, PASSWORD) as client:
        assert len(client.list_etags(a.book_url)) == 30


def test_sync_now_takes_the_password_from_the_keyring(
    computers: tuple[Computer, Computer], memory_keyring: MemoryKeyring
) -> None:
    a, _ = computers
    a.add(anna())

    with pytest.raises(SyncError, match="No password is saved for anna") as caught:
        sync_now(a.library)
    assert str(caught.value).endswith("enter it in Settings ▸ Sync.")

    remember_password(a.book_url, USER, "not the password")
    with pytest.raises(SyncError, match="refused the user name or password"):
        sync_now(a.library)
    assert a.names() == {"Anna Müller"}

    remember_password(a.book_url, USER, PASSWORD)
    assert sync_now(a.library).pushed_new == 1
    assert list(memory_keyring.passwords.values()) == [PASSWORD]


def test_the_automatic_sync_waits_quietly_until_account_and_password_are_there(
    tmp_path: Path, book_url: str, memory_keyring: MemoryKeyring
) -> None:
    with open_library(tmp_path / "new") as library:
        Contacts(library).save_new_contact(anna())
        assert sync_if_set_up(library) is None  # no address book chosen
        choose_address_book(library, book_url, USER)
        assert sync_if_set_up(library) is None  # no password saved
        account = SyncState(library).account()
        assert account is not None and account.last_synced_at is None

        remember_password(book_url, USER, PASSWORD)
        report = sync_if_set_up(library)
        assert report is not None and report.pushed_new == 1


def test_an_expired_sync_token_falls_back_to_a_full_listing(
    computers: tuple[Computer, Computer],
) -> None:
    a, b = computers
    add_anna_and_bruno(a)
    a.sync()
    b.sync()
    b.delete("Bruno Rossi")
    b.edit("Anna Müller", title="CEO")
    b.sync()
    a.library.connection.execute(
        "UPDATE carddav_account SET sync_token = 'http://radicale.org/ns/sync/'"
        " || lower(hex(randomblob(32)))"
    )

    report = a.sync()

    assert (report.pulled_changed, report.pulled_deleted) == (1, 1)
    assert a.shared() == b.shared()


def test_finding_the_address_books_keeps_the_password_only_once_the_server_took_it(
    radicale: RadicaleServer, book_url: str, memory_keyring: MemoryKeyring
) -> None:
    with pytest.raises(SyncError, match="refused the user name or password"):
        find_address_books(radicale.url, USER, "wrong")
    assert memory_keyring.passwords == {}

    (book,) = find_address_books(radicale.url, USER, PASSWORD)

    assert book.url == book_url
    assert list(memory_keyring.passwords.values()) == [PASSWORD]


def test_cards_uploaded_whose_answer_was_lost_are_linked_not_doubled(
    computers: tuple[Computer, Computer],
) -> None:
    a, b = computers
    add_anna_and_bruno(a)
    a.sync()
    a.library.connection.execute("DELETE FROM carddav_cards")  # as if no answer came back

    report = a.sync()

    assert report == SyncReport(finished_at=report.finished_at)
    assert len(SyncState(a.library).cards()) == 2
    b.sync()
    assert a.shared() == b.shared()
    with CardDavClient(a.book_url, USER, PASSWORD) as client:
        assert len(client.list_etags(a.book_url)) == 2


# A hostile server


def vcard(uid: str, name: str, extra: str = "") -> bytes:
    return (
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nFN:{name}\r\nN:{name};;;;\r\n"
        f"{extra}END:VCARD\r\n"
    ).encode()


def test_contacts_never_follow_a_redirect_to_another_server(tmp_path: Path) -> None:
    book = DavBook("/book/")
    with HostileServer(book.answer, host_name="localhost") as other:

        def moved(request: Request) -> Answer:
            if request.method == "PUT":
                return redirect(307, f"http://localhost:{other.port}{request.path}")
            return book.answer(request)

        with HostileServer(moved) as server:
            a = Computer(tmp_path / "a", server.url + "book/")
            add_anna_and_bruno(a)
            with pytest.raises(SyncError, match=f"on to http://localhost:{other.port}/book/"):
                a.sync()
            a.library.close()

    assert other.requests == [] and other.connections == 0
    assert book.cards == {}


OUTSIDE = [
    "/other-user/addressbook/victim.vcf",
    "http://evil.example/steal.vcf",
    "/book/../admin/x.vcf",
    "/book/%2e%2e/secret.vcf",
]


def test_no_card_outside_the_address_book_is_taken_written_or_deleted(tmp_path: Path) -> None:
    book = DavBook("/book/")
    book.add("/book/inside.vcf", vcard("in", "Inside Person"))
    for n, href in enumerate(OUTSIDE):
        book.listed_too[href] = (f'"x{n}"', vcard(f"out{n}", f"Victim {n}"))
    with HostileServer(book.answer) as server:
        a = Computer(tmp_path / "a", server.url + "book/")
        first = a.sync()
        assert a.names() == {"Inside Person"}
        a.add(Contact(given_name="Bruno", family_name="Rossi"))
        a.edit("Inside Person", title="Buyer")
        a.sync()
        a.delete("Inside Person")
        a.sync()
        a.library.close()

    assert first.pulled_new == 1
    writes = [r.path for r in server.requests if r.method in ("PUT", "DELETE")]
    assert len(writes) == 3
    assert all(p.startswith("/book/") and ".." not in p and "%2" not in p for p in writes)


def test_a_card_remembered_outside_the_address_book_is_never_written_there(
    tmp_path: Path,
) -> None:
    """A library that synced with a hostile server before this was checked."""
    book = DavBook("/book/")
    with HostileServer(book.answer) as server:
        a = Computer(tmp_path / "a", server.url + "book/")
        a.add(anna())
        a.sync()
        a.library.connection.execute(
            "UPDATE carddav_cards SET href = '/other-user/addressbook/victim.vcf'"
        )
        book.cards.clear()
        a.edit("Anna Müller", title="CEO")
        a.sync()
        a.delete("Anna Müller")
        a.sync()
        a.library.close()

    writes = [(r.method, r.path) for r in server.requests if r.method in ("PUT", "DELETE")]
    assert all(path.startswith("/book/") for _method, path in writes), writes
    assert book.cards == {}


def test_a_contact_uid_cannot_lead_its_card_out_of_the_address_book(tmp_path: Path) -> None:
    book = DavBook("/book/")
    with HostileServer(book.answer) as server:
        a = Computer(tmp_path / "a", server.url + "book/")
        for uid in ("../../admin/x", "%2e%2e", "..", "a/b", "urn:uuid:a1"):
            a.add(Contact(uid=uid, given_name="Odd", family_name=uid))
        assert a.sync().pushed_new == 5
        a.library.close()

    assert len(book.cards) == 5
    assert "/book/urn:uuid:a1.vcf" in book.cards
    for href in book.cards:
        assert href.startswith("/book/") and "/" not in href[len("/book/") :], href
        assert href[len("/book/") :] not in ("", ".", "..")


def test_a_card_over_the_size_limit_is_left_alone_and_the_rest_comes_in(tmp_path: Path) -> None:
    book = DavBook("/book/")
    book.add("/book/small.vcf", vcard("small", "Small Card"))
    photo = "PHOTO;ENCODING=b;TYPE=JPEG:" + "A" * 300_000 + "\r\n"
    book.add("/book/huge.vcf", vcard("huge", "Huge Photo", photo))
    with HostileServer(book.answer) as server, open_library(tmp_path / "a") as library:
        choose_address_book(library, server.url + "book/", USER)
        with CardDavClient(
            server.url + "book/", USER, PASSWORD, max_answer_bytes=200_000
        ) as client:
            report = sync(library, client)
        names = {c.display_name for c in Contacts(library).list_contacts()}

    assert names == {"Small Card"}
    assert report.problems == [
        "The card /book/huge.vcf on the server is larger than 0.2 MB, so it was left alone."
    ]


def test_a_card_over_the_card_limit_is_left_alone(tmp_path: Path) -> None:
    book = DavBook("/book/")
    book.add("/book/small.vcf", vcard("small", "Small Card"))
    book.add("/book/big.vcf", vcard("big", "Big Photo", "PHOTO:" + "A" * 2000 + "\r\n"))
    with HostileServer(book.answer) as server, open_library(tmp_path / "a") as library:
        choose_address_book(library, server.url + "book/", USER)
        with CardDavClient(server.url + "book/", USER, PASSWORD, max_card_bytes=1000) as client:
            report = sync(library, client)
        names = {c.display_name for c in Contacts(library).list_contacts()}

    assert names == {"Small Card"}
    assert report.problems == [
        "The card /book/big.vcf on the server is larger than 0.001 MB, so it was left alone."
    ]


# Addresses in parts


def test_an_address_syncs_in_parts_and_syncing_again_changes_nothing(
    computers: tuple[Computer, Computer],
) -> None:
    a, b = computers
    berlin = AddressParts(
        street="Hauptstraße 5",
        extended="Haus B, 3. OG",
        postcode="10115",
        city="Berlin",
        region="Berlin",
        country="DE",
    )
    printed = "Example Logistics GmbH\nHauptstraße 5 · Haus B, 3. OG\n10115 Berlin"
    a.add(replace(anna(), address=printed, address_parts=berlin))
    typed = AddressParts(street="350 Fifth Avenue", postcode="10118", city="New York", region="NY")
    a.add(Contact(given_name="Dana", family_name="Whitfield", address_parts=typed))

    a.sync()
    b.sync()

    anna_there = b.by_name("Anna Müller")
    assert (anna_there.address, anna_there.address_parts) == (printed, berlin)
    dana_there = b.by_name("Dana Whitfield")
    assert dana_there.address_parts == typed
    assert dana_there.address == "350 Fifth Avenue\nNew York, NY 10118"  # as the US writes it
    with CardDavClient(a.book_url, USER, PASSWORD) as client:
        bodies = [
            card.body for card in client.fetch(a.book_url, list(client.list_etags(a.book_url)))
        ]
    assert any(b";Berlin;Berlin;10115;Germany" in body.replace(b"\r\n ", b"") for body in bodies)
    for computer in (a, b, a):
        report = computer.sync()
        assert report == SyncReport(finished_at=report.finished_at)


def test_an_edit_of_a_city_goes_to_the_other_computer(computers: tuple[Computer, Computer]) -> None:
    a, b = computers
    parts = AddressParts(street="Hauptstraße 5", postcode="10115", city="Berlin", country="DE")
    a.add(replace(anna(), address="Hauptstraße 5\n10115 Berlin", address_parts=parts))
    a.sync()
    b.sync()

    b.edit("Anna Müller", address_parts=replace(parts, postcode="10117"))
    assert b.sync().pushed_changed == 1
    assert a.sync().pulled_changed == 1

    assert a.by_name("Anna Müller").address_parts.postcode == "10117"
