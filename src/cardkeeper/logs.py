"""The app's log: one rotating file for the window and the commands alike, stderr with --verbose.

The log is what a user attaches to a bug report, so it names contacts by id
only: never a name, email, phone, note or text read from a card. A line says
what was done, how many, how long it took and which contact ids. File names,
and the sentences told to the user about one file, appear only at DEBUG
(``--verbose``): a photo may be named after the person on it. Unexpected
errors come here too, with their traceback
(:func:`cardkeeper.crash_log.record_crash`).

Qt-free, so that the commands and the window set it up the same way.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from logging.handlers import RotatingFileHandler
from pathlib import Path

from cardkeeper import paths
from cardkeeper.errors import CardKeeperError
from cardkeeper.terminal import shown

LOGGER_NAME = "cardkeeper"
LOG_FILE_NAME = "cardkeeper.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
"""Five old files of 1 MB beside the current one: weeks of use, and small enough to mail."""
FILE_FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"
"""With the process id: the window and commands run beside it write to the same file."""
STDERR_FORMAT = "cardkeeper: %(levelname)s %(name)s: %(message)s"
RUNS_SHOWN = 20
"""Runs of ids written out in one line; the rest are counted."""

_handlers: list[logging.Handler] = []
"""The handlers set up here, so that setting up again replaces them and no other."""
_handlers_lock = threading.Lock()
"""Crashes are recorded from reader threads too, and each may be the first to log."""


class _RotatingLog(RotatingFileHandler):
    """A log that cannot be written (a full disk, a file another process is rotating) costs
    the line, never a traceback printed at the user, which the stock handler does."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        return


class Stopwatch:
    """Seconds since it was made, on the monotonic clock: a clock change cannot skew it."""

    def __init__(self) -> None:
        self._start = time.monotonic()

    def seconds(self) -> float:
        return time.monotonic() - self._start


class _TerminalFormatter(logging.Formatter):
    """``--verbose`` lines reach a terminal, and an error's sentence may quote a contact:
    its control characters are shown escaped, not obeyed (a traceback keeps its lines)."""

    def format(self, record: logging.LogRecord) -> str:
        return shown(super().format(record), lines=True)


def log_file() -> Path:
    return paths.log_dir() / LOG_FILE_NAME


def setup_logging(*, verbose: bool = False) -> Path | None:
    """Send the app's log to its file, and with ``verbose`` everything down to DEBUG to stderr.

    The ``cardkeeper`` command calls it once, before anything else; calling it
    again replaces what it set up (tests run many commands in one process).
    Returns the log file, or None when its folder cannot be made: the app then
    runs without a log rather than not at all.
    """
    logger = logging.getLogger(LOGGER_NAME)
    with _handlers_lock:
        for handler in _handlers:
            logger.removeHandler(handler)
            handler.close()
        _handlers.clear()
        logger.setLevel(logging.DEBUG if verbose else logging.INFO)
        target = _attach_file(logger)
        if verbose:
            to_stderr = logging.StreamHandler(sys.stderr)
            to_stderr.setFormatter(_TerminalFormatter(STDERR_FORMAT))
            logger.addHandler(to_stderr)
            _handlers.append(to_stderr)
    return target


def ensure_file_logging() -> Path | None:
    """The log file, attached first if nothing has set logging up (code run from a test or
    as a library), or if the log folder has moved since; None when it cannot be made."""
    target = log_file()
    logger = logging.getLogger(LOGGER_NAME)
    with _handlers_lock:
        for handler in _handlers:
            if isinstance(handler, RotatingFileHandler):
                if handler.baseFilename == os.path.abspath(target):
                    return target
                logger.removeHandler(handler)
                handler.close()
                _handlers.remove(handler)
                break
        if logger.level == logging.NOTSET:
            logger.setLevel(logging.INFO)
        return _attach_file(logger)


def _attach_file(logger: logging.Logger) -> Path | None:
    target = log_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = _RotatingLog(
            target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FILE_FORMAT))
    logger.addHandler(handler)
    _handlers.append(handler)
    return target


@contextmanager
def timed(log: logging.Logger, what: str) -> Iterator[Stopwatch]:
    """Time a step, and log in one line that it failed when it raises.

    The line of success is the caller's, which knows the counts. The failure's
    sentence, which may name a file, goes at DEBUG; a bug's traceback is logged
    where it is caught (``record_crash``), as only there is it known to be one.
    """
    watch = Stopwatch()
    try:
        yield watch
    except Exception as error:
        log.warning("%s failed after %.2f s (%s)", what, watch.seconds(), type(error).__name__)
        if isinstance(error, CardKeeperError | OSError):
            log.debug("%s failed: %s", what, error)
        raise


def id_runs(ids: Iterable[int]) -> str:
    """Contact ids as runs, "3-7, 9, 12": a 10,000-entry import stays one line."""
    ordered = sorted(set(ids))
    if not ordered:
        return "none"
    runs: list[tuple[int, int]] = []
    for number in ordered:
        if runs and number == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], number)
        else:
            runs.append((number, number))
    shown = ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in runs[:RUNS_SHOWN])
    if len(runs) > RUNS_SHOWN:
        hidden = sum(b - a + 1 for a, b in runs[RUNS_SHOWN:])
        shown += f" and {hidden} more"
    return shown
