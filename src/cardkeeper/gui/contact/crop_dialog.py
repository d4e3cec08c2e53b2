"""Crop and Rotate: the original photo of one side of a card, cropped by hand and read again.

The outline search can cut out the wrong thing (a logo on a clean scan): here
the user sees the photo as it came, turns it, puts the card's corners where
they are, and has the card read again. What the new reading changes is listed
field by field before anything is saved, each ticked or not as
:mod:`cardkeeper.app.reread_card` proposes, so nothing the user corrected is
lost unasked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QIcon, QImageReader, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cardkeeper.app.reread_card import Crop, FieldChange
from cardkeeper.gui.contact.crop_view import CropView


class CropDialog(QDialog):
    """The photo to crop with its buttons, then the fields that reading it again changes.

    Apply is offered once the card as framed now has been read; moving a corner
    again asks for another reading first.

    Signals:
        read_requested(object): the user asked to read the card as framed, a
            :class:`~cardkeeper.app.reread_card.Crop`; answer with
            :meth:`show_changes` or :meth:`show_failure`.
    """

    read_requested = Signal(object)

    def __init__(self, photo: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._photo = photo
        self.view = CropView()
        reader = QImageReader(str(photo))
        reader.setAutoTransform(True)  # upright as the reader reads it
        self.view.show_photo(reader.read())

        tools = QHBoxLayout()
        self.rotate_left = self._tool(
            self.tr("Rotate Left"),
            self.tr("Turn the photo a quarter turn to the left"),
            "Ctrl+[",
            "object-rotate-left",
        )
        self.rotate_left.defaultAction().triggered.connect(lambda: self.view.rotate_by(-90))
        self.rotate_right = self._tool(
            self.tr("Rotate Right"),
            self.tr("Turn the photo a quarter turn to the right"),
            "Ctrl+]",
            "object-rotate-right",
        )
        self.rotate_right.defaultAction().triggered.connect(lambda: self.view.rotate_by(90))
        self.whole = self._tool(
            self.tr("Whole Photo"), self.tr("Take the whole photo as the card"), "", ""
        )
        self.whole.defaultAction().triggered.connect(self.view.take_whole)
        for button in (self.rotate_left, self.rotate_right, self.whole):
            tools.addWidget(button)
        hint = QLabel(
            self.tr(
                "Drag the round handles onto the card's corners, or drag a rectangle around "
                "the card."
            )
        )
        hint.setWordWrap(True)
        tools.addWidget(hint, 1)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        self.changes = QTreeWidget()
        self.changes.setHeaderLabels([self.tr("Field"), self.tr("Now"), self.tr("Read again")])
        self.changes.setRootIsDecorated(False)
        self.changes.setUniformRowHeights(True)
        self.changes.setMaximumHeight(170)
        self.changes.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.read_button = QPushButton(self.tr("&Read Again"))
        self.read_button.setToolTip(self.tr("Read the card as framed (Enter)"))
        buttons.addButton(self.read_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.apply_button = QPushButton(self.tr("&Apply"))
        self.apply_button.setToolTip(self.tr("Keep this crop of the card and the ticked fields"))
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.read_button.clicked.connect(self._read)

        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(self.changes)
        layout.addWidget(buttons)
        self.view.corners_changed.connect(self._framed_anew)
        self._framed_anew()
        self.resize(760, 640)

    def _tool(self, text: str, tip: str, shortcut: str, icon: str) -> QToolButton:
        """A button for an action of the dialog's, its shortcut answered anywhere in it."""
        action = QAction(text, self)
        if icon and QIcon.hasThemeIcon(icon):
            action.setIcon(QIcon.fromTheme(icon))
        action.setToolTip(tip)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(self.tr("{tip} ({keys})").format(tip=tip, keys=keys))
        self.addAction(action)
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        return button

    def crop(self) -> Crop:
        """The card as framed now."""
        return Crop(self._photo, self.view.rotation(), tuple(self.view.corners()))

    def chosen_fields(self) -> list[str]:
        """The fields ticked to take from the new reading."""
        items = (self.changes.topLevelItem(row) for row in range(self.changes.topLevelItemCount()))
        return [
            str(item.data(0, Qt.ItemDataRole.UserRole))
            for item in items
            if item is not None and item.checkState(0) is Qt.CheckState.Checked
        ]

    def show_changes(self, changes: list[FieldChange]) -> None:
        """The reading asked for is done: list what it changes, and offer Apply."""
        self._reading(False)
        self.changes.clear()
        for change in changes:
            now = (
                self.tr("{value} (corrected by you)").format(value=change.now)
                if change.edited and change.now
                else change.now
            )
            item = QTreeWidgetItem([change.label, now, change.read])
            item.setData(0, Qt.ItemDataRole.UserRole, change.field)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = Qt.CheckState.Checked if change.proposed else Qt.CheckState.Unchecked
            item.setCheckState(0, checked)
            for column in (1, 2):
                item.setToolTip(column, item.text(column))
            self.changes.addTopLevelItem(item)
        for column in range(3):
            self.changes.resizeColumnToContents(column)
        self.changes.setVisible(bool(changes))
        if changes:
            self.status.setText(
                self.tr(
                    "Read again. Ticked fields take the new reading; fields you corrected are "
                    "unticked and stay as you wrote them."
                )
            )
        else:
            self.status.setText(
                self.tr("Read again: no field changes. Apply keeps this crop of the card.")
            )
        self.apply_button.setEnabled(True)
        self.apply_button.setDefault(True)

    def show_failure(self, message: str) -> None:
        self._reading(False)
        self.status.setText(
            self.tr("The card could not be read again: {reason}").format(reason=message)
        )

    def _read(self) -> None:
        self._reading(True)
        self.status.setText(self.tr("Reading the card…"))
        self.changes.hide()
        self.read_requested.emit(self.crop())

    def _reading(self, reading: bool) -> None:
        self.busy.setVisible(reading)
        self.read_button.setEnabled(not reading)
        for button in (self.rotate_left, self.rotate_right, self.whole):
            button.defaultAction().setEnabled(not reading)
        self.view.setEnabled(not reading)

    def _framed_anew(self) -> None:
        """A reading of the card as framed before no longer applies."""
        self.changes.hide()
        self.changes.clear()
        self.apply_button.setEnabled(False)
        self.read_button.setDefault(True)
        self.status.setText(
            self.tr("Crop and turn the card as it should be read, then read it again.")
        )
