"""The camera, read on a thread of its own and followed frame by frame for the scanner window.

Frames reach the window as copied QImages, only the newest: when painting
falls behind (a busy machine), frames in between are skipped, never queued,
so the picture never lags the desk. A video file or a folder of frames is
played at its own frame rate, so it behaves like a camera on screen too.
"""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from functools import partial

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from cardkeeper.crash_log import record_crash
from cardkeeper.errors import CardKeeperError
from cardkeeper.gui.common.background import call_on_gui_thread
from cardkeeper.reading.camera_frames import Frame, open_source
from cardkeeper.reading.card_tracker import CardTracker, TrackerSettings, TrackUpdate

STOP_WAIT_SECONDS = 2.0
"""How long closing the window waits for the camera thread to let go of the camera."""


class CameraFeed(QObject):
    """One camera (or video) opened, read and followed until :meth:`stop`.

    Signals, all delivered on the GUI thread:

    - ``frame(QImage, object, str, float)``: the newest frame, the card's outline
      in it (four (x, y) corners, or None), the tracker's state and how far the
      card is through holding still (0-1).
    - ``captured(object)``: a :class:`Capture` to read.
    - ``failed(str)``: the camera could not be opened or stopped; one sentence.
    - ``ended()``: a video or folder of frames has played to its end.
    """

    frame = Signal(QImage, object, str, float)
    captured = Signal(object)
    failed = Signal(str)
    ended = Signal()

    def __init__(
        self,
        source: str | int,
        size: tuple[int, int],
        settings: TrackerSettings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._size = size
        self.tracker = CardTracker(settings)
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._latest: tuple[QImage, TrackUpdate] | None = None
        self._thread: threading.Thread | None = None
        self.frames_shown = 0
        """Frames handed to the window so far, for the bench's frame rate."""

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="camera", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop reading and release the camera (waits up to :data:`STOP_WAIT_SECONDS`)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(STOP_WAIT_SECONDS)

    def set_auto_capture(self, on: bool) -> None:
        self.tracker.settings = replace(self.tracker.settings, auto_capture=on)

    def _run(self) -> None:
        try:
            with open_source(self._source, self._size) as source:
                started = time.monotonic()
                for frame in source.frames():
                    if self._stop.is_set():
                        return
                    if not source.live:
                        self._stop.wait(max(0.0, started + frame.seconds - time.monotonic()))
                    self._follow(frame)
            if not self._stop.is_set():
                call_on_gui_thread(self.ended.emit, parent=self)
        except CardKeeperError as error:
            call_on_gui_thread(partial(self.failed.emit, str(error)), parent=self)
        except Exception as error:  # a bug stops the camera with a sentence, not silently
            call_on_gui_thread(partial(self.failed.emit, record_crash(error)), parent=self)

    def _follow(self, frame: Frame) -> None:
        update = self.tracker.feed(frame)
        image = bgr_qimage(frame.image)  # here, off the GUI thread
        with self._lock:
            post = self._latest is None
            self._latest = (image, update)
        if post:
            call_on_gui_thread(self._deliver, parent=self)
        if update.capture is not None:
            call_on_gui_thread(partial(self.captured.emit, update.capture), parent=self)

    def _deliver(self) -> None:
        with self._lock:
            latest, self._latest = self._latest, None
        if latest is None:
            return
        image, update = latest
        outline = None if update.quad is None else [(float(x), float(y)) for x, y in update.quad]
        self.frames_shown += 1
        self.frame.emit(image, outline, str(update.state), update.steady_share)


def bgr_qimage(image: NDArray[np.uint8]) -> QImage:
    """An OpenCV BGR image as a QImage of its own (RGB32: Qt paints it about twice as fast
    as 24-bit). Safe on any thread; the conversion is also the copy that frees it from
    the array's memory."""
    contiguous = np.ascontiguousarray(image)
    height, width = contiguous.shape[:2]
    borrowed = QImage(contiguous.data, width, height, 3 * width, QImage.Format.Format_BGR888)
    return borrowed.convertToFormat(QImage.Format.Format_RGB32)
