"""Export Contacts: which contacts, in which format, then where; written in the background.

The formats are the ones other address books take: vCard 4.0 and 3.0 (phones,
Apple, Google, Outlook, CardDAV servers) and the CSV layouts Google Contacts and
Outlook import. The card image can travel in a vCard, scaled down.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cardkeeper.app.contact_exchange import ExportFormat
from cardkeeper.gui.common.translation import QT_TRANSLATE_NOOP

FORMATS: tuple[tuple[ExportFormat, str, str], ...] = (
    ("vcf", QT_TRANSLATE_NOOP("ExportDialog", "vCard 4.0 (.vcf)"), "vcf"),
    (
        "vcf3",
        QT_TRANSLATE_NOOP("ExportDialog", "vCard 3.0 (.vcf), for older phones and Google"),
        "vcf",
    ),
    ("csv-google", QT_TRANSLATE_NOOP("ExportDialog", "Google Contacts CSV (.csv)"), "csv"),
    ("csv-outlook", QT_TRANSLATE_NOOP("ExportDialog", "Outlook CSV (.csv)"), "csv"),
)


@dataclass(frozen=True)
class ExportChoice:
    ids: list[int] | None
    """None: every contact not in the trash."""
    fmt: ExportFormat
    with_photos: bool
    path: Path


class ExportDialog(QDialog):
    """Asks what to export; :meth:`choice` is the answer after ``exec()`` returned Accepted."""

    def __init__(
        self,
        selected: list[int],
        events: dict[str, list[int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Contacts"))
        self._selected = selected
        self._events = events
        self.all_button = QRadioButton(self.tr("&All contacts"))
        self.selected_button = QRadioButton(
            self.tr("The &selected contacts ({count})").format(count=len(selected))
        )
        self.selected_button.setEnabled(bool(selected))
        self.event_button = QRadioButton(self.tr("Contacts met at &event:"))
        self.event_button.setEnabled(bool(events))
        self.event_box = QComboBox()
        for name, ids in events.items():
            self.event_box.addItem(f"{name} ({len(ids)})", name)
        self.event_box.setEnabled(False)
        self.event_button.toggled.connect(self.event_box.setEnabled)
        group = QButtonGroup(self)
        for button in (self.all_button, self.selected_button, self.event_button):
            group.addButton(button)
        (self.selected_button if len(selected) > 1 else self.all_button).setChecked(True)
        self.format_box = QComboBox()
        for fmt, label, _suffix in FORMATS:
            self.format_box.addItem(self.tr(label), fmt)
        self.photos_box = QCheckBox(self.tr("Include the &card images (vCard only)"))
        self.format_box.currentIndexChanged.connect(self._format_changed)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Export…"))
        buttons.accepted.connect(self._choose_file)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format_box)
        form.addRow("", self.photos_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.all_button)
        layout.addWidget(self.selected_button)
        layout.addWidget(self.event_button)
        layout.addWidget(self.event_box)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._choice: ExportChoice | None = None

    def choice(self) -> ExportChoice | None:
        return self._choice

    def _format_changed(self) -> None:
        vcard = str(self.format_box.currentData()).startswith("vcf")
        self.photos_box.setEnabled(vcard)
        if not vcard:
            self.photos_box.setChecked(False)

    def _ids(self) -> list[int] | None:
        if self.selected_button.isChecked():
            return list(self._selected)
        if self.event_button.isChecked():
            return list(self._events[str(self.event_box.currentData())])
        return None

    def _choose_file(self) -> None:
        fmt: ExportFormat = self.format_box.currentData()
        suffix = next(suffix for value, _label, suffix in FORMATS if value == fmt)
        suggested = str(Path.home() / self.tr("CardKeeper contacts.{suffix}").format(suffix=suffix))
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export Contacts"),
            suggested,
            self.tr("Contacts (*.{suffix})").format(suffix=suffix),
        )
        if not chosen:
            return
        self._choice = ExportChoice(self._ids(), fmt, self.photos_box.isChecked(), Path(chosen))
        self.accept()
