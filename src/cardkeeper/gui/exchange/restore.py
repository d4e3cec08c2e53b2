"""File ▸ Restore from Backup: check the archive, ask, let go of the library, restore, reopen.

The archive is first checked without unpacking (``inspect``, off the GUI
thread): a file that is not a CardKeeper backup is refused while the library
stays open and untouched. Only after the user confirms is the library let go
of: ``restore`` moves the library's database (with its WAL files) and card
images aside, which an open SQLite connection must not outlive (Windows
refuses to move files that are open). The restore runs in the
background behind a window-modal progress dialog, so nothing can touch the
library meanwhile, and then the same folder, now the backup's, is opened
again. Reopening in place is sound because every other part of the window
reaches the library through its folder, opening a connection per job, and the
folder's path does not change; restarting the process would lose the window
for no gain. If restoring fails nothing was changed, and the same library is
opened again.

The window and its features know what this cannot (:class:`RestoreHost`, which
:class:`~cardkeeper.gui.exchange.actions.ExchangeActions` answers by asking the
window): when the library may not be let go of, how to let go of it, and how
to show it again.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QStatusBar, QWidget

from cardkeeper.errors import BackupError, CardKeeperError
from cardkeeper.gui.common.background import run_in_background
from cardkeeper.gui.common.clock import Clock
from cardkeeper.gui.common.translation import QT_TRANSLATE_NOOP, day_text

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from cardkeeper.app.library_backup import BackupInfo, RestoreSummary

TITLE = QT_TRANSLATE_NOOP("LibraryRestore", "Restore from Backup")


class RestoreHost(Protocol):
    """What the window and its features do for a restore."""

    def restore_problem(self) -> str | None:
        """Why the library cannot be let go of now, in one sentence; None when it can."""

    def release_library(self) -> Path:
        """Close the library and all built on it; return its folder."""

    def reopen_library(self, folder: Path) -> bool:
        """Open the library in ``folder`` and show it; False when it could not be opened."""


class LibraryRestore(QObject):
    """Runs File ▸ Restore from Backup for ``window``; ``action`` is off while it runs."""

    def __init__(
        self,
        window: QWidget,
        host: RestoreHost,
        action: QAction,
        status: QStatusBar,
        clock: Clock,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._host = host
        self._action = action
        self._status = status
        self._clock = clock

    def start(self, data_dir: Path) -> None:
        """Ask for the archive and check it; the rest follows as the user answers."""
        problem = self._host.restore_problem()
        if problem:
            QMessageBox.warning(self._window, self.tr(TITLE), problem)
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self._window,
            self.tr(TITLE),
            str(Path.home()),
            self.tr("CardKeeper backups (*.zip);;All files (*)"),
        )
        if not chosen:
            return
        from cardkeeper.app.library_backup import inspect

        archive = Path(chosen)
        self._action.setEnabled(False)
        self._status.showMessage(self.tr("Checking {file}…").format(file=archive.name))
        run_in_background(
            lambda: inspect(archive),
            lambda info: self._confirm(archive, data_dir, info),
            self._failed,
            parent=self,
        )

    def _confirm(self, archive: Path, data_dir: Path, info: BackupInfo) -> None:
        from cardkeeper.app.library_backup import contents, kept_folder

        self._status.clearMessage()
        problem = self._host.restore_problem()  # work may have started while it was checked
        if problem:
            self._action.setEnabled(True)
            QMessageBox.warning(self._window, self.tr(TITLE), problem)
            return
        now = self._clock.now()
        kept = kept_folder(data_dir, now)
        made = (
            day_text(info.made_at.astimezone(), self.tr("dd MMM yyyy 'at' HH:mm"))
            if info.made_at
            else None
        )
        holds = (
            contents(info.contacts, info.images)
            if info.contacts is not None and info.images is not None
            else None
        )
        if made and holds:
            about = self.tr("The backup was made on {made} and holds {holds}. ")
        elif made:
            about = self.tr("The backup was made on {made}. ")
        elif holds:
            about = self.tr("The backup holds {holds}. ")
        else:
            about = ""
        about = about.format(made=made, holds=holds)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr(TITLE),
            self.tr("Replace the library open now with the one in {file}?").format(
                file=archive.name
            ),
            parent=self._window,
        )
        box.setInformativeText(
            about
            + self.tr(
                "The library open now is not deleted: it is kept aside in the folder "
                "“{folder}”, next to it in {parent}."
            ).format(folder=kept.name, parent=kept.parent)
        )
        restore_button = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered() -> None:
            chosen = box.clickedButton() is restore_button
            problem = self._host.restore_problem()  # an automatic sync may have begun
            if not chosen or problem:
                self._action.setEnabled(True)
                if chosen and problem:
                    QMessageBox.warning(self._window, self.tr(TITLE), problem)
                return
            self._restore(archive, now)

        box.finished.connect(answered)
        box.open()

    def _restore(self, archive: Path, now: datetime) -> None:
        from cardkeeper.app.library_backup import restore

        try:
            folder = self._host.release_library()
        except BaseException:
            self._action.setEnabled(True)  # still open: the window goes on with the library
            raise
        progress = QProgressDialog(
            self.tr("Restoring the library from {file}…").format(file=archive.name),
            "",
            0,
            0,
            self._window,
        )
        progress.setWindowTitle(self.tr(TITLE))
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()

        def work() -> RestoreSummary:
            try:
                return restore(archive, folder, now)
            except OSError as error:
                raise BackupError(
                    QCoreApplication.translate(
                        "LibraryRestore",
                        "The library could not be replaced ({reason}); nothing was changed.",
                    ).format(reason=error.strerror or error)
                ) from error

        def done(summary: RestoreSummary) -> None:
            progress.close()
            progress.deleteLater()
            if self._host.reopen_library(folder):
                self._restored(archive, summary)

        def failed(error: BaseException) -> None:
            progress.close()
            progress.deleteLater()
            if self._host.reopen_library(folder):
                self._failed(error)

        run_in_background(work, done, failed, parent=self)

    def _restored(self, archive: Path, summary: RestoreSummary) -> None:
        from cardkeeper.app.library_backup import contents

        self._action.setEnabled(True)
        restored = (
            self.tr("Restored {contents} from {file}; the library it replaced is kept in {kept}.")
            if summary.kept
            else self.tr("Restored {contents} from {file}.")
        )
        self._status.showMessage(
            restored.format(
                contents=contents(summary.contacts, summary.images),
                file=archive.name,
                kept=summary.kept,
            ),
            30000,
        )

    def _failed(self, error: BaseException) -> None:
        self._action.setEnabled(True)
        self._status.clearMessage()
        if not isinstance(error, CardKeeperError):
            raise error
        QMessageBox.warning(self._window, self.tr(TITLE), str(error))
