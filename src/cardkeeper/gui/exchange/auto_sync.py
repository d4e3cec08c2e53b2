"""Syncing in the background: one sync at a time, on a timer, and a status line that tells.

:class:`SyncRunner` is the only way the GUI syncs, so the Sync window's Sync Now
and the timer can never run two syncs at once; whoever asks while one runs
just waits for its answer. :class:`AutoSync` asks it shortly after start-up and
then every few minutes (``Settings.sync_minutes``), and asks a
:class:`~cardkeeper.gui.exchange.reply_check.ReplyCheck` to look for replies at the
same times. A sync that fails, most often for being offline, loses nothing (see
:mod:`cardkeeper.app.sync`); the status says why in one sentence and the next try
comes sooner, one minute after the first failure, doubling up to the usual
interval. Someone who never set up sync, or whose password is not in the keyring,
is left alone.

The CardDAV and vCard code is imported by the worker when a sync runs, never
here: the main window imports this module while it starts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from cardkeeper.errors import CardKeeperError
from cardkeeper.gui.common.background import call_on_gui_thread, run_in_background
from cardkeeper.gui.common.clock import Clock
from cardkeeper.gui.common.library_jobs import LibraryJobs
from cardkeeper.gui.common.translation import QT_TRANSLATE_NOOP, day_text
from cardkeeper.gui.exchange.reply_check import ReplyCheck
from cardkeeper.store.database import open_library
from cardkeeper.store.sync_state import Account, SyncState

if TYPE_CHECKING:
    from cardkeeper.app.sync import SyncReport

STARTUP_DELAY_MS = 5_000
"""The first automatic sync waits until the window is up and the list is shown."""
RETRY_MS = 60_000
"""The first try again after a failure; each next failure doubles it, up to the interval."""
UNEXPECTED = QT_TRANSLATE_NOOP(
    "auto_sync",
    "The sync stopped on an error CardKeeper did not expect; nothing is lost,"
    " and the next sync tries again.",
)
STATUS_MAX_CHARS = 100
"""About this many characters fit the status bar; the rest is cut with "…" (the tooltip has
all of it)."""


def saved_account(folder: Path) -> Account | None:
    """The sync account of the library in ``folder``, for a worker thread (it opens its own
    connection); what the status, the Settings page and the Sync window show."""
    with open_library(folder) as library:
        return SyncState(library).account()


class SyncRunner(QObject):
    """Runs the library's syncs, one at a time, on the thread pool.

    Signals: ``started()`` — a sync began; ``progressed(int, int)`` — steps done and
    known; ``finished(object)`` — the :class:`~cardkeeper.app.sync.SyncReport`, or
    None when an automatic sync found nothing set up and did nothing; ``failed(str)``
    — the one sentence of why a sync stopped; ``library_changed()`` — a sync (even
    one cut short) changed contacts here, so lists should reload; ``account_changed()``
    — another address book was chosen.
    """

    started = Signal()
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    library_changed = Signal()
    account_changed = Signal()

    def __init__(
        self, folder: Path, parent: QObject | None = None, *, clock: Clock | None = None
    ) -> None:
        super().__init__(parent)
        self._folder = folder
        self._running = False
        self._stepped = False
        self._clock = clock or Clock()
        self.tasks_wanted: Callable[[], bool] = lambda: False
        """Whether the follow-ups go to the calendar too (``Settings.task_sync``), asked at
        each start so a change in Settings counts from the next sync."""
        self.task_calendar: Callable[[], str] = lambda: ""
        """Where the task list is when not on the contacts server
        (``Settings.task_calendar_url``), asked at each start like :attr:`tasks_wanted`."""

    @property
    def folder(self) -> Path:
        return self._folder

    def is_running(self) -> bool:
        return self._running

    def start(self, *, automatic: bool = False) -> bool:
        """Start a sync, unless one runs already; then False, and its signals tell its end.

        An ``automatic`` sync does nothing when no address book or no password is
        set up; one asked for by the user says what is missing instead.
        """
        if self._running:
            return False
        self._running = True
        self._stepped = False
        folder = self._folder
        tasks, today, now = self.tasks_wanted(), self._clock.today(), self._clock.now()
        calendar_url = self.task_calendar()

        def progress(done: int, total: int) -> None:
            call_on_gui_thread(lambda: self._progressed(done, total), parent=self)

        def work() -> SyncReport | None:
            with open_library(folder) as library:
                if automatic:
                    if SyncState(library).account() is None:
                        return None  # not set up: not even the CardDAV code is loaded
                    from cardkeeper.app.sync import sync_if_set_up

                    report = sync_if_set_up(library, progress=progress)
                else:
                    from cardkeeper.app.sync import sync_now

                    report = sync_now(library, progress=progress)
                if report is not None and tasks:
                    from cardkeeper.app.task_sync import sync_tasks_now
                    from cardkeeper.interop.icalendar_todos import local_zone

                    report.tasks = sync_tasks_now(
                        library,
                        today=today,
                        now=now,
                        zone=local_zone(),
                        progress=progress,
                        calendar_url=calendar_url,
                    )
                return report

        self.started.emit()
        run_in_background(work, self._done, self._failed, parent=self)
        return True

    def note_account_changed(self) -> None:
        """The Sync window chose an address book: the status and the timer start over."""
        self.account_changed.emit()

    def _progressed(self, done: int, total: int) -> None:
        self._stepped = True
        self.progressed.emit(done, total)

    def _done(self, report: SyncReport | None) -> None:
        self._running = False
        self.finished.emit(report)
        if report is not None and _changed_here(report):
            self.library_changed.emit()

    def _failed(self, error: BaseException) -> None:
        self._running = False
        known = isinstance(error, CardKeeperError)
        self.failed.emit(
            str(error) if known else QCoreApplication.translate("auto_sync", UNEXPECTED)
        )
        if self._stepped:  # what went through before the failure is kept and should show
            self.library_changed.emit()
        if not known:
            raise error


def _changed_here(report: SyncReport) -> bool:
    """Whether the sync changed contacts in the library (pushing only changes the server)."""
    pulled = report.pulled_new + report.pulled_changed + report.pulled_deleted
    return bool(pulled or report.conflicts or (report.tasks and report.tasks.changed_here))


class AutoSync(QObject):
    """Asks the runner for a sync on a timer and says how syncing goes, in a few words.

    Signals: ``status_changed(str, str)`` — the status in full and in brief (the
    failure's reason without its advice, for the status bar); empty while sync is not
    set up.
    """

    status_changed = Signal(str, str)

    def __init__(
        self,
        runner: SyncRunner,
        minutes: int,
        clock: Clock,
        parent: QObject | None = None,
        *,
        replies: ReplyCheck | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.replies = replies
        """Asked to look for replies in the mailbox on each tick, beside the sync."""
        self._clock = clock
        self._minutes = max(minutes, 0)
        self.startup_delay_ms = STARTUP_DELAY_MS
        self.retry_ms = RETRY_MS
        """Tests shorten these; the interval is in whole minutes, as the setting is."""
        self._failures = 0
        self._error = ""
        self._next_at: datetime | None = None
        self._account: Account | None = None
        self._jobs = LibraryJobs(runner.folder, self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)
        self.status = ""
        runner.started.connect(self._show)
        runner.finished.connect(self._finished)
        runner.failed.connect(self._failed)
        runner.account_changed.connect(self._account_changed)

    def start(self) -> None:
        """Read how sync is set up, and sync shortly, when automatic sync is on."""
        self.refresh()
        if self._minutes:
            self._schedule(self.startup_delay_ms)

    def minutes(self) -> int:
        return self._minutes

    def set_minutes(self, minutes: int) -> None:
        """A new interval, counted from now; 0 stops syncing by itself."""
        minutes = max(minutes, 0)
        if minutes == self._minutes:
            return
        self._minutes = minutes
        if not minutes:
            self._timer.stop()
            self._next_at = None
        elif not self.runner.is_running():
            self._schedule(self._interval_ms())
        self._show()

    def sync_now(self) -> None:
        """What the timer does: an automatic sync, unless one runs already."""
        self._timer.stop()
        self._next_at = None
        if self.replies is not None:
            self.replies.start()
        self.runner.start(automatic=True)

    def refresh(self) -> None:
        """Read the account and its last sync again, off the GUI thread, for the status."""
        self._jobs.run(lambda library: SyncState(library).account(), self._account_read, _ignore)

    def is_scheduled(self) -> bool:
        return self._timer.isActive()

    def _account_read(self, account: Account | None) -> None:
        self._account = account
        self._show()

    def _account_changed(self) -> None:
        self._failures, self._error = 0, ""
        self.refresh()

    def _finished(self, report: SyncReport | None) -> None:
        self._failures, self._error = 0, ""
        if report is not None and self._account is not None:  # shown now, read again below
            self._account = replace(self._account, last_synced_at=report.finished_at)
        self.refresh()
        self._schedule(self._interval_ms())

    def _failed(self, message: str) -> None:
        self._failures += 1
        self._error = message
        retry = self.retry_ms * 2 ** min(self._failures - 1, 16)
        self._schedule(min(retry, self._interval_ms()))
        self.refresh()

    def _schedule(self, delay_ms: int) -> None:
        if not self._minutes:
            self._timer.stop()
            self._next_at = None
            return
        self._timer.start(delay_ms)
        self._next_at = self._clock.now() + timedelta(milliseconds=delay_ms)
        self._show()

    def _interval_ms(self) -> int:
        return self._minutes * 60_000

    def _show(self) -> None:
        now = self._clock.now()
        syncing = self.runner.is_running()
        text = status_text(
            self._account, syncing=syncing, error=self._error, next_at=self._next_at, now=now
        )
        if text != self.status:
            self.status = text
            brief = status_text(
                self._account,
                syncing=syncing,
                error=_reason(self._error),
                next_at=self._next_at,
                now=now,
            )
            self.status_changed.emit(text, brief)


def status_text(
    account: Account | None,
    *,
    syncing: bool,
    error: str,
    next_at: datetime | None,
    now: datetime,
) -> str:
    """The status in a few words: "Synced 09:32", "Syncing…", or "Not synced: why. Trying
    again at 09:47."; empty while no address book is set up."""
    if syncing:
        return QCoreApplication.translate("auto_sync", "Syncing…")
    if account is None:
        return ""
    if error:
        if next_at is None:
            return QCoreApplication.translate("auto_sync", "Not synced: {error}").format(
                error=error
            )
        return QCoreApplication.translate(
            "auto_sync", "Not synced: {error} Trying again at {time}."
        ).format(error=error, time=_time(next_at, now))
    if account.last_synced_at is None:
        return QCoreApplication.translate("auto_sync", "Not synced yet")
    return QCoreApplication.translate("auto_sync", "Synced {time}").format(
        time=_time(account.last_synced_at, now)
    )


def _reason(sentence: str) -> str:
    """What went wrong without what to do about it: a sync failure says both, split by ";"."""
    reason, advice, _rest = sentence.partition(";")
    if not advice:
        return sentence
    return reason[:1].lower() + reason[1:] + "."


def _time(moment: datetime, now: datetime) -> str:
    """The time alone today, with the day otherwise; in the user's time zone."""
    local = moment.astimezone()
    if local.date() == now.astimezone().date():
        return f"{local:%H:%M}"
    return day_text(local, QCoreApplication.translate("auto_sync", "dd MMM HH:mm"))


def _ignore(_message: str) -> None:
    """The status is a courtesy: a library that cannot be read says so elsewhere."""


class SyncStatus(QToolButton):
    """The sync status at the end of the status bar; a click opens the Sync window.

    Hidden while sync is not set up. Signals: only QToolButton's own (``clicked``).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # Never what keeps the window from getting narrower: a squeezed status is cut short.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 12)
        self.setAccessibleName(self.tr("Sync status"))
        self.full_text = ""
        self.hide()

    def show_status(self, text: str, brief: str = "") -> None:
        """Show ``brief`` (or ``text``), with all of ``text`` in the tooltip."""
        self.full_text = text
        metrics = self.fontMetrics()
        width = metrics.averageCharWidth() * STATUS_MAX_CHARS
        shown = metrics.elidedText(brief or text, Qt.TextElideMode.ElideRight, width)
        self.setText(shown.replace("&", "&&"))  # a button takes "&" for a shortcut
        self.setToolTip(
            self.tr("{status}\nClick to open the Sync window.").format(status=text) if text else ""
        )
        self.setVisible(bool(text))
