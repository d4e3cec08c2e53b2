"""Start the desktop app: one QApplication, the main window, crashes to the log."""

from __future__ import annotations

import sys
from importlib.resources import files
from types import TracebackType

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from cardkeeper import __version__, paths
from cardkeeper.crash_log import record_crash
from cardkeeper.errors import LibraryError
from cardkeeper.gui.main_window import MainWindow
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import open_library


def run_app(data_dir: str | None) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("CardKeeper")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("CardKeeper")
    app.setDesktopFileName("io.github.cardkeeper.CardKeeper")
    app.setWindowIcon(QIcon(str(files("cardkeeper") / "resources" / "cardkeeper.svg")))
    sys.excepthook = _show_crash
    folder = paths.data_dir(data_dir)
    try:
        with open_library(folder) as library:
            count = Contacts(library).count()
    except LibraryError as error:
        QMessageBox.critical(None, "CardKeeper", str(error))
        return 1
    window = MainWindow(folder, count)
    window.show()
    return app.exec()


def _show_crash(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """Anything uncaught in a slot ends here: logged, and told in one sentence."""
    QMessageBox.critical(None, "CardKeeper", record_crash(error.with_traceback(trace)))
