"""What every library starts with: the three built-in templates and the sequence that uses them.

"Met at an event" is the default sequence, the one a contact follows unless
its event names another: thank them within a day or two, offer something a
week later, invite them to something in the weeks after.
"""

from __future__ import annotations

from cardkeeper.app.builtin_templates import BUILT_IN_TEMPLATES, INVITE, OFFER, THANK_YOU
from cardkeeper.domain import Channel, Sequence, SequenceStep
from cardkeeper.store import sequences, templates
from cardkeeper.store.database import Library

MET_AT_AN_EVENT = "Met at an event"

_STEPS = (
    # (template, delay, window, reason): day 1-2, day 7-9, day 21-30 after meeting.
    (THANK_YOU, 1, 1, "Thank them and recall what they were interested in"),
    (OFFER, 6, 2, "Offer something: an article, an intro, a demo"),
    (INVITE, 14, 9, "Invite them: a call, coffee, your next event"),
)


def ensure_built_ins(library: Library) -> None:
    """Add the built-in templates and "Met at an event" where they are missing, in one transaction.

    Safe to call on every start: what is there (edited by the user or not)
    is left as it is.
    """
    with library.transaction() as connection:
        for template in BUILT_IN_TEMPLATES:
            if templates.find_by_name(connection, template.name) is None:
                templates.insert(connection, template)
        if sequences.find_by_name(connection, MET_AT_AN_EVENT) is None:
            steps = []
            for number, (name, delay, window, reason) in enumerate(_STEPS, start=1):
                found = templates.find_by_name(connection, name)
                steps.append(
                    SequenceStep(
                        step=number,
                        delay_days=delay,
                        window_days=window,
                        channel=Channel.EMAIL,
                        template_id=found.id if found else None,
                        reason=reason,
                    )
                )
            sequences.insert(connection, Sequence(MET_AT_AN_EVENT, steps, built_in=True))


def restore_built_in_templates(library: Library) -> None:
    """Put the built-in templates' subjects and bodies back as shipped; add any that are missing.

    The user's own templates are not touched, nor which steps use which template.
    """
    with library.transaction() as connection:
        for template in BUILT_IN_TEMPLATES:
            stored = templates.find_by_name(connection, template.name)
            if stored is None:
                templates.insert(connection, template)
            elif stored.built_in and stored.id is not None:
                templates.rewrite_text(connection, stored.id, template.subject, template.body)
