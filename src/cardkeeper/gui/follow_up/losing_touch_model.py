"""People the user has not been in touch with for a while, as a Qt table model."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from cardkeeper.gui.common.headed_table_model import HeadedTableModel
from cardkeeper.gui.common.translation import QT_TRANSLATE_NOOP, day_text
from cardkeeper.wording import counted, translate

Index = QModelIndex | QPersistentModelIndex

NAME, LAST_CONTACT, SILENT_FOR = range(3)
HEADERS = (
    QT_TRANSLATE_NOOP("headers", "Name"),
    QT_TRANSLATE_NOOP("headers", "Last contact"),
    QT_TRANSLATE_NOOP("headers", "Silent for"),
)

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
            return day_text(last.astimezone(), self.tr("dddd dd MMMM yyyy, HH:mm"))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == NAME:
            return name or self.tr("(no name)")
        if column == LAST_CONTACT:
            if last is None:
                return self.tr("Never")
            day = last.astimezone().date()
            return day_text(day, self.tr("d MMM yyyy"))
        if column == SILENT_FOR:
            return silence(last.astimezone().date(), self._today) if last is not None else ""
        return None


def silence(since: date, today: date) -> str:
    """How long ago, as people say it: "3 weeks", "5 months", "over a year"."""
    days = (today - since).days
    if days < 14:
        return counted(days, "day")
    if days < 61:
        weeks = days // 7
        return translate("losing_touch_model", "%n week(s)", None, weeks)
    if days < 365:
        months = days // 30
        return translate("losing_touch_model", "%n month(s)", None, months)
    years = days // 365
    return (
        QCoreApplication.translate("losing_touch_model", "over a year")
        if years == 1
        else translate("losing_touch_model", "over %n years", None, years)
    )
