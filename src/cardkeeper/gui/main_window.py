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

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QResizeEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QToolButton,
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
from cardkeeper.gui.library.new_contact import NewContact
from cardkeeper.gui.review.actions import ReviewActions
from cardkeeper.gui.review.flow import ReviewFlow
from cardkeeper.gui.scanner.actions import ScannerActions
from cardkeeper.gui.settings.actions import SettingsActions
from cardkeeper.gui.shortcuts_window import SHORTCUT_NAME
from cardkeeper.gui.templates.actions import TemplatesActions
from cardkeeper.reading.tesseract import find_tesseract
from cardkeeper.settings import Settings
from cardkeeper.store.contact_rows import ContactRow
from cardkeeper.store.database import Library

PANE_MIN_WIDTH = 440
"""The contact pane never gets narrower: its card stays big enough to click words
(about 400 px) and the "New card." bar keeps to two lines."""
LIST_MIN_WIDTH = 300
"""The list keeps its names and thumbnails readable; the other columns scroll sideways."""
PANE_MAX_WIDTH = 960
"""Beyond this a wider pane only stretches the form's fields; the list makes better use of it."""
PANE_SHARE = 0.35
"""The pane's share of what the sidebar leaves, between those bounds; the list has the rest."""


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
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setChildrenCollapsible(False)
        self.pane.setMinimumWidth(PANE_MIN_WIDTH)
        self.browser.list_stack.setMinimumWidth(LIST_MIN_WIDTH)  # the welcome's would be 540
        self._columns_chosen = False
        """Whether the user set the columns' widths (now or last time): then they are kept."""
        self._shared_sizes: list[int] = []
        """The widths :meth:`_share_columns` gave last: others were chosen, and are remembered."""
        self.splitter.splitterMoved.connect(self._columns_moved)
        self.splitter.installEventFilter(self)  # shares its width out as it is resized

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
        self.new_contact = NewContact(self, self, file_menu, self._edit_new_contact)
        file_menu.addSeparator()
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
        self.undo_action.setProperty(SHORTCUT_NAME, self.tr("Undo"))
        self.redo_action.setProperty(SHORTCUT_NAME, self.tr("Redo"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        # An undo or redo says what it did, replacing what the change itself said.
        stack, status = self.undo_stack, self.statusBar()
        self.undo_action.triggered.connect(
            lambda: status.showMessage(
                self.tr("Undone: {change}.").format(change=stack.text(stack.index())), 6000
            )
        )
        self.redo_action.triggered.connect(
            lambda: status.showMessage(
                self.tr("Redone: {change}.").format(change=stack.text(stack.index() - 1)), 6000
            )
        )
        edit_menu.addSeparator()
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.library_actions = LibraryActions(self.browser, edit_menu, view_menu, self)
        self.review_actions = ReviewActions(
            self.review, self.pane, self.browser.table, edit_menu, self
        )

        follow_menu = self.menuBar().addMenu(self.tr("Follow-&ups"))
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
        """The toolbar, whose *Met at* field at its end must never go into the "»" overflow.

        Undo and Redo show only their icons (their labels, "Undo Delete 1 Contact",
        in the tooltip), so a long label cannot push the field out; and when the
        window is too narrow for the other buttons' labels, they drop theirs too
        (:meth:`_fit_toolbar`).
        """
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar = toolbar
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
            elif action in (self.undo_action, self.redo_action):
                toolbar.addWidget(_icon_button(action, toolbar))
            else:
                toolbar.addAction(action)
                action.changed.connect(self._fit_toolbar)  # "Follow-ups (12)" may not fit
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
        # Replies seen in the mailbox mark follow-ups as the queue's buttons do.
        self.exchange.reply_check.found.connect(self.follow_ups.replies_noticed)
        self.exchange.reply_check.failed.connect(
            lambda text: self.statusBar().showMessage(text, 10000)
        )
        self.exchange.sync_runner.library_changed.connect(self.follow_ups.refresh_queue)
        self.settings_actions.chosen.connect(self._settings_chosen)
        self.library_actions.trash_emptied.connect(self.undo_stack.clear)

    def _edit_new_contact(self) -> None:
        """File ▸ New Contact: the Name field of the pane takes the typing."""
        self.pane.tabs.setCurrentWidget(self.pane.form)
        name = self.pane.form.findChild(QLineEdit, "name")
        if name is not None:
            name.setFocus(Qt.FocusReason.ShortcutFocusReason)

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
            self.library_actions.busy_reason(),
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
            if isinstance(saved, QByteArray) and widget.restoreState(saved):
                self._columns_chosen |= widget is self.splitter
        header = state.value("window/contactsHeader")
        if isinstance(header, QByteArray):
            self.browser.table.horizontalHeader().restoreState(header)
            chosen = state.value("window/contactsColumnsChosen", False, type=bool)
            self.browser.columns_set_by_user = bool(chosen)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_toolbar()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.splitter
            and event.type() == QEvent.Type.Resize
            and not self._columns_chosen
        ):
            self._share_columns()
        return super().eventFilter(watched, event)

    def _fit_toolbar(self) -> None:
        """Labels beside the icons while they fit beside *Met at*; icons alone when not."""
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        if self.toolbar.sizeHint().width() > self.width():
            self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

    def _share_columns(self) -> None:
        """Share the window's width out: the sidebar what its names need, the pane
        :data:`PANE_SHARE` of the rest between its bounds, the list the rest."""
        sidebar = self.browser.sidebar.sizeHint().width()
        handles = self.splitter.handleWidth() * 2
        rest = self.splitter.width() - sidebar - handles
        pane = max(PANE_MIN_WIDTH, min(PANE_MAX_WIDTH, round(rest * PANE_SHARE)))
        self.splitter.setSizes([sidebar, rest - pane, pane])
        self._shared_sizes = self.splitter.sizes()

    def _columns_moved(self) -> None:
        self._columns_chosen = True

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
        if self._columns_chosen or self.splitter.sizes() != self._shared_sizes:
            state.setValue("window/mainSplitter", self.splitter.saveState())
        else:  # shared out by the window: the next one shares its own width out afresh
            state.remove("window/mainSplitter")
        state.setValue("window/contactSplitter", self.pane.splitter.saveState())
        state.setValue("window/contactsHeader", self.browser.table.horizontalHeader().saveState())
        state.setValue("window/contactsColumnsChosen", self.browser.columns_set_by_user)
        super().closeEvent(event)


def _icon_button(action: QAction, toolbar: QToolBar) -> QToolButton:
    """A toolbar button that shows only ``action``'s icon, its text in the tooltip."""
    button = QToolButton(toolbar)
    button.setDefaultAction(action)
    button.setAutoRaise(True)
    button.setIconSize(toolbar.iconSize())
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    return button


def _ignore(_result: object) -> None:
    """For background work whose only purpose is to fill a cache."""


def _window_state() -> QSettings:
    """Window geometry lives apart from the preferences (settings.json): it is not a choice."""
    return QSettings("CardKeeper", "window-state")
