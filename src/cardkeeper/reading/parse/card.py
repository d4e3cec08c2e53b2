"""``parse_card``: OCR words in, ``CardFields`` out.

The order matters: contact values first (surest, and they inform the rest),
then the region for phones, then the address, and last the name, company and
title among what is left.
"""

from __future__ import annotations

import re
from collections import Counter

from cardkeeper.reading.fields import CardFields, Field
from cardkeeper.reading.parse.addresses import AddressEvidence, address_evidence
from cardkeeper.reading.parse.cleanup import SEPARATOR, clean_line, split_segments
from cardkeeper.reading.parse.contacts import Contacts, add_phones, confidence, find_text_contacts
from cardkeeper.reading.parse.domains import FREE_MAIL, host_of, region_of, stem_of
from cardkeeper.reading.parse.layout import Segment, is_right_below, make_segment
from cardkeeper.reading.parse.people import choose_company, choose_name, choose_title, weigh
from cardkeeper.reading.parse.text import MappedText
from cardkeeper.reading.parse.titles import title_evidence
from cardkeeper.reading.words import Line, Word, group_lines

_HOUSE_NUMBER = re.compile(r"^\d{1,5}[a-zA-Z]?\b|\b\d{1,5}[a-zA-Z]?$")


def parse_card(words: list[Word], default_region: str = "US") -> CardFields:
    """Read the fields of one card from its OCR words.

    ``default_region`` (ISO 3166 code) is used for phones printed without a
    country code only when neither the address nor an e-mail/web domain tells
    the card's country.
    """
    lines = group_lines(words)
    texts = [clean_line(MappedText.from_line(line)) for line in lines]
    contacts = find_text_contacts(texts, words)
    address_texts = [_free_text(text, contacts.spans.get(i, [])) for i, text in enumerate(texts)]
    evidence = [address_evidence(text) for text in address_texts]
    region = _region(evidence, contacts, default_region)
    add_phones(contacts, texts, words, region, {i for i, e in enumerate(evidence) if e.is_address})

    address_lines = _address_lines(lines, texts, evidence, contacts)
    fields = CardFields(
        emails=contacts.emails,
        phones=contacts.phones,
        websites=contacts.websites,
        socials=contacts.socials,
        address=_address(texts, address_lines, words),
    )
    segments = _free_segments(texts, contacts, address_lines, words)
    hosts = [host_of(f.value) for f in contacts.emails + contacts.websites]
    stems = [stem_of(h) for h in hosts if stem_of(h) not in FREE_MAIL]
    weighed = weigh(segments, [f.value.split("@")[0] for f in contacts.emails], stems)
    name = choose_name(weighed, words)
    name_item = name[1] if name else None
    company = choose_company(weighed, words, name_item)
    company_item = company[1] if company else None
    fields.name = name[0] if name else None
    fields.company = company[0] if company else None
    fields.title = choose_title(weighed, words, name_item, company_item)
    return fields


def _free_text(text: MappedText, spans: list[tuple[int, int]]) -> str:
    """The line with its contact values blanked out, for address evidence."""
    chars = list(text.text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _region(evidence: list[AddressEvidence], contacts: Contacts, default: str) -> str:
    """The card's country: the address says it best, then the ccTLDs of its domains."""
    for item in evidence:
        if item.region:
            return item.region
    regions = Counter(
        region
        for f in contacts.emails + contacts.websites
        if (region := region_of(host_of(f.value))) is not None
    )
    return regions.most_common(1)[0][0] if regions else default


def _address_lines(
    lines: list[Line], texts: list[MappedText], evidence: list[AddressEvidence], contacts: Contacts
) -> list[int]:
    """The longest run of neighbouring address lines (street, city, country), at most 4."""

    def is_free(i: int) -> bool:
        return not contacts.spans.get(i) and title_evidence(texts[i].text) == 0

    marked = {i for i, e in enumerate(evidence) if e.is_address and is_free(i)}
    for i in sorted(marked):
        above = i - 1
        if (
            evidence[i].postcode
            and above >= 0
            and above not in marked
            and is_free(above)
            and _HOUSE_NUMBER.search(texts[above].text)
            and len(texts[above].text.split()) <= 6
        ):
            marked.add(above)
    for i, item in enumerate(evidence):
        short = len(texts[i].text.split()) <= 4
        if item.country and short and is_free(i) and {i - 1, i + 1} & marked:
            marked.add(i)
    runs: list[list[int]] = []
    for i in sorted(marked):
        previous = runs[-1][-1] if runs else None
        if previous is not None and previous == i - 1 and _neighbours(lines[previous], lines[i]):
            runs[-1].append(i)
        else:
            runs.append([i])
    best = max(runs, key=len, default=[])
    return best[:4]


def _neighbours(upper: Line, lower: Line) -> bool:
    return upper.words[0].block == lower.words[0].block or is_right_below(upper.box, lower.box)


def _address(texts: list[MappedText], address_lines: list[int], words: list[Word]) -> Field | None:
    if not address_lines:
        return None
    parts = [texts[i].text.replace(SEPARATOR, ", ").strip(" ,") for i in address_lines]
    indexes = tuple(sorted({w for i in address_lines for w in texts[i].indexes()}))
    evidence = 0.9 if len(address_lines) >= 2 else 0.7
    return Field(", ".join(parts), confidence(evidence, words, indexes), indexes)


def _free_segments(
    texts: list[MappedText], contacts: Contacts, address_lines: list[int], words: list[Word]
) -> list[Segment]:
    """Segments that hold no contact value and are no part of the address."""
    segments: list[Segment] = []
    for line, text in enumerate(texts):
        if line in address_lines:
            continue
        spans = contacts.spans.get(line, [])
        offset = 0
        for part in split_segments(text):
            start = text.text.find(part.text, offset)
            end = start + len(part.text)
            offset = end
            if any(start < s_end and s_start < end for s_start, s_end in spans):
                continue
            if part.indexes():
                segments.extend(make_segment(p, line, words) for p in _split_name_title(part))
    return segments


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
