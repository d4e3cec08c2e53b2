"""One contact's story as a Qt list model: what comes next, then what happened, newest first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from cardkeeper.domain import Activity, ActivityKind, Channel, FollowUp, FollowUpState
from cardkeeper.gui.common.icons import icon

Index = QModelIndex | QPersistentModelIndex

KIND_WORDS = {
    ActivityKind.SCANNED: "Card scanned",
    ActivityKind.MET: "Met",
    ActivityKind.EMAILED: "Emailed",
    ActivityKind.CALLED: "Called",
    ActivityKind.NOTE: "Note",
}
_KIND_ICONS = {
    ActivityKind.SCANNED: "camera-web",
    ActivityKind.MET: "system-users",
    ActivityKind.EMAILED: "mail-message-new",
    ActivityKind.CALLED: "call-start",
    ActivityKind.NOTE: "accessories-text-editor",
}
PLANNED_ICON = "appointment-soon"
_CHANNEL_WORDS = {
    Channel.EMAIL: "Email",
    Channel.CALL: "Call",
    Channel.MEETING: "Meeting",
    Channel.OTHER: "Follow up",
}


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
        when = f"overdue since {_day(due, today)}"
    elif due == today:
        when = "due today"
    else:
        when = f"due {_day(due, today)}"
    snoozed = " (snoozed)" if follow_up.state == FollowUpState.SNOOZED else ""
    headline = f"Next: {_CHANNEL_WORDS[follow_up.channel].lower()}, {when}{snoozed}"
    return _Line(headline, follow_up.reason, PLANNED_ICON, planned=True)


def _happened(activity: Activity) -> _Line:
    local = activity.at.astimezone()
    when = f"{local.day} {local:%b %Y, %H:%M}"
    headline = f"{KIND_WORDS[activity.kind]} · {when}"
    return _Line(headline, activity.detail, _KIND_ICONS[activity.kind], planned=False)


def _day(day: date, today: date) -> str:
    text = f"{day:%a} {day.day} {day:%b}"
    return text if day.year == today.year else f"{text} {day.year}"
