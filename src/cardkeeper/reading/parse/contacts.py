"""The machine-readable fields of a card: e-mails, websites, socials and phones.

These are found first because they are the surest, and because they tell the
rest of the parse a lot: their spans are taken out of the name/title/company
candidates, their domain gives the phone region and names the company.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from cardkeeper.reading.fields import Field, PhoneField
from cardkeeper.reading.parse.emails import Found, find_emails
from cardkeeper.reading.parse.phones import find_phones, repair_digits
from cardkeeper.reading.parse.text import MappedText
from cardkeeper.reading.parse.websites import find_socials, find_websites
from cardkeeper.reading.words import Word


@dataclass
class Contacts:
    emails: list[Field] = field(default_factory=list)
    websites: list[Field] = field(default_factory=list)
    socials: list[Field] = field(default_factory=list)
    phones: list[PhoneField] = field(default_factory=list)
    spans: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    """Per line, the character spans (in the cleaned text) taken by contact values."""


def confidence(evidence: float, words: Sequence[Word], indexes: tuple[int, ...]) -> float:
    """Evidence scaled by the OCR confidence of the words it stands on."""
    if not indexes:
        return round(evidence * 0.6, 2)
    ocr = sum(min(max(words[i].confidence, 0.0), 1.0) for i in indexes) / len(indexes)
    return round(evidence * (0.6 + 0.4 * ocr), 2)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < s_end and s_start < end for s_start, s_end in spans)


def _add(
    target: list[Field],
    found: Found,
    text: MappedText,
    words: Sequence[Word],
    spans: list[tuple[int, int]],
) -> None:
    spans.append((found.start, found.end))
    if any(f.value == found.value for f in target):
        return
    indexes = text.indexes(found.start, found.end)
    target.append(Field(found.value, confidence(found.evidence, words, indexes), indexes))


def find_text_contacts(texts: list[MappedText], words: Sequence[Word]) -> Contacts:
    """E-mails, websites and socials of every line (phones come later: they need the region)."""
    contacts = Contacts()
    for line, text in enumerate(texts):
        spans = contacts.spans.setdefault(line, [])
        for email in find_emails(text.text):
            _add(contacts.emails, email, text, words, spans)
        for site in find_websites(text.text):
            if not _overlaps(site.start, site.end, spans):
                _add(contacts.websites, site, text, words, spans)
        for social in find_socials(text.text):
            if not _overlaps(social.start, social.end, spans):
                _add(contacts.socials, social, text, words, spans)
    return contacts


def add_phones(
    contacts: Contacts,
    texts: list[MappedText],
    words: Sequence[Word],
    region: str,
    address_lines: set[int],
) -> None:
    """Phones of every line, skipping digits inside e-mails and URLs."""
    for line, text in enumerate(texts):
        repaired = repair_digits(text)
        spans = contacts.spans.setdefault(line, [])
        taken = list(spans)
        for phone in find_phones(repaired.text, region, address_line=line in address_lines):
            if _overlaps(phone.start, phone.end, taken):
                continue
            # digit repair keeps lengths, so spans in ``repaired`` are spans in ``text``
            spans.append((phone.start, phone.end))
            if any(p.value == phone.e164 and p.kind == phone.kind for p in contacts.phones):
                continue
            indexes = repaired.indexes(phone.start, phone.end)
            contacts.phones.append(
                PhoneField(
                    phone.e164,
                    confidence(phone.evidence, words, indexes),
                    indexes,
                    kind=phone.kind,
                    printed=phone.printed,
                )
            )
