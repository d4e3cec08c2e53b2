"""The follow-up queue as a Qt tree model: a heading per section, the follow-ups under it.

Sections (overdue, today, this week, later) and lateness come from
``app.follow_up_queue``, so the window, the CLI and the due count agree on
which follow-up is where. A heading row spans the view and cannot be
selected; keyboard navigation walks through the follow-ups only.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QPalette

from cardkeeper.app.follow_up_queue import Section, days_late, sections
from cardkeeper.domain import Channel, FollowUpState, QueueItem
from cardkeeper.gui.common.palette import is_dark
from cardkeeper.wording import counted

Index = QModelIndex | QPersistentModelIndex

PERSON, COMPANY, MET, INTEREST, STEP, TODO, DUE = range(7)
HEADERS = ("Person", "Company", "Where and when met", "Interested in", "Step", "What to do", "Due")

FollowUpIdRole = Qt.ItemDataRole.UserRole + 1
ContactIdRole = Qt.ItemDataRole.UserRole + 2
ItemRole = Qt.ItemDataRole.UserRole + 3
"""The row's :class:`QueueItem`, for the window's actions."""

_HEADING = 0
"""Internal id of a heading row; a follow-up row's is its section's position + 1."""

_CHANNEL_WORDS = {Channel.CALL: "Call", Channel.MEETING: "Meeting", Channel.OTHER: "Other"}


class FollowUpModel(QAbstractItemModel):
    """Open follow-ups grouped by section; :meth:`set_items` replaces them all."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._sections: list[tuple[Section, list[QueueItem]]] = []
        self._today = date.min

    def set_items(self, items: Sequence[QueueItem], today: date) -> None:
        self.beginResetModel()
        self._today = today
        self._sections = sections(list(items), today)
        self.endResetModel()

    # -- looking up -----------------------------------------------------------------------

    def item(self, index: Index) -> QueueItem | None:
        if not index.isValid() or index.internalId() == _HEADING:
            return None
        return self._sections[index.internalId() - 1][1][index.row()]

    def index_of(self, follow_up_id: int) -> QModelIndex:
        """The row of this follow-up (first column), or an invalid index if it is not shown."""
        for position, (_section, items) in enumerate(self._sections):
            for row, item in enumerate(items):
                if item.follow_up.id == follow_up_id:
                    return self.createIndex(row, 0, position + 1)
        return QModelIndex()

    def follow_up_indexes(self) -> list[QModelIndex]:
        """Every follow-up row, top to bottom, as the keyboard walks them."""
        return [
            self.createIndex(row, 0, position + 1)
            for position, (_section, items) in enumerate(self._sections)
            for row in range(len(items))
        ]

    def section_counts(self) -> dict[Section, int]:
        return {section: len(items) for section, items in self._sections}

    def item_count(self) -> int:
        return sum(len(items) for _section, items in self._sections)

    def today(self) -> date:
        return self._today

    # -- Qt model interface ---------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not 0 <= column < len(HEADERS):
            return QModelIndex()
        if not parent.isValid():
            if 0 <= row < len(self._sections):
                return self.createIndex(row, column, _HEADING)
            return QModelIndex()
        if parent.internalId() == _HEADING and parent.column() == 0:
            items = self._sections[parent.row()][1]
            if 0 <= row < len(items):
                return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _HEADING:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _HEADING)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._sections)
        if parent.internalId() == _HEADING and parent.column() == 0:
            return len(self._sections[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _HEADING:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _HEADING:
            return self._heading_data(index, role)
        item = self.item(index)
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == FollowUpIdRole:
            return item.follow_up.id
        if role == ContactIdRole:
            return item.follow_up.contact_id
        if role == ItemRole:
            return item
        if role == Qt.ItemDataRole.ForegroundRole and column == DUE:
            return self._due_colour(item)
        if role == Qt.ItemDataRole.FontRole and column == PERSON:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(-1, _row_height(1.9))
        return None

    # -- what a row says ------------------------------------------------------------------

    def _heading_data(self, index: Index, role: int) -> Any:
        section, items = self._sections[index.row()]
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            return f"{section.label} ({len(items)})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(-1, _row_height(2.4))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QGuiApplication.palette().color(QPalette.ColorRole.Window)
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == 0:
            return f"{section.label}, {counted(len(items), 'follow-up')}"
        return None

    def _display(self, item: QueueItem, column: int) -> str:
        if column == PERSON:
            return item.contact_name or "(no name)"
        if column == COMPANY:
            return item.company
        if column == MET:
            return met_text(item, self._today)
        if column == INTEREST:
            return item.interested_in
        if column == STEP:
            return step_text(item)
        if column == TODO:
            return todo_text(item)
        if column == DUE:
            return self._due_text(item)
        return ""

    def _tooltip(self, item: QueueItem, column: int) -> str | None:
        if column == PERSON:
            return item.email or "No email address"
        if column == MET and item.met_on is not None:
            return f"Met on {item.met_on:%A %d %B %Y}"
        if column == STEP and item.sequence_name:
            return f"Step {item.follow_up.step} of “{item.sequence_name}”"
        if column == TODO:
            text = todo_text(item)
            if item.template_name:
                text += f" (template “{item.template_name}”)"
            return text
        if column == DUE:
            due = f"Due {item.follow_up.due:%A %d %B %Y}"
            if item.follow_up.state == FollowUpState.SNOOZED:
                due += " (snoozed)"
            return due
        if column == INTEREST and item.interested_in:
            return item.interested_in
        return None

    def _due_text(self, item: QueueItem) -> str:
        due = item.follow_up.due
        gap = (due - self._today).days
        if gap < 0:
            late = days_late(item, self._today)
            if late <= 0:  # inside its step's window ("day 1-2")
                return "Due yesterday" if gap == -1 else f"Due {-gap} days ago"
            return f"{counted(late, 'day')} late"
        if gap == 0:
            return "Today"
        if gap == 1:
            return "Tomorrow"
        if gap < 7:
            return f"{due:%A}"
        if due.year == self._today.year:
            return f"{due:%a} {due.day} {due:%b}"
        return f"{due.day} {due:%b %Y}"

    def _due_colour(self, item: QueueItem) -> QColor | None:
        if item.follow_up.due >= self._today or days_late(item, self._today) <= 0:
            return None
        dark = is_dark(QGuiApplication.palette())
        return QColor("#ff8a80" if dark else "#b3261e")


def met_text(item: QueueItem, today: date) -> str:
    """Where and when: "Web Summit 2026, Lisbon · 4 Mar" (with the year if not this one)."""
    met = item.met_on
    when = ""
    if met is not None:
        when = f"{met.day} {met:%b}" if met.year == today.year else f"{met.day} {met:%b %Y}"
    return " · ".join(part for part in (item.event_name, when) if part)


def step_text(item: QueueItem) -> str:
    """How far along the sequence: "2 of 3"."""
    step = item.follow_up.step
    return f"{step} of {item.steps_in_sequence}" if item.steps_in_sequence else f"Step {step}"


def todo_text(item: QueueItem) -> str:
    """The step's reason, saying the channel when it is not an email: "Call · Invite them…"."""
    follow_up = item.follow_up
    what = follow_up.reason or item.template_name or "Follow up"
    channel = _CHANNEL_WORDS.get(follow_up.channel)
    return f"{channel} · {what}" if channel else what


def _row_height(lines: float) -> int:
    """Rows a little taller than the text, so a long queue stays easy to scan."""
    return round(QFontMetrics(QGuiApplication.font()).height() * lines)
