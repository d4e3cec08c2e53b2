"""The contact form shown alone, as the form tests drive it."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from cardkeeper.domain import Contact
from cardkeeper.gui.contact.form import ContactForm


def shown_form(qtbot: QtBot, contact: Contact, **showing: Any) -> ContactForm:
    """A form showing ``contact`` (``showing`` goes to ``set_contact``: region, events,
    confidences), in an active window so that focus and Tab behave as for a user."""
    form = ContactForm()
    qtbot.add_widget(form)
    form.set_contact(contact, **showing)
    form.resize(380, 900)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form
