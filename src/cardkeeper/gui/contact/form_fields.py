"""The fields' own widgets of the contact form: a label that marks the reader's doubt,
a text box sized in lines, a date that may be unset, which Qt's widgets are not, an
address in parts beside its text as printed, and the name's reading in its two parts.
"""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from cardkeeper.domain import AddressParts
from cardkeeper.gui.common.translation import QT_TRANSLATE_NOOP

LOW_CONFIDENCE_TIP = QT_TRANSLATE_NOOP("form_fields", "Read with low confidence — please check")
_AMBER = QColor("#f0a000")
_NOT_SET = QDate(1900, 1, 1)


class FieldLabel(QWidget):
    """A field's label with its mnemonic, and an amber dot when the reader was unsure."""

    def __init__(self, text: str, buddy: QWidget | None) -> None:
        """``buddy`` None for a label without a mnemonic: its boxes carry their own names."""
        super().__init__()
        self.label = QLabel(text)
        if buddy is not None:
            self.label.setBuddy(buddy)
            buddy.setAccessibleName(text.replace("&", ""))  # one outside this wrapper is unnamed
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


class AddressEditor(QWidget):
    """An address as address books show it, a box per part (street, extra line, postcode
    and city, region, country), and under them the text as printed on the card.

    The parts are what other programs get; the printed text is what was read,
    kept apart so that correcting a part never rewrites what the card said.
    The boxes say what they hold when empty, as in macOS and Google Contacts.
    """

    def __init__(self) -> None:
        super().__init__()
        self.street = QLineEdit()
        self.extended = QLineEdit()
        self.postcode = QLineEdit()
        self.city = QLineEdit()
        self.region = QLineEdit()
        self.country = QLineEdit()
        self.printed = TextBox(lines=3)
        self._names = {
            self.street: self.tr("Street"),
            self.extended: self.tr("Suite, floor, building"),
            self.postcode: self.tr("Postcode"),
            self.city: self.tr("City"),
            self.region: self.tr("State or region"),
            self.country: self.tr("Country"),
            self.printed: self.tr("Address as printed"),
        }
        parts = ("street", "extended", "postcode", "city", "region", "country", "printed")
        for box, part in zip(self._names, parts, strict=True):
            box.setObjectName(f"address_{part}")
        for line in self.lines():  # the name while empty, and on hover once filled
            line.setPlaceholderText(self._names[line])
            line.setToolTip(self._names[line])
        self.name_boxes()
        # No buddy: every letter of it is a mnemonic of the form or the window already, and
        # the box has its own accessible name.
        printed_caption = QLabel(self.tr("As printed:"))
        printed_caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.street, 0, 0, 1, 2)
        grid.addWidget(self.extended, 1, 0, 1, 2)
        grid.addWidget(self.postcode, 2, 0)
        grid.addWidget(self.city, 2, 1)
        grid.addWidget(self.region, 3, 0)
        grid.addWidget(self.country, 3, 1)
        grid.addWidget(printed_caption, 4, 0, 1, 2)
        grid.addWidget(self.printed, 5, 0, 1, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)

    def name_boxes(self) -> None:
        """Give each box its accessible name (again, after a label took the first box as buddy)."""
        for box, name in self._names.items():
            box.setAccessibleName(name)

    def set_address(self, printed: str, parts: AddressParts) -> None:
        self.street.setText(parts.street)
        self.extended.setText(parts.extended)
        self.postcode.setText(parts.postcode)
        self.city.setText(parts.city)
        self.region.setText(parts.region)
        self.country.setText(parts.country)
        for line in self.lines():
            line.setCursorPosition(0)
        self.printed.setPlainText(printed)

    def parts(self) -> AddressParts:
        return AddressParts(
            street=self.street.text().strip(),
            extended=self.extended.text().strip(),
            postcode=self.postcode.text().strip(),
            city=self.city.text().strip(),
            region=self.region.text().strip(),
            country=self.country.text().strip(),
        )

    def printed_text(self) -> str:
        return self.printed.toPlainText().strip()

    def lines(self) -> list[QLineEdit]:
        """The one-line boxes of the parts, in the order Tab goes through them."""
        return [self.street, self.extended, self.postcode, self.city, self.region, self.country]

    def focus_chain(self) -> list[QWidget]:
        return [*self.lines(), self.printed]


class NameReadingEditor(QWidget):
    """The name's reading, given and family name side by side, in the order a name in Latin
    letters is printed (Taro Yamada beside 山田太郎), as vCard's phonetic name keeps it.

    The boxes say what they hold when empty, as the address's boxes do.
    """

    def __init__(self) -> None:
        super().__init__()
        self.given = QLineEdit()
        self.family = QLineEdit()
        names = {
            self.given: self.tr("Given name in Latin letters"),
            self.family: self.tr("Family name in Latin letters"),
        }
        self.given.setObjectName("reading_given")
        self.family.setObjectName("reading_family")
        self.given.setPlaceholderText(self.tr("Given name"))
        self.family.setPlaceholderText(self.tr("Family name"))
        for line, name in names.items():  # the label has no buddy: they name themselves
            line.setToolTip(name)
            line.setAccessibleName(name)
        self.setToolTip(
            self.tr(
                "The name in Latin letters, as printed beside a name in another script: "
                "how it is said and sorted"
            )
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.given)
        row.addWidget(self.family)

    def set_reading(self, given: str, family: str) -> None:
        self.given.setText(given)
        self.family.setText(family)

    def reading(self) -> tuple[str, str]:
        """The given and family name as typed, without spaces around them."""
        return " ".join(self.given.text().split()), " ".join(self.family.text().split())

    def lines(self) -> list[QLineEdit]:
        """The boxes, in the order Tab goes through them."""
        return [self.given, self.family]
