"""``cardkeeper export``: the library's follow-ups as a file for other programs.

Only iCalendar for now (``--format ics``); the format stays a choice so
vCard and CSV can join it without changing how the command is called.
"""

from __future__ import annotations

import re
import sys
from datetime import UTC, datetime, time
from pathlib import Path

from cardkeeper import paths
from cardkeeper.interop.files import write_atomically
from cardkeeper.interop.icalendar_todos import local_zone, todos_ics
from cardkeeper.store.database import open_library
from cardkeeper.store.follow_ups import FollowUps

FORMATS = ("ics",)


def run_export(format_: str, out: str, *, remind_at: str, data_dir: str | None) -> int:
    """Write the open follow-ups to ``out`` ("-" for standard output); 2 if it cannot be written."""
    at = _time_of_day(remind_at)
    if at is None:
        print(
            f"cardkeeper: “{remind_at}” is not a time of day: write it as HH:MM.", file=sys.stderr
        )
        return 2
    now = datetime.now(UTC)
    with open_library(paths.data_dir(data_dir)) as library:
        items = FollowUps(library).open_items()
    if format_ not in FORMATS:  # argparse lets no other through; a new one must be added here
        raise ValueError(format_)
    data = todos_ics(items, local_zone(), now, at)
    if out == "-":
        sys.stdout.buffer.write(data)
        return 0
    target = Path(out).expanduser()
    try:
        write_atomically(target, data)
    except OSError as error:
        reason = (error.strerror or str(error)).lower()
        print(f"cardkeeper: {target} could not be written: {reason}.", file=sys.stderr)
        return 2
    count = len(items)
    print(f"Wrote {count} follow-up{'' if count == 1 else 's'} to {target}.")
    return 0


def _time_of_day(text: str) -> time | None:
    """9, 9:00 or 09:00 as a time; None for anything else."""
    found = re.fullmatch(r"(\d{1,2})(?::(\d{2}))?", text.strip())
    if not found:
        return None
    hour, minute = int(found.group(1)), int(found.group(2) or 0)
    return time(hour, minute) if hour < 24 and minute < 60 else None
