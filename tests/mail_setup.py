"""What the mail tests share: the settings of a mailbox on the tests' Dovecot, set up as a
user sets it up (the password in the tests' keyring), and a contact with a follow-up."""

from __future__ import annotations

import imaplib
import ssl
from datetime import UTC, datetime

from cardkeeper.app.built_ins import ensure_built_ins
from cardkeeper.app.follow_through import local_date, schedule_first_step
from cardkeeper.app.mail_account import set_up_mail, with_mail
from cardkeeper.domain import Contact, FollowUp
from cardkeeper.interop.imap import MailServer, Security
from cardkeeper.settings import Settings
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from tests.dovecot_server import PASSWORD, USER, DovecotServer

BRUNO = "bruno@nordwind.example"


def mail_settings(server: DovecotServer, **changes: object) -> Settings:
    """Settings with the server's mailbox set up (Drafts found by its flag)."""
    account = MailServer("localhost", server.tls_port, Security.TLS, USER, str(server.cafile))
    setup = set_up_mail(account, PASSWORD)
    assert setup.drafts is not None
    settings = with_mail(
        Settings(my_name="Maria Schneider", my_email=USER), account, setup.drafts.name
    )
    for name, value in changes.items():
        setattr(settings, name, value)
    return settings


def contact_with_follow_up(
    library: Library, email: str = BRUNO, given: str = "Bruno"
) -> tuple[int, FollowUp]:
    """A reviewed contact with the first step of the default sequence (the thank-you) open."""
    ensure_built_ins(library)
    contact_id = Contacts(library).save_new_contact(
        Contact(given_name=given, family_name="Keller", emails=[email], needs_review=False)
    )
    now = datetime.now(UTC)
    follow_up = schedule_first_step(library, contact_id, local_date(now), now)
    assert follow_up is not None
    return contact_id, follow_up


def raw_imap(server: DovecotServer) -> imaplib.IMAP4_SSL:
    """A bare imaplib connection, to see what the server holds without the code under test."""
    context = ssl.create_default_context(cafile=str(server.cafile))
    imap = imaplib.IMAP4_SSL("localhost", server.tls_port, ssl_context=context, timeout=10)
    imap.login(USER, PASSWORD)
    return imap


def mail(sender: str, to: str, subject: str, body: bytes = b"Hello.") -> bytes:
    return (
        (
            f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\n"
            "Date: Mon, 07 Dec 2026 09:00:00 +0000\r\n\r\n"
        ).encode()
        + body
        + b"\r\n"
    )
