"""The settings dialog's building blocks: a label-and-field grid and a one-sentence status."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QStyle,
    QWidget,
)


class StatusLine(QWidget):
    """An icon and one sentence: what was found, or what is wrong and how to fix it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icon = QLabel()
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._icon)
        layout.addWidget(self.text, 1)

    def show_message(self, text: str, ok: bool) -> None:
        icon = (
            QStyle.StandardPixmap.SP_DialogApplyButton
            if ok
            else QStyle.StandardPixmap.SP_MessageBoxWarning
        )
        size = self.fontMetrics().height()
        self._icon.setPixmap(
            self.style().standardIcon(icon).pixmap(QSize(size, size), self.devicePixelRatioF())
        )
        self.text.setText(text)


class FormGrid(QGridLayout):
    """Label and field rows like QFormLayout, in a grid so wrapped notes get their true height.

    QFormLayout sizes a wrapped label beside a label column as if it were narrow, which
    leaves a blank gap under every long message.
    """

    def __init__(self, group: QGroupBox) -> None:
        super().__init__(group)
        self.setColumnStretch(1, 1)
        style = group.style()
        self._align = Qt.AlignmentFlag(
            style.styleHint(QStyle.StyleHint.SH_FormLayoutLabelAlignment)
        )
        self.labels: list[QLabel] = []

    def add_row(self, text: str, field: QWidget, *extra: QWidget) -> None:
        """A label whose mnemonic (if it has one) focuses ``field``, then the field and any
        ``extra`` widgets."""
        label = QLabel(text)
        if "&" in text:
            label.setBuddy(field)
        tall = isinstance(field, QListView | QPlainTextEdit)
        vertical = Qt.AlignmentFlag.AlignTop if tall else Qt.AlignmentFlag.AlignVCenter
        horizontal = self._align & Qt.AlignmentFlag.AlignHorizontal_Mask
        row = self.rowCount()
        self.addWidget(label, row, 0, horizontal | vertical)
        line = QHBoxLayout()
        line.addWidget(field, 1)
        for widget in extra:
            line.addWidget(widget)
        self.addLayout(line, row, 1)
        self.labels.append(label)

    def add_stand_in(self, widget: QWidget) -> None:
        """A widget sharing the last row's field cell, shown while the field is hidden."""
        self.addWidget(widget, self.rowCount() - 1, 1)

    def add_note(self, note: QWidget) -> None:
        """A line under the field column: a hint or a status."""
        self.addWidget(note, self.rowCount(), 1)
