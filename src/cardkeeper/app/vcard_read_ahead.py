"""A big .vcf is read by worker processes while this one saves what has been read.

Reading and saving each take about half of importing a .vcf (10,000 contacts:
some 3 s each on a 2-core laptop). Both are Python, so two threads would take
turns on one core; a worker process reads the parts in order, ahead of the
saving, and the import takes about as long as the slower half. A core is left
to the saving: on 2 cores a second worker made the first import of 10,000
contacts slower (5.7-6.9 s against 4.5-5.7 s), taking turns with it. Workers are
started with "spawn": forking a process that runs Qt's threads is unsafe.
Where no worker can be started or one dies (a sandbox, a killed process), the
rest of the file is read here, only slower.
"""

from __future__ import annotations

import multiprocessing
import os
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
    workers = max(1, (os.cpu_count() or 2) - 1)  # a core is left to the saving
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
    try:
        for read in pool.map(read_entries, parts, repeat(region)):
            yield read
            done += 1
    except (BrokenProcessPool, OSError):
        for rest in parts[done:]:
            yield read_entries(rest, region)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
