"""Issue 5's whole flow from a fresh library, as a user goes through it.

Three card photos are imported, accepted with where they were met and what
each person was interested in; the queue then holds their first steps on the
right day, a draft recalls the person, opens as a mail link and an .eml, and
done / snooze / replied move each sequence on. The pending follow-ups export
to an .ics that a calendar parser reads.
"""

from __future__ import annotations

import email
import email.policy
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit
from zoneinfo import ZoneInfo

import icalendar

from cardkeeper.app import follow_through, review
from cardkeeper.app.builtin_templates import THANK_YOU
from cardkeeper.app.drafts import draft_for
from cardkeeper.app.follow_up_queue import Section, sections
from cardkeeper.app.import_cards import ImportStatus, import_images
from cardkeeper.domain import ActivityKind, FollowUpState, Outcome, Sender
from cardkeeper.interop.eml import eml_bytes
from cardkeeper.interop.icalendar_todos import todos_ics
from cardkeeper.interop.mailto import mailto_uri
from cardkeeper.reading.pipeline import ReadingOptions
from cardkeeper.store.activities import Activities
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import open_library
from cardkeeper.store.events import Events
from cardkeeper.store.follow_ups import FollowUps
from tests.card_files import write_desk_photo

BERLIN = ZoneInfo("Europe/Berlin")
MET = date(2026, 11, 23)  # a Monday at the fair
TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)
INTERESTS = ["route planning for cold chains", "warehouse robotics", "customs paperwork"]
ME = Sender(name="Maya Lindqvist", company="Northwind Freight", email="maya@northwind.example")


def test_three_cards_from_import_to_calendar(tmp_path: Path) -> None:
    photos = [write_desk_photo(tmp_path / "photos", seed)[0] for seed in (21, 22, 23)]
    with open_library(tmp_path / "library") as library:
        results = list(import_images(library, photos, ReadingOptions(), event="LogiMAT"))
        assert [r.status for r in results] == [ImportStatus.ADDED] * 3
        event = Events(library).get_or_create("LogiMAT")
        ids = [r.contact_id for r in results]
        assert None not in ids
        contacts = Contacts(library).get_contacts(i for i in ids if i is not None)
        for contact, photo in zip(contacts, photos, strict=True):
            assert contact.id is not None
            (scanned,) = Activities(library).for_contact(contact.id)
            assert (scanned.kind, scanned.detail) == (
                ActivityKind.SCANNED,
                f"Card read from {photo.name}",
            )

        # Review: each card is accepted with the day met and its person's interest.
        for contact, interest in zip(contacts, INTERESTS, strict=True):
            reviewed = replace(contact, event_id=event.id, met_on=MET, interested_in=interest)
            scheduled = review.accept(library, reviewed, today=TODAY, now=NOW)
            assert scheduled is not None
            assert scheduled.due == MET + timedelta(days=1)  # the thank-you, day 1 after
        queue = FollowUps(library).open_items()
        assert len(queue) == 3
        assert sections(queue, TODAY) == [(Section.THIS_WEEK, queue)]
        assert sections(queue, MET + timedelta(days=1)) == [(Section.TODAY, queue)]

        # The next morning: a personal thank-you for the first person.
        tuesday = MET + timedelta(days=1)
        first = next(item for item in queue if item.interested_in == INTERESTS[0])
        person = Contacts(library).get_contact(first.follow_up.contact_id)
        assert person is not None and person.emails
        draft = draft_for(library, first.follow_up.contact_id, THANK_YOU, ME, tuesday)
        assert draft.to == person.emails[0]
        assert "LogiMAT" in draft.subject
        assert INTERESTS[0] in draft.body
        assert (person.given_name or "there") in draft.body.splitlines()[0]
        assert "Maya Lindqvist" in draft.body
        assert "{{" not in draft.body and "{%" not in draft.body

        link = urlsplit(mailto_uri(draft))
        assert link.scheme == "mailto"
        assert unquote(link.path) == person.emails[0]
        fields = parse_qs(link.query)
        assert fields["subject"] == [draft.subject]
        assert fields["body"][0].replace("\r\n", "\n") == draft.body

        message = email.message_from_bytes(eml_bytes(draft, ME, NOW), policy=email.policy.default)
        assert message["X-Unsent"] == "1"
        assert message["Subject"] == draft.subject
        assert person.emails[0] in message["To"]
        assert "maya@northwind.example" in message["From"]
        body = message.get_body()
        assert body is not None
        assert body.get_content().strip().replace("\r\n", "\n") == draft.body.strip()

        # Done moves the first sequence to its offer, six days later.
        others = [item for item in queue if item is not first]
        offer = follow_through.done(library, first.follow_up.id or 0, tuesday, NOW)
        assert offer is not None
        assert (offer.step, offer.due) == (2, tuesday + timedelta(days=6))
        logged = Activities(library).for_contact(first.follow_up.contact_id)
        assert sorted(a.kind for a in logged) == [ActivityKind.EMAILED, ActivityKind.SCANNED]
        contacted = Contacts(library).get_contact(first.follow_up.contact_id)
        assert contacted is not None and contacted.last_contacted_at == NOW
        # Snooze puts the second off to Friday; replied ends the third.
        friday = tuesday + timedelta(days=3)
        snoozed = follow_through.snooze(library, others[0].follow_up.id or 0, friday, tuesday, NOW)
        assert (snoozed.state, snoozed.due) == (FollowUpState.SNOOZED, friday)
        follow_through.replied(library, others[1].follow_up.id or 0, tuesday, NOW)
        ended = FollowUps(library).get(others[1].follow_up.id or 0)
        assert ended is not None and ended.outcome == Outcome.REPLIED
        assert FollowUps(library).for_contact(others[1].follow_up.contact_id) == [ended]

        pending = FollowUps(library).open_items()
        assert sorted((i.follow_up.step, i.follow_up.due) for i in pending) == [
            (1, friday),
            (2, tuesday + timedelta(days=6)),
        ]
        calendar = icalendar.Calendar.from_ical(todos_ics(pending, BERLIN, NOW))
        todos = list(calendar.walk("VTODO"))
        assert len(todos) == 2
        dues = sorted(todo.decoded("DUE") for todo in todos)
        # 09:00 in Berlin in winter is 08:00 UTC.
        assert dues[0] == datetime(2026, 11, 27, 8, 0, tzinfo=UTC)
        for todo in todos:
            (alarm,) = todo.walk("VALARM")
            assert alarm.decoded("TRIGGER") == todo.decoded("DUE")
