""".eml drafts parse back with Python's own email package, and no contact data adds a header."""

from __future__ import annotations

import email
import email.header
import email.policy
import re
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from cardkeeper.domain import Sender
from cardkeeper.errors import DraftError
from cardkeeper.interop.eml import eml_bytes, save_eml
from cardkeeper.interop.mail_draft import Draft
from cardkeeper.interop.mailto import mailto_uri

NOW = datetime(2025, 3, 13, 8, 30, tzinfo=UTC)
TOM = Sender("Tom Bäcker", "Acme", email="tom@acme.example")
BODY = "Hallo Zoë,\n\nschön, dass wir uns in Köln getroffen haben — à bientôt!\n\nTom"
EXPECTED_HEADERS = {"Date", "From", "To", "Subject", "X-Unsent", "Content-Type"}


def _text(message: EmailMessage) -> str:
    """The body as the draft had it: lines end in CRLF on the wire, as RFC 5322 says."""
    content = message.get_content()
    assert isinstance(content, str)
    assert "\n" not in content.replace("\r\n", "")
    return content.replace("\r\n", "\n")


def _parse(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    assert not message.defects
    return message


def test_the_draft_parses_back_with_its_headers_and_utf8_body() -> None:
    draft = Draft("zoe@example.com", "Grüße aus Köln", BODY, "Zoë Ångström")

    data = eml_bytes(draft, TOM, NOW)

    assert data.isascii(), "headers as RFC 2047 words, body as quoted-printable"
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    message = _parse(data)
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == "Grüße aus Köln"
    assert message["To"] == "Zoë Ångström <zoe@example.com>"
    assert message["To"].addresses[0].addr_spec == "zoe@example.com"
    assert message["From"] == "Tom Bäcker <tom@acme.example>"
    assert message["Date"].datetime == NOW
    assert message.get_content_type() == "text/plain"
    assert message.get_content_charset() == "utf-8"
    assert _text(message) == BODY + "\n"


def test_a_draft_without_address_or_sender_is_still_a_draft() -> None:
    message = _parse(eml_bytes(Draft("", "Hi", "Body", "Anna"), Sender(), NOW))
    assert "To" not in message and "From" not in message
    assert message["X-Unsent"] == "1"
    assert _text(message) == "Body\n"


@pytest.mark.parametrize(
    "evil",
    [
        "Anna\r\nBcc: spy@evil.example",
        "Anna\nX-Injected: yes",
        "Anna\rBcc: spy@evil.example",
        "Schmidt, Anna <spy@evil.example>",
        'Anna "The Boss" & Co?=',
        "=?utf-8?q?Bcc=3A_spy=40evil=2Eexample?=",
        "=?utf-8?q?a=0D=0ABcc:_spy=40evil.example?=",
        "=?utf-8?b?QW5uYQ0KQmNjOiBzcHlAZXZpbC5leGFtcGxl?= <spy@evil.example>",
        "Anna%0D%0ABcc: spy@evil.example",
    ],
)
def test_names_companies_and_subjects_never_create_a_header(evil: str) -> None:
    draft = Draft("anna@example.com", f"About {evil}", f"Body {evil}", evil)
    sender = Sender(name=evil, company=evil, email="tom@acme.example")

    message = _parse(eml_bytes(draft, sender, NOW))

    assert set(message.keys()) == EXPECTED_HEADERS | {"Content-Transfer-Encoding", "MIME-Version"}
    assert [address.addr_spec for address in message["To"].addresses] == ["anna@example.com"]
    assert [address.addr_spec for address in message["From"].addresses] == ["tom@acme.example"]
    as_typed = " ".join(evil.split())
    assert _shown(message["Subject"]) == "About " + as_typed
    # Python's address parser keeps the folding space between two encoded words of a long
    # name (RFC 2047 drops it), so names are compared without their spaces.
    for header in ("To", "From"):
        shown = _shown(message[header].addresses[0].display_name)
        assert shown.replace(" ", "") == as_typed.replace(" ", "")
    assert _text(message) == f"Body {evil}\n".replace("\r\n", "\n").replace("\r", "\n")


def _shown(text: str) -> str:
    """What a mail program shows: the word joiner that defuses "=?" is invisible."""
    return text.replace("\u2060", "")


def test_an_address_with_a_line_break_is_refused() -> None:
    with pytest.raises(DraftError, match=r"is not an email address a mail program accepts"):
        eml_bytes(Draft("anna@example.com\r\nBcc: spy@evil.example", "S", "B", ""), TOM, NOW)


def test_a_bad_address_in_the_settings_points_to_the_settings() -> None:
    with pytest.raises(DraftError) as raised:
        eml_bytes(Draft("anna@example.com", "S", "B", ""), Sender(email="tom at acme"), NOW)
    assert str(raised.value) == (
        "Your email address in the settings, “tom at acme”, is not one a mail program accepts: "
        "correct it under Your details."
    )


def test_long_lines_are_wrapped_for_transport_but_read_back_whole() -> None:
    body = "word " * 200
    message = _parse(eml_bytes(Draft("a@b.de", "S" * 150, body, ""), TOM, NOW))
    assert _text(message) == body + "\n"
    assert message["Subject"] == "S" * 150


def test_save_writes_the_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "draft.eml"
    target.write_bytes(b"an older draft")
    draft = Draft("zoe@example.com", "Hi", BODY, "Zoë")

    save_eml(draft, TOM, NOW, target)

    assert target.read_bytes() == eml_bytes(draft, TOM, NOW)
    assert [path.name for path in tmp_path.iterdir()] == ["draft.eml"]


def test_a_folder_that_is_not_there_is_a_sentence(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "draft.eml"
    with pytest.raises(DraftError) as raised:
        save_eml(Draft("a@b.de", "S", "B", ""), TOM, NOW, target)
    assert (
        str(raised.value) == f"The draft could not be saved as {target}: no such file or directory."
    )


LONG_NAMES = [
    pytest.param(" ".join(["Anna-Maria"] * 91)[:1000], id="1000 characters in words"),
    pytest.param("A" * 1000, id="1000 characters in one word"),
    pytest.param(("Zoë Ångström, " * 72)[:1000].strip(), id="1000 characters, accents, commas"),
    pytest.param('Anna "The Boss" \\ Schmidt, Jr. ' * 32, id="quotes and backslashes"),
    pytest.param("Ä" * 1000, id="1000 accented letters in one word"),
]


@pytest.mark.parametrize("name", LONG_NAMES)
def test_a_long_name_is_folded_into_short_lines_and_read_back_whole(name: str) -> None:
    name = " ".join(name.split())
    draft = Draft("anna@nordwind.example", "Hi", "Body", name)
    sender = Sender(name=name, email="tom@acme.example")

    data = eml_bytes(draft, sender, NOW)

    assert max(len(line) for line in data.split(b"\r\n")) <= 78  # RFC 5322: 998 at most
    message = _parse(data)
    for header, address in (("To", "anna@nordwind.example"), ("From", "tom@acme.example")):
        (read,) = message[header].addresses
        assert read.addr_spec == address
        assert _rfc2047_name(data, header) == name
        if not any(len(word) > 60 or not word.isascii() for word in name.split()):
            assert read.display_name == name  # also exactly as Python's own parser reads it


def _rfc2047_name(data: bytes, header: str) -> str:
    """The display name as a mail program reads it: RFC 2047 joins adjacent encoded words.

    Python's address parser keeps the space between two encoded words; the
    ``email.header`` decoder drops it, as RFC 2047 (section 6.2) says.
    """
    unfolded = email.message_from_bytes(data, policy=email.policy.compat32)[header]
    assert isinstance(unfolded, str)
    phrase = unfolded.replace("\r\n", "").rsplit("<", 1)[0].strip()
    decoded = str(email.header.make_header(email.header.decode_header(phrase)))
    if decoded.startswith('"') and decoded.endswith('"'):
        decoded = re.sub(r"\\(.)", r"\1", decoded[1:-1])
    return decoded


def test_a_mailto_link_for_a_long_name_still_goes_to_the_address() -> None:
    draft = Draft("anna@nordwind.example", "Hi", "Body", "A" * 1000)
    link = urlsplit(mailto_uri(draft))
    assert link.scheme == "mailto"
    assert link.path == "anna@nordwind.example"
    assert parse_qs(link.query) == {"subject": ["Hi"], "body": ["Body"]}
