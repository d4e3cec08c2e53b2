"""What a user types into a phone field becomes an E.164 phone, or one sentence saying why not."""

from __future__ import annotations

import pytest

from cardkeeper.app.phone_entry import (
    EntryRegion,
    entry_region,
    format_for_reading,
    parse_phone_entry,
    taken_as,
)
from cardkeeper.domain import Phone, PhoneKind


@pytest.mark.parametrize(
    ("typed", "region", "e164"),
    [
        ("030 1234567", "DE", "+49301234567"),
        ("+49 (0)30 123 45 67", "US", "+49301234567"),
        ("020 7946 0958", "GB", "+442079460958"),
        ("04 50 84 22 29", "FR", "+33450842229"),
        ("(415) 555-2671", "US", "+14155552671"),
        ("1-800-FLOWERS", "US", "+18003569377"),
        ("03-1234-5678", "JP", "+81312345678"),
        ("06 1234 5678", "IT", "+390612345678"),
        ("0041 44 668 18 00", "DE", "+41446681800"),
        ("  +61 2 9876 5432  ", "FR", "+61298765432"),
    ],
)
def test_numbers_from_several_countries_become_e164(typed: str, region: str, e164: str) -> None:
    assert parse_phone_entry(typed, PhoneKind.MOBILE, region) == Phone(PhoneKind.MOBILE, e164)


def test_a_possible_but_unassigned_number_is_kept() -> None:
    """The user knows their contact's number better than phonenumbers' range tables."""
    assert parse_phone_entry("+49 30 123", PhoneKind.WORK, "US").number == "+4930123"


@pytest.mark.parametrize(
    ("typed", "region", "sentence"),
    [
        ("12", "DE", "'12' is too short to be a phone number."),
        ("12", "US", "'12' is too short to be a phone number."),
        ("+49 1", "US", "'+49 1' is too short to be a phone number."),
        ("253 0000", "US", "'253 0000' needs its area code."),
        ("1" * 20, "US", f"'{'1' * 20}' is too long to be a phone number."),
        ("22 33 44 5", "NO", "'22 33 44 5' has the wrong number of digits for a +47 number."),
        ("123456", "FR", "'123456' is too short to be a phone number."),
        ("call me", "GB", "'call me' is not a phone number."),
        ("+999 1234567", "US", "'+999 1234567' starts with an unknown country code."),
        ("030 1234567", "ZZ", "'030 1234567' needs its country code, such as +44."),
        (
            "+49 30 1234567 ext. 12",
            "DE",
            "'+49 30 1234567 ext. 12' has an extension, which can't be saved: "
            "leave it out and put it in the notes.",
        ),
    ],
)
def test_impossible_numbers_say_why_in_one_sentence(typed: str, region: str, sentence: str) -> None:
    with pytest.raises(ValueError) as raised:
        parse_phone_entry(typed, PhoneKind.WORK, region)
    assert str(raised.value) == sentence


@pytest.mark.parametrize(
    ("e164", "home", "shown"),
    [
        ("+49301234567", "DE", "030 1234567"),
        ("+49301234567", "US", "+49 30 1234567"),
        ("+442079460958", "GB", "020 7946 0958"),
        ("+442079460958", "FR", "+44 20 7946 0958"),
        ("+33450842229", "FR", "04 50 84 22 29"),
        ("+14155552671", "US", "(415) 555-2671"),
        ("+14165550123", "US", "(416) 555-0123"),
        ("+61298765432", "AU", "(02) 9876 5432"),
        ("+81312345678", "DE", "+81 3-1234-5678"),
    ],
)
def test_home_numbers_read_national_others_international(e164: str, home: str, shown: str) -> None:
    assert format_for_reading(e164, home) == shown


def test_a_stored_value_that_is_no_number_is_shown_as_it_is() -> None:
    assert format_for_reading("ask at reception", "DE") == "ask at reception"


NUMBERS = "as the card's other numbers are"
ADDRESS = "as the card's address is"
DOMAINS = "as the card's email and web domains are"
SETTINGS = "the country in Settings"


@pytest.mark.parametrize(
    ("numbers", "address", "hosts", "region", "why"),
    [
        (["+819012345678"], "", ["a@b.com"], "JP", NUMBERS),
        (["+551140028922", "+14155552671", "+5511987654321"], "", [], "BR", NUMBERS),
        ([], "Rua Augusta 1500, São Paulo - SP, 01304-001", ["x.com.br"], "BR", ADDRESS),
        ([], "", ["ana@vidraria.com.br", "https://vidraria.com.br"], "BR", DOMAINS),
        ([], "", ["pat@example.com"], "DE", SETTINGS),
        (["not a number"], "", [], "DE", SETTINGS),
    ],
)  # fmt: skip
def test_a_typed_number_takes_the_country_the_card_shows(
    numbers: list[str], address: str, hosts: list[str], region: str, why: str
) -> None:
    assert entry_region(numbers, address, hosts, "DE") == EntryRegion(region, why)


def test_the_row_says_which_country_it_took_and_why() -> None:
    phone = parse_phone_entry("03-5545-3801", PhoneKind.WORK, "JP")
    taken = taken_as(phone, EntryRegion("JP", "as the card's other numbers are"))
    assert taken == "Taken as a number in Japan (+81), as the card's other numbers are."
