"""The machine-readable fields of a card: e-mails, websites, socials and phones.

These are found first because they are the surest, and because they tell the
rest of the parse a lot: their spans are taken out of the name/title/company
candidates, their domain gives the phone region and names the company.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

import phonenumbers

from cardkeeper.reading.fields import GUESSED_CONFIDENCE, Field, PhoneField
from cardkeeper.reading.parse.cross_checks import (
    glued_hosts,
    name_spellings,
    with_mail_domains,
    with_names_spelled,
    with_printed_domains,
    with_sibling_domains,
    with_site_domains,
    with_strokes_spelled,
    without_misread_sites,
    without_misread_twins,
)
from cardkeeper.reading.parse.domains import fold, host_of
from cardkeeper.reading.parse.emails import Found, find_emails
from cardkeeper.reading.parse.phones import (
    agreeing_shorter,
    find_phones,
    repair_digits,
    with_area_code,
    with_card_code,
)
from cardkeeper.reading.parse.regions import PhoneRegion
from cardkeeper.reading.parse.text import NO_WORD, MappedText, one_edit
from cardkeeper.reading.parse.websites import find_socials, find_websites
from cardkeeper.reading.words import Word

_LOWER_WORD_BEFORE = re.compile(r"(?<![\w.@:-])(?:[a-z]\.)?([a-z]{2,}) $")
"""A lower-case word just before an address, maybe behind an ``e.`` label cleanup glued on."""
_GLUED_LABEL = re.compile(r"e-?mail\.(?=.+@)")
"""``E-mail: jo@…`` whose colon OCR read as a dot, glued to the address: no local part
starts with the word e-mail."""
_MAIL_LABEL = re.compile(r"mail\s*[:.]?\s*$", re.IGNORECASE)
"""An ``E-mail:`` / ``Mail:`` label just before a value: what follows is an address."""
_APOSTROPHE = re.compile(r"(?<=[a-z])'(?=[a-z])")
_PATH_REST = re.compile(r"[A-Za-z][\w.~-]*(?:/[\w.~-]*)+")
"""The rest of a URL path wrapped onto the next line: ``ksraju/Profile``, no host of its own."""
_HYPHENED_INITIAL = re.compile(r"^[a-z]-[a-z]+$")
_TOUCHING = 0.15
UNKNOWN_COUNTRY_CONFIDENCE = 0.4
"""A phone whose country the card does not tell: below the review pane's mark, to be checked."""
_STROKES = "il1"
"""Letters (lower-cased) OCR confuses at the start of a local part: ``l``, ``I`` and ``1``."""
_TRUNK_ZERO = re.compile(r"\(?0")
"""A national number printed with its trunk 0: ``0565-21-1970``, ``(03) 9123 4567``."""
_PLACEHOLDER = re.compile(r"[0\s()+./-]")
"""What a placeholder number (``00-0000-0000``) is made of: zeros and separators."""
_UNSURE_WORD = 0.5
"""OCR confidence under which a word of a phone may be a misread copy of another's."""


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
        for found in find_emails(text.text):
            email = _with_lost_separator(_without_label(found, text, texts), text, texts, words)
            email = _with_dot_for_apostrophe(_with_name_initial(email, texts), texts)
            email = _with_dot_after_initial(email, texts)
            _add(contacts.emails, email, text, words, spans)
        for site in find_websites(text.text):
            if _mail_labelled(site, text):
                spans.append((site.start, site.end))
            elif not _overlaps(site.start, site.end, spans):
                whole, below = _with_path_continued(site, text, texts, words)
                _add(contacts.websites, whole, text, words, spans)
                if below is not None:
                    contacts.spans.setdefault(below, []).append((0, len(texts[below].text)))
        for social in find_socials(text.text):
            if not _overlaps(social.start, social.end, spans):
                _add(contacts.socials, social, text, words, spans)
    contacts.emails = with_site_domains(contacts.emails, contacts.websites)
    contacts.emails = with_names_spelled(contacts.emails, texts, words)
    contacts.emails = with_strokes_spelled(contacts.emails, texts)
    contacts.emails = with_printed_domains(contacts.emails, contacts.websites, texts, words)
    contacts.emails = with_sibling_domains(contacts.emails)
    contacts.emails = without_misread_twins(contacts.emails, texts)
    for line, start, end, address in glued_hosts(texts, contacts.websites, contacts.spans):
        glued = Found(address, start, end, evidence=0.6)
        _add(contacts.emails, glued, texts[line], words, contacts.spans[line])
    contacts.websites = with_mail_domains(contacts.websites, contacts.emails)
    contacts.websites = without_misread_sites(contacts.websites, contacts.emails)
    contacts.websites = _without_fragments(contacts.websites, contacts.emails)
    return contacts


def _with_path_continued(
    site: Found, text: MappedText, texts: list[MappedText], words: Sequence[Word]
) -> tuple[Found, int | None]:
    """``universe.bits-pilani.ac.in/hyderabad`` over ``ksraju/Profile``: a long path wrapped.

    A URL whose path ends its line continues on the line just below it when that
    line is one word, starting where the URL starts, shaped like the rest of a
    path (a slash, no host). Returns the URL and the line it took, if any.
    """
    first = text.owners[site.start]
    if first == NO_WORD or site.end != len(text.text) or "/" not in site.value.split("://")[-1]:
        return site, None
    above = words[first].box
    for line, other in enumerate(texts):
        owners = other.indexes()
        if len(owners) != 1 or not _PATH_REST.fullmatch(other.text):
            continue
        box = words[owners[0]].box
        aligned = abs(box.left - above.left) <= above.height / 2
        if aligned and 0 <= box.top - above.bottom <= above.height / 2:
            value = site.value + other.text.lower()
            return Found(value, site.start, site.end, site.evidence), line
    return site, None


def _mail_labelled(site: Found, text: MappedText) -> bool:
    """``mail:samplenam.com``: a bare host behind an e-mail label is an address that lost its
    ``@``, no website (a ``www.`` or ``http`` one is a website wherever it stands)."""
    explicit = site.value.startswith(("www.", "http"))
    return not explicit and _MAIL_LABEL.search(text.text, 0, site.start) is not None


def _without_fragments(websites: list[Field], emails: list[Field]) -> list[Field]:
    """Websites that are not the cut-off tail of another host on the card.

    ``nite.com`` beside ``granite.com`` is what OCR kept of a broken line, not
    a second site; a real subdomain (``shop.granite.com``) ends at a dot.
    """
    hosts = {host_of(f.value) for f in websites + emails}

    def is_tail(host: str) -> bool:
        return any(
            other != host and other.endswith(host) and other[-len(host) - 1] != "."
            for other in hosts
        )

    return [site for site in websites if not is_tail(host_of(site.value))]


def _without_label(email: Found, text: MappedText, texts: list[MappedText]) -> Found:
    """``e. emily@…`` read as ``e.emily@…``: drop the ``e.`` when it was an e-mail label,
    and ``e-mail.`` always.

    Cleanup closes ``anna . mueller`` into one address, and so also glues the
    label of ``e. emily@…`` to it. The ``e.`` is a label when OCR saw it as a
    word of its own and the card does not print a name it could be the initial
    of: ``e.wong@`` stays on a card that says ``Emily Wong``.
    """
    start = email.start
    if word := _GLUED_LABEL.match(email.value):
        return Found(email.value[word.end() :], start + word.end(), email.end, email.evidence)
    if not email.value.startswith("e.") or text.owners[start] == text.owners[start + 2]:
        return email
    rest = email.value[2:]
    if _is_initial_of_name(rest, texts):
        return email
    return Found(rest, start + 2, email.end, email.evidence)


def _with_lost_separator(
    email: Found, text: MappedText, texts: list[MappedText], words: Sequence[Word]
) -> Found:
    """``eleanor pemberton@…`` -> ``eleanor_pemberton@…``: OCR drops underscores and dots.

    The lower-case word before the address belongs to it when it all but
    touches it (the space between two words is wider than a sixth of the
    letter height): an underscore was lost. At a wider gap it belongs to it only
    when the two spell a whole name printed on the card (``harry jones@`` on
    Harry Jones's card): a lost dot, the commoner separator, is put back.
    """
    before = _LOWER_WORD_BEFORE.search(text.text, 0, email.start)
    if before is None:
        return email
    left, right = text.owners[before.start(1)], text.owners[email.start]
    if NO_WORD in (left, right) or left == right:
        return email
    gap = words[right].box.left - words[left].box.right
    word = before[1].lower()
    if gap <= _TOUCHING * min(words[left].box.height, words[right].box.height):
        separator = "_"
    elif fold(word + email.value.split("@", 1)[0]) in name_spellings(texts, whole_names=True):
        separator = "."
    else:
        return email
    return Found(f"{word}{separator}{email.value}", before.start(1), email.end, email.evidence)


def _with_name_initial(email: Found, texts: list[MappedText]) -> Found:
    """``isingh@`` -> ``lsingh@`` on a card for Liam Singh: a misread first stroke.

    OCR reads the ``l`` of ``lsingh`` as ``i``, ``I`` or ``1`` (and the reverse).
    The first letter is swapped only when the card prints a name that spells
    the new local part (initial and family name, given and family name, …)
    and none that spells the local part as read.
    """
    local, domain = email.value.split("@", 1)
    if not local or local[0] not in _STROKES or _spelled_by_name(local, texts):
        return email
    for stroke in "li":
        candidate = stroke + local[1:]
        if stroke != local[0] and _spelled_by_name(candidate, texts):
            return Found(f"{candidate}@{domain}", email.start, email.end, email.evidence)
    return email


def _with_dot_for_apostrophe(email: Found, texts: list[MappedText]) -> Found:
    """``wayne'wheatley59@`` -> ``wayne.wheatley59@`` on Wayne Wheatley's card: OCR reads a
    dot high on the line as an apostrophe.

    Only where the letters on both sides end and begin two words printed side by
    side on one line: an ``o'brien@`` is printed ``O'Brien``, one word.
    """
    local, domain = email.value.split("@", 1)
    for match in _APOSTROPHE.finditer(local):
        before = re.split(r"[._-]", local[: match.start()])[-1]
        after = re.match(r"[a-z]+", local[match.end() :])
        if after and _printed_side_by_side(before, after[0], texts):
            fixed = local[: match.start()] + "." + local[match.end() :]
            return Found(f"{fixed}@{domain}", email.start, email.end, email.evidence)
    return email


def _with_dot_after_initial(email: Found, texts: list[MappedText]) -> Found:
    """``j-hendriks@`` -> ``j.hendriks@`` on Jeroen Hendriks's card: OCR reads a dot as a
    hyphen. An initial is joined to the family name by a dot; only where a name printed on
    the card spells the initial and the rest."""
    local, domain = email.value.split("@", 1)
    if not _HYPHENED_INITIAL.match(local) or not _spelled_by_name(local[0] + local[2:], texts):
        return email
    return Found(f"{local[0]}.{local[2:]}@{domain}", email.start, email.end, email.evidence)


def _printed_side_by_side(first: str, second: str, texts: list[MappedText]) -> bool:
    for text in texts:
        folded = [fold(word) for word in text.text.split()]
        if any(a == first and b == second for a, b in pairwise(folded)):
            return True
    return False


def _spelled_by_name(local: str, texts: list[MappedText]) -> bool:
    """Whether a name printed on the card spells ``local`` (see ``name_spellings``)."""
    return fold(local) in name_spellings(texts)


def _is_initial_of_name(address: str, texts: list[MappedText]) -> bool:
    """Whether a line prints a word starting with ``e`` before the local part's first word."""
    first = re.split(r"[._-]", address.split("@", 1)[0], maxsplit=1)[0]
    for text in texts:
        folded = [fold(word) for word in text.text.split()]
        if first in folded and any(w.startswith("e") for w in folded[: folded.index(first)]):
            return True
    return False


def add_phones(
    contacts: Contacts,
    texts: list[MappedText],
    words: Sequence[Word],
    region: PhoneRegion,
    address_lines: set[int],
) -> None:
    """Phones of every line, skipping digits inside e-mails and URLs.

    A number printed without ``+CC`` whose region the card does not support is
    kept as printed, and unsure: a wrong country is worse than none. Among those,
    one without a label and without the trunk 0 the card's other numbers print
    (``0565-21-1970``) is no phone: it is a postcode (``〒470-1217`` read as
    ``7470-1217``) or an ID. A number of zeros alone (``000-0000-0000``) is a sample card's
    blank to fill in, no phone; it still shows the card's way of printing numbers, so the
    region reads it like the others. Numbers too short for today's plan are kept only when
    the card prints two of one length (``agreeing_shorter``).
    """
    lines = [repair_digits(text) for text in texts]
    codes = {phonenumbers.country_code_for_region(region.region)} if region.supported else set()
    codes |= {
        phonenumbers.parse(phone.e164).country_code or 0
        for line, repaired in enumerate(lines)
        for phone in find_phones(repaired.text, region.region, line in address_lines)
        if phone.printed.startswith("+")
    }
    found = [
        (line, repaired, phone)
        for line, repaired in enumerate(with_card_code(text, codes) for text in lines)
        for phone in find_phones(repaired.text, region.region, line in address_lines)
    ]
    agreeing = agreeing_shorter([phone for _, _, phone in found])
    found = [(line, text, phone) for line, text, phone in found if phone in agreeing]
    if region.supported:
        phones = [phone for _, _, phone in found]
        found = [(line, text, with_area_code(phone, phones)) for line, text, phone in found]
    taken = {line: list(spans) for line, spans in contacts.spans.items()}
    trunk_zero = any(_TRUNK_ZERO.match(phone.printed) for _, _, phone in found)
    printed_twice = False
    for line, repaired, phone in found:
        if _overlaps(phone.start, phone.end, taken.get(line, [])):
            continue
        # digit repair keeps lengths, so spans in ``repaired`` are spans in ``text``; a
        # postcode's span is taken too: its digits are no name or title either
        contacts.spans.setdefault(line, []).append((phone.start, phone.end))
        if not _PLACEHOLDER.sub("", phone.printed):
            continue
        international = phone.printed.startswith("+")
        known = region.supported or international
        if not known and trunk_zero and not phone.labelled and not _TRUNK_ZERO.match(phone.printed):
            continue
        value = phone.e164 if known else phone.printed
        if any(p.value == value and p.kind == phone.kind for p in contacts.phones):
            printed_twice = True
            continue
        indexes = repaired.indexes(phone.start, phone.end)
        sureness = confidence(phone.evidence, words, indexes)
        if not known:
            sureness = min(sureness, UNKNOWN_COUNTRY_CONFIDENCE)
        elif region.guessed and not international:
            sureness = min(sureness, GUESSED_CONFIDENCE)
        contacts.phones.append(
            PhoneField(value, sureness, indexes, kind=phone.kind, printed=phone.printed)
        )
    contacts.phones = _without_misread_copies(contacts.phones, words)
    if printed_twice:
        contacts.phones = _without_misread_twins(contacts.phones, words)


def _without_misread_copies(phones: list[PhoneField], words: Sequence[Word]) -> list[PhoneField]:
    """``01-2345-6789`` and ``011-2345-6789`` on one card: one number, a digit added to a
    copy OCR was unsure of (the mobile icon before it read into the number).

    Of two numbers whose digits are the same but for one more in one of them, the
    one with a word OCR read at under ``_UNSURE_WORD`` goes, when the other is surer.
    Both stay when both were read well: a card may print ``0565-21-1970`` and
    ``0565-21-197``.
    """

    def unsure(phone: PhoneField) -> bool:
        return any(words[i].confidence < _UNSURE_WORD for i in phone.word_indexes)

    return [
        phone
        for phone in phones
        if not unsure(phone)
        or not any(
            other.confidence > phone.confidence and _one_digit_more(phone, other)
            for other in phones
        )
    ]


def _without_misread_twins(phones: list[PhoneField], words: Sequence[Word]) -> list[PhoneField]:
    """``Tel: 867 873 1949`` beside ``Tel: 867 8734969`` on a card that prints its contacts
    twice (two columns, front and back): one number, one copy misread.

    Only on a card that prints a number twice over (its fax, here): two numbers of
    one kind, as long, a digit or two apart, are one; the copy whose least sure word
    OCR was surer of stays. Elsewhere two such numbers are a firm's lines
    (``042-612-8643``, ``042-612-8699``).
    """

    def least_sure(phone: PhoneField) -> float:
        return min((words[i].confidence for i in phone.word_indexes), default=0.0)

    def twins(a: PhoneField, b: PhoneField) -> bool:
        x, y = _digits(a), _digits(b)
        if a.kind != b.kind or len(x) != len(y):
            return False
        return 0 < sum(c != d for c, d in zip(x, y, strict=True)) <= 2

    return [
        phone
        for phone in phones
        if not any(
            twins(phone, other) and least_sure(other) > least_sure(phone) for other in phones
        )
    ]


def _digits(phone: PhoneField) -> str:
    return "".join(c for c in phone.value if c.isdigit())


def _one_digit_more(a: PhoneField, b: PhoneField) -> bool:
    """Whether dropping one digit of the longer of the two numbers leaves the other."""
    x, y = _digits(a), _digits(b)
    return abs(len(x) - len(y)) == 1 and one_edit(x, y)
