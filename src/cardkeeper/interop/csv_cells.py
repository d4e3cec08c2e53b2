"""What the cells of a contacts CSV hold, whatever its layout: text a spreadsheet will not run,
notes that carry the meeting, phones, days, and several values in one cell.

Google's and Outlook's layouts (:mod:`.csv_google`, :mod:`.csv_outlook`) and
the mapped reading of any other file (:mod:`.csv_fields`) write and read
their cells with these, so a contact comes back from either the same way.
"""

from __future__ import annotations

import re
from datetime import date

import phonenumbers

from cardkeeper.domain import Contact, Phone, PhoneKind
from cardkeeper.wording import one_line, translate

_FORMULA_STARTS = (
    *("=", "+", "-", "@", "\t", "\r", "\0"),
    *("|", '"', "'"),
    *("\uff1d", "\uff0b", "\uff0d", "\uff20", "\uff5c"),
    *("\ufe66", "\ufe62", "\ufe63", "\ufe6b"),
)
"""First characters after which a spreadsheet may run a cell as a formula: OWASP's list
(CSV Injection: ``= + - @``, tab, CR; the ASVS adds NUL); the pipe of DDE (``|cmd``); a
double quote, which a reader that drops it leaves a formula behind; the full-width and small
forms of the signs (``＝`` U+FF1D ...), which East Asian input methods type and spreadsheets
there take for them. A leading ``'`` is in the list too, so that text starting with one
keeps it: reading takes exactly one off again."""
_MET_AT = "Met at: "
_MET_ON = "Met on: "
_INTERESTED_IN = "Interested in: "
_NAME_FIELDS = ("prefix", "given_name", "middle_name", "family_name", "suffix")
_E164 = re.compile(r"\+[1-9]\d{6,14}")
_TAG_SEPARATORS = re.compile(r"\s*(?::::|;|,)\s*")


class RowValueError(Exception):
    """A value that cannot be read; its message completes "Row N: ..." as one sentence."""


def neutralised(text: str) -> str:
    """``text`` as a cell no spreadsheet runs as a formula: a leading ``'`` where it could."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def phone_cell(number: str) -> str:
    """A phone as a cell no spreadsheet runs: an E.164 number after a space, others neutralised.

    An E.164 number starts with ``+``, which starts a formula, but the ``'`` that
    neutralises free text would be kept by an address book importing the file.
    After a space no spreadsheet starts a formula, one that trims the space finds
    only digits after the sign (a number, never a call), and Google, Outlook and
    :func:`read_phone` read a number with spaces in it.
    """
    return " " + number if _E164.fullmatch(number) else neutralised(number)


def plain_cell(cell: str) -> str:
    """The cell without surrounding space and without the ``'`` that neutralised a formula."""
    text = cell.strip(" ")
    if text.startswith("'") and text[1:].startswith(_FORMULA_STARTS):
        return text[1:]
    return text


def notes_with_meeting(contact: Contact, event_name: str = "") -> str:
    """The notes led by where the user met the person and what they were interested in."""
    lines = []
    if event_name:
        lines.append(_MET_AT + one_line(event_name))
    if contact.met_on:
        lines.append(_MET_ON + contact.met_on.isoformat())
    if contact.interested_in:
        lines.append(_INTERESTED_IN + one_line(contact.interested_in))
    if not lines and contact.notes.startswith((_MET_AT, _MET_ON, _INTERESTED_IN, "\n")):
        return "\n" + contact.notes  # so it is not taken for the lines above when read back
    if contact.notes:
        if lines:
            lines.append("")
        lines.append(contact.notes)
    return "\n".join(lines)


def read_notes(contact: Contact, notes: str) -> str:
    """Fill the contact's notes, meeting day and interest from a notes cell; the event's name."""
    if notes.startswith("\n"):  # notes that only look like those lines: see notes_with_meeting
        contact.notes = notes[1:]
        return ""
    lines = notes.split("\n")
    event_name = ""
    taken = 0
    for line in lines:
        if line.startswith(_MET_AT):
            event_name = line[len(_MET_AT) :].strip()
        elif line.startswith(_MET_ON) and _iso_day(line[len(_MET_ON) :]):
            contact.met_on = _iso_day(line[len(_MET_ON) :])
        elif line.startswith(_INTERESTED_IN):
            contact.interested_in = line[len(_INTERESTED_IN) :].strip()
        else:
            break
        taken += 1
    if taken and taken < len(lines) and not lines[taken].strip():
        taken += 1
    contact.notes = "\n".join(lines[taken:])
    return event_name


def _iso_day(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


def name_from_parts(contact: Contact) -> str:
    """The full name for a row that has none: the name parts in their order."""
    return " ".join(part for part in (getattr(contact, f) for f in _NAME_FIELDS) if part)


def split_values(cell: str) -> list[str]:
    """Google puts several values of one label into one cell, separated by ``:::``."""
    return [value.strip() for value in cell.split(":::") if value.strip()]


def split_tags(cell: str) -> list[str]:
    """Tags listed in one cell, whichever of ``;``, ``,`` or ``:::`` separates them."""
    return [tag for tag in _TAG_SEPARATORS.split(cell.strip()) if tag]


def read_phone(text: str, kind: PhoneKind, region: str | None) -> Phone:
    """The number in E.164 when it can be read as one, else as written."""
    written = text.strip()
    if _E164.fullmatch(written):  # as CardKeeper writes them: no need to parse (a tenth the time)
        return Phone(kind, written)
    try:
        number = phonenumbers.parse(written, region)
    except phonenumbers.NumberParseException:
        return Phone(kind, written, written)
    if not phonenumbers.is_possible_number(number) or number.extension:
        return Phone(kind, written, written)
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return Phone(kind, e164, "" if written == e164 else written)


_DAY_FORMATS = (
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"),
    re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})"),
)


def read_day(text: str) -> date:
    """A day written YYYY-MM-DD or DD.MM.YYYY (unambiguous ones only)."""
    for pattern in _DAY_FORMATS:
        found = pattern.fullmatch(text.strip())
        if found:
            try:
                return date(int(found["y"]), int(found["m"]), int(found["d"]))
            except ValueError:
                break
    raise RowValueError(
        translate("csv_cells", "“{text}” is not a day, so write it as YYYY-MM-DD.").format(
            text=text
        )
    )
