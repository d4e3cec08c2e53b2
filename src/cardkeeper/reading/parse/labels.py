"""Contact labels ("Tel.", "M", "Fax:", "E-Mail", "Web") in the card's languages.

A label decides a phone's kind (a mobile printed as ``M +44 7700 …`` is a
mobile even when phonenumbers cannot tell) and marks a segment as contact
data, so it is never taken for a name, title or company.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from cardkeeper.domain import PhoneKind


class LabelKind(enum.Enum):
    WORK = "work"
    MOBILE = "mobile"
    FAX = "fax"
    HOME = "home"
    EMAIL = "email"
    WEB = "web"


_WORDS: dict[LabelKind, tuple[str, ...]] = {
    LabelKind.WORK: (
        "tel",
        "tél",
        "tele",
        "tel/fon",
        "telephone",
        "téléphone",
        "telefon",
        "telefono",
        "teléfono",
        "telefoon",
        "tfno",
        "tlf",
        "tf",
        "fon",
        "phone",
        "ph",
        "direct",
        "dir",
        "direkt",
        "durchwahl",
        "office",
        "off",
        "work",
        "büro",
        "buro",
        "bureau",
        "oficina",
        "ufficio",
        "kantoor",
        "zentrale",
        "main",
        "switchboard",
        "standard",
        "fixe",
        "fisso",
        "電話",
        "电话",
        "전화",
        "тел",
        "телефон",
        "τηλ",
        "τηλέφωνο",
        "τ",
    ),
    LabelKind.MOBILE: (
        "mobile",
        "mob",
        "mo",
        "mobil",
        "mobiel",
        "móvil",
        "movil",
        "mov",
        "móv",
        "cell",
        "cellular",
        "cellulare",
        "cel",
        "celular",
        "handy",
        "portable",
        "port",
        "gsm",
        "mobilfunk",
        "mobiltelefon",
        "携帯",
        "手机",
        "手機",
        "휴대폰",
        "휴대전화",
        "моб",
        "мобильный",
        "κιν",
        "κινητό",
    ),
    LabelKind.FAX: (
        "fax",
        "telefax",
        "fx",
        "télécopie",
        "telecopie",
        "传真",
        "傳真",
        "팩스",
        "факс",
        "φαξ",
    ),
    LabelKind.HOME: ("home", "privat", "private", "domicile", "casa"),
    LabelKind.EMAIL: ("email", "e-mail", "mail", "courriel", "correo", "posta"),
    LabelKind.WEB: ("web", "website", "internet", "site", "url", "www:", "sitio"),
}
_LETTERS: dict[str, LabelKind] = {
    "t": LabelKind.WORK, "p": LabelKind.WORK, "d": LabelKind.WORK, "o": LabelKind.WORK,
    "m": LabelKind.MOBILE, "c": LabelKind.MOBILE, "f": LabelKind.FAX, "h": LabelKind.HOME,
    "e": LabelKind.EMAIL, "w": LabelKind.WEB,
}  # fmt: skip

_LANGUAGE_REGIONS: dict[tuple[str, ...], tuple[str, ...]] = {
    ("DE", "AT", "CH"): (
        "tel/fon", "telefon", "fon", "direkt", "durchwahl", "büro", "buro", "zentrale", "mobil",
        "handy", "mobilfunk", "mobiltelefon", "telefax", "privat",
    ),
    ("FR", "BE", "CH", "CA"): (
        "tél", "téléphone", "bureau", "fixe", "portable", "port", "télécopie", "telecopie",
        "domicile", "courriel",
    ),
    ("ES", "MX"): (
        "teléfono", "telefono", "tfno", "oficina", "móvil", "movil", "mov", "móv", "celular",
        "correo",
    ),
    ("IT", "CH"): ("telefono", "ufficio", "fisso", "cellulare"),
    ("NL", "BE"): ("telefoon", "kantoor", "mobiel", "gsm"),
    ("IN",): ("mo",),
    ("JP", "TW"): ("電話",),
    ("JP",): ("携帯",),
    ("CN",): ("电话", "手机", "传真"),
    ("TW", "HK"): ("手機", "傳真"),
    ("KR",): ("전화", "휴대폰", "휴대전화", "팩스"),
    ("RU", "BY", "KZ"): ("тел", "телефон", "моб", "мобильный", "факс"),
    ("GR", "CY"): ("τηλ", "τηλέφωνο", "κιν", "κινητό", "φαξ"),
}  # fmt: skip
"""Label words only one language uses, and the phone regions that language points to
(the first is the likeliest): ``Tfno.`` on a card with a ``.com`` domain says its
national numbers are Spanish, not American. ``Mo.`` for mobile is Indian usage (from
Gujarati and Hindi cards), not English. The Chinese, Japanese, Korean, Russian and Greek
words are the labels of cards in those scripts (``reading.script_choice``)."""

_WORD_KIND = {word: kind for kind, words in _WORDS.items() for word in words}
_WORD_LABEL = re.compile(
    r"(?<![\w@/.])("
    + "|".join(sorted((re.escape(w) for w in _WORD_KIND), key=len, reverse=True))
    + r")\.?\s*:?(?=\s|[+(\d]|$)",
    re.IGNORECASE,
)
_LETTER_LABEL = re.compile(
    r"(?<![\w@/.'’-])([tpdomcfhew])(?:\s*[.:]\s*|\s+)(?=[+(\d]|[\w.-]+@|www\.|https?:)",
    re.IGNORECASE,
)

_LABELLING = re.compile(r"\s*[:.]?\s*(?:[+(\d]|$)")
"""What follows a label word that labels a value: a number, or the line's end."""
_LABELLING_PHONE = re.compile(r"\s*[:.]?\s*[+(]?\d(?:[\s().-]*\d){6}")
"""What follows a label word that labels a phone: seven digits at least."""
_PHONE_ONLY_WORDS = frozenset({"mo"})
"""Label words that say their language only before a phone: ``Mo`` is also Monday
(``Öffnungszeiten: Mo 9-18``)."""


@dataclass(frozen=True)
class Label:
    kind: LabelKind
    start: int
    end: int


def find_labels(text: str) -> list[Label]:
    """Every label in a cleaned line, in order. Single letters count only before a number/email."""
    words = [(m, _WORD_KIND[m[1].lower()]) for m in _WORD_LABEL.finditer(text)]
    letters = [(m, _LETTERS[m[1].lower()]) for m in _LETTER_LABEL.finditer(text)]
    labels = [Label(kind, m.start(), m.end()) for m, kind in words + letters]
    return sorted(labels, key=lambda label: label.start)


def label_regions(text: str) -> list[tuple[str, ...]]:
    """For every language-specific label word in a line, the regions its language points to.

    Only a word that labels something counts, one before a number or at the end of
    the line: ``Audit Bureau of Circulation`` is no French office number.
    """
    return [
        regions
        for match in _WORD_LABEL.finditer(text)
        if (_LABELLING_PHONE if match[1].lower() in _PHONE_ONLY_WORDS else _LABELLING).match(
            text, match.end()
        )
        for regions, words in _LANGUAGE_REGIONS.items()
        if match[1].lower() in words
    ]


def phone_kind(label: Label | None) -> PhoneKind | None:
    """The phone kind a label gives, or None when the label says nothing about phones."""
    if label is None:
        return None
    return {
        LabelKind.WORK: PhoneKind.WORK,
        LabelKind.MOBILE: PhoneKind.MOBILE,
        LabelKind.FAX: PhoneKind.FAX,
        LabelKind.HOME: PhoneKind.OTHER,
    }.get(label.kind)


def label_before(labels: list[Label], position: int, after: int = 0) -> Label | None:
    """The last label that ends at or before ``position`` and starts at or after ``after``."""
    found = None
    for label in labels:
        if after <= label.start and label.end <= position:
            found = label
    return found
