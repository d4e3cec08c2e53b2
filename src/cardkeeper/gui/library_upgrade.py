"""Opening the library at start, with a word to the user while an update of it takes a while.

The first start after updating CardKeeper may bring the library's schema up to
date (``store.migrate``); one of those upgrades splits every address once, 1.1 s
for 10,000 contacts. That happens before the window exists, so with the work on
the GUI thread the user would see nothing at all for that long. Instead the
upgrade runs on a pool thread (its own connection, as every worker has) while
the GUI thread waits in an event loop, and a small dialog says what is going on
if it takes longer than half a second: a shorter wait shows nothing, as a
dialog that flashes up and away is worse than none. The dialog has a busy bar,
not a percentage, because the migration is one transaction with no steps to
count; and no Cancel, because stopping it would only undo it for the next start.

Opening a library that needs no upgrade is what it was: on the GUI thread, at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog

from cardkeeper.gui.common.background import run_in_background
from cardkeeper.store.database import Library, needs_upgrade, open_library

SHOW_AFTER_MS = 500
"""How long an upgrade may take before the dialog shows."""


def open_library_showing_upgrade(folder: Path, *, show_after_ms: int = SHOW_AFTER_MS) -> Library:
    """:func:`~cardkeeper.store.database.open_library`, with the upgrade of an older library
    done off the GUI thread and a dialog shown while it lasts past ``show_after_ms``.

    Raises what opening raises (a :class:`~cardkeeper.errors.LibraryError` with its
    sentence), on the calling thread, whether the upgrade or the open failed.
    """
    if not needs_upgrade(folder):
        return open_library(folder)
    dialog = QProgressDialog(
        QCoreApplication.translate(
            "LibraryUpgrade",
            "Updating your library for this version of CardKeeper…\nThis happens only once.",
        ),
        "",
        0,
        0,
    )
    dialog.setWindowTitle("CardKeeper")
    dialog.setCancelButton(None)
    dialog.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.reset()  # stops the timer QProgressDialog shows itself by: ours decides
    show = QTimer(dialog)
    show.setSingleShot(True)
    show.timeout.connect(dialog.show)
    failure: list[BaseException] = []
    waiting = QEventLoop()

    def upgrade() -> None:
        with open_library(folder):
            pass

    def failed(error: BaseException) -> None:
        failure.append(error)
        waiting.quit()

    show.start(show_after_ms)
    run_in_background(upgrade, lambda _: waiting.quit(), failed, parent=dialog)
    waiting.exec()
    show.stop()
    dialog.close()
    dialog.deleteLater()
    if failure:
        raise failure[0]
    return open_library(folder)
