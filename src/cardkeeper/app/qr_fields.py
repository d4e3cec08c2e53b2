"""A QR code on the card, merged into what OCR read: the code wins for what it holds.

The code's text was typed by the card's owner rather than read off print, so each field it
carries replaces OCR's, with confidence 1.0 and no OCR word behind it; the fields it lacks
stay as OCR read them. Emails, phones and websites are the code's first, then OCR's that the
code lacks (a second mobile printed on the card but left out of the code is kept), each once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat

from cardkeeper.domain import PhoneKind
from cardkeeper.interop.qr_payload import QrContact, parse_qr_payload, payload_kind
from cardkeeper.reading.fields import CardFields, Field, PersonName, PhoneField
from cardkeeper.reading.parse.names import parse_name
from cardkeeper.wording import translate

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

QR_CONFIDENCE = 1.0
"""The code holds what its owner typed: nothing is left to doubt in the review pane."""

_F = TypeVar("_F", bound=Field)


def merge_qr(fields: CardFields, qr: QrContact, default_region: str) -> CardFields:
    """``fields`` with what ``qr`` holds put in their place; ``fields`` is not changed.

    Phones become E.164, a number without a country code taken to be in ``default_region``;
    a number phonenumbers cannot make sense of is left out.
    """
    websites = [_field(url) for url in qr.websites]
    qr_sites = {_site_key(site) for site in websites}
    return replace(
        fields,
        name=_name(qr) or fields.name,
        title=_optional_field(qr.title) or fields.title,
        company=_optional_field(qr.company) or fields.company,
        emails=_union([_field(email) for email in qr.emails], fields.emails, _email_key),
        phones=_union(_phones(qr, default_region), fields.phones, _phone_key),
        websites=_union(websites, fields.websites, _site_key),
        address=_optional_field(qr.address) or fields.address,
        socials=[social for social in fields.socials if _site_key(social) not in qr_sites],
    )


def read_qr_fields(
    image: npt.NDArray[np.uint8], fields: CardFields, default_region: str
) -> tuple[CardFields, list[str]]:
    """The card's fields merged with the contact in a QR code on it, and what to tell the user.

    Of several codes holding a contact, the one with the most details is used. With no code
    the fields come back as they were and there is nothing to say.
    """
    from cardkeeper.reading.qr import decode_qr  # OpenCV: imported when a card is read

    texts = decode_qr(image)
    if not texts:
        return fields, []
    contacts = [contact for contact in map(parse_qr_payload, texts) if contact is not None]
    if not contacts:
        kind = payload_kind(texts[0])
        holds_none = translate("qr_fields", "A QR code was found but holds no contact ({kind}).")
        return fields, [holds_none.format(kind=translate("qr_payload", kind))]
    qr = max(contacts, key=_detail_count)
    notes = [_what_it_gave(qr, default_region)]
    no_phone = translate(
        "qr_fields", "'{printed}' in the QR code is not a phone number, so it was left out."
    )
    notes += [no_phone.format(printed=printed) for printed in _unusable_phones(qr, default_region)]
    return merge_qr(fields, qr, default_region), notes


def _unusable_phones(qr: QrContact, default_region: str) -> list[str]:
    """The numbers in ``qr`` (as it writes them) that :func:`merge_qr` leaves out."""
    return [printed for kind, printed in qr.phones if _phone(kind, printed, default_region) is None]


def _name(qr: QrContact) -> PersonName | None:
    """The code's name: its own parts (vCard N) when it gives them, else the full name split
    as OCR splits a printed one (MECARD without a comma, a vCard with FN alone)."""
    if qr.given_name or qr.family_name:
        return PersonName(
            full=_field(qr.full_name),
            prefix=qr.prefix,
            given=qr.given_name,
            middle=qr.middle_name,
            family=qr.family_name,
            suffix=qr.suffix,
        )
    if not qr.full_name:
        return None
    parts = parse_name(qr.full_name)
    return PersonName(
        full=_field(parts.full),
        prefix=parts.prefix,
        given=parts.given,
        middle=parts.middle,
        family=parts.family,
        suffix=parts.suffix,
    )


def _field(value: str) -> Field:
    return Field(value, QR_CONFIDENCE)


def _optional_field(value: str) -> Field | None:
    return _field(value) if value else None


def _phones(qr: QrContact, default_region: str) -> list[PhoneField]:
    converted = (_phone(kind, printed, default_region) for kind, printed in qr.phones)
    return [phone for phone in converted if phone is not None]


def _phone(kind: PhoneKind, printed: str, default_region: str) -> PhoneField | None:
    """The number in E.164 (an extension dropped: E.164 has none); None when not a number."""
    try:
        number = phonenumbers.parse(printed, default_region)
    except NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    return PhoneField(e164, QR_CONFIDENCE, kind=kind, printed=printed)


def _union(first: list[_F], second: Sequence[_F], key: Callable[[Field], str]) -> list[_F]:
    """``first``, then the items of ``second`` whose key is new; each key once."""
    union: list[_F] = []
    seen: set[str] = set()
    for item in (*first, *second):
        if key(item) not in seen:
            seen.add(key(item))
            union.append(item)
    return union


def _email_key(email: Field) -> str:
    return email.value.casefold()


def _phone_key(phone: Field) -> str:
    return phone.value


def _site_key(site: Field) -> str:
    """``https://www.Example.com/`` and ``example.com`` are one site."""
    key = site.value.casefold().removeprefix("https://").removeprefix("http://")
    return key.removeprefix("www.").rstrip("/")


def _detail_count(qr: QrContact) -> int:
    singles = (qr.full_name, qr.title, qr.company, qr.address)
    return sum(bool(value) for value in singles) + len(qr.emails + qr.websites) + len(qr.phones)


def _what_it_gave(qr: QrContact, default_region: str) -> str:
    """One sentence on what the code gave, such as "the name, 2 phones and the email"."""
    phones, emails, websites = len(_phones(qr, default_region)), len(qr.emails), len(qr.websites)
    given = [
        phrase
        for phrase, count in (
            (translate("qr_fields", "the name"), bool(qr.full_name)),
            (translate("qr_fields", "the title"), bool(qr.title)),
            (translate("qr_fields", "the company"), bool(qr.company)),
            (_counted_detail("phone", phones), phones),
            (_counted_detail("email", emails), emails),
            (_counted_detail("website", websites), websites),
            (translate("qr_fields", "the address"), bool(qr.address)),
        )
        if count
    ]
    if not given:
        return translate(
            "qr_fields", "A QR code on the card holds a contact, but with no details to add."
        )
    listed = (
        given[0]
        if len(given) == 1
        else translate("qr_fields", "{some} and {last}").format(
            some=", ".join(given[:-1]), last=given[-1]
        )
    )
    return translate("qr_fields", "A QR code on the card gave {listed}.").format(listed=listed)


def _counted_detail(noun: str, count: int) -> str:
    """ "the phone", or "2 phones": a detail the code gave, for the list of them."""
    if noun == "phone":
        if count == 1:
            return translate("qr_fields", "the phone")
        return translate("qr_fields", "%n phones", None, count)
    if noun == "email":
        if count == 1:
            return translate("qr_fields", "the email")
        return translate("qr_fields", "%n emails", None, count)
    if count == 1:
        return translate("qr_fields", "the website")
    return translate("qr_fields", "%n websites", None, count)
