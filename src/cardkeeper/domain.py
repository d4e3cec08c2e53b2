"""The things CardKeeper is about, as plain data.

These dataclasses are shared by every layer (store, reading, interop, app, gui)
so they import nothing but the standard library.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta


class PhoneKind(enum.StrEnum):
    WORK = "work"
    MOBILE = "mobile"
    FAX = "fax"
    OTHER = "other"


@dataclass(frozen=True)
class Phone:
    kind: PhoneKind
    number: str
    """E.164, e.g. ``+493012345678``; as printed when a card did not tell its country."""
    printed: str = ""
    """As it was printed on the card, kept so the user can see what was read."""
    label: str = ""
    """A name beyond the kind ("Assistant", "Home office"), as address books keep it, so
    it survives a trip through their files; "" when the kind says it all."""


@dataclass(frozen=True)
class Event:
    """Where the user met people: a fair, a conference, a meeting."""

    name: str
    date: date | None = None
    place: str = ""
    id: int | None = None


@dataclass(frozen=True)
class AddressParts:
    """An address split the way address books keep it (vCard ``ADR``, the address
    columns of Google's and Outlook's CSV), so that other programs get the city and
    postcode in their own fields. The text as printed on the card stays in
    :attr:`Contact.address`: the parts serve other programs, the text is what was read."""

    street: str = ""
    extended: str = ""
    """A second line: suite, floor, building, c/o."""
    postcode: str = ""
    city: str = ""
    region: str = ""
    """State, province, prefecture or county, as printed."""
    country: str = ""
    """An ISO 3166 code ("DE") when known; a file's own spelling when it named no known one."""

    @property
    def is_empty(self) -> bool:
        return not any(
            (self.street, self.extended, self.postcode, self.city, self.region, self.country)
        )


SINGLE_TEXT_FIELDS = (
    "prefix",
    "given_name",
    "middle_name",
    "family_name",
    "suffix",
    "full_name",
    "reading_given",
    "reading_family",
    "title",
    "company",
    "address",
)
"""The fields of :class:`Contact` that hold one short text each, in the order a form shows
them: what a merge fills in where empty, and what a CSV column can be read into first.
Notes and interests are longer texts, joined rather than filled in."""


@dataclass
class Contact:
    given_name: str = ""
    family_name: str = ""
    prefix: str = ""
    middle_name: str = ""
    suffix: str = ""
    full_name: str = ""
    reading_given: str = ""
    reading_family: str = ""
    """The name in Latin letters as printed beside a name in another script (``Taro`` and
    ``Yamada`` beside ``山田太郎``): how it is said and sorted, exported as vCard's
    ``X-PHONETIC-FIRST-NAME`` and ``X-PHONETIC-LAST-NAME``."""
    title: str = ""
    company: str = ""
    address: str = ""
    """As printed on the card (or as another program gave it), lines joined by newlines."""
    address_parts: AddressParts = field(default_factory=AddressParts)
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
    last_contacted_at: datetime | None = None
    uid: str = ""
    """Who this is across programs (vCard/CardDAV UID): the store gives each new contact
    one, so an exported contact imported again is recognised instead of doubled."""

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


class Outcome(enum.StrEnum):
    """Why a sequence ended before its last step; NONE while it runs or when it ran out."""

    NONE = ""
    REPLIED = "replied"
    NOT_INTERESTED = "not_interested"


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
    sequence_id: int | None = None
    outcome: Outcome = Outcome.NONE
    id: int | None = None


@dataclass
class Template:
    name: str
    subject: str
    body: str
    built_in: bool = False
    id: int | None = None


@dataclass(frozen=True)
class SequenceStep:
    """One move of a sequence: "day 7-9: offer something" is delay 6 after step 1, window 2."""

    step: int
    delay_days: int
    """Counted from the day the previous step was done (from meeting the person for step 1),
    so a late step pushes the rest back instead of bunching them up."""
    window_days: int = 0
    """Days after its due date that the step is still on time rather than late."""
    business_days: bool = False
    channel: Channel = Channel.EMAIL
    template_id: int | None = None
    reason: str = ""


@dataclass
class Sequence:
    name: str
    steps: list[SequenceStep] = field(default_factory=list)
    built_in: bool = False
    id: int | None = None


@dataclass(frozen=True)
class Sender:
    """The user, as their drafts sign off: from the settings."""

    name: str = ""
    company: str = ""
    title: str = ""
    email: str = ""
    signature: str = ""


@dataclass(frozen=True)
class QueueItem:
    """A follow-up with what the queue shows about its person, read in one query."""

    follow_up: FollowUp
    contact_name: str
    company: str
    email: str
    """The contact's first email, or ""."""
    event_name: str
    met_on: date | None
    interested_in: str
    sequence_name: str
    steps_in_sequence: int
    template_name: str
    window_days: int = 0
    """Days after the due day that the step is still on time (its step's window; 0 once
    snoozed, since the user then picked the day)."""

    @property
    def last_on_time(self) -> date:
        return self.follow_up.due + timedelta(days=self.window_days)


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
