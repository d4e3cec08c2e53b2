"""An address as the parts between its commas and line breaks, and which of them is the
street and which the second line."""

from __future__ import annotations

import re

from cardkeeper.postal.streets import has_street_word, is_post_box, is_second_line, is_street

_SEPARATORS = re.compile(r"\s*[·•|]\s*|\s*[-–](?=\s*(?:,|$))")
"""What cards print between the parts of a one-line address besides commas
(``3125 Middlefield Road · Redwood City``), and a dash left dangling before one when the
reader cut the line there (``Rua das Flores, 111 -, Bela Vista``)."""
_HOUSE_NUMBER_ONLY = re.compile(r"^(?:\d{1,5}\s?[a-zA-Z]?(?:[/-]\d{1,4})?|s/n|S/N|sn)$")
"""A house number printed after its street and a comma (``Via Roma, 12``, ``Calle Mayor,
s/n``), or before it (``12, rue de la Paix``, ``7-9, Hirakawacho 2-chome``)."""
_NUMBER_AND_DISTRICT = re.compile(r"^\d{1,5}\w?\s+[-–]\s+\S")
"""A house number followed by a district (``Av. Paulista, 1578 - Bela Vista``)."""
_QUADRANT = re.compile(r"^(?:NW|NE|SW|SE|N\.?W\.?|N\.?E\.?|S\.?W\.?|S\.?E\.?)$")
"""The quarter of a city that follows a street (``800 22nd Street, NW``)."""
_SUITE_INSIDE = re.compile(
    r"\s+(?=(?:suite|ste\.?|unit|apt\.?|room|rm\.?|floor|fl\.)\s*#?\s*\d)", re.IGNORECASE
)
"""Where a suite printed on the street's line starts (``3030 Suncrest Dr. Suite #113``)."""


def one_line(printed: str) -> str:
    """The address on one line, its lines joined by ``, `` as the reader joins a card's."""
    lines = (" ".join(line.split()).strip(" ,") for line in printed.splitlines())
    return ", ".join(_SEPARATORS.sub(", ", line).strip(" ,") for line in lines if line)


def segments(text: str) -> list[str]:
    """The parts of ``text`` between commas, a house number kept with its street and a
    suite printed on the street's line apart from it."""
    parts: list[str] = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        follows_street = parts and not any(c.isdigit() for c in parts[-1])
        follows_number = parts and _HOUSE_NUMBER_ONLY.match(parts[-1])
        if (
            (
                follows_street
                and (_HOUSE_NUMBER_ONLY.match(part) or _NUMBER_AND_DISTRICT.match(part))
            )
            or (follows_number and part[0].isalpha())
            or (parts and _QUADRANT.match(part))
        ):
            parts[-1] = f"{parts[-1]}, {part}"
        else:
            parts.extend(p for p in _SUITE_INSIDE.split(part) if p)
    return parts


def street_and_extended(parts: list[str]) -> tuple[str, str]:
    """The street among ``parts`` and the rest as the second line (suite, floor, c/o ...).

    The street is the part with a street and house number, else one with a street word,
    else a post box, else the first part with a number, else the last part; care-of,
    suite and floor lines are the street only when there is nothing else (``Building 7,
    Science Park``: the last of them).
    """
    plain = [p for p in parts if not is_second_line(p)] or parts[-1:]
    choices = (
        (p for p in plain if is_street(p) and not is_post_box(p)),
        (p for p in plain if has_street_word(p)),
        (p for p in plain if is_post_box(p)),
        (p for p in plain if any(c.isdigit() for c in p)),
        reversed(plain),
    )
    street = next((found for choice in choices for found in choice), "")
    return street, ", ".join(p for p in parts if p != street)
