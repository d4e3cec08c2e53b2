"""The draft dialog: a rendered mail, edited, and sent out as mailto, .eml or clipboard text.

No mail program is started: a URL handler for ``mailto`` catches the link
the Open in Mail App button would hand to the desktop.
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from cardkeeper.domain import ActivityKind, FollowUpState, Sender, Template
from cardkeeper.gui.follow_up.draft_dialog import DraftDialog
from cardkeeper.interop.mailto import mailto_uri
from cardkeeper.store.activities import Activities
from cardkeeper.store.database import Library
from cardkeeper.store.follow_ups import FollowUps
from cardkeeper.store.templates import Templates
from tests.gui.follow_up_data import TODAY, FixedClock, Met, meet

SENDER = Sender(
    name="Maria Schneider",
    title="Head of Partnerships",
    company="Elbtal Software KG",
    email="maria@elbtal.example",
)


class _MailCatcher(QObject):
    """Stands in for the mail program: keeps the links the desktop would have opened."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def mail_program() -> Iterator[_MailCatcher]:
    catcher = _MailCatcher()
    QDesktopServices.setUrlHandler("mailto", catcher, "handle")
    yield catcher
    QDesktopServices.unsetUrlHandler("mailto")


@pytest.fixture
def anna(library: Library) -> Met:
    return meet(
        library,
        "Anna Koch",
        due=TODAY,
        email="anna.koch@elbtal.example",
        company="Nordlicht Systeme",
        interest="reading invoices automatically",
        met_on=TODAY - timedelta(days=1),
    )


def _open(
    qtbot: QtBot,
    library: Library,
    contact_id: int,
    *,
    follow_up_id: int | None = None,
    template_id: int | None = None,
) -> DraftDialog:
    dialog = DraftDialog(
        library.folder,
        contact_id,
        follow_up_id=follow_up_id,
        template_id=template_id,
        sender=SENDER,
        clock=FixedClock(),
    )
    qtbot.add_widget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(dialog.jobs.is_idle)
    return dialog


def _template_id(library: Library, name: str) -> int:
    template = Templates(library).by_name(name)
    assert template is not None and template.id is not None
    return template.id


def test_open_in_mail_app_hands_the_edited_mail_to_the_mail_program(
    qtbot: QtBot, library: Library, anna: Met, mail_program: _MailCatcher
) -> None:
    dialog = _open(qtbot, library, anna.contact_id, follow_up_id=anna.follow_up_id)
    assert "reading invoices automatically" in dialog.body_field.toPlainText()
    dialog.subject_field.setText("Invoices & OCR? Notes from Lisbon")
    dialog.body_field.setPlainText("Hi Anna,\n\nas promised: a=1&b=2.\n\nMaria")

    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    [url] = mail_program.urls
    uri = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
    assert uri == mailto_uri(dialog.draft())
    parts = urlsplit(uri)
    assert unquote(parts.path) == "anna.koch@elbtal.example"
    fields = parse_qs(parts.query)
    assert fields == {
        "subject": ["Invoices & OCR? Notes from Lisbon"],
        "body": ["Hi Anna,\r\n\r\nas promised: a=1&b=2.\r\n\r\nMaria"],
    }
    assert "mail program" in dialog.message.text()


def test_a_mail_too_long_for_a_link_says_so_and_the_other_outputs_stay(
    qtbot: QtBot, library: Library, anna: Met, mail_program: _MailCatcher
) -> None:
    dialog = _open(qtbot, library, anna.contact_id)
    dialog.body_field.setPlainText("Über die Rechnungen: " + "viel zu sagen. " * 150)

    qtbot.mouseClick(dialog.mail_button, Qt.MouseButton.LeftButton)

    assert not mail_program.urls
    sentence = dialog.message.text()
    assert sentence.startswith("This email is too long for a mail link (")
    assert sentence.endswith("save it as .eml or copy it instead.")
    assert dialog.eml_button.isEnabled() and dialog.copy_button.isEnabled()


def test_save_as_eml_writes_a_draft_that_parses_back(
    qtbot: QtBot,
    library: Library,
    anna: Met,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = _open(qtbot, library, anna.contact_id)
    dialog.subject_field.setText("Grüße aus Lissabon")
    chosen = tmp_path / "Anna Koch"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_args: (str(chosen), "Email drafts (*.eml)")
    )

    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(dialog.jobs.is_idle)

    saved = tmp_path / "Anna Koch.eml"
    assert dialog.message.text() == f"Saved to {saved}: open it to send it from your mail program."
    message = email.message_from_bytes(saved.read_bytes(), policy=email.policy.default)
    assert message["X-Unsent"] == "1"
    assert message["To"] == "Anna Koch <anna.koch@elbtal.example>"
    assert message["From"] == "Maria Schneider <maria@elbtal.example>"
    assert message["Subject"] == "Grüße aus Lissabon"
    body = message.get_body()
    assert body is not None
    assert (
        body.get_content().replace("\r\n", "\n").strip() == dialog.body_field.toPlainText().strip()
    )


def test_copy_puts_subject_and_text_on_the_clipboard(
    qtbot: QtBot, library: Library, anna: Met
) -> None:
    dialog = _open(qtbot, library, anna.contact_id)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    draft = dialog.draft()
    assert QGuiApplication.clipboard().text() == f"{draft.subject}\n\n{draft.body}"


def test_mark_as_sent_completes_the_follow_up(qtbot: QtBot, library: Library, anna: Met) -> None:
    dialog = _open(qtbot, library, anna.contact_id, follow_up_id=anna.follow_up_id)
    with qtbot.waitSignal(dialog.sent) as sent:
        qtbot.mouseClick(dialog.sent_button, Qt.MouseButton.LeftButton)

    assert sent.args[:1] == [
        "Email to Anna Koch marked as sent. "
        "Next, offer something: an article, an intro, a demo on Mon 16 Mar."
    ]
    assert not dialog.isVisible()
    states = [(f.step, f.state) for f in FollowUps(library).for_contact(anna.contact_id)]
    assert states == [(1, FollowUpState.DONE), (2, FollowUpState.PENDING)]


def test_without_a_follow_up_mark_as_sent_logs_the_email(
    qtbot: QtBot, library: Library, anna: Met
) -> None:
    dialog = _open(qtbot, library, anna.contact_id)
    assert dialog.template_box.currentText() == "Invite", "reaching out again: an invitation"
    with qtbot.waitSignal(dialog.sent):
        qtbot.mouseClick(dialog.sent_button, Qt.MouseButton.LeftButton)
    [logged] = Activities(library).for_contact(anna.contact_id)
    assert (logged.kind, logged.detail) == (ActivityKind.EMAILED, dialog.subject_field.text())
    follow_up = FollowUps(library).get(anna.follow_up_id)
    assert follow_up is not None and follow_up.state == FollowUpState.PENDING


def test_a_template_with_a_typo_shows_the_problem_and_no_mail(
    qtbot: QtBot, library: Library, anna: Met
) -> None:
    broken = Templates(library).save(
        Template("Quick hello", "Hello {{ first_name }}", "Hi {{ frist_name }},\n\nMaria")
    )
    dialog = _open(qtbot, library, anna.contact_id, template_id=broken)

    assert dialog.message.text() == (
        "Body, line 1: there is no placeholder called “frist_name” (did you mean “first_name”?)."
    )
    assert (dialog.subject_field.text(), dialog.body_field.toPlainText()) == ("", "")
    assert not dialog.mail_button.isEnabled()
    assert not dialog.sent_button.isEnabled()

    dialog.template_box.setCurrentIndex(
        dialog.template_box.findData(_template_id(library, "Invite"))
    )
    dialog.template_box.activated.emit(dialog.template_box.currentIndex())
    qtbot.waitUntil(dialog.jobs.is_idle)
    assert dialog.message.text() == ""
    assert dialog.body_field.toPlainText().startswith("Hi Anna,")


def test_a_contact_without_an_address_can_still_be_drafted(
    qtbot: QtBot, library: Library, mail_program: _MailCatcher
) -> None:
    uwe = meet(library, "Uwe Brandt", due=TODAY, email="")
    dialog = _open(qtbot, library, uwe.contact_id)
    assert "Uwe Brandt has no email address" in dialog.message.text()
    assert dialog.body_field.toPlainText().startswith("Hi Uwe,")

    qtbot.mouseClick(dialog.mail_button, Qt.MouseButton.LeftButton)
    assert not mail_program.urls
    assert dialog.message.text() == "Uwe Brandt has no email address: add one to the contact first."
    assert dialog.copy_button.isEnabled()


def test_a_draft_before_your_details_are_set_points_to_them(
    qtbot: QtBot, library: Library, anna: Met
) -> None:
    dialog = DraftDialog(
        library.folder,
        anna.contact_id,
        follow_up_id=None,
        template_id=None,
        sender=Sender(),
        clock=FixedClock(),
    )
    qtbot.add_widget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.jobs.is_idle() and dialog.body_field.toPlainText() != "")

    assert dialog.body_field.toPlainText().endswith("Best regards,")
    assert dialog.message.text() == (
        "The email is signed with no name: add yours in Settings ▸ Your Details."
    )


def test_the_suggested_eml_name_says_who_it_is_for(
    qtbot: QtBot, library: Library, anna: Met, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(qtbot, library, anna.contact_id)
    dialog.subject_field.setText("Great to meet you at Web Summit")
    suggested: list[str] = []

    def choose(_parent: object, _title: str, name: str, _filter: str) -> tuple[str, str]:
        suggested.append(Path(name).name)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    qtbot.mouseClick(dialog.eml_button, Qt.MouseButton.LeftButton)

    assert suggested == ["Anna Koch - Great to meet you at Web Summit.eml"]
