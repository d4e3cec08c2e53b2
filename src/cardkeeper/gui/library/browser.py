"""The library as a list: its sections, the search, the contacts shown and the one current.

The window asks it what is shown and selected (for export, drafts, the review)
and tells it when contacts changed; the contact pane follows its current
contact through :attr:`LibraryBrowser.current_changed`.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cardkeeper.domain import Event
from cardkeeper.gui.library.contacts_model import (
    ADDED,
    COMPANY,
    MET_AT,
    NAME,
    TITLE,
    ContactFilter,
    ContactsModel,
)
from cardkeeper.gui.library.empty_state import EmptyState
from cardkeeper.gui.library.sidebar import ALL, REVIEW, TRASH, Sidebar, SidebarChoice
from cardkeeper.gui.library.thumbnails import SLOT, THUMBNAIL_HEIGHT, Thumbnails
from cardkeeper.store.contact_rows import (
    ContactRow,
    RowCounts,
    count_rows,
    ids_with_tag,
    list_contact_rows,
)
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from cardkeeper.store.events import Events
from cardkeeper.wording import counted, translate

COLUMN_MAX_WIDTH = 320
"""Columns widen to their longest value up to this; a longer one ends in "…"."""
FITTED_ROWS = 300
"""Rows measured when fitting the columns: those on screen and this many more (all of
100,000 would take seconds)."""


class LibraryBrowser(QObject):
    """The sidebar's sections, the search box, the contacts table, and which contact is current.

    A QObject, not a widget: its widgets live in different places of the window
    (the sidebar and the list are separate columns of the window's splitter, whose
    sizes are saved; the counts are in the status bar), so the window places each.

    Signals: ``current_changed(object)`` — the contact current in the list is now
    this id, or None (sent for None each time the list is left without one).
    """

    current_changed = Signal(object)

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._contacts = Contacts(library)
        self._events = Events(library)
        self._current_id: int | None = None
        self._counts: RowCounts | None = None
        self._due = 0
        self._sidebar_lists: tuple[list[Event], list[str]] | None = None
        self.event_names = QStringListModel(self)
        """The events' names, for the fields where one is typed (the toolbar's "Met at")."""

        self.sidebar = Sidebar()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names, companies, emails, notes…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.model = ContactsModel(Thumbnails(self), self)
        self.table = self._make_table()
        self.empty_state = EmptyState()
        self.status_label = QLabel()
        """The counts for the status bar: contacts, to review, follow-ups due, or matches."""

        list_column = QWidget()
        column = QVBoxLayout(list_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.table, 1)
        self.list_stack = QStackedWidget()
        """The list, or the welcome of an empty library in its place."""
        self.list_stack.addWidget(list_column)
        self.list_stack.addWidget(self.empty_state)

        self.sidebar.chosen.connect(self._section_chosen)
        self.search.textChanged.connect(self._apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.model.modelReset.connect(self._reselect_after_reset)
        self.columns_set_by_user = False
        """Whether the user dragged a column's width (now or last time): then it is kept."""
        self._fitting = False
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.timeout.connect(self.fit_columns)
        # When rows are loaded or arrive, not when a search narrows them: measuring the
        # columns at every keystroke took 80 ms of each on 100,000 contacts.
        self.model.rowsInserted.connect(self._fit_timer.start)
        self.table.horizontalHeader().sectionResized.connect(self._column_resized)

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves the list
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.sortByColumn(ADDED, Qt.SortOrder.DescendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(THUMBNAIL_HEIGHT + 8)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.horizontalHeader().setResizeContentsPrecision(FITTED_ROWS)  # sizeHintForColumn's
        table.setIconSize(SLOT)
        header = table.horizontalHeader()
        header.setObjectName("contactsHeader")
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Over its values, which start at the left: "Added" centred over a wide last column
        # would float far from its dates.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in ((NAME, 230), (COMPANY, 170), (TITLE, 140), (MET_AT, 150)):
            header.resizeSection(column, width)
        table.setAccessibleName(self.tr("Contacts"))
        return table

    def fit_columns(self) -> None:
        """Each column as wide as its values (up to :data:`COLUMN_MAX_WIDTH`) until the user
        sets one.

        Run after the rows change, so the cards of an import do not arrive cut.
        """
        if self.columns_set_by_user:
            return
        header = self.table.horizontalHeader()
        self._fitting = True
        for column in range(self.model.columnCount() - 1):  # the last stretches to the edge
            fitted = max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
            header.resizeSection(column, min(fitted, COLUMN_MAX_WIDTH))
        self._fitting = False

    def _column_resized(self) -> None:
        """A column dragged to a width of the user's choosing stays so for the session."""
        if not self._fitting and QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self.columns_set_by_user = True

    # -- what the window tells it ---------------------------------------------------------

    def reload(self) -> None:
        """Many contacts changed at once (a contacts import, a sync): read the list again."""
        self._load_all_rows()
        self._update_counts()
        self.refresh_sidebar()

    def contacts_changed(self, ids: Iterable[int]) -> None:
        """Rows of these contacts changed in the library (an edit, an import, undo, redo)."""
        ids = set(ids)
        trash = self.sidebar.current_choice() == TRASH
        rows = list_contact_rows(self._library, ids=ids, deleted=trash)
        self.model.remove_ids(ids - {row.id for row in rows})
        self.model.put_rows(rows)
        self._update_counts()
        self.refresh_sidebar()

    def library_folder(self) -> Path:
        """Where the library shown is, for work on it off the GUI thread."""
        return self._library.folder

    def trash_count(self) -> int:
        """How many contacts the trash held when the counts were last read."""
        return self._counts.trash if self._counts is not None else 0

    def show_due_count(self, count: int) -> None:
        """How many follow-ups are due, for the status line."""
        self._due = count
        self._show_counts()

    def library_replaced(self, library: Library) -> None:
        """Show ``library`` (a restored one) as if the window had just opened on it."""
        self._library = library
        self._contacts = Contacts(library)
        self._events = Events(library)
        self._sidebar_lists = None
        self._set_current(None)
        self.search.clear()
        self.refresh_sidebar()
        self.sidebar.choose(ALL)  # says so only if it was on another section
        self._load_all_rows()
        self._apply_filter()
        self.select_row(0)

    # -- what is shown --------------------------------------------------------------------

    def _load_all_rows(self) -> None:
        trash = self.sidebar.current_choice() == TRASH
        self.model.set_rows(list_contact_rows(self._library, deleted=trash))
        self._fit_timer.start()
        # The rows live as long as the window. Left to the garbage collector, each full
        # collection walks all of them: 30+ ms pauses between keystrokes on 100,000
        # contacts. Frozen objects are skipped by collections (and still freed when
        # unreferenced, just not checked for cycles, which rows never form).
        gc.freeze()
        self._update_counts()

    def _section_chosen(self, choice: SidebarChoice) -> None:
        self._load_all_rows()
        self._apply_filter()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.select_row(0)

    def _apply_filter(self) -> None:
        choice = self.sidebar.current_choice()
        text = self.search.text().strip()
        self.model.set_filter(
            ContactFilter(
                ids=frozenset(self._contacts.search(text)) if text else None,
                event_id=choice.value if choice.kind == "event" else None,  # type: ignore[arg-type]
                tagged=(
                    frozenset(ids_with_tag(self._library, str(choice.value)))
                    if choice.kind == "tag"
                    else None
                ),
                needs_review=choice == REVIEW,
            )
        )
        if text:
            self._show_counts()
        else:
            self._update_counts()

    def _update_counts(self) -> None:
        counts = count_rows(self._library)
        self._counts = counts
        self.sidebar.set_counts(counts.library, counts.needing_review, counts.trash)
        self._show_counts()
        self.list_stack.setCurrentIndex(1 if counts.library == 0 and not self.in_trash() else 0)

    def _show_counts(self) -> None:
        """The status line from the counts last read: the due count changes it without a query."""
        counts, due = self._counts, self._due
        if counts is None:
            return
        count = counts.trash if self.in_trash() else counts.library
        total = counted(count, "contact")
        if self.search.text().strip():  # what the list shows: the matches, of how many
            total = translate("LibraryBrowser", "{shown} of %n contact(s)", None, count).format(
                shown=self.model.rowCount()
            )
        self.status_label.setText(
            total
            + (
                self.tr(" · {count} to review").format(count=counts.needing_review)
                if counts.needing_review
                else ""
            )
            + (translate("LibraryBrowser", " · %n follow-up(s) due", None, due) if due else "")
        )

    def refresh_sidebar(self) -> None:
        """Rebuild the events and tags only when they changed: every imported card asks."""
        events, tags = self._events.list_events(), self._contacts.all_tags()
        if (events, tags) != self._sidebar_lists:
            self._sidebar_lists = (events, tags)
            self.sidebar.set_events(events)
            self.sidebar.set_tags(tags)
            self.event_names.setStringList([event.name for event in events])

    def show_review_inbox(self) -> None:
        """New cards are coming: show them where they land, with no search hiding them."""
        if self.sidebar.current_choice() != REVIEW:
            self.search.clear()
            self.sidebar.choose(REVIEW)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- what the window asks -------------------------------------------------------------

    def in_trash(self) -> bool:
        return self.sidebar.current_choice() == TRASH

    def all_rows(self) -> list[ContactRow]:
        """Every row of the section shown, whatever the search hides."""
        return self.model.all_rows()

    def current_id(self) -> int | None:
        return self._current_id

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        ids = [self.model.contact_row(row).id for row in rows]
        if not ids and self._current_id is not None:
            ids = [self._current_id]
        return ids

    def row_of(self, contact_id: int) -> int | None:
        return self.model.row_of(contact_id)

    # -- the current contact --------------------------------------------------------------

    def select_row(self, row: int) -> None:
        row = max(0, min(row, self.model.rowCount() - 1))
        if self.model.rowCount() == 0:
            self._set_current(None)
            return
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, NAME),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(self.model.index(row, NAME))

    def select_contact(self, contact_id: int) -> None:
        row = self.model.row_of(contact_id)
        if row is not None:
            self.select_row(row)

    def show_contact(self, contact_id: int) -> None:
        """Make this contact current, widening the list if it hides it."""
        if self.model.row_of(contact_id) is None:
            self.search.clear()
            self.sidebar.choose(ALL)
        self.select_contact(contact_id)

    def select_next_to_review(self, start: int) -> bool:
        """Make the next card to review from row ``start`` on current (then from the top).

        With none left, the row at ``start`` (or the last) is current and it says False.
        """
        ids = self.model.shown_ids()
        for position in [*range(start, len(ids)), *range(0, start)]:
            if self.model.contact_row(position).needs_review:
                self.select_row(position)
                return True
        self.select_row(min(start, len(ids) - 1))
        return False

    def _reselect_after_reset(self) -> None:
        """A reset clears the selection; keep the contact the user was on if it is still shown."""
        if self._current_id is not None and self.model.row_of(self._current_id) is not None:
            QTimer.singleShot(0, lambda: self._reselect(self._current_id))
        elif self._current_id is not None:
            self._set_current(None)

    def _reselect(self, contact_id: int | None) -> None:
        if contact_id is not None and contact_id == self._current_id:
            row = self.model.row_of(contact_id)
            if row is not None:
                blocked = self.table.selectionModel().blockSignals(True)
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, NAME),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.selectionModel().blockSignals(blocked)
                self.table.viewport().update()

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._set_current(self.model.contact_id(current))

    def _set_current(self, contact_id: int | None) -> None:
        if contact_id == self._current_id and contact_id is not None:
            return
        self._current_id = contact_id
        self.current_changed.emit(contact_id)
