"""The default phone region of the Reading settings: every country by name, found by typing."""

from __future__ import annotations

import functools

import phonenumbers
from PySide6.QtCore import QCollator, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget


def phone_regions() -> list[tuple[str, str]]:
    """Every region ``phonenumbers`` knows as ``(code, English name)``, sorted by name."""
    named = [
        (code, QLocale.territoryToString(QLocale.codeToTerritory(code)))
        for code in phonenumbers.SUPPORTED_REGIONS
    ]
    order = functools.cmp_to_key(QCollator(QLocale(QLocale.Language.English)).compare)
    return sorted(named, key=lambda item: order(item[1]))


class RegionBox(QComboBox):
    """Countries by name, searchable by typing any part of the name or the code."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        search = QLineEdit()
        self.setLineEdit(search)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        for code, name in phone_regions():
            self.addItem(f"{name} ({code})", code)
        if self.findData(current) < 0:
            self.insertItem(0, current, current)
        self.setCurrentIndex(self.findData(current))
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        search.editingFinished.connect(self._snap_to_item)

    def _snap_to_item(self) -> None:
        """Typed text that names no country goes back to the chosen one instead of lingering."""
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(self.itemText(self.currentIndex()))

    def region(self) -> str:
        return str(self.currentData())
