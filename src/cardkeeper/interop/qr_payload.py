"""What the QR code on a business card holds, as contact details.

Cards carry a vCard (2.1, 3.0 or 4.0, read with vobject), a MECARD (the compact format
``MECARD:N:Doe,John;TEL:+15551234567;EMAIL:john@example.com;;``) or a single link: a web
address, ``mailto:`` or ``tel:``. Anything else (Wi-Fi settings, plain text, an event) holds
no contact; :func:`payload_kind` names it for the user.

A phone's kind comes only from what the code says: a number without a type (MECARD's ``TEL``
and ``TEL-AV``, a vCard ``TEL`` typed only ``VOICE`` or ``HOME``, or not at all) is
``other``, never a guess (DESIGN.md: a field is never a guess dressed as a fact).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import unquote

from cardkeeper.domain import PhoneKind
from cardkeeper.wording import QT_TRANSLATE_NOOP

_T = TypeVar("_T")
_BACKSLASH_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_ADDRESS_PARTS = ("box", "extended", "street", "city", "region", "code", "country")
"""vCard ADR components in their order, as vobject names them."""
_WEB_STARTS = ("http://", "https://", "www.")
_OTHER_KINDS = (
    (("WIFI:",), QT_TRANSLATE_NOOP("qr_payload", "Wi-Fi settings")),
    (("BEGIN:VCALENDAR", "BEGIN:VEVENT"), QT_TRANSLATE_NOOP("qr_payload", "a calendar event")),
    (("GEO:",), QT_TRANSLATE_NOOP("qr_payload", "a place on a map")),
    (("SMSTO:", "SMS:", "MMSTO:"), QT_TRANSLATE_NOOP("qr_payload", "a text message")),
    (
        ("BEGIN:VCARD", "MECARD:"),
        QT_TRANSLATE_NOOP("qr_payload", "a contact card that could not be read"),
    ),
)
"""Said with ``translate("qr_payload", kind)``."""


@dataclass(frozen=True)
class QrContact:
    """The contact details in one QR code, as the code holds them ("" or [] when absent)."""

    full_name: str = ""
    """Set whenever the code names anyone: from the parts when it gives only those."""
    given_name: str = ""
    middle_name: str = ""
    family_name: str = ""
    prefix: str = ""
    suffix: str = ""
    title: str = ""
    company: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[tuple[PhoneKind, str]] = field(default_factory=list)
    """(kind, number as the code writes it), e.g. ``(PhoneKind.MOBILE, "0151 1234 5678")``."""
    websites: list[str] = field(default_factory=list)
    address: str = ""
    """One line: the address parts (and the lines within them) joined with ", "."""
    note: str = ""


def parse_qr_payload(text: str) -> QrContact | None:
    """The contact in a QR code's text; ``None`` when it holds none or an unreadable one."""
    payload = text.strip()
    upper = payload.upper()
    if upper.startswith("BEGIN:VCARD"):
        return _vcard(payload)
    if upper.startswith("MECARD:"):
        return _mecard(payload[len("MECARD:") :])
    return _link(payload)


def payload_kind(text: str) -> str:
    """What a code holds that :func:`parse_qr_payload` found no contact in, for a sentence."""
    upper = text.strip().upper()
    for starts, kind in _OTHER_KINDS:
        if upper.startswith(starts):
            return kind
    return QT_TRANSLATE_NOOP("qr_payload", "text")


def _vcard(payload: str) -> QrContact | None:
    """A vCard read by vobject, which unfolds lines, undoes text escapes and quoted-printable,
    and gives N and ADR as objects whose parts are strings or (vCard 4.0) lists of them."""
    import vobject  # type: ignore[import-untyped]  # imported where used (DESIGN.md)

    try:
        card = vobject.readOne(payload, allowQP=True)
    except (vobject.base.VObjectError, LookupError, ValueError):
        # ParseError for broken lines; LookupError, UnicodeDecodeError and binascii.Error
        # (both ValueErrors) for a quoted-printable or base64 value vobject cannot decode.
        return None
    lines: dict[str, list[Any]] = card.contents
    name = _first_value(lines, "n")
    parts = {
        attribute: _joined(getattr(name, attribute, ""))
        for attribute in ("prefix", "given", "additional", "family", "suffix")
    }
    organisation = _first_value(lines, "org")
    return QrContact(
        full_name=_joined(_first_value(lines, "fn")) or _joined(list(parts.values())),
        given_name=parts["given"],
        middle_name=parts["additional"],
        family_name=parts["family"],
        prefix=parts["prefix"],
        suffix=parts["suffix"],
        title=_joined(_first_value(lines, "title")),
        company=_joined(organisation[0] if isinstance(organisation, list) else organisation),
        emails=_unique(_uri(line.value) for line in lines.get("email", [])),
        phones=_unique(phone for phone in map(_phone, lines.get("tel", [])) if phone[1]),
        websites=_unique(_uri(line.value) for line in lines.get("url", [])),
        address=_address(lines.get("adr", [])),
        note=_joined(_first_value(lines, "note")),
    )


def _first_value(lines: dict[str, list[Any]], name: str) -> Any:
    """The value of the first ``name`` line (of any group, so ``item1.URL`` too); "" if none."""
    found = lines.get(name)
    return found[0].value if found else ""


def _joined(value: Any) -> str:
    """A text value, or a list of them (vCard 4.0 ``N:Doe;John;;;Jr.,PhD``), as one string."""
    if isinstance(value, list | tuple):
        return " ".join(part for part in (_joined(item) for item in value) if part)
    return str(value).strip()


def _uri(value: Any) -> str:
    """An EMAIL or URL value: vobject leaves them escaped, and Apple escapes ``:`` in URLs."""
    return _BACKSLASH_ESCAPE.sub(r"\1", str(value)).strip()


def _phone(line: Any) -> tuple[PhoneKind, str]:
    number = _uri(line.value)
    if number.lower().startswith("tel:"):  # vCard 4.0: TEL;VALUE=uri:tel:+1-555-555-5555
        number = number[len("tel:") :]
    return _phone_kind(_types(line)), number


def _types(line: Any) -> set[str]:
    """A line's TYPE values, upper case: ``TYPE=WORK,VOICE``, ``TYPE="cell,voice"``, or
    vCard 2.1's bare ``TEL;WORK;VOICE``."""
    declared = [*line.params.get("TYPE", []), *line.singletonparams]
    return {kind.strip(' "').upper() for value in declared for kind in value.split(",")}


def _phone_kind(types: set[str]) -> PhoneKind:
    if "FAX" in types:
        return PhoneKind.FAX
    if types & {"CELL", "MOBILE", "IPHONE"}:
        return PhoneKind.MOBILE
    if "WORK" in types:
        return PhoneKind.WORK
    return PhoneKind.OTHER


def _address(lines: list[Any]) -> str:
    """The work address, else the first, as one line."""
    if not lines:
        return ""
    chosen = next((line for line in lines if "WORK" in _types(line)), lines[0])
    parts = [_joined(getattr(chosen.value, part, "")) for part in _ADDRESS_PARTS]
    return _one_line(parts)


def _mecard(body: str) -> QrContact:
    """A MECARD's fields (``KEY:value`` cut at unescaped ``;``), the first of each kept for
    single fields. ``N`` is ``family,given``; ``ADR`` parts are separated by commas."""
    fields: dict[str, list[str]] = {}
    for item in _split_unescaped(body, ";"):
        key, colon, value = item.partition(":")
        if colon:
            fields.setdefault(key.strip().upper(), []).append(value)

    def first(key: str) -> str:
        return _unescape(fields.get(key, [""])[0]).strip()

    def every(*keys: str) -> list[str]:
        return _unique(_unescape(value).strip() for key in keys for value in fields.get(key, []))

    family, given = _mecard_name(fields.get("N", [""])[0])
    return QrContact(
        full_name=" ".join(part for part in (given, family) if part),
        given_name=given,
        family_name=family if given else "",
        title=first("TITLE"),
        company=first("ORG"),
        emails=every("EMAIL"),
        phones=[(PhoneKind.OTHER, number) for number in every("TEL", "TEL-AV")],
        websites=every("URL"),
        address=_one_line(map(_unescape, _split_unescaped(fields.get("ADR", [""])[0], ","))),
        note=first("NOTE"),
    )


def _mecard_name(raw: str) -> tuple[str, str]:
    """(family, given) of a MECARD ``N``; without a comma, the whole name and no given name."""
    parts = [_unescape(part).strip() for part in _split_unescaped(raw, ",")]
    return parts[0], " ".join(part for part in parts[1:] if part)


def _split_unescaped(text: str, separator: str) -> list[str]:
    """``text`` cut at every ``separator`` not escaped by a backslash; escapes are kept."""
    pieces: list[str] = []
    start = index = 0
    while index < len(text):
        if text[index] == "\\":
            index += 2
            continue
        if text[index] == separator:
            pieces.append(text[start:index])
            start = index + 1
        index += 1
    pieces.append(text[start:])
    return pieces


def _unescape(text: str) -> str:
    return _BACKSLASH_ESCAPE.sub(r"\1", text)


def _link(payload: str) -> QrContact | None:
    """A code holding one web address, ``mailto:`` or ``tel:`` link; None for anything else."""
    if not payload or any(character.isspace() for character in payload):
        return None
    lower = payload.lower()
    if lower.startswith(_WEB_STARTS):
        return QrContact(websites=[payload])
    if lower.startswith("mailto:"):
        recipients = unquote(payload[len("mailto:") :].partition("?")[0]).split(",")
        emails = _unique(email.strip() for email in recipients if "@" in email)
        return QrContact(emails=emails) if emails else None
    if lower.startswith("tel:"):
        number = unquote(payload[len("tel:") :])
        has_digits = any(character.isdigit() for character in number)
        return QrContact(phones=[(PhoneKind.OTHER, number)]) if has_digits else None
    return None


def _one_line(parts: Iterable[str]) -> str:
    """Address parts, each possibly several lines, as one line joined with ", "."""
    lines = (line.strip(" ,") for part in parts for line in part.splitlines())
    return ", ".join(line for line in lines if line)


def _unique(items: Iterable[_T]) -> list[_T]:
    """``items`` in order, without repeats or empty values."""
    seen: list[_T] = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    return seen
