"""The main window as the tests of its features open it: shown, active, over a real library."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from cardkeeper.domain import Contact
from cardkeeper.gui.library.contacts_model import NAME
from cardkeeper.gui.main_window import MainWindow
from cardkeeper.settings import Settings
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from tests.gui.follow_up_data import FixedClock

IMPORT_TIMEOUT_MS = 120_000


def open_window(qtbot: QtBot, library: Library, **settings: str) -> MainWindow:
    window = MainWindow(library, Settings(**settings))
    qtbot.add_widget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def open_window_on(qtbot: QtBot, library: Library, clock: FixedClock) -> MainWindow:
    """On the day ``clock`` says, once the due follow-ups are counted."""
    window = MainWindow(library, Settings(my_name="Maria Schneider"), clock=clock)
    qtbot.add_widget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(window.follow_ups.due.is_idle)
    return window


def add_contacts(library: Library, *contacts: Contact) -> list[int]:
    store = Contacts(library)
    return [store.save_new_contact(contact) for contact in contacts]


def names(window: MainWindow) -> list[str]:
    """The names in the list, top to bottom."""
    model = window.model
    return [model.index(row, NAME).data() for row in range(model.rowCount())]


def finish_import(qtbot: QtBot, window: MainWindow) -> object:
    """Wait for the card import under way; its summary."""
    job = window.importing.current_import()
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=IMPORT_TIMEOUT_MS) as finished:
        pass
    return finished.args[0] if finished.args else None


def drop(window: MainWindow, paths: list[Path]) -> None:
    """A real drop event carrying file URLs, as a file manager sends it."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    target = window.centralWidget()
    event = QDropEvent(
        QPointF(target.rect().center()),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
