"""Repair the typical OCR damage of contact lines before any field is looked for.

Tesseract reads a printed ``anna@example.de`` as ``anna @ example . de``, an
anti-spam ``anna (at) example (dot) de`` is printed on purpose, and the little
icons in front of contact lines come out as ``©``, ``»`` or ``|``. Each rule is
a regex applied through ``MappedText`` so the word indexes survive.
"""

from __future__ import annotations

import re
import unicodedata

from cardkeeper.reading.parse.domains import COUNTRY_CODES, KNOWN_TLDS, SECOND_LEVEL
from cardkeeper.reading.parse.text import MappedText

ICONS = "•·●○◦▪■□►▶➤✉✆☎☏✇⌂✈★☆♦◆▸»«©®¦|~*>#"
"""Characters that icons and bullets turn into; they carry no field content."""

_LEADING_ICONS = re.compile(rf"^(?:[{re.escape(ICONS)}]+\s*)+")
_TRAILING_JUNK = re.compile(rf"[\s{re.escape(ICONS)},;]+$")
_SEPARATORS = re.compile(r"\s*(?:\s[|•·¦]\s?|\s?[|•·¦]\s|(?<=[^\d\s])\s[–—-]\s(?=[^\d\s]))\s*")
_AT = re.compile(r"\s*[(\[{<]\s*at\s*[)\]}>]\s*", re.IGNORECASE)
_DOT = re.compile(r"\s*[(\[{<]\s*(?:dot|punkt|point)\s*[)\]}>]\s*", re.IGNORECASE)
_SPACED_AT = re.compile(r"(?<=[\w.])\s*@\s*(?=[\w-]+\s*[.,]\s*[A-Za-z]{2,})")
_SPACED_DOT = re.compile(
    r"(?<=[A-Za-z0-9])\s*\.\s+(?=[a-z])(?!www|http)|(?<=[A-Za-z0-9])\s+\.\s*(?=[a-z])"
)
"""``example . de`` -> ``example.de``; never into a following ``www``/``http``: ``Inc. http://…``
and ``w. www.…`` are a word or label before a URL."""
_COMMA_IN_DOMAIN = re.compile(r"(?<=[@.][A-Za-z0-9-]{2})([A-Za-z0-9-]*),(?=[A-Za-z]{2,}\b)")
_MISREAD_T = r"h(?:t[il]|[il]t)p(?=s?[:;])"
"""``htip:``, ``hitp:``: a ``t`` of the scheme read as ``i`` or ``l``; only before its colon."""
_DAMAGED_SCHEME = re.compile(
    rf"(?<![\w/])(?:[hn]?ttp|{_MISREAD_T})(s?)[:;y]?\s?/(?:\s?/)?\s*", re.IGNORECASE
)
"""``nttps://``, ``ttps://``, ``http/www``, ``https //``, ``http:/ /``, ``httpsy/``, ``htip:/ /``:
a scheme with a letter or its colon misread, a slash lost, or a space read into it."""
_DAMAGED_WWW = re.compile(
    r"(?<![\w.@-])[a-z]?(?=[wvy]*w[wvy]*w)[wvy]{2,4}-?\s*[,.]\s*(?=[a-z0-9])", re.IGNORECASE
)
"""``www``, ``ww``, ``wwvw``, ``wwyw``, ``avww``, ``www-`` before a dot (or a comma read for it):
``www.``.
Two ``w`` at least, so ``vw.`` stays."""
_DASHES_BEFORE_WWW = re.compile(r"(?<!\S)[-–—]+(?=www\.)", re.IGNORECASE)
"""``--WwW.swinburne.edu.au``: a rule or an icon read as dashes glued to a ``www`` host."""
_GLUED_WWW = re.compile(r"(?<![\w.@-])www(?=[a-z0-9-]+\.[a-z]{2,})", re.IGNORECASE)
"""``wwwnguyenassociates.com``: the dot after ``www`` lost; no host starts with ``www`` glued."""
_TLD = "|".join(sorted(KNOWN_TLDS, key=len, reverse=True))
_WWW_SPACE = re.compile(rf"\bwww\s+(?=[a-z0-9-]+\s+(?:{_TLD})\b)", re.IGNORECASE)
_HOST_SPACE = re.compile(rf"(?<=www\.)([a-z0-9-]+)\s+(?=(?:{_TLD})\b)", re.IGNORECASE)
"""``www ironbridge com``: OCR lost both dots of a ``www`` host; a known TLD must end it."""
_AT_MISREAD = re.compile(
    rf"(?<![\w.@/-])([a-z0-9][a-z0-9._-]*[a-z0-9])[\u00c0-\u024f]"
    rf"(?=[a-z0-9][a-z0-9-]+(?:\.[a-z0-9-]+)*\s?\.\s?(?:{_TLD})\b)"
)
"""``youĝyoukogei. com``: the ``@`` read as an accented letter between a lower-case local part
and a domain, on a line that has no ``@``; no host or address is spelled with one. Not ``®``:
on the one real card where it stood for the ``@`` (``oviirow®jiran.com``), the local part
around it was misread too."""
_DIGIT_TLD = re.compile(r"(?<=[a-z]\.)([a-z]*[01][a-z01]*)\b(?![.@-])", re.IGNORECASE)
_DIGIT_LETTERS = str.maketrans("01", "ol")
_NOISE_BEFORE_AT = re.compile(r"(?<=[A-Za-z0-9])[^\x00-\x7f]+(?=@[A-Za-z0-9])")
"""``zoesĝ@``: a non-ASCII letter glued to the ``@`` is the ``@``'s edge read twice;
local parts are ASCII in practice."""
_BRACKET_BEFORE_AT = re.compile(r"(?<=[A-Za-z0-9])[(\[{]@(?=[A-Za-z0-9])")
"""``oayina(@yahoo.fr``: a bracket glued to the ``@`` is its ring read twice; no local part
ends in a bracket."""
_COLON_IN_HOST = re.compile(
    rf"((?:@|\bwww\.)[a-z0-9-]+(?:\.[a-z0-9-]+)*)[:;](?=(?:{_TLD})\b)", re.IGNORECASE
)
"""``dixittours:com``, ``www.robocity.co:kr/ecatalog``: a dot read as a colon before the
top-level domain of an address's or a ``www`` host."""
_COUNTRY_APART = re.compile(
    rf"((?:@|\bwww\.)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:{'|'.join(sorted(SECOND_LEVEL))})) "
    rf"(?=(?:{'|'.join(sorted(COUNTRY_CODES))})$)"
)
"""``office@harbor.com au``: the country code of a second-level domain read as a word apart
(the dot lost). Only lower-case like the address and ending the line: a country printed
``UK`` after it, or ``… .com or call``, stays."""
_SPACES = re.compile(r"\s{2,}")
_LOCAL_REST = r"(?=\.[A-Za-z0-9][\w.%+'-]*@[A-Za-z0-9])"
_STROKE_INITIAL = re.compile(rf"(?<![\w.@])[|!]{_LOCAL_REST}")
"""``|.marino@``: a lone stroke before the dot of an initial is an ``l`` (or ``I``; see
``contacts``), not an icon: an icon stands apart from the text it marks."""
_STRAY_BACKSLASH = re.compile(rf"(?<=[A-Za-z0-9])\\{_LOCAL_REST}")
"""``l\\.gomez@``: a backslash is never part of an address; OCR adds it beside a dot."""
_ACCENTED_IN_LOCAL = re.compile(r"(?<=[A-Za-z0-9])[\u00c0-\u024f](?=[\w.%+'-]+@[A-Za-z0-9])")
"""``laĉhlan_kelly@``: an accented letter inside a local part is OCR's, as local parts are
ASCII in practice; its base letter stays (``ĉ`` -> ``c``)."""
_SPACED_UNDERSCORE = re.compile(r"(?<=[A-Za-z0-9]) (?=_[A-Za-z0-9][\w.%+'-]*@[A-Za-z0-9])")
"""``marieke _dejong@``: an underscore sits low and wide, so OCR often ends a word before it;
no word before an address ends with a letter glued to a space and an underscore."""
_DOT_BESIDE_UNDERSCORE = re.compile(r"(?<=[A-Za-z0-9])\.(?=_[A-Za-z0-9][\w.%+'-]*@)")
"""``siobhan._fitzgerald@``: a speck on the baseline beside an underscore read as a dot; one
separator between two name parts is what addresses print."""

SEPARATOR = " | "
"""What every in-line separator (``|``, ``•``, spaced dashes) becomes after cleanup."""


def _has_email_or_web(text: str) -> bool:
    return "@" in text or bool(re.search(rf"ww|ttps?[\sy]?[:/]|{_MISREAD_T}", text, re.IGNORECASE))


def _tld_letters(match: re.Match[str]) -> str:
    """``deltainstallaties.n1`` -> ``.nl``: ``1``/``0`` in a top-level domain are ``l``/``o``
    when that makes a domain we know (``v2.10`` stays)."""
    letters = match[1].lower().translate(_DIGIT_LETTERS)
    return letters if letters in KNOWN_TLDS else match[1]


def _base_letter(match: re.Match[str]) -> str:
    base = unicodedata.normalize("NFKD", match[0])[0]
    return base if base.isascii() and base.isalpha() else match[0]


def clean_line(text: MappedText) -> MappedText:
    """Apply every repair to one line; the result still maps to the OCR words."""
    if "@" in text.text:
        text = text.sub(_STROKE_INITIAL, "l").sub(_STRAY_BACKSLASH, "")
        text = text.sub(_SPACED_UNDERSCORE, "").sub(_DOT_BESIDE_UNDERSCORE, "")
        text = text.sub(_ACCENTED_IN_LOCAL, _base_letter)
    text = text.sub(_LEADING_ICONS, "")
    text = text.sub(_TRAILING_JUNK, "")
    text = text.sub(_AT, "@").sub(_DOT, ".")
    text = text.sub(_SEPARATORS, SEPARATOR)
    if "@" not in text.text:
        text = text.sub(_AT_MISREAD, r"\1@")
    if _has_email_or_web(text.text):
        text = text.sub(_DAMAGED_SCHEME, r"http\1://").sub(_DAMAGED_WWW, "www.")
        text = text.sub(_GLUED_WWW, "www.").sub(_DASHES_BEFORE_WWW, "")
        text = text.sub(_WWW_SPACE, "www.").sub(_HOST_SPACE, r"\1.")
        text = text.sub(_SPACED_AT, "@").sub(_NOISE_BEFORE_AT, "").sub(_BRACKET_BEFORE_AT, "@")
        text = text.sub(_SPACED_DOT, ".")
        text = text.sub(_COMMA_IN_DOMAIN, r"\1.").sub(_COLON_IN_HOST, r"\1.")
        text = text.sub(_COUNTRY_APART, r"\1.")
        text = text.sub(_DIGIT_TLD, _tld_letters)
    return text.sub(_SPACES, " ").strip()


def split_segments(text: MappedText) -> list[MappedText]:
    """The parts of a cleaned line between separators (``Name | Title`` holds two)."""
    segments = []
    start = 0
    while (found := text.text.find(SEPARATOR, start)) != -1:
        segments.append(text.slice(start, found))
        start = found + len(SEPARATOR)
    segments.append(text.slice(start, len(text.text)))
    return [s.strip(" ,;:") for s in segments if s.text.strip(" ,;:")]
