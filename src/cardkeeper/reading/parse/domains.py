"""What a domain name tells: its top-level domain, its country, its stem.

The email and web domains are the best evidence on a card: their ccTLD gives
the phones' default region, and their stem (``nordwind-logistik``) names the
company.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from cardkeeper.reading.parse.text import lexicon

KNOWN_TLDS = lexicon(
    "com net org info biz io co ai app dev tech design studio agency consulting solutions "
    "group online site shop store cloud digital media global pro law eu us uk de fr es it nl "
    "be at ch lu dk se no fi is ie pt pl cz sk hu ro bg gr hr si ee lv lt au nz ca mx br ar "
    "cl pe jp cn kr in sg hk tw vn th ph pk bd za ae sa eg ng ke il tr ru ua rs edu gov mil int"
)

_CCTLD_REGION = {
    "de": "DE", "uk": "GB", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "au": "AU",
    "ca": "CA", "us": "US", "be": "BE", "at": "AT", "ch": "CH", "ie": "IE", "nz": "NZ",
    "lu": "LU", "dk": "DK", "se": "SE", "no": "NO", "fi": "FI", "pt": "PT", "pl": "PL",
    "mx": "MX", "br": "BR", "jp": "JP", "in": "IN", "sg": "SG", "za": "ZA",
    "kr": "KR", "cn": "CN", "hk": "HK", "tw": "TW", "vn": "VN", "th": "TH", "my": "MY",
    "ph": "PH", "ar": "AR", "cl": "CL", "pe": "PE", "ru": "RU", "ua": "UA", "gr": "GR",
    "tr": "TR", "il": "IL", "ae": "AE", "sa": "SA", "eg": "EG", "ng": "NG", "ke": "KE",
    "cz": "CZ", "sk": "SK", "hu": "HU", "ro": "RO", "bg": "BG", "hr": "HR", "si": "SI",
    "rs": "RS", "ee": "EE", "lv": "LV", "lt": "LT", "is": "IS", "pk": "PK", "bd": "BD",
}  # fmt: skip
"""Country-code domains people use for their own country. Those sold to the world for
their letters (.co, .io, .ai, .me, .tv, .cc) say nothing about where a card is from."""

_NATIONAL_MAIL = {
    "naver.com": "KR", "hanmail.net": "KR", "daum.net": "KR", "nate.com": "KR",
    "qq.com": "CN", "163.com": "CN", "126.com": "CN", "sina.com": "CN", "yeah.net": "CN",
}  # fmt: skip
"""Mail providers used in one country: a Korean card often gives a naver.com address and no
other hint of where its numbers belong."""

FREE_MAIL = lexicon(
    "gmail googlemail outlook hotmail live yahoo icloud me mac aol gmx web t-online "
    "freenet posteo protonmail proton mail orange free laposte wanadoo libero virgilio "
    "tiscali ziggo kpnmail telenet bigpond btinternet sky naver hanmail daum nate qq 163 126 "
    "sina yeah yandex"
)
"""Mail providers: their domain says nothing about the person's company."""

_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "or", "re", "go", "ne"})
"""Labels under a country code that are not the name (``keris.or.kr``: Korea's or, re, go, ne)."""


_SECOND_LEVEL_COUNTRIES = lexicon(
    "kr jp uk in au nz za br cn tw hk sg th il tr my ph pk bd vn eg ng ke mx ar"
)
"""Countries whose names are mostly registered under a second-level label (``co.kr``)."""
_SECOND_LEVEL_LONGEST_FIRST = sorted(_SECOND_LEVEL, key=len, reverse=True)

COUNTRY_CODES = frozenset(_CCTLD_REGION)
SECOND_LEVEL = _SECOND_LEVEL


def with_lost_dot(value: str) -> str:
    """``dot.govin`` -> ``dot.gov.in``: the dot of a second-level country domain lost to OCR.

    Only an ending no real domain has is split: a second-level label glued to a
    country code we know (``cokr``, ``acuk``, ``combr``).
    """
    head, dot, last = value.rpartition(".")
    if not dot or last.lower() in KNOWN_TLDS:
        return value
    for second in _SECOND_LEVEL:
        country = last[len(second) :]
        if last.lower().startswith(second) and country.lower() in _CCTLD_REGION:
            return f"{head}.{second}.{country}"
    return value


def with_lost_dots(label: str) -> str:
    """``kerisorkr`` -> ``keris.or.kr``, ``govin`` -> ``gov.in``: a domain read as one label,
    every dot lost, split before a second-level label glued to the code of a country that
    registers names under such labels.

    The name before it may be empty (``gov.in`` is a registered domain itself) but not one
    letter (``xcomau`` is more likely cut short than ``x.com.au``); a label with no such ending
    is returned as it is (``qrcode`` is no ``qr.co.de``: Germany has no ``co.de``).
    """
    for second in _SECOND_LEVEL_LONGEST_FIRST:
        for country in _SECOND_LEVEL_COUNTRIES:
            name = label.removesuffix(second + country)
            if name != label and len(name) != 1:
                return ".".join(part for part in (name, second, country) if part)
    return label


def host_of(value: str) -> str:
    """The host of an e-mail address or URL, lower-case, without ``www.``."""
    host = value.rsplit("@", 1)[-1].lower()
    host = host.split("://", 1)[-1].split("/", 1)[0]
    return host.removeprefix("www.")


def region_of(host: str) -> str | None:
    """The phone region a host points to: its country-code domain (``.co.uk`` -> GB), or the
    country of a national mail provider (``naver.com`` -> KR)."""
    return _NATIONAL_MAIL.get(host) or _CCTLD_REGION.get(host.rsplit(".", 1)[-1])


def registrable_of(host: str) -> str:
    """The name bought from a registry: ``mail.nordwind-logistik.co.uk`` ->
    ``nordwind-logistik.co.uk``."""
    labels = host.split(".")
    kept = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-kept:])


def stem_of(host: str) -> str:
    """The registrable name: ``mail.nordwind-logistik.co.uk`` -> ``nordwind-logistik``."""
    labels = host.split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL:
        labels = labels[:-1]
    return labels[-2] if len(labels) >= 2 else labels[0]


def is_school(host: str) -> bool:
    """A university's host: under ``edu`` or a country's academic label (``hosei.ac.jp``,
    ``swin.edu.au``), which registries give to schools alone."""
    labels = host.split(".")
    return labels[-1] == "edu" or (len(labels) >= 3 and labels[-2] in _SCHOOL)


_SCHOOL = frozenset({"ac", "edu"})
"""Second-level labels of academic hosts."""


def spells_address(text: str, stems: Sequence[str]) -> bool:
    """A word of the line is a stem run on into its top-level labels, every dot lost
    (``icswebjp`` for ics-web.jp): a web address OCR damaged, no name."""
    for word in text.split():
        letters = fold(word)
        for stem in stems:
            head = fold(stem)
            if head and letters.startswith(head) and _labels(letters[len(head) :]):
                return True
    return False


def _labels(rest: str) -> bool:
    """``rest`` is one or more top-level or second-level labels run together (``cojp``)."""
    if not rest:
        return False
    return any(
        rest.startswith(label) and (rest == label or _labels(rest[len(label) :]))
        for label in (*KNOWN_TLDS, *_SECOND_LEVEL)
    )


def fold(text: str) -> str:
    """Lower-case ASCII letters and digits only: ``Müller-Lüdo`` -> ``muellerluedo``.

    German umlauts become two letters as they do in e-mail addresses; other
    accents are dropped.
    """
    text = text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii() and c.isalnum())


def plain(text: str) -> str:
    """Like ``fold`` but umlauts lose their dots only (``müller`` -> ``muller``)."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if c.isascii() and c.isalnum())
