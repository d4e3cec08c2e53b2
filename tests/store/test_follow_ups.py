"""Follow-ups: saved as given, and the queue read with everything it shows in one query."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from cardkeeper.domain import (
    Channel,
    Contact,
    FollowUp,
    FollowUpState,
    Outcome,
    QueueItem,
    Sequence,
    SequenceStep,
    Template,
)
from cardkeeper.errors import FollowUpError
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from cardkeeper.store.events import Events
from cardkeeper.store.follow_ups import FollowUps
from cardkeeper.store.sequences import Sequences
from cardkeeper.store.templates import Templates

NOW = datetime(2024, 5, 20, 9, 30, tzinfo=UTC)
TODAY = date(2024, 5, 20)


def _contact(library: Library, given: str, family: str = "", **fields: Any) -> int:
    return Contacts(library).save_new_contact(
        Contact(given_name=given, family_name=family, **fields)
    )


def test_a_follow_up_comes_back_as_it_was_saved(library: Library) -> None:
    contact_id = _contact(library, "Anna")
    template_id = Templates(library).save(Template("Call notes", "", ""))
    sequence_id = Sequences(library).save(
        Sequence("Calls", [SequenceStep(1, 1), SequenceStep(2, 3)])
    )
    follow_up = FollowUp(
        contact_id=contact_id,
        due=date(2024, 5, 21),
        channel=Channel.CALL,
        step=2,
        reason="Ask about the pilot",
        template_id=template_id,
        state=FollowUpState.SNOOZED,
        state_changed_at=NOW,
        sequence_id=sequence_id,
        outcome=Outcome.NONE,
    )
    follow_ups = FollowUps(library)
    follow_up_id = follow_ups.add(follow_up)

    follow_up.id = follow_up_id
    assert follow_ups.get(follow_up_id) == follow_up
    assert follow_ups.get(404) is None


def test_a_saved_follow_up_cannot_be_added_again(library: Library) -> None:
    follow_ups = FollowUps(library)
    follow_up_id = follow_ups.add(FollowUp(_contact(library, "Anna"), TODAY))
    with pytest.raises(ValueError, match="already saved"):
        follow_ups.add(FollowUp(1, TODAY, id=follow_up_id))


def test_a_contacts_follow_ups_are_listed_by_due_day(library: Library) -> None:
    anna, ben = _contact(library, "Anna"), _contact(library, "Ben")
    follow_ups = FollowUps(library)
    late = follow_ups.add(FollowUp(anna, date(2024, 6, 1), step=2))
    early = follow_ups.add(FollowUp(anna, date(2024, 5, 1), state=FollowUpState.DONE))
    follow_ups.add(FollowUp(ben, date(2024, 5, 2)))
    assert [f.id for f in follow_ups.for_contact(anna)] == [early, late]
    assert follow_ups.for_contact(404) == []


def test_the_queue_shows_each_open_follow_up_with_its_person(library: Library) -> None:
    fair = Events(library).get_or_create("Hannover Messe", day=date(2024, 4, 22))
    anna = _contact(
        library,
        "Anna",
        "Müller",
        company="Elbtal GmbH",
        emails=["anna@elbtal.de", "a.mueller@example.de"],
        event_id=fair.id,
        met_on=date(2024, 4, 22),
        interested_in="cold-chain tracking",
    )
    template_id = Templates(library).save(Template("Thank you", "", ""))
    steps = [SequenceStep(n, 1, window_days=n) for n in (1, 2, 3)]
    sequence_id = Sequences(library).save(Sequence("Met at an event", steps))
    follow_up = FollowUp(
        anna, TODAY, step=2, reason="Offer", template_id=template_id, sequence_id=sequence_id
    )
    follow_up.id = FollowUps(library).add(follow_up)

    assert FollowUps(library).open_items() == [
        QueueItem(
            follow_up=follow_up,
            contact_name="Anna Müller",
            company="Elbtal GmbH",
            email="anna@elbtal.de",
            event_name="Hannover Messe",
            met_on=date(2024, 4, 22),
            interested_in="cold-chain tracking",
            sequence_name="Met at an event",
            steps_in_sequence=3,
            template_name="Thank you",
            window_days=2,
        )
    ]
    FollowUps(library).set_state(follow_up.id, FollowUpState.SNOOZED, NOW, due=TODAY)
    (snoozed,) = FollowUps(library).open_items()
    assert snoozed.window_days == 0  # the day snoozed to is the day the user picked


def test_a_follow_up_without_sequence_event_or_email_shows_blanks(library: Library) -> None:
    contact_id = Contacts(library).save_new_contact(Contact(full_name="Dr. Ben Ode"))
    follow_up_id = FollowUps(library).add(FollowUp(contact_id, TODAY))
    (item,) = FollowUps(library).open_items()
    assert item.follow_up.id == follow_up_id
    assert (item.contact_name, item.company, item.email, item.event_name) == (
        "Dr. Ben Ode",
        "",
        "",
        "",
    )
    assert (item.met_on, item.sequence_name, item.steps_in_sequence, item.template_name) == (
        None,
        "",
        0,
        "",
    )


def test_the_queue_holds_open_follow_ups_of_live_contacts_by_due_day_then_name(
    library: Library,
) -> None:
    contacts = Contacts(library)
    cleo, anna, ben, gone = (_contact(library, name) for name in ("cleo", "Anna", "Ben", "Gone"))
    follow_ups = FollowUps(library)
    wanted = [
        follow_ups.add(FollowUp(ben, date(2024, 5, 1))),
        follow_ups.add(FollowUp(anna, TODAY, state=FollowUpState.SNOOZED)),
        follow_ups.add(FollowUp(ben, TODAY)),
        follow_ups.add(FollowUp(cleo, TODAY)),
        follow_ups.add(FollowUp(anna, date(2024, 7, 1))),
    ]
    follow_ups.add(FollowUp(anna, date(2024, 5, 2), state=FollowUpState.DONE))
    follow_ups.add(FollowUp(cleo, date(2024, 5, 2), state=FollowUpState.SKIPPED))
    follow_ups.add(FollowUp(gone, date(2024, 5, 2)))
    contacts.soft_delete([gone])

    assert [item.follow_up.id for item in follow_ups.open_items()] == wanted

    contacts.undelete([gone])
    assert len(follow_ups.open_items()) == len(wanted) + 1


def test_the_queue_is_read_in_one_query(library: Library) -> None:
    for number in range(20):
        contact_id = _contact(library, f"Person {number}", emails=[f"p{number}@example.com"])
        FollowUps(library).add(FollowUp(contact_id, TODAY + timedelta(days=number)))
    statements: list[str] = []
    library.connection.set_trace_callback(statements.append)
    try:
        items = FollowUps(library).open_items()
    finally:
        library.connection.set_trace_callback(None)
    assert len(items) == 20
    assert len(statements) == 1


def test_a_state_change_records_when_and_may_move_the_due_day(library: Library) -> None:
    follow_ups = FollowUps(library)
    follow_up_id = follow_ups.add(FollowUp(_contact(library, "Anna"), TODAY))
    later = NOW + timedelta(hours=2)

    follow_ups.set_state(follow_up_id, FollowUpState.SNOOZED, NOW, due=date(2024, 6, 3))
    snoozed = follow_ups.get(follow_up_id)
    assert snoozed is not None
    assert (snoozed.state, snoozed.due, snoozed.state_changed_at) == (
        FollowUpState.SNOOZED,
        date(2024, 6, 3),
        NOW,
    )

    follow_ups.set_state(follow_up_id, FollowUpState.DONE, later, outcome=Outcome.REPLIED)
    done = follow_ups.get(follow_up_id)
    assert done is not None
    assert (done.state, done.due, done.state_changed_at, done.outcome) == (
        FollowUpState.DONE,
        date(2024, 6, 3),
        later,
        Outcome.REPLIED,
    )


def test_changing_a_follow_up_that_is_gone_says_so(library: Library) -> None:
    with pytest.raises(FollowUpError, match=r"^There is no follow-up #404 in the library\.$"):
        FollowUps(library).set_state(404, FollowUpState.DONE, NOW)


def test_due_follow_ups_are_counted_up_to_a_day(library: Library) -> None:
    contacts = Contacts(library)
    anna, gone = _contact(library, "Anna"), _contact(library, "Gone")
    follow_ups = FollowUps(library)
    for due in (date(2024, 5, 1), TODAY, TODAY + timedelta(days=1)):
        follow_ups.add(FollowUp(anna, due))
    follow_ups.add(FollowUp(anna, TODAY, state=FollowUpState.SNOOZED))
    follow_ups.add(FollowUp(anna, TODAY, state=FollowUpState.DONE))
    follow_ups.add(FollowUp(gone, TODAY))
    contacts.soft_delete([gone])

    assert follow_ups.count_due(TODAY) == 3
    assert follow_ups.count_due(TODAY - timedelta(days=1)) == 1


def test_a_deleted_follow_up_is_gone_and_so_are_those_of_a_purged_contact(
    library: Library,
) -> None:
    contacts = Contacts(library)
    anna, gone = _contact(library, "Anna"), _contact(library, "Gone")
    follow_ups = FollowUps(library)
    removed = follow_ups.add(FollowUp(anna, TODAY))
    purged = follow_ups.add(FollowUp(gone, TODAY))

    follow_ups.delete(removed)
    contacts.soft_delete([gone])
    contacts.purge_deleted(timedelta(0))

    assert follow_ups.get(removed) is None
    assert follow_ups.get(purged) is None
