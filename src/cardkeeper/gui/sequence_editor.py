"""Editing sequences: their steps (wait, window, channel, template) and the events that use them.

A contact follows the sequence of the event they were met at, or the
default one ("Met at an event"). Changes are kept in the page until Save
(Ctrl+S), which writes the steps and the events' choices; a sequence the
store refuses (no steps, a name taken) says why under the table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cardkeeper.app.built_ins import MET_AT_AN_EVENT
from cardkeeper.domain import Event, Sequence, SequenceStep
from cardkeeper.gui.inline_message import InlineMessage
from cardkeeper.gui.library_jobs import LibraryJobs
from cardkeeper.gui.named_list_model import NamedListModel, NamedRow, free_name
from cardkeeper.gui.sequence_steps_model import (
    AFTER,
    CHANNEL,
    CHANNEL_NAMES,
    NO_TEMPLATE,
    REASON,
    STEP,
    TEMPLATE,
    WINDOW,
    SequenceStepsModel,
    timeline,
)
from cardkeeper.store.database import Library
from cardkeeper.store.events import Events
from cardkeeper.store.sequences import Sequences
from cardkeeper.store.templates import Templates

MAX_DAYS = 365

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class _Loaded:
    sequences: list[Sequence]
    templates: dict[int, str]
    events: list[tuple[Event, int | None]]
    """Every event with the id of the sequence it uses (None: the default)."""


class SequenceEditor(QWidget):
    """Signals: ``sequences_changed()`` — a sequence or an event's choice was saved."""

    sequences_changed = Signal()

    def __init__(self, jobs: LibraryJobs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self._stored: dict[int, Sequence] = {}
        self._events: list[tuple[Event, int | None]] = []
        self._current_id: int | None = None
        self._loading = False

        self.list_model = NamedListModel(self)
        self.list = QListView()
        self.list.setModel(self.list_model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAccessibleName("Sequences")
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.new_button = QPushButton("&New")
        self.duplicate_button = QPushButton("D&uplicate")
        self.delete_button = QPushButton("&Delete")

        self.name_field = QLineEdit()
        self.name_note = QLabel("Built-in: it keeps its name, and contacts follow it by default.")
        self.name_note.setEnabled(False)
        self.steps_model = SequenceStepsModel(self)
        self.steps = self._make_steps_table()
        self.add_button = QPushButton("&Add Step")
        self.remove_button = QPushButton("&Remove Step")
        self.up_button = QPushButton("Move U&p")
        self.down_button = QPushButton("Move Do&wn")
        self.timeline = QLabel()
        self.timeline.setWordWrap(True)
        self.events_model = NamedListModel(self)
        self.events = QListView()
        self.events.setModel(self.events_model)
        self.events.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.events.setAccessibleName("Events that use this sequence")
        self.events_model.check_changed.connect(lambda _id, _checked: self._edited())
        self.error = InlineMessage()
        self.save_button = QPushButton("&Save")
        self.revert_button = QPushButton("Re&vert")
        self._arrange()
        self._connect()
        self._update_buttons()

    def _make_steps_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.steps_model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        table.verticalHeader().hide()
        table.setAccessibleName("Steps")
        days = _DaysDelegate(table)
        table.setItemDelegateForColumn(AFTER, days)
        table.setItemDelegateForColumn(WINDOW, days)
        table.setItemDelegateForColumn(
            CHANNEL,
            _ChoiceDelegate(
                lambda: [(name, str(channel)) for channel, name in CHANNEL_NAMES.items()], table
            ),
        )
        table.setItemDelegateForColumn(
            TEMPLATE,
            _ChoiceDelegate(
                lambda: (
                    [("(none)", NO_TEMPLATE)]
                    + [
                        (name, template_id)
                        for template_id, name in self.steps_model.templates().items()
                    ]
                ),
                table,
            ),
        )
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEMPLATE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(TEMPLATE, 190)
        return table

    def _arrange(self) -> None:
        sequences = QWidget()
        left = QVBoxLayout(sequences)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        for button in (self.new_button, self.duplicate_button, self.delete_button):
            row.addWidget(button)
        left.addLayout(row)

        editor = QWidget()
        right = QVBoxLayout(editor)
        right.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.addRow("&Name:", self.name_field)
        form.addRow("", self.name_note)
        right.addLayout(form)
        steps_label = QLabel("S&teps:")
        steps_label.setBuddy(self.steps)
        right.addWidget(steps_label)
        right.addWidget(self.steps, 1)
        row = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row.addWidget(button)
        row.addStretch(1)
        right.addLayout(row)
        right.addWidget(self.timeline)
        events = QGroupBox("Events")
        events_layout = QVBoxLayout(events)
        self.events_hint = QLabel()
        self.events_hint.setWordWrap(True)
        events_layout.addWidget(self.events_hint)
        events_layout.addWidget(self.events, 1)
        right.addWidget(events, 1)
        right.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.revert_button)
        row.addWidget(self.save_button)
        right.addLayout(row)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(sequences)
        splitter.addWidget(editor)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([220, 980])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _connect(self) -> None:
        self.new_button.clicked.connect(self.new_sequence)
        self.duplicate_button.clicked.connect(self.duplicate_sequence)
        self.delete_button.clicked.connect(self.delete_sequence)
        self.add_button.clicked.connect(self.add_step)
        self.remove_button.clicked.connect(self.remove_step)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(lambda: self._show_sequence(self._current_id))
        self.name_field.textEdited.connect(self._edited)
        for signal in (
            self.steps_model.dataChanged,
            self.steps_model.rowsInserted,
            self.steps_model.rowsRemoved,
            self.steps_model.rowsMoved,
        ):
            signal.connect(self._edited)
        self.steps.selectionModel().currentRowChanged.connect(self._update_buttons)
        for key, slot in (
            (QKeySequence.StandardKey.Save, self.save),
            (QKeySequence.StandardKey.New, self.new_sequence),
        ):
            QShortcut(key, self, slot).setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- loading --------------------------------------------------------------------------

    def load(self, select_id: int | None = None) -> None:
        self._jobs.run(_read, lambda loaded: self._loaded(loaded, select_id), self.error.show_error)

    def _loaded(self, loaded: _Loaded, select_id: int | None) -> None:
        self._stored = {s.id: s for s in loaded.sequences if s.id is not None}
        self._events = loaded.events
        self.steps_model.set_templates(loaded.templates)
        wanted = select_id if select_id is not None else self._current_id
        self._loading = True
        self.list_model.set_rows(
            [
                NamedRow(s.id, s.name, "default" if s.name == MET_AT_AN_EVENT else "")
                for s in loaded.sequences
                if s.id is not None
            ]
        )
        self._loading = False
        row = self.list_model.row_of(wanted)
        if self.list_model.rowCount():
            index = self.list_model.index(row if row is not None else 0)
            self.list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self._show_sequence(self.list_model.row_id(index))
        else:
            self._show_sequence(None)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._loading:
            return
        sequence_id = self.list_model.row_id(current)
        if sequence_id == self._current_id:
            return
        if not self.confirm_leave():
            blocked = self.list.selectionModel().blockSignals(True)
            self.list.selectionModel().setCurrentIndex(
                previous, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.list.selectionModel().blockSignals(blocked)
            return
        self._show_sequence(sequence_id)

    def _show_sequence(self, sequence_id: int | None) -> None:
        self._current_id = sequence_id
        sequence = self._stored.get(sequence_id) if sequence_id is not None else None
        self._loading = True
        self.name_field.setText(sequence.name if sequence else "")
        self.steps_model.set_steps(sequence.steps if sequence else [])
        self.events_model.set_rows(self._event_rows(sequence))
        self._loading = False
        built_in = bool(sequence and sequence.built_in)
        self.name_field.setReadOnly(built_in)
        self.name_note.setVisible(built_in)
        for widget in (self.name_field, self.steps):
            widget.setEnabled(sequence is not None)
        name = sequence.name if sequence else ""
        default = name == MET_AT_AN_EVENT
        if not self._events:
            hint = "Events appear here once cards are imported with a “Met at” event."
        elif default:
            hint = (
                "Every contact follows this sequence unless their event is given another "
                "one: choose the events on that sequence."
            )
        else:
            hint = (
                f"Contacts met at a checked event follow “{name}”; the others follow "
                f"“{MET_AT_AN_EVENT}”."
            )
        self.events_hint.setText(hint)
        self.events.setEnabled(sequence is not None and not default)
        self.error.clear()
        self._edited()

    def _event_rows(self, sequence: Sequence | None) -> list[NamedRow]:
        rows = []
        for event, used in self._events:
            if event.id is None:
                continue
            other = self._stored.get(used) if used is not None else None
            note = f"follows {other.name}" if other and sequence and other.id != sequence.id else ""
            rows.append(
                NamedRow(event.id, event.name, note, bool(sequence and used == sequence.id))
            )
        return rows

    # -- editing --------------------------------------------------------------------------

    def editing(self) -> Sequence | None:
        stored = self._stored.get(self._current_id) if self._current_id is not None else None
        if stored is None:
            return None
        return replace(stored, name=self.name_field.text().strip(), steps=self.steps_model.steps())

    def _event_changes(self) -> dict[int, bool]:
        """Events whose box differs from what is saved: event id -> uses this sequence now."""
        saved = {event.id: used for event, used in self._events if event.id is not None}
        return {
            row.id: bool(row.checked)
            for row in self.events_model.rows()
            if bool(row.checked) != (saved.get(row.id) == self._current_id)
        }

    def is_dirty(self) -> bool:
        edited = self.editing()
        if edited is None or self._current_id is None:
            return False
        return edited != self._stored.get(self._current_id) or bool(self._event_changes())

    def _edited(self, *_args: object) -> None:
        if self._loading:
            return
        sequence = self.editing()
        if sequence is None or not sequence.steps:
            self.timeline.setText("")
        else:
            self.timeline.setText(
                f"If each step is done on its day: {timeline(sequence.steps)} after meeting."
            )
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        sequence = self._stored.get(self._current_id) if self._current_id is not None else None
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.duplicate_button.setEnabled(sequence is not None)
        self.delete_button.setEnabled(sequence is not None and not sequence.built_in)
        row = self.steps.currentIndex().row()
        count = self.steps_model.rowCount()
        self.add_button.setEnabled(sequence is not None)
        self.remove_button.setEnabled(0 <= row < count and count > 1)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    def add_step(self) -> None:
        row = self.steps_model.add_step(self.steps.currentIndex().row())
        self._select_step(row, AFTER)

    def remove_step(self) -> None:
        row = self.steps.currentIndex().row()
        self.steps_model.remove_step(row)
        self._select_step(min(row, self.steps_model.rowCount() - 1), STEP)

    def _move(self, by: int) -> None:
        row = self.steps_model.move_step(self.steps.currentIndex().row(), by)
        self._select_step(row, STEP)

    def _select_step(self, row: int, column: int) -> None:
        if row >= 0:
            self.steps.setCurrentIndex(self.steps_model.index(row, column))
        self._update_buttons()

    # -- saving ---------------------------------------------------------------------------

    def save(self) -> bool:
        sequence = self.editing()
        if sequence is None or not self.is_dirty():
            return True
        changes = self._event_changes()

        def work(library: Library) -> int:
            store = Sequences(library)
            sequence_id = store.save(sequence)
            for event_id, uses in changes.items():
                store.set_for_event(event_id, sequence_id if uses else None)
            return sequence_id

        self._jobs.run(work, self._saved, self.error.show_error)
        return True

    def _saved(self, sequence_id: int) -> None:
        self.error.clear()
        self.sequences_changed.emit()
        self.load(sequence_id)

    def confirm_leave(self) -> bool:
        if not self.is_dirty():
            return True
        name = self.name_field.text().strip() or "this sequence"
        answer = QMessageBox.question(
            self,
            "Unsaved Sequence",
            f"Save the changes to “{name}”?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_sequence(self) -> None:
        if not self.confirm_leave():
            return
        name = free_name("New sequence", (s.name for s in self._stored.values()))
        self._add(Sequence(name, [SequenceStep(step=1, delay_days=1, window_days=1)]))

    def duplicate_sequence(self) -> None:
        sequence = self.editing()
        if sequence is None or not self.confirm_leave():
            return
        name = free_name(f"{sequence.name} (copy)", (s.name for s in self._stored.values()))
        self._add(replace(sequence, name=name, built_in=False, id=None))

    def _add(self, sequence: Sequence) -> None:
        def added(sequence_id: int) -> None:
            self.sequences_changed.emit()
            self.load(sequence_id)
            self.name_field.setFocus(Qt.FocusReason.OtherFocusReason)
            self.name_field.selectAll()

        self._jobs.run(
            lambda library: Sequences(library).save(sequence), added, self.error.show_error
        )

    def delete_sequence(self) -> None:
        sequence = self._stored.get(self._current_id) if self._current_id is not None else None
        if sequence is None or sequence.id is None or sequence.built_in:
            return
        answer = QMessageBox.question(
            self,
            "Delete Sequence",
            f"Delete the sequence “{sequence.name}”? Its events go back to “{MET_AT_AN_EVENT}”; "
            "follow-ups already scheduled stay, without further steps.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        sequence_id = sequence.id
        self._current_id = None

        def deleted(_none: None) -> None:
            self.sequences_changed.emit()
            self.load()

        self._jobs.run(
            lambda library: Sequences(library).delete(sequence_id), deleted, self.error.show_error
        )


class _DaysDelegate(QStyledItemDelegate):
    """A spin box of days, never negative."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        box = QSpinBox(parent)
        box.setRange(0, MAX_DAYS)
        box.setSuffix(" days")
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QSpinBox):
            editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class _ChoiceDelegate(QStyledItemDelegate):
    """A drop-down of (text, value) choices; the model gets the value."""

    def __init__(self, choices: Callable[[], list[tuple[str, Any]]], parent: QWidget) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        box = QComboBox(parent)
        for text, value in self._choices():
            box.addItem(text, value)
        box.activated.connect(lambda _index: self.commitData.emit(box))
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def _read(library: Library) -> _Loaded:
    store = Sequences(library)
    templates = {t.id: t.name for t in Templates(library).all() if t.id is not None}
    events = []
    for event in Events(library).list_events():
        used = store.for_event(event.id) if event.id is not None else None
        events.append((event, used.id if used else None))
    return _Loaded(store.all(), templates, events)
