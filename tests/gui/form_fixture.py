"""The contact form shown alone, as the form tests drive it."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from cardkeeper.domain import Contact
from cardkeeper.gui.contact.form import ContactForm

Child = TypeVar("Child", bound=QWidget)


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


def child(form: ContactForm, kind: type[Child], name: str) -> Child:
    """The form's widget of ``kind`` named ``name``; the test fails, naming it, if it has none."""
    found = form.findChild(kind, name)
    assert found is not None, name
    return found
