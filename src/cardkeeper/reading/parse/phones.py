"""Phone numbers in cleaned line text, with their kind and E.164 value.

phonenumbers' matcher runs with ``Leniency.POSSIBLE``: the default (VALID)
silently drops numbers that OCR or a fictional range made invalid, and a
printed number is a fact worth keeping even when it does not validate. The
looser matcher would then take house numbers and postcodes for phones, so a
number needs 7 digits or more, and on an address line a label, a ``+`` or ten digits
from a trunk 0; one right after a registration or tax label (``CREA-SP``, ``Reg. No.``,
``VAT``) is no phone, nor one without its trunk 0 where every number prints one.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

import phonenumbers
from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberMatcher, PhoneNumberType

from cardkeeper.domain import PhoneKind
from cardkeeper.reading.parse.labels import Label, find_labels, label_before, phone_kind
from cardkeeper.reading.parse.text import MappedText

MIN_DIGITS = 7
_WHOLE_NATIONAL_DIGITS = 10

_LOOKS_LIKE_DIGIT = re.compile(
    r"(?<=\d)[OoDQ](?=[\d\s)-])|(?<=[\d\s(-])[OoDQ](?=\d)|(?:(?<=\d\()|(?<=\d\s\())[OoDQ©](?=\))"
    r"|(?<=[A-Za-z])[Oo](?=\d{1,4}-\d{1,4}-\d{4}\b)"
)
"""A letter for a digit, the trunk 0 a country code puts in brackets: ``+49 (©) 1523``, or
the trunk 0 of a dashed number glued to an icon read as a letter: ``Co90-1234-5678``."""
_LOOKS_LIKE_ONE = re.compile(r"(?<=\d)[lI|](?=[\d\s)-])|(?<=[\d\s(-])[lI|](?=\d)")
_OCR_DASHES = re.compile(r"(?<=[\d\s])[–—~](?=[\s\d])")
_MIDDLE_DOT = re.compile(r"(?<=\d)[·•∙⋅](?=\d)")
"""A middle dot between digits (``+82·53·230-1908``): a dot set or read mid-height, which
groups a number's digits like ``.`` does; elsewhere it is a bullet between two values."""
_STRAY_BRACE = re.compile(r"(?<=\d\))[}\]]|[{\[](?=\(\d)")
"""A curly or square bracket OCR read beside an area code's round one: ``(08)}-6877-2997``;
left in, it cuts the area code off the number."""
_LONG_CODE = re.compile(r"\+(\d{3})(?=[\s.-]*\d)")
"""A ``+`` and three digits before more: a three-digit country code, or a shorter one with a
digit OCR added (``+941 891``)."""
_BRACKETED_CODE = re.compile(r"\(([1-9]\d{0,2})[-\s](\d{1,4})\)(?=\s*\d)")
"""A country and an area code in brackets before the number: ``(86-10) 843-7042``."""
_ID_LABEL = re.compile(
    r"\b(?:reg(?:istration|istered|\.)?(?:\s*(?:no|nr|number)\.?)?|company\s+(?:no|number)\.?"
    r"|crea|crm|cro|crc|oab|cnpj|cpf|vat(?:\s*(?:no|reg)\.?)?|ust-?id(?:nr)?\.?|siret|siren|tva"
    r"|p\.?\s?iva|cif|nif|kvk|abn|acn|gst(?:in)?|lic(?:ense|ence|\.)?(?:\s*(?:no|nr)\.?)?|npi|dea"
    r"|hrb|hra|id|iban|mst)"
    r"(?:[\s-]+[A-Z]{2}\b)?[\s.:#/-]*$",
    re.IGNORECASE,
)
"""A registration, licence or tax label right before a number: ``CREA-SP 5062418930``,
``Reg. No. 12345678``, a Vietnamese tax code ``MST: 0305389969``. What follows it is an
identifier with as many digits as a phone."""


TRUNK_ZERO_REGIONS = frozenset({"JP", "KR", "GB", "DE", "FR", "AU", "NL", "CH", "AT", "BE"})
"""Where every national number is printed with its leading 0 (``03-3221-7022``,
``020 7946 0958``): there seven or more digits without it are a postcode (``〒470-1217``,
``Tokyo 100-6921``) or an ID. Not India or Brazil, whose mobiles and area codes are
printed without it. A number behind a phone label with ten digits or more is still one,
its 0 left off by the card's designer (``TEL 143-234-5678``): no postcode is that long."""


_DOOR_NUMBER = re.compile(r"\d[-/]\d[-/]")
"""Two one-digit groups first: an Indian door number (``6-3-639/40``), never a phone."""
_STRAY_DIGIT = re.compile(r"(?<![\d)+.,/-]\s)(?<![\w+.,/()-])\(?\d\s+(?=0\d)")
"""One digit on its own, maybe behind an open bracket, then a trunk 0: an icon or a label
(``(9 0432 073 605``, 携帯 read as ``7``). On its own: first on the line or after a word,
not after a country code or another group of the number (``+33 3 00 02 78 92``,
``+61 (0) 7 0835 6801``)."""
_GLUED_DIGIT = re.compile(r"[1-9](?=0)")
"""A digit glued to a trunk 0: ``804-7147-8355``, the 固定 (landline) mark read as ``8``."""
_BROKEN_HEAD = re.compile(r"(?<![\w.@])(?=[A-Za-z]*\d)(?=\d*[A-Za-z])\w+-$")
"""A group of digits and letters dashed to the number: its first group, misread
(``71R-501-2081``). What follows is no number of its own, and would take another's area code."""
_GAP_BETWEEN_NUMBERS = re.compile(
    r"((?<![\d.-])(?:\d{2,4}[.-]){2,}\d{2,4})(\s+)(?=(?:\d{2,4}[.-]){2,}\d{2,4}(?![\d.-]))"
)
"""The space between two numbers each grouped by dots or dashes throughout
(``206.793.4294 206.558.0079``): a number that prints its groups apart with dots does not
also print a bare space between two of them, so the space ends one number. The matcher
would otherwise try both as one, and cut its ``4294 206`` and ``558.0079`` out of them."""
_RANGE_END = re.compile(r"\s?[-–/]\s?\d{1,2}$")
_LIST_SEPARATOR = re.compile(r"\s*[,/]\s*")
"""Between two numbers of one list: ``+91 40 23244458, 66101126``."""


@dataclass(frozen=True)
class FoundPhone:
    e164: str
    printed: str
    kind: PhoneKind
    start: int
    end: int
    evidence: float
    valid: bool
    """Valid in its region's numbering plan (not just possible): the test for a region."""
    labelled: bool = False
    """A phone label (``Tel``, ``M``) stands before it."""
    shorter: bool = False
    """Too short for today's plan, kept for the country code printed with it (``_shorter_plan``)."""


def _has_trunk_or_code(printed: str, region: str) -> bool:
    """Printed with its trunk 0, or with a country code (``+31``, or ``31`` whose ``+`` OCR
    lost: ``T31 (0)10 555 5720``)."""
    digits = "".join(c for c in printed if c.isdigit())
    code = str(phonenumbers.country_code_for_region(region))
    return printed.startswith("+") or digits.startswith(("0", code))


def repair_digits(text: MappedText) -> MappedText:
    """Letters OCR puts for digits inside a number: ``O``→0, ``l``/``I``/``|``→1, long dashes,
    middle dots, a stray brace beside a bracket;
    and a bracketed country and area code written as one: ``(86-10)``→``+86-10``.

    Every rule swaps one character for one, so spans in the result are spans in the input.
    """
    text = text.sub(_LOOKS_LIKE_DIGIT, "0").sub(_LOOKS_LIKE_ONE, "1").sub(_STRAY_BRACE, " ")
    text = text.sub(_OCR_DASHES, "-").sub(_MIDDLE_DOT, ".")
    return text.sub(_BRACKETED_CODE, _as_country_code)


def with_card_code(text: MappedText, codes: set[int]) -> MappedText:
    """``+941 891 3915524`` on a card whose other numbers are ``+91``: a digit OCR added to
    a country code.

    A ``+`` and three digits that begin no valid number, but do with one of them
    dropped, which leaves a country code the card prints elsewhere or is in: the
    code is that one. The dropped digit's place becomes a space, so spans keep.
    """
    for match in _LONG_CODE.finditer(text.text):
        if _valid_at(text.text, match.start()):
            continue
        digits = match[1]
        for position in range(len(digits)):
            code = digits[:position] + digits[position + 1 :]
            fixed = text.overwrite(match.start(), f"+{code} ")
            if int(code) in codes and _valid_at(fixed.text, match.start()):
                return with_card_code(fixed, codes)
    return text


def _valid_at(text: str, start: int) -> bool:
    """Whether a valid number begins at ``start``."""
    matches = PhoneNumberMatcher(text[start:], "ZZ", leniency=Leniency.POSSIBLE)
    return any(m.start == 0 and phonenumbers.is_valid_number(m.number) for m in matches)


def bracketed_country_codes(text: str) -> list[str]:
    """The country codes printed in brackets with an area code: ``(86-10) 843-7042``."""
    return [m[1] for m in _BRACKETED_CODE.finditer(text) if _is_country_code(m[1])]


def _as_country_code(match: re.Match[str]) -> str:
    """``(86-10)`` -> ``+86-10 ``, when 86 is a country code: the matcher then reads the
    number as Chinese, whatever the card's region."""
    if not _is_country_code(match[1]):
        return match[0]
    return f"+{match[1]}-{match[2]} "


def _is_country_code(digits: str) -> bool:
    region = phonenumbers.region_code_for_country_code(int(digits))
    return bool(region != phonenumbers.UNKNOWN_REGION)


def _kind_unlabelled(number: phonenumbers.PhoneNumber) -> PhoneKind:
    if phonenumbers.number_type(number) == PhoneNumberType.MOBILE:
        return PhoneKind.MOBILE
    return PhoneKind.WORK


def find_phones(text: str, region: str, address_line: bool = False) -> list[FoundPhone]:
    """Every phone in one (digit-repaired) line; kinds come from the nearest label before it."""
    labels = find_labels(text)
    found: list[FoundPhone] = []
    previous_end = 0
    previous: phonenumbers.PhoneNumber | None = None
    if region in TRUNK_ZERO_REGIONS:
        text = _STRAY_DIGIT.sub(lambda stray: " " * len(stray[0]), text)
    text = _GAP_BETWEEN_NUMBERS.sub(lambda pair: pair[1] + ";" * len(pair[2]), text)
    for found_match in PhoneNumberMatcher(text, region, leniency=Leniency.POSSIBLE):
        match = _without_glued_digit(found_match, region)
        digits = sum(c.isdigit() for c in match.raw_string)
        label = label_before(labels, match.start, after=previous_end)
        if digits < MIN_DIGITS:
            continue
        labelled_kind = phone_kind(label)
        if address_line and labelled_kind is None and not _whole_national(match, digits):
            continue
        if labelled_kind is None and _ID_LABEL.search(text[previous_end : match.start]):
            continue
        if _DOOR_NUMBER.match(match.raw_string) or _BROKEN_HEAD.search(text, 0, match.start):
            continue
        listed = previous is not None and _LIST_SEPARATOR.fullmatch(text, previous_end, match.start)
        number = _continued(previous, match) if listed else None
        if number is None:
            if (
                region in TRUNK_ZERO_REGIONS
                and not _has_trunk_or_code(match.raw_string, region)
                and not (labelled_kind and digits >= _WHOLE_NATIONAL_DIGITS)
            ):
                continue
            number = _first_of_range(match, region)
        valid = phonenumbers.is_valid_number(number)
        evidence = 0.95 if valid else 0.75
        if labelled_kind is None:
            evidence -= 0.05
        found.append(
            FoundPhone(
                e164=phonenumbers.format_number(number, PhoneNumberFormat.E164),
                printed=match.raw_string,
                kind=labelled_kind or _kind_unlabelled(number),
                start=match.start,
                end=match.end,
                evidence=evidence,
                valid=valid,
                labelled=labelled_kind is not None,
            )
        )
        previous_end = match.end
        previous = number
    return sorted(found + _shorter_plan(text, region, labels, found), key=lambda f: f.start)


_CODE_FIRST = re.compile(r"(?<![\w+])(?:\+|\()(\d{1,3})\)?[\s.-]*(\d(?:[\s.-]?\d){5,7})(?![\d.-])")
"""A country code, with its ``+`` or in brackets, before six to eight digits:
``(237) 222 86 20``."""
_SHORTER_PLAN = 0.6
"""Evidence of a number an older, shorter plan numbered: below one that is merely invalid."""


def _shorter_plan(
    text: str, region: str, labels: list[Label], found: list[FoundPhone]
) -> list[FoundPhone]:
    """Numbers behind a phone label, printed with the card's own country code, that today's
    plan finds too short: ``Tél: (237) 222 86 20`` on a card from before Cameroon's numbers
    grew to nine digits. The matcher drops them as impossible, but the card prints them as
    its phones, with the code that places them; kept as printed, unsure. Only the card's
    own code, only too short (never too long), only labelled: a bracketed group of digits
    elsewhere is a year or a reference."""
    code = phonenumbers.country_code_for_region(region)
    shorter = []
    for match in _CODE_FIRST.finditer(text):
        after = max((f.end for f in found if f.end <= match.start()), default=0)
        kind = phone_kind(label_before(labels, match.start(), after=after))
        if int(match[1]) != code or kind is None or _overlaps_any(match, found):
            continue
        national = re.sub(r"\D", "", match[2])
        number = phonenumbers.parse(f"+{code}{national}")
        reason = phonenumbers.is_possible_number_with_reason(number)
        if reason != phonenumbers.ValidationResult.TOO_SHORT:
            continue
        shorter.append(
            FoundPhone(
                e164=phonenumbers.format_number(number, PhoneNumberFormat.E164),
                printed=match[0],
                kind=kind,
                start=match.start(),
                end=match.end(),
                evidence=_SHORTER_PLAN,
                valid=False,
                labelled=True,
                shorter=True,
            )
        )
    return shorter


def agreeing_shorter(phones: list[FoundPhone]) -> list[FoundPhone]:
    """The card's phones without a too-short one (``_shorter_plan``) that no other number of
    the card matches in length. An old card prints all its numbers in the old plan's length
    (``(237) 222 86 20`` and ``(237) 222 45 47``); a lone short one is more likely a number
    whose last digits OCR lost (``+34 919 25 36`` for ``+34 919 25 36 99``)."""
    lengths = Counter(len(phone.e164) for phone in phones if phone.shorter)
    return [phone for phone in phones if not phone.shorter or lengths[len(phone.e164)] >= 2]


def _overlaps_any(match: re.Match[str], found: list[FoundPhone]) -> bool:
    return any(match.start() < phone.end and phone.start < match.end() for phone in found)


def _whole_national(match: phonenumbers.PhoneNumberMatch, digits: int) -> bool:
    """Printed with ``+``, or as a whole valid national number of ten digits or more with its
    trunk 0 (``C.P. 010-4488-1520``, a Korean mobile behind a label read as a postcode's):
    on an address line, no postcode or house number is that."""
    if match.raw_string.startswith("+"):
        return True
    whole = match.raw_string.startswith("0") and digits >= _WHOLE_NATIONAL_DIGITS
    return whole and phonenumbers.is_valid_number(match.number)


def _without_glued_digit(
    match: phonenumbers.PhoneNumberMatch, region: str
) -> phonenumbers.PhoneNumberMatch:
    """The number without a digit glued before its trunk 0, where every number prints one:
    ``804-7147-8355`` is no number, ``04-7147-8355`` is, with a mark read as ``8`` before it."""
    glued = _GLUED_DIGIT.match(match.raw_string)
    if (
        region not in TRUNK_ZERO_REGIONS
        or glued is None
        or phonenumbers.is_valid_number(match.number)
    ):
        return match
    rest = match.raw_string[glued.end() :]
    try:
        number = phonenumbers.parse(rest, region)
    except phonenumbers.NumberParseException:
        return match
    if not phonenumbers.is_valid_number(number):
        return match
    return phonenumbers.PhoneNumberMatch(match.start + glued.end(), rest, number)


def _first_of_range(match: phonenumbers.PhoneNumberMatch, region: str) -> phonenumbers.PhoneNumber:
    """The number, or the first of a range of them: ``23398247-51`` is ``23398247`` to
    ``23398251``, not a number with two digits too many."""
    number = match.number
    end = _RANGE_END.search(match.raw_string)
    if end is None or phonenumbers.is_valid_number(number):
        return number
    first = phonenumbers.parse(match.raw_string[: end.start()], region)
    return first if phonenumbers.is_valid_number(first) else number


def _continued(
    previous: phonenumbers.PhoneNumber | None, match: phonenumbers.PhoneNumberMatch
) -> phonenumbers.PhoneNumber | None:
    """The number a short one listed after another stands for, or None.

    ``+91 (40) 6633616, 3240434``: the second number is printed without the
    country and area code it shares with the first. When its digits alone are
    no valid number, they take the place of the first one's last digits, if that
    makes a number as good as the first (valid, if the first is).
    """
    if previous is None or match.raw_string.startswith(("+", "0")):
        return None
    if phonenumbers.is_valid_number(match.number):
        return None
    digits = "".join(c for c in match.raw_string if c.isdigit())
    national = phonenumbers.national_significant_number(previous)
    if len(digits) >= len(national):
        return None
    number = phonenumbers.parse(f"+{previous.country_code}{national[: -len(digits)]}{digits}")
    if phonenumbers.is_valid_number(previous) and not phonenumbers.is_valid_number(number):
        return None
    return number


def with_area_code(phone: FoundPhone, others: list[FoundPhone]) -> FoundPhone:
    """A local number printed without the area code the card's other numbers give it.

    ``RES. PH. 787-2701`` under ``(209) 251-8611``, ``40583001`` beside
    ``+91 11 4058 3000``: too short to be valid, the number is local to the
    area of the card's first valid number with an area code, if that makes it
    valid. A number printed with ``+``, its trunk 0 or a bracketed area code is
    whole as it stands.

    A number of an older plan is not valid today, but the card still prints its
    area code: ``Tel : 3306806 / 3391083, Fax : 040-3393702``. A short number
    whose digits are as many as the local part after the printed area code of
    such a number takes that area code, if it is the only one that fits and the
    result is a possible number; it stays as unsure as the number it comes from.
    """
    if phone.valid or phone.printed.startswith(("+", "0", "(")):
        return phone
    digits = phonenumbers.national_significant_number(phonenumbers.parse(phone.e164))
    for other in others:
        if not other.valid:
            continue
        number = phonenumbers.parse(other.e164)
        length = phonenumbers.length_of_geographical_area_code(number)
        national = phonenumbers.national_significant_number(number)
        if not length or len(digits) + length != len(national):
            continue
        local = phonenumbers.parse(f"+{number.country_code}{national[:length]}{digits}")
        if phonenumbers.is_valid_number(local):
            e164 = phonenumbers.format_number(local, PhoneNumberFormat.E164)
            return replace(phone, e164=e164, valid=True)
        return phone
    areas = {_printed_area(other, len(digits)) for other in others if not other.valid}
    printed = [area for area in areas if area is not None]
    if len(printed) != 1:
        return phone
    [(code, area)] = printed
    local = phonenumbers.parse(f"+{code}{area}{digits}")
    if not phonenumbers.is_possible_number(local):
        return phone
    return replace(phone, e164=phonenumbers.format_number(local, PhoneNumberFormat.E164))


def _printed_area(phone: FoundPhone, local_digits: int) -> tuple[int, str] | None:
    """The country code and printed area code of a number printed with its trunk 0 or
    ``+CC`` (``040-3393702`` -> ``(91, "40")``) whose local part has ``local_digits``."""
    number = phonenumbers.parse(phone.e164)
    groups = re.findall(r"\d+", phone.printed)
    if phone.printed.startswith("+") and groups and groups[0] == str(number.country_code):
        groups = [group for group in groups[1:] if group != "0"]
    elif groups and groups[0].startswith("0"):
        groups = [groups[0][1:], *groups[1:]]
    else:
        return None
    code = number.country_code
    if code is None or len(groups) < 2 or not groups[0]:
        return None
    return (code, groups[0]) if len("".join(groups[1:])) == local_digits else None
