"""E-mail addresses the user types or picks off a card: checked as typed phones are.

The check is of form only, the way an address book does it: a local part,
one ``@`` and a domain with a dot and a top-level domain of letters. Whether
the mailbox exists only sending tells; but ``uro@asha`` (OCR lost the
``.com``) is surely not one, and saving it would bounce a follow-up later.
"""

from __future__ import annotations

import re

from cardkeeper.wording import translate

_DOMAIN = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*")
_TLD = re.compile(r"[a-z]{2,63}")
_LOCAL = re.compile(r"[a-z0-9!#$%&'*+/=?^_`{|}~.-]+")


def check_email_entry(text: str) -> str:
    """``text`` as an address to save, or ``ValueError`` with one sentence saying why not.

    The sentence reads like the phone's (``'aci:' is not a phone number.``):
    ``'uro@asha' is not an email address: its domain needs a dot.``
    """
    entry = text.strip()
    local, at, domain = entry.rpartition("@")
    if not at or not local or not domain:
        raise ValueError(
            translate("email_entry", "'{entry}' is not an email address: it needs one @.").format(
                entry=entry
            )
        )
    if not _LOCAL.fullmatch(local.lower()) or "@" in local:
        raise ValueError(
            translate(
                "email_entry", "'{entry}' is not an email address: check the part before the @."
            ).format(entry=entry)
        )
    if "." not in domain:
        raise ValueError(
            translate(
                "email_entry", "'{entry}' is not an email address: its domain needs a dot."
            ).format(entry=entry)
        )
    name, _, tld = domain.lower().rpartition(".")
    if not _DOMAIN.fullmatch(name) or not _TLD.fullmatch(tld):
        raise ValueError(
            translate(
                "email_entry", "'{entry}' is not an email address: its domain is not a real one."
            ).format(entry=entry)
        )
    return entry
