"""The README's screenshots, taken of the real window over a library filled by a real import.

Generates a dozen desk photos of cards, imports them with the real reader
(Tesseract), accepts most of them as a user would, and grabs the main window
and the review pane, then the scanner window playing a generated desk-camera
video. Needs a display (``xvfb-run -a`` on a headless machine):

    python -m tools.screenshots [docs]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

CARDS = 12
TO_REVIEW = 3


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        os.environ["XDG_CONFIG_HOME"] = str(Path(work) / "config")
        os.environ.setdefault("CARDKEEPER_COLOR_SCHEME", "light")
        _shoot(Path(work), out)


def _shoot(work: Path, out: Path) -> None:
    from dataclasses import replace

    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from cardkeeper.gui.main_window import MainWindow
    from cardkeeper.gui.palette import apply_palette
    from cardkeeper.gui.sidebar import ALL, REVIEW
    from cardkeeper.settings import Settings
    from cardkeeper.store.contacts import Contacts
    from cardkeeper.store.database import open_library
    from tests.card_files import write_desk_photo

    app = QApplication(sys.argv)
    app.setApplicationName("CardKeeper")
    apply_palette(app)
    photos = [write_desk_photo(work / "photos", seed)[0] for seed in range(CARDS)]
    with open_library(work / "library") as library:
        window = MainWindow(library, Settings(current_event="Web Summit 2026, Lisbon"))
        window.resize(1400, 860)
        window.show()
        window.start_import(photos)
        job = window.current_import()
        if job is None:
            raise SystemExit("the import did not start")
        loop = QEventLoop()
        job.finished.connect(loop.quit)
        loop.exec()
        contacts = Contacts(library)
        for contact in contacts.list_contacts()[TO_REVIEW:]:
            contacts.update_contact(replace(contact, needs_review=False))

        window.sidebar.choose(REVIEW)
        window.sidebar.choose(ALL)
        window.select_contact(contacts.list_contacts()[TO_REVIEW + 1].id or 0)
        _settle()
        window.grab().save(str(out / "main-window.png"))

        window.sidebar.choose(REVIEW)
        window.pane.form.setFocus()
        _settle()
        window.grab().save(str(out / "review.png"))
        window.close()
    _shoot_scanner(work, out)


def _shoot_scanner(work: Path, out: Path) -> None:
    """The scanner playing the generated 20-card desk video: three read, the fourth held still."""
    from PySide6.QtCore import QEventLoop, QTimer

    from cardkeeper.gui.camera_view import HOLD_STILL
    from cardkeeper.gui.scanner_window import ScannerWindow
    from cardkeeper.reading.pipeline import ReadingOptions
    from tools.camgen import stack, write_video

    video = work / "desk.avi"
    write_video(stack(20, 1), video, fps=30)  # the 20-card stack of the tests and bench
    scanner = ScannerWindow(
        work / "scanner-library",
        ReadingOptions(),
        event="Web Summit 2026, Lisbon",
        source=str(video),
    )
    scanner.resize(1200, 900)
    scanner.show()
    loop = QEventLoop()
    saved: list[int] = []
    scanner.contact_saved.connect(saved.append)

    def frame(_image: object, _outline: object, state: str, share: float) -> None:
        if len(saved) >= 3 and state == HOLD_STILL and share > 0.5:
            loop.quit()

    feed = scanner._feed
    if feed is None:
        raise SystemExit("the scanner did not start")
    feed.frame.connect(frame)
    QTimer.singleShot(120_000, loop.quit)
    loop.exec()
    scanner.grab().save(str(out / "scanner.png"))
    scanner.close()


def _settle() -> None:
    """Let thumbnails load and the window repaint before it is grabbed."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(600, loop.quit)
    loop.exec()


if __name__ == "__main__":
    main()
