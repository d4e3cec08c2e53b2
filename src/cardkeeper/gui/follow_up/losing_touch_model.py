"""People the user has not been in touch with for a while, as a Qt table model."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from cardkeeper.gui.common.headed_table_model import HeadedTableModel
from cardkeeper.wording import counted

Index = QModelIndex | QPersistentModelIndex

NAME, LAST_CONTACT, SILENT_FOR = range(3)
HEADERS = ("Name", "Last contact", "Silent for")

ContactIdRole = Qt.ItemDataRole.UserRole + 1

Row = tuple[int, str, datetime | None]
"""(contact id, name, time of the last activity or None), as ``Activities.losing_touch`` gives."""


class LosingTouchModel(HeadedTableModel):
    """Rows in the order given (longest silent first); :meth:`set_rows` replaces them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(HEADERS, parent)
        self._rows: list[Row] = []
        self._today = date.min

    def set_rows(self, rows: Sequence[Row], today: date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today
        self.endResetModel()

    def contact_id(self, index: Index) -> int | None:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()][0]

    def row_count(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        contact_id, name, last = self._rows[index.row()]
        column = index.column()
        if role == ContactIdRole:
            return contact_id
        if role == Qt.ItemDataRole.ToolTipRole and column == LAST_CONTACT and last is not None:
            return f"{last.astimezone():%A %d %B %Y, %H:%M}"
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == NAME:
            return name or "(no name)"
        if column == LAST_CONTACT:
            if last is None:
                return "Never"
            day = last.astimezone().date()
            return f"{day.day} {day:%b %Y}"
        if column == SILENT_FOR:
            return silence(last.astimezone().date(), self._today) if last is not None else ""
        return None


def silence(since: date, today: date) -> str:
    """How long ago, as people say it: "3 weeks", "5 months", "over a year"."""
    days = (today - since).days
    if days < 14:
        return counted(days, "day")
    if days < 61:
        return f"{days // 7} weeks"
    if days < 365:
        return f"{days // 30} months"
    years = days // 365
    return "over a year" if years == 1 else f"over {years} years"
