"""Open follow-ups as iCalendar to-dos (RFC 5545), so they show in the user's calendar app.

Each follow-up is a VTODO due at a chosen time of the user's day (9:00 unless
said otherwise) with an alarm at that moment. Times are written in UTC,
converted from the user's zone for that very day, so a follow-up due on the
day clocks change still rings at 9:00 local time and no VTIMEZONE is needed.
The alarm's trigger is an absolute time because relative triggers are read
differently by different apps when a to-do has no start. UIDs come from the
follow-up's id: exporting again updates the same to-dos instead of adding
copies.
"""

from __future__ import annotations

import time as clock
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from icalendar import Alarm, Calendar, Todo

from cardkeeper.domain import QueueItem
from cardkeeper.interop.written_dates import day_text
from cardkeeper.wording import one_line

PRODUCT_ID = "-//CardKeeper//Follow-ups//EN"


def todos_ics(
    items: Sequence[QueueItem], zone: tzinfo, now: datetime, remind_at: time = time(9)
) -> bytes:
    """An iCalendar file with one VTODO per follow-up, due ``remind_at`` in ``zone`` on its day.

    ``now`` (aware) is the DTSTAMP: when the file was made.
    """
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "CardKeeper follow-ups")
    stamp = now.astimezone(UTC)
    for item in items:
        calendar.add_component(_todo(item, due_at(item.follow_up.due, zone, remind_at), stamp))
    return bytes(calendar.to_ical())


def task_ics(
    item: QueueItem,
    zone: tzinfo,
    now: datetime,
    *,
    remind_at: time = time(9),
    completed_at: datetime | None = None,
    contact_url: str = "",
) -> bytes:
    """One follow-up as the calendar resource a CalDAV task list holds (one VTODO).

    ``completed_at`` closes it (done, skipped or ended here): COMPLETED with no alarm, so the
    calendar app stops reminding. ``contact_url`` links back to the person (CONTACT's
    ALTREP, RFC 5545 3.8.4.2): the card's address on the CardDAV server when it is there.
    """
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    todo = _todo(item, due_at(item.follow_up.due, zone, remind_at), now.astimezone(UTC))
    contact = ", ".join(p for p in (one_line(item.contact_name), one_line(item.company)) if p)
    if contact and contact_url:
        todo.add("contact", contact, parameters={"ALTREP": contact_url})
    elif contact:
        todo.add("contact", contact)
    if completed_at is not None:
        todo["status"] = "COMPLETED"
        todo.add("completed", completed_at.astimezone(UTC))
        todo.add("percent-complete", 100)
        todo.subcomponents = [c for c in todo.subcomponents if c.name != "VALARM"]
    calendar.add_component(todo)
    return bytes(calendar.to_ical())


@dataclass(frozen=True)
class TaskState:
    """What a calendar app can change of a follow-up's task: whether it is done, and its day."""

    finished: bool
    """Marked completed (or given a completion time) in the calendar."""
    cancelled: bool
    due: date | None
    """The due day on the user's calendar; None when the task has no due date."""


def read_task(body: bytes, zone: tzinfo) -> TaskState | None:
    """The state of the first VTODO of a calendar resource, or None when it holds none or
    cannot be read."""
    try:
        calendar = Calendar.from_ical(body)
    except ValueError:
        return None
    todo = next(iter(calendar.walk("VTODO")), None)
    if todo is None:
        return None
    status = str(todo.get("status", "")).upper()
    due_value = todo.get("due")
    due: date | None = None
    if due_value is not None:
        moment = due_value.dt
        if isinstance(moment, datetime):
            local = moment.astimezone(zone) if moment.tzinfo else moment
            due = local.date()
        else:
            due = moment
    finished = status == "COMPLETED" or "completed" in todo
    return TaskState(finished, status == "CANCELLED", due)


def due_at(day: date, zone: tzinfo, remind_at: time = time(9)) -> datetime:
    """``remind_at`` on ``day`` in ``zone``, in UTC, with that day's offset (DST included).

    A time the clocks skip (02:30 on the spring change) is read with the
    offset before the change, so it comes an hour later by the new clock
    rather than not at all.
    """
    return datetime.combine(day, remind_at, tzinfo=zone).astimezone(UTC)


def uid(follow_up_id: int | None) -> str:
    """The to-do's lasting identity: the same follow-up always gets the same UID."""
    return f"follow-up-{follow_up_id}@cardkeeper"


def summary(item: QueueItem) -> str:
    name = one_line(item.contact_name) or "someone"
    reason = one_line(item.follow_up.reason)
    return f"Follow up with {name}: {reason}" if reason else f"Follow up with {name}"


def description(item: QueueItem) -> str:
    """What the queue row shows, one fact a line, so the calendar entry is enough to act on."""
    follow_up = item.follow_up
    met = day_text(item.met_on) if item.met_on else ""
    where = ", ".join(part for part in (one_line(item.event_name), met) if part)
    step = f"Step {follow_up.step}"
    if item.steps_in_sequence:
        step += f" of {item.steps_in_sequence}"
    if item.sequence_name:
        step += f" of “{one_line(item.sequence_name)}”"
    facts = [
        ("Company", one_line(item.company)),
        ("Met", where),
        ("Interested in", one_line(item.interested_in)),
        ("Email", one_line(item.email)),
        ("Template", one_line(item.template_name)),
    ]
    lines = [f"{label}: {value}" for label, value in facts if value]
    lines.append(f"{step}, by {follow_up.channel.value}.")
    return "\n".join(lines)


def local_zone() -> tzinfo:
    """The zone the computer's clock is set to, with its DST rules (not just today's offset).

    Only the CLI and the GUI call this, as they alone read the real clock.
    """
    return _SystemZone()


class _SystemZone(tzinfo):
    """The C library's local time as a tzinfo: right on every day, on every platform."""

    def utcoffset(self, dt: datetime | None) -> timedelta:
        return timedelta(seconds=self._local(dt).tm_gmtoff)

    def dst(self, dt: datetime | None) -> timedelta:
        return timedelta(hours=1) if self._local(dt).tm_isdst > 0 else timedelta(0)

    def tzname(self, dt: datetime | None) -> str:
        return self._local(dt).tm_zone

    def _local(self, dt: datetime | None) -> clock.struct_time:
        if dt is None:
            return clock.localtime()
        fields = (dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, 0, 0, -1)
        return clock.localtime(clock.mktime(fields))


def _todo(item: QueueItem, due: datetime, stamp: datetime) -> Todo:
    todo = Todo()
    todo.add("uid", uid(item.follow_up.id))
    todo.add("dtstamp", stamp)
    todo.add("summary", summary(item))
    todo.add("description", description(item))
    todo.add("due", due)
    todo.add("status", "NEEDS-ACTION")
    todo.add("categories", ["Follow-up"])
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary(item))
    alarm.add("trigger", due, parameters={"VALUE": "DATE-TIME"})
    todo.add_component(alarm)
    return todo
