"""Reading and writing the library off the GUI thread, one job after another.

A window hands :meth:`LibraryJobs.run` a function of a :class:`Library`; it
runs on the thread pool with a connection of its own (a SQLite connection
belongs to the thread that opened it; opening one takes about a millisecond)
and its answer comes back on the GUI thread. Jobs of one window run in the
order they were asked for and never two at once, so a refresh asked for after
a change always sees it, and writes never race each other.

A :class:`CardKeeperError` goes to the job's ``on_error`` with its sentence;
anything else is a bug and is raised again on the GUI thread, where the crash
handler shows and logs it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from cardkeeper.errors import CardKeeperError
from cardkeeper.gui.common.background import run_in_background
from cardkeeper.store.database import Library, open_library

T = TypeVar("T")


@dataclass(frozen=True)
class _Job:
    work: Callable[[Library], Any]
    on_done: Callable[[Any], None]
    on_error: Callable[[str], None]


class LibraryJobs(QObject):
    """A queue of work on the library in ``folder``, run in the background in order.

    Signals: ``idle()`` — the last job asked for has answered.
    """

    idle = Signal()

    def __init__(self, folder: Path, parent: QObject) -> None:
        super().__init__(parent)
        self._folder = folder
        self._waiting: deque[_Job] = deque()
        self._running = False

    def run(
        self,
        work: Callable[[Library], T],
        on_done: Callable[[T], None],
        on_error: Callable[[str], None],
    ) -> None:
        """Queue ``work``; ``on_done(result)`` or ``on_error(sentence)`` come on the GUI thread."""
        self._waiting.append(_Job(work, on_done, on_error))
        if not self._running:
            self._next()

    def is_idle(self) -> bool:
        return not self._running and not self._waiting

    def _next(self) -> None:
        if not self._waiting:
            self._running = False
            self.idle.emit()
            return
        self._running = True
        job = self._waiting.popleft()
        folder = self._folder

        def work() -> Any:
            with open_library(folder) as library:
                return job.work(library)

        run_in_background(
            work,
            lambda result: self._answer(job.on_done, result),
            lambda error: self._failed(job, error),
            parent=self,
        )

    def _answer(self, callback: Callable[[Any], None], value: Any) -> None:
        try:
            callback(value)
        finally:
            self._next()

    def _failed(self, job: _Job, error: BaseException) -> None:
        if isinstance(error, CardKeeperError):
            self._answer(job.on_error, str(error))
            return
        self._next()
        raise error
