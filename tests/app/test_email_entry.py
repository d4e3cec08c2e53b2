"""What a user types or picks as an e-mail is kept, or refused in one sentence like a phone's."""

from __future__ import annotations

import pytest

from cardkeeper.app.email_entry import check_email_entry


@pytest.mark.parametrize(
    "typed", ["anna@koch.de", " k.sato@hoshino.co.jp ", "o'neil+cards@mail.example.com.br"]
)
def test_real_looking_addresses_are_kept(typed: str) -> None:
    assert check_email_entry(typed) == typed.strip()


@pytest.mark.parametrize(
    ("typed", "sentence"),
    [
        ("uro@asha", "'uro@asha' is not an email address: its domain needs a dot."),
        ("bc@nethernet", "'bc@nethernet' is not an email address: its domain needs a dot."),
        ("anna.koch.de", "'anna.koch.de' is not an email address: it needs one @."),
        ("@koch.de", "'@koch.de' is not an email address: it needs one @."),
        ("an na@koch.de", "'an na@koch.de' is not an email address: check the part before the @."),
        ("anna@koch.d3", "'anna@koch.d3' is not an email address: its domain is not a real one."),
        ("anna@koch..de", "'anna@koch..de' is not an email address: its domain is not a real one."),
        ("anna@-koch.de", "'anna@-koch.de' is not an email address: its domain is not a real one."),
    ],
)
def test_an_impossible_address_says_why(typed: str, sentence: str) -> None:
    with pytest.raises(ValueError, match=None) as refused:
        check_email_entry(typed)
    assert str(refused.value) == sentence
