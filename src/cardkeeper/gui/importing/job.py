"""Import card photos from the window without freezing it: checked first, then run off its thread.

:func:`prepare_import` says in one sentence why an import cannot start, before
any thread does. :class:`ImportJob` then walks the folders, reads the cards and
saves them on a worker thread that opens its own library (a SQLite connection
belongs to the thread that opened it), and reports each card as it is saved.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from cardkeeper.app.image_files import expand_paths
from cardkeeper.app.import_cards import ImportResult, ImportStatus, cards_in_photo, import_images
from cardkeeper.app.reading_options import reading_problem
from cardkeeper.crash_log import record_crash
from cardkeeper.errors import CardKeeperError
from cardkeeper.gui.common.background import call_on_gui_thread, run_in_background
from cardkeeper.reading.pipeline import ReadingOptions
from cardkeeper.store.database import open_library
from cardkeeper.wording import translate

SHEETS_NAMED = 3
"""Photos of several cards the headline names ("4 cards in desk.jpg"); more are counted."""
QUIT_WAIT_SECONDS = 10.0
"""How long quitting waits for a cancelled import to save the cards already being read.

Cancelling lets the few cards in the reading pool finish (about two per core,
a second or two); each is saved in one transaction, so even a cut-off wait
leaves only whole contacts behind.
"""


def prepare_import(paths: Sequence[Path], options: ReadingOptions) -> str | None:
    """``None`` when an import can start, else the one sentence that tells the user why not.

    Runs on the GUI thread before any worker starts, so a missing Tesseract is
    one message up front instead of the same failure on every card. Checking
    Tesseract is a few file lookups, or two program starts (cached) when the
    settings name the program.
    """
    if not paths:
        return QCoreApplication.translate(
            "job", "Choose at least one card photo or folder to import."
        )
    return reading_problem(options)


@dataclass(frozen=True)
class ImportSummary:
    """What an import did, for the window's status line and the summary dialog."""

    results: list[ImportResult]
    cancelled: bool
    """The user cancelled while files were still unread."""
    error: str | None
    """One sentence when the batch stopped early (read-only or full library folder, a bug)."""
    total: int
    """Files found to import; more than ``len(results)`` when cancelled or stopped."""

    @property
    def added(self) -> list[ImportResult]:
        return self._with(ImportStatus.ADDED)

    @property
    def files_done(self) -> int:
        """Files handled: a photo of several cards has a result per card, all saved at once."""
        return sum(1 for r in self.results if r.card <= 1)

    @property
    def sheets(self) -> list[ImportResult]:
        """The first card's result of each photo that held several cards."""
        return [r for r in self.results if r.card == 1]

    @property
    def matched(self) -> list[ImportResult]:
        """Cards that look like someone already in the library: kept for review, or not added."""
        return [
            r
            for r in self.results
            if r.status is ImportStatus.MATCHED or (r.status is ImportStatus.ADDED and r.matches)
        ]

    @property
    def already_there(self) -> list[ImportResult]:
        """Cards not added because they were in the library already (the same card image)."""
        return self._with(ImportStatus.MATCHED)

    @property
    def maybe_already_there(self) -> list[ImportResult]:
        """Cards added for review that may be someone in the library, to merge in the inbox."""
        return [r for r in self.added if r.matches]

    @property
    def failed(self) -> list[ImportResult]:
        return self._with(ImportStatus.FAILED)

    def to_look_at(self) -> list[ImportResult]:
        """The files the summary lists: failed, matched, and cards whose reading has a note
        (no card outline found); each says what happened and then its notes."""
        noted = [r for r in self.added if r.notes and not r.matches]
        return [
            replace(r, message=" ".join((r.message, *r.notes)))
            for r in self.failed + self.matched + noted
        ]

    def headline(self) -> str:
        """One sentence that says how the import went, worst news first."""
        added = len(self.added)
        if self.error:
            if not added:
                return self.error
            if added == 1:
                kept = translate(
                    "ImportSummary", "{error} The 1 card imported before that is kept."
                )
            else:
                kept = translate(
                    "ImportSummary",
                    "{error} The %n cards imported before that are kept.",
                    None,
                    added,
                )
            return kept.format(error=self.error)
        if self.cancelled:
            if not added:
                cancelled = translate(
                    "ImportSummary",
                    "Import cancelled after {done} of {total} files; no card was added.",
                )
            elif added == 1:
                cancelled = translate(
                    "ImportSummary",
                    "Import cancelled after {done} of {total} files; the 1 card read is kept.",
                )
            else:
                cancelled = translate(
                    "ImportSummary",
                    "Import cancelled after {done} of {total} files; the %n cards read are kept.",
                    None,
                    added,
                )
            return cancelled.format(done=self.files_done, total=self.total)
        parts = [
            translate("ImportSummary", "Imported %n card(s)", None, added)
            if added
            else translate("ImportSummary", "No cards were imported")
        ]
        # "4 cards in desk.jpg": a photo of several cards became several contacts.
        parts += [cards_in_photo(r.cards, r.path).rstrip(".") for r in self.sheets[:SHEETS_NAMED]]
        if (more := len(self.sheets) - SHEETS_NAMED) > 0:
            parts.append(
                translate("ImportSummary", "%n more photos held several cards", None, more)
            )
        if failed := len(self.failed):
            parts.append(translate("ImportSummary", "%n could not be read", None, failed))
        if maybe := len(self.maybe_already_there):
            parts.append(
                translate("ImportSummary", "1 looks like someone already in your library")
                if maybe == 1
                else translate(
                    "ImportSummary", "%n look like people already in your library", None, maybe
                )
            )
        if there := len(self.already_there):
            parts.append(
                translate("ImportSummary", "1 was already in your library")
                if there == 1
                else translate("ImportSummary", "%n were already in your library", None, there)
            )
        return translate("ImportSummary", "{clauses}.").format(clauses="; ".join(parts))

    def _with(self, status: ImportStatus) -> list[ImportResult]:
        return [r for r in self.results if r.status is status]


@dataclass
class _Batch:
    """What the worker has done so far; read on the GUI thread only after the worker ended."""

    results: list[ImportResult] = field(default_factory=list)
    total: int = 0


class ImportJob(QObject):
    """One import of photos and folders into the library in ``data_dir``, run once.

    Signals, all delivered on the GUI thread:

    - ``progress(int done, int total, str current)``: once with ``done`` 0 when
      the folders have been walked and ``total`` (the files found) is known,
      then after each file with the full path of the file just handled.
    - ``item_done(object)``: the :class:`ImportResult` of each file, as it is
      saved (or found unreadable, or matched).
    - ``finished(object)``: the :class:`ImportSummary`, always exactly once.

    Deleting the job (or its parent, the window) cancels the import, and no
    signal comes after that. Quitting the application cancels a running job
    and waits a bounded time (:data:`QUIT_WAIT_SECONDS`) for the cards in hand
    to be saved.
    """

    progress = Signal(int, int, str)
    item_done = Signal(object)
    finished = Signal(object)

    def __init__(
        self,
        data_dir: Path,
        paths: Sequence[Path],
        options: ReadingOptions,
        *,
        event: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._paths = list(paths)
        self._options = options
        self._event = event
        self._cancel = threading.Event()
        self._stopped = threading.Event()
        self._started = False
        self._running = False
        # The Event's method, not one of ours: it can still run while this object is destroyed.
        self.destroyed.connect(self._cancel.set)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._stop_for_quit)

    def start(self) -> None:
        """Start the import and return at once; call :func:`prepare_import` first."""
        if self._started:
            raise RuntimeError("An ImportJob runs once; make a new one for the next import.")
        self._started = self._running = True
        batch = _Batch()
        run_in_background(
            lambda: self._work(batch),
            self._finish,
            lambda error: self._crashed(batch, error),
            parent=self,
        )

    def cancel(self) -> None:
        """Start no more cards; those being read are still saved, then ``finished`` comes."""
        self._cancel.set()

    def is_running(self) -> bool:
        return self._running

    def _work(self, batch: _Batch) -> ImportSummary:
        """On the worker thread: walk, read and save, reporting each file to the GUI thread."""
        try:
            with open_library(self._data_dir) as library:
                # Walked here, not on the GUI thread: a folder of 500 photos takes a while.
                found = [item.path for item in expand_paths(self._paths)]
                batch.total = len(found)
                call_on_gui_thread(partial(self._report, None, 0, batch.total), parent=self)
                for result in import_images(
                    library,
                    found,
                    self._options,
                    event=self._event,
                    jobs=0,
                    cancel=self._cancel,
                    # Saved for review even when it may be someone already there: the
                    # window's review inbox is where the user merges or keeps both.
                ):
                    batch.results.append(result)
                    done = sum(1 for r in batch.results if r.card <= 1)
                    call_on_gui_thread(
                        partial(self._report, result, done, batch.total), parent=self
                    )
        except CardKeeperError as error:  # the library folder went read-only or full
            return self._summary(batch, str(error))
        finally:
            self._stopped.set()
        return self._summary(batch, None)

    def _report(self, result: ImportResult | None, done: int, total: int) -> None:
        """On the GUI thread, so that connecting to these signals is safe at any time."""
        if result is not None:
            self.item_done.emit(result)
        self.progress.emit(done, total, str(result.path) if result else "")

    def _summary(self, batch: _Batch, error: str | None) -> ImportSummary:
        files = sum(1 for r in batch.results if r.card <= 1)
        cancelled = self._cancel.is_set() and files < batch.total
        return ImportSummary(
            results=batch.results, cancelled=cancelled, error=error, total=batch.total
        )

    def _crashed(self, batch: _Batch, error: BaseException) -> None:
        """A bug: logged with its traceback; the user gets a sentence and keeps the cards saved."""
        self._finish(self._summary(batch, record_crash(error)))

    def _finish(self, summary: ImportSummary) -> None:
        self._running = False
        self.finished.emit(summary)

    def _stop_for_quit(self) -> None:
        """The one place the GUI thread waits for the worker: the app is going away anyway."""
        if self._running:
            self.cancel()
            self._stopped.wait(QUIT_WAIT_SECONDS)
