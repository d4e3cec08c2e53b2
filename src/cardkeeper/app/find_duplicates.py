"""Is this card someone already in the library? Same email or phone, or similar name and company.

The fuzzy part is for the cards exact matching misses: a new card with a new
email, a name the reader spelled differently ("Juergen" for "Jürgen"), a
company written longer ("Acme Inc" for "Acme"). It asks for both name and
company, since a name alone is shared by strangers (two Anna Kochs at two
firms) and a company by colleagues.

Thresholds, on text casefolded and stripped of accents and punctuation
(tests/app/test_find_duplicates.py holds these cases as a table):

- name, ``token_sort_ratio`` (word order ignored) >= 88. Letters added pass:
  "Jon"/"John Smith" 95, "Jurgen Muller"/"Juergen Mueller" 93. So does one
  letter misread in a short name, "Anna Koch"/"Anna Kock" 89, which 90 would
  miss. A different short first name does not: "Tom"/"Tim Berg" 87.5,
  "Thomas"/"Tobias Müller" 85, "Max"/"Mia Meyer" 56. "Peter"/"Petra Schmidt"
  (92) does: no threshold that lets "Jon" be "John" tells those apart, and a
  wrong suggestion costs the user one look in the review inbox, where a
  missed one leaves a duplicate.
- company, ``token_set_ratio`` >= 85: the same firm with or without its legal
  form passes ("Acme"/"Acme Inc" 100), or spelled differently ("Müller
  GmbH"/"Mueller GmbH" 96); two firms sharing only "GmbH" ("Elbtal
  GmbH"/"Nordlicht GmbH" 56) do not.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from cardkeeper.domain import Contact
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from cardkeeper.store.name_candidates import NamedContact, contacts_named_like
from cardkeeper.wording import translate

NAME_THRESHOLD = 88.0
COMPANY_THRESHOLD = 85.0


@dataclass(frozen=True)
class Duplicate:
    contact_id: int
    name: str
    """The display name of the contact already in the library; "" if it has none."""
    reason: str
    """Why it looks like the same person, to follow "because of": "same email anna@x.de"."""


def likely_duplicates(library: Library, contact: Contact) -> list[Duplicate]:
    """Contacts not in the trash, other than ``contact``, that may be the same person.

    Same email or phone first (in id order), then similar name and company
    (most similar first). ``contact`` need not be saved: this is asked about a
    card just read, too. Under 50 ms on 100,000 contacts: the search index
    picks the few worth comparing (see :mod:`cardkeeper.store.name_candidates`).
    """
    contacts = Contacts(library)
    found = []
    for other in contacts.get_contacts(contacts.find_matches(contact)):
        reason = _shared(contact, other)
        if other.id is not None and reason:  # no reason if it changed since find_matches
            found.append(Duplicate(other.id, other.display_name, reason))
    known = {duplicate.contact_id for duplicate in found} | {contact.id}
    return found + [d for d in _similar(library, contact) if d.contact_id not in known]


_ACCENTS = re.compile("[\u0300-\u036f]")
"""The combining accents NFKD splits off Latin, Greek and Cyrillic letters ("ü" is "u" + "¨")."""

_NOT_WORD = re.compile(r"[\W_]+")

_STROKED = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th"}
)
"""Letters that are a Latin letter to readers but that NFKD does not split into letter + accent."""


def _normalized(text: str) -> str:
    """``text`` as names are compared: no accents, casefolded ("ß" is "ss"), words only.

    Without accents also means "Łukasz" sorts where "Lukasz" does, which
    ``token_sort_ratio`` needs.
    """
    stripped = _ACCENTS.sub("", unicodedata.normalize("NFKD", text))
    return _NOT_WORD.sub(" ", stripped.casefold().translate(_STROKED)).strip()


def _shared(contact: Contact, other: Contact) -> str:
    """Which email, else which phone, both contacts have: "same email a@x.de"; "" if none."""
    emails = {address.casefold() for address in other.emails}
    numbers = {phone.number for phone in other.phones}
    same_email = translate("find_duplicates", "same email {email}")
    same_phone = translate("find_duplicates", "same phone {phone}")
    shared = [same_email.format(email=a) for a in contact.emails if a.casefold() in emails]
    shared += [same_phone.format(phone=p.number) for p in contact.phones if p.number in numbers]
    return shared[0] if shared else ""


def _similar(library: Library, contact: Contact) -> list[Duplicate]:
    from rapidfuzz import fuzz, process  # tens of ms to import: not while the window opens

    name, company = _normalized(_person_name(contact)), _normalized(contact.company)
    candidates = [
        c
        for c in contacts_named_like(library, _person_name(contact), contact.company)
        if c.id != contact.id
    ]
    by_name = process.extract(
        name,
        [_normalized(_person_name(c)) for c in candidates],
        scorer=fuzz.token_sort_ratio,
        score_cutoff=NAME_THRESHOLD,
        limit=None,
    )
    scored: list[tuple[float, float, NamedContact]] = []
    for _, name_score, index in by_name:
        candidate = candidates[index]
        company_score = fuzz.token_set_ratio(
            company, _normalized(candidate.company), score_cutoff=COMPANY_THRESHOLD
        )
        if company_score:
            scored.append((name_score, company_score, candidate))
    scored.sort(key=lambda found: (-found[0] - found[1], found[2].id))
    return [
        Duplicate(
            candidate.id,
            _display_name(candidate),
            translate("find_duplicates", "same name and company")
            if name_score == company_score == 100
            else translate("find_duplicates", "similar name and company"),
        )
        for name_score, company_score, candidate in scored
    ]


def _person_name(person: Contact | NamedContact) -> str:
    """Given and family name, without title, middle name or suffix ("Dr.", "Jr." differ
    between cards of one person); the full name when the parts are not known."""
    parts = " ".join(p for p in (person.given_name, person.family_name) if p)
    return parts or person.full_name


def _display_name(person: NamedContact) -> str:
    return Contact(
        full_name=person.full_name, given_name=person.given_name, family_name=person.family_name
    ).display_name
