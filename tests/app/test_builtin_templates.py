"""The three built-in emails read as a person wrote them, whatever the card left empty."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import date

import pytest

from cardkeeper.app.builtin_templates import BUILT_IN_TEMPLATES, INVITE, OFFER, THANK_YOU
from cardkeeper.app.drafts import Draft, check, draft_context, render
from cardkeeper.domain import Contact, Event, Sender, Template

TODAY = date(2025, 3, 13)
LOGIMAT = Event("LogiMAT 2025", date(2025, 3, 11), "Stuttgart", id=1)
ME = Sender("Tom Becker", "Acme Routing", "Sales Engineer", "tom@acme.example")
ANNA = Contact(
    given_name="Anna",
    family_name="Schmidt",
    title="Head of Logistics",
    company="Nordwind Logistik",
    emails=["anna@nordwind.example"],
    interested_in="route planning for delivery fleets",
    met_on=date(2025, 3, 12),
)
SIGNED = "Best regards,\nTom Becker\nSales Engineer, Acme Routing"

THANK_YOU_BODY = f"""Hi Anna,

Thank you for taking the time to talk at LogiMAT 2025 yesterday. I enjoyed our conversation \
about route planning for delivery fleets and have been thinking about it since.

If there is anything I can help with, just reply to this email.

{SIGNED}"""

OFFER_BODY = f"""Hi Anna,

Since we talked about route planning for delivery fleets at LogiMAT 2025, I wanted to send you \
something useful rather than just check in.

Would any of these help you and the team at Nordwind Logistik: a short demo of how we handle \
route planning for delivery fleets, the best article I know on it, or an introduction to someone \
who knows it better than I do? Just reply with the one you would like, and I will set it up.

{SIGNED}"""

INVITE_BODY = f"""Hi Anna,

I would love to continue the conversation we started at LogiMAT 2025 about route planning for \
delivery fleets. Would you have time for a coffee or a 20-minute call in the next two weeks? \
Just reply with a time that suits you, and I will send an invitation.

If you would rather meet the Acme Routing team in person, I would be glad to save you a place \
at our next event.

{SIGNED}"""


def _template(name: str) -> Template:
    return next(template for template in BUILT_IN_TEMPLATES if template.name == name)


def _draft(name: str, contact: Contact, event: Event | None, sender: Sender = ME) -> Draft:
    return render(_template(name), draft_context(contact, event, sender, TODAY))


def test_there_are_the_three_moves_all_built_in_and_valid() -> None:
    assert [template.name for template in BUILT_IN_TEMPLATES] == [THANK_YOU, OFFER, INVITE]
    for template in BUILT_IN_TEMPLATES:
        assert template.built_in and template.id is None
        check(template)


def test_thank_you_recalls_the_event_the_day_and_the_interest() -> None:
    draft = _draft(THANK_YOU, ANNA, LOGIMAT)
    assert draft == Draft(
        "anna@nordwind.example", "Great to meet you at LogiMAT 2025", THANK_YOU_BODY, "Anna Schmidt"
    )


def test_offer_ties_the_offer_to_their_interest_and_company() -> None:
    draft = _draft(OFFER, ANNA, LOGIMAT)
    assert draft.subject == "Something useful on route planning for delivery fleets"
    assert draft.body == OFFER_BODY


def test_invite_asks_for_coffee_or_a_call_and_offers_the_next_event() -> None:
    draft = _draft(INVITE, ANNA, LOGIMAT)
    assert draft.subject == "Coffee or a short call?"
    assert draft.body == INVITE_BODY


def test_no_first_name_greets_warmly_anyway() -> None:
    nameless = replace(ANNA, given_name="", family_name="")
    for name, full in ((THANK_YOU, THANK_YOU_BODY), (OFFER, OFFER_BODY), (INVITE, INVITE_BODY)):
        draft = _draft(name, nameless, LOGIMAT)
        assert draft.body == full.replace("Hi Anna,", "Hi there,")
        assert draft.to_name == ""


def test_no_event_leaves_out_where_and_when_but_keeps_the_interest() -> None:
    met_somewhere = replace(ANNA, met_on=None)
    assert _draft(THANK_YOU, met_somewhere, None).subject == "Great to meet you"
    assert _draft(THANK_YOU, met_somewhere, None).body == THANK_YOU_BODY.replace(
        "talk at LogiMAT 2025 yesterday.", "talk."
    )
    assert _draft(OFFER, met_somewhere, None).body == OFFER_BODY.replace(
        "fleets at LogiMAT 2025, I", "fleets, I"
    )
    assert _draft(INVITE, met_somewhere, None).body == INVITE_BODY.replace(
        "the conversation we started at LogiMAT 2025 about", "our conversation about"
    )


def test_no_event_but_a_day_says_when() -> None:
    body = _draft(THANK_YOU, replace(ANNA, met_on=date(2025, 3, 10)), None).body
    assert "Thank you for taking the time to talk on Monday. I enjoyed" in body


def test_the_event_day_stands_in_for_an_unknown_meeting_day() -> None:
    body = _draft(THANK_YOU, replace(ANNA, met_on=None), LOGIMAT).body
    assert "talk at LogiMAT 2025 on Tuesday. I enjoyed" in body


def test_no_interest_speaks_of_the_conversation_and_offers_in_general() -> None:
    uninterested = replace(ANNA, interested_in="")
    assert _draft(THANK_YOU, uninterested, LOGIMAT).body == THANK_YOU_BODY.replace(
        "I enjoyed our conversation about route planning for delivery fleets and have been "
        "thinking about it since.",
        "I really enjoyed our conversation.",
    )
    offer = _draft(OFFER, uninterested, LOGIMAT)
    assert offer.subject == "Something you might find useful"
    assert offer.body == OFFER_BODY.replace(
        "Since we talked about route planning for delivery fleets at", "Since we met at"
    ).replace(
        "a short demo of how we handle route planning for delivery fleets, the best article I "
        "know on it, or an introduction to someone who knows it better than I do?",
        "a short demo of what we do, an article I think is worth your time, or an introduction "
        "to someone in my network?",
    )
    assert _draft(INVITE, uninterested, LOGIMAT).body == INVITE_BODY.replace(
        " about route planning for delivery fleets.", "."
    )


def test_an_empty_card_and_empty_settings_still_give_whole_mails() -> None:
    nobody = Contact()
    drafts = [_draft(name, nobody, None, Sender()) for name in (THANK_YOU, OFFER, INVITE)]
    assert [draft.subject for draft in drafts] == [
        "Great to meet you",
        "Something you might find useful",
        "Coffee or a short call?",
    ]
    assert drafts[0].body == (
        "Hi there,\n\nThank you for taking the time to talk. I really enjoyed our conversation."
        "\n\nIf there is anything I can help with, just reply to this email.\n\nBest regards,"
    )
    assert drafts[1].body == (
        "Hi there,\n\nSince we met, I wanted to send you something useful rather than just check "
        "in.\n\nWould any of these help: a short demo of what we do, an article I think is worth "
        "your time, or an introduction to someone in my network? Just reply with the one you "
        "would like, and I will set it up.\n\nBest regards,"
    )
    assert drafts[2].body == (
        "Hi there,\n\nI would love to continue our conversation. Would you have time for a coffee "
        "or a 20-minute call in the next two weeks? Just reply with a time that suits you, and I "
        "will send an invitation.\n\nBest regards,"
    )


def test_a_written_signature_replaces_the_name_block() -> None:
    signed = replace(ME, signature="Tom\n-- \nAcme Routing · +49 30 1234567")
    body = _draft(THANK_YOU, ANNA, LOGIMAT, signed).body
    assert body.endswith("Best regards,\nTom\n-- \nAcme Routing · +49 30 1234567")


_FIELDS = ("given_name", "company", "interested_in", "met_on", "title")


@pytest.mark.parametrize("template", BUILT_IN_TEMPLATES, ids=lambda template: template.name)
def test_every_combination_of_empty_fields_reads_cleanly(template: Template) -> None:
    """No double spaces, dangling commas, stray blank lines or empty quotes, whatever is missing."""
    for emptied in itertools.chain.from_iterable(
        itertools.combinations(_FIELDS, n) for n in range(len(_FIELDS) + 1)
    ):
        contact = replace(ANNA, **{name: None if name == "met_on" else "" for name in emptied})
        for event, sender in itertools.product((LOGIMAT, None), (ME, Sender())):
            draft = render(template, draft_context(contact, event, sender, TODAY))
            for text in (draft.subject, draft.body):
                assert "  " not in text, (emptied, text)
                assert not re.search(r" [,.?:]|,[,.]|\.\.|\n\n\n|^\s|\s$|None|\{|\}", text), (
                    emptied,
                    text,
                )
                assert all(line == line.strip() for line in text.split("\n")), text
            assert draft.body.startswith("Hi ")
            assert "\n\nBest regards," in draft.body
