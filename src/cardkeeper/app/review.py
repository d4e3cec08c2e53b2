"""Reviewing imported cards: the user looks at what the reader found, mends it, accepts it.

A contact imported from a card needs review until the user has looked at it,
since OCR misreads; accepting it is also what starts its follow-up sequence.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from cardkeeper.app.follow_through import schedule_first_step_for
from cardkeeper.domain import Contact, FollowUp
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library


def accept(library: Library, contact: Contact, *, today: date, now: datetime) -> FollowUp | None:
    """Save ``contact`` as the user sees it, marked as reviewed, and start its follow-ups.

    Saving the fields too means the edits the user made while looking are kept
    by the same click; ``contact`` itself is unchanged. The first step follows
    the event and day met as edited. Returns the follow-up scheduled, or None
    when the contact already had an open one (accepting twice schedules once).

    The step is scheduled before the contact is saved: should the save fail
    (a full disk), the card stays in the inbox with its follow-up, and
    accepting it again saves it without scheduling a second one, where the
    other order could leave a reviewed contact that nothing reminds about.
    """
    scheduled = schedule_first_step_for(library, contact, today, now)
    Contacts(library).update_contact(replace(contact, needs_review=False))
    return scheduled
