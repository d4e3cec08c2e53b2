"""Start the desktop app: one QApplication, one window per library, crashes to the log."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from importlib.resources import files
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QEvent, QObject, QThread, QThreadPool, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon

from cardkeeper import __version__, paths
from cardkeeper.crash_log import record_crash
from cardkeeper.errors import CardKeeperError, LibraryError
from cardkeeper.gui.common.palette import apply_palette
from cardkeeper.gui.common.translation import install_translation
from cardkeeper.gui.library_upgrade import open_library_showing_upgrade
from cardkeeper.gui.main_window import MainWindow
from cardkeeper.gui.quit_signals import closing_on_quit_signals
from cardkeeper.gui.single_instance import (
    LibraryHold,
    bring_forward,
    hold_or_hand_over,
    serve,
)
from cardkeeper.settings import load_settings

BACKGROUND_WAIT_MS = 3000

log = logging.getLogger(__name__)


def run_app(
    data_dir: str | None,
    camera: str | None = None,
    to_import: Sequence[Path] = (),
    *,
    tray: bool = False,
) -> int:
    """Show the main window until it is closed, importing ``to_import`` as a drop would.

    When a window is open on the library already, it gets ``to_import`` and
    comes to the front instead, and this returns at once. With ``tray`` (the start
    at login) only the tray icon shows, and due follow-ups are announced from it.
    Raises CardKeeperError when there is no screen.
    """
    _check_display()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("CardKeeper")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("CardKeeper")
    app.setDesktopFileName("io.github.cardkeeper.CardKeeper")
    app.setWindowIcon(QIcon(str(files("cardkeeper") / "resources" / "cardkeeper.svg")))
    sys.excepthook = _show_crash
    apply_palette(app)
    install_translation(app)
    try:
        folder = paths.data_dir(data_dir)  # a file where the folder should be is told here
        hold = hold_or_hand_over(folder, to_import)
        if hold is None:
            return 0
    except LibraryError as error:
        QMessageBox.critical(None, "CardKeeper", str(error))
        return 1
    with hold:
        return _run_window(app, hold, folder, camera, to_import, tray=tray)


def _run_window(
    app: QApplication,
    hold: LibraryHold,
    folder: Path,
    camera: str | None,
    to_import: Sequence[Path],
    *,
    tray: bool = False,
) -> int:
    try:
        library = open_library_showing_upgrade(folder)  # an older one is updated first
    except LibraryError as error:
        QMessageBox.critical(None, "CardKeeper", str(error))
        return 1
    with library:
        window = MainWindow(library, load_settings(), camera_source=camera)
        serve(hold, window)
        with closing_on_quit_signals(window):
            if tray and QSystemTrayIcon.isSystemTrayAvailable():
                start_in_tray(app, window)
            else:
                window.show()
            log.info("Window opened (CardKeeper %s, Qt %s)", __version__, qVersion())
            if to_import:
                window.importing.import_paths(to_import)
            if camera is not None:
                window.scanner.open_scanner()
            status = app.exec()
        # Let short background work (thumbnails, the Tesseract check) end while Qt is
        # still there to take its results; an import has its own wait on quitting.
        QThreadPool.globalInstance().waitForDone(BACKGROUND_WAIT_MS)
        return status


def start_in_tray(app: QApplication, window: MainWindow) -> None:
    """Only the tray icon: the queue opens from it, the window from its menu, and CardKeeper
    runs on when those are closed, until Quit or the window itself is closed."""
    app.setQuitOnLastWindowClosed(False)
    window.installEventFilter(_QuitWhenClosed(app, window))
    window.follow_ups.tray.stay(lambda: bring_forward(window), app.quit)
    window.follow_ups.due.announce_all_next()


class _QuitWhenClosed(QObject):
    """Ends the app when the main window closes (its close button, or a quit signal)."""

    def __init__(self, app: QApplication, parent: QObject) -> None:
        super().__init__(parent)
        self._app = app

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self._app.quit()
        return False


def _show_crash(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """Anything uncaught in a slot ends here: logged, and told in one sentence.

    A window can only be shown from the GUI thread while the application
    runs; anything else (a worker failing as the app closes) is only logged.
    """
    message = record_crash(error.with_traceback(trace))
    app = QApplication.instance()
    if app is not None and QThread.currentThread() is app.thread():
        QMessageBox.critical(None, "CardKeeper", message)


def _check_display() -> None:
    """Say in one sentence what Qt would otherwise say with an abort and a core dump."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise CardKeeperError(
            "The CardKeeper window needs a desktop session and none was found "
            "(DISPLAY is not set); start it from your desktop, or use the commands "
            "listed by `cardkeeper --help` in a terminal."
        )
