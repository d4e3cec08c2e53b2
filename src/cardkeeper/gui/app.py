"""Start the desktop app: one QApplication, the main window, crashes to the log."""

from __future__ import annotations

import os
import sys
from importlib.resources import files
from types import TracebackType

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from cardkeeper import __version__, paths
from cardkeeper.crash_log import record_crash
from cardkeeper.errors import CardKeeperError, LibraryError
from cardkeeper.gui.main_window import MainWindow
from cardkeeper.gui.palette import apply_palette
from cardkeeper.settings import load_settings
from cardkeeper.store.database import open_library


def run_app(data_dir: str | None) -> int:
    """Show the main window until it is closed. Raises CardKeeperError when there is no screen."""
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
    folder = paths.data_dir(data_dir)
    try:
        library = open_library(folder)
    except LibraryError as error:
        QMessageBox.critical(None, "CardKeeper", str(error))
        return 1
    with library:
        window = MainWindow(library, load_settings())
        window.show()
        return app.exec()


def _show_crash(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """Anything uncaught in a slot ends here: logged, and told in one sentence."""
    QMessageBox.critical(None, "CardKeeper", record_crash(error.with_traceback(trace)))


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
