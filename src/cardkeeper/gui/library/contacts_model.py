"""The contacts list as a Qt table model: every row of the library, the filtered ones shown.

The model keeps all rows in memory (a ``ContactRow`` is a few hundred bytes, so
100,000 contacts are tens of MB) and shows the subset the filters let through,
in the chosen order. Filtering and sorting are done here in Python rather than
through a ``QSortFilterProxyModel``: a proxy asks Python's
``filterAcceptsRow`` about every row, which took 355 ms to filter 100,000
contacts by a search's ids on this machine, against 3 ms for picking the
matching rows here. A keystroke has 30 ms.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, overload

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QPalette, QPixmap

from cardkeeper.gui.common.headed_table_model import HeadedTableModel
from cardkeeper.gui.common.translation import QT_TRANSLATE_NOOP, day_text
from cardkeeper.gui.library.thumbnails import Thumbnails
from cardkeeper.store.contact_rows import ContactRow

Index = QModelIndex | QPersistentModelIndex

NAME, COMPANY, TITLE, MET_AT, ADDED = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("headers", "Name"),
    QT_TRANSLATE_NOOP("headers", "Company"),
    QT_TRANSLATE_NOOP("headers", "Title"),
    QT_TRANSLATE_NOOP("headers", "Where met"),
    QT_TRANSLATE_NOOP("headers", "Added"),
)

ContactIdRole = Qt.ItemDataRole.UserRole + 1
"""The contact's id, for views and tests that need to know which contact a row is."""


@dataclass(frozen=True)
class ContactFilter:
    """What the list shows: each part narrows it; the default shows every contact."""

    ids: frozenset[int] | None = None
    """Only these contacts (the search's matches), or None for no search."""
    event_id: int | None = None
    tagged: frozenset[int] | None = None
    """Contacts carrying the chosen tag, or None for no tag filter."""
    needs_review: bool = False
    exclude: frozenset[int] = field(default_factory=frozenset)

    def accepts(self, row: ContactRow) -> bool:
        return (
            (self.ids is None or row.id in self.ids)
            and (self.event_id is None or row.event_id == self.event_id)
            and (self.tagged is None or row.id in self.tagged)
            and (not self.needs_review or row.needs_review)
            and row.id not in self.exclude
        )


def _text_key(text: str) -> tuple[bool, str]:
    """Empty values sort last whichever way, so nameless cards do not crowd the top."""
    return (not text, text.casefold())


_SORT_KEYS: dict[int, Callable[[ContactRow], Any]] = {
    NAME: lambda row: _text_key(row.sort_name or row.name),
    COMPANY: lambda row: _text_key(row.company),
    TITLE: lambda row: _text_key(row.title),
    MET_AT: lambda row: _text_key(row.event_name),
    ADDED: lambda row: (row.created_at, row.id),
}


class ContactsModel(HeadedTableModel):
    """Rows of contacts; ``set_rows`` replaces them, ``set_filter`` chooses the shown ones.

    All rows are kept sorted (ascending by the sort column's key), so showing a
    filtered subset never sorts 100,000 rows: a scan keeps the order, and a
    search's few hundred matches are picked by id and sorted on their own.
    """

    def __init__(self, thumbnails: Thumbnails | None = None, parent: Any = None) -> None:
        super().__init__(HEADERS, parent)
        self._all: list[ContactRow] = []
        self._by_id: dict[int, ContactRow] = {}
        self._shown: list[ContactRow] = []
        self._positions: dict[int, int] | None = {}
        self._filter = ContactFilter()
        self._sort_column = ADDED
        self._descending = True
        self._thumbnails = thumbnails
        self._waiting: dict[Path, set[int]] = {}
        """Thumbnails asked for and not ready yet -> the contacts showing them."""
        if thumbnails is not None:
            thumbnails.ready.connect(self._thumbnail_ready)

    # -- filling --------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[ContactRow]) -> None:
        self._all = sorted(rows, key=self._key)
        self._by_id = {row.id: row for row in self._all}
        self._refresh()

    def set_filter(self, contact_filter: ContactFilter) -> None:
        self._filter = contact_filter
        self._refresh()

    def put_rows(self, rows: Iterable[ContactRow]) -> None:
        """Add or replace these rows (an edit, an import, an undo) without a full reload.

        Rows are inserted, repainted or removed one by one, so the view keeps
        its selection and scroll position while an import adds cards.
        """
        for row in {row.id: row for row in rows}.values():
            self._discard(row.id)
            bisect.insort(self._all, row, key=self._key)
            self._by_id[row.id] = row
            position = self._position_map().get(row.id)
            accepted = self._filter.accepts(row)
            if position is not None and accepted:
                # Repainted in place even if its sort key changed: the row the user is
                # editing must not jump away under the cursor.
                self._shown[position] = row
                self.dataChanged.emit(
                    self.index(position, 0), self.index(position, len(HEADERS) - 1)
                )
            elif position is not None:
                self._remove_shown(position)
            elif accepted:
                position = self._insertion_point(row)
                self.beginInsertRows(QModelIndex(), position, position)
                self._shown.insert(position, row)
                self._positions = None
                self.endInsertRows()

    def _insertion_point(self, row: ContactRow) -> int:
        if not self._descending:
            return bisect.bisect_right(self._shown, self._key(row), key=self._key)
        ascending = _Reversed(self._shown)
        return len(self._shown) - bisect.bisect_left(ascending, self._key(row), key=self._key)

    def remove_ids(self, ids: Iterable[int]) -> None:
        """Take these contacts out (deleted, merged away), row by row like :meth:`put_rows`."""
        for contact_id in ids:
            self._discard(contact_id)
            position = self._position_map().get(contact_id)
            if position is not None:
                self._remove_shown(position)

    def _remove_shown(self, position: int) -> None:
        self.beginRemoveRows(QModelIndex(), position, position)
        del self._shown[position]
        self._positions = None
        self.endRemoveRows()

    def _discard(self, contact_id: int) -> None:
        old = self._by_id.pop(contact_id, None)
        if old is None:
            return
        position = bisect.bisect_left(self._all, self._key(old), key=self._key)
        while self._all[position].id != contact_id:
            position += 1
        del self._all[position]

    def _key(self, row: ContactRow) -> Any:
        return _SORT_KEYS[self._sort_column](row)

    def _refresh(self) -> None:
        self.beginResetModel()
        self._shown = self._filtered()
        self._positions = None
        self.endResetModel()

    def _filtered(self) -> list[ContactRow]:
        accepts = self._filter.accepts
        if self._filter.ids is not None:
            found = [self._by_id[i] for i in self._filter.ids if i in self._by_id]
            return sorted(filter(accepts, found), key=self._key, reverse=self._descending)
        shown = (
            list(self._all) if self._filter == ContactFilter() else list(filter(accepts, self._all))
        )
        if self._descending:
            shown.reverse()
        return shown

    def _position_map(self) -> dict[int, int]:
        """Contact id -> shown row, made when first needed after a change (10 ms per 100,000)."""
        if self._positions is None:
            self._positions = {row.id: position for position, row in enumerate(self._shown)}
        return self._positions

    # -- looking up -----------------------------------------------------------------------

    def all_count(self) -> int:
        return len(self._all)

    def all_rows(self) -> list[ContactRow]:
        """Every row the model holds, the filter aside."""
        return list(self._all)

    def row_of(self, contact_id: int) -> int | None:
        return self._position_map().get(contact_id)

    def contact_row(self, position: int) -> ContactRow:
        return self._shown[position]

    def contact_id(self, index: Index) -> int | None:
        if not index.isValid() or index.row() >= len(self._shown):
            return None
        return self._shown[index.row()].id

    def shown_ids(self) -> list[int]:
        return [row.id for row in self._shown]

    # -- Qt model interface ---------------------------------------------------------------

    def row_count(self) -> int:
        return len(self._shown)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        row = self._shown[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(row, column)
        if role == ContactIdRole:
            return row.id
        if role == Qt.ItemDataRole.DecorationRole and column == NAME:
            return self._thumbnail(row)
        if role == Qt.ItemDataRole.FontRole and column == NAME and row.needs_review:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == NAME and not row.name:
            return QPalette().color(QPalette.ColorRole.PlaceholderText)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in _SORT_KEYS:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._shown[index.row()].id for index in persistent]
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._all.sort(key=self._key)
        self._shown = self._filtered()
        self._positions = None
        positions = self._position_map()
        self.changePersistentIndexList(
            persistent,
            [
                self.index(positions[contact_id], index.column())
                for contact_id, index in zip(ids, persistent, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _thumbnail(self, row: ContactRow) -> QPixmap | None:
        if self._thumbnails is None:
            return None
        pixmap = None if row.thumbnail is None else self._thumbnails.get(row.thumbnail)
        if pixmap is None and row.thumbnail is not None:
            self._waiting.setdefault(row.thumbnail, set()).add(row.id)
        return self._thumbnails.empty_slot if pixmap is None else pixmap  # names line up

    def _thumbnail_ready(self, path: object) -> None:
        for contact_id in self._waiting.pop(path, set()) if isinstance(path, Path) else ():
            position = self.row_of(contact_id)
            if position is not None:
                index = self.index(position, NAME)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


class _Reversed(Sequence[ContactRow]):
    """A list seen back to front without copying it, for bisecting a descending list."""

    def __init__(self, rows: list[ContactRow]) -> None:
        self._rows = rows

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> ContactRow: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[ContactRow]: ...
    def __getitem__(self, index: int | slice) -> ContactRow | Sequence[ContactRow]:
        if isinstance(index, slice):
            raise TypeError("slices are not needed for bisecting")
        return self._rows[len(self._rows) - 1 - index]


def _display(row: ContactRow, column: int) -> str:
    if column == NAME:
        return row.name or QCoreApplication.translate("contacts_model", "(no name read)")
    if column == COMPANY:
        return row.company
    if column == TITLE:
        return row.title
    if column == MET_AT:
        return row.event_name
    if column == ADDED:
        return _when(row.created_at)
    return ""


def _tooltip(row: ContactRow, column: int) -> str | None:
    if column == ADDED:
        return day_text(
            row.created_at.astimezone(),
            QCoreApplication.translate("contacts_model", "dd MMMM yyyy, HH:mm"),
        )
    if column == MET_AT and row.met_on:
        return QCoreApplication.translate("contacts_model", "Met on {day}").format(
            day=day_text(row.met_on, QCoreApplication.translate("contacts_model", "dd MMMM yyyy"))
        )
    if column == NAME and row.needs_review:
        return QCoreApplication.translate("contacts_model", "Not reviewed yet")
    return None


def _when(moment: datetime) -> str:
    """Today's cards by time, this year's by day and month, older ones with the year."""
    local = moment.astimezone()
    today = date.today()
    if local.date() == today:
        return local.strftime("%H:%M")
    if local.year == today.year:
        return local.strftime("%d %b")
    return local.strftime("%d %b %Y")
