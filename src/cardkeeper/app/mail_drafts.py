"""Save to Drafts: the email for a contact put in the Drafts folder of the user's mailbox,
ready to send from the phone or the desktop mail program, and noted in the contact's activity.

The message is the one a saved .eml holds (:func:`~cardkeeper.interop.eml.eml_bytes`),
flagged ``\\Draft`` as a mail program saves one. The library is written only after
the server took it whole, so a server that goes away in the middle leaves neither a
half draft there nor a "drafted" here, and the dialog keeps the text to try again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cardkeeper.app.mail_account import open_mailbox
from cardkeeper.domain import Activity, ActivityKind, Sender
from cardkeeper.errors import MailError
from cardkeeper.interop.eml import eml_bytes
from cardkeeper.interop.mail_draft import Draft
from cardkeeper.settings import Settings
from cardkeeper.store import activities, follow_ups, mail_drafts
from cardkeeper.store.database import Library
from cardkeeper.wording import one_line, translate


@dataclass(frozen=True)
class Drafted:
    """A draft put in the mailbox, with what taking its note back needs."""

    contact_id: int
    follow_up_id: int | None
    draft_id: int
    activity_id: int
    folder: str


def save_to_drafts(
    library: Library,
    settings: Settings,
    *,
    contact_id: int,
    follow_up_id: int | None,
    draft: Draft,
    sender: Sender,
    now: datetime,
) -> Drafted:
    """Append the draft to the Drafts folder, then note it in the contact's activity."""
    folder = settings.mail_drafts_folder
    if not folder:
        raise MailError(
            translate(
                "mail_drafts", "No Drafts folder is chosen yet; choose one in Settings ▸ Mail."
            )
        )
    message = eml_bytes(draft, sender, now)  # an address a mail program refuses stops it here
    if follow_ups.contact_status(library.connection, contact_id) is None:
        raise MailError(translate("mail_drafts", "This contact is no longer in the library."))
    with open_mailbox(settings) as mailbox:
        mailbox.append_draft(folder, message, now)
    subject = one_line(draft.subject)
    with library.transaction() as connection:
        draft_id = mail_drafts.record(connection, contact_id, follow_up_id, subject, now)
        note = Activity(
            contact_id, ActivityKind.NOTE, now, f"Drafted “{subject}” in your mailbox's Drafts."
        )
        activity_id = activities.insert(connection, note)
    return Drafted(contact_id, follow_up_id, draft_id, activity_id, folder)
