"""Read many card images at once, in order, one failure never stopping the rest.

Tesseract runs as a child process per card and OpenCV releases the GIL, so
threads are enough to keep both cores busy; MEASURED.md says parallelise
across cards, never inside Tesseract (OMP_THREAD_LIMIT=1 is set by ocr).
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from itertools import islice
from pathlib import Path
from threading import Event
from typing import TypeVar

from cardkeeper.crash_log import record_crash
from cardkeeper.errors import CardKeeperError
from cardkeeper.reading.pipeline import CardReading, ReadingOptions, read_photo

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class ReadOutcome:
    path: Path
    reading: CardReading | None
    error: str | None
    """One sentence saying why this file (or this card of it) could not be read; ``None``
    when it was."""
    card: int = 0
    """Which card of the photo this is, 1, 2, … in reading order, when the photo holds
    several; 0 when it holds one."""


def default_jobs() -> int:
    return max(1, os.cpu_count() or 1)


def read_one(path: Path, options: ReadingOptions) -> list[ReadOutcome]:
    """Read the card, or every card, in one photo: one outcome per card, in reading order.

    Any failure becomes an outcome's sentence instead of an exception: the photo's one
    outcome when the file cannot be read, or a card's own where cards on a sheet could not
    be told apart.
    """
    try:
        found = read_photo(path, options)
    except CardKeeperError as error:
        return [ReadOutcome(path, None, str(error))]
    except Exception as error:  # a bug must cost one photo, not the batch
        return [ReadOutcome(path, None, record_crash(error))]
    if len(found) == 1 and isinstance(found[0], CardReading):
        return [ReadOutcome(path, found[0], None)]
    return [
        ReadOutcome(path, card, None, number)
        if isinstance(card, CardReading)
        else ReadOutcome(path, None, card, number)
        for number, card in enumerate(found, 1)
    ]


def read_many(
    paths: Sequence[Path],
    options: ReadingOptions,
    jobs: int = 0,
    cancel: Event | None = None,
) -> Iterator[ReadOutcome]:
    """Yield one outcome per card, photo by photo in the order given (one per photo that
    holds one card or could not be read), reading ``jobs`` photos at a time."""
    photos = map_in_order(paths, partial(read_one, options=options), jobs, cancel)
    return (outcome for outcomes in photos for outcome in outcomes)


def map_in_order(
    items: Sequence[T],
    work: Callable[[T], R],
    jobs: int = 0,
    cancel: Event | None = None,
) -> Iterator[R]:
    """Run card-reading ``work`` on ``jobs`` items at a time; yield results in the items' order.

    Meant for reading cards only: with more than one job it makes OpenCV
    single-threaded for the process (see ``_one_opencv_thread``).

    Setting ``cancel`` stops new items from starting; those already started are
    finished and yielded, so nothing done is thrown away.
    """
    jobs = jobs or default_jobs()
    with reader_pool(jobs) as pool:
        queue = iter(items)
        pending = [pool.submit(work, item) for item in islice(queue, jobs * 2)]
        while pending:
            yield pending.pop(0).result()
            if cancel is not None and cancel.is_set():
                continue
            for item in islice(queue, 1):
                pending.append(pool.submit(work, item))


def reader_pool(jobs: int = 0) -> ThreadPoolExecutor:
    """Threads that read cards: ``jobs`` of them (one per core by default), below the app's
    own threads in priority, with OpenCV single-threaded when there are several."""
    jobs = jobs or default_jobs()
    if jobs > 1:
        _one_opencv_thread()
    return ThreadPoolExecutor(
        max_workers=jobs, thread_name_prefix="read-card", initializer=_yield_to_the_window
    )


READER_NICENESS = 5
"""How much lower than the app's own threads card readers run."""


def _yield_to_the_window() -> None:
    """Let the thread that serves the user (the window's, or the saver's) go first.

    Readers fill every core; at the same priority the window's thread waited its
    turn for a core and stalled for 100+ ms while 50 photos were imported. A
    lower priority costs the readers nothing when nothing else wants the CPU.
    Linux sets a niceness per thread; elsewhere this does nothing.
    """
    if not sys.platform.startswith("linux"):
        return
    thread = threading.get_native_id()
    try:
        os.setpriority(
            os.PRIO_PROCESS, thread, os.getpriority(os.PRIO_PROCESS, thread) + READER_NICENESS
        )
    except OSError:
        return


def _one_opencv_thread() -> None:
    """Cards read side by side already fill the cores; OpenCV's own worker threads on top
    of them only contend (measured: 50 photos on 2 cores, 15.1 s -> 13.7 s). A single card
    keeps OpenCV's threads, which help it alone (one desk photo: 0.52 s vs 0.59 s)."""
    import cv2

    cv2.setNumThreads(1)
