"""Save to Drafts against a real Dovecot: the message in Drafts, flagged, and noted here."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime

import pytest

from cardkeeper.app.drafts import Draft
from cardkeeper.app.mail_account import mail_server, remember_password
from cardkeeper.app.mail_drafts import save_to_drafts
from cardkeeper.domain import ActivityKind
from cardkeeper.errors import MailError
from cardkeeper.settings import Settings, sender
from cardkeeper.store.activities import Activities
from cardkeeper.store.database import Library
from tests.dovecot_server import DovecotServer
from tests.mail_setup import BRUNO, contact_with_follow_up, mail_settings, raw_imap
from tests.memory_keyring import MemoryKeyring

THANK_YOU = Draft(
    BRUNO, "Great to meet you at LogiMAT", "Dear Bruno,\n\nthank you.", "Bruno Keller"
)


def drafts_on_server(server: DovecotServer) -> list[tuple[bytes, email.message.Message]]:
    imap = raw_imap(server)
    _typ, (count,) = imap.select("Drafts", readonly=True)
    data = imap.fetch("1:*", "(FLAGS BODY.PEEK[])")[1] if count != b"0" else []
    imap.logout()
    return [
        (item[0], email.message_from_bytes(item[1], policy=email.policy.default))
        for item in data
        if isinstance(item, tuple)
    ]


def test_a_thank_you_lands_in_drafts_flagged_and_is_noted_in_the_activity(
    library: Library, dovecot: DovecotServer, memory_keyring: MemoryKeyring
) -> None:
    settings = mail_settings(dovecot)
    contact_id, follow_up = contact_with_follow_up(library)
    now = datetime.now(UTC)
    drafted = save_to_drafts(
        library,
        settings,
        contact_id=contact_id,
        follow_up_id=follow_up.id,
        draft=THANK_YOU,
        sender=sender(settings),
        now=now,
    )
    [(flags, message)] = drafts_on_server(dovecot)
    assert b"\\Draft" in flags
    assert message["To"] == "Bruno Keller <bruno@nordwind.example>"
    assert message["From"] == "Maria Schneider <anna@example.org>"
    assert message["Subject"] == "Great to meet you at LogiMAT"
    assert "thank you." in message.get_content()
    assert drafted.folder == "Drafts"
    [note] = Activities(library).for_contact(contact_id)
    assert note.kind is ActivityKind.NOTE
    assert note.detail == "Drafted “Great to meet you at LogiMAT” in your mailbox's Drafts."


def test_a_wrong_password_saves_nothing_here_or_there(
    library: Library, dovecot: DovecotServer, memory_keyring: MemoryKeyring
) -> None:
    settings = mail_settings(dovecot)
    server = mail_server(settings)
    assert server is not None
    remember_password(server, "changed since")
    contact_id, follow_up = contact_with_follow_up(library)
    with pytest.raises(MailError, match="refused the user name or password"):
        save_to_drafts(
            library,
            settings,
            contact_id=contact_id,
            follow_up_id=follow_up.id,
            draft=THANK_YOU,
            sender=sender(settings),
            now=datetime.now(UTC),
        )
    assert Activities(library).for_contact(contact_id) == []
    assert drafts_on_server(dovecot) == []


def test_without_a_mailbox_or_drafts_folder_it_says_what_to_set_up(
    library: Library, memory_keyring: MemoryKeyring
) -> None:
    contact_id, follow_up = contact_with_follow_up(library)
    for settings, said in (
        (Settings(), "No Drafts folder is chosen yet"),
        (Settings(mail_drafts_folder="Drafts"), "No mailbox is set up yet"),
        (
            Settings(mail_host="localhost", mail_user="anna", mail_drafts_folder="Drafts"),
            "No password is saved for anna at localhost",
        ),
    ):
        with pytest.raises(MailError, match=said):
            save_to_drafts(
                library,
                settings,
                contact_id=contact_id,
                follow_up_id=follow_up.id,
                draft=THANK_YOU,
                sender=sender(settings),
                now=datetime.now(UTC),
            )
    assert Activities(library).for_contact(contact_id) == []


def test_a_server_killed_mid_append_leaves_no_draft_there_and_no_note_here(
    library: Library, dovecot: DovecotServer, memory_keyring: MemoryKeyring
) -> None:
    from tests.interop.test_imap import _stop_once_writing

    settings = mail_settings(dovecot)
    contact_id, follow_up = contact_with_follow_up(library)
    long_draft = Draft(BRUNO, "Our catalogue", "A line of the catalogue.\n" * 1_500_000)
    stopper = _stop_once_writing(dovecot)
    with pytest.raises(MailError, match="broke off; nothing half-done was left there"):
        save_to_drafts(
            library,
            settings,
            contact_id=contact_id,
            follow_up_id=follow_up.id,
            draft=long_draft,
            sender=sender(settings),
            now=datetime.now(UTC),
        )
    stopper.join(10)
    assert stopper.stopped_while_writing
    assert Activities(library).for_contact(contact_id) == []
    dovecot.start()
    assert drafts_on_server(dovecot) == []
    save_to_drafts(  # tried again once the server is back, it goes through
        library,
        settings,
        contact_id=contact_id,
        follow_up_id=follow_up.id,
        draft=THANK_YOU,
        sender=sender(settings),
        now=datetime.now(UTC),
    )
    assert len(drafts_on_server(dovecot)) == 1
