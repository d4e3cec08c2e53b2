"""The list's menu items: Edit ▸ Find, the View menu's sections, and View ▸ Empty Trash."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from cardkeeper.gui.common.icons import icon as icon_named
from cardkeeper.gui.common.menu_action import menu_action
from cardkeeper.gui.library.browser import LibraryBrowser
from cardkeeper.gui.library.sidebar import ALL, EMPTY_INBOX_ICON, REVIEW, TRASH
from cardkeeper.wording import translate


class LibraryActions(QObject):
    """Find goes to the search box; View ▸ Review Inbox, All Contacts and Trash choose the
    sidebar's section, as a click there would. Empty Trash deletes the trash's contacts for
    good, once the user has said yes to a question naming how many.

    Signals: ``trash_emptied()`` — contacts are gone for good: undo steps that name them
    can no longer be taken back.
    """

    trash_emptied = Signal()

    def __init__(
        self, browser: LibraryBrowser, edit_menu: QMenu, view_menu: QMenu, parent: QMainWindow
    ) -> None:
        super().__init__(parent)
        self._browser, self._window = browser, parent
        self.find_action = menu_action(
            self.tr("&Find"), "edit-find", "Ctrl+F", browser.focus_search, edit_menu, parent=parent
        )
        sidebar = browser.sidebar
        self.review_action = menu_action(
            self.tr("&Review Inbox"),
            EMPTY_INBOX_ICON,
            "Ctrl+R",
            lambda: sidebar.choose(REVIEW),
            view_menu,
            parent=parent,
        )
        self.all_contacts_action = menu_action(
            self.tr("&All Contacts"),
            "x-office-address-book",
            "Ctrl+L",
            lambda: sidebar.choose(ALL),
            view_menu,
            parent=parent,
        )
        sidebar.inbox_icon_changed.connect(
            lambda name: self.review_action.setIcon(icon_named(name))
        )
        self.trash_action = menu_action(
            self.tr("&Trash"),
            "user-trash",
            "",
            lambda: sidebar.choose(TRASH),
            view_menu,
            parent=parent,
        )
        self.empty_trash_action = menu_action(
            self.tr("&Empty Trash…"), "edit-delete", "", self.empty_trash, view_menu, parent=parent
        )
        view_menu.aboutToShow.connect(self._update_empty_trash)

    def empty_trash(self) -> None:
        """Ask, naming the count, then delete the trash's contacts for good (no undo)."""
        count = self._browser.trash_count()
        if not count:
            return
        answer = QMessageBox.question(
            self._window,
            self.tr("Empty Trash"),
            translate(
                "LibraryActions",
                "Delete the %n contact(s) in the Trash for good?\n\n"
                "Their cards and activity go with them. This cannot be undone.",
                None,
                count,
            )
            if count > 1
            else self.tr(
                "Delete the contact in the Trash for good?\n\n"
                "Their cards and activity go with them. This cannot be undone."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        purged = self._browser.empty_trash()
        self._update_empty_trash()
        self.trash_emptied.emit()
        self._window.statusBar().showMessage(
            translate("LibraryActions", "Deleted %n contact(s) for good.", None, purged), 8000
        )

    def _update_empty_trash(self) -> None:
        self.empty_trash_action.setEnabled(self._browser.trash_count() > 0)
