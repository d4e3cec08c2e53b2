from __future__ import annotations

from dataclasses import replace

import pytest

from cardkeeper.domain import Contact, Phone, PhoneKind
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.search import match_expression

from .conftest import full_contact


@pytest.fixture
def anna(contacts: Contacts) -> int:
    return contacts.save_new_contact(full_contact(), card_text="Cold chain experts since 1999")


def test_every_keystroke_finds_the_contact(contacts: Contacts, anna: int) -> None:
    typed = "anna müller"
    for end in range(1, len(typed) + 1):
        if typed[:end].strip():
            assert contacts.search(typed[:end]) == [anna], typed[:end]


@pytest.mark.parametrize(
    "query",
    [
        "muller",  # without the umlaut
        "MÜLLER",
        "łukasiewicz",
        "procurement",
        "調達",
        "example logistics",
        "anna.mueller@ex",
        "müller.example",
        "+4930",
        "030 123",
        "4915112345678",
        "demo",
        "cold-chain",
        "experts 1999",
    ],
)
def test_search_looks_in_every_field(contacts: Contacts, anna: int, query: str) -> None:
    assert contacts.search(query) == [anna]


@pytest.mark.parametrize(
    "query", ['"', "AND", 'anna" OR "x', "NEAR(anna", "*", "a:b", "-anna", "^"]
)
def test_fts_syntax_typed_by_the_user_is_plain_text(
    contacts: Contacts, anna: int, query: str
) -> None:
    # No sqlite3.OperationalError, and the symbols match nothing they should not.
    assert set(contacts.search(query)) <= {anna}


def test_nothing_to_search_for_finds_nothing(contacts: Contacts, anna: int) -> None:
    assert match_expression(" ,;- ") is None
    assert contacts.search("") == []
    assert contacts.search("zebra") == []


def test_all_words_must_match(contacts: Contacts, anna: int) -> None:
    other = contacts.save_new_contact(Contact(given_name="Anna", family_name="Schmidt"))
    assert sorted(contacts.search("anna")) == sorted([anna, other])
    assert contacts.search("anna schm") == [other]


def test_results_are_newest_first_and_limited(contacts: Contacts) -> None:
    ids = [contacts.save_new_contact(Contact(given_name=f"Anna {i}")) for i in range(5)]
    assert contacts.search("anna") == ids[::-1]
    assert contacts.search("anna", limit=2) == ids[:2:-1]
    assert contacts.search("anna", limit=None) == ids[::-1]


def test_the_index_follows_edits_deletes_and_undo(contacts: Contacts, anna: int) -> None:
    saved = contacts.get_contact(anna)
    assert saved is not None
    contacts.update_contact(
        replace(saved, family_name="Schmidt", phones=[Phone(PhoneKind.WORK, "+4940123")])
    )
    assert contacts.search("schmidt") == [anna]
    assert contacts.search("+4930") == []
    assert contacts.search("4940") == [anna]

    contacts.soft_delete([anna])
    assert contacts.search("schmidt") == []
    contacts.undelete([anna])
    assert contacts.search("schmidt") == [anna]


def test_words_are_found_inside_words(contacts: Contacts) -> None:
    micron = contacts.save_new_contact(Contact(full_name="Lena Brandt", company="Micron"))
    vida = contacts.save_new_contact(Contact(full_name="Rui Costa", company="Microvida"))
    muller = contacts.save_new_contact(Contact(full_name="Jürgen Müller", company="Straße AG"))
    assert contacts.search("icro") == [vida, micron]
    assert contacts.search("ICRO vida") == [vida]
    assert contacts.search("uller") == [muller]  # without the umlaut, as "muller" finds Müller
    assert contacts.search("ÜLLER") == [muller]
    assert contacts.search("strasse") == [muller]
    assert contacts.search("rand") == [micron]


def test_one_or_two_characters_match_word_beginnings(contacts: Contacts) -> None:
    # A trigram cannot hold them; at the first keystrokes word beginnings are what is meant.
    micron = contacts.save_new_contact(Contact(full_name="Lena Brandt", company="Micron"))
    kimi = contacts.save_new_contact(Contact(full_name="Kimi Laine", notes="ÖkoTec"))
    assert contacts.search("mi") == [micron]
    assert contacts.search("m") == [micron]
    assert contacts.search("i") == []
    assert contacts.search("la mi") == []
    assert contacts.search("le mi") == [micron]
    assert contacts.search("ki aine") == [kimi]
    assert contacts.search("o") == [kimi]  # Ö without its dots
    assert contacts.search("ki icr") == []


def test_long_notes_are_searched_inside_words_at_their_start_and_by_word_beginnings_after(
    contacts: Contacts,
) -> None:
    note = "Kickoff " + "x" * 4000 + " Wintergarten"
    ada = contacts.save_new_contact(Contact(full_name="Ada Lovelace", notes=note))
    assert contacts.search("ickof") == [ada]
    assert contacts.search("winterg") == [ada]
    assert contacts.search("intergarten") == []  # past the first 4,000 characters
    assert contacts.search("ada winterg") == [ada]  # every word in one index

    saved = contacts.get_contact(ada)
    assert saved is not None
    contacts.update_contact(replace(saved, notes="Kickoff"))
    assert contacts.search("winterg") == []
    assert contacts.search("ickof") == [ada]
    contacts.update_contact(replace(saved, notes=note))
    contacts.soft_delete([ada])
    assert contacts.search("winterg") == []
    contacts.undelete([ada])
    assert contacts.search("winterg") == [ada]


def test_a_name_is_found_by_its_reading(contacts: Contacts) -> None:
    """山田太郎's card printed Taro Yamada beside the name: the user types what they can."""
    taro = contacts.save_new_contact(
        Contact(
            full_name="山田太郎",
            given_name="太郎",
            family_name="山田",
            reading_given="Taro",
            reading_family="Yamada",
        )
    )
    contacts.save_new_contact(Contact(full_name="Anna Koch"))
    for query in ("Yamada", "yam", "ta", "taro yamada", "山田"):
        assert contacts.search(query) == [taro], query
    found = contacts.get_contact(taro)
    assert found is not None
    contacts.update_contact(replace(found, reading_family="Yamamoto"))
    assert contacts.search("yamada") == []
    assert contacts.search("yamamoto") == [taro]
