"""Turn a template and a contact into an email draft, or into one sentence saying what is wrong.

Templates are Jinja2 run in a sandbox: the user writes them, but a template
shared by a colleague must not be able to read files or reach Python
internals. Unknown placeholders are caught before rendering (also in an
``{% if %}`` branch the current contact does not take), so a typo shows up in
the editor's preview at once instead of in the one mail where it matters.
Rendering is all or nothing: a draft comes back whole or an error comes back.
And it is bounded: whatever a template asks for, it renders within a second, a
million steps and values no longer than an email may be (100,000 characters),
or stops with a sentence saying so (see :mod:`cardkeeper.app.template_sandbox`).
"""

from __future__ import annotations

import functools
import re
import traceback
from collections.abc import Mapping
from datetime import date
from typing import Any

import phonenumbers
from jinja2 import StrictUndefined, TemplateSyntaxError, UndefinedError, meta, nodes
from jinja2 import Template as JinjaTemplate
from jinja2.exceptions import SecurityError
from phonenumbers import NumberParseException, PhoneNumberFormat

from cardkeeper.app.template_sandbox import (
    MAX_DRAFT_CHARS,
    TemplateLimitError,
    TemplateSandbox,
    count_loop_steps,
    printable,
    render_budget,
)
from cardkeeper.domain import Contact, Event, Sender, Template
from cardkeeper.errors import DraftError, TemplateError
from cardkeeper.interop.mail_draft import Draft
from cardkeeper.interop.written_dates import day_text, when_text
from cardkeeper.store.database import Library
from cardkeeper.wording import QT_TRANSLATE_NOOP, translate

PLACEHOLDERS: dict[str, str] = {
    "first_name": QT_TRANSLATE_NOOP("placeholders", "Their first name"),
    "last_name": QT_TRANSLATE_NOOP("placeholders", "Their last name"),
    "full_name": QT_TRANSLATE_NOOP("placeholders", "Their name as it is shown in the list"),
    "prefix": QT_TRANSLATE_NOOP("placeholders", "Dr., Prof. and the like"),
    "title": QT_TRANSLATE_NOOP("placeholders", "Their job title"),
    "company": QT_TRANSLATE_NOOP("placeholders", "Their company"),
    "email": QT_TRANSLATE_NOOP("placeholders", "Their email address (the first one)"),
    "phone": QT_TRANSLATE_NOOP(
        "placeholders", "Their phone number (the first one), e.g. +49 30 1234567"
    ),
    "website": QT_TRANSLATE_NOOP("placeholders", "Their website (the first one)"),
    "address": QT_TRANSLATE_NOOP("placeholders", "Their postal address"),
    "notes": QT_TRANSLATE_NOOP("placeholders", "Your notes about them"),
    "event": QT_TRANSLATE_NOOP("placeholders", "Where you met them: the event's name"),
    "event_date": QT_TRANSLATE_NOOP("placeholders", "The day of the event, e.g. 14 March 2025"),
    "event_place": QT_TRANSLATE_NOOP("placeholders", "Where the event was"),
    "met_on": QT_TRANSLATE_NOOP("placeholders", "The day you met, e.g. 14 March 2025"),
    "met_when": QT_TRANSLATE_NOOP(
        "placeholders",
        "When you met, as said in a sentence: today, yesterday, on Tuesday, on 14 March",
    ),
    "interest": QT_TRANSLATE_NOOP("placeholders", "What they were interested in"),
    "days_since_met": QT_TRANSLATE_NOOP(
        "placeholders", "Days since you met, a number (empty when the day is not known)"
    ),
    "my_name": QT_TRANSLATE_NOOP("placeholders", "Your name, from the settings"),
    "my_company": QT_TRANSLATE_NOOP("placeholders", "Your company, from the settings"),
    "my_title": QT_TRANSLATE_NOOP("placeholders", "Your job title, from the settings"),
    "my_email": QT_TRANSLATE_NOOP("placeholders", "Your email address, from the settings"),
    "my_signature": QT_TRANSLATE_NOOP(
        "placeholders", "Your signature, or your name, title and company when you wrote none"
    ),
}
"""Every name a template may use, with what it holds, in the order the editor lists them."""

__all__ = [
    "MAX_DRAFT_CHARS",
    "PLACEHOLDERS",
    "Draft",
    "check",
    "draft_context",
    "draft_for",
    "render",
]

_MULTILINE = frozenset({"address", "notes", "my_signature"})
"""Placeholders whose line breaks mean something; every other value is one line."""


def draft_context(
    contact: Contact, event: Event | None, sender: Sender, today: date
) -> dict[str, Any]:
    """The value of every placeholder of :data:`PLACEHOLDERS` for this contact, event and user.

    The day met is the contact's own, else the event's. Text values are
    stripped and, except addresses, notes and signatures, kept on one line so
    a stray line break on a card cannot tear a sentence apart.
    """
    met = contact.met_on or (event.date if event else None)
    context: dict[str, Any] = {
        "first_name": contact.given_name,
        "last_name": contact.family_name,
        "full_name": contact.display_name,
        "prefix": contact.prefix,
        "title": contact.title,
        "company": contact.company,
        "email": contact.emails[0] if contact.emails else "",
        "phone": _phone(contact),
        "website": contact.websites[0] if contact.websites else "",
        "address": contact.address,
        "notes": contact.notes,
        "event": event.name if event else "",
        "event_date": day_text(event.date) if event and event.date else "",
        "event_place": event.place if event else "",
        "met_on": day_text(met) if met else "",
        "met_when": when_text(met, today) if met else "",
        "interest": contact.interested_in,
        "days_since_met": (today - met).days if met else None,
        "my_name": sender.name,
        "my_company": sender.company,
        "my_title": sender.title,
        "my_email": sender.email,
        "my_signature": sender.signature or _signature(sender),
    }
    for name, value in context.items():
        if isinstance(value, str):
            context[name] = _clean(value, keep_lines=name in _MULTILINE)
    return context


def render(template: Template, context: Mapping[str, Any]) -> Draft:
    """The draft ``template`` gives with ``context``, or a :class:`TemplateError` sentence.

    The subject becomes one line; the body loses trailing spaces, runs of
    blank lines and blank lines at either end, which is what a sentence left
    out by an ``{% if %}`` tends to leave behind.
    """
    subject = " ".join(_render_part(_SUBJECT, template.subject, context).split())
    body = _tidy(_render_part(_BODY, template.body, context))
    return Draft(
        to=str(context.get("email", "")),
        subject=subject,
        body=body,
        to_name=str(context.get("full_name", "")),
    )


def check(template: Template) -> None:
    """Raise the :class:`TemplateError` that rendering would, without needing a contact."""
    for part, source in ((_SUBJECT, template.subject), (_BODY, template.body)):
        _compile(part, source)


def draft_for(
    library: Library,
    contact_id: int,
    template_name_or_id: str | int,
    sender: Sender,
    today: date,
) -> Draft:
    """The draft of one template for one contact of the library, as the queue and CLI need it."""
    from cardkeeper.store.contacts import Contacts
    from cardkeeper.store.events import Events
    from cardkeeper.store.follow_ups import contact_status
    from cardkeeper.store.templates import Templates

    contact = Contacts(library).get_contact(contact_id)
    if contact is None:
        raise DraftError(
            translate(
                "drafts", "There is no contact with id {id}: it may have been deleted."
            ).format(id=contact_id)
        )
    status = contact_status(library.connection, contact_id)
    if status is not None and status.in_trash:
        if contact.display_name:
            in_trash = translate(
                "drafts", "{name} is in the trash: restore the contact to write to them."
            )
        else:
            in_trash = translate(
                "drafts", "This contact is in the trash: restore the contact to write to them."
            )
        raise DraftError(in_trash.format(name=contact.display_name))
    templates = Templates(library)
    if isinstance(template_name_or_id, int):
        template = templates.get(template_name_or_id)
    else:
        template = templates.by_name(template_name_or_id)
    if template is None:
        names = [f"“{known.name}”" for known in templates.all()]
        raise TemplateError(_no_template(template_name_or_id, names))
    event = Events(library).get(contact.event_id) if contact.event_id is not None else None
    return render(template, draft_context(contact, event, sender, today))


_ENVIRONMENT = TemplateSandbox(
    undefined=StrictUndefined, autoescape=False, lstrip_blocks=True, finalize=printable
)


def _no_template(wanted: int | str, names: list[str]) -> str:
    """The sentence for a template not found by id or name, offering the ones there are."""
    if isinstance(wanted, int):
        if names:
            sentence = translate(
                "drafts", "There is no template with id {id}: pick one of {names}."
            )
        else:
            sentence = translate("drafts", "There is no template with id {id}.")
        return sentence.format(id=wanted, names=_and_list(names))
    if names:
        sentence = translate("drafts", "There is no template called “{name}”: pick one of {names}.")
    else:
        sentence = translate("drafts", "There is no template called “{name}”.")
    return sentence.format(name=wanted.strip(), names=_and_list(names))


_SUBJECT = QT_TRANSLATE_NOOP("drafts", "Subject")
_BODY = QT_TRANSLATE_NOOP("drafts", "Body")
"""The parts of a template, naming where a problem is: said with ``translate("drafts", part)``."""


def _at(part: str, line: int, problem: str) -> TemplateError:
    """The error for ``problem`` (a clause) at a line of the subject or body."""
    return TemplateError(
        translate("drafts", "{part}, line {line}: {problem}.").format(
            part=translate("drafts", part), line=line, problem=problem
        )
    )


def _render_part(part: str, source: str, context: Mapping[str, Any]) -> str:
    compiled = _compile(part, source)
    pieces: list[str] = []
    size = 0
    try:
        with render_budget():
            for piece in compiled.generate(context):
                size += len(piece)
                if size > MAX_DRAFT_CHARS:
                    raise TemplateError(
                        translate(
                            "drafts",
                            "{part}: the email would be longer than {most} characters, which "
                            "means a loop in the template repeats far too often.",
                        ).format(part=translate("drafts", part), most=f"{MAX_DRAFT_CHARS:,}")
                    )
                pieces.append(piece)
    except TemplateError:
        raise
    except Exception as error:  # anything the template does wrong is the template's error
        raise _at(part, _line_of(error), _problem(error)) from error
    return "".join(pieces)


_BLOCK_LINE = re.compile(r"^([ \t]*\{%(?:[^%]|%(?!\}))*%\})[ \t]*\n", re.MULTILINE)


@functools.lru_cache(maxsize=64)
def _compile(part: str, source: str) -> JinjaTemplate:
    """The checked, compiled template, kept for the next render.

    The editor's preview renders on every keystroke, and the queue drafts
    the same few templates for many people.
    """
    try:
        unix = source.replace("\r\n", "\n")  # pasted from Windows
        tree = _ENVIRONMENT.parse(_BLOCK_LINE.sub("\\1{#\n#}", unix))
        _refuse_stray_closers(part, tree)
        _refuse_unknown_names(part, tree)
        _refuse_other_templates(part, tree)
        count_loop_steps(tree)
        return _ENVIRONMENT.from_string(tree)
    except TemplateSyntaxError as error:
        lines = (error.source or "").split("\n")[: error.lineno]
        problem = _syntax_problem(error.message or "", "\n".join(lines))
        raise _at(part, error.lineno, problem) from error


def _refuse_stray_closers(part: str, tree: nodes.Template) -> None:
    """A ``}}`` or ``%}`` in plain text: Jinja prints it, but the user meant to close something."""
    for data in tree.find_all(nodes.TemplateData):
        found = re.search(r"\}\}|%\}", data.data)
        if found:
            closer = found.group()
            opener = "{{" if closer == "}}" else "{%"
            line = data.lineno + data.data.count("\n", 0, found.start())
            problem = translate(
                "drafts",
                "a “{closer}” with no “{opener}” before it: "
                "type the “{opener}” that opens it, or delete the “{closer}”",
            )
            raise _at(part, line, problem.format(closer=closer, opener=opener))


def _refuse_unknown_names(part: str, tree: nodes.Template) -> None:
    unknown = meta.find_undeclared_variables(tree) - PLACEHOLDERS.keys()
    if not unknown:
        return
    first = min(
        (node for node in tree.find_all(nodes.Name) if node.name in unknown),
        key=lambda node: node.lineno,
    )
    raise _at(part, first.lineno, _no_placeholder(first.name))


def _refuse_other_templates(part: str, tree: nodes.Template) -> None:
    for node in tree.find_all((nodes.Include, nodes.Extends, nodes.Import, nodes.FromImport)):
        raise _at(
            part,
            node.lineno,
            translate("drafts", "a template cannot include or import another one"),
        )


def _no_placeholder(name: str) -> str:
    """The clause for an unknown name, with a near miss's likely meaning, so the fix is one
    look away."""
    import difflib

    close = difflib.get_close_matches(name, PLACEHOLDERS, n=1)
    if close:
        return translate(
            "drafts", "there is no placeholder called “{name}” (did you mean “{close}”?)"
        ).format(name=name, close=close[0])
    return translate("drafts", "there is no placeholder called “{name}”").format(name=name)


def _line_of(error: BaseException) -> int:
    """The template line being rendered when ``error`` happened (Jinja rewrites the traceback)."""
    lines = [
        frame.lineno
        for frame in traceback.extract_tb(error.__traceback__)
        if frame.filename == "<template>" and frame.lineno is not None
    ]
    return lines[-1] if lines else 1


_QUOTED = re.compile(r"'([^']*)'")


def _quotes(text: str) -> str:
    return _QUOTED.sub(r"“\1”", text)


def _problem(error: Exception) -> str:
    message = str(error)
    if isinstance(error, TemplateLimitError):
        return message
    if isinstance(error, SecurityError):
        unsafe = re.match(r"access to attribute '([^']*)'", message)
        if unsafe:
            return translate("drafts", "templates may not use “{name}”").format(
                name=unsafe.group(1)
            )
        return translate("drafts", "templates may not use {what}").format(
            what=translate("template_sandbox", _quotes(message).rstrip("."))
        )
    if isinstance(error, UndefinedError):
        missing = re.match(r"'?(.*?)'? has no (attribute|element) '?([^']*)'?$", message)
        if missing:
            return _nothing_in(missing.group(3), missing.group(1))
        return _quotes(message).rstrip(".")
    named = re.match(r"No (filter|test) named '([^']*)'", message)
    if named:  # a filter or test inside an {% if %} is looked up only when it runs
        return _no_such(named.group(1), named.group(2))
    if isinstance(error, ZeroDivisionError):
        return translate("drafts", "it divides by zero")
    return translate("drafts", "it cannot be worked out ({reason})").format(
        reason=_quotes(message).rstrip(".")
    )


def _nothing_in(name: str, jinja_type: str) -> str:
    """Jinja's "'str object' has no attribute 'x'" as a person says it."""
    if jinja_type == "str object":
        sentence = translate("drafts", "there is no “{name}” in a text")
    elif jinja_type == "int object":
        sentence = translate("drafts", "there is no “{name}” in a number")
    elif jinja_type == "NoneType object":
        sentence = translate("drafts", "there is no “{name}” in an empty value")
    else:
        sentence = translate("drafts", "there is no “{name}” in a {kind}")
    return sentence.format(name=name, kind=jinja_type)


def _no_such(kind: str, name: str) -> str:
    """There is no filter or test of this name."""
    if kind == "filter":
        return translate("drafts", "there is no filter called “{name}”").format(name=name)
    return translate("drafts", "there is no test called “{name}”").format(name=name)


_TAGS_THAT_CLOSE = {"endif": "if", "else": "if", "elif": "if", "endfor": "for"}
"""Tags that only make sense inside a block, and the block they belong to."""


def _syntax_problem(message: str, text: str) -> str:
    """Jinja's parser messages (often three sentences) as one clause saying what to type.

    ``text`` is the template up to the line the parser stopped on, to name the tag left open.
    """
    innermost = re.search(r"innermost block that needs to be closed is '(\w+)'", message)
    unknown_tag = re.match(r"Encountered unknown tag '(\w+)'", message)
    got = re.search(r", got '([^']*)'", message)
    if message.startswith("Unexpected end of template") and innermost:
        block = innermost.group(1)
        return translate(
            "drafts",
            "“{{% {block} %}}” is never closed: type “{{% end{block} %}}” where it should end",
        ).format(block=block)
    if unknown_tag and innermost:
        block = innermost.group(1)
        return translate(
            "drafts",
            "“{{% {block} %}}” is still open: type “{{% end{block} %}}” before “{{% {tag} %}}”",
        ).format(block=block, tag=unknown_tag.group(1))
    if unknown_tag:
        tag = unknown_tag.group(1)
        if tag in _TAGS_THAT_CLOSE:
            return translate(
                "drafts",
                "“{{% {tag} %}}” has no “{{% {opener} … %}}” before it: "
                "type the “{{% {opener} … %}}”, or delete the “{{% {tag} %}}”",
            ).format(tag=tag, opener=_TAGS_THAT_CLOSE[tag])
        return translate(
            "drafts", "there is no “{{% {tag} %}}”: use “{{% if … %}}” or “{{% for … %}}”"
        ).format(tag=tag)
    tags = re.findall(r"\{%-?\s*(\w+)", text)
    tag = tags[-1] if tags else ""
    if message.startswith("Expected an expression"):
        bare = re.search(r"\{%-?\s*(\w+)\s*-?%\}", text.rsplit("\n", 1)[-1])
        if "statement block" in message and bare:
            return translate(
                "drafts", "“{{% {tag} %}}” needs a placeholder, e.g. “{{% {tag} email %}}”"
            ).format(tag=bare.group(1))
        return translate(
            "drafts", "“{{ }}” is empty: type a placeholder between them, e.g. “{{ first_name }}”"
        )
    if re.search(r"(?<!un)expected (token )?'end of statement block'", message):
        if got:
            return translate(
                "drafts", "“{{% {tag} …” is not closed: type “%}}” before “{before}”"
            ).format(tag=tag, before=got.group(1))
        return translate("drafts", "“{{% {tag} …” is not closed: type “%}}”").format(tag=tag)
    if re.search(r"(?<!un)expected (token )?'end of print statement'", message):
        if got:
            return translate(
                "drafts", "“{{{{ …” is not closed: type “}}}}” before “{before}”"
            ).format(before=got.group(1))
        return translate("drafts", "“{{{{ …” is not closed: type “}}}}”").format()
    if message == "unexpected '}'":
        return translate(
            "drafts", "a single “}”: close a placeholder with “}}” and a tag with “%}”"
        )
    for kind in ("filter", "test"):
        named = re.match(rf"No {kind} named '([^']*)'", message)
        if named:
            return _no_such(kind, named.group(1))
    first_sentence = message.split(". ", maxsplit=1)[0].rstrip(".")
    text = _quotes(first_sentence)
    return text[:1].lower() + text[1:]


def _tidy(body: str) -> str:
    lines = [_trim(line) for line in body.replace("\r\n", "\n").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def _clean(value: str, *, keep_lines: bool) -> str:
    if keep_lines:
        return "\n".join(_trim(line) for line in value.strip("\r\n").splitlines())
    return " ".join(value.split())


def _trim(line: str) -> str:
    """The line without trailing spaces, except the "-- " that starts a signature by convention."""
    return line if line == "-- " else line.rstrip()


def _phone(contact: Contact) -> str:
    """The first number as it is now: as the card printed it, if that is still the number.

    :attr:`Phone.printed` is kept when the user corrects a misread number, so
    it can be the very text they corrected ("aci: / Microvida Informática");
    then the number is written out in the international form anyone can dial.
    """
    if not contact.phones:
        return ""
    phone = contact.phones[0]
    try:
        number = phonenumbers.parse(phone.number, None)
    except NumberParseException:  # not E.164 (a card without its country): as stored
        return phone.number
    region = phonenumbers.region_code_for_number(number)
    try:
        printed_is_it = phonenumbers.parse(phone.printed, region) == number
    except NumberParseException:
        printed_is_it = False
    if printed_is_it:
        return phone.printed
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)


def _signature(sender: Sender) -> str:
    role = ", ".join(part for part in (sender.title, sender.company) if part)
    return "\n".join(part for part in (sender.name, role) if part)


def _and_list(items: list[str]) -> str:
    if len(items) < 2:
        return "".join(items)
    return translate("drafts", "{some} or {last}").format(
        some=", ".join(items[:-1]), last=items[-1]
    )
