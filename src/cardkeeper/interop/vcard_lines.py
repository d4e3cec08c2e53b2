"""The content lines of one vCard: split by vobject's lexer, values decoded per RFC 6350 3.4.

vobject's full reader turns every line into an object and runs a behaviour
over it: 8.6 s for a file of 10,000 contacts on a 2-core laptop, most of an
import. Its lexer alone (unfolding, the parameter grammar with quoted values,
groups) reads the same file in 0.8 s, so that is the part of vobject used here;
and of the lexer only the parsing of a line, as its unfolding takes memory
that grows some 140 times as fast as the line (see :func:`_logical_lines`).
Decoding the values is ours for a second reason: vobject's default text
decoding keeps only what comes before the first unescaped comma, and vCard 2.1
(Outlook) does not escape commas, so a note would lose all after its first one.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass

from vobject.base import parseLine  # type: ignore[import-untyped]

_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_TOKENS = {
    separator: re.compile(rf"\\.?|{separator}|[^\\{separator}]+", re.DOTALL) for separator in ";,"
}

_LINE_END = re.compile(r"\r\n|\r|\n")
_REASON_CHARS = 200
"""Most characters of vobject's complaint shown: it quotes the whole line, which may be huge."""
_COMPONENT_TOKENS = re.compile(r"\\.?|;|,|[^\\;,]+", re.DOTALL)


@dataclass(frozen=True, slots=True)
class ContentLine:
    name: str
    """Upper case, e.g. ``TEL``."""
    group: str
    """Lower case, e.g. ``item1`` of Apple's ``item1.TEL``; "" when the line has none."""
    params: dict[str, list[str]]
    """Parameter values by upper-case name, e.g. ``{"TYPE": ["cell", "voice"]}``."""
    singletons: list[str]
    """vCard 2.1's bare parameters (``TEL;WORK;FAX:``), upper case."""
    raw: str
    """The value as written, escapes and all; quoted-printable already decoded."""

    def text(self) -> str:
        """The value as one text: escapes undone, line ends as ``\\n``."""
        return _unescaped(self.raw)

    def parts(self, separator: str = ";") -> list[str]:
        """The value split at each unescaped ``;`` (N, ADR, ORG) or ``,`` (CATEGORIES)."""
        parts: list[str] = []
        current: list[str] = []
        for token in _TOKENS[separator].findall(self.raw):
            if token == separator:
                parts.append(_unescaped("".join(current)))
                current = []
            else:
                current.append(token)
        parts.append(_unescaped("".join(current)))
        return parts

    def components(self) -> list[list[str]]:
        """The value's ``;``-separated parts (N, ADR), each split into its ``,``-separated
        values; an escaped ``\\,`` stays a comma inside its value."""
        components: list[list[str]] = [[]]
        current: list[str] = []
        for token in _COMPONENT_TOKENS.findall(self.raw):
            if token in (";", ","):
                components[-1].append(_unescaped("".join(current)))
                current = []
                if token == ";":
                    components.append([])
            else:
                current.append(token)
        components[-1].append(_unescaped("".join(current)))
        return components

    def types(self) -> set[str]:
        """TYPE values however written (``TYPE=WORK,VOICE``, repeated, quoted, or bare), lower
        case."""
        found = {
            value.strip().strip('"').lower()
            for written in self.params.get("TYPE", [])
            for value in written.split(",")
        }
        found.update(value.lower() for value in self.singletons)
        return found


def content_lines(text: str) -> list[ContentLine]:
    """Every line of one vCard's text, in order, BEGIN and END included.

    Raises ``ValueError`` naming the first line that is no content line.
    """
    lines = []
    for logical, number in _logical_lines(text):
        try:
            name, params, value, group = parseLine(logical, number)
        except Exception as error:  # vobject's ParseError, or anything its regex trips on
            reason = str(error).strip().splitlines()[0]
            shown = reason[:_REASON_CHARS] + ("…" if len(reason) > _REASON_CHARS else "")
            raise ValueError(shown) from None
        lines.append(_line(name, params, value, group))
    return lines


def _logical_lines(text: str) -> Iterator[tuple[str, int]]:
    """Each content line unfolded (a line starting with a space or tab continues the one before),
    with the number of its first physical line; blank lines left out.

    What vobject's ``getLogicalLines`` does, in time and memory linear in the line: its
    regular expression keeps some 140 bytes per character of a line (7.2 GB for a 50 MB one).
    """
    current: list[str] = []
    start = 1
    for number, physical in enumerate(_LINE_END.split(text), start=1):
        if current and physical[:1] in (" ", "\t"):
            current.append(physical[1:])
            continue
        if any(current):
            yield "".join(current), start
        current, start = [physical], number
    if any(current):
        yield "".join(current), start


def _line(name: str, params: list[list[str]], value: str, group: str | None) -> ContentLine:
    named: dict[str, list[str]] = {}
    singletons = []
    for param_name, *values in params:
        if values:
            named.setdefault(param_name.upper(), []).extend(values)
        else:
            singletons.append(param_name.upper())
    encodings = {e.upper() for e in named.get("ENCODING", [])}
    if "QUOTED-PRINTABLE" in encodings or "QUOTED-PRINTABLE" in singletons:
        value = _from_quoted_printable(value, next(iter(named.get("CHARSET", [])), "utf-8"))
    return ContentLine(name.upper(), (group or "").lower(), named, singletons, value)


def _from_quoted_printable(value: str, charset: str) -> str:
    """vCard 2.1's encoding (Outlook's notes and non-ASCII names), in the line's CHARSET."""
    data = quopri.decodestring(value.encode("utf-8"))
    try:
        return data.decode(charset, errors="replace")
    except LookupError:  # a charset Python does not know: UTF-8 is the likeliest
        return data.decode("utf-8", errors="replace")


def _unescaped(raw: str) -> str:
    """``\\n`` and ``\\N`` become a line end, ``\\,`` ``\\;`` ``\\\\`` their character.

    Any other backslash stays as written, as RFC 6350 defines no other escape
    (Google's ``https\\://`` is undone by the caller that knows it is a URL).
    """
    if "\\" not in raw:
        return raw.replace("\r\n", "\n").replace("\r", "\n")
    text = _ESCAPE.sub(_escape_replacement, raw)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _escape_replacement(match: re.Match[str]) -> str:
    char = match[1]
    if char in "nN":
        return "\n"
    if char in '\\;,"':
        return char
    return match[0]
