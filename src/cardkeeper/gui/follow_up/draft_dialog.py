"""An email to one person, drafted from a template, edited, then sent through the user's own mail.

CardKeeper sends nothing itself: the draft goes out as a ``mailto:`` link
the mail program opens (Ctrl+Return), as an ``.eml`` draft file (Ctrl+S),
into the Drafts folder of the user's mailbox over IMAP (Save to Drafts, off the
GUI thread; a failure keeps the text here to try again) or through the
clipboard; the file suggested is named after the person and the subject.
A draft signed before the user's name is set says where to set it.
When the user has sent it, Mark as Sent completes the follow-up (the next
step is scheduled) or, for a draft with no follow-up, logs the email in the
contact's activity.

Templates are rendered off the GUI thread. A template that does not render
leaves the fields empty and says why under them, naming the part and line;
a mail too long for a link says so in the same place while the other
outputs stay available.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cardkeeper.app import follow_through
from cardkeeper.app.builtin_templates import INVITE
from cardkeeper.app.drafts import Draft, draft_for
from cardkeeper.app.mail_drafts import Drafted, save_to_drafts
from cardkeeper.domain import Sender, Template
from cardkeeper.errors import CardKeeperError
from cardkeeper.gui.common.clock import Clock
from cardkeeper.gui.common.inline_message import InlineMessage
from cardkeeper.gui.common.library_jobs import LibraryJobs
from cardkeeper.gui.follow_up.snooze_menu import with_next_step
from cardkeeper.interop.eml import save_eml
from cardkeeper.interop.imap import decode_folder_name
from cardkeeper.interop.mailto import mailto_uri
from cardkeeper.settings import Settings, load_settings
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from cardkeeper.store.templates import Templates

_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@dataclass(frozen=True)
class _Start:
    """What the dialog needs before the first draft: who, and the templates to choose from."""

    name: str
    templates: list[Template]


class DraftDialog(QDialog):
    """Signals: ``sent(str, object)`` — the user marked the email sent; the sentence says what
    followed, the ``follow_through.Sent`` what to take back on undo; ``drafted(object)`` — the
    email is in the mailbox's Drafts, noted in the contact's activity (the ``Drafted``)."""

    sent = Signal(str, object)
    drafted = Signal(object)

    def __init__(
        self,
        folder: Path,
        contact_id: int,
        *,
        follow_up_id: int | None,
        template_id: int | None,
        sender: Sender,
        clock: Clock,
        parent: QWidget | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Draft Email"))
        self.setModal(False)
        self._contact_id = contact_id
        self._follow_up_id = follow_up_id
        self._wanted_template = template_id
        self._sender = sender
        self._settings = settings
        """The mailbox Save to Drafts uses; the saved settings when not given."""
        self._clock = clock
        self._name = ""
        self.jobs = LibraryJobs(folder, self)

        self.template_box = QComboBox()
        self.template_box.setAccessibleName(self.tr("Template"))
        self.to_field = QLineEdit()
        self.to_field.setPlaceholderText(self.tr("No email address"))
        self.subject_field = QLineEdit()
        self.body_field = QPlainTextEdit()
        self.body_field.setAccessibleName(self.tr("Message"))
        self.body_field.setTabChangesFocus(True)
        self.body_field.setMinimumHeight(260)
        self.message = InlineMessage()

        self.mail_button = QPushButton(self.tr("&Open in Mail App"))
        self.mail_button.setToolTip(
            self.tr("Open this email in your mail program, ready to send (Ctrl+Return)")
        )
        self.eml_button = QPushButton(self.tr("Save as .&eml…"))
        self.eml_button.setToolTip(
            self.tr("Save a draft file that Outlook, Thunderbird or Apple Mail opens (Ctrl+S)")
        )
        self.drafts_button = QPushButton(self.tr("Save to &Drafts"))
        self.drafts_button.setToolTip(
            self.tr(
                "Put this email in the Drafts folder of your mailbox, to send from your phone"
                " or mail program (set it up in Settings ▸ Mail)"
            )
        )
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setToolTip(
            self.tr("Copy the subject and the text, to paste into any mail program")
        )
        self.sent_button = QPushButton(self.tr("&Mark as Sent"))
        self.sent_button.setToolTip(
            self.tr("You have sent it: complete this follow-up and schedule the next step")
            if follow_up_id is not None
            else self.tr("You have sent it: note the email in the contact's activity")
        )
        self.close_button = QPushButton(self.tr("Close"))
        self.mail_button.setDefault(True)

        form = QFormLayout()
        form.addRow(self.tr("&Template:"), self.template_box)
        form.addRow(self.tr("&To:"), self.to_field)
        form.addRow(self.tr("S&ubject:"), self.subject_field)
        buttons = QHBoxLayout()
        for button in (self.mail_button, self.eml_button, self.drafts_button, self.copy_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.sent_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body_field, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        QShortcut(QKeySequence("Ctrl+Return"), self, self.open_in_mail_app)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.open_in_mail_app)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_as_eml)
        self.mail_button.clicked.connect(self.open_in_mail_app)
        self.eml_button.clicked.connect(self.save_as_eml)
        self.drafts_button.clicked.connect(self.save_to_drafts)
        self.copy_button.clicked.connect(self.copy)
        self.sent_button.clicked.connect(self.mark_sent)
        self.close_button.clicked.connect(self.reject)
        self.template_box.activated.connect(self._template_chosen)
        for field in (self.to_field, self.subject_field):
            field.textChanged.connect(self._update_buttons)
        self.body_field.textChanged.connect(self._update_buttons)

        self.resize(720, 620)
        self._update_buttons()
        self.jobs.run(self._read_start, self._started, self._fail)

    # -- filling --------------------------------------------------------------------------

    def _read_start(self, library: Library) -> _Start:
        contact = Contacts(library).get_contact(self._contact_id)
        name = contact.display_name if contact is not None else ""
        return _Start(name, Templates(library).all())

    def _started(self, start: _Start) -> None:
        self._name = start.name
        self.setWindowTitle(
            self.tr("Email to {name}").format(name=start.name)
            if start.name
            else self.tr("Draft Email")
        )
        self.template_box.clear()
        for template in start.templates:
            self.template_box.addItem(template.name, template.id)
        chosen = self.template_box.findData(self._wanted_template)
        if chosen < 0:
            chosen = max(self.template_box.findText(INVITE), 0)
        self.template_box.setCurrentIndex(chosen)
        if self.template_box.count():
            self._render()
        else:
            self.message.show_error(
                self.tr("There are no templates: write one in Templates and Sequences.")
            )

    def _template_chosen(self, _index: int) -> None:
        self._render()

    def current_template_id(self) -> int | None:
        data = self.template_box.currentData()
        return data if isinstance(data, int) else None

    def _render(self) -> None:
        template_id = self.current_template_id()
        if template_id is None:
            return
        contact_id, sender, today = self._contact_id, self._sender, self._clock.today()
        self.template_box.setEnabled(False)
        self.jobs.run(
            lambda library: draft_for(library, contact_id, template_id, sender, today),
            self._show_draft,
            self._not_rendered,
        )

    def _show_draft(self, draft: Draft) -> None:
        self.template_box.setEnabled(True)
        self.message.clear()
        self.to_field.setText(draft.to)
        self.subject_field.setText(draft.subject)
        self.body_field.setPlainText(draft.body)
        self.body_field.setFocus(Qt.FocusReason.OtherFocusReason)
        notes = []
        if not draft.to:
            notes.append(
                self.tr(
                    "{name} has no email address: type one in To, or add one to the contact."
                ).format(name=self._name or self.tr("This contact"))
            )
        if not self._sender.name:  # the sign-off ends with "Best regards," and nothing under it
            notes.append(
                self.tr("The email is signed with no name: add yours in Settings ▸ Your Details.")
            )
        if notes:
            self.message.show_info(" ".join(notes))

    def _not_rendered(self, message: str) -> None:
        """Nothing half made: the fields are emptied and the sentence says what to fix."""
        self.template_box.setEnabled(True)
        self.to_field.clear()
        self.subject_field.clear()
        self.body_field.clear()
        self.message.show_error(message)

    def draft(self) -> Draft:
        """The email as the fields have it now, edits included."""
        return Draft(
            to=self.to_field.text().strip(),
            subject=self.subject_field.text(),
            body=self.body_field.toPlainText(),
            to_name=self._name,
        )

    def _update_buttons(self) -> None:
        written = bool(self.subject_field.text().strip() or self.body_field.toPlainText().strip())
        for button in (
            self.mail_button,
            self.eml_button,
            self.drafts_button,
            self.copy_button,
            self.sent_button,
        ):
            button.setEnabled(written)

    # -- the outputs ----------------------------------------------------------------------

    def open_in_mail_app(self) -> None:
        if not self.mail_button.isEnabled():
            return
        try:
            uri = mailto_uri(self.draft())
        except CardKeeperError as error:
            self.message.show_error(str(error))
            return
        if QDesktopServices.openUrl(QUrl(uri)):
            self.message.show_info(
                self.tr("Opened in your mail program; come back to mark it as sent.")
            )
        else:
            self.message.show_error(
                self.tr(
                    "No mail program is set up to open mail links: "
                    "save it as .eml or copy it instead."
                )
            )

    def save_as_eml(self) -> None:
        if not self.eml_button.isEnabled():
            return
        draft = self.draft()
        # Everyone met at an event gets the same subject: the name tells the files apart.
        who_and_what = " - ".join(part for part in (self._name, draft.subject) if part.strip())
        suggested = Path.home() / f"{_file_name(who_and_what)}.eml"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Email Draft"), str(suggested), self.tr("Email drafts (*.eml)")
        )
        if path:
            self.save_eml_to(Path(path))

    def save_eml_to(self, path: Path) -> None:
        """Write the draft as an .eml file, off the GUI thread; the sentence says where it went."""
        if path.suffix.lower() != ".eml":
            path = path.with_name(path.name + ".eml")
        draft, sender, now = self.draft(), self._sender, self._clock.now()
        self.jobs.run(
            lambda _library: save_eml(draft, sender, now, path),
            lambda _none: self.message.show_info(
                self.tr("Saved to {path}: open it to send it from your mail program.").format(
                    path=path
                )
            ),
            self.message.show_error,
        )

    def save_to_drafts(self) -> None:
        """Append the draft to the mailbox's Drafts folder, off the GUI thread; on a failure the
        text stays here and the sentence says why."""
        if not self.drafts_button.isEnabled():
            return
        draft, sender, now = self.draft(), self._sender, self._clock.now()
        contact_id, follow_up_id = self._contact_id, self._follow_up_id
        settings = self._settings or load_settings()

        def work(library: Library) -> Drafted:
            return save_to_drafts(
                library,
                settings,
                contact_id=contact_id,
                follow_up_id=follow_up_id,
                draft=draft,
                sender=sender,
                now=now,
            )

        self.drafts_button.setEnabled(False)
        self.message.show_info(self.tr("Putting it in the Drafts folder of your mailbox…"))
        self.jobs.run(work, self._drafted, self._not_drafted)

    def _drafted(self, drafted: Drafted) -> None:
        self._update_buttons()
        self.message.show_info(
            self.tr(
                "In “{folder}” of your mailbox: send it from there, then mark it as sent here."
            ).format(folder=decode_folder_name(drafted.folder))
        )
        self.drafted.emit(drafted)

    def _not_drafted(self, message: str) -> None:
        self._update_buttons()
        self.message.show_error(message)

    def copy(self) -> None:
        if not self.copy_button.isEnabled():
            return
        draft = self.draft()
        QGuiApplication.clipboard().setText(f"{draft.subject}\n\n{draft.body}")
        self.message.show_info(self.tr("The subject and the text are on the clipboard."))

    def mark_sent(self) -> None:
        """Complete the follow-up (or log the email) and close."""
        if not self.sent_button.isEnabled():
            return
        contact_id, follow_up_id = self._contact_id, self._follow_up_id
        subject, today, now = self.subject_field.text(), self._clock.today(), self._clock.now()

        def work(library: Library) -> follow_through.Sent:
            return follow_through.mark_sent(
                library, contact_id, follow_up_id, subject=subject, today=today, now=now
            )

        self.sent_button.setEnabled(False)
        self.jobs.run(work, self._marked_sent, self._not_marked)

    def name(self) -> str:
        """The contact's name, once the dialog has read it."""
        return self._name

    def _marked_sent(self, done: follow_through.Sent) -> None:
        next_step = done.next_step
        name = self._name or self.tr("the contact")
        sent = self.tr("Email to {name} marked as sent.").format(name=name)
        text = with_next_step(sent, next_step)
        self.sent.emit(text, done)
        self.accept()

    def _not_marked(self, message: str) -> None:
        self._update_buttons()
        self.message.show_error(message)

    def _fail(self, message: str) -> None:
        self.message.show_error(message)


def _file_name(text: str) -> str:
    """A subject as a file name every system accepts: no separators, quotes or wildcards."""
    cleaned = _UNSAFE_IN_FILE_NAMES.sub(" ", text)
    return " ".join(cleaned.split())[:80].strip(" .") or QCoreApplication.translate(
        "DraftDialog", "Draft"
    )
