"""``cardkeeper followups``: the queue from a terminal, and done, snooze, skip, replied on it.

This is where the clock is read: the app layer takes ``today`` and ``now``
from here, so it answers the same way in a test with a fixed clock.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta

from cardkeeper import paths
from cardkeeper.app import follow_through
from cardkeeper.app.follow_up_queue import Section, days_late, section_of
from cardkeeper.domain import FollowUp, QueueItem
from cardkeeper.errors import CardKeeperError, FollowUpError
from cardkeeper.store import follow_ups
from cardkeeper.store.database import Library, open_library
from cardkeeper.store.follow_ups import FollowUps
from cardkeeper.terminal import json_shown, shown
from cardkeeper.wording import counted, one_line

ACTIONS = ("done", "snooze", "skip", "replied", "not-interested")

_Action = Callable[[Library, int, date, datetime], str]
"""Does one thing to a follow-up and says what became of it (without the name)."""

_HEADINGS = ("ID", "DUE", "WHEN", "NAME", "COMPANY", "STEP", "REASON")


def run_followups(
    action: str | None,
    ids: Sequence[str],
    *,
    data_dir: str | None,
    due_only: bool = False,
    as_json: bool = False,
    until: str | None = None,
    days: int | None = None,
) -> int:
    """List the open follow-ups, or apply ``action`` to each id; exit status 1 if any failed."""
    now = datetime.now(UTC)
    today = follow_through.local_date(now)
    with open_library(paths.data_dir(data_dir)) as library:
        if action is None:
            _print_queue(library, today, due_only=due_only, as_json=as_json)
            return 0
        act = _action(action, today, until, days)
        failed = False
        for raw in ids:
            try:
                number = _number(raw)
                told = act(library, number, today, now)
                print(f"#{number} {shown(_name(library, number))}: {told}", flush=True)
            except CardKeeperError as error:
                failed = True
                print(shown(error), flush=True)
        return 1 if failed else 0


def _print_queue(library: Library, today: date, *, due_only: bool, as_json: bool) -> None:
    items = FollowUps(library).open_items()
    if due_only:
        due = (Section.OVERDUE, Section.TODAY)
        items = [item for item in items if section_of(item, today) in due]
    if as_json:
        listed = [_as_json(item, today) for item in items]
        print(json_shown(json.dumps(listed, ensure_ascii=False, indent=2)))
    elif not items:
        print("Nothing is due today." if due_only else "No follow-ups are open.")
    else:
        _print_table([_as_row(item, today) for item in items])


def _as_json(item: QueueItem, today: date) -> dict[str, object]:
    follow_up = item.follow_up
    return {
        "id": follow_up.id,
        "contact_id": follow_up.contact_id,
        "name": item.contact_name,
        "company": item.company,
        "email": item.email,
        "event": item.event_name,
        "met_on": item.met_on.isoformat() if item.met_on else None,
        "interested_in": item.interested_in,
        "due": follow_up.due.isoformat(),
        "section": section_of(item, today).value,
        "days_late": days_late(item, today),
        "state": follow_up.state.value,
        "channel": follow_up.channel.value,
        "step": follow_up.step,
        "steps": item.steps_in_sequence,
        "sequence": item.sequence_name,
        "reason": follow_up.reason,
        "template": item.template_name,
    }


def _as_row(item: QueueItem, today: date) -> tuple[str, ...]:
    follow_up = item.follow_up
    step = f"{follow_up.step} of {item.steps_in_sequence}" if item.steps_in_sequence else "-"
    return (
        str(follow_up.id),
        follow_up.due.isoformat(),
        _when(item, today),
        shown(one_line(item.contact_name)) or "(no name)",
        shown(one_line(item.company)),
        step,
        shown(one_line(follow_up.reason)),
    )


def _when(item: QueueItem, today: date) -> str:
    late = days_late(item, today)
    if late:
        return f"{counted(late, 'day')} late"
    ahead = (item.follow_up.due - today).days
    if ahead <= 0:
        return "today"
    return f"in {counted(ahead, 'day')}"


def _print_table(rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(row[i]) for row in [_HEADINGS, *rows]) for i in range(len(_HEADINGS))]
    for row in [_HEADINGS, *rows]:
        cells = [cell.ljust(width) for cell, width in zip(row[:-1], widths, strict=False)]
        print("  ".join([*cells, row[-1]]).rstrip())


def _action(action: str, today: date, until: str | None, days: int | None) -> _Action:
    if action == "snooze":
        day = _snooze_day(today, until, days)

        def snooze(library: Library, number: int, today: date, now: datetime) -> str:
            follow_through.snooze(library, number, day, today, now)
            return f"snoozed until {day.isoformat()}."

        return snooze
    if action in ("done", "skip"):
        move = follow_through.done if action == "done" else follow_through.skip
        verb = "done" if action == "done" else "skipped"

        def move_on(library: Library, number: int, today: date, now: datetime) -> str:
            return f"{verb}; {_next(move(library, number, today, now))}"

        return move_on
    end = follow_through.replied if action == "replied" else follow_through.not_interested
    outcome = "replied" if action == "replied" else "not interested"

    def finish(library: Library, number: int, today: date, now: datetime) -> str:
        end(library, number, today, now)
        return f"{outcome}; the sequence has ended."

    return finish


def _snooze_day(today: date, until: str | None, days: int | None) -> date:
    if days is not None:
        return today + timedelta(days=days)
    try:
        return date.fromisoformat(until or "")
    except ValueError:
        raise FollowUpError(f"“{until}” is not a date: write it as YYYY-MM-DD.") from None


def _next(scheduled: FollowUp | None) -> str:
    if scheduled is None:
        return "that was the last step."
    return f"next is #{scheduled.id}, step {scheduled.step}, due {scheduled.due.isoformat()}."


def _number(raw: str) -> int:
    text = raw.strip().removeprefix("#")
    if not text.isdigit():
        raise FollowUpError(f"“{raw}” is not a follow-up number: use one from the ID column.")
    return int(text)


def _name(library: Library, number: int) -> str:
    follow_up = follow_ups.find(library.connection, number)
    status = (
        follow_ups.contact_status(library.connection, follow_up.contact_id) if follow_up else None
    )
    return one_line(status.name) if status and status.name else "(no name)"
