"""Draw the truth of one card: who, at which company, and how to reach them.

The output is a :class:`CardTruth` whose strings are already in their printed form, so the
renderer only decides where and how to draw them and never has to change the text.
"""

from __future__ import annotations

import random
import re
import unicodedata

from tools.cardgen import phones
from tools.cardgen.locales import LOCALES, City, Locale
from tools.cardgen.truth import CardTruth, PhoneKindName, TruthPhone

_ENGLISH = {"US", "UK", "AU", "CA"}
_WORD_SUFFIXES = {"Jr.", "Sr.", "III"}
"""Suffixes printed after a space ("John Smith Jr."); degrees come after a comma."""
PREFIX_GENDER = {
    "Mr.": "m", "Mr": "m", "Ms.": "f", "Ms": "f", "Mrs.": "f", "Dra.": "f", "Dott.": "m",
    "Dott.ssa": "f",
}  # fmt: skip
"""Prefixes that only fit one gender; all others fit both."""
_FOLD = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe"})
_GERMAN_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
_POSTCODE_LETTERS = "ABDEFGHJLNPRSTUWXYZ"
"""Letters that appear in every pattern's postcodes (UK inward codes, NL, CA)."""


def ascii_fold(text: str, german: bool = False) -> str:
    """Strip accents the way people do for email addresses (Müller -> mueller in DE)."""
    if german:
        text = text.translate(_GERMAN_FOLD)
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in text if not unicodedata.combining(c))


def _slug(text: str, german: bool, joiner: str = "") -> str:
    words = re.findall(r"[a-z0-9]+", ascii_fold(text, german).lower())
    return joiner.join(words)


def fill_pattern(rng: random.Random, pattern: str) -> str:
    """Fill a pattern; a ``#`` that starts a number never gives 0 ("Suite 0" is no address)."""
    out: list[str] = []
    for char in pattern:
        if char == "#":
            out.append(rng.choice("0123456789" if out and out[-1].isdigit() else "123456789"))
        elif char == "@":
            out.append(rng.choice(_POSTCODE_LETTERS))
        else:
            out.append(char)
    return "".join(out)


def _name(rng: random.Random, loc: Locale) -> dict[str, str]:
    gender = rng.choice("fm")
    given = rng.choice(loc.female_names if gender == "f" else loc.male_names)
    family = rng.choice(loc.family_names)
    if loc.code == "ES" and rng.random() < 0.6:
        family = f"{family} {rng.choice([f for f in loc.family_names if f != family])}"
    middle = ""
    if rng.random() < (0.25 if loc.code in _ENGLISH else 0.05):
        middle = rng.choice("ABCDEFGHJKLMNPRSTW") + "."
    prefix = ""
    if rng.random() < (0.3 if loc.code == "IT" else 0.12):
        prefix = rng.choice([p for p in loc.prefixes if PREFIX_GENDER.get(p, gender) == gender])
    suffix = ""
    if loc.suffixes and rng.random() < (0.12 if loc.code in _ENGLISH else 0.05):
        suffix = rng.choice(loc.suffixes)
    full = " ".join(p for p in (prefix, given, middle, family) if p)
    if suffix:
        full += (" " if suffix in _WORD_SUFFIXES and rng.random() < 0.6 else ", ") + suffix
    if rng.random() < 0.12:
        full = full.upper()
    return {
        "name": full,
        "given_name": given,
        "family_name": family,
        "prefix": prefix,
        "middle_name": middle,
        "suffix": suffix,
    }


def _company(rng: random.Random, loc: Locale) -> tuple[str, str]:
    """The printed company name and its domain."""
    stem = rng.choice(loc.companies).replace("{family}", rng.choice(loc.family_names))
    german = loc.code == "DE"
    words = re.findall(r"[a-z0-9]+", ascii_fold(stem.replace("&", " and "), german).lower())
    words = [w for w in words if w != "and"] if rng.random() < 0.5 else words
    label = ("-" if rng.random() < 0.3 else "").join(words)
    if len(label) > 18:
        label = words[0] if len(words[0]) > 4 else "".join(w[0] for w in words[:-1]) + words[-1]
    domain = f"{label}.{rng.choice(loc.tlds)}"
    company = stem
    if rng.random() < 0.85:
        company = f"{stem} {rng.choice(loc.company_suffixes)}"
        if company.endswith("Co.") and "&" in stem:
            company = stem
    if rng.random() < 0.1:
        company = company.upper()
    return company, domain


def _email(rng: random.Random, loc: Locale, person: dict[str, str], domain: str) -> str:
    german = loc.code == "DE"
    g = _slug(person["given_name"], german)
    f = _slug(person["family_name"], german)
    local = rng.choice((f"{g}.{f}", f"{g[0]}{f}", g, f"{g[0]}.{f}", f"{g}{f[0]}", f"{g}_{f}", f))
    return f"{local}@{domain}"


def _website(rng: random.Random, domain: str) -> str:
    return rng.choices(
        (
            f"www.{domain}",
            domain,
            f"https://www.{domain}",
            f"https://{domain}",
            f"http://www.{domain}",
        ),
        weights=(50, 20, 15, 10, 5),
    )[0]


def _phone_kinds(rng: random.Random) -> list[PhoneKindName]:
    count = rng.choices((1, 2, 3), weights=(35, 45, 20))[0]
    first: PhoneKindName = "work" if rng.random() < 0.8 else "mobile"
    kinds: list[PhoneKindName] = [first]
    weights: dict[PhoneKindName, int] = {"mobile" if first == "work" else "work": 6, "fax": 3}
    weights["other"] = 1
    while len(kinds) < count:
        kind = rng.choices(list(weights), weights=list(weights.values()))[0]
        del weights[kind]
        kinds.append(kind)
    return kinds


def _labels(rng: random.Random, loc: Locale, kinds: list[PhoneKindName]) -> list[str]:
    """One label per phone, in one consistent style per card, like real cards."""
    if set(kinds) <= {"work", "mobile"} and len(kinds) <= 2 and rng.random() < 0.15:
        return [""] * len(kinds)
    table = loc.labels
    if loc.code not in _ENGLISH and rng.random() < 0.25:
        table = LOCALES["US"].labels
    if rng.random() < 0.45:
        return [table[k][0] if k != "other" else rng.choice(table[k]) for k in kinds]
    return [rng.choice(table[k][1:] or table[k]) for k in kinds]


def _phones(rng: random.Random, loc: Locale, city: City) -> list[TruthPhone]:
    kinds = _phone_kinds(rng)
    labels = _labels(rng, loc, kinds)
    style = rng.randrange(100)
    office = phones.landline(rng, loc, city)
    out = []
    for kind, label in zip(kinds, labels, strict=True):
        if kind == "work":
            number = office
        elif kind == "mobile":
            number = phones.mobile(rng, loc, city)
        else:
            number = phones.sibling(rng, office, loc.region)
        out.append(phones.truth_phone(kind, number, loc, label, style))
    return out


def _address(rng: random.Random, loc: Locale, city: City) -> list[str]:
    street = rng.choice(loc.streets)
    number = str(rng.randint(1, 180))
    unit = fill_pattern(rng, rng.choice(loc.units)) if rng.random() < 0.3 else ""
    postcode = fill_pattern(rng, city.postcode)
    code = loc.code
    if code in {"US", "CA", "AU", "UK"}:
        if code in {"US", "CA"}:
            number = str(rng.randint(100, 9999))
        street_line = f"{number} {street}"
    elif code in {"ES", "IT"}:
        street_line = f"{street}, {number}" if rng.random() < 0.7 else f"{street} {number}"
    elif code == "FR":
        street_line = f"{number} {street}" if rng.random() < 0.7 else f"{number}, {street}"
    else:
        street_line = f"{street} {number}"
    if code == "US":
        zip4 = "-" + fill_pattern(rng, "####") if rng.random() < 0.1 else ""
        city_line = f"{city.name}, {city.region} {postcode}{zip4}"
    elif code == "CA":
        city_line = f"{city.name}, {city.region} {postcode}"
    elif code == "AU":
        city_line = f"{city.name} {city.region} {postcode}"
    elif code == "UK":
        city_line = f"{city.name} {postcode}"
    elif code == "IT":
        province = f"({city.region})" if rng.random() < 0.5 else city.region
        city_line = f"{postcode} {city.name} {province}"
    elif code == "FR" and rng.random() < 0.3:
        city_line = f"{postcode} {city.name.upper()}"
    else:
        city_line = f"{postcode} {city.name}"
    lines = [street_line, city_line]
    if unit:
        if rng.random() < 0.5:
            lines.insert(0 if code == "AU" else 1, unit)
        else:
            lines[0] = f"{unit}, {street_line}" if code == "AU" else f"{street_line}, {unit}"
    if len(lines) < 3 and rng.random() < 0.15:
        lines.append(rng.choice(loc.country))
    if len(lines) == 2 and rng.random() < 0.25:
        lines = [", ".join(lines)]
    return lines


def make_truth(rng: random.Random, locale: str, layout: str, dark: bool) -> CardTruth:
    """Draw a complete, internally consistent card truth for one fictional person."""
    return locale_truth(rng, LOCALES[locale], layout, dark)


def locale_truth(rng: random.Random, loc: Locale, layout: str, dark: bool) -> CardTruth:
    """:func:`make_truth` for a locale of one's own (a country ``LOCALES`` has not)."""
    person = _name(rng, loc)
    company, domain = _company(rng, loc)
    domain_only = rng.random() < 0.05
    city = rng.choice(loc.cities)
    emails = [_email(rng, loc, person, domain)] if rng.random() < 0.95 else []
    if rng.random() < 0.08:
        emails.append(f"{rng.choice(('info', 'sales', 'office', 'hello'))}@{domain}")
    websites = [_website(rng, domain)] if domain_only or rng.random() < 0.8 else []
    socials = []
    if rng.random() < 0.15:
        handle = _slug(f"{person['given_name']} {person['family_name']}", loc.code == "DE", "-")
        socials.append(rng.choice(("", "www.")) + f"linkedin.com/in/{handle}")
    if rng.random() < 0.08:
        socials.append("@" + _slug(person["given_name"] + person["family_name"], False))
    return CardTruth(
        locale=loc.code,
        layout=layout,
        dark=dark,
        **person,
        title=rng.choice(loc.titles) if rng.random() < 0.92 else "",
        company="" if domain_only else company,
        emails=emails,
        phones=_phones(rng, loc, city),
        websites=websites,
        address_lines=_address(rng, loc, city) if rng.random() < 0.9 else [],
        socials=socials,
        tagline=rng.choice(loc.taglines) if rng.random() < 0.2 else "",
    )
