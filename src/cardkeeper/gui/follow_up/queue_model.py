"""The follow-up queue as a Qt tree model: a heading per section, the follow-ups under it.

Sections (overdue, today, this week, later) and lateness come from
``app.follow_up_queue``, so the window, the CLI and the due count agree on
which follow-up is where. A heading row spans the view and cannot be
selected; keyboard navigation walks through the follow-ups only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QPalette

from cardkeeper.app.follow_up_queue import Section, days_late, sections
from cardkeeper.domain import Channel, FollowUp, FollowUpState, QueueItem
from cardkeeper.gui.common.palette import is_dark
from cardkeeper.gui.common.translation import QT_TRANSLATE_NOOP, day_text
from cardkeeper.gui.follow_up.snooze_menu import with_next_step
from cardkeeper.wording import translate

Index = QModelIndex | QPersistentModelIndex

PERSON, COMPANY, MET, INTEREST, STEP, TODO, DUE = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("headers", "Person"),
    QT_TRANSLATE_NOOP("headers", "Company"),
    QT_TRANSLATE_NOOP("headers", "Where and when met"),
    QT_TRANSLATE_NOOP("headers", "Interested in"),
    QT_TRANSLATE_NOOP("headers", "Step"),
    QT_TRANSLATE_NOOP("headers", "What to do"),
    QT_TRANSLATE_NOOP("headers", "Due"),
)

FollowUpIdRole = Qt.ItemDataRole.UserRole + 1
ContactIdRole = Qt.ItemDataRole.UserRole + 2
ItemRole = Qt.ItemDataRole.UserRole + 3
"""The row's :class:`QueueItem`, for the window's actions."""

_HEADING = 0
"""Internal id of a heading row; a follow-up row's is its section's position + 1."""

_CHANNEL_WORDS = {
    Channel.CALL: QT_TRANSLATE_NOOP("queue_model", "Call"),
    Channel.MEETING: QT_TRANSLATE_NOOP("queue_model", "Meeting"),
    Channel.OTHER: QT_TRANSLATE_NOOP("queue_model", "Other"),
}


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
            return QCoreApplication.translate("headers", HEADERS[section])
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
            return self.tr("{section} ({count})").format(section=section.label, count=len(items))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(-1, _row_height(2.4))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QGuiApplication.palette().color(QPalette.ColorRole.Window)
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == 0:
            count = len(items)
            return translate("FollowUpModel", "{section}, %n follow-up(s)", None, count).format(
                section=section.label
            )
        return None

    def _display(self, item: QueueItem, column: int) -> str:
        if column == PERSON:
            return item.contact_name or self.tr("(no name)")
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
            return item.email or self.tr("No email address")
        if column == MET and item.met_on is not None:
            return self.tr("Met on {day}").format(
                day=day_text(item.met_on, self.tr("dddd dd MMMM yyyy"))
            )
        if column == STEP and item.sequence_name:
            return self.tr("Step {step} of “{sequence}”").format(
                step=item.follow_up.step, sequence=item.sequence_name
            )
        if column == TODO:
            text = todo_text(item)
            if item.template_name:
                text = self.tr("{todo} (template “{template}”)").format(
                    todo=text, template=item.template_name
                )
            return text
        if column == DUE:
            due = (
                self.tr("Due {day} (snoozed)")
                if item.follow_up.state == FollowUpState.SNOOZED
                else self.tr("Due {day}")
            )
            return due.format(day=day_text(item.follow_up.due, self.tr("dddd dd MMMM yyyy")))
        if column == INTEREST and item.interested_in:
            return item.interested_in
        return None

    def _due_text(self, item: QueueItem) -> str:
        due = item.follow_up.due
        gap = (due - self._today).days
        if gap < 0:
            late = days_late(item, self._today)
            if late <= 0:  # inside its step's window ("day 1-2")
                return (
                    translate("FollowUpModel", "Due %n day(s) ago", None, -gap)
                    if gap < -1
                    else (self.tr("Due yesterday"))
                )
            return translate("FollowUpModel", "%n day(s) late", None, late)
        if gap == 0:
            return self.tr("Today")
        if gap == 1:
            return self.tr("Tomorrow")
        if gap < 7:
            return day_text(due, self.tr("dddd"))
        if due.year == self._today.year:
            return day_text(due, self.tr("ddd d MMM"))
        return day_text(due, self.tr("d MMM yyyy"))

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
        same_year = met.year == today.year
        when = day_text(
            met,
            QCoreApplication.translate("queue_model", "d MMM")
            if same_year
            else QCoreApplication.translate("queue_model", "d MMM yyyy"),
        )
    return " · ".join(part for part in (item.event_name, when) if part)


def step_text(item: QueueItem) -> str:
    """How far along the sequence: "2 of 3"."""
    step = item.follow_up.step
    if item.steps_in_sequence:
        return QCoreApplication.translate("queue_model", "{step} of {steps}").format(
            step=step, steps=item.steps_in_sequence
        )
    return QCoreApplication.translate("queue_model", "Step {step}").format(step=step)


def todo_text(item: QueueItem) -> str:
    """The step's reason, saying the channel when it is not an email: "Call · Invite them…"."""
    follow_up = item.follow_up
    what = (
        follow_up.reason
        or item.template_name
        or QCoreApplication.translate("queue_model", "Follow up")
    )
    channel = _CHANNEL_WORDS.get(follow_up.channel)
    return f"{QCoreApplication.translate('queue_model', channel)} · {what}" if channel else what


def _row_height(lines: float) -> int:
    """Rows a little taller than the text, so a long queue stays easy to scan."""
    return round(QFontMetrics(QGuiApplication.font()).height() * lines)


_COUNTED_SECTIONS = {
    Section.OVERDUE: QT_TRANSLATE_NOOP("FollowUpQueueWindow", "{count} overdue"),
    Section.TODAY: QT_TRANSLATE_NOOP("FollowUpQueueWindow", "{count} today"),
    Section.THIS_WEEK: QT_TRANSLATE_NOOP("FollowUpQueueWindow", "{count} this week"),
    Section.LATER: QT_TRANSLATE_NOOP("FollowUpQueueWindow", "{count} later"),
}


def counts_text(counts: Mapping[Section, int]) -> str:
    """The queue window's status line: "2 overdue · 1 today"."""
    return " · ".join(
        QCoreApplication.translate("FollowUpQueueWindow", _COUNTED_SECTIONS[section]).format(
            count=count
        )
        for section, count in counts.items()
    )


def report_text(verb: str, count: int, name: str, next_step: FollowUp | None) -> str:
    """What the queue says after a step: "Done: Anna Koch. Next, …", or "Done: 3 follow-ups."."""
    if count > 1:
        done = translate("FollowUpQueueWindow", "{verb}: %n follow-up(s).", None, count)
        return done.format(verb=verb)
    done = QCoreApplication.translate("FollowUpQueueWindow", "{verb}: {name}.")
    return with_next_step(done.format(verb=verb, name=name), next_step)


def undo_text(verb: str, count: int, name: str) -> str:
    """The Edit ▸ Undo step of a queue action: "Follow-up with Anna Koch: Done"."""
    if count > 1:
        many = translate("FollowUpQueueWindow", "%n follow-up(s): {verb}", None, count)
        return many.format(verb=verb)
    one = QCoreApplication.translate("FollowUpQueueWindow", "Follow-up with {name}: {verb}")
    return one.format(name=name, verb=verb)
