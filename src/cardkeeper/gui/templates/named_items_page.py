"""A page that edits one of a list of named things kept in the library: templates, sequences.

Both pages behave alike, so they share this: the list on the left with New,
Duplicate and Delete; the item's fields beside it, kept until Save (Ctrl+S)
or Revert; moving to another item or closing the window with unsaved
changes asks first; a built-in keeps its name and cannot be deleted. All
library work goes through the window's :class:`LibraryJobs`, in order and
off the GUI thread, and a refusal from the store shows as its sentence
under the fields.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cardkeeper.gui.common.inline_message import InlineMessage
from cardkeeper.gui.common.library_jobs import LibraryJobs
from cardkeeper.gui.common.translation import QT_TRANSLATE_NOOP
from cardkeeper.gui.templates.named_list_model import NamedListModel, NamedRow, free_name
from cardkeeper.store.database import Library

_WORDS = {
    "template": (
        QT_TRANSLATE_NOOP("NamedItemsPage", "Templates"),
        QT_TRANSLATE_NOOP("NamedItemsPage", "this template"),
        QT_TRANSLATE_NOOP("NamedItemsPage", "Unsaved Template"),
        QT_TRANSLATE_NOOP("NamedItemsPage", "Delete Template"),
        QT_TRANSLATE_NOOP("NamedItemsPage", "New template"),
    ),
    "sequence": (
        QT_TRANSLATE_NOOP("NamedItemsPage", "Sequences"),
        QT_TRANSLATE_NOOP("NamedItemsPage", "this sequence"),
        QT_TRANSLATE_NOOP("NamedItemsPage", "Unsaved Sequence"),
        QT_TRANSLATE_NOOP("NamedItemsPage", "Delete Sequence"),
        QT_TRANSLATE_NOOP("NamedItemsPage", "New sequence"),
    ),
}
"""What the page calls its items, by noun: the list, "this …", and its questions' titles."""


class NamedItemsPage(QWidget):
    """The list and the editing rules; a subclass adds its fields and says how items are stored.

    Items are dataclasses with ``id``, ``name`` and ``built_in``. Subclasses
    implement the ``_``-prefixed hooks below ``# -- hooks``.

    Signals: ``changed()`` — an item was saved, added or deleted.
    """

    changed = Signal()

    def __init__(self, jobs: LibraryJobs, noun: str, built_in_note: str) -> None:
        super().__init__()
        self._jobs = jobs
        self._noun = noun
        self._stored: dict[int, Any] = {}
        self._current_id: int | None = None
        self._loading = False

        self.list_model = NamedListModel(self)
        self.list = QListView()
        self.list.setModel(self.list_model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAccessibleName(QCoreApplication.translate("NamedItemsPage", _WORDS[noun][0]))
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.new_button = QPushButton(QCoreApplication.translate("NamedItemsPage", "&New"))
        self.duplicate_button = QPushButton(
            QCoreApplication.translate("NamedItemsPage", "D&uplicate")
        )
        self.delete_button = QPushButton(QCoreApplication.translate("NamedItemsPage", "&Delete"))
        self.name_field = QLineEdit()
        self.name_note = QLabel(built_in_note)
        self.name_note.setWordWrap(True)
        self.name_note.setEnabled(False)
        self.error = InlineMessage()
        self.save_button = QPushButton(QCoreApplication.translate("NamedItemsPage", "&Save"))
        self.revert_button = QPushButton(QCoreApplication.translate("NamedItemsPage", "Re&vert"))

        self.new_button.clicked.connect(self.new_item)
        self.duplicate_button.clicked.connect(self.duplicate_item)
        self.delete_button.clicked.connect(self.delete_item)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.name_field.textEdited.connect(self._edited)
        # The page's own keys, so the page in the tab beside it can use the same ones.
        for key, slot in (
            (QKeySequence.StandardKey.Save, self.save),
            (QKeySequence.StandardKey.New, self.new_item),
        ):
            QShortcut(key, self, slot).setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.list, self.delete_item)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

    def _list_column(self, *below: QWidget) -> QWidget:
        """The list with New, Duplicate and Delete under it, then ``below``."""
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.duplicate_button, self.delete_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        for widget in below:
            layout.addWidget(widget)
        return column

    def _save_row(self) -> QHBoxLayout:
        """Revert and Save, at the right under the fields."""
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.revert_button)
        row.addWidget(self.save_button)
        return row

    # -- hooks ----------------------------------------------------------------------------

    def _read(self, library: Library) -> Any:
        """Everything the page shows, read off the GUI thread."""
        raise NotImplementedError

    def _apply(self, loaded: Any) -> Sequence[Any]:
        """Take in what ``_read`` gave; return the items for the list."""
        raise NotImplementedError

    def _row_note(self, item: Any) -> str:
        return QCoreApplication.translate("NamedItemsPage", "built-in") if item.built_in else ""

    def _show_fields(self, item: Any | None) -> None:
        """Fill the fields from ``item`` (empty and disabled for None)."""
        raise NotImplementedError

    def editing(self) -> Any | None:
        """The current item as the fields have it now."""
        raise NotImplementedError

    def _blank(self, name: str) -> Any:
        """A new item to start from."""
        raise NotImplementedError

    def _save_work(self, item: Any) -> Callable[[Library], int]:
        """The library work that saves ``item`` (and what belongs with it); returns its id."""
        raise NotImplementedError

    def _delete_work(self, item_id: int) -> Callable[[Library], None]:
        raise NotImplementedError

    def _delete_question(self, item: Any) -> str:
        raise NotImplementedError

    def _can_save(self) -> bool:
        """False while the fields hold something that must not be saved (shown as ``error``)."""
        return True

    def _edited(self, *_args: object) -> None:
        """The fields changed; a subclass checks them, then calls this."""
        if not self._loading:
            self._update_buttons()

    # -- the list -------------------------------------------------------------------------

    def stored(self) -> Any | None:
        """The current item as saved."""
        return self._stored.get(self._current_id) if self._current_id is not None else None

    def load(self, select_id: int | None = None, *, at_row: int | None = None) -> None:
        """Read the items again; then show ``select_id``, else the item at ``at_row``, else
        the one shown before."""

        def loaded(data: Any) -> None:
            items = [item for item in self._apply(data) if item.id is not None]
            self._stored = {item.id: item for item in items}
            wanted = select_id if select_id is not None else self._current_id
            self._loading = True
            self.list_model.set_rows([NamedRow(i.id, i.name, self._row_note(i)) for i in items])
            self._loading = False
            row = self.list_model.row_of(wanted) if at_row is None else at_row
            self._select_row(row if row is not None else 0)

        self._jobs.run(self._read, loaded, self.error.show_error)

    def _select_row(self, row: int) -> None:
        if self.list_model.rowCount() == 0:
            self._show(None)
            return
        index = self.list_model.index(min(row, self.list_model.rowCount() - 1))
        self.list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self._show(self.list_model.row_id(index))

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._loading:
            return
        item_id = self.list_model.row_id(current)
        if item_id == self._current_id:
            return
        if not self.confirm_leave():
            blocked = self.list.selectionModel().blockSignals(True)
            self.list.selectionModel().setCurrentIndex(
                previous, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.list.selectionModel().blockSignals(blocked)
            return
        self._show(item_id)

    def _show(self, item_id: int | None) -> None:
        self._current_id = item_id
        item = self.stored()
        self._loading = True
        self.name_field.setText(item.name if item else "")
        self._show_fields(item)
        self._loading = False
        built_in = bool(item and item.built_in)
        self.name_field.setReadOnly(built_in)
        self.name_note.setVisible(built_in)
        self.name_field.setEnabled(item is not None)
        self.error.clear()
        self._edited()

    # -- editing and saving ---------------------------------------------------------------

    def is_dirty(self) -> bool:
        edited = self.editing()
        return edited is not None and edited != self.stored()

    def _update_buttons(self, *_args: object) -> None:
        item = self.stored()
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty and self._can_save())
        self.revert_button.setEnabled(dirty)
        self.duplicate_button.setEnabled(item is not None)
        self.delete_button.setEnabled(item is not None and not item.built_in)

    def save(self) -> bool:
        """Save the edited item; False (its sentence shown) if it cannot be."""
        item = self.editing()
        if item is None or not self.is_dirty():
            return True
        if not self._can_save():
            return False
        self._jobs.run(self._save_work(item), self._saved, self.error.show_error)
        return True

    def _saved(self, item_id: int) -> None:
        self.error.clear()
        self.changed.emit()
        self.load(item_id)

    def revert(self) -> None:
        self._show(self._current_id)

    def confirm_leave(self) -> bool:
        """Before showing another item or closing: save, discard or stay with the changes."""
        if not self.is_dirty():
            return True
        name = self.name_field.text().strip() or QCoreApplication.translate(
            "NamedItemsPage", _WORDS[self._noun][1]
        )
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("NamedItemsPage", _WORDS[self._noun][2]),
            QCoreApplication.translate("NamedItemsPage", "Save the changes to “{name}”?").format(
                name=name
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_item(self) -> None:
        if self.confirm_leave():
            self._add(
                self._blank(
                    self._free_name(
                        QCoreApplication.translate("NamedItemsPage", _WORDS[self._noun][4])
                    )
                )
            )

    def duplicate_item(self) -> None:
        item = self.editing()
        if item is not None and self.confirm_leave():
            name = self._free_name(
                QCoreApplication.translate("NamedItemsPage", "{name} (copy)").format(name=item.name)
            )
            self._add(replace(item, name=name, built_in=False, id=None))

    def _free_name(self, wanted: str) -> str:
        return free_name(wanted, (item.name for item in self._stored.values()))

    def _add(self, item: Any) -> None:
        def added(item_id: int) -> None:
            self.changed.emit()
            self.load(item_id)
            self.name_field.setFocus(Qt.FocusReason.OtherFocusReason)
            self.name_field.selectAll()

        self._jobs.run(self._save_work(item), added, self.error.show_error)

    def delete_item(self) -> None:
        item = self.stored()
        if item is None or item.built_in:
            return
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("NamedItemsPage", _WORDS[self._noun][3]),
            self._delete_question(item),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        row = self.list_model.row_of(item.id) or 0
        self._current_id = None

        def deleted(_none: None) -> None:
            self.changed.emit()
            self.load(at_row=row)

        self._jobs.run(self._delete_work(item.id), deleted, self.error.show_error)
