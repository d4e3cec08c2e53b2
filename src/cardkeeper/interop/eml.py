"""Drafts saved as ``.eml`` files (RFC 5322) that mail programs open ready to send.

``X-Unsent: 1`` makes Outlook open the file as a draft to edit and send
rather than as a received mail; Thunderbird and Apple Mail open it too. The
body is UTF-8 in quoted-printable so accents survive any mail program, and
headers are built by the ``email`` package from single-line values with no
encoded words in them (see :func:`header_text`), so no name, company or
subject can smuggle in a header of its own.
"""

from __future__ import annotations

import email.policy
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from cardkeeper.domain import Sender
from cardkeeper.errors import DraftError
from cardkeeper.interop.files import write_atomically
from cardkeeper.interop.mail_draft import Draft, header_text, recipients
from cardkeeper.wording import one_line

_POLICY = email.policy.SMTP
"""CRLF line ends and RFC 2047 words for non-ASCII headers: what every mail program reads."""


def eml_bytes(draft: Draft, sender: Sender, now: datetime) -> bytes:
    """The draft as an RFC 5322 message; From is left out when the settings hold no address.

    A draft with no To is still a draft: the user adds the address in the
    mail program. ``now`` (aware) becomes the Date header.
    """
    message = EmailMessage(policy=_POLICY)
    message["Date"] = format_datetime(now)
    if sender.email:
        message["From"] = _from(sender)
    to = recipients(draft)
    if to:
        message["To"] = to
    message["Subject"] = header_text(draft.subject)
    message["X-Unsent"] = "1"
    message.set_content(draft.body + "\n", charset="utf-8", cte="quoted-printable")
    return message.as_bytes()


def save_eml(draft: Draft, sender: Sender, now: datetime, path: Path) -> None:
    """Write the draft to ``path`` whole or not at all (an old file there stays until then)."""
    data = eml_bytes(draft, sender, now)
    try:
        write_atomically(path, data)
    except OSError as error:
        raise _save_error(path, error) from error


def _from(sender: Sender) -> list[Address]:
    try:
        return recipients(Draft(sender.email, "", "", sender.name))
    except DraftError as error:
        raise DraftError(
            f"Your email address in the settings, “{one_line(sender.email)}”, is not one a mail "
            "program accepts: correct it under Your details."
        ) from error


def _save_error(path: Path, error: OSError) -> DraftError:
    reason = (error.strerror or str(error)).lower()
    return DraftError(f"The draft could not be saved as {path}: {reason}.")
