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

When the saving catches up with the reading (a second import of the same file
saves almost nothing), this process reads too, taking parts from the end that
no worker has begun, instead of waiting. Alternating runs of 10,000 contacts
against reading in the worker alone: second imports 3.7-4.5 s against
4.4-5.7 s, first imports 4.4-6.1 s against 4.8-6.5 s.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Generator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from cardkeeper.interop.read_entry import ReadEntry
from cardkeeper.interop.vcard import EntryText, read_entries

READ_AHEAD_FROM = 1000
"""Entries from which a worker is worth its start (some 0.3 s to import the reader)."""


def read_parts(
    parts: Sequence[Sequence[EntryText]], region: str | None
) -> Generator[list[ReadEntry]]:
    """Each part read, in order; by a worker process when there are enough entries."""
    if sum(len(part) for part in parts) < READ_AHEAD_FROM:
        for part in parts:
            yield read_entries(part, region)
        return
    workers = max(1, (os.cpu_count() or 2) - 1)  # a core is left to the saving
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
    read_here: dict[int, list[ReadEntry]] = {}
    try:
        try:
            futures = [pool.submit(read_entries, part, region) for part in parts]
        except (BrokenProcessPool, OSError, RuntimeError):  # RuntimeError: no process may start
            futures = []
        last_free = len(futures) - 1
        """The last part no worker may have begun: this process takes parts from the end."""
        for index, part in enumerate(parts):
            while index < last_free and index not in read_here and not futures[index].done():
                # The saving has caught up with the reading: rather than wait, read a part
                # from the end here (a second import saves little, and waits for reading).
                if futures[last_free].cancel():
                    read_here[last_free] = read_entries(parts[last_free], region)
                    last_free -= 1
                else:  # the workers have begun every part up to this one
                    last_free = index
            if index not in read_here and index < len(futures):
                try:
                    read_here[index] = futures[index].result()
                except (BrokenProcessPool, OSError):  # a worker died: the rest is read here
                    futures, last_free = futures[:index], -1
            yield read_here.pop(index) if index in read_here else read_entries(part, region)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
