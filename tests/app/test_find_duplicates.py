"""Finding who a card may already be: same email or phone, or a similar name and company."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from cardkeeper.app.find_duplicates import Duplicate, likely_duplicates
from cardkeeper.domain import Contact, Phone, PhoneKind
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library


def person(
    name: str, company: str = "", *, emails: Sequence[str] = (), phones: Sequence[Phone] = ()
) -> Contact:
    """A contact as the reader makes it: the full name and its parts."""
    given, _, family = name.rpartition(" ")
    return Contact(
        full_name=name,
        given_name=given,
        family_name=family,
        company=company,
        emails=list(emails),
        phones=list(phones),
    )


# (saved name, saved company, card's name, card's company, same person?) and why.
SIMILAR = [
    ("Jürgen Müller", "Müller GmbH", "Juergen Mueller", "Mueller GmbH", True),  # transliterated
    ("Jon Smith", "Acme", "John Smith", "Acme Inc", True),  # letter added, legal form
    ("Anna Koch", "Elbtal GmbH", "Anna Kock", "Elbtal GmbH", True),  # one letter misread
    ("Anna Koch", "ELBTAL", "Koch, Anna", "Elbtal", True),  # order, case, punctuation
    ("Łukasz Wróbel", "Grün & Co.", "Lukasz Wrobel", "Grun & Co", True),  # accents, Ł
    ("Søren Ødegård", "Nordlys AS", "Soren Odegard", "Nordlys", True),
    ("Anna Koch", "Elbtal", "Anna Koch", "Nordlicht", False),  # namesakes at two firms
    ("Anna Koch", "Elbtal GmbH", "Anna Koch", "Nordlicht GmbH", False),  # sharing only "GmbH"
    ("Tom Berg", "Berg GmbH", "Tim Berg", "Berg GmbH", False),  # family firm: 87.5 < 88
    ("Thomas Müller", "Müller AG", "Tobias Müller", "Müller AG", False),  # 85
    ("Max Meyer", "Meyer KG", "Mia Meyer", "Meyer KG", False),
    ("Anna Koch", "", "Anna Koch", "", False),  # no company: nothing but a name to go by
    ("Anna Koch", "Elbtal", "Anna Koch", "", False),
]


@pytest.mark.parametrize("case", SIMILAR, ids=lambda case: f"{case[0]}/{case[2]}")
def test_similar_name_and_company(
    contacts: Contacts, library: Library, case: tuple[str, str, str, str, bool]
) -> None:
    saved_name, saved_company, name, company, same = case
    saved = contacts.save_new_contact(person(saved_name, saved_company))
    found = likely_duplicates(library, person(name, company))
    assert [d.contact_id for d in found] == ([saved] if same else [])


def test_a_shared_email_or_phone_says_which(contacts: Contacts, library: Library) -> None:
    by_email = contacts.save_new_contact(person("Anna Koch", emails=["Anna@Elbtal.de"]))
    phone = Phone(PhoneKind.WORK, "+494012345")
    by_phone = contacts.save_new_contact(person("Ben Berg", phones=[phone]))
    card = person("A. Koch", "Elbtal", emails=["x@y.z", "anna@elbtal.de"], phones=[phone])
    assert likely_duplicates(library, card) == [
        Duplicate(by_email, "Anna Koch", "same email anna@elbtal.de"),
        Duplicate(by_phone, "Ben Berg", "same phone +494012345"),
    ]


def test_exact_matches_come_first_and_nobody_twice(contacts: Contacts, library: Library) -> None:
    similar = contacts.save_new_contact(person("Anna Kock", "Elbtal GmbH"))
    same_name = contacts.save_new_contact(person("Anna Koch", "Elbtal GmbH"))
    same_email = contacts.save_new_contact(person("Anna Koch", "Elbtal", emails=["a@elbtal.de"]))
    card = person("Anna Koch", "Elbtal GmbH", emails=["a@elbtal.de"])
    assert likely_duplicates(library, card) == [
        Duplicate(same_email, "Anna Koch", "same email a@elbtal.de"),
        Duplicate(same_name, "Anna Koch", "same name and company"),
        Duplicate(similar, "Anna Kock", "similar name and company"),
    ]


def test_the_contact_itself_and_the_trash_are_left_out(
    contacts: Contacts, library: Library
) -> None:
    card = person("Anna Koch", "Elbtal", emails=["a@elbtal.de"])
    own = contacts.save_new_contact(card)
    trashed = contacts.save_new_contact(person("Anna Koch", "Elbtal", emails=["a@elbtal.de"]))
    contacts.soft_delete([trashed])
    saved = contacts.get_contact(own)
    assert saved is not None
    assert likely_duplicates(library, saved) == []
    assert [d.contact_id for d in likely_duplicates(library, card)] == [own]


def test_a_name_that_is_only_a_full_name_is_compared_too(
    contacts: Contacts, library: Library
) -> None:
    typed = contacts.save_new_contact(Contact(full_name="Anna Koch", company="Elbtal"))
    assert likely_duplicates(library, person("Anna Koch", "Elbtal")) == [
        Duplicate(typed, "Anna Koch", "same name and company")
    ]
    assert likely_duplicates(library, Contact(company="Elbtal")) == []


@pytest.mark.parametrize("text", ['"', "*", "-", "^", "(", ":"])
def test_fts_symbols_in_a_name_are_plain_text(
    contacts: Contacts, library: Library, text: str
) -> None:
    contacts.save_new_contact(person("Anna Koch", "Elbtal"))
    found = likely_duplicates(library, person(f"Anna{text} Koch", f"{text}Elbtal{text}"))
    assert len(found) == 1


@pytest.mark.parametrize("word", ["AND", "OR", "NOT", "NEAR", "name:", "company"])
def test_fts_words_in_a_name_are_plain_text(
    contacts: Contacts, library: Library, word: str
) -> None:
    saved = contacts.save_new_contact(person(f"Anna {word}", f"{word} GmbH"))
    found = likely_duplicates(library, person(f"Anna {word}", f"{word} GmbH"))
    assert [d.contact_id for d in found] == [saved]
