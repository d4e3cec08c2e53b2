"""Scheduling and working through sequences, with a fixed clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from cardkeeper.app import follow_through
from cardkeeper.app.built_ins import MET_AT_AN_EVENT, ensure_built_ins
from cardkeeper.app.builtin_templates import OFFER, THANK_YOU
from cardkeeper.app.follow_through import (
    add_business_days,
    done,
    due_after,
    local_date,
    log_contact,
    not_interested,
    replied,
    schedule_first_step,
    skip,
    snooze,
)
from cardkeeper.domain import (
    Activity,
    ActivityKind,
    Channel,
    Contact,
    FollowUp,
    FollowUpState,
    Outcome,
    Sequence,
    SequenceStep,
)
from cardkeeper.errors import FollowUpError
from cardkeeper.store.activities import Activities
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library, open_library
from cardkeeper.store.events import Events
from cardkeeper.store.follow_ups import FollowUps
from cardkeeper.store.sequences import Sequences
from cardkeeper.store.templates import Templates

NOW = datetime(2024, 5, 20, 9, 30, tzinfo=UTC)
MONDAY = date(2024, 5, 20)
FRIDAY = date(2024, 5, 17)
SATURDAY = date(2024, 5, 18)


@pytest.fixture
def ready(library: Library) -> Library:
    """A library with its built-ins, as the app opens it."""
    ensure_built_ins(library)
    return library


def _contact(library: Library, **fields: Any) -> int:
    fields.setdefault("given_name", "Anna")
    fields.setdefault("family_name", "Müller")
    return Contacts(library).save_new_contact(Contact(**fields))


def _event_with(library: Library, name: str, steps: list[SequenceStep]) -> int:
    event = Events(library).get_or_create(name)
    assert event.id is not None
    sequence_id = Sequences(library).save(Sequence(name, steps))
    Sequences(library).set_for_event(event.id, sequence_id)
    return event.id


def _scheduled(library: Library, contact_id: int, today: date, now: datetime = NOW) -> FollowUp:
    scheduled = schedule_first_step(library, contact_id, today, now)
    assert scheduled is not None
    assert scheduled.id is not None
    return scheduled


def _id(follow_up: FollowUp | None) -> int:
    assert follow_up is not None and follow_up.id is not None
    return follow_up.id


def _sequence_id(library: Library, name: str) -> int:
    sequence = Sequences(library).by_name(name)
    assert sequence is not None and sequence.id is not None
    return sequence.id


def _last_contacted(library: Library, contact_id: int) -> datetime | None:
    contact = Contacts(library).get_contact(contact_id)
    assert contact is not None
    return contact.last_contacted_at


def _everything(library: Library, contact_id: int) -> tuple[object, ...]:
    """What a refused action must leave as it was."""
    return (
        FollowUps(library).for_contact(contact_id),
        Activities(library).for_contact(contact_id),
        _last_contacted(library, contact_id),
    )


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        (date(2024, 5, 15), 0, date(2024, 5, 15)),  # Wednesday
        (date(2024, 5, 15), 2, date(2024, 5, 17)),
        (date(2024, 5, 15), 3, date(2024, 5, 20)),
        (FRIDAY, 0, FRIDAY),
        (FRIDAY, 1, MONDAY),
        (FRIDAY, 5, date(2024, 5, 24)),
        (FRIDAY, 10, date(2024, 5, 31)),
        (SATURDAY, 0, MONDAY),
        (SATURDAY, 1, MONDAY),
        (SATURDAY, 2, date(2024, 5, 21)),
        (date(2024, 5, 19), 1, MONDAY),  # Sunday
        (date(2024, 12, 31), 3, date(2025, 1, 3)),  # across the year; holidays are not known
    ],
)
def test_business_days_skip_saturday_and_sunday(start: date, days: int, expected: date) -> None:
    assert add_business_days(start, days) == expected


def test_a_step_counts_calendar_or_business_days() -> None:
    assert due_after(FRIDAY, SequenceStep(1, 1)) == SATURDAY
    assert due_after(FRIDAY, SequenceStep(1, 1, business_days=True)) == MONDAY
    assert due_after(FRIDAY, SequenceStep(1, 0)) == FRIDAY


def test_the_first_step_is_due_a_day_after_meeting(ready: Library) -> None:
    contact_id = _contact(ready, met_on=FRIDAY)
    scheduled = _scheduled(ready, contact_id, today=FRIDAY)

    sequence = Sequences(ready).by_name(MET_AT_AN_EVENT)
    thank_you = Templates(ready).by_name(THANK_YOU)
    assert sequence is not None and thank_you is not None
    assert scheduled == FollowUp(
        contact_id=contact_id,
        due=SATURDAY,  # "Met at an event" counts calendar days
        channel=Channel.EMAIL,
        step=1,
        reason=sequence.steps[0].reason,
        template_id=thank_you.id,
        state=FollowUpState.PENDING,
        state_changed_at=NOW,
        sequence_id=sequence.id,
        id=scheduled.id,
    )
    assert FollowUps(ready).get(_id(scheduled)) == scheduled


def test_a_business_day_step_for_someone_met_on_a_friday_is_due_on_monday(
    ready: Library,
) -> None:
    event_id = _event_with(
        ready,
        "Trade fair",
        [SequenceStep(1, 1, business_days=True), SequenceStep(2, 2, business_days=True)],
    )
    contact_id = _contact(ready, met_on=FRIDAY, event_id=event_id)

    first = _scheduled(ready, contact_id, today=SATURDAY)
    assert first.due == MONDAY

    second = done(ready, _id(first), date(2024, 5, 24), NOW)  # done on the next Friday
    assert second is not None
    assert second.due == date(2024, 5, 28)  # Tuesday


def test_a_card_accepted_late_starts_today_not_overdue(ready: Library) -> None:
    contact_id = _contact(ready, met_on=date(2024, 4, 2))
    assert _scheduled(ready, contact_id, today=MONDAY).due == MONDAY


def test_a_late_business_day_step_waits_for_monday(ready: Library) -> None:
    event_id = _event_with(ready, "Trade fair", [SequenceStep(1, 1, business_days=True)])
    contact_id = _contact(ready, met_on=date(2024, 4, 2), event_id=event_id)
    assert _scheduled(ready, contact_id, today=SATURDAY).due == MONDAY


def test_without_a_day_met_the_steps_count_from_today(ready: Library) -> None:
    contact_id = _contact(ready)
    assert _scheduled(ready, contact_id, today=MONDAY).due == date(2024, 5, 21)


def test_someone_to_be_met_later_is_followed_up_after_that_day(ready: Library) -> None:
    contact_id = _contact(ready, met_on=date(2024, 6, 10))
    assert _scheduled(ready, contact_id, today=MONDAY).due == date(2024, 6, 11)


def test_the_events_own_sequence_is_used_over_the_default(ready: Library) -> None:
    steps = [SequenceStep(1, 3, channel=Channel.CALL, reason="Call them")]
    fair = _event_with(ready, "Trade fair", steps)
    dinner = Events(ready).get_or_create("Dinner").id
    at_fair = _contact(ready, met_on=MONDAY, event_id=fair)
    at_dinner = _contact(ready, given_name="Ben", met_on=MONDAY, event_id=dinner)

    by_fair = _scheduled(ready, at_fair, MONDAY)
    by_default = _scheduled(ready, at_dinner, MONDAY)

    assert (by_fair.due, by_fair.channel, by_fair.reason) == (
        date(2024, 5, 23),
        Channel.CALL,
        "Call them",
    )
    assert by_fair.sequence_id == _sequence_id(ready, "Trade fair")
    assert by_default.sequence_id == _sequence_id(ready, MET_AT_AN_EVENT)


def test_a_contact_with_an_open_follow_up_gets_no_second_one(ready: Library) -> None:
    contact_id = _contact(ready, met_on=MONDAY)
    first = _scheduled(ready, contact_id, MONDAY)
    assert schedule_first_step(ready, contact_id, MONDAY, NOW) is None
    assert FollowUps(ready).for_contact(contact_id) == [first]


def test_the_built_ins_are_made_when_a_library_lacks_them(library: Library) -> None:
    contact_id = _contact(library, met_on=MONDAY)
    scheduled = _scheduled(library, contact_id, MONDAY)
    assert scheduled.sequence_id == _sequence_id(library, MET_AT_AN_EVENT)


def test_a_contact_in_the_trash_or_gone_is_not_scheduled(ready: Library) -> None:
    contact_id = _contact(ready, met_on=MONDAY)
    Contacts(ready).soft_delete([contact_id])

    with pytest.raises(FollowUpError) as trashed:
        schedule_first_step(ready, contact_id, MONDAY, NOW)
    assert str(trashed.value) == "Anna Müller is in the trash: restore the contact first."
    with pytest.raises(FollowUpError, match=r"^Contact #404 is no longer in the library\.$"):
        schedule_first_step(ready, 404, MONDAY, NOW)
    assert FollowUps(ready).for_contact(contact_id) == []


def test_done_logs_it_and_schedules_the_next_step_from_today(ready: Library) -> None:
    contact_id = _contact(ready, met_on=FRIDAY)
    first = _scheduled(ready, contact_id, FRIDAY)
    later = NOW + timedelta(days=3)

    second = done(ready, _id(first), MONDAY, later)  # two days after it was due

    offer = Templates(ready).by_name(OFFER)
    assert second is not None and offer is not None
    assert (second.step, second.due, second.template_id, second.state) == (
        2,
        date(2024, 5, 26),  # six days from the day it was done
        offer.id,
        FollowUpState.PENDING,
    )
    completed = FollowUps(ready).get(_id(first))
    assert completed is not None
    assert (completed.state, completed.state_changed_at, completed.outcome) == (
        FollowUpState.DONE,
        later,
        Outcome.NONE,
    )
    assert Activities(ready).for_contact(contact_id) == [
        Activity(contact_id, ActivityKind.EMAILED, later, first.reason, id=1)
    ]
    assert _last_contacted(ready, contact_id) == later
    assert [item.follow_up for item in FollowUps(ready).open_items()] == [second]


def test_the_last_step_done_ends_the_sequence(ready: Library) -> None:
    contact_id = _contact(ready, met_on=MONDAY)
    step = _scheduled(ready, contact_id, MONDAY)
    dues = [step.due]
    while (following := done(ready, _id(step), step.due, NOW)) is not None:
        step = following
        dues.append(step.due)
    assert dues == [date(2024, 5, 21), date(2024, 5, 27), date(2024, 6, 10)]
    assert FollowUps(ready).open_items() == []
    assert len(Activities(ready).for_contact(contact_id)) == 3


def test_done_twice_is_refused_and_schedules_nothing_more(ready: Library) -> None:
    contact_id = _contact(ready, met_on=MONDAY)
    first = _scheduled(ready, contact_id, MONDAY)
    done(ready, _id(first), MONDAY, NOW)
    before = _everything(ready, contact_id)

    with pytest.raises(FollowUpError) as again:
        done(ready, _id(first), MONDAY, NOW + timedelta(hours=1))
    assert str(again.value) == f"Follow-up #{first.id} was already done, so nothing changed."
    with pytest.raises(FollowUpError, match="was already done"):
        skip(ready, _id(first), MONDAY, NOW)
    assert _everything(ready, contact_id) == before


def test_skip_moves_on_without_logging_anything(ready: Library) -> None:
    contact_id = _contact(ready, met_on=MONDAY)
    first = _scheduled(ready, contact_id, MONDAY)

    second = skip(ready, _id(first), MONDAY, NOW)

    assert second is not None
    assert (second.step, second.due) == (2, date(2024, 5, 26))
    skipped = FollowUps(ready).get(_id(first))
    assert skipped is not None and skipped.state == FollowUpState.SKIPPED
    assert Activities(ready).for_contact(contact_id) == []
    assert _last_contacted(ready, contact_id) is None
    with pytest.raises(FollowUpError, match=f"#{first.id} was already skipped"):
        done(ready, _id(first), MONDAY, NOW)


def test_each_channel_is_logged_as_what_happened(ready: Library) -> None:
    steps = [
        SequenceStep(1, 0, channel=Channel.CALL, reason="Call"),
        SequenceStep(2, 0, channel=Channel.MEETING, reason="Coffee"),
        SequenceStep(3, 0, channel=Channel.OTHER, reason="Send a book"),
    ]
    contact_id = _contact(ready, event_id=_event_with(ready, "Dinner", steps))
    step: FollowUp | None = _scheduled(ready, contact_id, MONDAY)
    for hour in range(3):
        step = done(ready, _id(step), MONDAY, NOW + timedelta(hours=hour))
    assert [(a.kind, a.detail) for a in reversed(Activities(ready).for_contact(contact_id))] == [
        (ActivityKind.CALLED, "Call"),
        (ActivityKind.MET, "Coffee"),
        (ActivityKind.NOTE, "Send a book"),
    ]
    # The last thing done was no contact with the person: "last contacted" is the meeting.
    assert _last_contacted(ready, contact_id) == NOW + timedelta(hours=1)


@pytest.mark.parametrize("until", [MONDAY, FRIDAY])
def test_snoozing_to_today_or_the_past_is_refused_and_nothing_changes(
    ready: Library, until: date
) -> None:
    contact_id = _contact(ready, met_on=FRIDAY)
    first = _scheduled(ready, contact_id, FRIDAY)
    before = _everything(ready, contact_id)

    with pytest.raises(FollowUpError) as refused:
        snooze(ready, _id(first), until, MONDAY, NOW)

    assert str(refused.value) == "Pick a day after today to snooze to."
    assert _everything(ready, contact_id) == before


def test_a_snoozed_follow_up_comes_back_on_the_day_chosen(ready: Library) -> None:
    contact_id = _contact(ready, met_on=FRIDAY)
    first = _scheduled(ready, contact_id, FRIDAY)
    later = NOW + timedelta(minutes=5)

    snoozed = snooze(ready, _id(first), date(2024, 5, 27), MONDAY, later)

    assert snoozed == FollowUps(ready).get(_id(first))
    assert (snoozed.state, snoozed.due, snoozed.state_changed_at) == (
        FollowUpState.SNOOZED,
        date(2024, 5, 27),
        later,
    )
    assert [item.follow_up for item in FollowUps(ready).open_items()] == [snoozed]
    second = done(ready, _id(first), date(2024, 5, 27), later)
    assert second is not None and second.step == 2


@pytest.mark.parametrize(
    ("end", "outcome", "note"),
    [
        (replied, Outcome.REPLIED, "Replied, so the sequence ended."),
        (not_interested, Outcome.NOT_INTERESTED, "Not interested; sequence ended."),
    ],
)
def test_replied_and_not_interested_end_the_sequence(
    ready: Library, end: Any, outcome: Outcome, note: str
) -> None:
    contact_id = _contact(ready, met_on=MONDAY)
    first = _scheduled(ready, contact_id, MONDAY)

    assert end(ready, _id(first), MONDAY, NOW) is None

    ended = FollowUps(ready).get(_id(first))
    assert ended is not None
    assert (ended.state, ended.outcome, ended.state_changed_at) == (
        FollowUpState.DONE,
        outcome,
        NOW,
    )
    assert FollowUps(ready).for_contact(contact_id) == [ended]
    assert FollowUps(ready).open_items() == []
    assert Activities(ready).for_contact(contact_id) == [
        Activity(contact_id, ActivityKind.NOTE, NOW, note, id=1)
    ]
    with pytest.raises(FollowUpError, match="was already done"):
        end(ready, _id(first), MONDAY, NOW)


@pytest.mark.parametrize(
    "act",
    [
        lambda library, number: done(library, number, MONDAY, NOW),
        lambda library, number: skip(library, number, MONDAY, NOW),
        lambda library, number: snooze(library, number, date(2024, 6, 1), MONDAY, NOW),
        lambda library, number: replied(library, number, MONDAY, NOW),
        lambda library, number: not_interested(library, number, MONDAY, NOW),
    ],
)
def test_a_follow_up_of_a_contact_in_the_trash_or_gone_is_refused(ready: Library, act: Any) -> None:
    contact_id = _contact(ready, met_on=MONDAY)
    first = _scheduled(ready, contact_id, MONDAY)
    Contacts(ready).soft_delete([contact_id])
    before = _everything(ready, contact_id)

    with pytest.raises(FollowUpError) as trashed:
        act(ready, _id(first))
    assert str(trashed.value) == (
        f"Follow-up #{first.id} is for Anna Müller in the trash: restore the contact first."
    )
    with pytest.raises(FollowUpError) as gone:
        act(ready, 404)
    assert str(gone.value) == "There is no follow-up #404 in the library."
    assert _everything(ready, contact_id) == before


def test_a_follow_up_whose_sequence_was_deleted_has_no_next_step(ready: Library) -> None:
    fair = _event_with(ready, "Trade fair", [SequenceStep(1, 1), SequenceStep(2, 1)])
    contact_id = _contact(ready, met_on=MONDAY, event_id=fair)
    first = _scheduled(ready, contact_id, MONDAY)
    Sequences(ready).delete(_sequence_id(ready, "Trade fair"))
    assert done(ready, _id(first), MONDAY, NOW) is None


def test_logging_a_call_resets_last_contacted_and_a_note_does_not(ready: Library) -> None:
    contact_id = _contact(ready)
    called = log_contact(ready, contact_id, ActivityKind.CALLED, "About the pilot", NOW)
    noted = log_contact(
        ready, contact_id, ActivityKind.NOTE, "Prefers mornings", NOW + timedelta(days=1)
    )

    assert Activities(ready).for_contact(contact_id) == [noted, called]
    assert called == Activity(contact_id, ActivityKind.CALLED, NOW, "About the pilot", called.id)
    assert _last_contacted(ready, contact_id) == NOW


def test_logging_for_a_contact_in_the_trash_is_refused(ready: Library) -> None:
    contact_id = _contact(ready, full_name="Dr. Anna Müller")
    Contacts(ready).soft_delete([contact_id])
    with pytest.raises(FollowUpError, match=r"^Dr\. Anna Müller is in the trash: restore"):
        log_contact(ready, contact_id, ActivityKind.CALLED, "", NOW)
    assert Activities(ready).for_contact(contact_id) == []


# Days the clocks change, and times on them where the UTC date is another day.
DST_DAYS = [
    datetime(2024, 3, 31, 0, 30, tzinfo=ZoneInfo("Europe/Berlin")),  # 2024-03-30 23:30 UTC
    datetime(2024, 3, 31, 23, 30, tzinfo=ZoneInfo("Europe/Berlin")),  # after spring forward
    datetime(2024, 10, 27, 0, 30, tzinfo=ZoneInfo("Europe/Berlin")),  # 2024-10-26 22:30 UTC
    datetime(2024, 10, 27, 2, 30, fold=1, tzinfo=ZoneInfo("Europe/Berlin")),  # the second 2:30
    datetime(2024, 3, 10, 23, 30, tzinfo=ZoneInfo("America/New_York")),  # 2024-03-11 03:30 UTC
    datetime(2024, 11, 3, 1, 30, fold=1, tzinfo=ZoneInfo("America/New_York")),  # the second 1:30
    datetime(2024, 11, 3, 23, 30, tzinfo=ZoneInfo("America/New_York")),  # 2024-11-04 04:30 UTC
]


@pytest.mark.parametrize("local", DST_DAYS, ids=lambda d: f"{d.tzinfo}-{d.isoformat()}")
def test_due_days_do_not_shift_on_the_days_the_clocks_change(
    ready: Library, local: datetime
) -> None:
    now = local.astimezone(UTC)
    today = local_date(now, local.tzinfo)
    assert today == local.date()
    contact_id = _contact(ready, met_on=today)

    first = _scheduled(ready, contact_id, today, now)
    second = done(ready, _id(first), today, now)

    assert first.due == today + timedelta(days=1)
    assert second is not None and second.due == today + timedelta(days=6)
    with open_library(ready.folder) as reopened:  # as written to disk, read by another window
        (item,) = FollowUps(reopened).open_items()
        assert item.follow_up.due == today + timedelta(days=6)
        assert item.met_on == today
        saved = FollowUps(reopened).get(_id(first))
        assert saved is not None and saved.state_changed_at == now
        contact = Contacts(reopened).get_contact(contact_id)
        assert contact is not None and contact.last_contacted_at == now


def test_the_local_date_is_the_users_calendar_day() -> None:
    late_evening = datetime(2024, 5, 20, 22, 30, tzinfo=UTC)
    assert local_date(late_evening, ZoneInfo("Europe/Berlin")) == date(2024, 5, 21)
    assert local_date(late_evening, ZoneInfo("America/New_York")) == date(2024, 5, 20)
    assert local_date(late_evening) == late_evening.astimezone().date()
    assert follow_through.local_date(late_evening, UTC) == date(2024, 5, 20)
