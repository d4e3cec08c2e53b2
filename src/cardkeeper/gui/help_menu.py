"""Help ▸ Open Log Folder and About CardKeeper: what a user needs to report a problem."""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from cardkeeper.gui.common.menu_action import menu_action
from cardkeeper.gui.common.window_host import WindowHost
from cardkeeper.paths import log_dir


class HelpMenu(QObject):
    """The Help menu's items, for the window given."""

    def __init__(self, host: WindowHost, window: QWidget, menu: QMenu) -> None:
        super().__init__(window)
        self._host = host
        self._window = window
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
