"""Which contact field each column of a CSV file holds, asked before the file is imported.

A CSV from another program names its columns as it likes ("Vorname",
"Cell #", "Org"). The dialog shows one row per column: its header, the first
few values in it, and the field it goes into, preselected with
:func:`~cardkeeper.interop.contacts_csv.guess_mapping`. Only the first
:data:`SAMPLE_BYTES` of the file are read for this (:func:`read_sample`, off
the GUI thread), so a file of 100,000 contacts opens the dialog as fast as one
of ten.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cardkeeper.errors import ExchangeError
from cardkeeper.gui.common.translation import QT_TRANSLATE_NOOP
from cardkeeper.interop.contacts_csv import (
    CSV_FIELDS,
    csv_header,
    csv_samples,
    detect_layout,
    guess_mapping,
)

SAMPLE_BYTES = 64 * 1024
"""Read for the preview: the header and a few hundred rows of a typical export."""
SAMPLE_VALUES = 3
"""Values shown per column: enough to tell a phone number from a postcode."""
VALUE_CHARS = 32
"""A longer value is cut short in the preview (its tooltip has it whole)."""

FIELD_NAMES: dict[str, str] = {
    "prefix": QT_TRANSLATE_NOOP("CsvMappingDialog", "Name prefix (Dr., Ms.)"),
    "given_name": QT_TRANSLATE_NOOP("CsvMappingDialog", "Given name"),
    "middle_name": QT_TRANSLATE_NOOP("CsvMappingDialog", "Middle name"),
    "family_name": QT_TRANSLATE_NOOP("CsvMappingDialog", "Family name"),
    "suffix": QT_TRANSLATE_NOOP("CsvMappingDialog", "Name suffix"),
    "full_name": QT_TRANSLATE_NOOP("CsvMappingDialog", "Full name"),
    "reading_given": QT_TRANSLATE_NOOP("CsvMappingDialog", "Given name in Latin letters (reading)"),
    "reading_family": QT_TRANSLATE_NOOP(
        "CsvMappingDialog", "Family name in Latin letters (reading)"
    ),
    "title": QT_TRANSLATE_NOOP("CsvMappingDialog", "Job title"),
    "company": QT_TRANSLATE_NOOP("CsvMappingDialog", "Company"),
    "address": QT_TRANSLATE_NOOP("CsvMappingDialog", "Address"),
    "email": QT_TRANSLATE_NOOP("CsvMappingDialog", "Email"),
    "phone_work": QT_TRANSLATE_NOOP("CsvMappingDialog", "Work phone"),
    "phone_mobile": QT_TRANSLATE_NOOP("CsvMappingDialog", "Mobile phone"),
    "phone_fax": QT_TRANSLATE_NOOP("CsvMappingDialog", "Fax"),
    "phone_other": QT_TRANSLATE_NOOP("CsvMappingDialog", "Other phone"),
    "website": QT_TRANSLATE_NOOP("CsvMappingDialog", "Website"),
    "tags": QT_TRANSLATE_NOOP("CsvMappingDialog", "Tags"),
    "notes": QT_TRANSLATE_NOOP("CsvMappingDialog", "Notes"),
    "interested_in": QT_TRANSLATE_NOOP("CsvMappingDialog", "Interested in"),
    "event": QT_TRANSLATE_NOOP("CsvMappingDialog", "Where met (event)"),
    "met_on": QT_TRANSLATE_NOOP("CsvMappingDialog", "Met on (date)"),
}
"""The name the user sees for each of :data:`CSV_FIELDS`, in one place."""
DONT_IMPORT = QT_TRANSLATE_NOOP("CsvMappingDialog", "Don't import")

LAYOUT_NOTES = {
    "google": (
        QT_TRANSLATE_NOOP(
            "CsvMappingDialog",
            "This looks like a Google Contacts export. Left as they are, its columns are read "
            "the way Google means them (phone kinds from their labels).",
        )
    ),
    "outlook": (
        QT_TRANSLATE_NOOP(
            "CsvMappingDialog",
            "This looks like an Outlook export. Left as they are, its columns are read the way "
            "Outlook means them (addresses from their parts).",
        )
    ),
}


@dataclass(frozen=True)
class CsvSample:
    """The start of a CSV file: its columns and the first values in each."""

    path: Path
    header: list[str]
    values: dict[str, list[str]]


def read_sample(path: Path) -> CsvSample:
    """The header and first values of ``path`` from its first :data:`SAMPLE_BYTES`.

    Plain data, for :func:`~cardkeeper.gui.common.background.run_in_background`.
    Raises :class:`ExchangeError` when the file cannot be read.
    """
    try:
        with path.open("rb") as file:
            data = file.read(SAMPLE_BYTES + 1)
    except OSError as error:
        reason = (error.strerror or str(error)).lower()
        raise ExchangeError(
            QCoreApplication.translate(
                "csv_mapping_dialog", "{path} could not be read: {reason}."
            ).format(path=path, reason=reason)
        ) from None
    cut = len(data) > SAMPLE_BYTES
    data = data[:SAMPLE_BYTES]
    return CsvSample(path, csv_header(data, cut=cut), csv_samples(data, SAMPLE_VALUES, cut=cut))


class _FieldBox(QComboBox):
    """A field choice that the mouse wheel changes only once it has focus: scrolling the
    list of columns must not change the fields it passes over."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class CsvMappingDialog(QDialog):
    """Asks which field each column holds; :meth:`mapping` is the answer once accepted.

    Import stays disabled while no column is imported, with a line saying why.
    Signals: only QDialog's own (``accepted``, ``rejected``, ``finished``).
    """

    def __init__(self, sample: CsvSample, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import Contacts from CSV"))
        self._columns = list(dict.fromkeys(sample.header))
        """One row per header; columns sharing a header are read into the same field."""
        self._guess = guess_mapping(sample.header)
        self._layout = detect_layout(sample.header)
        self.boxes: dict[str, QComboBox] = {}
        """Each column's field choice, by header."""
        self.previews: dict[str, QLabel] = {}

        intro = QLabel(
            self.tr(
                "Choose what each column of {file} holds. Columns set to “{dont}” are left out."
            ).format(file=sample.path.name, dont=self.tr(DONT_IMPORT))
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.layout_note = QLabel(self.tr(LAYOUT_NOTES[self._layout]) if self._layout else "")
        self.layout_note.setWordWrap(True)
        self.layout_note.setVisible(self._layout is not None)

        rows = QWidget()
        grid = QGridLayout(rows)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(16)
        headings = (
            _heading(self.tr("Column")),
            _heading(self.tr("First values")),
            _heading(self.tr("Import &as")),
        )
        for position, heading in enumerate(headings):
            grid.addWidget(heading, 0, position)
        for row, column in enumerate(self._columns, start=1):
            box = self._field_box(column)
            name = QLabel(_escaped(column) if column else self.tr("(no header)"))
            name.setTextFormat(Qt.TextFormat.PlainText)
            name.setBuddy(box)
            values = sample.values.get(column, [])
            preview = QLabel(
                " · ".join(_short(value) for value in values) if values else self.tr("(empty)")
            )
            preview.setTextFormat(Qt.TextFormat.PlainText)
            preview.setToolTip("\n".join(values))
            preview.setEnabled(bool(values))  # greyed out: nothing to see in the first rows
            grid.addWidget(name, row, 0)
            grid.addWidget(preview, row, 1)
            grid.addWidget(box, row, 2)
            self.boxes[column] = box
            self.previews[column] = preview
        if self._columns:
            headings[2].setBuddy(self.boxes[self._columns[0]])
        grid.setRowStretch(len(self._columns) + 1, 1)
        scroll = QScrollArea()
        scroll.setWidget(rows)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.hint = QLabel(
            self.tr("Choose a field for at least one column: as it is, nothing would be imported.")
        )
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.layout_note)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        # Room for every row up to a screenful; a longer file scrolls.
        width = rows.sizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 40
        height = self.sizeHint().height() - scroll.sizeHint().height() + rows.sizeHint().height()
        self.resize(max(640, min(width, 960)), min(height + 12, 640))
        self._update_import()
        if self._columns:
            self.boxes[self._columns[0]].setFocus(Qt.FocusReason.OtherFocusReason)

    def _field_box(self, column: str) -> QComboBox:
        box = _FieldBox()
        box.addItem(self.tr(DONT_IMPORT), "")
        for field in CSV_FIELDS:
            box.addItem(self.tr(FIELD_NAMES[field]), field)
        box.setCurrentIndex(max(0, box.findData(self._guess.get(column, ""))))
        box.setAccessibleName(
            self.tr("Import column {column} as").format(column=column or self.tr("(no header)"))
        )
        box.currentIndexChanged.connect(self._update_import)
        return box

    def mapping(self) -> dict[str, str]:
        """Column header -> field, for the columns to import (as ``import_contacts`` takes it)."""
        chosen = {column: str(box.currentData()) for column, box in self.boxes.items()}
        return {column: field for column, field in chosen.items() if field}

    def import_mapping(self) -> Mapping[str, str] | None:
        """What to import with: None for a Google or Outlook file left as guessed.

        The importer reads those layouts better than any mapping can (phone
        kinds from Google's labels, Outlook's addresses from their parts).
        """
        mapping = self.mapping()
        return None if self._layout is not None and mapping == self._guess else mapping

    def _update_import(self) -> None:
        mapped = bool(self.mapping())
        self.import_button.setEnabled(mapped)
        self.hint.setVisible(not mapped)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _escaped(text: str) -> str:
    """A header shown on a label with a buddy: an ``&`` in it is text, not a shortcut."""
    return text.replace("&", "&&")


def _short(value: str) -> str:
    line = " ".join(value.split())
    return line if len(line) <= VALUE_CHARS else line[: VALUE_CHARS - 1] + "…"
