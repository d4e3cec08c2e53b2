"""The captures of one scanner session, read and saved off the GUI thread, in order.

Each capture is read on the card-reader pool and saved by the same worker
with a connection of its own (a SQLite connection belongs to the thread that
opened it), one transaction per card, like an import. A back side waits for
its front to be saved, then joins that contact.

The worker holds only a weak reference to the session, for the reason
gui/common/background.py gives: had it held the last strong one while the scanner
window was closed, the session's wrapper would die on the pool thread, and Qt
crashes when a QObject is destroyed off its own thread.
"""

from __future__ import annotations

import weakref
from concurrent.futures import Future
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import cv2
import numpy as np
import shiboken6
from numpy.typing import NDArray
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QImage

from cardkeeper.app.camera_scan import CapturedCard, read_capture, save_capture
from cardkeeper.app.read_cards import reader_pool
from cardkeeper.crash_log import record_crash
from cardkeeper.errors import CardKeeperError
from cardkeeper.gui.common.background import call_on_gui_thread
from cardkeeper.gui.scanner.camera_feed import bgr_qimage
from cardkeeper.reading.card_tracker import Capture
from cardkeeper.reading.pipeline import ReadingOptions
from cardkeeper.store.database import open_library


@dataclass(frozen=True)
class SessionCard:
    """What the window shows of one capture once it is read and saved."""

    number: int
    back: bool
    contact_id: int | None
    name: str = ""
    company: str = ""
    thumbnail: QImage | None = None
    error: str | None = None
    notes: list[str] = field(default_factory=list)


class ScanSession(QObject):
    """Reads and saves captures into the library in ``data_dir``.

    Signals, delivered on the GUI thread:

    - ``card_done(object)``: a :class:`SessionCard`, in capture order.
    """

    card_done = Signal(object)

    def __init__(
        self, data_dir: Path, options: ReadingOptions, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._options = options
        self._pool = reader_pool()
        self._last_front: Future[SessionCard] | None = None
        self._previous: Future[SessionCard] | None = None
        self.captures = 0
        self.destroyed.connect(partial(self._pool.shutdown, wait=False, cancel_futures=False))

    def add(self, capture: Capture, event: str | None) -> int:
        """Start reading a capture; returns its number in the session (1, 2 …)."""
        self.captures += 1
        number = self.captures
        front = self._last_front if capture.back else None
        work = _Work(self._data_dir, self._options, weakref.ref(self))
        future = self._pool.submit(
            work.read_and_save, number, capture, event, front, self._previous
        )
        if not capture.back:
            self._last_front = future
        self._previous = future
        return number


@dataclass(frozen=True)
class _Work:
    """What a pool thread needs to read and save one capture, without the session itself."""

    data_dir: Path
    options: ReadingOptions
    session: weakref.ref[ScanSession]

    def read_and_save(
        self,
        number: int,
        capture: Capture,
        event: str | None,
        front: Future[SessionCard] | None,
        previous: Future[SessionCard] | None,
    ) -> SessionCard:
        card = read_capture(number, capture, self.options)
        if previous is not None:
            previous.result()  # cards reach the window in the order they were captured
        done = self._save(card, event, front)
        app = QCoreApplication.instance()
        if app is not None:  # else the app has quit: nobody is waiting
            call_on_gui_thread(partial(_announce, self.session, done), parent=app)
        return done

    def _save(
        self, card: CapturedCard, event: str | None, front: Future[SessionCard] | None
    ) -> SessionCard:
        reading = card.reading
        if reading is None:
            return SessionCard(card.number, card.back, None, error=card.error)
        fields = reading.fields
        name = fields.name.full.value if fields.name else ""
        company = fields.company.value if fields.company else ""
        thumbnail = _thumbnail(reading.card_image)
        try:
            front_id = front.result().contact_id if front is not None else None
            with open_library(self.data_dir) as library:
                contact_id = save_capture(library, card, event, front_id)
        except CardKeeperError as error:
            return SessionCard(card.number, card.back, None, name, company, thumbnail, str(error))
        except Exception as error:  # a bug costs this card, not the session
            message = record_crash(error)
            return SessionCard(card.number, card.back, None, name, company, thumbnail, message)
        return SessionCard(
            card.number, card.back, contact_id, name, company, thumbnail, None, card.notes
        )


def _announce(session: weakref.ref[ScanSession], card: SessionCard) -> None:
    """On the GUI thread: tell the session's window, if both are still there."""
    alive = session()
    if alive is not None and shiboken6.isValid(alive):
        alive.card_done.emit(card)


def _thumbnail(card_bgr: NDArray[np.uint8]) -> QImage:
    """A small copy of the flattened card for the strip; made here, off the GUI thread."""
    scale = 240 / max(card_bgr.shape[:2])
    small = cv2.resize(card_bgr, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    return bgr_qimage(np.asarray(small, dtype=np.uint8))
