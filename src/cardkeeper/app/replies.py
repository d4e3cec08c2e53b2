"""Replies noticed: mail from a contact with an open follow-up ends the sequence, and mail the
user sent them does the step, as if marked in the Follow-ups window.

Only with the user's consent (``Settings.notice_replies``). The first check asks
the server, in a few SEARCH commands, for the mail since the oldest step watched: in
the inbox from the contacts' addresses, in the sent folder to them. Each check
remembers how far it read each folder (by UID), so the next one reads only what
came since: a check every few minutes costs the headers of the new mail, not a
search of the whole mailbox. Only the From, To, Cc and Date headers are read (never
a body), and nothing of them is kept. A message counts for a step only when it
came after the step was drafted or the step before it sent (a reply), or after the
step was scheduled (the user's own email).

The marks go through the same use cases as the Follow-ups window's buttons
(:func:`~cardkeeper.app.follow_through.done` and
:func:`~cardkeeper.app.follow_through.replied`), dated when the message came, and
each is listed in the report, so the window can say what was found and take it back.
The user's own emails are seen first: an email sent today and its reply found in
the same check end the sequence at the next step.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from cardkeeper.app import follow_through
from cardkeeper.app.mail_account import mail_server, open_mailbox, saved_password, sent_folder
from cardkeeper.domain import FollowUp
from cardkeeper.errors import FollowUpError
from cardkeeper.interop.imap import Mailbox, MessageHeader
from cardkeeper.logs import Stopwatch
from cardkeeper.settings import Settings
from cardkeeper.store import mail_drafts
from cardkeeper.store.database import Library
from cardkeeper.store.mail_drafts import WatchedStep, watched_steps

INBOX = "INBOX"
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

log = logging.getLogger(__name__)


class Seen(enum.StrEnum):
    REPLIED = "replied"
    """They wrote back: the sequence ended."""
    SENT = "sent"
    """The user emailed them: the step is done, the next one scheduled."""


@dataclass(frozen=True)
class Noticed:
    """One follow-up marked from the mailbox, as the queue's buttons would have marked it."""

    seen: Seen
    change: follow_through.QueueChange
    """What the mark did, as the queue's own actions say it, so Edit ▸ Undo takes it back."""
    name: str
    at: datetime
    """When the message came."""

    @property
    def follow_up(self) -> FollowUp:
        """The follow-up as it was before the mark."""
        return self.change.before

    @property
    def next_step(self) -> FollowUp | None:
        """The step scheduled by a step done, if any."""
        return self.change.next_step


@dataclass
class ReplyReport:
    """What one check found: the follow-ups it marked, and what it cost."""

    noticed: list[Noticed] = field(default_factory=list)
    watched: int = 0
    """Open follow-ups of contacts with an email address, looked for."""
    bytes_received: int = 0
    finished_at: datetime | None = None

    def marked(self, seen: Seen) -> list[Noticed]:
        return [n for n in self.noticed if n.seen is seen]


def check_replies_if_chosen(library: Library, settings: Settings) -> ReplyReport | None:
    """Check as :func:`check_replies` does, or return None without a word to the server when
    the user has not chosen to, or no mailbox or password is set up (the timer's check)."""
    server = mail_server(settings)
    if not settings.notice_replies or server is None or saved_password(server) is None:
        return None
    if not watched_steps(library):
        return ReplyReport(finished_at=datetime.now().astimezone())
    with open_mailbox(settings) as mailbox:
        return check_replies(library, mailbox)


def check_replies(library: Library, mailbox: Mailbox, now: datetime | None = None) -> ReplyReport:
    """Look in the inbox and sent folder for mail from and to contacts with open follow-ups,
    and mark the follow-ups it answers or does."""
    watch = Stopwatch()
    report = ReplyReport()
    before = mailbox.bytes_received
    moment = now or datetime.now().astimezone()
    sent = sent_folder(mailbox.folders())
    steps = watched_steps(library)
    report.watched = len(steps)
    if sent is not None:
        read = _Read(library, mailbox, sent.name, to_them=True)
        found = read.messages(steps, {s.follow_up_id: s.scheduled_at for s in steps}, set())
        with library.batch():  # one commit for the marks, made after the server answered
            for step in steps:
                message = _first(found, step, step.scheduled_at)
                if message is not None:
                    at = _when(message, step.scheduled_at, moment)
                    _mark(library, report, step, Seen.SENT, at)
            read.note_seen()
    steps = [s for s in watched_steps(library) if s.reply_since is not None]
    # A step scheduled by an email just seen counts replies from that email on, which may
    # be older than what the last check read.
    late = {n.next_step.id for n in report.noticed if n.next_step is not None}
    read = _Read(library, mailbox, INBOX, to_them=False)
    found = read.messages(steps, {s.follow_up_id: s.reply_since for s in steps}, late)
    with library.batch():
        for step in steps:
            assert step.reply_since is not None
            message = _first(found, step, step.reply_since)
            if message is not None:
                _mark(library, report, step, Seen.REPLIED, _when(message, step.reply_since, moment))
        read.note_seen()
    report.bytes_received = mailbox.bytes_received - before
    report.finished_at = datetime.now().astimezone()
    log.info(
        "Replies: %d follow-ups looked for, %d replied, %d sent; %d bytes in %.1f s",
        report.watched,
        len(report.marked(Seen.REPLIED)),
        len(report.marked(Seen.SENT)),
        report.bytes_received,
        watch.seconds(),
    )
    return report


def replied_note(at: datetime) -> str:
    """The activity log's line for a reply seen in the mailbox: "Replied on 9 Dec (…)"."""
    local = at.astimezone()
    return f"Replied on {local.day} {_MONTHS[local.month - 1]} (seen in your mailbox)."


def _mark(
    library: Library, report: ReplyReport, step: WatchedStep, seen: Seen, at: datetime
) -> None:
    today = follow_through.local_date(at)
    if seen is Seen.REPLIED:
        action, note = follow_through.QueueAction.REPLIED, replied_note(at)
    else:
        action, note = follow_through.QueueAction.DONE, ""
    try:
        change = follow_through.change(library, action, step.follow_up_id, today, at, note=note)
    except FollowUpError:
        return  # marked in the window meanwhile (or gone): the user's mark stands
    report.noticed.append(Noticed(seen, change, step.name, at))


class _Read:
    """One folder read for a check: at the first check (or once the server numbered it
    anew) by SEARCH FROM/TO the watched addresses SINCE the oldest step's day; after that,
    only the headers of the messages that came since the last check, by UID."""

    def __init__(self, library: Library, mailbox: Mailbox, folder: str, *, to_them: bool) -> None:
        self.library = library
        self.mailbox = mailbox
        self.folder = folder
        self.to_them = to_them
        self.account = f"{mailbox.server.user}@{mailbox.server.host}:{mailbox.server.port}"
        self.state = mailbox.examine(folder)

    def messages(
        self,
        steps: Sequence[WatchedStep],
        since: dict[int, datetime | None],
        late: set[int | None],
    ) -> dict[str, list[MessageHeader]]:
        """The messages for ``steps`` (each from its ``since``), by address; the steps in
        ``late`` are looked for in the whole folder."""
        seen = mail_drafts.seen_up_to(self.library, self.account, self.folder)
        if seen is None or seen[0] != self.state.uid_validity:
            found = self._search(steps, since)
        else:
            found = self.mailbox.headers_between(self.folder, seen[1] + 1, self.state.last_uid)
            found += self._search([s for s in steps if s.follow_up_id in late], since)
        return _by_address(found, to_them=self.to_them)

    def _search(
        self, steps: Sequence[WatchedStep], since: dict[int, datetime | None]
    ) -> list[MessageHeader]:
        days = [moment for step in steps if (moment := since[step.follow_up_id]) is not None]
        if not days:
            return []
        addresses = {address for step in steps for address in step.addresses}
        find = self.mailbox.to_any if self.to_them else self.mailbox.from_any
        return find(self.folder, addresses, _day_before(days))

    def note_seen(self) -> None:
        """Remember how far the folder was read, in the transaction of the marks it led to."""
        with self.library.transaction() as connection:
            mail_drafts.note_seen(
                connection,
                self.account,
                self.folder,
                self.state.uid_validity,
                self.state.last_uid,
            )


def _first(
    found: dict[str, list[MessageHeader]], step: WatchedStep, after: datetime
) -> MessageHeader | None:
    """The earliest message for ``step`` that came after ``after``, to the second (the
    server keeps no finer arrival time)."""
    since = after.replace(microsecond=0)
    matching = [m for a in step.addresses for m in found.get(a, ()) if m.received >= since]
    return min(matching, key=lambda message: message.received, default=None)


def _when(message: MessageHeader, after: datetime, now: datetime) -> datetime:
    """When the message came, as the mark is dated: never before what it answers (the server
    keeps whole seconds) nor after now (a server clock ahead)."""
    return min(max(message.received, after), now)


def _by_address(found: Iterable[MessageHeader], *, to_them: bool) -> dict[str, list[MessageHeader]]:
    """The messages under each address they were to (or from), for a look-up per step."""
    index: dict[str, list[MessageHeader]] = {}
    for message in found:
        for address in message.recipients if to_them else message.senders:
            index.setdefault(address, []).append(message)
    return index


def _day_before(moments: Iterable[datetime]) -> date:
    """The day before the earliest moment: SEARCH SINCE counts whole days in the server's zone."""
    return (min(moments) - timedelta(days=1)).date()
