"""How long a task sync of 1,000 follow-ups takes against a local Radicale server.

A library of 1,000 contacts, each with the first step of its sequence open, syncs
with an empty task list: all 1,000 go up as VTODOs; then a sync with nothing to
do; then 50 tasks marked done in the calendar (written by bare requests, as a
phone's app would, not timed) come back and move 50 sequences on; then 50
follow-ups done here complete their tasks. Radicale runs on 127.0.0.1 with
htpasswd auth, started and stopped here (the test suite's server).

The baseline, measured in the same run against the same server: the requests
each sync needs at least, made bare with nothing else done (PUT every task into
an empty list; list the etags; multiget the changed tasks and PUT the new ones,
into that list, then as full as the synced one), so the ratio shows what the
sync adds to what the server itself costs.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar

from bench.fake_library import fake_library
from cardkeeper.app import follow_through
from cardkeeper.app.task_sync import TaskReport, find_or_make_task_list, sync_tasks
from cardkeeper.interop.caldav import CalDavClient
from cardkeeper.interop.icalendar_todos import task_ics
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library, open_library
from cardkeeper.store.follow_ups import FollowUps
from cardkeeper.store.task_sync_state import TaskSyncState
from tests.radicale_server import PASSWORD, USER, RadicaleServer

ZONE = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 6, 1)
NOW = datetime(2026, 6, 1, 7, 0, tzinfo=UTC)
CHANGED = 50


def timed(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("bench/out"))
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    made = fake_library(args.out / f"library-{args.count // 1000}k", args.count)
    with tempfile.TemporaryDirectory(prefix="cardkeeper-bench-tasks-") as scratch:
        work = Path(scratch)
        shutil.copytree(made, work / "library")
        server = RadicaleServer(work / "radicale")
        server.start()
        try:
            with open_library(work / "library") as library:
                start_sequences(library)
                rows = run_syncs(library, server)
        finally:
            server.stop()
    lines = [
        f"Radicale start-up: {server.started_in_s:.2f} s",
        "",
        "| task sync | tasks moved | baseline: bare CalDAV (s) | CardKeeper (s) | ratio |",
        "|---|---|---|---|---|",
    ]
    for what, moved, base, seconds in rows:
        lines.append(f"| {what} | {moved} | {base:.2f} | {seconds:.2f} | {seconds / base:.2f} |")
    text = "\n".join(lines)
    print(text)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "tasks.md").write_text(text + "\n")


def start_sequences(library: Library) -> None:
    library.connection.execute("PRAGMA synchronous = OFF")  # a throwaway copy
    for contact in Contacts(library).list_contacts():
        assert contact.id is not None
        follow_through.schedule_first_step(library, contact.id, TODAY, NOW)


def run_syncs(library: Library, server: RadicaleServer) -> list[tuple[str, int, float, float]]:
    with CalDavClient(server.url, USER, PASSWORD) as client:
        home = client.calendar_home()
        task_list = find_or_make_task_list(client).url
        TaskSyncState(library).set_task_list(task_list, USER)
        items = FollowUps(library).open_items()
        bodies = [task_ics(item, ZONE, NOW) for item in items]
        bare = client.create_task_list(home, "baseline", "Baseline").url

        def sync() -> TaskReport:
            return sync_tasks(library, client, today=TODAY, now=NOW, zone=ZONE)

        rows = []
        base = timed(
            lambda: [client.put(f"{bare}{n}.ics", b, etag=None) for n, b in enumerate(bodies)]
        )
        seconds, report = _timed_sync(sync)
        rows.append((f"first sync puts all {len(items)}", report.added, base, seconds))

        base = timed(lambda: client.list_etags(task_list))
        seconds, report = _timed_sync(sync)
        rows.append(("again, nothing changed", _moved(report), base, seconds))

        done_in_calendar(client, task_list, CHANGED)
        changed = sorted(client.list_etags(bare))[:CHANGED]
        base = timed(
            lambda: (
                list(client.fetch(bare, changed)),
                [
                    client.put(f"{bare}next-{n}.ics", _renamed(b, "next"), etag=None)
                    for n, b in enumerate(bodies[:CHANGED])
                ],
            )
        )
        seconds, report = _timed_sync(sync)
        rows.append(
            (f"{CHANGED} done in the calendar, next steps up", report.done_there, base, seconds)
        )

        for item in FollowUps(library).open_items()[:CHANGED]:
            follow_through.done(library, item.follow_up.id or 0, TODAY, NOW)
        base = timed(
            lambda: [
                client.put(f"{bare}again-{n}.ics", _renamed(b, "again"), etag=None)
                for n, b in enumerate(bodies[: 2 * CHANGED])
            ]
        )
        seconds, report = _timed_sync(sync)
        rows.append((f"{CHANGED} done here, tasks completed", report.updated, base, seconds))
        return rows


def done_in_calendar(client: CalDavClient, task_list: str, how_many: int) -> None:
    """Mark tasks completed with bare requests, as the user's calendar app would."""
    hrefs = sorted(client.list_etags(task_list))[:how_many]
    for task in client.fetch(task_list, hrefs):
        calendar = Calendar.from_ical(task.body)
        for todo in calendar.walk("VTODO"):
            todo["STATUS"] = "COMPLETED"
            todo.add("completed", NOW)
        client.put(task.href, calendar.to_ical(), etag=task.etag)


def _renamed(body: bytes, prefix: str) -> bytes:
    """The same task under another UID: the baseline writes into its own list of 1,000, as
    full as the synced one (Radicale takes longer to add to a fuller list), and a UID may
    be there only once."""
    return body.replace(b"UID:", f"UID:{prefix}-".encode(), 1)


def _timed_sync(sync: Callable[[], TaskReport]) -> tuple[float, TaskReport]:
    started = time.perf_counter()
    report = sync()
    return time.perf_counter() - started, report


def _moved(report: TaskReport) -> int:
    return report.added + report.updated + report.removed + report.done_there


if __name__ == "__main__":
    main()
