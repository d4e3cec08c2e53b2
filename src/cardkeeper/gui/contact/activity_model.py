"""One contact's story as a Qt list model: what comes next, then what happened, newest first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from cardkeeper.domain import Activity, ActivityKind, Channel, FollowUp, FollowUpState
from cardkeeper.gui.common.icons import icon
from cardkeeper.gui.common.translation import QT_TRANSLATE_NOOP, day_text

Index = QModelIndex | QPersistentModelIndex

KIND_WORDS = {
    ActivityKind.SCANNED: QT_TRANSLATE_NOOP("activity_model", "Card scanned"),
    ActivityKind.MET: QT_TRANSLATE_NOOP("activity_model", "Met"),
    ActivityKind.EMAILED: QT_TRANSLATE_NOOP("activity_model", "Emailed"),
    ActivityKind.CALLED: QT_TRANSLATE_NOOP("activity_model", "Called"),
    ActivityKind.NOTE: QT_TRANSLATE_NOOP("activity_model", "Note"),
}
_KIND_ICONS = {
    ActivityKind.SCANNED: "camera-web",
    ActivityKind.MET: "system-users",
    ActivityKind.EMAILED: "mail-message-new",
    ActivityKind.CALLED: "call-start",
    ActivityKind.NOTE: "accessories-text-editor",
}
PLANNED_ICON = "appointment-soon"
_CHANNEL_IN_SENTENCE = {
    Channel.EMAIL: QT_TRANSLATE_NOOP("activity_model", "email"),
    Channel.CALL: QT_TRANSLATE_NOOP("activity_model", "call"),
    Channel.MEETING: QT_TRANSLATE_NOOP("activity_model", "meeting"),
    Channel.OTHER: QT_TRANSLATE_NOOP("activity_model", "follow up"),
}
"""The channel inside "Next: call, due today": a language may not write it in small letters."""


@dataclass(frozen=True)
class _Line:
    headline: str
    detail: str
    icon: str
    planned: bool


class ActivityModel(QAbstractListModel):
    """Open follow-ups first (what comes next), then the activity log, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[_Line] = []

    def set_history(
        self, activities: Sequence[Activity], follow_ups: Sequence[FollowUp], today: date
    ) -> None:
        planned = [
            _planned(follow_up, today)
            for follow_up in follow_ups
            if follow_up.state in (FollowUpState.PENDING, FollowUpState.SNOOZED)
        ]
        self.beginResetModel()
        self._lines = planned + [_happened(activity) for activity in activities]
        self.endResetModel()

    def planned_count(self) -> int:
        return sum(1 for line in self._lines if line.planned)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{line.headline}\n{line.detail}" if line.detail else line.headline
        if role == Qt.ItemDataRole.ToolTipRole and line.detail:
            return line.detail
        if role == Qt.ItemDataRole.DecorationRole:
            return icon(line.icon)
        return None


def _planned(follow_up: FollowUp, today: date) -> _Line:
    due = follow_up.due
    if due < today:
        when = QCoreApplication.translate("activity_model", "overdue since {day}").format(
            day=_day(due, today)
        )
    elif due == today:
        when = QCoreApplication.translate("activity_model", "due today")
    else:
        when = QCoreApplication.translate("activity_model", "due {day}").format(
            day=_day(due, today)
        )
    channel = QCoreApplication.translate("activity_model", _CHANNEL_IN_SENTENCE[follow_up.channel])
    headline = (
        QCoreApplication.translate("activity_model", "Next: {channel}, {when} (snoozed)")
        if follow_up.state == FollowUpState.SNOOZED
        else QCoreApplication.translate("activity_model", "Next: {channel}, {when}")
    ).format(channel=channel, when=when)
    return _Line(headline, follow_up.reason, PLANNED_ICON, planned=True)


def _happened(activity: Activity) -> _Line:
    local = activity.at.astimezone()
    when = day_text(local, QCoreApplication.translate("activity_model", "d MMM yyyy, HH:mm"))
    headline = f"{QCoreApplication.translate('activity_model', KIND_WORDS[activity.kind])} · {when}"
    return _Line(headline, activity.detail, _KIND_ICONS[activity.kind], planned=False)


def _day(day: date, today: date) -> str:
    if day.year == today.year:
        return day_text(day, QCoreApplication.translate("activity_model", "ddd d MMM"))
    return day_text(day, QCoreApplication.translate("activity_model", "ddd d MMM yyyy"))
