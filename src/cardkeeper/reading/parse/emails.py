"""E-mail addresses in cleaned line text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cardkeeper.reading.parse.domains import KNOWN_TLDS, with_lost_dot, with_lost_dots

_LOCAL = r"[A-Za-z0-9][A-Za-z0-9._%+'-]*@"
"""A local part and its ``@``."""
_EMAIL = re.compile(rf"(?<![\w.+-])({_LOCAL}[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{{2,}})")
_DOTLESS = re.compile(rf"(?<![\w.+-])({_LOCAL}[A-Za-z0-9-]+)(?![\w.@-])")
"""An address whose domain lost every dot (``@kerisorkr``): no domain is one label."""
_MASKED = re.compile(r"(?<![^\s:])\w[^\s:]*\*$")
"""A word ending in ``*`` right before a local part: the start of an address masked with
asterisks (``you***@``, ``j***n@``), as sample cards and published photos print it. The
letters after the last asterisk are no address of their own."""
DOTLESS_EVIDENCE = 0.6
"""Dots put back by their place alone are a guess (``or.kr`` or ``r.kr``?): to be checked."""


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
    A domain that lost all its dots gets them back where it ends in a second-level country
    domain (``@govin``, ``@kerisorkr``), unsurely. A local part that ends an address masked
    with asterisks is none (``_MASKED``).
    """
    found = []
    for match in _EMAIL.finditer(text):
        if _MASKED.search(text, 0, match.start(1)):
            continue
        value = with_lost_dot(match.group(1).lower().rstrip("."))
        tld = value.rsplit(".", 1)[1]
        found.append(Found(value, match.start(1), match.end(1), 0.97 if tld in KNOWN_TLDS else 0.6))
    for match in _DOTLESS.finditer(text):
        if _MASKED.search(text, 0, match.start(1)):
            continue
        local, domain = match.group(1).lower().split("@", 1)
        if (dotted := with_lost_dots(domain)) != domain:
            found.append(Found(f"{local}@{dotted}", match.start(1), match.end(1), DOTLESS_EVIDENCE))
    return sorted(found, key=lambda f: f.start)
