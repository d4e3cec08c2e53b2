"""Preferences: how cards are read, where the library is, the event cards come from, who
the user is (their name, company and signature end every email draft), syncing, and the
mailbox drafts go to (whose window, like the Sync window's, is imported only when opened).

The dialog edits a copy of :class:`Settings` and never saves; the caller saves
the result of :meth:`SettingsDialog.settings` after OK, so Cancel always leaves
everything as it was.

Checking Tesseract starts two short processes (about 20 ms), so it happens on
the GUI thread only when the dialog opens and when the path field is left.
The sync account is read off the GUI thread; setting it up happens in the Sync
window, which opens from here and is only imported then (it brings the CardDAV code).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cardkeeper.errors import CardKeeperError, TesseractMissingError
from cardkeeper.gui.common.background import run_in_background
from cardkeeper.gui.common.translation import QT_TRANSLATE_NOOP
from cardkeeper.gui.exchange.auto_sync import SyncRunner, saved_account
from cardkeeper.gui.settings.form_grid import FormGrid, StatusLine
from cardkeeper.gui.settings.languages import HIDDEN_LANGUAGES, LanguageList, missing_language
from cardkeeper.gui.settings.region_box import RegionBox

if TYPE_CHECKING:
    from cardkeeper.gui.exchange.mail_dialog import MailDialog
from cardkeeper.reading.tesseract import add_language_hint, find_tesseract
from cardkeeper.settings import Settings
from cardkeeper.store.sync_state import Account
from cardkeeper.wording import translate

WIDTH = 620
"""Room for a long library path and the Tesseract message in two lines."""
SYNC_MINUTES = 15
"""What the interval box offers when automatic sync is turned on again."""
MAX_SYNC_MINUTES = 24 * 60
NOT_SET_UP_HINT = QT_TRANSLATE_NOOP(
    "SettingsDialog",
    "Sync keeps these contacts in step with an address book on a CardDAV server "
    "(Nextcloud, Fastmail, iCloud…), for your phone and other computers.",
)
SET_UP_HINT = QT_TRANSLATE_NOOP(
    "SettingsDialog", "Offline, nothing is lost: the next sync catches up."
)
"""Under the account: what sync would do while there is none, what offline means once there is."""


class SettingsDialog(QDialog):
    """Edits a copy of the settings; read the result with :meth:`settings` after ``exec()``.

    Signals: only QDialog's own (``accepted``, ``rejected``, ``finished``).
    """

    def __init__(
        self,
        settings: Settings,
        data_dir: Path,
        parent: QWidget | None = None,
        *,
        sync_runner: SyncRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("CardKeeper Settings"))
        self._original = settings
        self._sync_runner = sync_runner
        self._languages_before = [code for code in settings.ocr_languages.split("+") if code]
        self._tesseract_found = False
        self._browse_folder = ""
        self._chosen_while_missing = self._languages_before
        """What was checked when the list went away, given back when it returns."""

        # Reading: which program, which languages, which phone region.
        self.tesseract_field = QLineEdit(settings.tesseract_cmd)
        self.tesseract_field.setClearButtonEnabled(True)
        self.tesseract_field.editingFinished.connect(self._check_tesseract)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self._browse_tesseract)
        self.tesseract_status = StatusLine()
        self.language_list = LanguageList()
        self.no_languages = self._hint(
            self.tr("Languages can be chosen once Tesseract is found (see above).")
        )
        self.region_box = RegionBox(settings.default_phone_region)
        reading = QGroupBox(self.tr("Reading"))
        reading_form = FormGrid(reading)
        reading_form.add_row(self.tr("&Tesseract:"), self.tesseract_field, self.browse_button)
        reading_form.add_note(self.tesseract_status)
        reading_form.add_row(self.tr("&Languages:"), self.language_list)
        reading_form.add_stand_in(self.no_languages)
        self.add_language = self._hint("")
        self.add_language.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        reading_form.add_note(self.add_language)
        reading_form.add_row(self.tr("Phone &region:"), self.region_box)
        reading_form.add_note(self._hint(self.tr("For numbers printed without a country code.")))

        # Library: where it lives.
        self._data_dir = data_dir
        self.data_field = QLineEdit(str(data_dir))
        self.data_field.setReadOnly(True)
        self.data_field.setCursorPosition(0)
        self.open_folder_button = QPushButton(self.tr("&Open Folder"))
        self.open_folder_button.clicked.connect(self._open_data_dir)
        library = QGroupBox(self.tr("Library"))
        library_form = FormGrid(library)
        library_form.add_row(self.tr("&Data folder:"), self.data_field, self.open_folder_button)

        # Events: where the cards being imported now were collected.
        self.event_field = QLineEdit(settings.current_event)
        self.event_field.setPlaceholderText(self.tr("e.g. Web Summit 2026, Lisbon"))
        self.event_field.setClearButtonEnabled(True)
        events = QGroupBox(self.tr("Events"))
        events_form = FormGrid(events)
        events_form.add_row(self.tr("Current &event:"), self.event_field)
        events_form.add_note(
            self._hint(
                self.tr(
                    "Filled in as “where met” on every card you import while it is set; "
                    "clear it when the event is over."
                )
            )
        )

        # Your details: how email drafts sign off, and the From of a saved .eml.
        self.my_name_field = self._line(settings.my_name, self.tr("e.g. Maria Schneider"))
        self.my_title_field = self._line(settings.my_title, self.tr("e.g. Head of Partnerships"))
        self.my_company_field = self._line(settings.my_company, self.tr("e.g. Elbtal Software KG"))
        self.my_email_field = self._line(settings.my_email, self.tr("e.g. maria@elbtal.example"))
        self.my_signature_field = QPlainTextEdit(settings.my_signature)
        self.my_signature_field.setTabChangesFocus(True)
        self.my_signature_field.setPlaceholderText(
            self.tr("Empty: your name, then your title and company")
        )
        lines = self.my_signature_field.fontMetrics().lineSpacing()
        self.my_signature_field.setFixedHeight(lines * 4 + 12)
        details = QGroupBox(self.tr("Your Details"))
        details_form = FormGrid(details)
        details_form.add_row(self.tr("&Name:"), self.my_name_field)
        details_form.add_row(self.tr("T&itle:"), self.my_title_field)
        details_form.add_row(self.tr("&Company:"), self.my_company_field)
        details_form.add_row(self.tr("E&mail:"), self.my_email_field)
        details_form.add_row(self.tr("Si&gnature:"), self.my_signature_field)
        details_form.add_note(
            self._hint(
                self.tr("Email drafts end with these; your address is the sender of saved drafts.")
            )
        )

        # Sync: the CardDAV account (set up in the Sync window) and how often to sync by itself.
        self.sync_account = QLabel("…")
        self.sync_account.setWordWrap(True)
        self.sync_account.setTextFormat(Qt.TextFormat.PlainText)
        self.sync_setup_button = QPushButton(self.tr("Set &Up…"))
        self.sync_setup_button.clicked.connect(self.open_sync)
        self.auto_sync_check = QCheckBox(self.tr("Sync &automatically every"))
        self.sync_minutes_box = QSpinBox()
        self.sync_minutes_box.setRange(1, MAX_SYNC_MINUTES)
        self.sync_minutes_box.setSuffix(self.tr(" min"))
        self.sync_minutes_box.setAccessibleName(self.tr("Minutes between syncs"))
        self.auto_sync_check.toggled.connect(self.sync_minutes_box.setEnabled)
        self.auto_sync_check.setChecked(settings.sync_minutes > 0)
        self.sync_minutes_box.setValue(settings.sync_minutes or SYNC_MINUTES)
        self.sync_minutes_box.setEnabled(settings.sync_minutes > 0)
        interval = QWidget()
        interval_row = QHBoxLayout(interval)
        interval_row.setContentsMargins(0, 0, 0, 0)
        interval_row.addWidget(self.auto_sync_check)
        interval_row.addWidget(self.sync_minutes_box)
        interval_row.addStretch(1)
        self.task_sync_check = QCheckBox(self.tr("Put follow-ups in my calendar as &tasks"))
        self.task_sync_check.setChecked(settings.task_sync)
        self.task_calendar_field = QLineEdit(settings.task_calendar_url)
        self.task_calendar_field.setPlaceholderText(
            self.tr("Only if calendars are on another server (Fastmail, iCloud)")
        )
        self.task_calendar_field.setAccessibleName(self.tr("Calendar address"))
        sync = QGroupBox(self.tr("Sync"))
        sync_form = FormGrid(sync)
        sync_form.add_row(self.tr("Account:"), self.sync_account, self.sync_setup_button)
        sync_form.add_row("", interval)
        self.sync_hint = self._hint("")  # by the account, once it is read
        sync_form.add_note(self.sync_hint)
        sync_form.add_row("", self.task_sync_check)
        sync_form.add_row(self.tr("Calendar:"), self.task_calendar_field)
        sync_form.add_note(
            self._hint(
                self.tr(
                    "A task list on the sync server (or at the calendar address), due at 9:00"
                    " with a reminder; done or moved in your calendar app, it is done or snoozed"
                    " here too."
                )
            )
        )

        # Reminders: announced from the tray while the window is closed.
        self.start_in_tray_check = QCheckBox(
            self.tr("Start with my desktop session, in the tra&y only")
        )
        self.start_in_tray_check.setChecked(settings.start_in_tray)
        reminders = QGroupBox(self.tr("Reminders"))
        reminders_form = FormGrid(reminders)
        reminders_form.add_row("", self.start_in_tray_check)
        reminders_form.add_note(
            self._hint(
                self.tr(
                    "So that follow-ups due in the morning are announced even before you open"
                    " CardKeeper."
                )
            )
        )

        # Mail: the mailbox drafts go to, and whether to look there for replies.
        self._mail = settings
        """The settings as the Mail Account dialog left them (only its fields are taken)."""
        self.mail_dialog: MailDialog | None = None
        self.mail_account = QLabel()
        self.mail_account.setWordWrap(True)
        self.mail_account.setTextFormat(Qt.TextFormat.PlainText)
        self.mail_setup_button = QPushButton(self.tr("Set U&p…"))
        self.mail_setup_button.clicked.connect(self.open_mail)
        self.notice_replies_check = QCheckBox(self.tr("Notice &replies in my mailbox"))
        self.notice_replies_check.setChecked(settings.notice_replies)
        mail = QGroupBox(self.tr("Mail"))
        mail_form = FormGrid(mail)
        mail_form.add_row(self.tr("Mailbox:"), self.mail_account, self.mail_setup_button)
        mail_form.add_note(
            self._hint(
                self.tr(
                    "Save to Drafts in an email puts it in this mailbox's Drafts folder,"
                    " to send from your phone or mail program."
                )
            )
        )
        mail_form.add_row("", self.notice_replies_check)
        mail_form.add_note(
            self._hint(
                self.tr(
                    "At each sync, CardKeeper looks for mail from and to the people you follow up"
                    " with, reading only who sent it, to whom and when, and keeps none of it. A"
                    " reply ends their sequence; an email you sent them does the step."
                )
            )
        )
        self._show_mail_account()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        # One page per subject: stacked, the groups made a dialog taller than small screens.
        self.pages = QTabWidget()
        for title, groups in (
            (self.tr("Reading"), (reading,)),
            (self.tr("Library"), (library, events)),
            (self.tr("Your Details"), (details,)),
            (self.tr("Sync"), (sync, reminders)),
            (self.tr("Mail"), (mail,)),
        ):
            page = QWidget()
            page_layout = QVBoxLayout(page)
            for group in groups:
                page_layout.addWidget(group)
            page_layout.addStretch()
            self.pages.addTab(page, title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.buttons)
        # The pages line up as one form when their label columns share a width.
        labels = (
            reading_form.labels
            + library_form.labels
            + events_form.labels
            + details_form.labels
            + sync_form.labels
            + mail_form.labels
            + reminders_form.labels
        )
        label_width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(label_width)
        self._check_tesseract()
        self.show_sync_account()
        self.resize(WIDTH, self.heightForWidth(WIDTH))

    @staticmethod
    def _line(text: str, example: str) -> QLineEdit:
        field = QLineEdit(text)
        field.setPlaceholderText(example)
        field.setClearButtonEnabled(True)
        return field

    @staticmethod
    def _hint(text: str) -> QLabel:
        hint = QLabel(text)
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return hint

    def settings(self) -> Settings:
        """The settings as edited; the original object passed in is left untouched."""
        return dataclasses.replace(
            self._original,
            ocr_languages=self._chosen_languages(),
            default_phone_region=self.region_box.region(),
            tesseract_cmd=self.tesseract_field.text().strip(),
            current_event=self.event_field.text().strip(),
            my_name=self.my_name_field.text().strip(),
            my_title=self.my_title_field.text().strip(),
            my_company=self.my_company_field.text().strip(),
            my_email=self.my_email_field.text().strip(),
            my_signature=self.my_signature_field.toPlainText().strip("\n"),
            sync_minutes=self.sync_minutes_box.value() if self.auto_sync_check.isChecked() else 0,
            mail_host=self._mail.mail_host,
            mail_port=self._mail.mail_port,
            mail_security=self._mail.mail_security,
            mail_user=self._mail.mail_user,
            mail_cafile=self._mail.mail_cafile,
            mail_drafts_folder=self._mail.mail_drafts_folder,
            notice_replies=self.notice_replies_check.isChecked() and bool(self._mail.mail_host),
            task_sync=self.task_sync_check.isChecked(),
            task_calendar_url=self.task_calendar_field.text().strip(),
            start_in_tray=self.start_in_tray_check.isChecked(),
        )

    def _chosen_languages(self) -> str:
        """Keep the order the user had (Tesseract treats the first as the main language)."""
        checked = self._checked()
        kept = [code for code in self._languages_before if code in checked]
        return "+".join(kept + [code for code in checked if code not in kept])

    def _checked(self) -> list[str]:
        if self._tesseract_found:
            return self.language_list.checked()
        return self._chosen_while_missing

    def _check_tesseract(self) -> None:
        """Say whether the path names a working Tesseract and list what it can read."""
        configured = self.tesseract_field.text().strip()
        chosen = self._checked()
        self.tesseract_field.setPlaceholderText(self.tr("Looked up automatically"))
        try:
            info = find_tesseract(configured or None)
        except TesseractMissingError as error:
            self._chosen_while_missing = chosen
            self.tesseract_status.show_message(str(error), ok=False)
            self._show_languages(found=False)
            return
        self._browse_folder = str(Path(info.path).parent) if info.path else info.tessdata
        if not configured:
            self.tesseract_field.setPlaceholderText(
                self.tr("Found on PATH: {path}").format(path=info.path)
                if info.path
                else self.tr("Found: {path}").format(path=info.tessdata)
            )
        count = sum(1 for code in info.languages if code not in HIDDEN_LANGUAGES)
        major, minor = info.version
        # Without a program, the language data folder is what was found and what to show.
        found = (
            translate(
                "SettingsDialog", "Tesseract {version} at {path}, %n language(s)", None, count
            )
            if info.path
            else translate(
                "SettingsDialog",
                "Tesseract {version} with language data in {path}, %n language(s)",
                None,
                count,
            )
        )
        self.tesseract_status.show_message(
            found.format(version=f"{major}.{minor}", path=info.path or info.tessdata), ok=True
        )
        self.language_list.fill(info, chosen)
        self.add_language.setText(add_language_hint(*missing_language(info)))
        self._show_languages(found=True)

    def _show_languages(self, found: bool) -> None:
        """The list, or one line saying why there is none (the reason is in the status above)."""
        self._tesseract_found = found
        self.language_list.setVisible(found)
        self.add_language.setVisible(found)
        self.no_languages.setVisible(not found)
        # A window does not grow by itself for wrapped text, so make room for the list.
        needed = self.heightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _browse_tesseract(self) -> None:
        configured = self.tesseract_field.text().strip()
        start = str(Path(configured).parent) if configured else self._browse_folder
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the Tesseract Program"), start)
        if path:
            self.tesseract_field.setText(path)
            self._check_tesseract()

    def _open_data_dir(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_dir)))

    def show_sync_account(self) -> None:
        """Read the account off the GUI thread; until then the line shows "…"."""
        folder = self._data_dir
        run_in_background(
            lambda: saved_account(folder),
            self._sync_account_read,
            self._sync_account_failed,
            parent=self,
        )

    def _sync_account_read(self, account: Account | None) -> None:
        # Greyed with no account, as a mail app's per-account options are: its choice is
        # kept and shown, but nothing syncs until an account is set up.
        self.auto_sync_check.setEnabled(account is not None)
        self.task_sync_check.setEnabled(account is not None)
        self.task_calendar_field.setEnabled(account is not None)
        self.sync_minutes_box.setEnabled(account is not None and self.auto_sync_check.isChecked())
        if account is None:
            self.sync_account.setText(self.tr("Not set up"))
            self.sync_setup_button.setText(self.tr("Set &Up…"))
            self.sync_hint.setText(self.tr(NOT_SET_UP_HINT))
            return
        self.sync_account.setText(
            self.tr("{book} as {user}").format(book=account.book_url, user=account.username)
        )
        self.sync_setup_button.setText(self.tr("&Sync Settings…"))
        self.sync_hint.setText(self.tr(SET_UP_HINT))

    def _sync_account_failed(self, error: BaseException) -> None:
        if not isinstance(error, CardKeeperError):
            raise error
        self.sync_account.setText(str(error))
        self.sync_hint.clear()

    def _show_mail_account(self) -> None:
        """The mailbox in a line; noticing replies waits for one to be set up."""
        from cardkeeper.interop.imap import decode_folder_name

        mail = self._mail
        self.notice_replies_check.setEnabled(bool(mail.mail_host))
        if not mail.mail_host:
            self.mail_account.setText(self.tr("Not set up"))
            self.mail_setup_button.setText(self.tr("Set U&p…"))
            return
        self.mail_account.setText(
            self.tr("{user} at {host}; drafts go to “{folder}”").format(
                user=mail.mail_user,
                host=mail.mail_host,
                folder=decode_folder_name(mail.mail_drafts_folder),
            )
        )
        self.mail_setup_button.setText(self.tr("C&hange…"))

    def open_mail(self) -> None:
        """The Mail Account dialog, over this one; what it connected to shows on OK."""
        from cardkeeper.gui.exchange.mail_dialog import MailDialog

        dialog = MailDialog(self._mail, self)
        self.mail_dialog = dialog
        dialog.accepted.connect(lambda: self._mail_chosen(dialog.settings()))
        dialog.open()

    def _mail_chosen(self, settings: Settings) -> None:
        self._mail = settings
        self._show_mail_account()

    def open_sync(self) -> None:
        """The Sync window, over this one; the account line is read again when it closes."""
        from cardkeeper.gui.exchange.sync_dialog import SyncDialog

        dialog = SyncDialog(self._data_dir, self, runner=self._sync_runner)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self.show_sync_account)
        dialog.open()
