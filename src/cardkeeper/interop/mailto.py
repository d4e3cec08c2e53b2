"""``mailto:`` links (RFC 6068) that open a draft in the user's mail program.

Every value is percent-encoded, so a name, subject or body holding ``&``,
``?``, ``=``, ``%`` or a line break stays inside its own field: contact data
can never add a Cc, a Bcc or a second body. Mail programs and browsers cut or
refuse links much past 2,000 characters, so a longer draft is refused with a
sentence that points to the outputs that have no limit.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from cardkeeper.errors import DraftError
from cardkeeper.interop.mail_draft import Draft, header_text, no_address_error, recipients
from cardkeeper.wording import translate

MAILTO_LIMIT = 2000
"""About what Outlook, Windows' URL handler and some browsers still pass on whole."""


def mailto_uri(draft: Draft) -> str:
    """The ``mailto:`` link of ``draft``, or a :class:`DraftError` saying why there is none."""
    addresses = recipients(draft)
    if not addresses:
        raise no_address_error(draft)
    to = ",".join(quote(address.addr_spec, safe="@") for address in addresses)
    fields = []
    subject = header_text(draft.subject)  # some mail programs decode RFC 2047 words here
    if subject:
        fields.append("subject=" + quote(subject, safe=""))
    body = re.sub(r"\r\n|\r|\n", "\r\n", draft.body)
    if body:
        fields.append("body=" + quote(body, safe=""))
    uri = f"mailto:{to}" + ("?" + "&".join(fields) if fields else "")
    if len(uri) > MAILTO_LIMIT:
        raise DraftError(
            translate(
                "mailto",
                "This email is too long for a mail link ({length} characters; mail programs "
                "take about {most}): save it as .eml or copy it instead.",
            ).format(length=f"{len(uri):,}", most=f"{MAILTO_LIMIT:,}")
        )
    return uri
