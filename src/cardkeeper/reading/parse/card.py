"""``parse_card``: OCR words in, ``CardFields`` out.

The order matters: contact values first (surest, and they inform the rest),
then the region for phones, then the address, and last the name, company and
title among what is left.
"""

from __future__ import annotations

import re

from cardkeeper.reading.fields import CardFields, Field
from cardkeeper.reading.parse.addresses import (
    AddressEvidence,
    address_evidence,
    repair_postcode,
    repair_roman_numerals,
)
from cardkeeper.reading.parse.cleanup import SEPARATOR, clean_line, split_segments
from cardkeeper.reading.parse.company_choice import choose_company
from cardkeeper.reading.parse.contacts import Contacts, add_phones, confidence, find_text_contacts
from cardkeeper.reading.parse.domains import FREE_MAIL, host_of, is_school, stem_of
from cardkeeper.reading.parse.labels import Label, find_labels
from cardkeeper.reading.parse.layout import (
    Segment,
    has_founding_year,
    in_reading_order,
    is_right_below,
    make_segment,
    split_columns,
)
from cardkeeper.reading.parse.people import choose_name, weigh
from cardkeeper.reading.parse.regions import phone_region
from cardkeeper.reading.parse.script_lines import with_script_fields
from cardkeeper.reading.parse.text import MappedText
from cardkeeper.reading.parse.title_choice import choose_title
from cardkeeper.reading.parse.titles import title_evidence
from cardkeeper.reading.words import Line, Word, group_lines

_L_FOR_I = re.compile(r"(?<![\w'’@.])l(?=[bcdfghjkmnpqrstvwxz][^\W\d_])")
"""A capital I read as ``l``: no word starts with ``l`` and a consonant (``lronbridge``)."""
_HOUSE_NUMBER = re.compile(r"^\d{1,5}[a-zA-Z]?\b|\b\d{1,5}[a-zA-Z]?(?:,|$|\s[-–]\s)")
"""A number first, last, before a comma (``Lange Voorhout 39, 1e verdieping``) or before a
dash and the district (``Rua Augusta 138 - Bela Vista``)."""
_SHORT_LINE = 4
"""Words of a line that joins an address on position alone (a country, ``Unit 8``)."""


def parse_card(
    words: list[Word], default_region: str = "US", script_region: str = ""
) -> CardFields:
    """Read the fields of one card from its OCR words.

    ``default_region`` (ISO 3166 code) is one candidate region for phones
    printed without a country code, next to those the card hints at (see
    ``regions``); the address's country, when printed, overrides them all.
    ``script_region`` is another hint: the country whose script (kana, Hangul) the
    card image shows, which the Latin words read as garbage (``reading.script``).
    """
    lines = [
        column for line in group_lines(words) for column in split_columns(in_reading_order(line))
    ]
    texts = [repair_postcode(clean_line(MappedText.from_line(line))) for line in lines]
    contacts = find_text_contacts(texts, words)
    address_texts = [_free_text(text, contacts.spans.get(i, [])) for i, text in enumerate(texts)]
    evidence = [address_evidence(text) for text in address_texts]
    addresses_and_sites = [f.value for f in contacts.emails + contacts.websites]
    phones = phone_region(
        texts,
        address_texts,
        addresses_and_sites,
        evidence,
        default_region,
        script_region=script_region,
    )
    address_line_set = {i for i, e in enumerate(evidence) if e.is_address}
    add_phones(contacts, texts, words, phones, address_line_set)
    region = phones.region if phones.supported else default_region

    address_lines = _address_lines(lines, texts, evidence, contacts)
    fields = CardFields(
        emails=contacts.emails,
        phones=contacts.phones,
        websites=contacts.websites,
        socials=contacts.socials,
        address=_address(texts, evidence, address_lines, words),
        region=region,
    )
    segments = _free_segments(texts, contacts, address_lines, words)
    hosts = [host_of(f.value) for f in contacts.emails + contacts.websites]
    stems = [stem_of(h) for h in hosts if stem_of(h) not in FREE_MAIL]
    schools = [stem_of(h) for h in hosts if is_school(h)]
    mailboxes = [
        f.value.split("@")[0] for f in contacts.emails if stem_of(host_of(f.value)) in FREE_MAIL
    ]
    email_locals = [f.value.split("@")[0] for f in contacts.emails]
    handles = [_handle(f.value) for f in contacts.socials]
    weighed = weigh(segments, email_locals + handles, stems, words)
    name = choose_name(weighed, words, email_locals, region)
    name_item = name[1] if name else None
    company = choose_company(
        weighed, words, name_item, region, stems=stems, mail_locals=mailboxes, schools=schools
    )
    company_item = company[1] if company else None
    fields.name = name[0] if name else None
    fields.company = company[0] if company else None
    fields.title = choose_title(weighed, words, name_item, company_item)
    return with_script_fields(fields, segments, words, region)


def _handle(social: str) -> str:
    """The person's handle in a social profile: ``@loicfaure``, ``linkedin.com/in/uwe-krueger``.
    Like an e-mail's local part it spells the name, however unsure OCR is of its letters."""
    return social.rstrip("/").rsplit("/", 1)[-1].lstrip("@")


def _free_text(text: MappedText, spans: list[tuple[int, int]]) -> str:
    """The line with its contact values blanked out, for address evidence."""
    chars = list(text.text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _address_lines(
    lines: list[Line], texts: list[MappedText], evidence: list[AddressEvidence], contacts: Contacts
) -> list[int]:
    """The largest group of neighbouring address lines (street, city, country), at most 4,
    top to bottom.

    Lines with a street or postcode start it; the line with a house number
    right above one of them, a short line printed between two of them
    (``Scala R``; by position, not Tesseract's order, which may run into the
    other column) and a country line next to one join it.
    """

    def is_free(i: int) -> bool:
        text = texts[i].text
        return (
            not contacts.spans.get(i) and not title_evidence(text) and not has_founding_year(text)
        )

    def short(i: int) -> bool:
        return len(texts[i].text.split()) <= _SHORT_LINE and is_free(i)

    def touches(i: int, group: set[int]) -> bool:
        return any(_neighbours(lines, m, i) or _neighbours(lines, i, m) for m in group)

    marked = {i for i, e in enumerate(evidence) if e.is_address and is_free(i)}
    for _ in range(2):
        for i in sorted(marked):
            above = _line_above(lines, i)
            if (
                above is not None
                and above not in marked
                and is_free(above)
                and _HOUSE_NUMBER.search(texts[above].text)
                and len(texts[above].text.split()) <= 6
            ):
                marked.add(above)
    for i in range(len(lines)):
        box = lines[i].box
        between = any(is_right_below(lines[m].box, box) for m in marked) and any(
            is_right_below(box, lines[m].box) for m in marked
        )
        if i not in marked and short(i) and between:
            marked.add(i)
    marked |= {i for i, e in enumerate(evidence) if e.country and short(i) and touches(i, marked)}
    groups: list[set[int]] = []
    for i in sorted(marked):
        joined = [g for g in groups if touches(i, g)]
        merged = {i}.union(*joined)
        groups = [g for g in groups if g not in joined] + [merged]
    best = max(groups, key=len, default=set())
    return sorted(best, key=lambda i: (lines[i].box.top + lines[i].box.bottom, i))[:4]


def _line_above(lines: list[Line], lower: int) -> int | None:
    """The line printed right above ``lower`` (in its column), else the one before it.

    Tesseract may list a street line after its postcode line when it sees them
    as separate blocks, so every line is a candidate, the nearest first.
    """
    above = [
        upper
        for upper in range(len(lines))
        if upper != lower and is_right_below(lines[upper].box, lines[lower].box)
    ]
    if above:
        return max(above, key=lambda upper: lines[upper].box.bottom)
    return lower - 1 if lower > 0 else None


def _neighbours(lines: list[Line], upper: int, lower: int) -> bool:
    """The next line of an address: the next line of its block, or right under it.

    On a two-column card the address lines alternate with the other column's
    lines in Tesseract's order, so only the position tells they belong together.
    """
    same_block = lines[upper].words[0].block == lines[lower].words[0].block
    return (lower == upper + 1 and same_block) or is_right_below(lines[upper].box, lines[lower].box)


def _address(
    texts: list[MappedText],
    evidence: list[AddressEvidence],
    address_lines: list[int],
    words: list[Word],
) -> Field | None:
    if not address_lines:
        return None
    parts = [_country_only(repair_roman_numerals(texts[i]), evidence[i]) for i in address_lines]
    value = ", ".join(p.text.replace(SEPARATOR, ", ").strip(" ,") for p in parts)
    indexes = tuple(sorted({w for part in parts for w in part.indexes()}))
    strength = 0.9 if len(address_lines) >= 2 else 0.7
    return Field(value, confidence(strength, words, indexes), indexes)


def _country_only(text: MappedText, evidence: AddressEvidence) -> MappedText:
    """A country line without the specks before it (``oS Canada``): a country is capitalised."""
    if evidence.is_address or not evidence.country:
        return text
    while (space := text.text.find(" ")) != -1 and not text.text[0].isupper():
        text = text.slice(space + 1, len(text.text))
    return text


def _free_segments(
    texts: list[MappedText], contacts: Contacts, address_lines: list[int], words: list[Word]
) -> list[Segment]:
    """Segments that hold no contact value and are no part of the address."""
    segments: list[Segment] = []
    for line, text in enumerate(texts):
        if line in address_lines:
            continue
        for piece in _outside_contacts(text, contacts.spans.get(line, [])):
            for part in split_segments(piece.sub(_L_FOR_I, "I")):
                if part.indexes():
                    segments.extend(make_segment(p, line, words) for p in _split_name_title(part))
    return segments


def _outside_contacts(text: MappedText, spans: list[tuple[int, int]]) -> list[MappedText]:
    """The pieces of a line around its contact values, each value's label cut off with it.

    A name or company can share an OCR line with a contact value
    (``Brodie O'Brien bobrien@northwind.com.au``, ``Soluciones Iberia
    Teléfono 951 …``); the text beside the value is still free.
    """
    labels = find_labels(text.text)
    pieces = []
    start = 0
    for span_start, span_end in sorted(spans):
        pieces.append(text.slice(start, _label_start(text.text, labels, start, span_start)))
        start = max(start, span_end)
    pieces.append(text.slice(start, len(text.text)))
    return [piece for piece in pieces if piece.text.strip()]


def _label_start(text: str, labels: list[Label], start: int, value_start: int) -> int:
    """Where the label right before a contact value starts (the value's start if none)."""
    for label in labels:
        if start <= label.start and not text[label.end : value_start].strip(" :.-"):
            return label.start
    return value_start


def _split_name_title(part: MappedText) -> list[MappedText]:
    """``Anna Müller, Head of Sales`` -> two segments; ``Acme, Inc.`` or ``Anna Müller, PhD`` stay.

    Split only when the right part has a role word and the left has none.
    """
    comma = part.text.find(", ")
    if comma == -1:
        return [part]
    left, right = part.slice(0, comma).strip(), part.slice(comma + 1, len(part.text)).strip()
    if title_evidence(right.text) and not title_evidence(left.text):
        return [left, right]
    return [part]
