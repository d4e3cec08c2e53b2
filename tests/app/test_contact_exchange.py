"""Contacts out of a real library into files and back into real libraries, twice."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import vobject
from PIL import Image

from cardkeeper.app import contact_exchange
from cardkeeper.app.contact_exchange import (
    EXPORT_FORMATS,
    ExportFormat,
    Outcome,
    event_contact_ids,
    export_contacts,
    import_contacts,
)
from cardkeeper.domain import Contact, Phone, PhoneKind
from cardkeeper.errors import ExchangeError, LibraryError
from cardkeeper.interop.vcard import VCardContact, contacts_to_vcf, vcf_to_contacts
from cardkeeper.postal import split_address
from cardkeeper.store.card_images import ImageData, ScannedSide
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library, open_library
from cardkeeper.store.events import Events
from tests.interop.test_vcard import oversized, small
from tests.interop.vcard_samples import APPLE, GOOGLE, OUTLOOK

ANNA = Contact(
    prefix="Dr.",
    given_name="Anna",
    family_name="Müller",
    title="Head of Procurement",
    company="Example Logistics GmbH",
    address="Hauptstraße 5\n10115 Berlin",
    emails=["anna@example.de"],
    phones=[
        Phone(PhoneKind.WORK, "+493012345678", "030 / 123 456-78"),
        Phone(PhoneKind.MOBILE, "+4915112345678", label="Assistant"),
    ],
    websites=["https://example.de"],
    tags=["VIP"],
    notes="Wants a demo",
    interested_in="cold-chain tracking",
    met_on=date(2024, 5, 17),
    needs_review=False,
)
BEN = Contact(given_name="Ben", family_name="Okafor", emails=["ben@nordwind.example"])
CLEO = Contact(
    given_name="Cleo", company="Atelier", phones=[Phone(PhoneKind.MOBILE, "+33612345678")]
)


def png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def filled(library: Library, contacts: Contacts) -> dict[str, int]:
    """Anna (met at Hannover Messe, with a card image), Ben, Cleo, and Dora in the trash."""
    fair = Events(library).get_or_create("Hannover Messe")
    card = ScannedSide(flattened=ImageData(png(1000, 600), 1000, 600))
    ids = {
        "anna": contacts.save_new_contact(replace(ANNA, event_id=fair.id), [card]),
        "ben": contacts.save_new_contact(BEN),
        "cleo": contacts.save_new_contact(CLEO),
        "dora": contacts.save_new_contact(Contact(given_name="Dora")),
    }
    contacts.soft_delete([ids["dora"]])
    return ids


def names_in(path: Path) -> list[str]:
    return [e.contact.given_name for e in vcf_to_contacts(path.read_bytes()) if e.contact]


def test_everything_but_the_trash_goes_out(
    library: Library, filled: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "all.vcf"
    assert export_contacts(library, None, "vcf", out) == 3
    assert names_in(out) == ["Anna", "Ben", "Cleo"]
    (anna, *_) = vcf_to_contacts(out.read_bytes())
    assert anna.event_name == "Hannover Messe"
    assert "PHOTO" not in out.read_text()


def test_an_events_contacts_or_a_choice_go_out(
    library: Library, filled: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "part.vcf"
    ids = event_contact_ids(library, "hannover messe")
    assert ids == [filled["anna"]]
    assert export_contacts(library, ids, "vcf3", out) == 1
    assert names_in(out) == ["Anna"]
    assert export_contacts(library, [filled["cleo"], filled["ben"]], "vcf", out) == 2
    assert names_in(out) == ["Ben", "Cleo"]


def test_unknown_events_and_ids_are_refused_in_one_sentence(
    library: Library, filled: dict[str, int], tmp_path: Path
) -> None:
    with pytest.raises(ExchangeError, match=r"^There is no event called “Web Summit” in the"):
        event_contact_ids(library, "Web Summit")
    out = tmp_path / "x.vcf"
    with pytest.raises(ExchangeError) as refused:
        export_contacts(library, [filled["ben"], filled["dora"], 999], "vcf", out)
    assert str(refused.value) == (
        f"Contact #{filled['dora']}, #999 is not in the library: check the ids and try again."
    )
    assert not out.exists()


def test_photos_are_the_card_scaled_down(
    library: Library, filled: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "photos.vcf"
    export_contacts(library, [filled["anna"], filled["ben"]], "vcf3", out, with_photos=True)
    anna, ben = vobject.readComponents(out.read_text(encoding="utf-8"))
    with Image.open(io.BytesIO(anna.photo.value)) as photo:
        assert (photo.format, photo.size) == ("JPEG", (400, 240))
    assert "photo" not in ben.contents


def test_a_file_that_cannot_be_written_says_so(
    library: Library, filled: dict[str, int], tmp_path: Path
) -> None:
    with pytest.raises(ExchangeError, match=r"^.*missing/x\.vcf could not be written: .*\.$"):
        export_contacts(library, None, "vcf", tmp_path / "missing" / "x.vcf")


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_a_library_moves_to_another_and_a_second_import_adds_nothing(
    library: Library, filled: dict[str, int], tmp_path: Path, fmt: ExportFormat
) -> None:
    out = tmp_path / ("export.csv" if fmt.startswith("csv") else "export.vcf")
    export_contacts(library, None, fmt, out)
    with open_library(tmp_path / "other") as other:
        first = import_contacts(other, out)
        assert [e.outcome for e in first.entries] == [Outcome.ADDED] * 3, first.entries
        second = import_contacts(other, out)
        assert [e.outcome for e in second.entries] == [Outcome.ALREADY_THERE] * 3
        assert (
            second.summary() == "0 added, 0 updated, 3 already in the library, 0 could not be read."
        )
        moved = Contacts(other).list_contacts()
        assert len(moved) == 3
        anna = next(c for c in moved if c.given_name == "Anna")
        assert anna.interested_in == ANNA.interested_in
        assert anna.met_on == ANNA.met_on
        assert anna.event_id == Events(other).get_or_create("Hannover Messe").id
        assert [p.number for p in anna.phones] == ["+493012345678", "+4915112345678"]
        assert anna.emails == ANNA.emails
        assert anna.company == ANNA.company


def test_a_contact_edited_elsewhere_comes_back_as_an_update_of_itself(
    library: Library, contacts: Contacts, filled: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "anna.vcf"
    export_contacts(library, [filled["anna"]], "vcf", out)
    text = out.read_text(encoding="utf-8")
    edited = text.replace("TITLE:Head of Procurement", "TITLE:Chief Procurement Officer")
    edited = edited.replace("EMAIL:anna@example.de", "EMAIL:anna@new.example")
    out.write_text(edited, encoding="utf-8")

    report = import_contacts(library, out)
    assert [(e.outcome, e.contact_id) for e in report.entries] == [
        (Outcome.UPDATED, filled["anna"])
    ]
    assert report.entries[0].message == "Anna Müller (entry 1) was updated."
    anna = contacts.get_contact(filled["anna"])
    assert anna is not None
    assert (anna.title, anna.emails) == ("Chief Procurement Officer", ["anna@new.example"])
    # What the other program does not hold stays: the number as printed on the card.
    assert anna.phones[0].printed == "030 / 123 456-78"
    assert contacts.count() == 3


def test_files_from_phones_come_in_and_never_twice(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "phone.vcf"
    path.write_bytes((APPLE + GOOGLE + OUTLOOK).encode("utf-8"))
    first = import_contacts(library, path, region="GB")
    assert [e.outcome for e in first.entries] == [Outcome.ADDED] * 3
    assert first.entries[1].message == "Ben Okafor (entry 2) was added."
    again = import_contacts(library, path, region="GB")
    assert [e.outcome for e in again.entries] == [Outcome.ALREADY_THERE] * 3
    assert Contacts(library).count() == 3


def test_an_entry_with_no_uid_email_or_phone_is_not_doubled(
    library: Library, tmp_path: Path
) -> None:
    path = tmp_path / "bare.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Just A Name\r\nEND:VCARD\r\n")
    assert import_contacts(library, path).entries[0].outcome is Outcome.ADDED
    assert import_contacts(library, path).entries[0].outcome is Outcome.ALREADY_THERE
    assert Contacts(library).count() == 1


def test_someone_already_scanned_is_not_added_again(
    library: Library, contacts: Contacts, tmp_path: Path
) -> None:
    scanned = contacts.save_new_contact(Contact(given_name="Ben", emails=["BEN@nordwind.example"]))
    path = tmp_path / "google.vcf"
    path.write_text(GOOGLE, encoding="utf-8")
    (entry,) = import_contacts(library, path).entries
    assert (entry.outcome, entry.contact_id) == (Outcome.ALREADY_THERE, scanned)
    assert (
        entry.message
        == "Ben Okafor (entry 1) is already in the library with the same email or phone."
    )


def test_a_contact_in_the_trash_stays_there(
    library: Library, contacts: Contacts, filled: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "ben.vcf"
    export_contacts(library, [filled["ben"]], "vcf", out)
    contacts.soft_delete([filled["ben"]])
    (entry,) = import_contacts(library, out).entries
    assert entry.outcome is Outcome.ALREADY_THERE
    assert (
        entry.message == "Ben Okafor (entry 1) is in the trash: restore it from there to keep it."
    )
    assert contacts.count() == 2


def test_bad_entries_fail_alone(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "mixed.vcf"
    broken = "BEGIN:VCARD\r\nVERSION:3.0\r\nno colon here\r\nEND:VCARD\r\n"
    path.write_bytes((GOOGLE + broken + APPLE).encode("utf-16"))
    report = import_contacts(library, path)
    assert [e.outcome for e in report.entries] == [Outcome.ADDED, Outcome.FAILED, Outcome.ADDED]
    assert report.entries[1].message.startswith("Entry 2 could not be read: ")
    assert report.summary() == "2 added, 0 updated, 0 already in the library, 1 could not be read."


@pytest.mark.parametrize(
    ("name", "content", "sentence"),
    [
        ("empty.vcf", b"", "empty.vcf holds no contacts."),
        ("notes.txt", b"hello", "notes.txt is not a .vcf or .csv file of contacts."),
        ("text.vcf", b"just some text\n", "text.vcf holds no contacts."),
    ],
)
def test_a_file_that_is_no_contacts_file_is_refused_in_one_sentence(
    library: Library, tmp_path: Path, name: str, content: bytes, sentence: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ExchangeError) as refused:
        import_contacts(library, path)
    assert str(refused.value) == sentence


def test_a_missing_file_is_refused_in_one_sentence(library: Library, tmp_path: Path) -> None:
    with pytest.raises(ExchangeError, match=r"gone\.vcf could not be read: no such file"):
        import_contacts(library, tmp_path / "gone.vcf")


def test_a_csv_is_read_the_way_the_user_mapped_its_columns(
    library: Library, contacts: Contacts, tmp_path: Path
) -> None:
    path = tmp_path / "crm.csv"
    path.write_text("Who,Firm,Reach\nAnna Müller,Example GmbH,anna@example.de\n", encoding="utf-8")
    mapping = {"Who": "full_name", "Firm": "company", "Reach": "email"}
    (entry,) = import_contacts(library, path, mapping=mapping).entries
    assert entry.outcome is Outcome.ADDED
    assert entry.contact_id is not None
    saved = contacts.get_contact(entry.contact_id)
    assert (saved.full_name, saved.company, saved.emails) == (
        "Anna Müller",
        "Example GmbH",
        ["anna@example.de"],
    )


def test_a_disk_full_mid_import_keeps_whole_contacts_and_the_rest_come_in_later(
    library: Library, contacts: Contacts, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(contact_exchange, "ENTRIES_PER_COMMIT", 50)
    people = [
        Contact(given_name=f"Person {n}", emails=[f"p{n}@example.com"], notes="x" * 300)
        for n in range(300)
    ]
    path = tmp_path / "many.vcf"
    path.write_bytes(contacts_to_vcf([VCardContact(p) for p in people], "4.0"))
    (pages,) = library.connection.execute("PRAGMA page_count").fetchone()
    library.connection.execute(f"PRAGMA max_page_count = {pages + 60}")

    with pytest.raises(LibraryError) as full:
        import_contacts(library, path)
    assert str(full.value).startswith("The disk that holds the library folder")
    saved = contacts.list_contacts()
    assert 0 < len(saved) < 300
    assert len(saved) % 50 == 0
    for contact in saved:
        assert contact.emails == [f"p{contact.given_name.split()[1]}@example.com"]
        assert contact.notes == "x" * 300
    assert all(c.id in contacts.search(c.given_name, limit=None) for c in saved)

    library.connection.execute("PRAGMA max_page_count = 1000000")
    again = import_contacts(library, path)
    assert again.count(Outcome.ADDED) == 300 - len(saved)
    assert again.count(Outcome.ALREADY_THERE) == len(saved)
    assert contacts.count() == 300


def test_an_import_tells_its_progress_after_each_commit(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(contact_exchange, "ENTRIES_PER_COMMIT", 50)
    people = [Contact(given_name=f"Person {n}", emails=[f"p{n}@example.com"]) for n in range(120)]
    path = tmp_path / "many.vcf"
    path.write_bytes(contacts_to_vcf([VCardContact(p) for p in people], "3.0"))
    told: list[tuple[int, int]] = []
    report = import_contacts(library, path, progress=lambda done, total: told.append((done, total)))
    assert told == [(50, 120), (100, 120), (120, 120)]
    assert report.count(Outcome.ADDED) == 120


def test_one_person_twice_in_a_file_is_added_then_updated(
    library: Library, contacts: Contacts, tmp_path: Path
) -> None:
    first = Contact(given_name="Anna", family_name="Koch", title="Buyer", uid="anna-1")
    later = replace(first, title="Head of Buying", notes="Promoted in May")
    path = tmp_path / "twice.vcf"
    path.write_bytes(contacts_to_vcf([VCardContact(first), VCardContact(later)], "4.0"))
    report = import_contacts(library, path)
    assert [e.outcome for e in report.entries] == [Outcome.ADDED, Outcome.UPDATED]
    (anna,) = contacts.list_contacts()
    assert (anna.title, anna.notes) == ("Head of Buying", "Promoted in May")


ROUND_TRIP = [
    Contact(
        given_name="João",
        family_name="Silva; Souza",
        company="Padaria \\ Confeitaria, Ltda.",
        title="Sócio, gerente",
        address="Rua 15 de Novembro, 193 - Centro\n01013-001 São Paulo, SP\nBrasil",
        emails=["joao@padaria.example", "vendas@padaria.example"],
        phones=[
            Phone(PhoneKind.WORK, "+551131234567"),
            Phone(PhoneKind.MOBILE, "+5511912345678"),
            Phone(PhoneKind.FAX, "+551131234568"),
        ],
        websites=["https://padaria.example/?a=1,2;b=3"],
        tags=["Fornecedor", "São Paulo"],
        notes="Met at the stand\nMet at: not ours\nInterested in: everything, really; twice",
        interested_in="pão, café; leite",
        met_on=date(2024, 3, 9),
        needs_review=False,
    ),
    Contact(
        given_name="明",
        family_name="王",
        company="北京贸易有限公司",
        emails=["wang@example.cn"],
        phones=[Phone(PhoneKind.OTHER, "+861012345678")],
        notes="Met at: Canton Fair\nback\\slash, comma; semicolon",
        needs_review=False,
    ),
    Contact(
        given_name="Ελένη",
        family_name="Παπαδοπούλου",
        emails=["eleni@example.gr"],
        address="Οδός Ερμού 10, Αθήνα",
        tags=["VIP"],
        needs_review=False,
    ),
    Contact(company='=HYPERLINK("http://evil.example")', emails=["-info@example.com"]),
]


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_export_import_export_gives_the_same_file(
    library: Library, contacts: Contacts, tmp_path: Path, fmt: ExportFormat
) -> None:
    fair = Events(library).get_or_create("Feira, São Paulo; 2024")
    for contact in ROUND_TRIP:
        contacts.save_new_contact(replace(contact, event_id=fair.id if contact.met_on else None))
    suffix = ".csv" if fmt.startswith("csv") else ".vcf"
    first, second = tmp_path / f"first{suffix}", tmp_path / f"second{suffix}"
    export_contacts(library, None, fmt, first)
    with open_library(tmp_path / "other") as other:
        report = import_contacts(other, first)
        assert [e.outcome for e in report.entries] == [Outcome.ADDED] * len(ROUND_TRIP)
        export_contacts(other, None, fmt, second)
        joao = next(c for c in Contacts(other).list_contacts() if c.given_name == "João")
    assert without_rev(second) == without_rev(first)
    if fmt == "csv-outlook":  # Outlook's CSV has columns for the parts only, not the printed text
        assert joao.address_parts == split_address(ROUND_TRIP[0].address)
        assert joao.address_parts.city == "São Paulo"
    else:
        assert joao.address == ROUND_TRIP[0].address


def without_rev(path: Path) -> str:
    """The file's text but its REV lines: when the contact last changed in the library that
    wrote it, which for an imported contact is the import."""
    lines = path.read_bytes().decode("utf-8-sig").split("\r\n")
    return "\r\n".join(line for line in lines if not line.startswith("REV:"))


IMPORT_IN_A_CHILD = """
import json, re, sys, time
from pathlib import Path
from cardkeeper.app import contact_exchange
from cardkeeper.store.database import open_library
contact_exchange.CHARS_PER_PART = int(sys.argv[3])
start = time.monotonic()
with open_library(Path(sys.argv[2])) as library:
    report = contact_exchange.import_contacts(library, Path(sys.argv[1]))
status = Path("/proc/self/status").read_text()  # VmHWM: this program's peak, not its parent's
print(json.dumps({
    "seconds": time.monotonic() - start,
    "peak_mb": int(re.search(r"VmHWM:\\s*(\\d+) kB", status)[1]) / 1024,
    "entries": [[e.outcome, e.message] for e in report.entries],
}))
"""


def import_in_a_child(
    path: Path, library: Path, chars_per_part: int = contact_exchange.CHARS_PER_PART
) -> dict[str, Any]:
    """What importing the file did in a program of its own: its time, its peak memory, the
    outcomes."""
    child = subprocess.run(
        [sys.executable, "-c", IMPORT_IN_A_CHILD, str(path), str(library), str(chars_per_part)],
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    result: dict[str, Any] = json.loads(child.stdout)
    return result


@pytest.mark.parametrize(
    ("kind", "size", "read"),
    [
        ("line", 17 * 2**20, False),  # just over the 16 MB limit
        ("photo", 17 * 2**20, False),
        ("soft breaks", 3 * 2**20, True),  # a long chain that is no contact's too big a note
    ],
)
def test_a_vcard_import_stays_small_and_quick_whatever_an_entry_holds(
    tmp_path: Path, kind: str, size: int, read: bool
) -> None:
    path = tmp_path / "hostile.vcf"
    path.write_text(small("Before") + oversized(kind, size) + small("After"), encoding="utf-8")
    result = import_in_a_child(path, tmp_path / "library")
    assert result["entries"][0] == ["added", "Before (entry 1) was added."]
    assert result["entries"][2] == ["added", "After (entry 3) was added."]
    if read:
        assert result["entries"][1] == ["added", "Huge (entry 2) was added."]
    else:
        assert result["entries"][1] == [
            "failed",
            "Entry 2 is larger than 16 MB, more than any contact holds, so it was left out.",
        ]
    assert result["peak_mb"] < 1024
    assert result["seconds"] < 10, "linear in the entry: about a second on a laptop"


def test_a_big_vcard_import_holds_a_few_parts_never_the_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "photos.vcf"
    photo = "PHOTO;ENCODING=b;TYPE=JPEG:" + "QUJD" * (2**20 // 2) + "\r\nEND:VCARD"
    with path.open("w", encoding="utf-8") as file:  # 100 MB: 50 contacts with a 2 MB photo each
        for n in range(50):
            file.write(small(f"P{n}").replace("END:VCARD", photo))
    result = import_in_a_child(path, tmp_path / "library", chars_per_part=4 * 2**20)
    assert [outcome for outcome, _ in result["entries"]] == ["added"] * 50
    assert result["peak_mb"] < path.stat().st_size / 2**20


CSV_HEADER = "First Name,Last Name,Notes\r\n"


def csv_row(name: str, notes: str = "") -> str:
    return f"{name},Test,{notes}\r\n"


@pytest.mark.parametrize("kind", ["cell", "unclosed quote"])
def test_a_csv_import_stays_small_and_quick_whatever_a_row_holds(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "hostile.csv"
    with path.open("w", encoding="utf-8", newline="") as file:
        file.write(CSV_HEADER + csv_row("Before"))
        if kind == "cell":  # one 50 MB cell, then a normal row
            file.write("Huge,Test,")
            for _ in range(50):
                file.write("é" * 2**19)  # 1 MB of UTF-8
            file.write("\r\n" + csv_row("After"))
        else:  # a quote opened and never closed: 50 MB of lines to the end of the file
            file.write('Huge,Test,"')
            for _ in range(50 * 2**10):
                file.write("x" * 1022 + "\r\n")
    result = import_in_a_child(path, tmp_path / "library")
    assert result["entries"][0] == ["added", "Before Test (row 2) was added."]
    if kind == "cell":
        assert result["entries"][1:] == [
            ["failed", "Row 3 is too long for a contact, so it was left out."],
            ["added", "After Test (row 4) was added."],
        ]
    else:
        assert result["entries"][1:] == [
            [
                "failed",
                "Row 3 opens a quote that is never closed, so it and the rows after it were not "
                "read.",
            ]
        ]
    assert result["peak_mb"] < 100, "a few MB over the program itself (some 30 MB)"
    assert result["seconds"] < 10, "linear in the file: about a second on a laptop"


def test_a_big_csv_import_holds_a_few_parts_never_the_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    note = "n" * 100_000  # under the 128 kB a cell may hold
    with path.open("w", encoding="utf-8", newline="") as file:  # 200 MB: 2,000 contacts
        file.write(CSV_HEADER)
        for n in range(2000):
            file.write(csv_row(f"P{n}", note))
    result = import_in_a_child(path, tmp_path / "library")
    assert [outcome for outcome, _ in result["entries"]] == ["added"] * 2000
    assert result["peak_mb"] < path.stat().st_size / 2**20 / 2
    assert result["seconds"] < 30
