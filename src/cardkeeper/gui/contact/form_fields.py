"""The fields' own widgets of the contact form: a label that marks the reader's doubt,
a text box sized in lines and a date that may be unset, which Qt's widgets are not.
"""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from cardkeeper.gui.common.translation import QT_TRANSLATE_NOOP

LOW_CONFIDENCE_TIP = QT_TRANSLATE_NOOP("form_fields", "Read with low confidence — please check")
_AMBER = QColor("#f0a000")
_NOT_SET = QDate(1900, 1, 1)


class FieldLabel(QWidget):
    """A field's label with its mnemonic, and an amber dot when the reader was unsure."""

    def __init__(self, text: str, buddy: QWidget) -> None:
        super().__init__()
        self.label = QLabel(text)
        self.label.setBuddy(buddy)
        buddy.setAccessibleName(text.replace("&", ""))  # a buddy outside this wrapper is unnamed
        self.marker = QLabel()
        size = max(6, round(self.fontMetrics().height() * 0.45))
        ratio = self.devicePixelRatioF()
        dot = QPixmap(math.ceil(size * ratio), math.ceil(size * ratio))
        dot.setDevicePixelRatio(ratio)
        dot.fill(Qt.GlobalColor.transparent)
        painter = QPainter(dot)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_AMBER)
        painter.drawEllipse(0, 0, size, size)
        painter.end()
        self.marker.setPixmap(dot)
        tip = QCoreApplication.translate("form_fields", LOW_CONFIDENCE_TIP)
        self.marker.setToolTip(tip)
        self.marker.setAccessibleName(tip)
        self.marker.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.marker)
        layout.addStretch()

    def set_low_confidence(self, low: bool) -> None:
        self.marker.setVisible(low)
        self.label.setToolTip(
            QCoreApplication.translate("form_fields", LOW_CONFIDENCE_TIP) if low else ""
        )


class TextBox(QPlainTextEdit):
    """Multi-line text sized in lines, where Tab moves on as in every other field.

    With ``grow_to`` it holds one entry per line (emails, websites): lines do
    not wrap and the box grows with them up to that many lines.
    """

    def __init__(self, lines: int, grow_to: int = 0) -> None:
        super().__init__()
        self._lines = lines
        self._grow_to = grow_to
        self.setTabChangesFocus(True)
        if grow_to:
            self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.blockCountChanged.connect(self._fit)
        self._fit()

    def _fit(self) -> None:
        lines = max(self._lines, min(self.blockCount(), self._grow_to))
        line_height = self.blockBoundingRect(self.document().firstBlock()).height()
        # QPlainTextEdit scrolls unless the viewport is taller than its lines: hence one more.
        margins = 2 * (self.frameWidth() + self.document().documentMargin()) + 2
        self.setFixedHeight(math.ceil(lines * line_height + margins))


class OptionalDateEdit(QDateEdit):
    """A date that may be unset, which QDateEdit cannot be.

    The minimum date stands for "not set" and shows as "Not set". Stepping or
    opening the calendar from it starts at today rather than in 1900.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setCalendarPopup(True)
        self.setDisplayFormat("d MMM yyyy")
        self.setMinimumDate(_NOT_SET)
        self.setSpecialValueText(self.tr("Not set"))
        self.set_value(None)

    def value(self) -> date | None:
        chosen = self.date()
        return None if chosen == _NOT_SET else date(chosen.year(), chosen.month(), chosen.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else _NOT_SET)

    def stepBy(self, steps: int) -> None:
        if self.value() is None:
            self.setDate(QDate.currentDate())
        else:
            super().stepBy(steps)

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        if self.value() is None:
            return QAbstractSpinBox.StepEnabledFlag.StepUpEnabled | (
                QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
            )
        return super().stepEnabled()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        calendar = self.calendarWidget()
        if self.value() is None and calendar.isVisible():
            today = QDate.currentDate()
            calendar.setCurrentPage(today.year(), today.month())
