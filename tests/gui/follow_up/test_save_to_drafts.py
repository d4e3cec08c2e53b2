"""Save to Drafts in the draft dialog, against a real Dovecot: the edited mail lands in the
mailbox's Drafts, and a server that is gone keeps the text here with one sentence."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cardkeeper.domain import ActivityKind, Sender
from cardkeeper.gui.follow_up.draft_dialog import DraftDialog
from cardkeeper.gui.follow_up.queue_window import FollowUpQueueWindow
from cardkeeper.settings import Settings, save_settings, sender
from cardkeeper.store.activities import Activities
from cardkeeper.store.database import Library
from tests.dovecot_server import DovecotServer
from tests.gui.follow_up_data import FixedClock
from tests.mail_setup import contact_with_follow_up, mail_settings, raw_imap
from tests.memory_keyring import MemoryKeyring

NETWORK_TIMEOUT_MS = 20_000


def _open(qtbot: QtBot, library: Library, settings: Settings) -> tuple[DraftDialog, int]:
    contact_id, follow_up = contact_with_follow_up(library)
    dialog = DraftDialog(
        library.folder,
        contact_id,
        follow_up_id=follow_up.id,
        template_id=follow_up.template_id,
        sender=sender(settings),
        clock=FixedClock(),
        settings=settings,
    )
    qtbot.add_widget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: bool(dialog.subject_field.text()))
    return dialog, contact_id


def _subjects_in_drafts(server: DovecotServer) -> list[bytes]:
    imap = raw_imap(server)
    _typ, (count,) = imap.select("Drafts", readonly=True)
    data = (
        imap.fetch("1:*", "(FLAGS BODY.PEEK[HEADER.FIELDS (SUBJECT)])")[1] if count != b"0" else []
    )
    imap.logout()
    return [item[1].strip() for item in data if isinstance(item, tuple)]


def test_save_to_drafts_puts_the_edited_email_in_the_mailbox(
    qtbot: QtBot,
    library: Library,
    dovecot: DovecotServer,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
) -> None:
    dialog, contact_id = _open(qtbot, library, mail_settings(dovecot))
    dialog.subject_field.setText("Notes from LogiMAT")

    with qtbot.waitSignal(dialog.drafted, timeout=NETWORK_TIMEOUT_MS):
        qtbot.mouseClick(dialog.drafts_button, Qt.MouseButton.LeftButton)

    assert dialog.message.text() == (
        "In “Drafts” of your mailbox: send it from there, then mark it as sent here."
    )
    assert dialog.drafts_button.isEnabled()
    assert _subjects_in_drafts(dovecot) == [b"Subject: Notes from LogiMAT"]
    [note] = Activities(library).for_contact(contact_id)
    assert (note.kind, note.detail) == (
        ActivityKind.NOTE,
        "Drafted “Notes from LogiMAT” in your mailbox's Drafts.",
    )
    dialog.grab().save(str(tmp_path / "drafted.png"))


def test_a_server_that_is_gone_keeps_the_email_here_and_says_so(
    qtbot: QtBot, library: Library, dovecot: DovecotServer, memory_keyring: MemoryKeyring
) -> None:
    dialog, contact_id = _open(qtbot, library, mail_settings(dovecot))
    dialog.body_field.setPlainText("Dear Bruno,\n\nwritten with care.")
    dovecot.stop()

    qtbot.mouseClick(dialog.drafts_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.drafts_button.isEnabled, timeout=NETWORK_TIMEOUT_MS)

    assert dialog.message.text().startswith("Could not reach the mail server at localhost, port ")
    assert dialog.body_field.toPlainText() == "Dear Bruno,\n\nwritten with care."
    assert Activities(library).for_contact(contact_id) == []


def test_save_to_drafts_before_a_mailbox_is_set_up_says_where_to_set_it_up(
    qtbot: QtBot, library: Library, memory_keyring: MemoryKeyring
) -> None:
    dialog, _contact_id = _open(qtbot, library, Settings())
    qtbot.mouseClick(dialog.drafts_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.drafts_button.isEnabled)
    assert dialog.message.text() == "No Drafts folder is chosen yet; choose one in Settings ▸ Mail."


def test_save_to_drafts_from_the_follow_ups_window_tells_the_main_window(
    qtbot: QtBot, library: Library, dovecot: DovecotServer, memory_keyring: MemoryKeyring
) -> None:
    """The queue's own draft dialog uses the saved settings' mailbox, and its logged draft
    reaches the contact pane through the window's ``changed``, as a queue action does."""
    save_settings(mail_settings(dovecot))
    contact_with_follow_up(library)
    window = FollowUpQueueWindow(library.folder, lambda: Sender(name="Maria"), FixedClock())
    qtbot.add_widget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(window.jobs.is_idle)
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_E)
    (dialog,) = window.drafts
    qtbot.waitUntil(lambda: bool(dialog.subject_field.text()))

    with qtbot.waitSignal(window.changed, timeout=NETWORK_TIMEOUT_MS):
        qtbot.mouseClick(dialog.drafts_button, Qt.MouseButton.LeftButton)

    assert len(_subjects_in_drafts(dovecot)) == 1
