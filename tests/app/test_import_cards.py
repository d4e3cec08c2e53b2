"""Importing images into a real library: whole contacts, matches not doubled, bad files reported."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

from PIL import Image

from cardkeeper.app.import_cards import ImportStatus, import_images
from cardkeeper.domain import Contact
from cardkeeper.reading.pipeline import ReadingOptions
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import open_library
from tests.card_files import write_desk_photo, write_scan, write_scan_without_email_or_phone


def test_folder_import_adds_cards_and_reports_each_problem(tmp_path: Path) -> None:
    photos = tmp_path / "trip"
    first, first_truth = write_scan(photos, 3)
    second, second_truth = write_desk_photo(photos / "day 2", 21)
    shutil.copy(first, photos / "day 2" / "same-card-again.png")
    (photos / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    (photos / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    empty = tmp_path / "empty folder"
    empty.mkdir()

    with open_library(tmp_path / "library") as library:
        results = list(
            import_images(library, [photos, empty], ReadingOptions(), event="Web Summit 2026")
        )
        contacts = Contacts(library)
        by_name = {r.path.name: r for r in results}

        assert by_name["empty folder"].status is ImportStatus.FAILED
        assert "holds no images" in by_name["empty folder"].message
        assert by_name["broken.jpg"].status is ImportStatus.FAILED
        assert ".DS_Store" not in by_name
        assert by_name[second.name].status is ImportStatus.ADDED
        # The folder is read in name order: "day 2/same-card-again.png" comes first.
        copy, original = by_name["same-card-again.png"], by_name[first.name]
        assert copy.status is ImportStatus.ADDED
        assert original.status is ImportStatus.MATCHED
        assert original.matches == (copy.contact_id,)
        assert original.message.startswith("Not added: this card was imported before, as ")

        saved = contacts.list_contacts()
        assert sorted(c.emails[0] for c in saved) == sorted(
            [first_truth.emails[0], second_truth.emails[0]]
        )
        for contact in saved:
            assert contact.needs_review
            assert contact.event_id is not None
            assert contact.id is not None
            details = contacts.card_details(contact.id)
            assert {i.role for i in details.images} == {"flattened", "original"}
            assert all(i.path.is_file() for i in details.images)
            assert details.card_text
            assert any(w.field == "email" for words in details.words.values() for w in words)
        assert contacts.search(first_truth.family_name[:4]) != []


def test_cancel_keeps_the_cards_already_read(tmp_path: Path) -> None:
    photos = tmp_path / "photos"
    for seed in (3, 5, 8, 13, 21, 34):
        write_scan(photos, seed)
    cancel = threading.Event()
    with open_library(tmp_path / "library") as library:
        results = []
        for result in import_images(library, [photos], ReadingOptions(), jobs=1, cancel=cancel):
            results.append(result)
            cancel.set()
        added = [r for r in results if r.status is ImportStatus.ADDED]
        assert 1 <= len(results) < 6
        assert len(Contacts(library).list_contacts()) == len(added)


def test_a_card_that_may_be_someone_already_there_is_saved_for_review(tmp_path: Path) -> None:
    """The GUI's import: another photo of a card like one there is kept; review offers to merge."""
    card, truth = write_scan(tmp_path / "photos", 3)
    again, same_truth = write_desk_photo(tmp_path / "photos", 3)
    assert same_truth == truth
    with open_library(tmp_path / "library") as library:
        contacts = Contacts(library)
        typed = contacts.save_new_contact(
            Contact(
                given_name="Inaki",
                family_name="Jimenez",
                company="Ediciones Alba",
                emails=["inaki@example.com"],
                needs_review=False,
            )
        )

        first, second = import_images(library, [card, again], ReadingOptions())

        assert first.status is second.status is ImportStatus.ADDED
        assert first.matches == (typed,)
        assert first.message == (
            "Added Dr. Iñaki Jiménez; Inaki Jimenez (same name and company) is already in the"
            " library — merge them in the review inbox."
        )
        assert second.matches == (first.contact_id, typed)
        assert second.message == (
            f"Added Dr. Iñaki Jiménez; Dr. Iñaki Jiménez (same email {truth.emails[0]}) and 1 more"
            " are already in the library — merge them in the review inbox."
        )
        saved = contacts.get_contacts([first.contact_id or 0, second.contact_id or 0])
        assert [c.needs_review for c in saved] == [True, True]
        assert contacts.count() == 3


def test_an_image_with_nothing_read_is_reported_not_saved(tmp_path: Path) -> None:
    photos = tmp_path / "photos"
    photos.mkdir()
    Image.new("RGB", (1, 1), "white").save(photos / "dot.png")
    Image.new("RGB", (1600, 1000), "white").save(photos / "blank.png")
    card, truth = write_scan(photos, 3)
    with open_library(tmp_path / "library") as library:
        results = {r.path.name: r for r in import_images(library, [photos], ReadingOptions())}

        for name in ("dot.png", "blank.png"):
            assert results[name].status is ImportStatus.FAILED
            assert results[name].message == (
                f"No text could be read in {name}, so no contact was made from it."
            )
        assert results[card.name].status is ImportStatus.ADDED
        assert [c.emails for c in Contacts(library).list_contacts()] == [truth.emails]


def test_the_same_cards_imported_twice_are_saved_once(tmp_path: Path) -> None:
    """A card with no email and no phone is known again by its image, or by its text."""
    photos = tmp_path / "photos"
    write_desk_photo(photos, 21)
    plain = [write_scan_without_email_or_phone(photos, seed) for seed in (5, 8)]
    with open_library(tmp_path / "library") as library:
        first = list(import_images(library, [photos], ReadingOptions()))
        assert [r.status for r in first] == [ImportStatus.ADDED] * 3
        # A copy saved again by another program: other bytes, the same card.
        copy = tmp_path / "again" / "copy.png"
        copy.parent.mkdir()
        Image.open(plain[0]).save(copy, optimize=True)
        assert copy.read_bytes() != plain[0].read_bytes()

        second = list(import_images(library, [photos, copy], ReadingOptions()))

        assert [r.status for r in second] == [ImportStatus.MATCHED] * 4
        added = {r.path.name: r.contact_id for r in first}
        for result in second:
            name = "no-email-5.png" if result.path == copy else result.path.name
            assert result.matches == (added[name],)
        assert second[-1].message.startswith("Not added: this card was imported before, as ")
        assert Contacts(library).count() == 3


def test_the_same_image_is_never_saved_twice(tmp_path: Path) -> None:
    """The same photo, copied or imported again, is the same card."""
    card, _ = write_scan(tmp_path / "photos", 3)
    copy = tmp_path / "copied" / "IMG_0001.png"
    copy.parent.mkdir()
    shutil.copy(card, copy)
    with open_library(tmp_path / "library") as library:
        first, second = import_images(library, [card, copy], ReadingOptions())
        [third] = import_images(library, [card], ReadingOptions())

        assert first.status is ImportStatus.ADDED
        for again in (second, third):
            assert again.status is ImportStatus.MATCHED
            assert again.contact_id is None
            assert again.matches == (first.contact_id,)
            assert (
                again.message == "Not added: this card was imported before, as Dr. Iñaki Jiménez."
            )
        assert Contacts(library).count() == 1
