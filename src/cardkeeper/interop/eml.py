"""Drafts saved as ``.eml`` files (RFC 5322) that mail programs open ready to send.

``X-Unsent: 1`` makes Outlook open the file as a draft to edit and send
rather than as a received mail; Thunderbird and Apple Mail open it too. The
body is UTF-8 in quoted-printable so accents survive any mail program, and
headers are built by the ``email`` package from single-line values with no
encoded words in them (see :func:`header_text`), so no name, company or
subject can smuggle in a header of its own.

To and From are folded here rather than by the ``email`` package, which
leaves a long unbroken name as one line past RFC 5322's 998 octets and, when
it folds a quoted name, drops the quotes, so "Schmidt, Anna" becomes two
addresses. A name is a quoted string folded at its own spaces; a name with
a word too long for a line, or with letters beyond ASCII, is RFC 2047
encoded words of at most 75 characters, one after another.
"""

from __future__ import annotations

import email.policy
import string
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from cardkeeper.domain import Sender
from cardkeeper.errors import DraftError
from cardkeeper.interop.files import write_atomically
from cardkeeper.interop.mail_draft import Draft, header_text, recipients
from cardkeeper.wording import one_line, translate

_POLICY = email.policy.SMTP.clone(refold_source="none")
"""CRLF line ends and RFC 2047 words for non-ASCII headers: what every mail program reads.

The addresses' headers are stored folded (see :func:`_address_header`) and kept so."""

_LINE = 78
"""RFC 5322's recommended longest line; every header line written here is at most this."""

_WORD_CHARS = 58
"""The longest word of a name, quoted or RFC 2047 encoded (75 at most with ``=?utf-8?q?``
and ``?=``): with its quotes or markers and a comma it fits a line after ``From: ``."""

_Q_PLAIN = {
    **{c: c for c in string.ascii_letters + string.digits + "!*+-/"},
    " ": "_",
}
"""What RFC 2047 lets a "Q" encoded word in a name hold as itself (section 5, rule 3)."""


def eml_bytes(draft: Draft, sender: Sender, now: datetime) -> bytes:
    """The draft as an RFC 5322 message; From is left out when the settings hold no address.

    A draft with no To is still a draft: the user adds the address in the
    mail program. ``now`` (aware) becomes the Date header.
    """
    message = EmailMessage(policy=_POLICY)
    message["Date"] = format_datetime(now)
    if sender.email:
        message.set_raw("From", _address_header("From", _from(sender)))
    to = recipients(draft)
    if to:
        message.set_raw("To", _address_header("To", to))
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
            translate(
                "eml",
                "Your email address in the settings, “{email}”, is not one a mail "
                "program accepts: correct it under Your details.",
            ).format(email=one_line(sender.email))
        ) from error


def _address_header(name: str, addresses: list[Address]) -> str:
    """The folded value of header ``name`` for ``addresses``: lines of at most :data:`_LINE`."""
    tokens: list[str] = []
    for address in addresses:
        if tokens:
            tokens[-1] += ","
        if address.display_name:
            tokens += _phrase(address.display_name)
            tokens.append(f"<{address.addr_spec}>")
        else:
            tokens.append(address.addr_spec)
    lines = [f"{name}:"]
    for token in tokens:
        if len(lines[-1]) + 1 + len(token) > _LINE and lines[-1] != f"{name}:":
            lines.append("")
        lines[-1] += " " + token
    return "\r\n".join(lines)[len(name) + 2 :]


def _phrase(display_name: str) -> list[str]:
    """The display name as words to fold between, read back whole by every mail program.

    The folding whitespace between the words of a quoted string is the
    name's own space, so unfolding gives the name back exactly.
    """
    quoted = [w.replace("\\", "\\\\").replace('"', '\\"') for w in display_name.split(" ")]
    if display_name.isascii() and all(len(word) <= _WORD_CHARS for word in quoted):
        quoted[0] = '"' + quoted[0]
        quoted[-1] += '"'
        return quoted
    words: list[str] = []
    word = ""
    for character in display_name:
        encoded = _Q_PLAIN.get(character) or "".join(
            f"={byte:02X}" for byte in character.encode("utf-8")
        )
        if len(word) + len(encoded) > _WORD_CHARS:
            words.append(f"=?utf-8?q?{word}?=")
            word = ""
        word += encoded
    return [*words, f"=?utf-8?q?{word}?="]


def _save_error(path: Path, error: OSError) -> DraftError:
    reason = (error.strerror or str(error)).lower()
    return DraftError(
        translate("eml", "The draft could not be saved as {path}: {reason}.").format(
            path=path, reason=reason
        )
    )
