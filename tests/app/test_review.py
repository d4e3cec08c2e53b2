"""Accepting a reviewed card saves what the user sees, leaves the inbox, starts follow-ups."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import pytest

from cardkeeper.app.built_ins import ensure_built_ins
from cardkeeper.app.review import accept
from cardkeeper.domain import Channel, Contact, Sequence, SequenceStep
from cardkeeper.errors import FollowUpError
from cardkeeper.store.contact_rows import count_rows
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from cardkeeper.store.events import Events
from cardkeeper.store.follow_ups import FollowUps
from cardkeeper.store.sequences import Sequences

NOW = datetime(2024, 5, 20, 9, 30, tzinfo=UTC)
TODAY = date(2024, 5, 20)


def _read(library: Library, **fields: Any) -> Contact:
    """A card as the reader saved it, waiting in the review inbox."""
    contacts = Contacts(library)
    contact_id = contacts.save_new_contact(Contact(given_name="Ana", company="Elbtal"))
    read = contacts.get_contact(contact_id)
    assert read is not None and read.needs_review
    return replace(read, **fields)


def test_accepting_saves_the_edits_and_leaves_the_queue(library: Library) -> None:
    contacts = Contacts(library)
    mended = _read(library, given_name="Anna", emails=["anna@elbtal.de"])

    accept(library, mended, today=TODAY, now=NOW)

    saved = contacts.get_contact(mended.id or 0)
    assert saved is not None
    assert saved == replace(mended, needs_review=False, updated_at=saved.updated_at)
    assert mended.needs_review, "the caller's contact is left as it was"
    assert count_rows(library).needing_review == 0


def test_accepting_schedules_the_first_step_from_the_day_met(library: Library) -> None:
    ensure_built_ins(library)
    mended = _read(library, met_on=date(2024, 5, 17))

    scheduled = accept(library, mended, today=TODAY, now=NOW)

    assert scheduled is not None
    assert (scheduled.contact_id, scheduled.step, scheduled.due) == (
        mended.id,
        1,
        TODAY,  # day 1 was yesterday: not overdue, due today
    )
    assert [item.follow_up for item in FollowUps(library).open_items()] == [scheduled]


def test_accepting_twice_schedules_only_once(library: Library) -> None:
    mended = _read(library, met_on=TODAY)
    first = accept(library, mended, today=TODAY, now=NOW)
    again = accept(library, mended, today=TODAY, now=NOW)
    assert first is not None and again is None
    assert FollowUps(library).for_contact(mended.id or 0) == [first]


def test_the_event_chosen_during_review_picks_the_sequence(library: Library) -> None:
    fair = Events(library).get_or_create("Trade fair")
    assert fair.id is not None
    sequences = Sequences(library)
    call_first = sequences.save(Sequence("Call first", [SequenceStep(1, 2, channel=Channel.CALL)]))
    sequences.set_for_event(fair.id, call_first)
    mended = _read(library, event_id=fair.id, met_on=TODAY)  # not saved before accepting

    scheduled = accept(library, mended, today=TODAY, now=NOW)

    assert scheduled is not None
    assert (scheduled.sequence_id, scheduled.channel, scheduled.due) == (
        call_first,
        Channel.CALL,
        date(2024, 5, 22),
    )


def test_a_card_in_the_trash_is_not_accepted(library: Library) -> None:
    mended = _read(library, given_name="Anna")
    Contacts(library).soft_delete([mended.id or 0])
    with pytest.raises(FollowUpError, match=r"^Ana is in the trash: restore the contact first\.$"):
        accept(library, mended, today=TODAY, now=NOW)
    saved = Contacts(library).get_contact(mended.id or 0)
    assert saved is not None and saved.needs_review and saved.given_name == "Ana"
    assert FollowUps(library).for_contact(mended.id or 0) == []
