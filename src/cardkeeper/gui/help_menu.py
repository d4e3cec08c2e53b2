"""Help ▸ Keyboard Shortcuts, Open Log Folder and About CardKeeper: the keys to learn, and what a
user needs to report a problem."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from cardkeeper.gui.common.menu_action import menu_action
from cardkeeper.gui.common.window_host import WindowHost
from cardkeeper.paths import log_dir

if TYPE_CHECKING:
    from cardkeeper.gui.shortcuts_window import ShortcutsWindow


class HelpMenu(QObject):
    """The Help menu's items, for the window given. Keyboard Shortcuts answers F1, the desktop's
    help key, and Ctrl+/, Google's apps' key for their list of shortcuts.

    Signals: none.
    """

    def __init__(self, host: WindowHost, window: QMainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self._host = host
        self._window = window
        self.shortcuts_window: ShortcutsWindow | None = None
        self.shortcuts_action = menu_action(
            self.tr("&Keyboard Shortcuts"), "", "F1", self.show_shortcuts, menu, parent=self._window
        )
        self.shortcuts_action.setShortcuts([QKeySequence("F1"), QKeySequence("Ctrl+/")])
        menu.addSeparator()
        self.log_folder_action = menu_action(
            self.tr("Open &Log Folder"),
            "folder-open",
            "",
            self.open_log_folder,
            menu,
            parent=self._window,
        )
        menu_action(
            self.tr("&About CardKeeper"), "help-about", "", self.about, menu, parent=self._window
        )

    def show_shortcuts(self) -> None:
        """The window listing every shortcut, read from the menus now; one, brought to the front."""
        from cardkeeper.gui.shortcuts_window import ShortcutsWindow

        if self.shortcuts_window is None:
            self.shortcuts_window = ShortcutsWindow(self._window.menuBar(), self._window)
        self.shortcuts_window.refresh()
        self.shortcuts_window.show()
        self.shortcuts_window.raise_()
        self.shortcuts_window.activateWindow()

    def open_log_folder(self) -> None:
        """Where to find what went wrong, to attach to a bug report; made if not there yet."""
        folder = log_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self._host.report_failure(
                self.tr("The log folder {folder} could not be made ({reason}).").format(
                    folder=folder, reason=error.strerror or error
                )
            )
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self._host.report_failure(
                self.tr("No program could show the log folder; it is {folder}.").format(
                    folder=folder
                )
            )

    def about(self) -> None:
        from cardkeeper import __version__

        QMessageBox.about(
            self._window,
            self.tr("About CardKeeper"),
            self.tr(
                "<h3>CardKeeper {version}</h3><p>Business cards into contacts, and a reminder "
                "to follow up with every one of them.</p><p>Library: {folder}</p>"
            ).format(version=__version__, folder=self._host.library.folder),
        )
