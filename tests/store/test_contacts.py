from __future__ import annotations

import re
import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from cardkeeper.domain import Contact, Phone, PhoneKind
from cardkeeper.errors import LibraryError
from cardkeeper.reading.words import Box, Word
from cardkeeper.store.card_images import ImageRole, ScannedSide, Side
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from cardkeeper.store.events import Events
from cardkeeper.store.images import content_name

from .conftest import full_contact, scanned_side, sha256_of


def test_a_full_contact_comes_back_as_it_was_saved(contacts: Contacts, library: Library) -> None:
    event = Events(library).get_or_create("Hannover Messe")
    contact = replace(full_contact(), event_id=event.id, uid="urn:uuid:2b7c-from-a-phone")
    contact_id = contacts.save_new_contact(contact)

    found = contacts.get_contact(contact_id)
    assert found is not None
    assert found.created_at is not None
    assert found.created_at == found.updated_at
    assert abs(found.created_at - datetime.now(UTC)) < timedelta(minutes=1)
    assert found == replace(
        contact, id=contact_id, created_at=found.created_at, updated_at=found.updated_at
    )


def test_a_given_creation_time_is_kept(contacts: Contacts) -> None:
    when = datetime(2019, 3, 4, 5, 6, 7, tzinfo=UTC)
    contact_id = contacts.save_new_contact(Contact(given_name="Old", created_at=when))
    found = contacts.get_contact(contact_id)
    assert found is not None
    assert found.created_at == when


def test_what_the_reader_found_is_kept_with_the_contact(contacts: Contacts) -> None:
    side = scanned_side()
    back = ScannedSide(flattened=scanned_side(seed=2).flattened, side=Side.BACK)
    contact_id = contacts.save_new_contact(
        full_contact(),
        [side, back],
        confidences={"name": 0.93, "company": 0.71},
        card_text="Dr. Anna Müller\nExample GmbH",
        socials=["linkedin.com/in/anna", "@anna"],
    )
    details = contacts.card_details(contact_id)
    assert [(i.side, i.role) for i in details.images] == [
        (Side.FRONT, ImageRole.FLATTENED),
        (Side.FRONT, ImageRole.ORIGINAL),
        (Side.BACK, ImageRole.FLATTENED),
    ]
    flattened = details.images[0]
    assert (flattened.width, flattened.height) == (1000, 600)
    assert flattened.path.read_bytes() == side.flattened.data
    assert details.images[1].path.read_bytes() == side.original.data  # type: ignore[union-attr]
    assert [w.word for w in details.words[flattened.id]] == list(side.words)
    assert [w.field for w in details.words[flattened.id]] == ["name", "name", "email"]
    assert details.words.get(details.images[2].id) is None
    assert details.confidences == {"name": 0.93, "company": 0.71}
    assert details.socials == ["linkedin.com/in/anna", "@anna"]
    assert details.card_text == "Dr. Anna Müller\nExample GmbH"


def test_image_files_are_complete_on_disk_before_their_row_commits(
    contacts: Contacts, library: Library
) -> None:
    """Watch every statement: when a card_images row is inserted, its file is already whole."""
    side = scanned_side(size=300_000)
    expected = {side.flattened.data, side.original.data}  # type: ignore[union-attr]
    observer = sqlite3.connect(library.database_path)
    checked: list[str] = []

    def at_statement(statement: str) -> None:
        if statement.startswith("INSERT INTO card_images"):
            name = re.search(r"'([0-9a-f]{64})\.(png|jpg)'", statement)
            assert name is not None
            path = library.images.path(f"{name[1]}.{name[2]}")
            assert sha256_of(path) == name[1]
            assert path.read_bytes() in expected
            # ...and the row is not committed yet: another connection sees no image.
            assert observer.execute("SELECT count(*) FROM card_images").fetchone() == (0,)
            checked.append(name[1])

    library.connection.set_trace_callback(at_statement)
    contacts.save_new_contact(full_contact(), [side])
    library.connection.set_trace_callback(None)
    observer.close()
    assert len(checked) == 2


def test_a_failed_import_saves_nothing_of_the_contact(contacts: Contacts, library: Library) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        contacts.save_new_contact(full_contact(), [scanned_side()], confidences={"name": 1.5})
    for table in ("contacts", "emails", "phones", "tags", "card_images", "ocr_words"):
        (count,) = library.connection.execute(f"SELECT count(*) FROM {table}").fetchone()
        assert count == 0, table
    assert contacts.search("anna") == []


def test_a_saved_contact_cannot_be_saved_as_new_again(contacts: Contacts) -> None:
    contact_id = contacts.save_new_contact(Contact(given_name="Anna"))
    with pytest.raises(ValueError, match="already saved"):
        contacts.save_new_contact(Contact(given_name="Anna", id=contact_id))


def test_an_update_replaces_fields_and_lists_and_keeps_the_card(contacts: Contacts) -> None:
    contact_id = contacts.save_new_contact(
        full_contact(), [scanned_side()], confidences={"name": 0.5}
    )
    before = contacts.get_contact(contact_id)
    assert before is not None
    edited = replace(
        before,
        family_name="Schmidt",
        emails=["anna@new.example"],
        phones=[Phone(PhoneKind.FAX, "+4930999")],
        websites=[],
        tags=["customer"],
        needs_review=True,
    )
    contacts.update_contact(edited)
    after = contacts.get_contact(contact_id)
    assert after is not None
    assert after.updated_at is not None
    assert before.updated_at is not None
    assert after.updated_at > before.updated_at
    assert after == replace(edited, updated_at=after.updated_at)
    assert len(contacts.card_details(contact_id).images) == 2
    assert contacts.all_tags() == ["customer"]


def test_updating_a_contact_that_is_gone_says_so(contacts: Contacts) -> None:
    with pytest.raises(LibraryError, match="removed from the library"):
        contacts.update_contact(Contact(given_name="Ghost", id=404))


def test_matches_share_an_email_in_any_case_or_a_phone_number(contacts: Contacts) -> None:
    anna = contacts.save_new_contact(Contact(given_name="Anna", emails=["Anna@Example.DE"]))
    bernd = contacts.save_new_contact(
        Contact(given_name="Bernd", phones=[Phone(PhoneKind.MOBILE, "+4915112345678")])
    )
    contacts.save_new_contact(Contact(given_name="Carla", emails=["carla@example.de"]))

    rescan = Contact(
        emails=["anna@example.de"], phones=[Phone(PhoneKind.WORK, "+4915112345678", "0151…")]
    )
    assert contacts.find_matches(rescan) == [anna, bernd]
    assert contacts.find_matches(Contact(emails=["nobody@example.de"])) == []
    # A contact does not match itself; a deleted one is no match.
    itself = contacts.get_contact(anna)
    assert itself is not None
    assert contacts.find_matches(itself) == []
    contacts.soft_delete([bernd])
    assert contacts.find_matches(rescan) == [anna]


def test_soft_delete_moves_to_the_trash_and_undo_brings_back(contacts: Contacts) -> None:
    anna = contacts.save_new_contact(Contact(given_name="Anna"))
    bernd = contacts.save_new_contact(Contact(given_name="Bernd"))
    carla = contacts.save_new_contact(Contact(given_name="Carla"))
    assert contacts.soft_delete([carla]) == [carla]
    assert contacts.count() == 2

    deleted = contacts.soft_delete([anna, bernd, carla])
    assert deleted == [anna, bernd]  # Carla was already in the trash
    assert contacts.list_contacts() == []
    assert {c.given_name for c in contacts.list_contacts(deleted=True)} == {
        "Anna",
        "Bernd",
        "Carla",
    }
    assert contacts.get_contact(anna) is not None

    contacts.undelete(deleted)
    assert contacts.count() == 2
    assert [c.given_name for c in contacts.list_contacts()] == ["Bernd", "Anna"]
    assert [c.given_name for c in contacts.list_contacts(deleted=True)] == ["Carla"]


def test_purge_removes_old_trash_and_files_no_one_else_uses(contacts: Contacts) -> None:
    shared = scanned_side(seed=1)
    keep = contacts.save_new_contact(Contact(given_name="Keep"), [shared])
    twin = contacts.save_new_contact(Contact(given_name="Same photo"), [shared])
    alone = contacts.save_new_contact(Contact(given_name="Alone"), [scanned_side(seed=2)])
    alone_files = [i.path for i in contacts.card_details(alone).images]
    shared_files = [i.path for i in contacts.card_details(keep).images]

    contacts.soft_delete([twin, alone])
    assert contacts.purge_deleted(timedelta(days=30)) == 0
    assert contacts.purge_deleted(timedelta(0)) == 2

    assert contacts.get_contact(twin) is None
    assert contacts.get_contact(alone) is None
    assert contacts.get_contact(keep) is not None
    assert not any(path.exists() for path in alone_files)
    assert all(path.exists() for path in shared_files)


def test_contacts_are_listed_newest_first_and_filtered(
    contacts: Contacts, library: Library
) -> None:
    fair = Events(library).get_or_create("Fair")
    first = contacts.save_new_contact(Contact(given_name="First", tags=["vip"]))
    second = contacts.save_new_contact(Contact(given_name="Second", event_id=fair.id))
    third = contacts.save_new_contact(Contact(given_name="Third", tags=["VIP", "lead"]))

    assert [c.id for c in contacts.list_contacts()] == [third, second, first]
    assert [c.id for c in contacts.list_contacts(event_id=fair.id)] == [second]
    assert [c.id for c in contacts.list_contacts(tag="Vip")] == [third, first]
    assert [c.id for c in contacts.list_contacts(limit=1, offset=1)] == [second]
    assert contacts.all_tags() == ["lead", "vip"]  # one tag whatever its case, first spelling


def test_an_unknown_contact_is_none(contacts: Contacts) -> None:
    assert contacts.get_contact(404) is None


def test_a_back_scanned_later_joins_the_contact_and_replaces_an_earlier_back(
    contacts: Contacts, library: Library
) -> None:
    contact_id = contacts.save_new_contact(full_contact(), [scanned_side(1)], card_text="front")
    first_back = replace(scanned_side(2), side=Side.BACK)
    contacts.add_side(contact_id, first_back, card_text="Wir liefern europaweit")
    second_back = replace(scanned_side(3), side=Side.BACK)
    contacts.add_side(contact_id, second_back, card_text="")

    details = contacts.card_details(contact_id)
    assert sorted((i.side, i.role) for i in details.images) == sorted(
        (side, role) for side in (Side.FRONT, Side.BACK) for role in ImageRole
    )
    backs = [i for i in details.images if i.side is Side.BACK]
    assert {i.path.read_bytes() for i in backs} == {
        second_back.flattened.data,
        second_back.original.data,  # type: ignore[union-attr]
    }
    # The first back's files went with its rows; its words stay searchable.
    kept = {path.read_bytes() for path in library.images.folder.rglob("*") if path.is_file()}
    assert first_back.flattened.data not in kept
    assert contacts.search("europaweit") == [contact_id]


def test_a_side_read_again_replaces_its_text_and_keeps_the_other_sides(
    contacts: Contacts, library: Library
) -> None:
    contact_id = contacts.save_new_contact(full_contact(), [scanned_side(1)], card_text="Anna")
    back = replace(scanned_side(2), side=Side.BACK, words=[Word("Europaweit", Box(0, 0, 9, 9), 1)])
    contacts.add_side(contact_id, back, card_text="Europaweit")
    again = replace(
        scanned_side(3),
        words=[
            Word("Elbtal", Box(0, 0, 9, 9), 1, 1, 1, 1),
            Word("Software", Box(9, 0, 9, 9), 1, 1, 1, 1),
            Word("Dresden", Box(0, 9, 9, 9), 1, 1, 1, 2),
        ],
    )

    contacts.read_side_again(contact_id, again)

    assert contacts.card_details(contact_id).card_text == "Elbtal Software\nDresden\n\nEuropaweit"
    assert contacts.search("Elbtal") == contacts.search("Europaweit") == [contact_id]
    kept = {path.read_bytes() for path in library.images.folder.rglob("*") if path.is_file()}
    assert scanned_side(1).flattened.data not in kept


def test_a_back_for_a_contact_gone_says_so(contacts: Contacts) -> None:
    with pytest.raises(LibraryError, match="no longer in the library"):
        contacts.add_side(999, replace(scanned_side(2), side=Side.BACK))


def test_last_contacted_is_kept_and_an_edit_never_winds_it_back(contacts: Contacts) -> None:
    when = datetime(2024, 5, 17, 15, 0, tzinfo=UTC)
    contact_id = contacts.save_new_contact(Contact(given_name="Anna", last_contacted_at=when))
    loaded = contacts.get_contact(contact_id)
    assert loaded is not None
    assert loaded.last_contacted_at == when

    contacts.update_contact(replace(loaded, given_name="Ann", last_contacted_at=None))
    contacts.update_contact(replace(loaded, last_contacted_at=when - timedelta(days=3)))
    assert (found := contacts.get_contact(contact_id)) is not None
    assert found.last_contacted_at == when

    contacts.update_contact(replace(loaded, last_contacted_at=when + timedelta(days=1)))
    assert (found := contacts.get_contact(contact_id)) is not None
    assert found.last_contacted_at == when + timedelta(days=1)


def test_each_new_contact_gets_its_own_uid_and_is_found_by_it(contacts: Contacts) -> None:
    first = contacts.save_new_contact(Contact(given_name="Anna"))
    second = contacts.save_new_contact(Contact(given_name="Ben"))
    uids = [c.uid for c in contacts.get_contacts([first, second])]
    assert all(re.fullmatch(r"[0-9a-f]{32}", uid) for uid in uids)
    assert uids[0] != uids[1]

    found = contacts.find_by_uid(uids[1])
    assert found is not None
    assert found.id == second
    assert contacts.find_by_uid("no-such-uid") is None
    assert contacts.find_by_uid("") is None
    contacts.soft_delete([second])
    in_trash = contacts.find_by_uid(uids[1])
    assert in_trash is not None
    assert in_trash.id == second


def test_an_edit_without_a_uid_keeps_the_saved_one(contacts: Contacts) -> None:
    contact_id = contacts.save_new_contact(Contact(given_name="Anna", uid="from-google-1"))
    loaded = contacts.get_contact(contact_id)
    assert loaded is not None

    contacts.update_contact(replace(loaded, given_name="Ann", uid=""))
    found = _saved(contacts, contact_id)
    assert (found.given_name, found.uid) == ("Ann", "from-google-1")

    contacts.update_contact(replace(found, uid="from-icloud-2"))
    found = _saved(contacts, contact_id)
    assert found.uid == "from-icloud-2"


def test_a_uid_names_one_contact_only(contacts: Contacts) -> None:
    contacts.save_new_contact(Contact(given_name="Anna", uid="shared"))
    ben = contacts.save_new_contact(Contact(given_name="Ben"))
    with pytest.raises(LibraryError, match="already has the identity shared"):
        contacts.save_new_contact(Contact(given_name="Anna again", uid="shared"))
    loaded = contacts.get_contact(ben)
    assert loaded is not None
    with pytest.raises(LibraryError, match="already has the identity shared"):
        contacts.update_contact(replace(loaded, uid="shared"))
    assert contacts.count() == 2
    still = _saved(contacts, ben)
    assert still.uid == loaded.uid


def test_phone_labels_are_kept_in_order(contacts: Contacts) -> None:
    phones = [
        Phone(PhoneKind.WORK, "+493012345678", "030 123", "Assistant"),
        Phone(PhoneKind.OTHER, "+493087654321", "", "Home office"),
        Phone(PhoneKind.MOBILE, "+4915112345678"),
    ]
    contact_id = contacts.save_new_contact(Contact(given_name="Anna", phones=phones))
    found = _saved(contacts, contact_id)
    assert found.phones == phones
    contacts.update_contact(replace(found, phones=[replace(phones[0], label="Reception")]))
    found = _saved(contacts, contact_id)
    assert [p.label for p in found.phones] == ["Reception"]


def test_a_row_written_without_a_uid_still_gets_one(library: Library, contacts: Contacts) -> None:
    """Tools that write rows directly (the bench's fake library) leave no contact without one."""
    with library.transaction() as connection:
        connection.execute(
            "INSERT INTO contacts (id, given_name, created_at, updated_at)"
            " VALUES (41, 'Raw', '2024-01-01', '2024-01-01')"
        )
    found = contacts.get_contact(41)
    assert found is not None
    assert re.fullmatch(r"[0-9a-f]{32}", found.uid)


def _saved(contacts: Contacts, contact_id: int) -> Contact:
    found = contacts.get_contact(contact_id)
    assert found is not None
    return found


def test_the_same_card_is_found_by_its_image_files(contacts: Contacts) -> None:
    side = scanned_side(seed=1)
    first = contacts.save_new_contact(Contact(given_name="No email, no phone"), [side])
    gone = contacts.save_new_contact(Contact(given_name="In the trash"), [side])
    contacts.soft_delete([gone])
    assert side.original is not None

    assert contacts.find_same_card([content_name(side.original.data)]) == [first]
    assert contacts.find_same_card([content_name(side.flattened.data)]) == [first]
    assert contacts.find_same_card([content_name(scanned_side(seed=2).flattened.data)]) == []


def test_leftovers_of_a_save_cut_short_are_deleted_and_nothing_else(
    contacts: Contacts, library: Library
) -> None:
    kept = contacts.save_new_contact(Contact(given_name="Kept"), [scanned_side(seed=1)])
    kept_files = [image.path for image in contacts.card_details(kept).images]
    half = library.images.folder / "ab" / ".ab12cd34.partial"
    half.parent.mkdir(parents=True, exist_ok=True)
    half.write_bytes(b"\xff\xd8\xff" + b"\0" * 1000)
    orphan = library.images.folder / "cd" / ("cd" * 32 + ".jpg")
    orphan.parent.mkdir(parents=True, exist_ok=True)
    orphan.write_bytes(b"\xff\xd8\xff a card whose row never committed")
    users_own = library.images.folder / "ab" / "notes.txt"
    users_own.write_text("mine")

    assert contacts.delete_leftover_files() == 2

    assert not half.exists() and not orphan.exists()
    assert users_own.exists()
    assert all(path.exists() for path in kept_files)
    assert contacts.delete_leftover_files() == 0


def test_a_name_s_latin_reading_is_kept_and_replaced(contacts: Contacts) -> None:
    yamada = Contact(
        given_name="太郎", family_name="山田", reading_given="Taro", reading_family="Yamada"
    )
    contact_id = contacts.save_new_contact(yamada)
    found = contacts.get_contact(contact_id)
    assert found is not None
    assert (found.reading_given, found.reading_family) == ("Taro", "Yamada")
    contacts.update_contact(replace(found, reading_given="Tarō"))
    again = contacts.get_contact(contact_id)
    assert again is not None and again.reading_given == "Tarō"
