"""Fictional phone numbers that ``phonenumbers`` accepts as valid, printed like real cards.

A number is drawn from a real area code or mobile prefix plus random digits and kept only
if ``phonenumbers`` says it is valid and of the wanted type, so a reader that relies on
``phonenumbers`` can always parse what the truth says is there.
"""

from __future__ import annotations

import random

import phonenumbers
from phonenumbers import PhoneNumber, PhoneNumberFormat, PhoneNumberType

from tools.cardgen.locales import City, Locale
from tools.cardgen.truth import PhoneKindName, TruthPhone

_LANDLINE_TYPES = {PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE}
_MOBILE_TYPES = {PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE}
_NANP = {"US", "CA"}
_OPEN_ZERO = {"DE", "GB", "NL", "FR", "AU"}
"""Countries whose cards often print the dropped trunk prefix: ``+49 (0)30 ...``."""


def _digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def _parse_valid(nsn: str, region: str, types: set[int]) -> PhoneNumber | None:
    number = phonenumbers.parse(
        "+" + str(phonenumbers.country_code_for_region(region)) + nsn, region
    )
    if phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in types:
        return number
    return None


def _draw(
    rng: random.Random,
    prefixes: tuple[str, ...],
    lengths: tuple[int, ...],
    region: str,
    types: set[int],
) -> PhoneNumber:
    for _ in range(500):
        prefix = rng.choice(prefixes)
        rest = rng.choice(lengths) - len(prefix)
        # NANP exchange codes cannot start with 0 or 1.
        head = str(rng.randint(2, 9)) if region in _NANP else ""
        nsn = prefix + head + _digits(rng, rest - len(head))
        number = _parse_valid(nsn, region, types)
        if number is not None:
            return number
    raise RuntimeError(f"no valid number for {region} from {prefixes}")


def landline(rng: random.Random, locale: Locale, city: City) -> PhoneNumber:
    return _draw(rng, city.area_codes, locale.landline_lengths, locale.region, _LANDLINE_TYPES)


def mobile(rng: random.Random, locale: Locale, city: City) -> PhoneNumber:
    """A mobile number; US/CA numbers do not tell mobiles apart, so they use local codes."""
    prefixes = locale.mobile_prefixes or city.area_codes
    return _draw(rng, prefixes, locale.mobile_lengths, locale.region, _MOBILE_TYPES)


def sibling(rng: random.Random, number: PhoneNumber, region: str) -> PhoneNumber:
    """Another line of the same office (fax, switchboard): same number, new last digits."""
    nsn = phonenumbers.national_significant_number(number)
    for _ in range(100):
        tail = rng.choice(("0", "00", "99", "10", _digits(rng, 2)))
        candidate = nsn[: -len(tail)] + tail
        if candidate == nsn:
            continue
        found = _parse_valid(candidate, region, _LANDLINE_TYPES)
        if found is not None:
            return found
    # Nothing valid nearby (rare): any landline sharing the area code will do.
    return _draw(rng, (nsn[:3],), (len(nsn),), region, _LANDLINE_TYPES)


def _printed_variants(number: PhoneNumber, region: str) -> list[str]:
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    international = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    variants = [national, international]
    if region in _NANP:
        digits = phonenumbers.national_significant_number(number)
        a, b, c = digits[:3], digits[3:6], digits[6:]
        variants += [f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}"]
    else:
        variants.append(national.replace(" ", "-"))
        if region == "FR":
            variants.append(national.replace(" ", "."))
        if region == "DE":
            area, _, rest = national.partition(" ")
            variants.append(f"{area}/{rest}")
            variants.append(f"{area} / {rest}")
        if region in _OPEN_ZERO:
            cc, _, rest = international.partition(" ")
            variants.append(f"{cc} (0){rest}")
            variants.append(f"{cc} (0) {rest}")
    return variants


def printed(number: PhoneNumber, region: str, style: int) -> str:
    """A realistic way to print ``number`` that still parses back to the same number.

    ``style`` picks the way; a card passes the same style for all its numbers because real
    cards print them consistently.
    """
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    variants = _printed_variants(number, region)
    text = variants[style % len(variants)]
    back = phonenumbers.parse(text, region)
    if phonenumbers.format_number(back, PhoneNumberFormat.E164) != e164:
        return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    return text


def truth_phone(
    kind: PhoneKindName, number: PhoneNumber, locale: Locale, label: str, style: int
) -> TruthPhone:
    return TruthPhone(
        kind=kind,
        e164=phonenumbers.format_number(number, PhoneNumberFormat.E164),
        printed=printed(number, locale.region, style),
        label=label,
    )
