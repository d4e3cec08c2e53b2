"""A scanner session read on its pool: the window's close is never held up by a worker."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import cv2
import numpy as np
from pytestqt.qtbot import QtBot

from cardkeeper.gui.scanner.session import ScanSession, SessionCard
from cardkeeper.reading.camera_frames import Frame
from cardkeeper.reading.card_tracker import Capture
from cardkeeper.reading.pipeline import ReadingOptions
from tests.card_files import write_scan

READ_TIMEOUT_MS = 120_000


def _capture(folder: Path, seed: int) -> Capture:
    path, _ = write_scan(folder, seed)
    image = np.asarray(cv2.imread(str(path)), dtype=np.uint8)
    return Capture(Frame(0, 0.0, image), quad=None)


def test_a_capture_is_read_saved_and_announced(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    session = ScanSession(data_dir, ReadingOptions())
    with qtbot.waitSignal(session.card_done, timeout=READ_TIMEOUT_MS) as done:
        session.add(_capture(tmp_path, 7), event=None)
    card = done.args[0]
    assert isinstance(card, SessionCard)
    assert card.error is None and card.contact_id is not None and card.name


def test_a_dropped_session_dies_on_the_gui_thread_while_its_card_is_still_read(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    """The worker must not hold the session: had it the last reference when the window
    let go, the session would be destroyed on the pool thread, which Qt does not survive."""
    session = ScanSession(data_dir, ReadingOptions())
    pool = session._pool
    session.add(_capture(tmp_path, 8), event=None)
    alive = weakref.ref(session)
    del session
    gc.collect()
    assert alive() is None
    pool.shutdown(wait=True)  # the read still finishes and saves, with nobody to tell
    qtbot.wait(50)
