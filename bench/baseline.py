"""The naive reader every card app starts with, to measure ours against.

Tesseract on the raw image, regular expressions for emails, websites and
phones, and the first line taken as the name. No card finding, no
orientation, no layout; no title, company or address.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import phonenumbers
import pytesseract

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
WEBSITE = re.compile(r"\b(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b", re.I)


def read_baseline(path: Path, default_region: str = "US") -> dict[str, Any]:
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    # Tesseract opens the file itself, as `tesseract PHOTO stdout` would (Pillow's MPO, what
    # phones write, is a format pytesseract cannot hand over).
    text = pytesseract.image_to_string(str(path), config="--psm 3")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    emails = EMAIL.findall(text)
    websites = WEBSITE.findall(EMAIL.sub(" ", text))
    phones = []
    for match in phonenumbers.PhoneNumberMatcher(text, default_region):
        number = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        phones.append({"kind": "other", "number": number})
    name = lines[0] if lines else ""
    words = name.split()
    return {
        "name": name,
        "given_name": words[0] if words else "",
        "family_name": words[-1] if len(words) > 1 else "",
        "title": "",
        "company": "",
        "emails": emails,
        "phones": phones,
        "websites": websites,
        "address": "",
    }
