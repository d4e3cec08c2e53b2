"""Phone numbers the user types or picks off a card, as stored numbers and back as text.

A typed number is checked only for being *possible* (the right number of
digits for its country), not valid: like the reader (see
``reading.parse.phones``), we keep a number the user insists on even when
phonenumbers' tables do not know its range. Stored numbers are E.164; people
read them in their own country's national format and everyone else's in the
international one, which is how they would dial them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, ValidationResult

from cardkeeper.domain import Phone, PhoneKind
from cardkeeper.reading.parse.addresses import address_evidence
from cardkeeper.reading.parse.domains import host_of, region_of
from cardkeeper.reading.parse.phones import MIN_DIGITS
from cardkeeper.wording import QT_TRANSLATE_NOOP, translate

_NOT_A_NUMBER = QT_TRANSLATE_NOOP("phone_entry", "'{entry}' is not a phone number.")
_TOO_SHORT = QT_TRANSLATE_NOOP("phone_entry", "'{entry}' is too short to be a phone number.")
_TOO_LONG = QT_TRANSLATE_NOOP("phone_entry", "'{entry}' is too long to be a phone number.")
_PARSE_PROBLEMS = {
    NumberParseException.NOT_A_NUMBER: _NOT_A_NUMBER,
    NumberParseException.TOO_SHORT_NSN: _TOO_SHORT,
    NumberParseException.TOO_SHORT_AFTER_IDD: _TOO_SHORT,
    NumberParseException.TOO_LONG: _TOO_LONG,
}
_LENGTH_PROBLEMS = {
    ValidationResult.TOO_SHORT: _TOO_SHORT,
    ValidationResult.TOO_LONG: _TOO_LONG,
}
"""The sentences, by what the number's parse or length check said."""


@dataclass(frozen=True)
class EntryRegion:
    """The country a number typed without ``+`` belongs to, and why, for the phone row to say."""

    region: str
    why: str


def entry_region(
    numbers: Iterable[str], address: str, hosts: Iterable[str], default: str
) -> EntryRegion:
    """The region of a card's typed national numbers: the card's country when it shows one.

    From the evidence the reader weighs (``reading.parse.regions``): the
    card's own numbers, stored with their ``+CC``, say most surely where its
    other numbers ring; then the ``address``'s country or postcode; then its
    e-mail and web ``hosts``' country codes (``.com.br``, ``naver.com``). Only
    a card that shows none takes the user's ``default``. Without this,
    ``03-5545-3801`` on a Japanese card was saved as an American number.
    """
    codes = Counter(
        str(region)
        for number in _numbers(numbers)
        if (region := phonenumbers.region_code_for_number(number))
    )
    if codes:
        return EntryRegion(codes.most_common(1)[0][0], "as the card's other numbers are")
    lines = (address_evidence(line).region for line in address.splitlines())
    if (place := next((r for r in lines if r is not None), None)) is not None:
        return EntryRegion(place, "as the card's address is")
    domains = Counter(r for h in hosts if (r := region_of(host_of(h))) is not None)
    if domains:
        return EntryRegion(domains.most_common(1)[0][0], "as the card's email and web domains are")
    return EntryRegion(default, "the country in Settings")


def taken_as(phone: Phone, region: EntryRegion) -> str:
    """One sentence saying which country a typed number was given, and why."""
    # Here, not at the top: the geocoder's data cost the window's start-up 0.4 s.
    from phonenumbers import geocoder

    number = phonenumbers.parse(phone.number, None)
    country = geocoder.country_name_for_number(number, "en") or region.region
    sentence = _TAKEN_AS.get(region.why)
    said = (
        translate("phone_entry", sentence)
        if sentence
        else translate("phone_entry", "Taken as a number in {country} (+{code}), {why}.")
    )
    return said.format(country=country, code=number.country_code, why=region.why)


_TAKEN_AS = {
    "as the card's other numbers are": QT_TRANSLATE_NOOP(
        "phone_entry",
        "Taken as a number in {country} (+{code}), as the card's other numbers are.",
    ),
    "as the card's address is": QT_TRANSLATE_NOOP(
        "phone_entry", "Taken as a number in {country} (+{code}), as the card's address is."
    ),
    "as the card's email and web domains are": QT_TRANSLATE_NOOP(
        "phone_entry",
        "Taken as a number in {country} (+{code}), as the card's email and web domains are.",
    ),
    "the country in Settings": QT_TRANSLATE_NOOP(
        "phone_entry", "Taken as a number in {country} (+{code}), the country in Settings."
    ),
}
""":func:`taken_as`'s whole sentence for each :attr:`EntryRegion.why`."""


def _numbers(e164s: Iterable[str]) -> list[phonenumbers.PhoneNumber]:
    parsed = []
    for e164 in e164s:
        try:
            parsed.append(phonenumbers.parse(e164, None))
        except NumberParseException:
            continue  # an imported value that is no number says nothing about the country
    return parsed


def parse_phone_entry(text: str, kind: PhoneKind, region: str) -> Phone:
    """The phone the user meant by ``text``; a number without ``+`` belongs to ``region``.

    Raises ``ValueError`` whose message is one sentence to show under the
    field, such as ``'12' is too short to be a phone number.``
    """
    entry = text.strip()
    try:
        number = phonenumbers.parse(entry, region)
    except NumberParseException as error:
        raise ValueError(_parse_problem(entry, error)) from None
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason != ValidationResult.IS_POSSIBLE:
        raise ValueError(_length_problem(entry, number, reason))
    if number.extension:
        # E.164 has no room for an extension: saving would silently drop it.
        raise ValueError(
            translate(
                "phone_entry",
                "'{entry}' has an extension, which can't be saved: "
                "leave it out and put it in the notes.",
            ).format(entry=entry)
        )
    return Phone(kind, phonenumbers.format_number(number, PhoneNumberFormat.E164))


def _length_problem(entry: str, number: phonenumbers.PhoneNumber, reason: int) -> str:
    if reason == ValidationResult.INVALID_LENGTH:
        return translate(
            "phone_entry", "'{entry}' has the wrong number of digits for a +{code} number."
        ).format(entry=entry, code=number.country_code)
    if reason == ValidationResult.IS_POSSIBLE_LOCAL_ONLY:
        # Some plans dial two-digit local numbers, yet '12' reads as too short, not as local.
        if sum(c.isdigit() for c in entry) >= MIN_DIGITS:
            return translate("phone_entry", "'{entry}' needs its area code.").format(entry=entry)
        reason = ValidationResult.TOO_SHORT
    return translate("phone_entry", _LENGTH_PROBLEMS[reason]).format(entry=entry)


def _parse_problem(entry: str, error: NumberParseException) -> str:
    if error.error_type != NumberParseException.INVALID_COUNTRY_CODE:
        return translate("phone_entry", _PARSE_PROBLEMS[error.error_type]).format(entry=entry)
    if entry.startswith(("+", "00")):
        return translate("phone_entry", "'{entry}' starts with an unknown country code.").format(
            entry=entry
        )
    return translate("phone_entry", "'{entry}' needs its country code, such as +44.").format(
        entry=entry
    )


def format_for_reading(number_e164: str, home_region: str) -> str:
    """``number_e164`` as people read it: national at home, international otherwise.

    "Home" is the country calling code of ``home_region``, not the region
    itself: a Canadian number is dialled from the US like an American one.
    A stored value that is not a number (an import from elsewhere) is shown
    as it is, so the user can still see and fix it.
    """
    try:
        number = phonenumbers.parse(number_e164, None)
    except NumberParseException:
        return number_e164
    if number.country_code == phonenumbers.country_code_for_region(home_region):
        return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
