"""The three emails of "Met at an event": thank, offer, invite.

They are the product's voice, so they are written the way a thoughtful person
writes after meeting someone: short, about the other person, recalling where
you met and what they cared about, and offering something concrete. Every
sentence that leans on a field (event, interest, name) has a version without
it, so a card with half its fields empty still gives a mail worth sending.
"""

from __future__ import annotations

from cardkeeper.domain import Template

THANK_YOU = "Thank you"
OFFER = "Offer something useful"
INVITE = "Invite"

_GREETING = 'Hi {{ first_name or "there" }},\n\n'

_SIGN_OFF = """
Best regards,
{{ my_signature }}
"""

_THANK_YOU_SUBJECT = "Great to meet you{% if event %} at {{ event }}{% endif %}"

_THANK_YOU_BODY = (
    _GREETING
    + """Thank you for taking the time to talk{% if event %} at {{ event }}{% endif %}{% if met_when %} {{ met_when }}{% endif %}. {% if interest %}I enjoyed our conversation about {{ interest }} and have been thinking about it since.{% else %}I really enjoyed our conversation.{% endif %}

If there is anything I can help with, just reply to this email.
"""  # noqa: E501 (a paragraph is one line, as the template editor shows it)
    + _SIGN_OFF
)

_OFFER_SUBJECT = (
    "{% if interest %}Something useful on {{ interest }}"
    "{% else %}Something you might find useful{% endif %}"
)

_OFFER_BODY = (
    _GREETING
    + """{% if interest %}Since we talked about {{ interest }}{% else %}Since we met{% endif %}{% if event %} at {{ event }}{% endif %}, I wanted to send you something useful rather than just check in.

Would any of these help{% if company %} you and the team at {{ company }}{% endif %}: {% if interest %}a short demo of how we handle {{ interest }}, the best article I know on it, or an introduction to someone who knows it better than I do?{% else %}a short demo of what we do, an article I think is worth your time, or an introduction to someone in my network?{% endif %} Just reply with the one you would like, and I will set it up.
"""  # noqa: E501 (a paragraph is one line, as the template editor shows it)
    + _SIGN_OFF
)

_INVITE_SUBJECT = "Coffee or a short call?"

_INVITE_BODY = (
    _GREETING
    + """I would love to continue {% if event %}the conversation we started at {{ event }}{% else %}our conversation{% endif %}{% if interest %} about {{ interest }}{% endif %}. Would you have time for a coffee or a 20-minute call in the next two weeks? Just reply with a time that suits you, and I will send an invitation.
{% if my_company %}

If you would rather meet the {{ my_company }} team in person, I would be glad to save you a place at our next event.
{% endif %}
"""  # noqa: E501 (a paragraph is one line, as the template editor shows it)
    + _SIGN_OFF
)

BUILT_IN_TEMPLATES: list[Template] = [
    Template(THANK_YOU, _THANK_YOU_SUBJECT, _THANK_YOU_BODY, built_in=True),
    Template(OFFER, _OFFER_SUBJECT, _OFFER_BODY, built_in=True),
    Template(INVITE, _INVITE_SUBJECT, _INVITE_BODY, built_in=True),
]
"""Fresh copies are what ``app.built_ins`` inserts; never mutate these."""
