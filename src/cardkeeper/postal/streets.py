"""Words that make a line a street line, and cues that make it a second address line.

Shared by the reader (which lines of a card are its address) and the splitter (which
part of an address is the street).
"""

from __future__ import annotations

import re

STREET_WORDS = (
    r"street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|way|place|pl|court|ct|"
    r"square|sq|parkway|pkwy|highway|hwy|terrace|crescent|close|row|circle|plaza|broadway|"
    r"rue|avenida|av|calle|c/|paseo|plaza|ronda|carrer|via|viale|piazza|corso|largo|"
    r"chemin|allée|allee|quai|cours|impasse|bd|rua|alameda|travessa|rodovia"
)
"""Street words printed as a word of their own, before or after the name."""
STREET_SUFFIXES = (
    r"stra[ßb]e|strasse|str\.?|weg|allee|platz|gasse|ring|damm|ufer|chaussee|"
    r"straat|laan|plein|kade|gracht|singel|dijk|steeg|markt"
)
"""German and Dutch street words, written at the end of the name (``Lindenallee``)."""

_HOUSE_AND_STREET = re.compile(
    rf"\b\d{{1,5}}[a-zA-Z]?,?\s+(?:[\w'.-]+\s+){{0,4}}(?:{STREET_WORDS})\b\.?"
    rf"|\b(?:{STREET_WORDS}|r\.|av\.|estrada)\.?\s+\S"
    rf"|\w(?:{STREET_SUFFIXES})\s*\d{{1,5}}"
    rf"|\b[\w-]+\s+(?:{STREET_SUFFIXES})\s*\d{{1,5}}"
    r"|^\d{1,5}[a-zA-Z]?(?:[/-]\d{1,5}[a-zA-Z]?)?\s+[A-Za-zÀ-ÿ]"
    r"|\b\d{1,4}-\d{1,4}(?:-\d{1,4})?\b"
    r"|\w\s+\d{1,5}[a-zA-Z]?$",
    re.IGNORECASE,
)
"""A street with its house number, in any of the orders cards print (``12 Main St``,
``Via Roma, 12``, ``Lindenallee 20``, ``1-2-3 Marunouchi``, ``Rua Augusta, 200``)."""

_STREET_WORD = re.compile(rf"\b(?:{STREET_WORDS})\b|\w(?:{STREET_SUFFIXES})\b", re.IGNORECASE)
_SECOND_LINE = re.compile(
    r"^(?:c/o|c\.o\.|z\.\s?hd\.?|zhd|attn\.?|a/c|aux soins de|presso)\b"
    r"|^(?:suite|ste|unit|units|floor|fl|level|lvl|room|rm|apt|apartment|bldg|building|tower|"
    r"block|wing|haus|gebäude|gebaude|stock|stiege|tür|top|bâtiment|batiment|bât|bat|"
    r"escalier|esc|étage|etage|scala|interno|int|piano|palazzina|edificio|edifício|escalera|"
    r"puerta|planta|piso|bloque|portal|local|oficina|despacho|sala|andar|conj|conjunto|cj|"
    r"bloco|apto|loja|box|verdieping|bus|boîte|boite|ビル)\b\.?"
    r"|^#\s?\d"
    r"|^\d{1,3}\s?(?:e|er|ère|re|ème|\.|º|ª|°|st|nd|rd|th|o|a)?\s*(?:verdieping|étage|etage|og|"
    r"obergeschoss|stock|piso|planta|piano|floor|fl|andar|e\.|ug|eg)\b"
    r"|^\d{1,3}\s?[º°ª]\s*\w?$"
    r"|^\d{1,2}\s?f$"
    r"|^\d{1,2}f\b"
    r"|\b(?:bldg|building|tower|house|centre|center|plaza|park|haus|gebäude|turm|torre|"
    r"edificio|edifício|immeuble|résidence|residenza)\.?(?:\s+\d{1,2}f)?$"
    r"|\b\d{1,2}f$"
    r"|\d+階$|ビル",
    re.IGNORECASE,
)
"""What a second address line opens or ends with: care of, a suite, floor or building (``c/o``,
``Suite 400``, ``3. OG``, ``2e étage``, ``Piso 3``, ``5F``, ``Harbour Tower``)."""

_POST_BOX = re.compile(
    r"^(?:p\.?\s?o\.?\s?box|post office box|gpo box|locked bag|postfach|bp|b\.p\.|"
    r"boîte postale|apartado(?: de correos)?|apdo\.?|casella postale|c\.p\.|caixa postal|"
    r"cx\.? postal|postbus|私書箱)\b\.?\s*\d",
    re.IGNORECASE,
)


def is_street(segment: str) -> bool:
    """``segment`` names a street with its number."""
    return bool(_HOUSE_AND_STREET.search(segment.strip()))


def has_street_word(segment: str) -> bool:
    """``segment`` names a street, with or without its number (``Queen's Road``)."""
    return bool(_STREET_WORD.search(segment))


def is_second_line(segment: str) -> bool:
    """``segment`` is a suite, floor, building or care-of line rather than the street."""
    return bool(_SECOND_LINE.search(segment.strip()))


def is_post_box(segment: str) -> bool:
    """``segment`` is a post office box (``PO Box 123``, ``Postfach 10 20 30``)."""
    return bool(_POST_BOX.search(segment.strip()))
