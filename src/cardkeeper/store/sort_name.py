"""The name a contact is sorted by in the list: family name first, titles never counted.

As macOS Contacts' "Sort by last name": "Ing. Bernd Alt" sorts under A and
"Drs. Anna Zeeman" under Z, not both under their titles. The family name is
the stored one (vCard N, the card reader's split) where there is one, else
the last word of the name once titles before it and degrees after it are set
aside, with the lexicons the card reader splits names with. Lower-case
particles before a family name ("de Vries", "van der Berg") do not count, as
Dutch and German address books sort them; a capitalised one ("De Luca") does.
"""

from __future__ import annotations

from cardkeeper.reading.parse.names import PARTICLES, is_suffix, split_credentials, without_prefixes


def sort_name(name: str, given_name: str, family_name: str) -> str:
    """``family given`` of a contact whose display name is ``name``; "" if it has none."""
    if family_name:
        rest = given_name or name
    else:
        words = without_prefixes(split_credentials(name)[0]).split()
        while len(words) > 1 and is_suffix(words[-1]):
            words.pop()
        if not words:
            return name
        *given_words, family_name = words
        rest = " ".join(given_words)
    family = family_name.split()
    while len(family) > 1 and family[0].islower() and family[0] in PARTICLES:
        family.pop(0)
    return " ".join([*family, rest]).strip()
