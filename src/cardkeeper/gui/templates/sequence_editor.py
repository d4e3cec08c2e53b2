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

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
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
from cardkeeper.gui.common.library_jobs import LibraryJobs
from cardkeeper.gui.templates.named_items_page import NamedItemsPage
from cardkeeper.gui.templates.named_list_model import NamedListModel, NamedRow
from cardkeeper.gui.templates.sequence_steps_model import (
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


class SequenceEditor(NamedItemsPage):
    """Signals: ``changed()`` — a sequence or an event's choice was saved."""

    def __init__(self, jobs: LibraryJobs) -> None:
        super().__init__(
            jobs,
            "sequence",
            QCoreApplication.translate(
                "SequenceEditor", "Built-in: it keeps its name, and contacts follow it by default."
            ),
        )
        self._events: list[tuple[Event, int | None]] = []
        self.steps_model = SequenceStepsModel(self)
        self.steps = self._make_steps_table()
        self.add_button = QPushButton(self.tr("&Add Step"))
        self.remove_button = QPushButton(self.tr("&Remove Step"))
        self.up_button = QPushButton(self.tr("Move U&p"))
        self.down_button = QPushButton(self.tr("Move Do&wn"))
        self.timeline = QLabel()
        self.timeline.setWordWrap(True)
        self.events_model = NamedListModel(self)
        self.events = QListView()
        self.events.setModel(self.events_model)
        self.events.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.events.setAccessibleName(self.tr("Events that use this sequence"))
        self.events_model.check_changed.connect(lambda _id, _checked: self._edited())
        self._arrange()
        self._connect()
        self._update_buttons()

    def _make_steps_table(self) -> QTableView:
        table = QTableView()
        table.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves the list
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
        table.setAccessibleName(self.tr("Steps"))
        days = _DaysDelegate(table)
        table.setItemDelegateForColumn(AFTER, days)
        table.setItemDelegateForColumn(WINDOW, days)
        table.setItemDelegateForColumn(
            CHANNEL,
            _ChoiceDelegate(
                lambda: [
                    (QCoreApplication.translate("SequenceStepsModel", name), str(channel))
                    for channel, name in CHANNEL_NAMES.items()
                ],
                table,
            ),
        )
        table.setItemDelegateForColumn(
            TEMPLATE,
            _ChoiceDelegate(
                lambda: (
                    [(self.tr("(none)"), NO_TEMPLATE)]
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
        sequences = self._list_column()

        editor = QWidget()
        right = QVBoxLayout(editor)
        right.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_field)
        form.addRow("", self.name_note)
        right.addLayout(form)
        steps_label = QLabel(self.tr("S&teps:"))
        steps_label.setBuddy(self.steps)
        right.addWidget(steps_label)
        right.addWidget(self.steps, 1)
        row = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row.addWidget(button)
        row.addStretch(1)
        right.addLayout(row)
        right.addWidget(self.timeline)
        events = QGroupBox(self.tr("Events"))
        events_layout = QVBoxLayout(events)
        self.events_hint = QLabel()
        self.events_hint.setWordWrap(True)
        events_layout.addWidget(self.events_hint)
        events_layout.addWidget(self.events, 1)
        right.addWidget(events, 1)
        right.addWidget(self.error)
        right.addLayout(self._save_row())

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(sequences)
        splitter.addWidget(editor)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([220, 980])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _connect(self) -> None:
        self.add_button.clicked.connect(self.add_step)
        self.remove_button.clicked.connect(self.remove_step)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        for signal in (
            self.steps_model.dataChanged,
            self.steps_model.rowsInserted,
            self.steps_model.rowsRemoved,
            self.steps_model.rowsMoved,
        ):
            signal.connect(self._edited)
        self.steps.selectionModel().currentRowChanged.connect(self._update_buttons)

    # -- what the page holds --------------------------------------------------------------

    def _read(self, library: Library) -> _Loaded:
        return _read(library)

    def _apply(self, loaded: _Loaded) -> list[Sequence]:
        self._events = loaded.events
        self.steps_model.set_templates(loaded.templates)
        return loaded.sequences

    def _row_note(self, sequence: Sequence) -> str:
        return self.tr("default") if sequence.name == MET_AT_AN_EVENT else ""

    def _blank(self, name: str) -> Sequence:
        return Sequence(name, [SequenceStep(step=1, delay_days=1, window_days=1)])

    def _save_work(self, sequence: Sequence) -> Callable[[Library], int]:
        changes = self._event_changes() if sequence.id == self._current_id else {}

        def work(library: Library) -> int:
            store = Sequences(library)
            sequence_id = store.save(sequence)
            for event_id, uses in changes.items():
                store.set_for_event(event_id, sequence_id if uses else None)
            return sequence_id

        return work

    def _delete_work(self, sequence_id: int) -> Callable[[Library], None]:
        return lambda library: Sequences(library).delete(sequence_id)

    def _delete_question(self, sequence: Sequence) -> str:
        return self.tr(
            "Delete the sequence “{name}”? Its events go back to “{default}”; "
            "follow-ups already scheduled stay, without further steps."
        ).format(name=sequence.name, default=MET_AT_AN_EVENT)

    def _show_fields(self, sequence: Sequence | None) -> None:
        self.steps_model.set_steps(sequence.steps if sequence else [])
        self.events_model.set_rows(self._event_rows(sequence))
        self.steps.setEnabled(sequence is not None)
        name = sequence.name if sequence else ""
        default = name == MET_AT_AN_EVENT
        if not self._events:
            hint = self.tr("Events appear here once cards are imported with a “Met at” event.")
        elif default:
            hint = self.tr(
                "Every contact follows this sequence unless their event is given another "
                "one: choose the events on that sequence."
            )
        else:
            hint = self.tr(
                "Contacts met at a checked event follow “{name}”; the others follow “{default}”."
            ).format(name=name, default=MET_AT_AN_EVENT)
        self.events_hint.setText(hint)
        self.events.setEnabled(sequence is not None and not default)

    def _event_rows(self, sequence: Sequence | None) -> list[NamedRow]:
        rows = []
        for event, used in self._events:
            if event.id is None:
                continue
            other = self._stored.get(used) if used is not None else None
            note = (
                self.tr("follows {name}").format(name=other.name)
                if other and sequence and other.id != sequence.id
                else ""
            )
            rows.append(
                NamedRow(event.id, event.name, note, bool(sequence and used == sequence.id))
            )
        return rows

    # -- editing --------------------------------------------------------------------------

    def editing(self) -> Sequence | None:
        stored: Sequence | None = self.stored()
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
        return super().is_dirty() or (self.stored() is not None and bool(self._event_changes()))

    def _edited(self, *_args: object) -> None:
        if self._loading:
            return
        sequence = self.editing()
        if sequence is None or not sequence.steps:
            self.timeline.setText("")
        else:
            self.timeline.setText(
                self.tr("If each step is done on its day: {timeline} after meeting.").format(
                    timeline=timeline(sequence.steps)
                )
            )
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        super()._update_buttons()
        row = self.steps.currentIndex().row()
        count = self.steps_model.rowCount()
        self.add_button.setEnabled(self.stored() is not None)
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


class _DaysDelegate(QStyledItemDelegate):
    """A spin box of days, never negative."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        box = QSpinBox(parent)
        box.setRange(0, MAX_DAYS)
        box.setSuffix(self.tr(" days"))
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
