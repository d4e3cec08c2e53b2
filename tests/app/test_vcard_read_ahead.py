"""A big .vcf read by a real worker process while the import saves, and read on when it dies."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from cardkeeper.app import contact_exchange
from cardkeeper.app.contact_exchange import Outcome, import_contacts
from cardkeeper.app.vcard_read_ahead import READ_AHEAD_FROM
from cardkeeper.domain import Contact, Phone, PhoneKind
from cardkeeper.interop.vcard import VCardContact, contacts_to_vcf
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library

COUNT = READ_AHEAD_FROM + 200


@pytest.fixture
def big_vcf(tmp_path: Path) -> Path:
    people = [
        Contact(
            given_name=f"Person{n}",
            family_name="Example",
            emails=[f"p{n}@example.com"],
            phones=[Phone(PhoneKind.MOBILE, f"+44 7700 9{n:05d}")],
        )
        for n in range(COUNT)
    ]
    path = tmp_path / "big.vcf"
    path.write_bytes(contacts_to_vcf([VCardContact(p) for p in people], "3.0"))
    return path


def _check_all_in(library: Library) -> None:
    contacts = Contacts(library)
    assert contacts.count() == COUNT
    saved = {c.given_name: c for c in contacts.list_contacts()}
    for n in (0, COUNT // 2, COUNT - 1):
        person = saved[f"Person{n}"]
        assert person.emails == [f"p{n}@example.com"]
        assert person.phones[0].number == f"+4477009{n:05d}"


def test_a_worker_reads_ahead_while_the_entries_are_saved(
    library: Library, big_vcf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(contact_exchange, "ENTRIES_PER_COMMIT", 100)
    workers_seen: list[int] = []
    report = import_contacts(
        library,
        big_vcf,
        region="GB",
        progress=lambda done, total: workers_seen.append(len(multiprocessing.active_children())),
    )
    assert report.count(Outcome.ADDED) == COUNT
    assert max(workers_seen) >= 1
    assert multiprocessing.active_children() == []
    _check_all_in(library)


def test_when_the_worker_dies_the_rest_is_read_here(
    library: Library, big_vcf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(contact_exchange, "ENTRIES_PER_COMMIT", 100)
    killed: list[int] = []

    def kill_the_worker(done: int, total: int) -> None:
        for worker in multiprocessing.active_children():
            worker.kill()
            worker.join()
            killed.append(done)

    report = import_contacts(library, big_vcf, region="GB", progress=kill_the_worker)
    assert killed[:1] == [100]
    assert [e.position for e in report.entries] == list(range(1, COUNT + 1))
    assert report.count(Outcome.ADDED) == COUNT
    _check_all_in(library)
