"""Importing images into a real library: whole contacts, matches not doubled, bad files reported."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from PIL import Image

from cardkeeper.app.contact_from_reading import scanned_side
from cardkeeper.app.import_cards import ImportStatus, import_images
from cardkeeper.domain import Contact
from cardkeeper.errors import LibraryError
from cardkeeper.reading.pipeline import CardReading, ReadingOptions, read_photo
from cardkeeper.store.card_images import ImageRole
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import open_library
from cardkeeper.store.images import content_name
from tests.card_files import (
    write_desk_photo,
    write_scan,
    write_scan_without_email_or_phone,
    write_sheet,
)


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


def test_each_card_of_a_photo_of_several_is_its_own_contact_with_its_own_card(
    tmp_path: Path,
) -> None:
    sheet, truths = write_sheet(tmp_path / "photos", 2, 4)
    with open_library(tmp_path / "library") as library:
        results = list(import_images(library, [sheet], ReadingOptions()))

        assert [r.status for r in results] == [ImportStatus.ADDED] * 4
        assert [(r.card, r.cards) for r in results] == [(1, 4), (2, 4), (3, 4), (4, 4)]
        assert [r.where for r in results] == [f"{sheet.name}, card {n}" for n in range(1, 5)]
        contacts = Contacts(library)
        flattened, originals = set(), set()
        for result, truth in zip(results, truths, strict=True):
            assert result.contact_id is not None
            contact = contacts.get_contact(result.contact_id)
            assert contact is not None and contact.needs_review
            assert contact.emails == truth.emails
            images = contacts.card_details(result.contact_id).images
            flattened |= {i.file_name for i in images if i.role is ImageRole.FLATTENED}
            originals |= {i.file_name for i in images if i.role is ImageRole.ORIGINAL}
        assert len(flattened) == 4  # each contact its own card
        assert len(originals) == 1  # and the photo they were all in

        again = list(import_images(library, [sheet], ReadingOptions()))

        assert [r.status for r in again] == [ImportStatus.MATCHED] * 4
        assert [r.matches for r in again] == [(r.contact_id,) for r in results]
        assert contacts.count() == 4


def test_a_photo_of_several_cards_is_saved_whole_or_not_at_all(tmp_path: Path) -> None:
    """A save that fails at the last card undoes the photo's first cards too; importing it
    again, once the folder is fixed, saves all of them and leaves no file behind."""
    sheet, _ = write_sheet(tmp_path / "photos", 2, 3, "lid")
    readings = read_photo(sheet)
    flattened = [
        content_name(scanned_side(r, None).flattened.data)
        for r in readings
        if isinstance(r, CardReading)
    ]
    original = content_name(sheet.read_bytes())
    last = flattened[-1][:2]
    assert last not in {name[:2] for name in [*flattened[:-1], original]}
    with open_library(tmp_path / "library") as library:
        blocker = library.images.folder / last
        blocker.parent.mkdir(parents=True, exist_ok=True)
        blocker.write_text("a file where the last card's folder goes")  # mkdir fails there

        with pytest.raises(LibraryError):
            list(import_images(library, [sheet], ReadingOptions()))

        assert Contacts(library).count() == 0
        blocker.unlink()
        results = list(import_images(library, [sheet], ReadingOptions()))

        assert [r.status for r in results] == [ImportStatus.ADDED] * 3
        assert Contacts(library).count() == 3
        stored = {p.name for p in library.images.folder.rglob("*") if p.is_file()}
        assert stored == {*flattened, original}
