"""Merging a duplicate into a contact: what the result holds, and undo gives both back exactly."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

import pytest

from cardkeeper.app.merge_contacts import merge_contacts, merged, sequence_note, undo_merge
from cardkeeper.domain import (
    Activity,
    ActivityKind,
    AddressParts,
    Contact,
    FollowUp,
    FollowUpState,
    Phone,
    PhoneKind,
)
from cardkeeper.errors import LibraryError
from cardkeeper.store.activities import Activities
from cardkeeper.store.card_images import CardDetails, ScannedSide, Side
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from cardkeeper.store.events import Events
from cardkeeper.store.follow_ups import FollowUps, KeptSequence
from tests.store.conftest import full_contact, scanned_side


def work(number: str, printed: str = "") -> Phone:
    return Phone(PhoneKind.WORK, number, printed)


TARGET = Contact(
    id=1,
    given_name="Anna",
    family_name="Koch",
    full_name="Anna Koch",
    company="Elbtal GmbH",
    emails=["anna@elbtal.de"],
    phones=[work("+494012345", "040 12345")],
    websites=["www.elbtal.de"],
    tags=["Fair 2024"],
    notes="Wants a demo.",
    needs_review=False,
)
SOURCE = Contact(
    id=2,
    prefix="Dr.",
    given_name="Anne",
    family_name="Koch",
    full_name="Dr. Anne Koch",
    title="Head of Sales",
    company="Elbtal",
    address="Am Hafen 1, Hamburg",
    emails=["ANNA@elbtal.de", "a.koch@gmail.com"],
    phones=[work("+494012345", "+49 40 12345"), Phone(PhoneKind.MOBILE, "+4917012345")],
    websites=["WWW.elbtal.de", "koch.dev"],
    tags=["fair 2024", "VIP"],
    notes="Call after 3pm.",
    interested_in="cold-chain tracking",
    met_on=date(2024, 5, 17),
    event_id=7,
)


def test_the_target_wins_and_the_source_fills_in() -> None:
    result = merged(TARGET, SOURCE)
    assert result == replace(
        TARGET,
        prefix="Dr.",
        title="Head of Sales",
        address="Am Hafen 1, Hamburg",
        emails=["anna@elbtal.de", "a.koch@gmail.com"],
        phones=[work("+494012345", "040 12345"), Phone(PhoneKind.MOBILE, "+4917012345")],
        websites=["www.elbtal.de", "koch.dev"],
        tags=["Fair 2024", "VIP"],
        notes="Wants a demo.\n\nCall after 3pm.",
        interested_in="cold-chain tracking",
        met_on=date(2024, 5, 17),
        event_id=7,
    )
    assert (result.id, result.needs_review) == (1, False)


def test_merging_changes_neither_contact() -> None:
    target, source = replace(TARGET), replace(SOURCE)
    merged(target, source)
    assert (target, source) == (TARGET, SOURCE)


@pytest.mark.parametrize(
    ("target_notes", "source_notes", "expected"),
    [
        ("", "Call after 3pm.", "Call after 3pm."),
        ("Wants a demo.", "", "Wants a demo."),
        ("Wants a demo.", "Wants a demo.", "Wants a demo."),
        ("Wants a demo. Call after 3pm.", "Call after 3pm.", "Wants a demo. Call after 3pm."),
        ("Call", "Call after 3pm.", "Call after 3pm."),
        ("   ", "Call after 3pm.", "Call after 3pm."),
    ],
)
def test_notes_are_joined_only_when_each_says_something_new(
    target_notes: str, source_notes: str, expected: str
) -> None:
    result = merged(replace(TARGET, notes=target_notes), replace(SOURCE, notes=source_notes))
    assert result.notes == expected


def test_a_blank_target_field_is_filled() -> None:
    assert merged(replace(TARGET, title="  "), SOURCE).title == "Head of Sales"


@dataclass(frozen=True)
class Snapshot:
    """All of a contact a merge may touch, as the library holds it."""

    contact: Contact | None
    details: CardDetails
    in_trash: bool


def snapshot(library: Library, contact_id: int) -> Snapshot:
    contacts = Contacts(library)
    (deleted_at,) = library.connection.execute(
        "SELECT deleted_at FROM contacts WHERE id = ?", (contact_id,)
    ).fetchone()
    return Snapshot(
        contacts.get_contact(contact_id), contacts.card_details(contact_id), deleted_at is not None
    )


def save_pair(contacts: Contacts, library: Library, *, target_card: bool) -> tuple[int, int]:
    event = Events(library).get_or_create("Hannover Messe")
    target_id = contacts.save_new_contact(
        replace(TARGET, id=None, event_id=None),
        [scanned_side(seed=1)] if target_card else [],
        confidences={"name": 0.9} if target_card else None,
        card_text="Anna Koch Elbtal" if target_card else "",
        socials=["@annakoch"],
    )
    back = ScannedSide(flattened=scanned_side(seed=3).flattened, side=Side.BACK)
    source_id = contacts.save_new_contact(
        replace(SOURCE, id=None, event_id=event.id),
        [scanned_side(seed=2), back],
        confidences={"name": 0.5, "email": 0.8},
        card_text="Dr. Anne Koch Head of Sales",
        socials=["@annakoch", "linkedin.com/in/annakoch"],
    )
    return target_id, source_id


def test_merge_then_undo_gives_back_both_contacts_exactly(
    contacts: Contacts, library: Library
) -> None:
    target_id, source_id = save_pair(contacts, library, target_card=True)
    before = snapshot(library, target_id), snapshot(library, source_id)

    record = merge_contacts(library, target_id, source_id)

    target, source = snapshot(library, target_id), snapshot(library, source_id)
    assert target.contact is not None and before[0].contact is not None
    assert target.contact.emails == ["anna@elbtal.de", "a.koch@gmail.com"]
    assert target.contact.title == "Head of Sales"
    assert target.contact.updated_at != before[0].contact.updated_at
    assert target.details.socials == ["@annakoch", "linkedin.com/in/annakoch"]
    # The target keeps its own card as card 1 and holds the source's, both sides, as card 2.
    own, theirs = before[0].details.images, before[1].details.images
    assert target.details.images == [*own, *(replace(image, card=2) for image in theirs)]
    assert {image.side for image in theirs} == {Side.FRONT, Side.BACK}
    assert target.details.words == {**before[0].details.words, **before[1].details.words}
    assert target.details.card_text == "Anna Koch Elbtal\n\nDr. Anne Koch Head of Sales"
    assert source.in_trash and source.details.images == [] and source.details.words == {}
    assert contacts.search("gmail") == [target_id]
    assert contacts.search("head sales") == [target_id]
    assert contacts.search("Anne") == [target_id], "the source's card text came along"
    assert record.moved_image_ids == tuple(sorted(image.id for image in theirs))

    undo_merge(library, record)

    assert (snapshot(library, target_id), snapshot(library, source_id)) == before
    assert contacts.search("gmail") == [source_id]
    assert sorted(contacts.search("koch")) == [target_id, source_id]


def test_a_contact_without_a_card_gets_the_source_card_with_its_words(
    contacts: Contacts, library: Library
) -> None:
    target_id, source_id = save_pair(contacts, library, target_card=False)
    before = snapshot(library, target_id), snapshot(library, source_id)
    source_images = before[1].details.images

    record = merge_contacts(library, target_id, source_id)

    target, source = snapshot(library, target_id), snapshot(library, source_id)
    assert record.moved_image_ids == tuple(sorted(image.id for image in source_images))
    assert target.details.images == source_images
    assert target.details.words == before[1].details.words != {}
    assert target.details.card_text == "Dr. Anne Koch Head of Sales"
    assert all(image.path.is_file() for image in target.details.images)
    assert source.details.images == [] and source.details.words == {}
    assert contacts.search("head sales") == [target_id]

    undo_merge(library, record)

    assert (snapshot(library, target_id), snapshot(library, source_id)) == before
    assert contacts.search("head sales") == [source_id]


def test_merge_again_after_undo_as_redo_does(contacts: Contacts, library: Library) -> None:
    target_id, source_id = save_pair(contacts, library, target_card=False)
    undo_merge(library, merge_contacts(library, target_id, source_id))
    record = merge_contacts(library, target_id, source_id)
    assert snapshot(library, source_id).in_trash
    assert record.moved_image_ids != ()
    assert snapshot(library, target_id).details.images != []


def test_a_merge_that_fails_half_way_changes_nothing(contacts: Contacts, library: Library) -> None:
    target_id, source_id = save_pair(contacts, library, target_card=False)
    before = snapshot(library, target_id), snapshot(library, source_id)
    # The last step, moving the source to the trash, fails after everything else was written.
    library.connection.execute(
        "CREATE TRIGGER refuse_trash BEFORE UPDATE OF deleted_at ON contacts"
        " BEGIN SELECT RAISE(ABORT, 'the disk went away'); END"
    )

    with pytest.raises(sqlite3.IntegrityError, match="the disk went away"):
        merge_contacts(library, target_id, source_id)

    assert (snapshot(library, target_id), snapshot(library, source_id)) == before
    assert contacts.search("gmail") == [source_id]


def test_a_contact_in_the_trash_is_not_merged(contacts: Contacts, library: Library) -> None:
    target_id, source_id = save_pair(contacts, library, target_card=True)
    contacts.soft_delete([source_id])
    with pytest.raises(LibraryError, match="deleted meanwhile"):
        merge_contacts(library, target_id, source_id)
    with pytest.raises(ValueError, match="into itself"):
        merge_contacts(library, target_id, target_id)


def test_an_every_field_contact_survives_merge_and_undo(
    contacts: Contacts, library: Library
) -> None:
    """Quotes, newlines, emoji and two phones go through the merge's writes and back."""
    target_id = contacts.save_new_contact(full_contact())
    source_id = contacts.save_new_contact(Contact(given_name="Other", emails=["x@y.z"]))
    before = snapshot(library, target_id), snapshot(library, source_id)
    record = merge_contacts(library, target_id, source_id)
    merged_target = contacts.get_contact(target_id)
    assert merged_target is not None
    assert merged_target.emails == [*full_contact().emails, "x@y.z"]
    assert merged_target.given_name == full_contact().given_name
    undo_merge(library, record)
    assert (snapshot(library, target_id), snapshot(library, source_id)) == before


NOW = datetime(2024, 5, 20, 9, 30, tzinfo=UTC)


def _state(library: Library, *contact_ids: int) -> tuple[object, ...]:
    """Each contact's follow-ups, activity log and "last contacted", as the library has them."""
    contacts = Contacts(library)
    return tuple(
        (
            FollowUps(library).for_contact(contact_id),
            Activities(library).for_contact(contact_id),
            (contacts.get_contact(contact_id) or Contact()).last_contacted_at,
        )
        for contact_id in contact_ids
    )


def _open_steps(library: Library, contact_id: int) -> list[tuple[int, str]]:
    return [
        (f.step, f.reason)
        for f in FollowUps(library).for_contact(contact_id)
        if f.state in (FollowUpState.PENDING, FollowUpState.SNOOZED)
    ]


def _sequence_at(library: Library, contact_id: int, step: int, who: str) -> None:
    """Steps 1 .. step-1 done, ``step`` open, as working the queue leaves them."""
    follow_ups = FollowUps(library)
    for done in range(1, step):
        follow_ups.add(
            FollowUp(
                contact_id,
                date(2024, 5, done),
                step=done,
                reason=f"{who} {done}",
                state=FollowUpState.DONE,
                state_changed_at=NOW,
            )
        )
    follow_ups.add(FollowUp(contact_id, date(2024, 6, 1), step=step, reason=f"{who} {step}"))


@pytest.mark.parametrize(
    ("target_step", "source_step", "kept", "open_after"),
    [
        (None, None, KeptSequence.NONE, []),
        (2, None, KeptSequence.TARGET, [(2, "kept 2")]),
        (None, 2, KeptSequence.SOURCE, [(2, "card 2")]),
        (2, 2, KeptSequence.TARGET_FURTHER, [(2, "kept 2")]),
        (3, 1, KeptSequence.TARGET_FURTHER, [(3, "kept 3")]),
        (1, 3, KeptSequence.SOURCE_FURTHER, [(3, "card 3")]),
    ],
)
def test_a_merge_keeps_one_sequence_going_and_all_that_happened(
    contacts: Contacts,
    library: Library,
    *,
    target_step: int | None,
    source_step: int | None,
    kept: KeptSequence,
    open_after: list[tuple[int, str]],
) -> None:
    target_id, source_id = save_pair(contacts, library, target_card=False)
    if target_step:
        _sequence_at(library, target_id, target_step, "kept")
    if source_step:
        _sequence_at(library, source_id, source_step, "card")
    activities = Activities(library)
    activities.log(Activity(target_id, ActivityKind.NOTE, NOW, "Met at the stand"))
    called = datetime(2024, 5, 21, 15, 0, tzinfo=UTC)
    activities.log(Activity(source_id, ActivityKind.CALLED, called, "About the demo"))
    before = _state(library, target_id, source_id)
    all_follow_ups = {
        f.id for owner in (target_id, source_id) for f in FollowUps(library).for_contact(owner)
    }

    record = merge_contacts(library, target_id, source_id)

    assert record.follow_ups.kept is kept
    both = kept in (KeptSequence.TARGET_FURTHER, KeptSequence.SOURCE_FURTHER)
    assert bool(sequence_note(record)) == both, "the user is told when steps were set aside"
    assert _open_steps(library, target_id) == open_after, "one sequence goes on, no step twice"
    assert len(FollowUps(library).open_items()) == len(open_after)
    history = [f.reason for f in FollowUps(library).for_contact(target_id)]
    done_before = [
        f"{who} {n}"
        for who, step in (("kept", target_step), ("card", source_step))
        for n in range(1, step or 0)
    ]
    assert set(done_before) <= set(history), "every step done stays in the kept contact's story"
    in_trash = {f.id for f in FollowUps(library).for_contact(source_id)}
    assert in_trash | {f.id for f in FollowUps(library).for_contact(target_id)} == all_follow_ups
    assert [a.detail for a in Activities(library).for_contact(target_id)] == [
        "About the demo",
        "Met at the stand",
    ]
    merged_target = contacts.get_contact(target_id)
    assert merged_target is not None and merged_target.last_contacted_at == called

    undo_merge(library, record)

    assert _state(library, target_id, source_id) == before


HAMBURG = AddressParts(street="Am Hafen 1", postcode="20457", city="Hamburg", country="DE")


def test_a_target_without_an_address_takes_the_sources_text_and_parts() -> None:
    result = merged(TARGET, replace(SOURCE, address_parts=HAMBURG))
    assert (result.address, result.address_parts) == ("Am Hafen 1, Hamburg", HAMBURG)


def test_the_empty_parts_of_the_same_address_are_filled_part_by_part() -> None:
    partly = AddressParts(street="Am Hafen 1", city="Hamburg", region="HH")
    target = replace(TARGET, address="Am Hafen 1,  hamburg", address_parts=partly)
    result = merged(target, replace(SOURCE, address_parts=HAMBURG))
    assert result.address == "Am Hafen 1,  hamburg"
    assert result.address_parts == replace(HAMBURG, region="HH")


def test_parts_of_another_address_are_not_mixed_in() -> None:
    elsewhere = AddressParts(street="Zeil 5", city="Frankfurt")
    target = replace(TARGET, address="Zeil 5\nFrankfurt", address_parts=elsewhere)
    result = merged(target, replace(SOURCE, address_parts=HAMBURG))
    assert (result.address, result.address_parts) == ("Zeil 5\nFrankfurt", elsewhere)
