"""``cardkeeper export``: the library as files for other programs.

``--format ics`` writes the open follow-ups for a calendar; ``vcf`` (vCard
4.0), ``vcf3`` (vCard 3.0), ``csv-google`` and ``csv-outlook`` write the
contacts, all of them or those of ``--event`` or ``--ids``.
"""

from __future__ import annotations

import logging
import re
import sys
from datetime import UTC, datetime, time
from pathlib import Path

from cardkeeper import paths
from cardkeeper.app.contact_exchange import (
    EXPORT_FORMATS,
    ExportFormat,
    chosen_contacts,
    event_contact_ids,
    exported_bytes,
    write_export,
)
from cardkeeper.errors import ExchangeError
from cardkeeper.interop.icalendar_todos import local_zone, todos_ics
from cardkeeper.logs import Stopwatch
from cardkeeper.store.database import open_library
from cardkeeper.store.follow_ups import FollowUps
from cardkeeper.terminal import shown
from cardkeeper.wording import counted

FORMATS = ("ics", *EXPORT_FORMATS)

log = logging.getLogger(__name__)


def run_export(
    format_: str,
    out: str,
    *,
    remind_at: str,
    data_dir: str | None,
    event: str | None = None,
    ids: str | None = None,
    photos: bool = False,
) -> int:
    """Write the open follow-ups or the contacts to ``out`` ("-" for standard output).

    2 if it cannot be written, or the choice of contacts names none there is.
    """
    if format_ in EXPORT_FORMATS:
        return _export_contacts(
            format_, out, data_dir=data_dir, event=event, ids=ids, photos=photos
        )
    if event is not None or ids is not None or photos:
        raise ExchangeError(
            "--event, --ids and --photos choose contacts: use them with vcf or csv."
        )
    at = _time_of_day(remind_at)
    if at is None:
        print(
            f"cardkeeper: “{remind_at}” is not a time of day: write it as HH:MM.", file=sys.stderr
        )
        return 2
    now = datetime.now(UTC)
    watch = Stopwatch()
    with open_library(paths.data_dir(data_dir)) as library:
        items = FollowUps(library).open_items()
        folder = library.folder
    if format_ not in FORMATS:  # argparse lets no other through; a new one must be added here
        raise ValueError(format_)
    data = todos_ics(items, local_zone(), now, at)
    log.info("Follow-ups export (ics): %d follow-ups in %.2f s", len(items), watch.seconds())
    return _write(data, out, folder, len(items), "follow-up")


def _export_contacts(
    fmt: ExportFormat,
    out: str,
    *,
    data_dir: str | None,
    event: str | None,
    ids: str | None,
    photos: bool,
) -> int:
    if photos and fmt not in ("vcf", "vcf3"):
        raise ExchangeError("Only a vCard has room for photos: use --format vcf or vcf3.")
    chosen = None if ids is None else _ids(ids)
    with open_library(paths.data_dir(data_dir)) as library:
        if event is not None:
            of_event = event_contact_ids(library, event)
            chosen = of_event if chosen is None else sorted(set(chosen) & set(of_event))
        contacts = chosen_contacts(library, chosen)
        data = exported_bytes(library, contacts, fmt, with_photos=photos)
    return _write(data, out, library.folder, len(contacts), "contact")


def _write(data: bytes, out: str, library_folder: Path, count: int, noun: str) -> int:
    if out == "-" and sys.stdout.isatty():  # read by a person: contact data must not drive it
        sys.stdout.write(shown(data.decode("utf-8", "replace"), lines=True))
        return 0
    if out == "-":
        sys.stdout.buffer.write(data)
        return 0
    target = Path(out).expanduser()
    try:
        write_export(library_folder, target, data)
    except OSError as error:
        reason = (error.strerror or str(error)).lower()
        log.warning("Export failed: the file could not be written (%s)", type(error).__name__)
        print(f"cardkeeper: {target} could not be written: {reason}.", file=sys.stderr)
        return 2
    print(f"Wrote {counted(count, noun)} to {target}.")
    return 0


def _ids(text: str) -> list[int]:
    """``3,7,12`` (spaces allowed) as ids; anything else is one sentence."""
    parts = [part.strip().lstrip("#") for part in text.split(",") if part.strip()]
    if not parts or not all(part.isdigit() for part in parts):
        raise ExchangeError(f"“{text}” is not a list of contact ids: write them as 3,7,12.")
    return [int(part) for part in parts]


def _time_of_day(text: str) -> time | None:
    """9, 9:00 or 09:00 as a time; None for anything else."""
    found = re.fullmatch(r"(\d{1,2})(?::(\d{2}))?", text.strip())
    if not found:
        return None
    hour, minute = int(found.group(1)), int(found.group(2) or 0)
    return time(hour, minute) if hour < 24 and minute < 60 else None
