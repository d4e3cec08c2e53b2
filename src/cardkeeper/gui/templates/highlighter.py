"""Colours for template text: placeholders stand out, ``{% if %}`` logic steps back.

A template is mostly a letter; the highlighter makes the parts that will be
replaced easy to spot and the conditions easy to read past.
"""

from __future__ import annotations

import re

from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)

from cardkeeper.gui.common.palette import is_dark

_PLACEHOLDER = re.compile(r"\{\{.*?\}\}")
_LOGIC = re.compile(r"\{%.*?%\}|\{#.*?#\}")


class TemplateHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        dark = is_dark(QGuiApplication.palette())
        self._placeholder = QTextCharFormat()
        self._placeholder.setForeground(QColor("#8ab4f8" if dark else "#1a56b0"))
        self._placeholder.setFontWeight(QFont.Weight.Bold)
        self._logic = QTextCharFormat()
        # Grey enough to step back, dark enough to read: 5.7:1 and 6.3:1 on the editor's field.
        self._logic.setForeground(QColor("#b4b8be" if dark else "#6a5a7a"))

    def highlightBlock(self, text: str) -> None:
        for pattern, style in ((_LOGIC, self._logic), (_PLACEHOLDER, self._placeholder)):
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), style)
