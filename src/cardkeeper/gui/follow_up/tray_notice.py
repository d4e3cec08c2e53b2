"""Telling the user that follow-ups fell due: a tray message where the desktop has one.

Without a system tray (or one that cannot show messages), the main window's
status bar says it instead. The tray icon appears with the first message
and stays, showing the count; clicking it or the message opens the queue.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QSystemTrayIcon

from cardkeeper.wording import counted

MESSAGE_MS = 10_000


def due_sentence(names: Sequence[str]) -> str:
    """ "Anna Koch and 2 others are due for a follow-up." """
    named = [name or "someone" for name in names]
    if not named:
        return ""
    if len(named) == 1:
        return f"{named[0]} is due for a follow-up."
    if len(named) == 2:
        return f"{named[0]} and {named[1]} are due for a follow-up."
    return f"{named[0]} and {len(named) - 1} others are due for a follow-up."


class TrayNotice(QObject):
    """Signals: ``open_requested()`` — the user clicked the tray icon or its message."""

    open_requested = Signal()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._tray: QSystemTrayIcon | None = None

    def announce(self, names: Sequence[str], count: int) -> str:
        """Tell about the people whose follow-ups just fell due; returns what was said."""
        text = due_sentence(names)
        if not text:
            return ""
        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            tray = self._tray_icon()
            tray.setToolTip(f"CardKeeper: {counted(count, 'follow-up')} due")
            tray.showMessage(
                "Follow-ups due", text, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS
            )
        else:
            self._window.statusBar().showMessage(f"{text} Ctrl+U opens the queue.", 0)
        return text

    def _tray_icon(self) -> QSystemTrayIcon:
        if self._tray is None:
            tray = QSystemTrayIcon(QApplication.windowIcon(), self)
            tray.activated.connect(lambda _reason: self.open_requested.emit())
            tray.messageClicked.connect(self.open_requested)
            tray.show()
            self._tray = tray
        return self._tray
