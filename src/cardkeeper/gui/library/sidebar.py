"""The left column: which part of the library the list shows (all, to review, an event, a tag)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from cardkeeper.domain import Event
from cardkeeper.gui.common.icons import icon as icon_named

Kind = Literal["all", "review", "trash", "event", "tag"]

ChoiceRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class SidebarChoice:
    kind: Kind
    value: int | str | None = None
    """The event id or tag name, for those kinds."""


ALL = SidebarChoice("all")
REVIEW = SidebarChoice("review")
TRASH = SidebarChoice("trash")

UNREAD_INBOX_ICON = "mail-mark-unread"
EMPTY_INBOX_ICON = "mail-folder-inbox"
"""The Review Inbox's icon: its blue dot says cards wait, so it shows only while some do."""
MAX_WIDTH = 260
"""The sidebar widens to its longest name up to this; a longer event's name ends in "…"
(and shows whole in its tooltip)."""


class Sidebar(QTreeView):
    """Signals: ``chosen(object)`` — the user picked a :class:`SidebarChoice`;
    ``inbox_icon_changed(str)`` — the Review Inbox's icon name now that its count changed
    (the dotted one only while cards wait), for the toolbar's button to show the same."""

    chosen = Signal(object)
    inbox_icon_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAccessibleName(self.tr("Library sections"))
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self._all = _item(self.tr("All Contacts"), ALL, "x-office-address-book")
        self._review = _item(self.tr("Review Inbox"), REVIEW, EMPTY_INBOX_ICON)
        self._trash = _item(self.tr("Trash"), TRASH, "user-trash")
        self._events = _heading(self.tr("Events"))
        self._tags = _heading(self.tr("Tags"))
        for item in (self._all, self._review, self._trash, self._events, self._tags):
            self._model.appendRow(item)
        self.expandAll()
        self._current = ALL
        self.selectionModel().currentChanged.connect(self._current_changed)
        self.choose(ALL)

    def sizeHint(self) -> QSize:
        """As wide as its names (counts and bold included), so none is cut; see :data:`MAX_WIDTH`.

        The window's splitter takes it as the sidebar's width, and as its least.
        """
        scroll_bar = self.verticalScrollBar()
        width = (
            self.sizeHintForColumn(0)
            + 2 * self.frameWidth()
            + (scroll_bar.sizeHint().width() if scroll_bar.isVisible() else 0)
        )
        return QSize(min(width, MAX_WIDTH), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.sizeHint().width(), super().minimumSizeHint().height())

    def current_choice(self) -> SidebarChoice:
        return self._current

    def choose(self, choice: SidebarChoice) -> None:
        """Select ``choice`` (or All Contacts if it is gone) and announce it."""
        index = self._index_of(choice) or self._all.index()
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self._announce(index)

    def set_counts(self, everyone: int, to_review: int, trashed: int) -> None:
        self._all.setText(self.tr("All Contacts ({count})").format(count=everyone))
        self._review.setText(
            self.tr("Review Inbox ({count})").format(count=to_review)
            if to_review
            else self.tr("Review Inbox")
        )
        font = QFont(self.font())
        font.setBold(to_review > 0)
        self._review.setFont(font)
        inbox_icon = UNREAD_INBOX_ICON if to_review else EMPTY_INBOX_ICON
        self._review.setIcon(icon_named(inbox_icon))
        self.inbox_icon_changed.emit(inbox_icon)
        self._trash.setText(
            self.tr("Trash ({count})").format(count=trashed) if trashed else self.tr("Trash")
        )
        self.updateGeometry()

    def set_events(self, events: Sequence[Event]) -> None:
        self._replace_children(
            self._events,
            [_item(event.name, SidebarChoice("event", event.id)) for event in events],
        )

    def set_tags(self, tags: Sequence[str]) -> None:
        self._replace_children(self._tags, [_item(tag, SidebarChoice("tag", tag)) for tag in tags])

    def _replace_children(self, heading: QStandardItem, items: list[QStandardItem]) -> None:
        current = self._current
        heading.removeRows(0, heading.rowCount())
        for item in items:
            heading.appendRow(item)
        heading.setEnabled(bool(items))
        self.expand(heading.index())
        self.updateGeometry()
        if current.kind in ("event", "tag") and self._index_of(current) is None:
            self.choose(ALL)
        else:
            blocked = self.selectionModel().blockSignals(True)
            index = self._index_of(current)
            if index is not None:
                self.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
            self.selectionModel().blockSignals(blocked)

    def _index_of(self, choice: SidebarChoice) -> QModelIndex | None:
        for parent in (self._model.invisibleRootItem(), self._events, self._tags):
            for row in range(parent.rowCount()):
                child = parent.child(row)
                if child.data(ChoiceRole) == choice:
                    return child.index()
        return None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._announce(current)

    def _announce(self, index: QModelIndex) -> None:
        choice = index.data(ChoiceRole)
        if isinstance(choice, SidebarChoice) and choice != self._current:
            self._current = choice
            self.chosen.emit(choice)


def _item(text: str, choice: SidebarChoice, icon: str = "") -> QStandardItem:
    item = QStandardItem(text)
    item.setData(choice, ChoiceRole)
    if icon:
        item.setIcon(icon_named(icon))
    item.setToolTip(text)
    return item


def _heading(text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setSelectable(False)
    font = item.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 0.9)
    item.setFont(font)
    return item
