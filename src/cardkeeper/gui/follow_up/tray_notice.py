"""Telling the user that follow-ups fell due: a tray message where the desktop has one.

Without a system tray (or one that cannot show messages), the main window's
status bar says it instead. The tray icon appears with the first message
and stays, showing the count; clicking it or the message opens the queue.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QSystemTrayIcon

from cardkeeper.wording import translate

MESSAGE_MS = 10_000


def due_sentence(names: Sequence[str]) -> str:
    """ "Anna Koch and 2 others are due for a follow-up." """
    named = [name or QCoreApplication.translate("tray_notice", "someone") for name in names]
    if not named:
        return ""
    if len(named) == 1:
        return QCoreApplication.translate("tray_notice", "{name} is due for a follow-up.").format(
            name=named[0]
        )
    if len(named) == 2:
        return QCoreApplication.translate(
            "tray_notice", "{name} and {other} are due for a follow-up."
        ).format(name=named[0], other=named[1])
    others = len(named) - 1
    return translate(
        "tray_notice", "{name} and %n others are due for a follow-up.", None, others
    ).format(name=named[0])


class TrayNotice(QObject):
    """Signals: ``open_requested()`` — the user clicked the tray icon or its message."""

    open_requested = Signal()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._tray: QSystemTrayIcon | None = None
        self.menu: QMenu | None = None
        """The icon's menu, when CardKeeper started in the tray (:meth:`stay`)."""

    def announce(self, names: Sequence[str], count: int) -> str:
        """Tell about the people whose follow-ups just fell due; returns what was said."""
        text = due_sentence(names)
        if not text:
            return ""
        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            tray = self._tray_icon()
            tray.setToolTip(translate("TrayNotice", "CardKeeper: %n follow-up(s) due", None, count))
            tray.showMessage(
                self.tr("Follow-ups due"), text, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS
            )
        else:
            self._window.statusBar().showMessage(
                self.tr("{sentence} Ctrl+U opens the queue.").format(sentence=text), 0
            )
        return text

    def stay(self, open_window: Callable[[], None], quit_app: Callable[[], None]) -> None:
        """Show the icon now and keep it, for CardKeeper started in the tray: a click opens
        the queue; its menu opens the queue or the window, or quits."""
        tray = self._tray_icon()
        tray.setToolTip("CardKeeper")
        menu = QMenu(self._window)
        menu.addAction(self.tr("Open &Follow-ups"), self.open_requested.emit)
        menu.addAction(self.tr("Open &CardKeeper"), open_window)
        menu.addSeparator()
        menu.addAction(self.tr("&Quit"), quit_app)
        tray.setContextMenu(menu)
        self.menu = menu

    def icon(self) -> QSystemTrayIcon | None:
        """The tray icon, once it shows."""
        return self._tray

    def _tray_icon(self) -> QSystemTrayIcon:
        if self._tray is None:
            tray = QSystemTrayIcon(QApplication.windowIcon(), self)
            tray.activated.connect(lambda _reason: self.open_requested.emit())
            tray.messageClicked.connect(self.open_requested)
            tray.show()
            self._tray = tray
        return self._tray
