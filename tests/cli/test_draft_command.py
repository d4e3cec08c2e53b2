"""``cardkeeper draft``: one contact's email from a real library, printed, as a link or as .eml.

The contacts here have no day met, so the drafts read the same whatever day
the tests run on.
"""

from __future__ import annotations

import email
import email.policy
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from cardkeeper.app.built_ins import ensure_built_ins
from cardkeeper.app.builtin_templates import OFFER
from cardkeeper.cli import main
from cardkeeper.domain import Contact, FollowUp, FollowUpState, Template
from cardkeeper.settings import Settings, save_settings
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import open_library
from cardkeeper.store.events import Events
from cardkeeper.store.follow_ups import FollowUps
from cardkeeper.store.templates import Templates

ANNA = Contact(
    given_name="Anna",
    family_name="Schmidt",
    company="Nordwind Logistik",
    emails=["anna@nordwind.example"],
    interested_in="route planning",
    needs_review=False,
)
ANNA_TOO = Contact(given_name="Anna", family_name="Schmidtke", company="Elbtal", needs_review=False)

THANK_YOU_TEXT = """To: Anna Schmidt <anna@nordwind.example>
Subject: Great to meet you at LogiMAT 2025

Hi Anna,

Thank you for taking the time to talk at LogiMAT 2025. I enjoyed our conversation about route \
planning and have been thinking about it since.

If there is anything I can help with, just reply to this email.

Best regards,
Tom Becker
Acme Routing
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A library with Anna Schmidt (met at LogiMAT) and Anna Schmidtke, and the user's details."""
    folder = tmp_path / "library"
    with open_library(folder) as library:
        event = Events(library).get_or_create("LogiMAT 2025")
        contacts = Contacts(library)
        contacts.save_new_contact(replace(ANNA, event_id=event.id))
        contacts.save_new_contact(ANNA_TOO)
    me = Settings(my_name="Tom Becker", my_company="Acme Routing", my_email="tom@acme.example")
    save_settings(me)
    return folder


def _draft(folder: Path, *args: str) -> int:
    return main(["draft", *args, "--data-dir", str(folder)])


def test_prints_the_draft_for_the_contact_named(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _draft(folder, "Anna Schmidt", "--template", "thank you") == 0
    assert capsys.readouterr().out == THANK_YOU_TEXT


@pytest.mark.parametrize("named", ["1", "#1", "anna@nordwind.example", "NORDWIND", "anna schmidt"])
def test_an_id_an_email_or_words_find_the_contact(
    folder: Path, named: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _draft(folder, named, "--template", "Thank you") == 0
    assert capsys.readouterr().out == THANK_YOU_TEXT


def test_words_that_fit_several_contacts_list_them(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _draft(folder, "anna", "--template", "Thank you") == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        "cardkeeper: “anna” matches 2 contacts (#1 Anna Schmidt, #2 Anna Schmidtke): "
        "give more of the name, or the id.\n"
    )


@pytest.mark.parametrize(
    ("named", "sentence"),
    [
        ("zed", "No contact matches “zed”: try part of the name, the company or the email."),
        ("42", "There is no contact with id 42: `cardkeeper followups` lists ids."),
    ],
)
def test_a_contact_not_found_is_one_sentence(
    folder: Path, named: str, sentence: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _draft(folder, named, "--template", "Thank you") == 2
    assert capsys.readouterr().err == f"cardkeeper: {sentence}\n"


def test_a_template_is_found_by_the_start_of_its_name_or_its_id(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _draft(folder, "1", "--template", "offer") == 0
    by_start = capsys.readouterr().out
    assert by_start.startswith("To: Anna Schmidt <anna@nordwind.example>\n")
    assert "Subject: Something useful on route planning\n" in by_start
    with open_library(folder) as library:
        offer = Templates(library).by_name(OFFER)
    assert offer is not None
    assert _draft(folder, "1", "--template", str(offer.id)) == 0
    assert capsys.readouterr().out == by_start


def test_an_unknown_template_lists_those_there_are(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _draft(folder, "1", "--template", "Hello") == 2
    assert capsys.readouterr().err == (
        "cardkeeper: There is no template called “Hello”: pick one of "
        "“Invite”, “Offer something useful” or “Thank you”.\n"
    )


def test_without_a_template_the_open_follow_up_chooses(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _draft(folder, "1") == 2
    assert capsys.readouterr().err == (
        "cardkeeper: This contact has no follow-up with a template open: choose one with "
        "--template (“Invite”, “Offer something useful”, “Thank you”).\n"
    )
    with open_library(folder) as library:
        templates = {template.name: template.id for template in Templates(library).all()}
        follow_ups = FollowUps(library)
        done = follow_ups.add(FollowUp(1, date(2025, 1, 1), template_id=templates["Invite"]))
        follow_ups.set_state(done, FollowUpState.DONE, datetime.now(UTC))
        follow_ups.add(FollowUp(1, date(2025, 1, 8), step=2, template_id=templates[OFFER]))

    assert _draft(folder, "1") == 0
    assert "Subject: Something useful on route planning\n" in capsys.readouterr().out


def test_mailto_prints_a_link_with_the_whole_draft(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _draft(folder, "Anna Schmidt", "--template", "Thank you", "--mailto") == 0
    link = capsys.readouterr().out.strip()
    parts = urlsplit(link)
    fields = parse_qs(parts.query)
    assert (parts.scheme, unquote(parts.path)) == ("mailto", "anna@nordwind.example")
    assert fields["subject"] == ["Great to meet you at LogiMAT 2025"]
    body = THANK_YOU_TEXT.split("\n\n", 1)[1].rstrip("\n")
    assert fields["body"] == [body.replace("\n", "\r\n")]


def test_eml_saves_a_draft_outlook_opens(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = folder.parent / "anna.eml"

    assert _draft(folder, "Anna Schmidt", "--template", "Thank you", "--eml", str(target)) == 0

    assert capsys.readouterr().out == f"Saved the draft for Anna Schmidt as {target}.\n"
    message = email.message_from_bytes(target.read_bytes(), policy=email.policy.default)
    assert message["X-Unsent"] == "1"
    assert message["From"] == "Tom Becker <tom@acme.example>"
    assert message["To"] == "Anna Schmidt <anna@nordwind.example>"
    assert message["Subject"] == "Great to meet you at LogiMAT 2025"


def test_no_email_address_prints_the_draft_but_refuses_a_link(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _draft(folder, "Schmidtke", "--template", "Invite") == 0
    assert capsys.readouterr().out.startswith(
        "To: Anna Schmidtke has no email address yet\nSubject: Coffee or a short call?\n\nHi Anna,"
    )
    assert _draft(folder, "Schmidtke", "--template", "Invite", "--mailto") == 2
    assert capsys.readouterr().err == (
        "cardkeeper: Anna Schmidtke has no email address: add one to the contact first.\n"
    )


def test_a_broken_template_writes_nothing(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with open_library(folder) as library:
        Templates(library).save(Template("Broken", "Hi", "Hi {{ first_name }},\n{{ frist_name }}"))
    target = folder.parent / "broken.eml"

    assert _draft(folder, "1", "--template", "Broken", "--eml", str(target)) == 2

    assert capsys.readouterr().err == (
        "cardkeeper: Body, line 2: there is no placeholder called “frist_name” "
        "(did you mean “first_name”?).\n"
    )
    assert not target.exists()


def test_a_draft_too_long_for_a_link_says_so(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_library(folder) as library:
        Templates(library).save(Template("Long", "Hi", "{{ interest }} " * 200))
    assert _draft(folder, "1", "--template", "Long", "--mailto") == 2
    assert capsys.readouterr().err == (
        "cardkeeper: This email is too long for a mail link (3,842 characters; mail programs "
        "take about 2,000): save it as .eml or copy it instead.\n"
    )


def test_a_fresh_library_has_the_built_in_templates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "fresh"
    with open_library(folder) as library:
        Contacts(library).save_new_contact(Contact(given_name="Ben", emails=["ben@example.com"]))
    assert _draft(folder, "ben", "--template", "Invite") == 0
    assert capsys.readouterr().out.startswith("To: Ben <ben@example.com>\nSubject: Coffee")
    with open_library(folder) as library:
        ensure_built_ins(library)
        assert len(Templates(library).all()) == 3
