"""Every queue action taken back exactly: the follow-up, its sequence, the log and "last
contacted" as they were, in a real library."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from cardkeeper.app.built_ins import ensure_built_ins
from cardkeeper.app.follow_through import (
    QueueAction,
    change,
    done,
    redo_change,
    schedule_first_step,
    undo_change,
)
from cardkeeper.domain import Contact, FollowUpState, Outcome
from cardkeeper.errors import FollowUpError
from cardkeeper.store.activities import Activities
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from cardkeeper.store.follow_ups import FollowUps

BEFORE = datetime(2024, 5, 10, 8, 0, tzinfo=UTC)
NOW = datetime(2024, 5, 20, 9, 30, tzinfo=UTC)
MONDAY = date(2024, 5, 20)


@pytest.fixture
def ready(library: Library) -> Library:
    ensure_built_ins(library)
    return library


def _started(library: Library) -> tuple[int, int]:
    """A contact met last week, its first step snoozed once already, and a call logged."""
    contacts = Contacts(library)
    contact_id = contacts.save_new_contact(Contact(given_name="Anna", family_name="Müller"))
    first = schedule_first_step(library, contact_id, MONDAY - timedelta(days=10), BEFORE)
    assert first is not None and first.id is not None
    change(library, QueueAction.SNOOZE, first.id, MONDAY - timedelta(days=9), BEFORE, until=MONDAY)
    return contact_id, first.id


def _everything(library: Library, contact_id: int) -> tuple[object, ...]:
    contact = Contacts(library).get_contact(contact_id)
    assert contact is not None
    return (
        FollowUps(library).for_contact(contact_id),
        Activities(library).for_contact(contact_id),
        contact.last_contacted_at,
    )


@pytest.mark.parametrize("action", list(QueueAction))
def test_each_action_is_taken_back_exactly_and_done_again(
    ready: Library, action: QueueAction
) -> None:
    contact_id, follow_up_id = _started(ready)
    before = _everything(ready, contact_id)
    until = MONDAY + timedelta(days=3) if action is QueueAction.SNOOZE else None

    made = change(ready, action, follow_up_id, MONDAY, NOW, until=until)
    after = _everything(ready, contact_id)
    assert after != before
    undo_change(ready, made)

    assert _everything(ready, contact_id) == before
    again = redo_change(ready, made, MONDAY, NOW)
    assert again.after == made.after
    steps, log, contacted = _everything(ready, contact_id)
    assert (len(steps), len(log), contacted) == (len(after[0]), len(after[1]), after[2])  # type: ignore[arg-type]


def test_what_each_action_records(ready: Library) -> None:
    contact_id, follow_up_id = _started(ready)

    made = change(ready, QueueAction.REPLIED, follow_up_id, MONDAY, NOW, note="Replied on 20 May")

    assert (made.after.state, made.after.outcome) == (FollowUpState.DONE, Outcome.REPLIED)
    assert made.before.state is FollowUpState.SNOOZED and made.next_step is None
    (line, *_) = Activities(ready).for_contact(contact_id)
    assert (line.id, line.detail) == (made.activity_id, "Replied on 20 May")
    undo_change(ready, made)
    again = redo_change(ready, made, MONDAY, NOW)
    (line, *_) = Activities(ready).for_contact(contact_id)
    assert (line.id, line.detail) == (again.activity_id, "Replied on 20 May")


def test_an_undo_after_the_next_step_was_worked_on_is_refused(ready: Library) -> None:
    contact_id, follow_up_id = _started(ready)
    made = change(ready, QueueAction.DONE, follow_up_id, MONDAY, NOW)
    assert made.next_step is not None and made.next_step.id is not None
    done(ready, made.next_step.id, MONDAY, NOW)  # e.g. done in the calendar meanwhile
    kept = _everything(ready, contact_id)

    with pytest.raises(FollowUpError, match=r"^The follow-up with Anna Müller was changed again"):
        undo_change(ready, made)
    assert _everything(ready, contact_id) == kept


def test_a_snooze_to_today_is_refused(ready: Library) -> None:
    _, follow_up_id = _started(ready)
    with pytest.raises(FollowUpError, match="Pick a day after today"):
        change(ready, QueueAction.SNOOZE, follow_up_id, MONDAY, NOW, until=MONDAY)
