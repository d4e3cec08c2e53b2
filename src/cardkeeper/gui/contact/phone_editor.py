"""The phones of the contact form: one row per number, checked when the user leaves it.

A row is a kind and a number. When the user finishes a number it is read
with ``parse_phone_entry`` and shown back the way people read it, so they
see at once how it was understood; a number that cannot be one keeps its
text, says why under the row and is left out of ``phones()`` (nothing
wrong is saved, nothing typed is thrown away). A number typed without ``+``
takes the card's country when the card shows one (``entry_region``), and the
row says which country it took, so a wrong guess is seen before it is saved.
There is always one empty row at the end to type a new number into, and a
row whose number is cleared goes away: no add or remove buttons to tab through.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cardkeeper.app.phone_entry import (
    EntryRegion,
    entry_region,
    format_for_reading,
    parse_phone_entry,
    taken_as,
)
from cardkeeper.domain import Contact, Phone, PhoneKind
from cardkeeper.gui.common.translation import QT_TRANSLATE_NOOP

KIND_LABELS = {
    PhoneKind.WORK: QT_TRANSLATE_NOOP("phone_editor", "Work"),
    PhoneKind.MOBILE: QT_TRANSLATE_NOOP("phone_editor", "Mobile"),
    PhoneKind.FAX: QT_TRANSLATE_NOOP("phone_editor", "Fax"),
    PhoneKind.OTHER: QT_TRANSLATE_NOOP("phone_editor", "Other"),
}
# A muted red that reads as an error without shouting, on light and on dark themes.
_ERROR_ON_LIGHT = "#b3261e"
_ERROR_ON_DARK = "#f2b8b5"


def error_palette(label: QLabel) -> QPalette:
    """``label``'s palette with its text in the muted red of a field's error."""
    palette = label.palette()
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    palette.setColor(
        QPalette.ColorRole.WindowText, QColor(_ERROR_ON_DARK if dark else _ERROR_ON_LIGHT)
    )
    return palette


class PhoneRow(QWidget):
    """One phone: a kind, a number and, when the number is impossible, why.

    ``region`` is the user's, in whose national format numbers of that
    country are shown; ``entry`` is where numbers typed without ``+`` belong.

    Signals:
        finished(): the user left the number or chose a kind; the form
            compares the whole contact to decide whether anything changed.
    """

    finished = Signal()

    def __init__(self, phone: Phone | None, region: str, entry: EntryRegion) -> None:
        super().__init__()
        self._region = region
        self._entry = entry
        # What the row stood for when its text was last shown; kept while the text is.
        self._phone = phone
        self._printed = phone.printed if phone else ""
        self.kind = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(QCoreApplication.translate("phone_editor", label), kind)
        self.kind.setCurrentIndex(self.kind.findData(phone.kind if phone else PhoneKind.WORK))
        self.kind.setAccessibleName(self.tr("Phone kind"))
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("Add a number"))
        self.number.setAccessibleName(self.tr("Phone number"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        self.error.setPalette(error_palette(self.error))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.note.hide()
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(4)
        layout.setVerticalSpacing(2)
        layout.addWidget(self.kind, 0, 0)
        layout.addWidget(self.number, 0, 1)
        layout.addWidget(self.error, 1, 1)
        layout.addWidget(self.note, 2, 1)
        layout.setColumnStretch(1, 1)
        self._shown = format_for_reading(phone.number, region) if phone else ""
        self.number.setText(self._shown)
        self.number.editingFinished.connect(self._number_finished)
        self.kind.activated.connect(self.finished)

    def phone(self) -> Phone | None:
        """The phone the row holds now, or None when its number is empty or impossible."""
        text = self.number.text().strip()
        kind = PhoneKind(self.kind.currentData())
        if not text:
            return None
        if text == self._shown and self._phone is not None:
            return dataclasses.replace(self._phone, kind=kind)
        try:
            phone = parse_phone_entry(text, kind, self._entry.region)
        except ValueError:
            return None
        return dataclasses.replace(phone, printed=self._printed)

    def is_empty(self) -> bool:
        return not self.number.text().strip()

    def enter(self, text: str) -> None:
        """Put words picked on the card into this (empty) row, as if the user had typed them."""
        self._printed = text.strip()
        self.number.setText(self._printed)
        self._check()

    def _number_finished(self) -> None:
        self._check()
        self.finished.emit()

    def _check(self) -> None:
        """Show the number as it was understood, or why it could not be."""
        text = self.number.text().strip()
        if not text or text == self._shown:
            self._show("", self.note.text() if text else "")  # the note stays with its number
            return
        try:
            phone = parse_phone_entry(text, PhoneKind(self.kind.currentData()), self._entry.region)
        except ValueError as error:
            self._show(str(error), "")
            return
        self._phone = dataclasses.replace(phone, printed=self._printed)
        self._shown = format_for_reading(phone.number, self._region)
        self.number.setText(self._shown)
        national = not text.startswith(("+", "00"))
        self._show("", taken_as(phone, self._entry) if national else "")

    def _show(self, error: str, note: str) -> None:
        self.error.setText(error)
        self.error.setVisible(bool(error))
        self.note.setText(note)
        self.note.setVisible(bool(note))


class PhoneEditor(QWidget):
    """The rows of phones, always ending in an empty one for a new number.

    Signals:
        finished(): the user finished editing a row (see ``PhoneRow.finished``).
        rows_changed(): rows were added or removed, so the tab order and the
            label's buddy must be set again.
    """

    finished = Signal()
    rows_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._region = "US"
        self._entry = EntryRegion(self._region, "")
        self._rows: list[PhoneRow] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.set_phones((), self._region)

    def set_phones(self, phones: Sequence[Phone], region: str, card: Contact | None = None) -> None:
        """Show ``phones`` as the user in ``region`` reads them.

        Numbers the user adds without ``+`` take the country ``card`` shows
        (its numbers, address, e-mail and web domains), else ``region``.
        """
        self._region = region
        hosts = [*card.emails, *card.websites] if card else []
        address = card.address if card else ""
        self._entry = entry_region((p.number for p in phones), address, hosts, region)
        for row in self._rows:
            self._layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self._rows = []
        for phone in phones:
            self._append(phone)
        self._append(None)
        self.rows_changed.emit()

    def phones(self) -> list[Phone]:
        return [phone for row in self._rows if (phone := row.phone()) is not None]

    def rows(self) -> list[PhoneRow]:
        return list(self._rows)

    def add_entry(self, text: str) -> None:
        """Add a number picked on the card as a new row (normalised, or with its error)."""
        if not self._rows[-1].is_empty():  # the user is still typing there
            self._append(None)
        self._rows[-1].enter(text)
        self._tidy()

    def focus_chain(self) -> list[QWidget]:
        """The widgets to tab through, top to bottom."""
        return [widget for row in self._rows for widget in (row.kind, row.number)]

    def _append(self, phone: Phone | None) -> None:
        row = PhoneRow(phone, self._region, self._entry)
        row.finished.connect(self._row_finished)
        self._rows.append(row)
        self._layout.addWidget(row)

    def _row_finished(self) -> None:
        self._tidy()
        self.finished.emit()

    def _tidy(self) -> None:
        """Drop rows the user emptied and keep one empty row at the end."""
        changed = False
        focus = QApplication.focusWidget()
        for row in self._rows[:-1]:
            if row.is_empty() and not (focus and row.isAncestorOf(focus)):
                self._rows.remove(row)
                self._layout.removeWidget(row)
                row.hide()
                row.deleteLater()
                changed = True
        if not self._rows[-1].is_empty():
            self._append(None)
            changed = True
        if changed:
            self.rows_changed.emit()
