"""How many follow-ups are due, kept current while the app runs, and which ones just fell due.

The count is read again whenever the library changes (the window asks) and
when the day changes: a minute's timer compares the date, which also
catches a laptop waking up on another day, where a timer set for midnight
would have slept through it. Follow-ups that were waiting and are due now
(a new day, a snooze ending) are announced once; ones that are due the
moment they are made (a card accepted late) are not, as the user just did it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from cardkeeper.domain import QueueItem
from cardkeeper.gui.common.clock import Clock
from cardkeeper.gui.common.library_jobs import LibraryJobs
from cardkeeper.store.follow_ups import FollowUps

DAY_CHECK_MS = 60_000


@dataclass(frozen=True)
class DueNow:
    """The follow-ups due today or overdue, and those among them that just became due."""

    count: int
    newly_due: list[str]
    """Names of the people whose follow-up became due since the last look."""


class DueWatcher(QObject):
    """Signals: ``changed(object)`` — a :class:`DueNow` after each look;
    ``failed(str)`` — the library could not be read.
    """

    changed = Signal(object)
    failed = Signal(str)

    def __init__(self, folder: Path, clock: Clock, parent: QObject) -> None:
        super().__init__(parent)
        self._clock = clock
        self._jobs = LibraryJobs(folder, self)
        self._day: date | None = None
        self._waiting: set[int] | None = None
        """Open follow-ups not yet due at the last look; None before the first look."""
        self._announce_all = False
        self.count = 0
        self._timer = QTimer(self)
        self._timer.setInterval(DAY_CHECK_MS)
        self._timer.timeout.connect(self._check_day)
        self._timer.start()

    def check(self) -> None:
        """Read the open follow-ups again, off the GUI thread, and say what is due."""
        today = self._clock.today()
        self._day = today
        self._jobs.run(
            lambda library: FollowUps(library).open_items(),
            lambda items: self._read(items, today),
            self.failed.emit,
        )

    def announce_all_next(self) -> None:
        """The next look announces every follow-up due, not only those that just fell due:
        CardKeeper started at login, and the morning's follow-ups are news."""
        self._announce_all = True

    def is_idle(self) -> bool:
        return self._jobs.is_idle()

    def _check_day(self) -> None:
        if self._clock.today() != self._day:
            self.check()

    def _read(self, items: list[QueueItem], today: date) -> None:
        due = [item for item in items if item.follow_up.due <= today]
        if self._announce_all:
            newly = [item.contact_name for item in due]
            self._announce_all = False
        elif self._waiting is not None:
            newly = [item.contact_name for item in due if item.follow_up.id in self._waiting]
        else:
            newly = []
        self._waiting = {
            item.follow_up.id
            for item in items
            if item.follow_up.due > today and item.follow_up.id is not None
        }
        self.count = len(due)
        self.changed.emit(DueNow(len(due), newly))
