"""How long a CardDAV sync of 1,000 contacts takes against a local Radicale server.

Two libraries, as two computers: the first pushes all its contacts to an empty
address book, the second pulls them all, then each syncs again with nothing to
do, and finally 50 edits on the first go across. Radicale runs on 127.0.0.1 with
htpasswd auth, started and stopped here (the test suite's server).

The baseline, measured in the same run against the same server: the same cards
moved by bare CardDAV requests with nothing else done (PUT each card into an
empty address book; list the etags and multiget them all), so the ratio shows
what the sync adds to what the server itself costs.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.fake_library import fake_library
from cardkeeper.app.sync import SyncReport, choose_address_book, sync
from cardkeeper.interop.carddav import CardDavClient
from cardkeeper.interop.vcard import VCardContact, contacts_to_vcf
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library, open_library
from tests.radicale_server import PASSWORD, USER, RadicaleServer


def timed(run: Callable[[], SyncReport]) -> tuple[float, SyncReport]:
    started = time.perf_counter()
    report = run()
    return time.perf_counter() - started, report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("bench/out"))
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    made = fake_library(args.out / f"library-{args.count // 1000}k", args.count)
    with tempfile.TemporaryDirectory(prefix="cardkeeper-bench-sync-") as scratch:
        work = Path(scratch)
        shutil.copytree(made, work / "a")
        server = RadicaleServer(work / "radicale")
        server.start()
        try:
            with CardDavClient(server.url, USER, PASSWORD) as client:
                book = client.create_address_book(f"{server.url}{USER}/", "bench", "Bench")
                rows = run_syncs(work, book.url, client, args.count)
                with open_library(work / "a") as library:
                    bodies = [
                        contacts_to_vcf([VCardContact(contact)], "3.0")
                        for contact in Contacts(library).list_contacts()
                    ]
                bare_put, bare_get = bare_transfer(client, f"{server.url}{USER}/", bodies)
        finally:
            server.stop()
    baselines = {0: bare_put, 1: bare_get}
    lines = [
        f"Radicale start-up: {server.started_in_s:.2f} s",
        "",
        "| sync | contacts moved | baseline: bare CardDAV (s) | CardKeeper (s) | ratio |",
        "|---|---|---|---|---|",
    ]
    for number, (what, moved, seconds) in enumerate(rows):
        base = baselines.get(number)
        if base is None:
            lines.append(f"| {what} | {moved} | — | {seconds:.2f} | — |")
        else:
            lines.append(
                f"| {what} | {moved} | {base:.2f} | {seconds:.2f} | {seconds / base:.2f} |"
            )
    text = "\n".join(lines)
    print(text)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "sync.md").write_text(text + "\n")


def run_syncs(
    work: Path, book_url: str, client: CardDavClient, count: int
) -> list[tuple[str, int, float]]:
    first, second = open_library(work / "a"), open_library(work / "b")
    try:
        for library in (first, second):
            choose_address_book(library, book_url, USER)
        rows = []
        seconds, report = timed(lambda: sync(first, client))
        rows.append((f"first library pushes all {count}", report.pushed_new, seconds))
        seconds, report = timed(lambda: sync(second, client))
        rows.append((f"second library pulls all {count}", report.pulled_new, seconds))
        seconds, report = timed(lambda: sync(first, client))
        rows.append(("first again, nothing changed", _moved(report), seconds))
        seconds, report = timed(lambda: sync(second, client))
        rows.append(("second again, nothing changed", _moved(report), seconds))
        edit_some(first, 50)
        seconds, report = timed(lambda: sync(first, client))
        rows.append(("first pushes 50 edits", report.pushed_changed, seconds))
        seconds, report = timed(lambda: sync(second, client))
        rows.append(("second pulls them", report.pulled_changed, seconds))
        return rows
    finally:
        first.close()
        second.close()


def bare_transfer(client: CardDavClient, home: str, bodies: list[bytes]) -> tuple[float, float]:
    """Seconds to PUT every card into a new address book, and to read them all back."""
    book = client.create_address_book(home, "baseline", "Baseline")
    started = time.perf_counter()
    for number, body in enumerate(bodies):
        client.put(f"{book.url}{number}.vcf", body, etag=None)
    put = time.perf_counter() - started
    started = time.perf_counter()
    fetched = list(client.fetch(book.url, sorted(client.list_etags(book.url))))
    get = time.perf_counter() - started
    if len(fetched) != len(bodies):
        raise SystemExit(f"the baseline read back {len(fetched)} of {len(bodies)} cards")
    return put, get


def edit_some(library: Library, how_many: int) -> None:
    contacts = Contacts(library)
    for contact in contacts.list_contacts(limit=how_many):
        contact.title = f"{contact.title} (edited)".strip()
        contacts.update_contact(contact)


def _moved(report: SyncReport) -> int:
    return (
        report.pulled_new
        + report.pulled_changed
        + report.pulled_deleted
        + report.pushed_new
        + report.pushed_changed
        + report.pushed_deleted
    )


if __name__ == "__main__":
    main()
