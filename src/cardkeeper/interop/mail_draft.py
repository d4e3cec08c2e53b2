"""An email draft as plain data, and the checked addresses it goes to.

It lives here, below ``app``, because the outputs in ``interop`` (mailto,
.eml) take it and layers only import downwards; ``app.drafts`` makes drafts
and re-exports :class:`Draft` as the rest of the app knows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.headerregistry import Address
from email.utils import getaddresses

from cardkeeper.errors import DraftError
from cardkeeper.wording import one_line, translate


@dataclass(frozen=True)
class Draft:
    """An email ready to be copied, opened in a mail program or saved as .eml."""

    to: str
    """The address it goes to (several comma-separated); "" when the contact has none."""
    subject: str
    body: str
    to_name: str = ""
    """Whom it goes to, for the .eml To header and for saying who has no address."""


def header_text(text: str) -> str:
    """``text`` safe as a header value or a display name: one line, and no RFC 2047 word.

    Python's ``email`` package decodes an encoded word (``=?utf-8?q?...?=``)
    it is handed and writes the decoded text unquoted, line breaks included,
    so a contact named ``=?utf-8?q?=0D=0ABcc:_x@y.z?=`` would add a Bcc. An
    invisible word joiner between ``=`` and ``?`` keeps the text as typed
    on screen while making it no longer an encoded word.
    """
    return one_line(text).replace("=?", "=\u2060?")


def recipients(draft: Draft) -> list[Address]:
    """The checked addresses of ``draft.to``; an address a mail program would refuse is an error.

    ``to`` may be a bare address, "Name <address>" or several of either,
    comma-separated, as people type them in a To field. A bare address takes
    ``draft.to_name`` as its display name. Domains are IDNA-encoded so the
    result is plain ASCII, and only plain dot-atom addresses pass: nothing in
    one can be read as a header, a mailto field or a second address.
    """
    if any(ord(character) < 32 or character == "\x7f" for character in draft.to):
        raise _not_an_address(draft.to)
    parsed = [(name, address) for name, address in getaddresses([draft.to]) if name or address]
    checked = []
    for name, address in parsed:
        display = header_text(name or (draft.to_name if len(parsed) == 1 else ""))
        checked.append(_address(display, address, draft.to if len(parsed) == 1 else address))
    return checked


def no_address_error(draft: Draft) -> DraftError:
    """The sentence for a draft with nobody to send it to, naming the contact when known."""
    who = one_line(draft.to_name)
    if who:
        sentence = translate(
            "mail_draft", "{name} has no email address: add one to the contact first."
        )
    else:
        sentence = translate(
            "mail_draft", "This contact has no email address: add one to the contact first."
        )
    return DraftError(sentence.format(name=who))


_LOCAL_PART = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_DOMAIN = re.compile(
    r"[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*"
)


def _address(display: str, address: str, as_typed: str) -> Address:
    user, _, domain = address.strip().rpartition("@")
    try:
        ascii_domain = domain.encode("idna").decode("ascii")
    except UnicodeError as error:
        raise _not_an_address(as_typed) from error
    if not (_LOCAL_PART.fullmatch(user) and _DOMAIN.fullmatch(ascii_domain)):
        raise _not_an_address(as_typed)
    return Address(display_name=display, username=user, domain=ascii_domain)


def _not_an_address(text: str) -> DraftError:
    return DraftError(
        translate(
            "mail_draft",
            "“{text}” is not an email address a mail program accepts: correct it first.",
        ).format(text=one_line(text))
    )
