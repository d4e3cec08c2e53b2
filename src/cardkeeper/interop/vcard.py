"""Contacts as vCard files (RFC 2426 vCard 3.0, RFC 6350 vCard 4.0): read through vobject's
lexer (:mod:`cardkeeper.interop.vcard_lines`), and written here (see :func:`contacts_to_vcf`).

What other address books put in a .vcf and what we keep of it:

- FN, N, ORG, TITLE, EMAIL, URL (any number, Apple's ``itemN.URL`` groups too),
  ADR in parts, with the address as printed in LABEL (vCard 3's property, vCard 4's
  parameter; without one the text is built from the parts, see
  :mod:`cardkeeper.interop.address_text`), CATEGORIES (tags), UID and REV.
- TEL with its types mapped to our kinds; a label beyond the kind (Apple's and
  Google's ``itemN.X-ABLabel``, or a type such as HOME) becomes
  :attr:`Phone.label`, and is written back the same way, so it survives a round
  trip. The number is stored as E.164 when it can be read as one; what the
  file said is kept in :attr:`Phone.printed` when it differs.
- NOTE carries where the user met the person, what they were interested in and
  the notes, in a form people read in any address book (``Met: Fair, 2024-05-17``,
  ``Interested in: ...``, a blank line, the notes), and is read back into those
  fields.
- PHOTO is written when the caller gives a (scaled-down) card image; a photo in
  a file read is ignored: the card images of a contact are what it was scanned from.

What the card said word for word (:attr:`Phone.printed`) and the review flag
stay in the library: they are about the scan, not the person.

Each entry of a file read is parsed on its own, so one broken entry gets its own
sentence and the rest are read; a file is cut into its entries by
:mod:`cardkeeper.interop.vcard_entries`, which also keeps an entry's size in bounds.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Literal

import phonenumbers

from cardkeeper.domain import AddressParts, Contact, Phone, PhoneKind
from cardkeeper.interop import vcard_entries
from cardkeeper.interop.address_text import (
    address_read,
    address_to_write,
    country_name,
    country_part,
)
from cardkeeper.interop.read_entry import ReadEntry
from cardkeeper.interop.vcard_entries import EntryText, vcf_entries
from cardkeeper.interop.vcard_lines import ContentLine, content_lines
from cardkeeper.wording import translate

VCardVersion = Literal["3.0", "4.0"]

_MET = "Met: "
_INTERESTED = "Interested in: "
_APPLE_LABEL = re.compile(r"_\$!<(.*)>!\$_")
_TYPE_LABELS = ("home", "main", "pager")
"""vCard phone types that are no kind of ours but a label, written back as types."""
_SYSTEM_GROUPS = {"mycontacts", "starred"}
"""Google's own groups, which it writes into CATEGORIES of every export; not the user's tags."""
_KIND_TYPES: dict[PhoneKind, tuple[str, ...]] = {
    PhoneKind.WORK: ("work", "voice"),
    PhoneKind.MOBILE: ("cell", "voice"),
    PhoneKind.FAX: ("work", "fax"),
    PhoneKind.OTHER: ("voice",),
}


@dataclass(frozen=True)
class VCardContact:
    """A contact as it goes into a .vcf: with its event's name and, if wanted, a photo."""

    contact: Contact
    event_name: str = ""
    photo_jpeg: bytes = b""
    """A scaled-down card image as JPEG, or b"" for none."""


def contacts_to_vcf(cards: Sequence[VCardContact], version: VCardVersion = "4.0") -> bytes:
    """The contacts as one .vcf file: UTF-8, CRLF line ends, lines folded at 75 octets.

    Written here rather than through vobject, which takes ten times as long
    (10,000 contacts: over ten seconds) and sorts the lines by name, parting
    Apple's label from its number. The tests read the result with vobject and
    with two independent readers.
    """
    out: list[str] = []
    for card in cards:
        out.append("BEGIN:VCARD\r\n")
        out.extend(_folded(line) for line in _lines(card, version))
        out.append("END:VCARD\r\n")
    return "".join(out).encode("utf-8")


def vcf_to_contacts(data: bytes, region: str | None = None) -> list[ReadEntry]:
    """Every entry of a .vcf file, in order; an empty list when there is none.

    ``region`` (e.g. "DE") reads numbers written without a country code;
    without it they are kept as written.
    """
    return [read_entry(entry, region) for entry in vcf_entries(data)]


def read_entries(entries: Sequence[EntryText], region: str | None = None) -> list[ReadEntry]:
    """:func:`read_entry` of each, in order (what a worker process is given to do)."""
    return [read_entry(entry, region) for entry in entries]


def read_entry(entry: EntryText, region: str | None = None) -> ReadEntry:
    """The entry as a contact, or the sentence saying why it is none."""
    position = entry.position
    if entry.too_long:
        return ReadEntry(
            position,
            error=translate(
                "vcard",
                "Entry {position} is larger than {size} MB, "
                "more than any contact holds, so it was left out.",
            ).format(position=position, size=f"{vcard_entries.MAX_ENTRY_CHARS / 2**20:g}"),
        )
    if not entry.complete:
        return ReadEntry(
            position,
            error=translate("vcard", "Entry {position} is cut off before its END:VCARD.").format(
                position=position
            ),
        )
    try:
        contact, event_name = _from_lines(content_lines(entry.text), region)
    except ValueError as error:
        reason = str(error) or translate("vcard", "it is malformed")
        return ReadEntry(
            position,
            error=translate("vcard", "Entry {position} could not be read: {reason}.").format(
                position=position, reason=reason
            ),
        )
    return ReadEntry(position, contact, event_name)


# Writing ------------------------------------------------------------------------------------

_READINGS = (("X-PHONETIC-FIRST-NAME", "reading_given"), ("X-PHONETIC-LAST-NAME", "reading_family"))
"""How Apple Contacts, Android and Google write a name's reading (its phonetic name)."""


def _lines(card: VCardContact, version: VCardVersion) -> list[str]:
    """The card's content lines, unfolded, an ``itemN`` group's lines together."""
    contact = card.contact
    name = (
        contact.family_name,
        contact.given_name,
        contact.middle_name,
        contact.prefix,
        contact.suffix,
    )
    formatted = contact.display_name or contact.company or next(iter(contact.emails), "")
    lines = [
        f"VERSION:{version}",
        f"FN:{_escaped(formatted)}",
        "N:" + ";".join(_escaped(part) for part in name),
    ]
    for key, reading in _READINGS:
        if value := getattr(contact, reading):
            lines.append(f"{key}:{_escaped(value)}")
    if contact.uid:
        lines.append(f"UID:{_escaped(contact.uid)}")
    if contact.company:
        lines.append(f"ORG:{_escaped(contact.company)}")
    if contact.title:
        lines.append(f"TITLE:{_escaped(contact.title)}")
    email = "EMAIL;TYPE=INTERNET:" if version == "3.0" else "EMAIL:"
    lines.extend(email + _escaped(address) for address in contact.emails)
    items = 0
    for phone in contact.phones:
        types = list(_KIND_TYPES[phone.kind])
        group = ""
        if phone.label.lower() in _TYPE_LABELS:
            types = [phone.label.lower(), *types[-1:]]
        elif phone.label:
            items += 1
            group = f"item{items}."
        written = ",".join(t.upper() if version == "3.0" else t for t in types)
        lines.append(f"{group}TEL;TYPE={written}:{_escaped(phone.number)}")
        if group:
            lines.append(f"{group}X-ABLabel:{_escaped(phone.label)}")
    # Escaped as text (``\,``), as Google and vobject write and read URLs.
    lines.extend(f"URL:{_escaped(url)}" for url in contact.websites)
    if contact.address or not contact.address_parts.is_empty:
        lines.extend(_address_lines(contact, version))
    note = _note(contact, card.event_name)
    if note:
        lines.append(f"NOTE:{_escaped(note)}")
    if contact.tags:
        lines.append("CATEGORIES:" + ",".join(_escaped(tag) for tag in contact.tags))
    if contact.updated_at:
        lines.append(f"REV:{contact.updated_at.astimezone(UTC):%Y%m%dT%H%M%SZ}")
    if card.photo_jpeg:
        data = base64.b64encode(card.photo_jpeg).decode("ascii")
        if version == "3.0":
            lines.append(f"PHOTO;ENCODING=b;TYPE=JPEG:{data}")
        else:  # RFC 6350 has no ENCODING=b: a data: URI instead
            lines.append(f"PHOTO;VALUE=uri:data:image/jpeg;base64,{data}")
    return lines


def _address_lines(contact: Contact, version: VCardVersion) -> list[str]:
    """ADR in parts, and the text as printed in vCard 3's LABEL property or vCard 4's LABEL
    parameter (see :func:`~cardkeeper.interop.address_text.address_to_write`)."""
    text, parts = address_to_write(contact.address, contact.address_parts)
    components = (
        "",  # post office box: RFC 6350 asks for it empty; a box is on the extra line
        parts.extended,
        parts.street,
        parts.city,
        parts.region,
        parts.postcode,
        country_name(parts.country),
    )
    value = ";".join(_escaped(component) for component in components)
    if version == "3.0":
        return [f"ADR;TYPE=work:{value}", f"LABEL;TYPE=work:{_escaped(text)}"]
    return [f'ADR;TYPE=work;LABEL="{_parameter(text)}":{value}']


_PARAMETER_ESCAPES = str.maketrans({"^": "^^", "\n": "^n", '"': "^'"})
_PARAMETER_UNESCAPES = re.compile(r"\^([\^n'])|\\n", re.IGNORECASE)


def _parameter(text: str) -> str:
    """A parameter value as RFC 6868 writes it: a line end as ``^n``, a quote as ``^'``."""
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_PARAMETER_ESCAPES)


def _from_parameter(text: str) -> str:
    """A parameter value with RFC 6868's escapes undone, and ``\\n`` (as RFC 6350's own
    example of LABEL writes a line end) too."""
    return _PARAMETER_UNESCAPES.sub(
        lambda found: {"^": "^", "'": '"'}.get(found[1] or "", "\n"), text
    )


_ESCAPES = str.maketrans({"\\": "\\\\", ",": "\\,", ";": "\\;", "\n": "\\n"})


def _escaped(text: str) -> str:
    """A text value as RFC 6350 3.4 writes it: backslash, comma, semicolon and newline escaped."""
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_ESCAPES)


def _folded(line: str) -> str:
    """The line with CRLF, folded so that no physical line is longer than 75 octets.

    A fold never splits a UTF-8 sequence: it falls between characters.
    """
    if len(line) <= 75 and (line.isascii() or len(line.encode("utf-8")) <= 75):
        return line + "\r\n"
    if line.isascii():
        chunks = [line[:75], *(line[i : i + 74] for i in range(75, len(line), 74))]
        return "\r\n ".join(chunks) + "\r\n"
    parts: list[str] = []
    current: list[str] = []
    size, limit = 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append("".join(current))
            current, size, limit = [], 0, 74
        current.append(char)
        size += width
    parts.append("".join(current))
    return "\r\n ".join(parts) + "\r\n"


def _note(contact: Contact, event_name: str) -> str:
    """Where they met and what they care about first, then the notes, as a person reads them."""
    met = ", ".join(p for p in (event_name, contact.met_on and contact.met_on.isoformat()) if p)
    header = [f"{_MET}{met}"] if met else []
    if contact.interested_in:
        header.append(f"{_INTERESTED}{contact.interested_in}")
    if not header:
        if contact.notes.startswith((_MET, _INTERESTED, "\n")):
            # so it is not taken for our header; reading takes that first line end off again
            return "\n" + contact.notes
        return contact.notes
    return "\n".join(header) + (f"\n\n{contact.notes}" if contact.notes else "")


# Reading ------------------------------------------------------------------------------------

Lines = dict[str, list[ContentLine]]
"""A vCard's content lines by name (``TEL``), each name's in the file's order."""


def _from_lines(entry: list[ContentLine], region: str | None) -> tuple[Contact, str]:
    lines: Lines = {}
    for line in entry:
        lines.setdefault(line.name, []).append(line)
    labels = _group_labels(lines)
    family = given = middle = prefix = suffix = ""
    name = _first(lines, "N")
    if name is not None:
        parts = [" ".join(p for p in values if p) for values in name.components()]
        family, given, middle, prefix, suffix = (parts + [""] * 5)[:5]
    org = _first(lines, "ORG")
    company = ", ".join(p for p in org.parts() if p) if org is not None else ""
    emails = [text for line in lines.get("EMAIL", []) if (text := line.text().strip())]
    # N is kept part for part, as its sender meant it (the third part is additional names:
    # "N:Miranda;Altair;D'Auria;;" has D'Auria in the middle), so the parts go back out
    # as they came. Without FN (vCard 2.1) the whole name is spelled from every part, not
    # just the given and family names the display falls back on.
    formatted = _text(lines, "FN") or " ".join(
        p for p in (prefix, given, middle, family, suffix) if p
    )
    full_name = formatted
    if formatted in {" ".join(p for p in (given, family) if p), company, *emails[:1]}:
        full_name = ""  # what the name parts (or the company) already say, not a name of its own
    event_name, met_on, interested_in, notes = _parse_note(_text(lines, "NOTE"))
    address, address_parts = _addresses(lines)
    contact = Contact(
        prefix=prefix,
        given_name=given,
        middle_name=middle,
        family_name=family,
        suffix=suffix,
        full_name=full_name,
        reading_given=_text(lines, "X-PHONETIC-FIRST-NAME"),
        reading_family=_text(lines, "X-PHONETIC-LAST-NAME"),
        title=_text(lines, "TITLE"),
        company=company,
        address=address,
        address_parts=address_parts,
        emails=emails,
        phones=[
            _phone(line, labels.get(line.group), region)
            for line in lines.get("TEL", [])
            if line.text().strip()
        ],
        websites=[url for line in lines.get("URL", []) if (url := _url(line))],
        tags=_categories(lines),
        notes=notes,
        interested_in=interested_in,
        met_on=met_on,
        needs_review=False,
        uid=_text(lines, "UID"),
        updated_at=_rev(_text(lines, "REV")),
    )
    return contact, event_name


def _group_labels(lines: Lines) -> dict[str, str]:
    """Apple's ``itemN.X-ABLabel`` by group: ``_$!<Assistant>!$_`` and custom ones alike."""
    found = {}
    for line in lines.get("X-ABLABEL", []):
        text = line.text()
        match = _APPLE_LABEL.fullmatch(text)
        if line.group and text:
            found[line.group] = match[1] if match else text
    return found


def _phone(line: ContentLine, label: str | None, region: str | None) -> Phone:
    types = line.types()
    if "fax" in types:
        kind = PhoneKind.FAX
    elif types & {"cell", "mobile", "iphone"}:
        kind = PhoneKind.MOBILE
    elif "work" in types:
        kind = PhoneKind.WORK
    else:
        kind = PhoneKind.OTHER
    if label is None:
        label = next((t.capitalize() for t in _TYPE_LABELS if t in types), "")
    written = line.text().strip()
    if written.lower().startswith("tel:"):
        written = written[4:]
    number = _e164(written, region)
    return Phone(kind, number, "" if written == number else written, label)


def _e164(written: str, region: str | None) -> str:
    """The number as E.164 when it reads as one, else its digits (and a leading +)."""
    try:
        parsed = phonenumbers.parse(written, region)
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is not None and phonenumbers.is_possible_number(parsed) and not parsed.extension:
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return re.sub(r"(?!^\+)[^0-9]", "", written.strip())


def _addresses(lines: Lines) -> tuple[str, AddressParts]:
    """The text of each ADR, a blank line between, and the parts of the first for work (of
    the first when none says so).

    An ADR's text is its label (vCard 4's LABEL parameter, or vCard 3's LABEL of
    the same ``itemN`` group, else the LABEL in the same place among those without
    one), else its parts as the country writes them. An ADR that is not in parts
    (a whole address in one value) is split.
    """
    grouped_labels = {line.group: line.text() for line in lines.get("LABEL", []) if line.group}
    ungrouped_labels = iter([line.text() for line in lines.get("LABEL", []) if not line.group])
    found: list[tuple[str, AddressParts, bool]] = []
    for line in lines.get("ADR", []):
        if "LABEL" in line.params:
            label = _from_parameter(",".join(line.params["LABEL"]))
        elif line.group:
            label = grouped_labels.get(line.group, "")
        else:  # the next LABEL without a group: Outlook writes them in the order of its ADRs
            label = next(ungrouped_labels, "")
        text, parts = address_read(label, _address_parts(line))
        if text:
            found.append((text, parts, "work" in line.types()))
    if not found:
        return "", AddressParts()
    first = next((parts for _text, parts, work in found if work), found[0][1])
    return "\n\n".join(text for text, _parts, _work in found), first


def _address_parts(line: ContentLine) -> AddressParts:
    """The parts of an ADR (post office box, extended, street, locality, region, postcode,
    country); the box goes on the extra line, which has room for it. Empty when the ADR
    is not in parts."""
    components = [", ".join(p.strip() for p in values if p.strip()) for values in line.components()]
    if len(components) < 7:
        return AddressParts()
    box, extended, street, city, region, code, country = components[:7]
    return AddressParts(
        street=street,
        extended=", ".join(p for p in (box, extended) if p),
        postcode=code,
        city=city,
        region=region,
        country=country_part(country),
    )


def _categories(lines: Lines) -> list[str]:
    found: list[str] = []
    for line in lines.get("CATEGORIES", []):
        for tag in (t.strip() for t in line.parts(",")):
            if tag and tag not in found:
                found.append(tag)
    return [tag for tag in found if tag.casefold() not in _SYSTEM_GROUPS]


def _parse_note(note: str) -> tuple[str, date | None, str, str]:
    """Event name, day met, interests and notes, from a NOTE as :func:`_note` writes it."""
    if note.startswith("\n"):
        return "", None, "", note[1:]
    lines = note.split("\n")
    event_name, met_on, interested_in = "", None, ""
    taken = 0
    if lines and lines[0].startswith(_MET):
        met = lines[0][len(_MET) :]
        event_name, _, day = met.rpartition(", ")
        try:
            met_on = date.fromisoformat(day)
        except ValueError:
            try:
                met_on, event_name = date.fromisoformat(met), ""
            except ValueError:
                event_name = met
        taken = 1
    if len(lines) > taken and lines[taken].startswith(_INTERESTED):
        interested_in = lines[taken][len(_INTERESTED) :]
        taken += 1
    if taken and len(lines) > taken and lines[taken] == "":
        taken += 1
    elif taken and len(lines) > taken:
        return "", None, "", note  # not our header after all: keep the note as it is
    return event_name, met_on, interested_in, "\n".join(lines[taken:])


def _rev(text: str) -> datetime | None:
    for pattern in ("%Y%m%dT%H%M%SZ", "%Y-%m-%dT%H:%M:%SZ", "%Y%m%dT%H%M%S%z"):
        try:
            moment = datetime.strptime(text.strip(), pattern)
        except ValueError:
            continue
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return None


def _url(line: ContentLine) -> str:
    """A URL as written; Google escapes its colon (``https\\://``) as if it were text."""
    return line.text().replace("\\:", ":").strip()


def _first(lines: Lines, name: str) -> ContentLine | None:
    found = lines.get(name)
    return found[0] if found else None


def _text(lines: Lines, name: str) -> str:
    line = _first(lines, name)
    return "" if line is None else line.text()
