"""People met at events with follow-ups on chosen days, and a clock stopped on one day.

The windows get their today and now from a :class:`FixedClock`, so a test
knows which section each follow-up lands in and which day the next step is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from cardkeeper.app.built_ins import MET_AT_AN_EVENT, ensure_built_ins
from cardkeeper.domain import Contact, FollowUp
from cardkeeper.gui.common.clock import Clock
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from cardkeeper.store.events import Events
from cardkeeper.store.follow_ups import FollowUps
from cardkeeper.store.sequences import Sequences

TODAY = date(2026, 3, 10)
"""A Tuesday."""


class FixedClock(Clock):
    """A clock stopped at 09:00 UTC on ``day``; move it with :meth:`advance`."""

    def __init__(self, day: date = TODAY) -> None:
        self.day = day

    def now(self) -> datetime:
        return datetime.combine(self.day, time(9), tzinfo=UTC)

    def today(self) -> date:
        return self.day

    def advance(self, days: int) -> None:
        self.day += timedelta(days=days)


@dataclass(frozen=True)
class Met:
    contact_id: int
    follow_up_id: int


def meet(
    library: Library,
    name: str,
    *,
    due: date,
    step: int = 1,
    email: str | None = None,
    company: str = "",
    event: str = "Web Summit 2026, Lisbon",
    interest: str = "",
    met_on: date | None = None,
) -> Met:
    """A reviewed contact met at ``event``, step ``step`` of "Met at an event" due on ``due``."""
    ensure_built_ins(library)
    given, _, family = name.partition(" ")
    found = Events(library).get_or_create(event) if event else None
    contact_id = Contacts(library).save_new_contact(
        Contact(
            given_name=given,
            family_name=family,
            company=company,
            emails=[email if email is not None else f"{given.lower()}@example.com"]
            if email != ""
            else [],
            interested_in=interest,
            event_id=found.id if found else None,
            met_on=met_on or TODAY - timedelta(days=2),
            needs_review=False,
        )
    )
    sequence = Sequences(library).by_name(MET_AT_AN_EVENT)
    assert sequence is not None
    chosen = sequence.steps[step - 1]
    follow_up_id = FollowUps(library).add(
        FollowUp(
            contact_id=contact_id,
            due=due,
            channel=chosen.channel,
            step=step,
            reason=chosen.reason,
            template_id=chosen.template_id,
            sequence_id=sequence.id,
        )
    )
    return Met(contact_id, follow_up_id)
