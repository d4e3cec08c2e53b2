"""mailto: links carry the draft intact and nothing else, whatever the contact's data holds."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from cardkeeper.errors import DraftError
from cardkeeper.interop.mail_draft import Draft
from cardkeeper.interop.mailto import MAILTO_LIMIT, mailto_uri

BODY = "Hi Zoë,\n\nschön — 100% & more? a=b; c+d #1\n\nTom"


def _fields(uri: str) -> tuple[str, dict[str, list[str]]]:
    parts = urlsplit(uri)
    assert parts.scheme == "mailto"
    assert not parts.fragment
    return unquote(parts.path), parse_qs(parts.query, keep_blank_values=True, strict_parsing=True)


def test_the_link_round_trips_to_the_same_draft() -> None:
    draft = Draft("zoe@example.com", "Großartig: 50% off & more?", BODY, "Zoë Ångström")

    uri = mailto_uri(draft)

    to, fields = _fields(uri)
    assert to == "zoe@example.com"
    assert fields == {"subject": [draft.subject], "body": [BODY.replace("\n", "\r\n")]}


def test_every_value_is_percent_encoded_and_line_breaks_are_crlf() -> None:
    uri = mailto_uri(Draft("a@b.de", "x y", "one\ntwo\r\nthree\rfour", ""))
    assert uri == "mailto:a@b.de?subject=x%20y&body=one%0D%0Atwo%0D%0Athree%0D%0Afour"
    query = uri.split("?", 1)[1]
    assert set(query) <= set(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789%-_.~=&"
    )


def test_empty_subject_and_body_are_left_out() -> None:
    assert mailto_uri(Draft("a@b.de", "", "", "")) == "mailto:a@b.de"
    assert mailto_uri(Draft("a@b.de", " ", "Hi", "")) == "mailto:a@b.de?body=Hi"


@pytest.mark.parametrize(
    "subject",
    [
        "Hello\r\nBcc: spy@evil.example",
        "Hi&bcc=spy@evil.example",
        "Hi?cc=spy@evil.example",
        "a=b&body=replaced",
        "Quotes \"and\" 'more'",
        "Literal %0A%0D text &amp; %26",
        "=?utf-8?q?Hi=0D=0ABcc:_spy=40evil.example?=",
    ],
)
def test_subjects_never_open_a_field_of_their_own(subject: str) -> None:
    to, fields = _fields(mailto_uri(Draft("anna@example.com", subject, "Body", "Anna")))
    assert to == "anna@example.com"
    assert set(fields) == {"subject", "body"}
    assert fields["body"] == ["Body"]
    shown = fields["subject"][0].replace("\u2060", "")  # the invisible joiner that defuses "=?"
    assert shown == " ".join(subject.split())


def test_a_body_with_field_syntax_stays_one_body() -> None:
    body = "a\n&cc=spy@evil.example&subject=x\n?bcc=y %0D%0Abcc: z"
    _, fields = _fields(mailto_uri(Draft("anna@example.com", "S", body, "")))
    assert set(fields) == {"subject", "body"}
    assert fields["body"] == [body.replace("\n", "\r\n")]


def test_several_addresses_and_a_typed_name_give_plain_addresses() -> None:
    uri = mailto_uri(Draft('"Schmidt, Anna" <anna@example.com>, b@müller.de', "", "", ""))
    assert uri == "mailto:anna@example.com,b@xn--mller-kva.de"


def test_an_address_with_mailto_syntax_is_encoded_not_obeyed() -> None:
    to, fields = _fields(mailto_uri(Draft("x?cc=spy@evil.example", "S", "", "")))
    assert to == "x?cc=spy@evil.example"
    assert fields == {"subject": ["S"]}


@pytest.mark.parametrize(
    "address",
    ["anna@example.com\r\nBcc: spy@evil.example", "a@b.de&body=x", "not an address", "a@b@c"],
)
def test_an_address_no_mail_program_accepts_is_refused(address: str) -> None:
    with pytest.raises(DraftError, match=r"is not an email address a mail program accepts"):
        mailto_uri(Draft(address, "S", "B", "Anna"))


def test_no_address_names_the_contact() -> None:
    with pytest.raises(DraftError) as raised:
        mailto_uri(Draft("", "S", "B", "Anna Schmidt"))
    assert str(raised.value) == "Anna Schmidt has no email address: add one to the contact first."
    with pytest.raises(DraftError, match=r"^This contact has no email address"):
        mailto_uri(Draft("  ", "S", "B", ""))


def test_a_draft_too_long_for_a_link_says_what_to_do_instead() -> None:
    fits = Draft("a@b.de", "", "x" * (MAILTO_LIMIT - len("mailto:a@b.de?body=")), "")
    assert len(mailto_uri(fits)) == MAILTO_LIMIT

    with pytest.raises(DraftError) as raised:
        mailto_uri(Draft("a@b.de", "", "ü" * 389, ""))  # 6 characters each once encoded
    assert str(raised.value) == (
        "This email is too long for a mail link (2,353 characters; mail programs take about "
        "2,000): save it as .eml or copy it instead."
    )
