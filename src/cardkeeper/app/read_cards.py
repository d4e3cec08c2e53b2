"""Read many card images at once, in order, one failure never stopping the rest.

Tesseract runs as a child process per card and OpenCV releases the GIL, so
threads are enough to keep both cores busy; MEASURED.md says parallelise
across cards, never inside Tesseract (OMP_THREAD_LIMIT=1 is set by ocr).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from threading import Event

from cardkeeper.crash_log import record_crash
from cardkeeper.errors import CardKeeperError
from cardkeeper.reading.pipeline import CardReading, ReadingOptions, read_card


@dataclass(frozen=True)
class ReadOutcome:
    path: Path
    reading: CardReading | None
    error: str | None
    """One sentence saying why this file could not be read; ``None`` when it was."""


def default_jobs() -> int:
    return max(1, os.cpu_count() or 1)


def read_one(path: Path, options: ReadingOptions) -> ReadOutcome:
    try:
        return ReadOutcome(path, read_card(path, options), None)
    except CardKeeperError as error:
        return ReadOutcome(path, None, str(error))
    except Exception as error:  # a bug must cost one card, not the batch
        return ReadOutcome(path, None, record_crash(error))


def read_many(
    paths: Sequence[Path],
    options: ReadingOptions,
    jobs: int = 0,
    cancel: Event | None = None,
) -> Iterator[ReadOutcome]:
    """Yield one outcome per path, in the order given, reading ``jobs`` cards at a time.

    Setting ``cancel`` stops new cards from starting; those already being read
    are finished and yielded, so nothing read is thrown away.
    """
    jobs = jobs or default_jobs()
    with ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="read-card") as pool:
        pending: list[Future[ReadOutcome]] = []
        queue = iter(paths)
        for path in queue:
            pending.append(pool.submit(read_one, path, options))
            if len(pending) >= jobs * 2:
                break
        while pending:
            outcome = pending.pop(0).result()
            yield outcome
            if cancel is not None and cancel.is_set():
                continue
            next_path = next(queue, None)
            if next_path is not None:
                pending.append(pool.submit(read_one, next_path, options))
