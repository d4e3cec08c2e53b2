"""The list's menu items: Edit ▸ Find, the View menu's sections, View ▸ Empty Trash and the sort."""

from __future__ import annotations

from datetime import timedelta
from functools import partial

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from cardkeeper.gui.common.icons import icon as icon_named
from cardkeeper.gui.common.library_jobs import LibraryJobs
from cardkeeper.gui.common.menu_action import menu_action
from cardkeeper.gui.library.browser import LibraryBrowser
from cardkeeper.gui.library.contacts_model import ADDED, NAME
from cardkeeper.gui.library.sidebar import ALL, EMPTY_INBOX_ICON, REVIEW, TRASH
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from cardkeeper.wording import translate


class LibraryActions(QObject):
    """Find goes to the search box; View ▸ Review Inbox, All Contacts and Trash choose the
    sidebar's section, as a click there would. Empty Trash deletes the trash's contacts for
    good, once the user has said yes to a question naming how many, off the GUI thread (a
    trash of thousands of cards takes seconds): the window answers meanwhile. View ▸ Sort
    by Family Name and Sort by Date Added sort the list as a click on the Name or Added
    header does (newest first), from the keyboard too; the item checked is the list's sort.

    Signals: ``trash_emptied()`` — contacts are gone for good: undo steps that name them
    can no longer be taken back.
    """

    trash_emptied = Signal()

    def __init__(
        self, browser: LibraryBrowser, edit_menu: QMenu, view_menu: QMenu, parent: QMainWindow
    ) -> None:
        super().__init__(parent)
        self._browser, self._window = browser, parent
        self.jobs = LibraryJobs(browser.library_folder(), self)
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
        view_menu.addSeparator()
        self._sorts = {
            menu_action(
                text,
                "",
                "",
                partial(browser.table.sortByColumn, column, order),
                view_menu,
                parent=parent,
            ): column
            for text, column, order in (
                (self.tr("Sort by &Family Name"), NAME, Qt.SortOrder.AscendingOrder),
                (self.tr("Sort by &Date Added"), ADDED, Qt.SortOrder.DescendingOrder),
            )
        }
        for action in self._sorts:
            action.setCheckable(True)
        view_menu.aboutToShow.connect(self._update_sort)

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
        self.empty_trash_action.setEnabled(False)
        self._window.statusBar().showMessage(self.tr("Emptying the Trash…"))
        self.jobs.run(_purge, lambda purged: self._emptied(min(purged, count)), self._failed)

    def _emptied(self, purged: int) -> None:
        """The contacts are gone: the list, the counts and the undo steps naming them follow."""
        self._browser.reload()
        self._update_empty_trash()
        self.trash_emptied.emit()
        self._window.statusBar().showMessage(
            translate("LibraryActions", "Deleted %n contact(s) for good.", None, purged), 8000
        )

    def _failed(self, message: str) -> None:
        self._window.statusBar().clearMessage()
        self._update_empty_trash()
        QMessageBox.warning(self._window, self.tr("Empty Trash"), message)

    def busy_reason(self) -> str | None:
        """A restore must not replace the library while the Trash is being emptied in it."""
        if self.jobs.is_idle():
            return None
        return self.tr("Wait for the Trash to be emptied before restoring a backup.")

    def _update_empty_trash(self) -> None:
        self.empty_trash_action.setEnabled(self._browser.trash_count() > 0 and self.jobs.is_idle())

    def _update_sort(self) -> None:
        """Check the item of the column the list is sorted by (none for Company, Title…)."""
        column = self._browser.table.horizontalHeader().sortIndicatorSection()
        for action, sorts_by in self._sorts.items():
            action.setChecked(sorts_by == column)


def _purge(library: Library) -> int:
    """Every contact in the trash, and the contacts merged away into others, for good."""
    return Contacts(library).purge_deleted(timedelta(0))
