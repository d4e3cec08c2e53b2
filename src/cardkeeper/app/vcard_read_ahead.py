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

The parts come from the file as they are asked for, and only a few are given to
the workers ahead of the saving (:data:`PARTS_AHEAD`), so an import holds a few
parts of the file, never the whole of it, however big it is.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Generator, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from cardkeeper.interop.read_entry import ReadEntry
from cardkeeper.interop.vcard import read_entries
from cardkeeper.interop.vcard_entries import EntryText

READ_AHEAD_FROM = 1000
"""Entries from which a worker is worth its start (some 0.3 s to import the reader)."""
PARTS_AHEAD = 2
"""Parts given to the workers beyond one each: enough that a worker never waits for the next,
few enough that the parts held stay a small share of a big file."""


@dataclass
class _Part:
    """A part on its way: given to a worker (``future``), or read here (``read``)."""

    entries: Sequence[EntryText]
    future: Future[list[ReadEntry]] | None = None
    read: list[ReadEntry] | None = None


def read_parts(
    parts: Iterable[Sequence[EntryText]], count: int, region: str | None
) -> Generator[list[ReadEntry]]:
    """Each part read, in order; by a worker process when there are enough entries (``count``
    of them in all the parts)."""
    if count < READ_AHEAD_FROM:
        for entries in parts:
            yield read_entries(entries, region)
        return
    workers = max(1, (os.cpu_count() or 2) - 1)  # a core is left to the saving
    pool: ProcessPoolExecutor | None = ProcessPoolExecutor(
        workers, mp_context=multiprocessing.get_context("spawn")
    )
    ahead: deque[_Part] = deque()
    source = iter(parts)
    try:
        while True:
            while len(ahead) < workers + PARTS_AHEAD:
                coming = next(source, None)
                if coming is None:
                    break
                future = _given(pool, coming, region)
                if future is None:  # no worker can start: the rest is read here
                    _shut(pool)
                    pool = None
                ahead.append(_Part(coming, future))
            if not ahead:
                return
            part = ahead.popleft()
            while part.future is not None and not part.future.done():
                # The saving has caught up with the reading: rather than wait, read a part
                # from the end here (a second import saves little, and waits for reading).
                spare = next((p for p in reversed(ahead) if p.future and p.future.cancel()), None)
                if spare is None:  # the workers have begun every part up to this one
                    break
                spare.future, spare.read = None, read_entries(spare.entries, region)
            if part.future is not None:
                try:
                    part.read = part.future.result()
                except (BrokenProcessPool, OSError):  # a worker died: the rest is read here
                    _shut(pool)
                    pool = None
                    for waiting in ahead:
                        waiting.future = None
            yield part.read if part.read is not None else read_entries(part.entries, region)
    finally:
        _shut(pool)


def _given(
    pool: ProcessPoolExecutor | None, entries: Sequence[EntryText], region: str | None
) -> Future[list[ReadEntry]] | None:
    """The part given to a worker; None when there is none to give it to."""
    if pool is None:
        return None
    try:
        return pool.submit(read_entries, entries, region)
    except (BrokenProcessPool, OSError, RuntimeError):  # RuntimeError: no process may start
        return None


def _shut(pool: ProcessPoolExecutor | None) -> None:
    """Stop the workers, if any: a part under way is finished, the rest not begun."""
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)
