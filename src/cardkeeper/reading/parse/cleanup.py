"""Repair the typical OCR damage of contact lines before any field is looked for.

Tesseract reads a printed ``anna@example.de`` as ``anna @ example . de``, an
anti-spam ``anna (at) example (dot) de`` is printed on purpose, and the little
icons in front of contact lines come out as ``©``, ``»`` or ``|``. Each rule is
a regex applied through ``MappedText`` so the word indexes survive.
"""

from __future__ import annotations

import re

from cardkeeper.reading.parse.text import MappedText

ICONS = "•·●○◦▪■□►▶➤✉✆☎☏✇⌂✈★☆♦◆▸»«©®¦|~*>#"
"""Characters that icons and bullets turn into; they carry no field content."""

_LEADING_ICONS = re.compile(rf"^(?:[{re.escape(ICONS)}]+\s*)+")
_TRAILING_JUNK = re.compile(rf"[\s{re.escape(ICONS)},;]+$")
_SEPARATORS = re.compile(r"\s*(?:\s[|•·¦]\s?|\s?[|•·¦]\s|(?<=[^\d\s])\s[–—-]\s(?=[^\d\s]))\s*")
_AT = re.compile(r"\s*[(\[{<]\s*at\s*[)\]}>]\s*", re.IGNORECASE)
_DOT = re.compile(r"\s*[(\[{<]\s*(?:dot|punkt|point)\s*[)\]}>]\s*", re.IGNORECASE)
_SPACED_AT = re.compile(r"(?<=[\w.])\s*@\s*(?=[\w-]+\s*[.,]\s*[A-Za-z]{2,})")
_SPACED_DOT = re.compile(r"(?<=[A-Za-z0-9])\s*\.\s+(?=[a-z])|(?<=[A-Za-z0-9])\s+\.\s*(?=[a-z])")
_COMMA_IN_DOMAIN = re.compile(r"(?<=[@.][A-Za-z0-9-]{2})([A-Za-z0-9-]*),(?=[A-Za-z]{2,}\b)")
_WWW_COMMA = re.compile(r"\bwww\s*[,.]\s*", re.IGNORECASE)
_SPACES = re.compile(r"\s{2,}")

SEPARATOR = " | "
"""What every in-line separator (``|``, ``•``, spaced dashes) becomes after cleanup."""


def _has_email_or_web(text: str) -> bool:
    return "@" in text or "www" in text.lower() or "http" in text.lower()


def clean_line(text: MappedText) -> MappedText:
    """Apply every repair to one line; the result still maps to the OCR words."""
    text = text.sub(_LEADING_ICONS, "")
    text = text.sub(_TRAILING_JUNK, "")
    text = text.sub(_AT, "@").sub(_DOT, ".")
    text = text.sub(_SEPARATORS, SEPARATOR)
    if _has_email_or_web(text.text):
        text = text.sub(_WWW_COMMA, "www.")
        text = text.sub(_SPACED_AT, "@")
        text = text.sub(_SPACED_DOT, ".")
        text = text.sub(_COMMA_IN_DOMAIN, r"\1.")
    return text.sub(_SPACES, " ").strip()


def split_segments(text: MappedText) -> list[MappedText]:
    """The parts of a cleaned line between separators (``Name | Title`` holds two)."""
    segments = []
    start = 0
    while (found := text.text.find(SEPARATOR, start)) != -1:
        segments.append(text.slice(start, found))
        start = found + len(SEPARATOR)
    segments.append(text.slice(start, len(text.text)))
    return [s.strip(" ,;:") for s in segments if s.text.strip(" ,;:")]
