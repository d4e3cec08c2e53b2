"""The window a user lives in: the library's sections, the contacts list, one contact's card.

It only lays out the window and puts its features together: the list
(``library``), the review of the open contact (``review``), and the menus'
commands, each in its feature's ``actions`` module (importing, scanner,
exchange, settings, follow-ups, templates; Help in ``help_menu``). Features
never import each other: the window creates them in menu order and wires
their signals to one another.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cardkeeper.app.built_ins import ensure_built_ins
from cardkeeper.errors import CardKeeperError
from cardkeeper.gui.common.background import run_in_background
from cardkeeper.gui.common.clock import Clock
from cardkeeper.gui.common.icons import icon as icon_named
from cardkeeper.gui.common.menu_action import ApplicationShortcuts, menu_action
from cardkeeper.gui.contact.pane import ContactPane
from cardkeeper.gui.exchange.actions import ExchangeActions
from cardkeeper.gui.exchange.contacts_files import ContactsFileActions
from cardkeeper.gui.follow_up.actions import FollowUpActions
from cardkeeper.gui.help_menu import HelpMenu
from cardkeeper.gui.importing.actions import ImportingActions
from cardkeeper.gui.library.actions import LibraryActions
from cardkeeper.gui.library.browser import LibraryBrowser
from cardkeeper.gui.library.empty_state import IMPORT_SHORTCUT
from cardkeeper.gui.review.actions import ReviewActions
from cardkeeper.gui.review.flow import ReviewFlow
from cardkeeper.gui.scanner.actions import ScannerActions
from cardkeeper.gui.settings.actions import SettingsActions
from cardkeeper.gui.templates.actions import TemplatesActions
from cardkeeper.reading.tesseract import find_tesseract
from cardkeeper.settings import Settings
from cardkeeper.store.contact_rows import ContactRow
from cardkeeper.store.database import Library


class MainWindow(QMainWindow):
    def __init__(
        self,
        library: Library,
        settings: Settings,
        *,
        config_dir: Path | None = None,
        camera_source: str | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__()
        self.library = library
        self.settings = settings
        self.clock = clock or Clock()
        """Today and now for follow-ups; tests stop it at a day of their choosing."""
        self.setWindowTitle("CardKeeper")
        self.setAcceptDrops(True)
        self.undo_stack = QUndoStack(self)
        """Every change to the library made in this window, for Edit ▸ Undo and Redo."""

        self.browser = LibraryBrowser(library, self)
        # The list's search box and rows, as bench.window and the tests drive them.
        self.search = self.browser.search
        self.model = self.browser.model
        self.pane = ContactPane()
        self.review = ReviewFlow(self, self.browser, self.pane, self.undo_stack, self)
        self._make_actions(config_dir, camera_source)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.browser.sidebar)
        self.splitter.addWidget(self.browser.list_stack)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([170, 480, 630])

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.importing.panel)
        self.setCentralWidget(central)
        self.statusBar().addPermanentWidget(self.browser.status_label)
        self.statusBar().addPermanentWidget(self.exchange.sync_status)
        self.statusBar().addPermanentWidget(self.contacts_files.contacts_import_progress)
        self._make_toolbar()  # last, so Tab still goes from the list and card to its event box

        self._connect()
        self._ensure_built_ins()
        self.browser.reload()
        self._restore_window_state()
        self._check_tesseract_early()
        self.follow_ups.due.check()
        self.exchange.auto_sync.start()

    # -- building -------------------------------------------------------------------------

    def _make_actions(self, config_dir: Path | None, camera_source: str | None) -> None:
        """The menus, each feature adding its items to them in menu order."""
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.importing = ImportingActions(
            self, self, file_menu, IMPORT_SHORTCUT, self.browser.event_names
        )
        self.scanner = ScannerActions(
            self, self, file_menu, self.importing.current_event, camera_source
        )
        file_menu.addSeparator()
        self.contacts_files = ContactsFileActions(self, self, file_menu)
        file_menu.addSeparator()
        self.exchange = ExchangeActions(self, self, file_menu)
        file_menu.addSeparator()
        self.settings_actions = SettingsActions(
            self, self, file_menu, self.exchange.sync_runner, config_dir
        )
        """File ▸ Settings (``settings`` are the settings themselves)."""
        file_menu.addSeparator()
        self.quit_action = self._action(
            self.tr("&Quit"), "application-exit", "Ctrl+Q", self.close, file_menu
        )

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.undo_action.setIcon(icon_named("edit-undo"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setIcon(icon_named("edit-redo"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.library_actions = LibraryActions(self.browser, edit_menu, view_menu, self)
        self.review_actions = ReviewActions(
            self.review, self.pane, self.browser.table, edit_menu, self
        )

        follow_menu = self.menuBar().addMenu(self.tr("F&ollow-ups"))
        self.follow_ups = FollowUpActions(self, self, follow_menu)
        follow_menu.addSeparator()
        self.templates = TemplatesActions(self, self, follow_menu, self.follow_ups.drafts_sender)
        self.help_menu = HelpMenu(self, self, self.menuBar().addMenu(self.tr("&Help")))
        ApplicationShortcuts(
            [
                self.importing.import_action,
                self.importing.import_folder_action,
                self.scanner.scan_action,
                self.contacts_files.export_contacts_action,
                self.exchange.sync_action,
                self.settings_actions.settings_action,
                self.quit_action,
                self.follow_ups.follow_ups_action,
                self.templates.templates_action,
            ],
            self,
        )

    def _make_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (
            self.importing.import_action,
            self.scanner.scan_action,
            self.library_actions.review_action,
            self.follow_ups.follow_ups_action,
            None,
            self.undo_action,
            self.redo_action,
            self.review_actions.delete_action,
            None,
            self.settings_actions.settings_action,
        ):
            if action is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.importing.event_label)
        toolbar.addWidget(self.importing.event_field)

    def _action(
        self, text: str, icon: str, shortcut: str, slot: Callable[[], object], menu: QMenu
    ) -> QAction:
        return menu_action(text, icon, shortcut, slot, menu, parent=self)

    def _connect(self) -> None:
        """The features' signals to one another: none of them knows the others."""
        self.browser.current_changed.connect(self.review.show_current)
        self.review.writable.connect(self.follow_ups.draft_action.setEnabled)
        self.browser.empty_state.import_requested.connect(self.importing.choose_photos)
        self.browser.empty_state.sample_requested.connect(
            lambda path: self.importing.start_import([path])
        )
        self.importing.contacts_file_dropped.connect(self.contacts_files.import_contacts_from)
        self.scanner.import_photos_requested.connect(self.importing.choose_photos)
        self.pane.log_requested.connect(self.follow_ups.log_activity)
        self.pane.draft_requested.connect(self.follow_ups.draft_email)
        self.follow_ups.due.changed.connect(lambda due: self.browser.show_due_count(due.count))
        self.templates.changed.connect(self.follow_ups.follow_ups_changed)
        # A sync brings contacts whose follow-ups may be due (the list it reloads itself).
        self.exchange.sync_runner.library_changed.connect(self.follow_ups.due.check)
        self.settings_actions.chosen.connect(self._settings_chosen)
        self.library_actions.trash_emptied.connect(self.undo_stack.clear)

    def _ensure_built_ins(self) -> None:
        """A library starts with the built-in templates and sequence, for the editor and drafts."""
        try:
            ensure_built_ins(self.library)
        except CardKeeperError as error:
            self.statusBar().showMessage(str(error), 10000)

    def _check_tesseract_early(self) -> None:
        """Find Tesseract now, off the GUI thread, so the first drop does not wait for it.

        Loading the OCR library behind it costs the first import otherwise; a program
        chosen in Settings is started twice (70 ms, cached). A missing Tesseract is
        told when the user imports, where it matters.
        """
        command = self.settings.tesseract_cmd or None
        run_in_background(lambda: find_tesseract(command), _ignore, _ignore, parent=self)

    # -- what the features ask of the window ----------------------------------------------

    def contacts_changed(self, ids: Iterable[int]) -> None:
        """These contacts changed in the library: their rows, the counts and the pane follow."""
        ids = set(ids)
        self.browser.contacts_changed(ids)
        self.follow_ups.due.check()
        self.review.contacts_changed(ids)

    def reload_contacts(self) -> None:
        self.browser.reload()

    def current_contact_id(self) -> int | None:
        return self.browser.current_id()

    def in_trash(self) -> bool:
        return self.browser.in_trash()

    def all_rows(self) -> list[ContactRow]:
        return self.browser.all_rows()

    def selected_ids(self) -> list[int]:
        return self.browser.selected_ids()

    def select_contact(self, contact_id: int) -> None:
        self.browser.select_contact(contact_id)

    def show_contact(self, contact_id: int) -> None:
        """Bring the window forward on this contact, widening the list if it hides it."""
        self.browser.show_contact(contact_id)
        self.show()
        self.raise_()
        self.activateWindow()

    def show_review_inbox(self) -> None:
        self.browser.show_review_inbox()

    def refresh_activity(self) -> None:
        self.review.refresh_activity()

    def refresh_sidebar(self) -> None:
        self.browser.refresh_sidebar()

    def set_settings(self, settings: Settings) -> None:
        self.settings_actions.save(settings)

    def report_failure(self, message: str) -> None:
        self._failed(message)

    def busy_reason(self) -> str | None:
        """The first busy feature says why; the order sets which sentence shows if several are."""
        reasons = (
            self.importing.busy_reason(),
            self.scanner.busy_reason(),
            self.contacts_files.busy_reason(),
            self.exchange.busy_reason(),
            self.templates.busy_reason(),
            self.follow_ups.busy_reason(),
        )
        return next((reason for reason in reasons if reason), None)

    def let_go_of_library(self) -> None:
        self.undo_stack.clear()
        self.follow_ups.let_go()
        self.templates.let_go()
        self.importing.let_go()
        self.scanner.let_go()
        self.exchange.let_go()

    def show_replaced_library(self) -> None:
        self._ensure_built_ins()
        self.browser.library_replaced(self.library)  # the review reads the window's library
        self.follow_ups.due.check()

    def _settings_chosen(self) -> None:
        """What shows a setting shows the one just chosen in File ▸ Settings."""
        self.importing.show_event(self.settings.current_event)
        self.exchange.auto_sync.set_minutes(self.settings.sync_minutes)
        self.review.show_current()

    def _failed(self, message: str) -> None:
        QMessageBox.warning(self, "CardKeeper", message)

    # -- window state ---------------------------------------------------------------------

    def _restore_window_state(self) -> None:
        state = _window_state()
        geometry = state.value("window/geometry")
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(1280, 800)
        for key, widget in (
            ("window/mainSplitter", self.splitter),
            ("window/contactSplitter", self.pane.splitter),
        ):
            saved = state.value(key)
            if isinstance(saved, QByteArray):
                widget.restoreState(saved)
        header = state.value("window/contactsHeader")
        if isinstance(header, QByteArray):
            self.browser.table.horizontalHeader().restoreState(header)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.importing.drag_entered(event)

    def dragLeaveEvent(self, event: object) -> None:
        self.importing.drag_left()

    def dropEvent(self, event: QDropEvent) -> None:
        self.importing.dropped(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.importing.cancel()
        self.scanner.close_window()
        self.follow_ups.close_window()
        self.templates.close_window()
        state = _window_state()
        state.setValue("window/geometry", self.saveGeometry())
        state.setValue("window/mainSplitter", self.splitter.saveState())
        state.setValue("window/contactSplitter", self.pane.splitter.saveState())
        state.setValue("window/contactsHeader", self.browser.table.horizontalHeader().saveState())
        super().closeEvent(event)


def _ignore(_result: object) -> None:
    """For background work whose only purpose is to fill a cache."""


def _window_state() -> QSettings:
    """Window geometry lives apart from the preferences (settings.json): it is not a choice."""
    return QSettings("CardKeeper", "window-state")
