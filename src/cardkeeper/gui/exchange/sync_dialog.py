"""Sync with a CardDAV server: the account, the address book, and Sync Now with its progress.

The password goes to the system keyring once the server has accepted it and
is never shown again; the address book chosen is kept in the library, so the
next Sync Now needs nothing typed. Finding address books and syncing run off
the GUI thread; the window only shows progress, the report and the one
sentence of a failure. Syncing goes through the main window's
:class:`~cardkeeper.gui.exchange.auto_sync.SyncRunner`, so Sync Now never starts a second
sync beside an automatic one: it shows the one running instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cardkeeper.app.sync import SyncReport, choose_address_book, find_address_books
from cardkeeper.errors import CardKeeperError
from cardkeeper.gui.common.background import run_in_background
from cardkeeper.gui.common.inline_message import InlineMessage
from cardkeeper.gui.common.translation import day_text
from cardkeeper.gui.exchange.auto_sync import SyncRunner, saved_account
from cardkeeper.interop.carddav import AddressBook
from cardkeeper.store.database import open_library
from cardkeeper.store.sync_state import Account


class SyncDialog(QDialog):
    """The account and Sync Now; syncs run on ``runner`` (one of its own when none is given).

    Signals: ``synced()`` — a sync ended, finished or cut short (what it got is kept).
    """

    synced = Signal()

    def __init__(
        self, folder: Path, parent: QWidget | None = None, *, runner: SyncRunner | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync"))
        self._folder = folder
        self._runner = runner or SyncRunner(folder, self)
        self._books: list[AddressBook] = []
        self._account: Account | None = None

        self.server_field = QLineEdit()
        self.server_field.setPlaceholderText("https://dav.example.com/")
        self.user_field = QLineEdit()
        self.password_field = QLineEdit()
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_field.setPlaceholderText(self.tr("kept in the system keyring"))
        self.find_button = QPushButton(self.tr("&Find Address Books"))
        self.book_box = QComboBox()
        self.book_box.setEnabled(False)
        self.use_button = QPushButton(self.tr("&Use This Address Book"))
        self.use_button.setEnabled(False)
        self.account_label = QLabel()
        self.account_label.setWordWrap(True)
        self.sync_button = QPushButton(self.tr("&Sync Now"))
        self.sync_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.report_label = QLabel()
        self.report_label.setWordWrap(True)
        self.error = InlineMessage()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Se&rver:"), self.server_field)
        form.addRow(self.tr("&User name:"), self.user_field)
        form.addRow(self.tr("&Password:"), self.password_field)
        form.addRow("", self.find_button)
        book_row = QHBoxLayout()
        book_row.addWidget(self.book_box, 1)
        book_row.addWidget(self.use_button)
        book_label = QLabel(self.tr("&Address book:"))
        book_label.setBuddy(self.book_box)
        form.addRow(book_label, book_row)
        sync_row = QHBoxLayout()
        sync_row.addWidget(self.sync_button)
        sync_row.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.account_label)
        layout.addLayout(sync_row)
        layout.addWidget(self.report_label)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

        self.find_button.clicked.connect(self.find_address_books)
        self.use_button.clicked.connect(self.use_address_book)
        self.sync_button.clicked.connect(self.sync_now)
        self._runner.started.connect(self._sync_started)
        self._runner.progressed.connect(self._progressed)
        self._runner.finished.connect(self._synced)
        self._runner.failed.connect(self._sync_failed)
        if self._runner.is_running():  # an automatic sync: show it as if Sync Now had started it
            self._sync_started()
        self._show_account()

    # -- the account ----------------------------------------------------------------------

    def _show_account(self) -> None:
        folder = self._folder
        run_in_background(
            lambda: saved_account(folder), self._account_read, self._failed, parent=self
        )

    def _account_read(self, account: Account | None) -> None:
        self._account = account
        self._busy(False)
        if account is None:
            self.account_label.setText(
                self.tr(
                    "Not set up yet: enter your server (Nextcloud, Fastmail, iCloud, Radicale…), "
                    "find your address books and choose one."
                )
            )
            return
        if not self.server_field.text():
            self.server_field.setText(account.book_url)
            self.user_field.setText(account.username)
        when = (
            self.tr("last synced {time}").format(
                time=day_text(account.last_synced_at.astimezone(), self.tr("dd MMM yyyy, HH:mm"))
            )
            if account.last_synced_at
            else self.tr("not synced yet")
        )
        self.account_label.setText(
            self.tr("Syncs with {book} as {user}; {when}.").format(
                book=account.book_url, user=account.username, when=when
            )
        )

    def find_address_books(self) -> None:
        server, user = self.server_field.text().strip(), self.user_field.text().strip()
        password = self.password_field.text()
        if not (server and user and password):
            self.error.show_error(
                self.tr("Enter the server, your user name and your password first.")
            )
            return
        self.error.clear()
        self._busy(True, self.tr("Asking the server for your address books…"))
        run_in_background(
            lambda: find_address_books(server, user, password),
            self._books_found,
            self._failed,
            parent=self,
        )

    def _books_found(self, books: list[AddressBook]) -> None:
        self.password_field.clear()
        self._books = books
        self.book_box.clear()
        for book in books:
            self.book_box.addItem(book.name or book.url, book.url)
        self.book_box.setEnabled(bool(books))
        self._busy(False)
        if not books:
            self.error.show_error(self.tr("The server has no address book for this account."))
        else:
            self.report_label.setText(
                self.tr("Found {count}: choose one and press Use.").format(count=len(books))
            )

    def use_address_book(self) -> None:
        book_url = self.book_box.currentData()
        if not book_url:
            return
        user, folder = self.user_field.text().strip(), self._folder

        def choose() -> None:
            with open_library(folder) as library:
                choose_address_book(library, book_url, user)

        run_in_background(choose, self._address_book_chosen, self._failed, parent=self)

    def _address_book_chosen(self, _none: None) -> None:
        self._runner.note_account_changed()
        self._show_account()

    # -- syncing --------------------------------------------------------------------------

    def sync_now(self) -> None:
        """Sync, or, while an automatic sync runs, wait for that one (it shows here too)."""
        self._runner.start()

    def _sync_started(self) -> None:
        self.error.clear()
        self._busy(True, self.tr("Syncing…"))
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _synced(self, report: SyncReport | None) -> None:
        self._busy(False)
        self.progress.setVisible(False)
        if report is None:  # an automatic sync found nothing set up, and did nothing
            self.report_label.clear()
            return
        self.report_label.setText(report_text(report))
        self._show_account()
        self.synced.emit()

    def _sync_failed(self, message: str) -> None:
        self._busy(False)
        self.progress.setVisible(False)
        self.report_label.clear()
        self.error.show_error(message)
        self.synced.emit()  # a sync cut short keeps, and shows, what it got

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.progress.setVisible(False)
        self.report_label.clear()
        if not isinstance(error, CardKeeperError):
            raise error
        self.error.show_error(str(error))

    def _busy(self, busy: bool, message: str = "") -> None:
        """While the server is asked, nothing else may be; afterwards what applies is enabled."""
        busy = busy or self._runner.is_running()
        self.find_button.setEnabled(not busy)
        self.sync_button.setEnabled(not busy and self._account is not None)
        self.use_button.setEnabled(not busy and bool(self._books))
        if busy:
            self.report_label.setText(message)


def report_text(report: SyncReport) -> str:
    """What a sync did, as the user reads it: counts, then a sentence per conflict."""
    received = _counts(report.pulled_new, report.pulled_changed, report.pulled_deleted)
    sent = _counts(report.pushed_new, report.pushed_changed, report.pushed_deleted)
    lines = [
        QCoreApplication.translate(
            "sync_dialog", "From the server: {received}. To the server: {sent}."
        ).format(received=received, sent=sent)
    ]
    lines += report.conflicts
    lines += report.problems
    tasks = report.tasks
    if tasks is not None:
        lines.append(
            QCoreApplication.translate(
                "sync_dialog",
                "Follow-ups in the calendar: {added} added, {updated} updated, {removed} removed;"
                " from the calendar: {done} done, {snoozed} snoozed, {skipped} skipped.",
            ).format(
                added=tasks.added,
                updated=tasks.updated,
                removed=tasks.removed,
                done=tasks.done_there,
                snoozed=tasks.snoozed_there,
                skipped=tasks.skipped_there,
            )
        )
        lines += tasks.conflicts
        lines += tasks.problems
    return "\n".join(lines)


def _counts(new: int, changed: int, deleted: int) -> str:
    if not (new or changed or deleted):
        return QCoreApplication.translate("sync_dialog", "nothing")
    return QCoreApplication.translate(
        "sync_dialog", "{new} new, {changed} changed, {deleted} deleted"
    ).format(new=new, changed=changed, deleted=deleted)
