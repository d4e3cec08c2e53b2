"""File ▸ New Contact: a person typed in by hand, with no card to read them from.

As in Google Contacts' "Create contact" and macOS Contacts' New Card: someone
met without a card, or whose card is lost, still belongs in the library.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QMenu

from cardkeeper.domain import Contact
from cardkeeper.errors import CardKeeperError
from cardkeeper.gui.common.menu_action import menu_action
from cardkeeper.gui.common.undo_commands import AddContact
from cardkeeper.gui.common.window_host import WindowHost


class NewContact(QObject):
    """File ▸ New Contact (Ctrl+N): saves an empty contact as an undo step, makes it current
    in the list (leaving a section or search it would not be shown in) and hands the
    keyboard to the pane's Name field, through ``edit_name``, for the user to type.

    The contact is reviewed already: what the user types needs no checking against a card.

    Signals: none.
    """

    def __init__(
        self, host: WindowHost, window: QMainWindow, menu: QMenu, edit_name: Callable[[], None]
    ) -> None:
        super().__init__(window)
        self._host, self._edit_name = host, edit_name
        self.new_contact_action = menu_action(
            self.tr("&New Contact"), "contact-new", "Ctrl+N", self.new_contact, menu, parent=window
        )

    def new_contact(self) -> None:
        host = self._host
        command = AddContact(
            host.library, Contact(needs_review=False), host.contacts_changed, host.report_failure
        )
        try:
            command.run_first()
        except CardKeeperError as error:
            host.report_failure(str(error))
            return
        host.undo_stack.push(command)
        host.show_contact(command.contact_id)
        self._edit_name()
