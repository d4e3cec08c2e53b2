"""Following through: start a contact's sequence, and move it on as the user works the queue.

Each use case reads and writes in one transaction, so two windows working the
same queue cannot both complete a step and schedule the next one twice. The
clock comes in as parameters, never from inside: ``today`` is the user's
local date (see :func:`local_date`) and ``now`` an aware time, stored as UTC.
Due days are plain dates, counted on the user's calendar, so a time zone or a
daylight-saving change never moves them.
"""

from __future__ import annotations

import enum
import sqlite3
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo

from cardkeeper.app.built_ins import MET_AT_AN_EVENT, ensure_built_ins
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
from cardkeeper.store import activities, follow_ups, sequences
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from cardkeeper.store.follow_ups import FollowUps
from cardkeeper.wording import translate

SATURDAY = 5

_LOGGED_AS = {
    Channel.EMAIL: ActivityKind.EMAILED,
    Channel.CALL: ActivityKind.CALLED,
    Channel.MEETING: ActivityKind.MET,
    Channel.OTHER: ActivityKind.NOTE,
}
"""What a done step puts in the activity log: only reaching the person resets "last contacted"."""


def local_date(now: datetime, zone: tzinfo | None = None) -> date:
    """The day it is at ``now`` on the user's calendar: in ``zone``, else the computer's zone."""
    return now.astimezone(zone).date()


def add_business_days(start: date, days: int) -> date:
    """The ``days``-th weekday (Monday to Friday) after ``start``.

    Zero days is ``start`` itself, or the Monday after it when it is a
    weekend: a business-day step never falls on a Saturday or Sunday.
    """
    day = start
    while day.weekday() >= SATURDAY:
        day += timedelta(days=1)
    if days and day != start:
        days -= 1  # reaching Monday from the weekend was the first business day
    while days:
        day += timedelta(days=1)
        if day.weekday() < SATURDAY:
            days -= 1
    return day


def due_after(start: date, step: SequenceStep) -> date:
    """When ``step`` is due if counted from ``start`` (meeting the person, or the previous step)."""
    if step.business_days:
        return add_business_days(start, step.delay_days)
    return start + timedelta(days=step.delay_days)


def schedule_first_step(
    library: Library, contact_id: int, today: date, now: datetime
) -> FollowUp | None:
    """Start the contact's sequence as saved; see :func:`schedule_first_step_for`."""
    contact = Contacts(library).get_contact(contact_id)
    if contact is None:
        raise _contact_gone(contact_id)
    return schedule_first_step_for(library, contact, today, now)


def schedule_first_step_for(
    library: Library, contact: Contact, today: date, now: datetime
) -> FollowUp | None:
    """Schedule the first step of the sequence of ``contact``'s event, or of the default one.

    The event and the day met are taken from ``contact`` as given (a review
    may change them before saving). The step is due its delay after the day
    met (today, if that is not known), but never before today: a card
    accepted late starts now rather than already overdue. A contact that
    already has an open follow-up keeps it and gets nothing new (None).
    """
    assert contact.id is not None, "only a saved contact can be followed up"
    if sequences.find_by_name(library.connection, MET_AT_AN_EVENT) is None:
        ensure_built_ins(library)
    with library.transaction() as connection:
        _check_live_contact(connection, contact.id)
        if follow_ups.has_open(connection, contact.id):
            return None
        sequence = _sequence_for(connection, contact.event_id)
        if sequence is None or not sequence.steps:
            return None
        step = sequence.steps[0]
        due = max(due_after(contact.met_on or today, step), today)
        if step.business_days:
            due = add_business_days(due, 0)
        scheduled = _step_follow_up(contact.id, sequence, step, due, now)
        scheduled.id = follow_ups.insert(connection, scheduled)
    return scheduled


@dataclass(frozen=True)
class Sent:
    """An email marked as sent, with what :func:`undo_sent` needs to take it back."""

    contact_id: int
    subject: str
    activity_id: int
    last_contacted_before: datetime | None
    follow_up: FollowUp | None
    """The follow-up the email completed, as it was before; None when it was only logged."""
    next_step: FollowUp | None
    """The step the email scheduled, if any."""


def mark_sent(
    library: Library,
    contact_id: int,
    follow_up_id: int | None,
    *,
    subject: str,
    today: date,
    now: datetime,
) -> Sent:
    """The user sent the email: complete the follow-up (logging it) and schedule the next step,
    or, with no follow-up, log the email under ``subject``."""
    with library.transaction() as connection:
        _check_live_contact(connection, contact_id)
        before = activities.last_contacted(connection, contact_id)
        if follow_up_id is None:
            logged = Activity(contact_id, ActivityKind.EMAILED, now, subject)
            return Sent(
                contact_id, subject, activities.insert(connection, logged), before, None, None
            )
        follow_up = _open_follow_up(connection, follow_up_id)
        activity_id, next_step = _complete(connection, follow_up, today, now)
        return Sent(contact_id, subject, activity_id, before, follow_up, next_step)


def undo_sent(library: Library, sent: Sent, now: datetime) -> None:
    """Take back :func:`mark_sent`: the follow-up is open again, its log line and next step gone."""
    with library.transaction() as connection:
        activities.remove(connection, sent.activity_id, sent.contact_id, sent.last_contacted_before)
        if sent.next_step is not None and sent.next_step.id is not None:
            FollowUps(library).delete(sent.next_step.id)
        previous = sent.follow_up
        if previous is not None and previous.id is not None:
            follow_ups.change_state(
                connection,
                previous.id,
                previous.state,
                previous.state_changed_at or now,
                due=previous.due,
            )


class QueueAction(enum.StrEnum):
    """What the user (or CardKeeper, on their behalf) can do to an open follow-up."""

    DONE = "done"
    SKIP = "skip"
    SNOOZE = "snooze"
    REPLIED = "replied"
    NOT_INTERESTED = "not_interested"


@dataclass(frozen=True)
class QueueChange:
    """One action on one follow-up, with what :func:`undo_change` needs to take it back exactly."""

    action: QueueAction
    before: FollowUp
    """The follow-up as it was: state, due day, when it changed, outcome."""
    after: FollowUp
    next_step: FollowUp | None
    """The step the action scheduled, if any."""
    activity_id: int | None
    """The line the action put in the activity log, if any."""
    last_contacted_before: datetime | None
    until: date | None = None
    """The day a snooze put it off to."""
    note: str = ""
    """The activity log's line given for an ended sequence, if not the usual one."""


def change(
    library: Library,
    action: QueueAction,
    follow_up_id: int,
    today: date,
    now: datetime,
    *,
    until: date | None = None,
    note: str = "",
) -> QueueChange:
    """Do ``action`` to the open follow-up, in one transaction, and say what it did.

    The queue window, the CLI and the automatic changes (a reply seen in the mailbox, a
    task done in the calendar) all come through here, so each can be undone the same way.
    ``until`` is the snooze's day; ``note`` replaces the activity log's line of a sequence
    ended by a reply or a "not interested".
    """
    if action is QueueAction.SNOOZE and (until is None or until <= today):
        raise FollowUpError(translate("follow_through", "Pick a day after today to snooze to."))
    with library.transaction() as connection:
        before = _open_follow_up(connection, follow_up_id)
        contacted = activities.last_contacted(connection, before.contact_id)
        activity_id: int | None = None
        next_step: FollowUp | None = None
        if action is QueueAction.DONE:
            activity_id, next_step = _complete(connection, before, today, now)
        elif action is QueueAction.SKIP:
            follow_ups.change_state(connection, follow_up_id, FollowUpState.SKIPPED, now)
            next_step = _schedule_next(connection, before, today, now)
        elif action is QueueAction.SNOOZE:
            follow_ups.change_state(connection, follow_up_id, FollowUpState.SNOOZED, now, due=until)
        else:
            outcome = Outcome(action.value)
            follow_ups.change_state(
                connection, follow_up_id, FollowUpState.DONE, now, outcome=outcome
            )
            logged = Activity(before.contact_id, ActivityKind.NOTE, now, note or _ENDED[action])
            activity_id = activities.insert(connection, logged)
        after = follow_ups.find(connection, follow_up_id)
        assert after is not None  # changed just now, in this transaction
    return QueueChange(action, before, after, next_step, activity_id, contacted, until, note)


def undo_change(library: Library, made: QueueChange) -> None:
    """Take back :func:`change`: the follow-up as it was, its log line and next step gone.

    Refused, with nothing changed, when the follow-up or its next step was worked on
    since (the next step done in the calendar, say): taking back only part would leave
    the sequence in a state no one chose.
    """
    with library.transaction() as connection:
        current = follow_ups.find(connection, made.after.id or 0)
        if current != made.after:
            raise _changed_since(connection, made.before)
        if made.next_step is not None and made.next_step.id is not None:
            following = follow_ups.find(connection, made.next_step.id)
            if following is not None and following.state is not FollowUpState.PENDING:
                raise _changed_since(connection, made.before)
            connection.execute("DELETE FROM follow_ups WHERE id = ?", (made.next_step.id,))
        if made.activity_id is not None:
            activities.remove(
                connection, made.activity_id, made.before.contact_id, made.last_contacted_before
            )
        follow_ups.restore(connection, made.before)


def redo_change(library: Library, made: QueueChange, today: date, now: datetime) -> QueueChange:
    """Do again what :func:`undo_change` took back (the next step gets a new id)."""
    assert made.before.id is not None  # read from the library
    return change(
        library, made.action, made.before.id, today, now, until=made.until, note=made.note
    )


def done(library: Library, follow_up_id: int, today: date, now: datetime) -> FollowUp | None:
    """Mark the follow-up done and log it; return the next step, due counted from today, if any."""
    return change(library, QueueAction.DONE, follow_up_id, today, now).next_step


def skip(library: Library, follow_up_id: int, today: date, now: datetime) -> FollowUp | None:
    """Let this step go without doing it; the next one is scheduled as if it were done today."""
    return change(library, QueueAction.SKIP, follow_up_id, today, now).next_step


def snooze(
    library: Library, follow_up_id: int, until: date, today: date, now: datetime
) -> FollowUp:
    """Put the follow-up off until ``until``, a day after today; return it as it is now."""
    return change(library, QueueAction.SNOOZE, follow_up_id, today, now, until=until).after


def replied(
    library: Library, follow_up_id: int, today: date, now: datetime, *, note: str = ""
) -> None:
    """They wrote back: the sequence has done its job and ends here; ``note`` is the activity
    log's line when it says more (where the reply was seen)."""
    change(library, QueueAction.REPLIED, follow_up_id, today, now, note=note)


def not_interested(library: Library, follow_up_id: int, today: date, now: datetime) -> None:
    """They said no thanks: the sequence ends here, and nothing more is scheduled."""
    change(library, QueueAction.NOT_INTERESTED, follow_up_id, today, now)


_ENDED = {
    QueueAction.REPLIED: "Replied, so the sequence ended.",
    QueueAction.NOT_INTERESTED: "Not interested; sequence ended.",
}
"""The activity log's line of a sequence ended by hand (kept as the log has always said it)."""


def log_contact(
    library: Library, contact_id: int, kind: ActivityKind, detail: str, now: datetime
) -> Activity:
    """Record a call, a meeting, an email or a note; the first three reset "last contacted"."""
    with library.transaction() as connection:
        _check_live_contact(connection, contact_id)
        activity = Activity(contact_id, kind, now, detail)
        return replace(activity, id=activities.insert(connection, activity))


def _complete(
    connection: sqlite3.Connection, follow_up: FollowUp, today: date, now: datetime
) -> tuple[int, FollowUp | None]:
    """Mark ``follow_up`` done and log it; the log line's id and the next step, if any."""
    assert follow_up.id is not None  # read from the library
    follow_ups.change_state(connection, follow_up.id, FollowUpState.DONE, now)
    logged = Activity(follow_up.contact_id, _LOGGED_AS[follow_up.channel], now, follow_up.reason)
    return activities.insert(connection, logged), _schedule_next(connection, follow_up, today, now)


def _sequence_for(connection: sqlite3.Connection, event_id: int | None) -> Sequence | None:
    """The event's own sequence, else the default one."""
    chosen = sequences.for_event(connection, event_id) if event_id is not None else None
    return chosen or sequences.find_by_name(connection, MET_AT_AN_EVENT)


def _schedule_next(
    connection: sqlite3.Connection, follow_up: FollowUp, today: date, now: datetime
) -> FollowUp | None:
    if follow_up.sequence_id is None:
        return None
    sequence = sequences.find(connection, follow_up.sequence_id)
    if sequence is None:
        return None
    following = [step for step in sequence.steps if step.step == follow_up.step + 1]
    if not following:
        return None
    step = following[0]
    scheduled = _step_follow_up(follow_up.contact_id, sequence, step, due_after(today, step), now)
    scheduled.id = follow_ups.insert(connection, scheduled)
    return scheduled


def _step_follow_up(
    contact_id: int, sequence: Sequence, step: SequenceStep, due: date, now: datetime
) -> FollowUp:
    return FollowUp(
        contact_id=contact_id,
        due=due,
        channel=step.channel,
        step=step.step,
        reason=step.reason,
        template_id=step.template_id,
        state=FollowUpState.PENDING,
        state_changed_at=now,
        sequence_id=sequence.id,
    )


def _open_follow_up(connection: sqlite3.Connection, follow_up_id: int) -> FollowUp:
    """The follow-up, if it is still open and its contact is not in the trash."""
    follow_up = follow_ups.find(connection, follow_up_id)
    if follow_up is None:
        raise FollowUpError(
            translate("follow_through", "There is no follow-up #{id} in the library.").format(
                id=follow_up_id
            )
        )
    status = follow_ups.contact_status(connection, follow_up.contact_id)
    if status is None or status.in_trash:
        if status and status.name:
            sentence = translate(
                "follow_through",
                "Follow-up #{id} is for {name} in the trash: restore the contact first.",
            )
        else:
            sentence = translate(
                "follow_through",
                "Follow-up #{id} is for a contact in the trash: restore the contact first.",
            )
        raise FollowUpError(sentence.format(id=follow_up_id, name=status.name if status else ""))
    if follow_up.state not in follow_ups.OPEN_STATES:
        if follow_up.state is FollowUpState.DONE:
            sentence = translate(
                "follow_through", "Follow-up #{id} was already done, so nothing changed."
            )
        else:
            sentence = translate(
                "follow_through", "Follow-up #{id} was already skipped, so nothing changed."
            )
        raise FollowUpError(sentence.format(id=follow_up_id))
    return follow_up


def _changed_since(connection: sqlite3.Connection, follow_up: FollowUp) -> FollowUpError:
    status = follow_ups.contact_status(connection, follow_up.contact_id)
    if status is not None and status.name:
        sentence = translate(
            "follow_through",
            "The follow-up with {name} was changed again since, so this can no longer be undone.",
        )
    else:
        sentence = translate(
            "follow_through",
            "This follow-up was changed again since, so this can no longer be undone.",
        )
    return FollowUpError(sentence.format(name=status.name if status else ""))


def _check_live_contact(connection: sqlite3.Connection, contact_id: int) -> None:
    status = follow_ups.contact_status(connection, contact_id)
    if status is None:
        raise _contact_gone(contact_id)
    if status.in_trash:
        if status.name:
            sentence = translate(
                "follow_through", "{name} is in the trash: restore the contact first."
            )
        else:
            sentence = translate(
                "follow_through", "This contact is in the trash: restore the contact first."
            )
        raise FollowUpError(sentence.format(name=status.name))


def _contact_gone(contact_id: int) -> FollowUpError:
    return FollowUpError(
        translate("follow_through", "Contact #{id} is no longer in the library.").format(
            id=contact_id
        )
    )
