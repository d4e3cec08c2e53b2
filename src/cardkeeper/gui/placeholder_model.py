"""The placeholders a template may use, with what each holds, as a two-column table model."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontDatabase

Index = QModelIndex | QPersistentModelIndex

NAME, HOLDS = range(2)
HEADERS = ("Placeholder", "Holds")


class PlaceholderModel(QAbstractTableModel):
    """Fixed rows: name and description, in the order given (the order of ``PLACEHOLDERS``)."""

    def __init__(self, placeholders: Mapping[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = list(placeholders.items())

    def name(self, index: Index) -> str | None:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()][0]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

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
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        name, holds = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return name if index.column() == NAME else holds
        if role == Qt.ItemDataRole.FontRole and index.column() == NAME:
            return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        return None
