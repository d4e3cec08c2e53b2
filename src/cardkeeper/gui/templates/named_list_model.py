"""A list of named things by id (templates, sequences, events), optionally with check boxes.

One small model serves the template and sequence lists of the editor and the
list of events a sequence is used for; rows are replaced whole, as those
lists are short (tens of rows) and read again after every change.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

Index = QModelIndex | QPersistentModelIndex

IdRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class NamedRow:
    id: int
    name: str
    note: str = ""
    """Shown after the name in brackets: "built-in", "uses Trade fair"."""
    checked: bool | None = None
    """None: no check box."""


class NamedListModel(QAbstractListModel):
    """Signals: ``check_changed(int, bool)`` — the user (un)checked the row with that id."""

    check_changed = Signal(int, bool)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[NamedRow] = []

    def set_rows(self, rows: Sequence[NamedRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[NamedRow]:
        return list(self._rows)

    def row_of(self, row_id: int | None) -> int | None:
        for position, row in enumerate(self._rows):
            if row.id == row_id:
                return position
        return None

    def row_id(self, index: Index) -> int | None:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()].id

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._rows[index.row()].checked is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.name} ({row.note})" if row.note else row.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.name
        if role == Qt.ItemDataRole.CheckStateRole and row.checked is not None:
            return Qt.CheckState.Checked if row.checked else Qt.CheckState.Unchecked
        if role == IdRole:
            return row.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or not index.isValid()
            or self._rows[index.row()].checked is None
        ):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        row = self._rows[index.row()]
        self._rows[index.row()] = replace(row, checked=checked)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.check_changed.emit(row.id, checked)
        return True


def free_name(wanted: str, taken: Iterable[str]) -> str:
    """``wanted``, or ``wanted 2``, ``wanted 3``… whichever is not taken (in any case)."""
    names = {name.casefold() for name in taken}
    if wanted.casefold() not in names:
        return wanted
    number = 2
    while f"{wanted} {number}".casefold() in names:
        number += 1
    return f"{wanted} {number}"
