"""``cardkeeper draft``: the email for one contact, printed, saved as .eml, as a mailto: link,
or put in the Drafts folder of the user's mailbox (``--to-drafts``).

The contact is named as a person would: an id from the list, an email
address, or words of the name or company, as long as they point at one
contact. Without ``--template`` the draft uses the template of the
contact's open follow-up, which is what "Draft email" in the queue does.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from cardkeeper import paths
from cardkeeper.app.built_ins import ensure_built_ins
from cardkeeper.app.drafts import Draft, draft_for
from cardkeeper.app.follow_through import local_date
from cardkeeper.app.mail_drafts import save_to_drafts
from cardkeeper.domain import Contact, FollowUpState
from cardkeeper.errors import DraftError
from cardkeeper.interop.eml import save_eml
from cardkeeper.interop.mailto import mailto_uri
from cardkeeper.settings import load_settings, sender
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library, open_library
from cardkeeper.store.follow_ups import FollowUps
from cardkeeper.store.templates import Templates
from cardkeeper.terminal import shown
from cardkeeper.wording import one_line

SHOWN_MATCHES = 5
"""Enough names to recognise the one meant; more would scroll the question away."""


def run_draft(
    contact: str,
    *,
    template: str | None,
    eml: Path | None,
    mailto: bool,
    data_dir: str | None,
    to_drafts: bool = False,
) -> int:
    """Print the draft (or save it, or print its link, or put it in the mailbox's Drafts); a
    problem is a :class:`DraftError` (or a :class:`MailError` for the mailbox)."""
    now = datetime.now(UTC)
    settings = load_settings()
    me = sender(settings)
    with open_library(paths.data_dir(data_dir)) as library:
        ensure_built_ins(library)
        contact_id = find_contact(library, contact)
        chosen = _template(library, contact_id, template)
        draft = draft_for(library, contact_id, chosen, me, local_date(now))
        if to_drafts:
            drafted = save_to_drafts(
                library,
                settings,
                contact_id=contact_id,
                follow_up_id=_open_follow_up_id(library, contact_id),
                draft=draft,
                sender=me,
                now=now,
            )
            who = shown(one_line(draft.to_name)) or "them"
            print(f"The draft for {who} is in “{shown(drafted.folder)}” of your mailbox.")
            return 0
    if eml is not None:
        save_eml(draft, me, now, eml)
        print(f"Saved the draft for {shown(one_line(draft.to_name)) or 'them'} as {shown(eml)}.")
    elif mailto:
        print(mailto_uri(draft))
    else:
        print(_as_text(draft))
    return 0


def find_contact(library: Library, named: str) -> int:
    """The id of the one contact ``named`` means: an id, an email, or words of a name or company.

    Of several contacts found by words, one whose name or email is exactly
    what was typed wins ("Anna Schmidt" over "Anna Schmidtke").
    """
    contacts = Contacts(library)
    text = named.strip().removeprefix("#")
    if text.isdigit():
        if contacts.get_contact(int(text)) is None:
            raise DraftError(
                f"There is no contact with id {text}: `cardkeeper followups` lists ids."
            )
        return int(text)
    found = contacts.get_contacts(contacts.search(text, limit=None)) if text else []
    exact = [contact for contact in found if _is_exactly(contact, text)]
    if len(exact) == 1:
        found = exact
    if not found:
        raise DraftError(
            f"No contact matches “{one_line(named)}”: "
            "try part of the name, the company or the email."
        )
    if len(found) > 1:
        shown = ", ".join(_labelled(contact) for contact in found[:SHOWN_MATCHES])
        more = f" and {len(found) - SHOWN_MATCHES} more" if len(found) > SHOWN_MATCHES else ""
        raise DraftError(
            f"“{one_line(named)}” matches {len(found)} contacts ({shown}{more}): "
            "give more of the name, or the id."
        )
    contact_id = found[0].id
    assert contact_id is not None  # read from the library
    return contact_id


def _template(library: Library, contact_id: int, named: str | None) -> str | int:
    """The template asked for, or the open follow-up's.

    Asked for, it is a name in any case, else a number as an id, else the
    start of one name ("offer"); anything else goes on to be reported with the
    names there are.
    """
    templates = Templates(library)
    if named is not None:
        text = named.strip()
        if templates.by_name(text) is not None:
            return text
        if text.isdigit():
            return int(text)
        starting = [
            t.name for t in templates.all() if t.name.casefold().startswith(text.casefold())
        ]
        return starting[0] if len(starting) == 1 else text
    for follow_up in FollowUps(library).for_contact(contact_id):
        open_ = follow_up.state in (FollowUpState.PENDING, FollowUpState.SNOOZED)
        if open_ and follow_up.template_id is not None:
            return follow_up.template_id
    names = ", ".join(f"“{template.name}”" for template in templates.all())
    raise DraftError(
        f"This contact has no follow-up with a template open: choose one with --template ({names})."
    )


def _open_follow_up_id(library: Library, contact_id: int) -> int | None:
    """The contact's next open follow-up, whose step a draft put in the mailbox is for."""
    return next(
        (
            follow_up.id
            for follow_up in FollowUps(library).for_contact(contact_id)
            if follow_up.state in (FollowUpState.PENDING, FollowUpState.SNOOZED)
        ),
        None,
    )


def _is_exactly(contact: Contact, text: str) -> bool:
    wanted = " ".join(text.split()).casefold()
    names = {
        contact.display_name,
        " ".join(p for p in (contact.given_name, contact.family_name) if p),
    }
    return wanted in {" ".join(name.split()).casefold() for name in names} | {
        email.casefold() for email in contact.emails
    }


def _labelled(contact: Contact) -> str:
    name = one_line(contact.display_name) or one_line(contact.company) or "no name"
    return f"#{contact.id} {name}"


def _as_text(draft: Draft) -> str:
    if draft.to:
        to = f"{one_line(draft.to_name)} <{draft.to}>" if draft.to_name else draft.to
    else:
        to = f"{one_line(draft.to_name) or 'This contact'} has no email address yet"
    return f"To: {shown(to)}\nSubject: {shown(draft.subject)}\n\n{shown(draft.body, lines=True)}"
