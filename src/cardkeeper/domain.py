"""The things CardKeeper is about, as plain data.

These dataclasses are shared by every layer (store, reading, interop, app, gui)
so they import nothing but the standard library.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime


class PhoneKind(enum.StrEnum):
    WORK = "work"
    MOBILE = "mobile"
    FAX = "fax"
    OTHER = "other"


@dataclass(frozen=True)
class Phone:
    kind: PhoneKind
    number: str
    """E.164, e.g. ``+493012345678``."""
    printed: str = ""
    """As it was printed on the card, kept so the user can see what was read."""


@dataclass(frozen=True)
class Event:
    """Where the user met people: a fair, a conference, a meeting."""

    name: str
    date: date | None = None
    place: str = ""
    id: int | None = None


@dataclass
class Contact:
    given_name: str = ""
    family_name: str = ""
    prefix: str = ""
    middle_name: str = ""
    suffix: str = ""
    full_name: str = ""
    title: str = ""
    company: str = ""
    address: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[Phone] = field(default_factory=list)
    websites: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    notes: str = ""
    interested_in: str = ""
    event_id: int | None = None
    met_on: date | None = None
    needs_review: bool = True
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def display_name(self) -> str:
        if self.full_name:
            return self.full_name
        return " ".join(p for p in (self.given_name, self.family_name) if p)


class FollowUpState(enum.StrEnum):
    PENDING = "pending"
    DONE = "done"
    SNOOZED = "snoozed"
    SKIPPED = "skipped"


class Channel(enum.StrEnum):
    EMAIL = "email"
    CALL = "call"
    MEETING = "meeting"
    OTHER = "other"


@dataclass
class FollowUp:
    contact_id: int
    due: date
    channel: Channel = Channel.EMAIL
    step: int = 1
    reason: str = ""
    template_id: int | None = None
    state: FollowUpState = FollowUpState.PENDING
    state_changed_at: datetime | None = None
    id: int | None = None


@dataclass
class Template:
    name: str
    subject: str
    body: str
    id: int | None = None


class ActivityKind(enum.StrEnum):
    SCANNED = "scanned"
    MET = "met"
    EMAILED = "emailed"
    CALLED = "called"
    NOTE = "note"


@dataclass(frozen=True)
class Activity:
    contact_id: int
    kind: ActivityKind
    at: datetime
    detail: str = ""
    id: int | None = None
