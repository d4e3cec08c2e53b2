"""File ▸ Sync with Server, Back Up Library and Restore from Backup: the library as a whole.

Each runs off the GUI thread on its own connection and says in the status
line how it went. Contacts files (vCard, CSV) are :mod:`contacts_files`'.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from cardkeeper.errors import CardKeeperError
from cardkeeper.gui.common.background import run_in_background
from cardkeeper.gui.common.menu_action import menu_action
from cardkeeper.gui.common.window_host import WindowHost
from cardkeeper.gui.exchange.auto_sync import AutoSync, SyncRunner, SyncStatus
from cardkeeper.gui.exchange.reply_check import ReplyCheck
from cardkeeper.store.contact_rows import count_rows
from cardkeeper.store.database import open_library

if TYPE_CHECKING:
    # Imported where used: the backup code and zipfile are not needed to show the window.
    from cardkeeper.app.library_backup import BackupSummary
    from cardkeeper.gui.exchange.restore import LibraryRestore


class ExchangeActions(QObject):
    """The File menu's sync, backup and restore; ``sync_status`` goes on the status bar."""

    def __init__(self, host: WindowHost, window: QWidget, menu: QMenu) -> None:
        super().__init__(window)
        self._host = host
        self._window = window
        self._library_restore: LibraryRestore | None = None
        self.sync_runner = SyncRunner(host.library.folder, self, clock=host.clock)
        """The library's one sync at a time, for the timer and the Sync window alike."""
        self.sync_runner.tasks_wanted = lambda: host.settings.task_sync
        self.sync_runner.task_calendar = lambda: host.settings.task_calendar_url
        self.reply_check = ReplyCheck(host.library.folder, lambda: host.settings, self)
        """Replies looked for in the mailbox on the sync timer, once the user chose so."""
        self.auto_sync = AutoSync(
            self.sync_runner,
            host.settings.sync_minutes,
            host.clock,
            self,
            replies=self.reply_check,
        )
        self.sync_status = SyncStatus()
        self.sync_action = menu_action(
            self.tr("S&ync with Server…"),
            "view-refresh",
            "Ctrl+Shift+Y",
            self.open_sync,
            menu,
            parent=self._window,
        )
        self.backup_action = menu_action(
            self.tr("&Back Up Library…"),
            "document-save",
            "",
            self.back_up_library,
            menu,
            parent=self._window,
        )
        self.restore_action = menu_action(
            self.tr("&Restore from Backup…"),
            "document-revert",
            "",
            self.restore_from_backup,
            menu,
            parent=self._window,
        )
        self.sync_runner.library_changed.connect(self._synced)
        self.auto_sync.status_changed.connect(self.sync_status.show_status)
        self.sync_status.clicked.connect(self.open_sync)

    def open_sync(self) -> None:
        """The CardDAV account and Sync Now; contacts a sync brings in show as it finishes."""
        from cardkeeper.gui.exchange.sync_dialog import SyncDialog

        dialog = SyncDialog(self._host.library.folder, self._window, runner=self.sync_runner)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _synced(self) -> None:
        """A sync, by hand or by itself, changed contacts: the list and sections show them."""
        self._host.reload_contacts()

    def back_up_library(self) -> None:
        """Save the whole library (contacts and card images) as one archive, in the background.

        File ▸ Restore from Backup (or ``cardkeeper restore ARCHIVE``) puts it back,
        keeping the library it replaces.
        """
        clock = self._host.clock
        suggested = Path.home() / self.tr("CardKeeper backup {day}.zip").format(
            day=f"{clock.today():%Y-%m-%d}"
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Back Up Library"),
            str(suggested),
            self.tr("CardKeeper backups (*.zip)"),
        )
        if not chosen:
            return
        from cardkeeper.app.library_backup import back_up

        folder, out, now = self._host.library.folder, Path(chosen), clock.now()

        def work() -> tuple[BackupSummary, int]:
            """The summary, and how many of its contacts are in the trash (the list hides them)."""
            with open_library(folder) as library:
                return back_up(library, out, now), count_rows(library).trash

        self.backup_action.setEnabled(False)
        self._host.statusBar().showMessage(self.tr("Backing up the library…"))
        run_in_background(work, self._backed_up, self._backup_failed, parent=self._window)

    def _backed_up(self, done: tuple[BackupSummary, int]) -> None:
        from cardkeeper.app.library_backup import contents
        from cardkeeper.wording import counted

        summary, trash = done
        self.backup_action.setEnabled(True)
        what = contents(summary.contacts, summary.images)
        if trash:
            what = self.tr("{contacts}, {trash} in the trash and {images}").format(
                contacts=counted(summary.contacts - trash, "contact"),
                trash=trash,
                images=counted(summary.images, "card image"),
            )
        self._host.statusBar().showMessage(
            self.tr("Backed up {contents} to {path}.").format(contents=what, path=summary.path),
            15000,
        )

    def _backup_failed(self, error: BaseException) -> None:
        self.backup_action.setEnabled(True)
        self._host.statusBar().clearMessage()
        if not isinstance(error, CardKeeperError):
            raise error
        self._host.report_failure(str(error))

    # -- restore ----------------------------------------------------------------------------

    def restore_from_backup(self) -> None:
        """Make the library open in this window the one in a backup archive, after asking
        (:mod:`cardkeeper.gui.exchange.restore`). It is refused, in one sentence, while
        something could still write to the library (:meth:`restore_problem`)."""
        if self._library_restore is None:
            from cardkeeper.gui.exchange.restore import LibraryRestore

            self._library_restore = LibraryRestore(
                self._window, self, self.restore_action, self._host.statusBar(), self._host.clock
            )
        self._library_restore.start(self._host.library.folder)

    def restore_problem(self) -> str | None:
        """Why the library cannot be let go of now, in one sentence; None when it can."""
        return self._host.busy_reason()

    def release_library(self) -> Path:
        """Let go of the library for a restore, and of all that holds its contacts (every
        feature's :meth:`let_go`, through the window); automatic sync waits until
        :meth:`reopen_library`."""
        self._host.let_go_of_library()
        self._host.library.close()
        return self._host.library.folder

    def reopen_library(self, folder: Path) -> bool:
        """Open the library in ``folder`` and show it as if the window had just opened."""
        try:
            library = open_library(folder)
        except CardKeeperError as error:
            QMessageBox.critical(self._window, "CardKeeper", str(error))
            self._window.close()
            return False
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(library.close)  # app.py closes only the one it opened
        self._host.library = library
        self._host.show_replaced_library()
        self.auto_sync.set_minutes(self._host.settings.sync_minutes)
        self.sync_runner.note_account_changed()  # the account is the restored library's
        return True

    # -- what the window asks of every feature that holds the library ----------------------

    def busy_reason(self) -> str | None:
        if not self.backup_action.isEnabled():
            return self.tr("Wait for the backup to finish before restoring one.")
        if self.sync_runner.is_running():
            return self.tr("Wait for the sync to finish before restoring a backup.")
        return None

    def let_go(self) -> None:
        self.auto_sync.set_minutes(0)  # no sync may open the library while it is replaced
