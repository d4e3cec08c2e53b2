"""The list's menu items: Edit ▸ Find, and the View menu's sections."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from cardkeeper.gui.common.menu_action import menu_action
from cardkeeper.gui.library.browser import LibraryBrowser
from cardkeeper.gui.library.sidebar import ALL, REVIEW, TRASH


class LibraryActions(QObject):
    """Find goes to the search box; View ▸ Review Inbox, All Contacts and Trash choose the
    sidebar's section, as a click there would."""

    def __init__(
        self, browser: LibraryBrowser, edit_menu: QMenu, view_menu: QMenu, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.find_action = menu_action(
            "&Find", "edit-find", "Ctrl+F", browser.focus_search, edit_menu, parent=parent
        )
        sidebar = browser.sidebar
        self.review_action = menu_action(
            "&Review Inbox",
            "mail-mark-unread",
            "Ctrl+R",
            lambda: sidebar.choose(REVIEW),
            view_menu,
            parent=parent,
        )
        self.all_contacts_action = menu_action(
            "&All Contacts",
            "x-office-address-book",
            "Ctrl+L",
            lambda: sidebar.choose(ALL),
            view_menu,
            parent=parent,
        )
        self.trash_action = menu_action(
            "&Trash", "user-trash", "", lambda: sidebar.choose(TRASH), view_menu, parent=parent
        )
