"""Rendering drafts: every placeholder filled, every template mistake one sentence."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from datetime import date

import pytest

from cardkeeper.app.built_ins import ensure_built_ins
from cardkeeper.app.builtin_templates import THANK_YOU
from cardkeeper.app.drafts import PLACEHOLDERS, Draft, check, draft_context, draft_for, render
from cardkeeper.domain import Contact, Event, Phone, PhoneKind, Sender, Template
from cardkeeper.errors import DraftError, TemplateError
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from cardkeeper.store.events import Events
from cardkeeper.store.templates import Templates

TODAY = date(2025, 3, 13)
ME = Sender("Tom Becker", "Acme Routing", "Sales Engineer", "tom@acme.example")
EXPO = Event("LogiMAT 2025", date(2025, 3, 11), "Stuttgart, Hall 4", id=3)
ANNA = Contact(
    given_name="Anna",
    family_name="Schmidt",
    prefix="Dr.",
    full_name="Dr. Anna Schmidt",
    title="Head of Logistics",
    company="Nordwind Logistik",
    address="Hafenstraße 1\n20457 Hamburg",
    emails=["anna@nordwind.example", "a.schmidt@example.org"],
    phones=[Phone(PhoneKind.WORK, "+49401234567", "+49 40 123 45 67")],
    websites=["https://nordwind.example"],
    notes="Wants a demo.\nAsk about Q3.",
    interested_in="route planning",
    met_on=date(2025, 3, 12),
)


def _render(
    body: str, subject: str = "Hello", contact: Contact = ANNA, event: Event | None = EXPO
) -> Draft:
    return render(Template("t", subject, body), draft_context(contact, event, ME, TODAY))


def _error(body: str, subject: str = "Hello") -> str:
    with pytest.raises(TemplateError) as raised:
        _render(body, subject)
    return str(raised.value)


def test_every_placeholder_has_a_value_and_a_description() -> None:
    context = draft_context(ANNA, EXPO, ME, TODAY)
    assert list(context) == list(PLACEHOLDERS)
    assert all(PLACEHOLDERS.values())
    assert context == {
        "first_name": "Anna",
        "last_name": "Schmidt",
        "full_name": "Dr. Anna Schmidt",
        "prefix": "Dr.",
        "title": "Head of Logistics",
        "company": "Nordwind Logistik",
        "email": "anna@nordwind.example",
        "phone": "+49 40 123 45 67",
        "website": "https://nordwind.example",
        "address": "Hafenstraße 1\n20457 Hamburg",
        "notes": "Wants a demo.\nAsk about Q3.",
        "event": "LogiMAT 2025",
        "event_date": "11 March 2025",
        "event_place": "Stuttgart, Hall 4",
        "met_on": "12 March 2025",
        "met_when": "yesterday",
        "interest": "route planning",
        "days_since_met": 1,
        "my_name": "Tom Becker",
        "my_company": "Acme Routing",
        "my_title": "Sales Engineer",
        "my_email": "tom@acme.example",
        "my_signature": "Tom Becker\nSales Engineer, Acme Routing",
    }


def test_an_empty_contact_gives_empty_values_and_no_day() -> None:
    context = draft_context(Contact(), None, Sender(), TODAY)
    assert context["days_since_met"] is None
    assert {value for name, value in context.items() if name != "days_since_met"} == {""}
    assert _render("[{{ days_since_met }}]", contact=Contact(), event=None).body == "[]"


@pytest.mark.parametrize(
    ("met", "said"),
    [
        (date(2025, 3, 13), "today"),
        (date(2025, 3, 12), "yesterday"),
        (date(2025, 3, 8), "on Saturday"),
        (date(2025, 3, 6), "on 6 March"),
        (date(2024, 12, 30), "on 30 December 2024"),
    ],
)
def test_met_when_says_the_day_as_a_person_would(met: date, said: str) -> None:
    assert draft_context(replace(ANNA, met_on=met), None, ME, TODAY)["met_when"] == said


def test_line_breaks_in_one_line_fields_cannot_tear_a_sentence() -> None:
    torn = replace(ANNA, given_name=" Anna\r\n", company="Nordwind\nLogistik ")
    context = draft_context(torn, replace(EXPO, name="LogiMAT\n2025"), ME, TODAY)
    assert (context["first_name"], context["company"], context["event"]) == (
        "Anna",
        "Nordwind Logistik",
        "LogiMAT 2025",
    )


def test_a_written_signature_is_used_as_written() -> None:
    context = draft_context(ANNA, EXPO, replace(ME, signature="Tom\n-- \nAcme"), TODAY)
    assert context["my_signature"] == "Tom\n-- \nAcme"


def test_fallbacks_work_and_the_draft_is_addressed() -> None:
    draft = _render('Hi {{ first_name or "there" }},', "For {{ company }}")
    assert draft == Draft(
        "anna@nordwind.example", "For Nordwind Logistik", "Hi Anna,", ANNA.full_name
    )
    nameless = _render('Hi {{ first_name or "there" }},', contact=replace(ANNA, given_name=""))
    assert nameless.body == "Hi there,"


def test_tags_alone_on_their_lines_leave_no_blank_lines() -> None:
    body = (
        "Hi\n{% if interest %}\nAbout {{ interest }}.\n{% endif %}\n"
        "{% if notes and false %}\nX\n{% endif %}\nBye"
    )
    assert _render(body).body == "Hi\nAbout route planning.\nBye"


def test_windows_line_ends_behave_the_same() -> None:
    body = "Hi\r\n{% if interest %}\r\nAbout {{ interest }}.\r\n{% endif %}\r\nBye"
    assert _render(body).body == "Hi\nAbout route planning.\nBye"


def test_a_tag_at_the_end_of_a_line_keeps_the_line_break() -> None:
    assert _render("Hi{% if event %} at {{ event }}{% endif %}\nBye").body == (
        "Hi at LogiMAT 2025\nBye"
    )


def test_the_body_is_tidied_and_the_subject_is_one_line() -> None:
    draft = _render("\n\nA   \n\n\n\nB\n\n", "Hello\n{{ first_name }}\r\n  again")
    assert draft.body == "A\n\nB"
    assert draft.subject == "Hello Anna again"


def test_template_variables_and_loops_are_allowed() -> None:
    body = (
        "{% set who = first_name | upper %}{{ who }}: "
        "{% for word in interest.split() %}[{{ word }}]{% endfor %}"
    )
    assert _render(body).body == "ANNA: [route][planning]"


def test_an_unknown_placeholder_names_part_line_and_a_likely_fix() -> None:
    assert _error("Hi,\n\n{{ frist_name }}") == (
        "Body, line 3: there is no placeholder called “frist_name” (did you mean “first_name”?)."
    )
    assert _error("Hi", "About {{ intrest }}") == (
        "Subject, line 1: there is no placeholder called “intrest” (did you mean “interest”?)."
    )
    assert _error("{{ shoe_size }}") == "Body, line 1: there is no placeholder called “shoe_size”."


def test_an_unknown_placeholder_in_a_branch_not_taken_is_still_found() -> None:
    body = "Hi\n{% if not first_name %}\n{{ nickname }}\n{% endif %}\nBye"
    assert _error(body).startswith("Body, line 3: there is no placeholder called “nickname”")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            "Hi\n{% if event %}\nAt {{ event }}.",
            "Body, line 3: “{% if %}” is never closed: type “{% endif %}” where it should end.",
        ),
        ("Hi {{ first_name", "Body, line 1: “{{ …” is not closed: type “}}”."),
        (
            "Hi {{ first_name }",
            "Body, line 1: a single “}”: close a placeholder with “}}” and a tag with “%}”.",
        ),
        (
            "A\n{% endif %}",
            "Body, line 2: “{% endif %}” has no “{% if … %}” before it: "
            "type the “{% if … %}”, or delete the “{% endif %}”.",
        ),
        (
            "{% for w in interest %}\n{% endif %}",
            "Body, line 2: “{% for %}” is still open: type “{% endfor %}” before “{% endif %}”.",
        ),
        ("{{ first_name | uper }}", "Body, line 1: there is no filter called “uper”."),
        ("{% if first_name is nice %}{% endif %}", "Body, line 1: there is no test called “nice”."),
        (
            "{{ }}",
            "Body, line 1: “{{ }}” is empty: type a placeholder between them, "
            "e.g. “{{ first_name }}”.",
        ),
        (
            "Dear {{ first_name }},\n{% if email\nBye",
            "Body, line 3: “{% if …” is not closed: type “%}” before “Bye”.",
        ),
        (
            "{% if %}Hi{% endif %}",
            "Body, line 1: “{% if %}” needs a placeholder, e.g. “{% if email %}”.",
        ),
        (
            "{% iff email %}Hi{% endif %}",
            "Body, line 1: there is no “{% iff %}”: use “{% if … %}” or “{% for … %}”.",
        ),
        (
            "Hi\n{{ first_name }} }}",
            "Body, line 2: a “}}” with no “{{” before it: "
            "type the “{{” that opens it, or delete the “}}”.",
        ),
        (
            "{% include 'secrets.txt' %}",
            "Body, line 1: a template cannot include or import another one.",
        ),
        ("{% extends 'base' %}", "Body, line 1: a template cannot include or import another one."),
    ],
)
def test_a_template_that_does_not_parse_is_one_sentence(body: str, message: str) -> None:
    assert _error(body) == message


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("a\n{{ ''.__class__ }}", "Body, line 2: templates may not use “__class__”."),
        (
            "{{ first_name.__class__.__mro__[1].__subclasses__() }}",
            "Body, line 1: templates may not use “__class__”.",
        ),
        ("{{ first_name.__len__() }}", "Body, line 1: templates may not use “__len__”."),
        (
            "{{ 'x' * 10000000 }}",
            "Body, line 1: templates may not use text repeated that many times.",
        ),
        ("{{ 9 ** 9999999 }}", "Body, line 1: templates may not use a power that large."),
        ("{{ range(10) }}", "Body, line 1: there is no placeholder called “range”."),
        ("{{ lipsum() }}", "Body, line 1: there is no placeholder called “lipsum”."),
    ],
)
def test_the_sandbox_refuses_python_internals_and_memory_bombs(body: str, message: str) -> None:
    assert _error(body) == message


def test_indented_tags_on_their_own_lines_leave_nothing_behind() -> None:
    body = "Hi\n  {% if interest %}\n    About {{ interest }}.\n  {% endif %}\nBye"
    assert _render(body).body == "Hi\n    About route planning.\nBye"


def test_a_runaway_loop_stops_with_a_sentence() -> None:
    body = "{% for a in notes * 300 %}{% for b in notes * 300 %}{{ a }}{% endfor %}{% endfor %}"
    assert _error(body) == (
        "Body: the email would be longer than 100,000 characters, "
        "which means a loop in the template repeats far too often."
    )


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            "Hi\n{% if event %}\nok\n{% endif %}\n{{ first_name.nickname }}",
            "Body, line 5: there is no “nickname” in a text.",
        ),
        ("{{ first_name[40] }}", "Body, line 1: there is no “40” in a text."),
        ("one\ntwo {{ 1 / 0 }}", "Body, line 2: it divides by zero."),
        (
            "{{ days_since_met + 'days' }}",
            "Body, line 1: it cannot be worked out "
            "(unsupported operand type(s) for +: “int” and “str”).",
        ),
    ],
)
def test_a_mistake_found_while_rendering_names_its_line(body: str, message: str) -> None:
    assert _error(body) == message


def test_an_error_in_the_body_gives_no_draft_even_when_the_subject_was_fine() -> None:
    with pytest.raises(TemplateError, match=r"^Body, line 2"):
        _render("Hi {{ first_name }},\n{{ first_name.x }}", "Fine {{ first_name }}")


def test_check_finds_mistakes_without_a_contact() -> None:
    check(Template("ok", "{{ first_name }}", "{{ interest or 'hi' }}"))
    with pytest.raises(
        TemplateError, match=r"^Subject, line 1: there is no placeholder called “x”\.$"
    ):
        check(Template("bad", "{{ x }}", ""))


def _library_with_anna(library: Library) -> int:
    event = Events(library).get_or_create("LogiMAT 2025", day=date(2025, 3, 11))
    return Contacts(library).save_new_contact(replace(ANNA, event_id=event.id, met_on=None))


def test_draft_for_reads_contact_event_and_template_from_the_library(library: Library) -> None:
    ensure_built_ins(library)
    anna = _library_with_anna(library)

    by_name = draft_for(library, anna, THANK_YOU.upper(), ME, TODAY)

    assert by_name.to == "anna@nordwind.example"
    assert by_name.to_name == "Dr. Anna Schmidt"
    assert by_name.subject == "Great to meet you at LogiMAT 2025"
    assert "talk at LogiMAT 2025 on Tuesday. I enjoyed our conversation about route planning" in (
        by_name.body
    )
    template = Templates(library).by_name(THANK_YOU)
    assert template is not None and template.id is not None
    assert draft_for(library, anna, template.id, ME, TODAY) == by_name


def test_draft_for_an_unknown_template_lists_the_known_ones(library: Library) -> None:
    ensure_built_ins(library)
    anna = _library_with_anna(library)
    with pytest.raises(TemplateError) as raised:
        draft_for(library, anna, "Thanks!", ME, TODAY)
    assert str(raised.value) == (
        "There is no template called “Thanks!”: pick one of "
        "“Invite”, “Offer something useful” or “Thank you”."
    )
    with pytest.raises(TemplateError, match=r"^There is no template with id 999: pick one of"):
        draft_for(library, anna, 999, ME, TODAY)


def test_draft_for_a_contact_that_does_not_exist(library: Library) -> None:
    with pytest.raises(
        DraftError, match=r"^There is no contact with id 42: it may have been deleted\.$"
    ):
        draft_for(library, 42, THANK_YOU, ME, TODAY)


def test_draft_for_a_contact_in_the_trash_says_so(library: Library) -> None:
    ensure_built_ins(library)
    anna = _library_with_anna(library)
    Contacts(library).soft_delete([anna])
    with pytest.raises(
        DraftError, match=r"^Dr\. Anna Schmidt is in the trash: restore the contact to write"
    ):
        draft_for(library, anna, THANK_YOU, ME, TODAY)


def test_a_broken_template_in_the_library_is_a_sentence_not_a_crash(library: Library) -> None:
    anna = _library_with_anna(library)
    Templates(library).save(Template("Mine", "Hi", "{% if %}"))
    with pytest.raises(TemplateError, match=r"^Body, line 1: "):
        draft_for(library, anna, "mine", ME, TODAY)


_PROBE = """
import resource, sys, time
from datetime import date
resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))
from cardkeeper.app.drafts import draft_context, render
from cardkeeper.domain import Contact, Sender, Template
from cardkeeper.errors import TemplateError
name = "N" * 1000
contact = Contact(given_name=name, full_name=name, notes="line\\n" * 100)
context = draft_context(contact, None, Sender(), date(2025, 3, 13))
render(Template("t", "Hi", "{{ full_name }}"), context)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
try:
    said = f"rendered {len(render(Template('t', 'Hi', sys.argv[1]), context).body)} characters"
except TemplateError as error:
    said = str(error)
except MemoryError:
    said = "MemoryError"
grew = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024
print(f"{time.perf_counter() - start:.3f} {grew} {said}")
"""
"""Renders one hostile template for a 1,000-character name, under a 2 GiB cap so that a
template that does eat the machine fails with MemoryError instead of taking it; prints
seconds, peak memory growth (MiB) and what became of it."""

_SET_TWICE = "{% set a = a ~ a %}"
_NEST = "{% set a = [a, a] %}"
_ADD = "{% set a = a + a %}"
_POWER = "{% set n = n ** 64 %}"

HOSTILE_TEMPLATES = [
    pytest.param("{{ full_name.center(4000000000)|length }}", id="center"),
    pytest.param("{{ full_name.ljust(500000000)|length }}", id="ljust"),
    pytest.param("{{ full_name.rjust(500000000)|length }}", id="rjust"),
    pytest.param("{{ full_name.zfill(500000000)|length }}", id="zfill"),
    pytest.param("{{ ('\\t' * 50000).expandtabs(100000)|length }}", id="expandtabs"),
    pytest.param(
        "{{ ('\\t' * 50000).expandtabs(tabsize=100000)|length }}", id="expandtabs by keyword"
    ),
    pytest.param('{{ "{:>4000000000}".format(full_name)|length }}', id="format width"),
    pytest.param('{{ "{:>{}}".format(full_name, 400000000)|length }}', id="format nested width"),
    pytest.param('{{ ("{0}" * 30000).format(full_name * 100)|length }}', id="format fields"),
    pytest.param('{{ ("%400000000s" % full_name)|length }}', id="percent"),
    pytest.param('{{ "%400000000s"|format(full_name)|length }}', id="format filter"),
    pytest.param("{{ notes|indent(200000000, true)|length }}", id="indent"),
    pytest.param("{{ full_name|center(400000000)|length }}", id="center filter"),
    pytest.param("{{ full_name|wordwrap(1, wrapstring=full_name * 90)|length }}", id="wordwrap"),
    pytest.param(
        "{{ full_name.replace('', full_name).replace('', full_name)|length }}", id="replace"
    ),
    pytest.param("{{ full_name|replace('', full_name * 90)|length }}", id="replace filter"),
    pytest.param("{{ full_name.join(full_name).join(full_name)|length }}", id="join"),
    pytest.param("{{ full_name.translate({78: full_name * 90})|length }}", id="translate"),
    pytest.param("{{ (1).to_bytes(4000000000, 'big')|length }}", id="to_bytes"),
    pytest.param(
        "{% set a = full_name %}" + _SET_TWICE * 22 + "{{ a|length }}", id="doubling with ~"
    ),
    pytest.param("{% set a = full_name %}" + _NEST * 26 + "{{ a|string|length }}", id="nesting"),
    pytest.param("{% set a = [full_name] %}" + _ADD * 31 + "{{ a|length }}", id="list +"),
    pytest.param(
        "{% set l = [full_name] %}{% for x in 'x' * 40 %}{{ l.extend(l) or '' }}{% endfor %}",
        id="list grown in place",
    ),
    pytest.param("{% set n = 10 ** 64 %}" + _POWER * 5 + "{{ n > 0 }}", id="power of a power"),
    pytest.param("{{ (full_name|list)|batch(4000000000, 'x')|list|length }}", id="batch"),
    pytest.param("{{ full_name|list|slice(4000000000)|list|length }}", id="slice"),
    pytest.param("{{ full_name|list|tojson(100000)|length }}", id="tojson"),
    pytest.param("{{ full_name|list|map('center', 400000000)|list|length }}", id="map"),
    pytest.param(
        "{{ (full_name * 100)|batch(2)|map('join', full_name * 90)|list|length }}",
        id="results piled up in a list",
    ),
    pytest.param(
        "{% for a in full_name %}{% for b in full_name %}{% for c in full_name %}"
        "{% endfor %}{% endfor %}{% endfor %}",
        id="three nested loops",
    ),
    pytest.param(
        "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}"
        "{{ f(40)|length }}",
        id="macro calling itself twice",
    ),
]


@pytest.mark.parametrize("body", HOSTILE_TEMPLATES)
def test_a_template_cannot_eat_the_machine(body: str) -> None:
    """Each stops within seconds and a little memory, with a sentence naming the line."""
    run = subprocess.run(
        [sys.executable, "-c", _PROBE, body],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=20,
        check=True,
    )
    seconds, grew, said = run.stdout.split(" ", 2)
    assert said.startswith("Body, line 1: "), said
    assert "cannot be worked out" not in said and "MemoryError" not in said, said
    assert float(seconds) < 3.0
    assert int(grew) < 100  # MiB


def test_every_placeholder_shows_the_contact_as_edited_not_as_read(library: Library) -> None:
    """Each field as the card was read, then edited: every placeholder gives the edit."""
    contacts = Contacts(library)
    expo = Events(library).get_or_create("LogiMAT 2025")
    read = replace(
        ANNA,
        full_name="",
        title="Head of Logisitcs",
        company="Nordwind Logistlk",
        emails=["anna@nordwlnd.example"],
        phones=[Phone(PhoneKind.WORK, "22000073 / AsBase", "22000073 / AsBase")],
        websites=["nordwlnd.example"],
        event_id=expo.id,
    )
    contact_id = contacts.save_new_contact(read)
    saved = contacts.get_contact(contact_id)
    assert saved is not None
    corrected_phone = Phone(PhoneKind.WORK, "+551133923817", "22000073 / AsBase")  # as the form
    edited = replace(
        saved,
        prefix="Prof.",
        given_name="Anne",
        family_name="Schmitt",
        title="Head of Logistics",
        company="Nordwind Logistik",
        emails=["anne@nordwind.example"],
        phones=[corrected_phone],
        websites=["https://nordwind.example"],
        address="Hafenstraße 2\n20457 Hamburg",
        notes="Demo booked.",
        interested_in="route planning",
    )
    contacts.update_contact(edited)
    body = "\n".join(
        f"{name}={{{{ {name} }}}}" for name in PLACEHOLDERS if not name.startswith("my_")
    )

    draft = draft_for(library, contact_id, _template_id(library, body), ME, TODAY)

    shown = dict(line.split("=", 1) for line in draft.body.split("\n") if "=" in line)
    assert shown["first_name"] == "Anne" and shown["last_name"] == "Schmitt"
    assert shown["full_name"] == "Anne Schmitt" and shown["prefix"] == "Prof."
    assert shown["title"] == "Head of Logistics" and shown["company"] == "Nordwind Logistik"
    assert shown["email"] == "anne@nordwind.example"
    assert shown["phone"] == "+55 11 3392-3817"
    assert shown["website"] == "https://nordwind.example"
    assert shown["address"] == "Hafenstraße 2" and shown["notes"] == "Demo booked."
    assert shown["event"] == "LogiMAT 2025" and shown["interest"] == "route planning"


def _template_id(library: Library, body: str) -> int:
    return Templates(library).save(Template("Every placeholder", "Hi", body))
