"""A big .vcf is read in a second process while this one saves what has been read.

Reading and saving each take about half of importing a .vcf (10,000 contacts:
some 3 s each on a 2-core laptop). Both are Python, so two threads would take
turns on one core; a worker process reads the parts in order, ahead of the
saving, and the import takes about as long as the slower half. The worker is
started with "spawn": forking a process that runs Qt's threads is unsafe.
Where no worker can be started or one dies (a sandbox, a killed process), the
rest of the file is read here, only slower.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Generator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import repeat

from cardkeeper.interop.vcard import EntryText, ParsedEntry, read_entries

READ_AHEAD_FROM = 1000
"""Entries from which a worker is worth its start (some 0.3 s to import the reader)."""


def read_parts(
    parts: Sequence[Sequence[EntryText]], region: str | None
) -> Generator[list[ParsedEntry]]:
    """Each part read, in order; by a worker process when there are enough entries."""
    if sum(len(part) for part in parts) < READ_AHEAD_FROM:
        for part in parts:
            yield read_entries(part, region)
        return
    done = 0
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    try:
        for read in pool.map(read_entries, parts, repeat(region)):
            yield read
            done += 1
    except (BrokenProcessPool, OSError):
        for rest in parts[done:]:
            yield read_entries(rest, region)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
