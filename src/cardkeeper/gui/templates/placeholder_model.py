"""The placeholders a template may use, with what each holds, as a two-column table model."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontDatabase

from cardkeeper.gui.common.headed_table_model import HeadedTableModel
from cardkeeper.gui.common.translation import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex

NAME, HOLDS = range(2)
HEADERS = (QT_TRANSLATE_NOOP("headers", "Placeholder"), QT_TRANSLATE_NOOP("headers", "Holds"))


class PlaceholderModel(HeadedTableModel):
    """Fixed rows: name and description, in the order given (the order of ``PLACEHOLDERS``)."""

    def __init__(self, placeholders: Mapping[str, str], parent: Any = None) -> None:
        super().__init__(HEADERS, parent)
        self._rows = list(placeholders.items())

    def name(self, index: Index) -> str | None:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()][0]

    def row_count(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        name, holds = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == NAME:
                return name
            return QCoreApplication.translate("placeholders", holds)
        if role == Qt.ItemDataRole.FontRole and index.column() == NAME:
            return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        return None
