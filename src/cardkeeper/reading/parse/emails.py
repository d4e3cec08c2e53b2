"""E-mail addresses in cleaned line text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cardkeeper.reading.parse.domains import KNOWN_TLDS, with_lost_dot

_EMAIL = re.compile(
    r"(?<![\w.+-])([A-Za-z0-9][A-Za-z0-9._%+'-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})"
)


@dataclass(frozen=True)
class Found:
    """A value found in a line: where it stands in the cleaned text and how sure we are."""

    value: str
    start: int
    end: int
    evidence: float


def find_emails(text: str) -> list[Found]:
    """E-mails, lower-cased (addresses are case-insensitive in practice, so this is canonical).

    A top-level domain we do not know (``.dc`` for an OCR-damaged ``.de``) lowers the evidence.
    """
    found = []
    for match in _EMAIL.finditer(text):
        value = with_lost_dot(match.group(1).lower().rstrip("."))
        tld = value.rsplit(".", 1)[1]
        found.append(Found(value, match.start(1), match.end(1), 0.97 if tld in KNOWN_TLDS else 0.6))
    return found
