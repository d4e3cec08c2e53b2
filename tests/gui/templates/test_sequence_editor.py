"""The sequence editor: steps edited in the table, saved whole, and chosen per event."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox, QSpinBox
from pytestqt.qtbot import QtBot

from cardkeeper.app.built_ins import MET_AT_AN_EVENT
from cardkeeper.app.builtin_templates import INVITE
from cardkeeper.domain import Channel, Sender
from cardkeeper.gui.templates.sequence_editor import SequenceEditor
from cardkeeper.gui.templates.sequence_steps_model import AFTER, CHANNEL, REASON, TEMPLATE
from cardkeeper.gui.templates.window import TemplatesWindow
from cardkeeper.store.database import Library
from cardkeeper.store.events import Events
from cardkeeper.store.sequences import Sequences
from tests.gui.follow_up_data import TODAY, FixedClock, meet


@pytest.fixture(autouse=True)
def _discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """A window closed with changes discards them instead of waiting for a click."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Discard)


@pytest.fixture
def window(qtbot: QtBot, library: Library) -> TemplatesWindow:
    meet(library, "Anna Koch", due=TODAY, event="Hannover Messe 2026")
    opened = TemplatesWindow(library.folder, Sender, FixedClock())
    qtbot.add_widget(opened)
    opened.show()
    opened.tabs.setCurrentWidget(opened.sequences)
    qtbot.waitUntil(opened.jobs.is_idle)
    return opened


@pytest.fixture
def editor(window: TemplatesWindow) -> SequenceEditor:
    return window.sequences


def _settle(qtbot: QtBot, editor: SequenceEditor) -> None:
    qtbot.waitUntil(editor._jobs.is_idle)


def _column(editor: SequenceEditor, column: int) -> list[str]:
    model = editor.steps_model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_built_in_sequence_and_when_its_steps_fall(editor: SequenceEditor) -> None:
    assert editor.name_field.text() == MET_AT_AN_EVENT
    assert editor.name_field.isReadOnly()
    assert _column(editor, AFTER) == ["1 day", "6 days", "14 days"]
    assert _column(editor, TEMPLATE) == ["Thank you", "Offer something useful", "Invite"]
    assert editor.timeline.text() == (
        "If each step is done on its day: day 1–2, day 7–9, day 21–30 after meeting."
    )
    assert not editor.delete_button.isEnabled()
    assert not editor.events.isEnabled(), "everyone follows the default already"


def test_a_new_sequence_edited_in_the_table_and_used_for_an_event(
    qtbot: QtBot, editor: SequenceEditor, library: Library
) -> None:
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, editor)
    assert editor.name_field.text() == "New sequence"
    editor.name_field.setText("Trade fair")
    editor.name_field.textEdited.emit("Trade fair")

    # The first step waits 2 days, typed into its spin box as a user would.
    table = editor.steps
    table.setFocus()
    first = editor.steps_model.index(0, AFTER)
    table.setCurrentIndex(first)
    table.edit(first)
    spin = table.findChild(QSpinBox)
    assert spin is not None
    spin.selectAll()
    qtbot.keyClicks(spin, "2")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: first.data() == "2 days")  # the view commits after the key
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    second = editor.steps_model.index(1, CHANNEL)
    table.edit(second)
    box = next(child for child in table.findChildren(QComboBox) if child.isVisible())
    box.setCurrentIndex(box.findText("Call"))
    box.activated.emit(box.currentIndex())
    editor.steps_model.setData(editor.steps_model.index(1, REASON), "  Call   about the demo ")
    invite = next(i for i, n in editor.steps_model.templates().items() if n == INVITE)
    editor.steps_model.setData(editor.steps_model.index(1, TEMPLATE), invite)
    assert editor.timeline.text() == (
        "If each step is done on its day: day 2–3, day 9–11 after meeting."
    )

    [fair] = editor.events_model.rows()
    editor.events_model.setData(
        editor.events_model.index(0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, editor)

    saved = Sequences(library).by_name("Trade fair")
    assert saved is not None
    assert [(s.step, s.delay_days, s.window_days, s.channel) for s in saved.steps] == [
        (1, 2, 1, Channel.EMAIL),
        (2, 7, 2, Channel.CALL),
    ]
    assert (saved.steps[1].reason, saved.steps[1].template_id) == ("Call about the demo", invite)
    event = Events(library).get(fair.id)
    assert event is not None
    used = Sequences(library).for_event(fair.id)
    assert used is not None and used.id == saved.id
    assert not editor.save_button.isEnabled()


def test_a_name_already_taken_is_refused_with_its_sentence(
    qtbot: QtBot, editor: SequenceEditor, library: Library
) -> None:
    qtbot.mouseClick(editor.duplicate_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, editor)
    assert editor.name_field.text() == "Met at an event (copy)"
    editor.name_field.setText("met at an EVENT")
    editor.name_field.textEdited.emit("met at an EVENT")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, editor)
    assert editor.error.text() == (
        "There is already a sequence called “Met at an event”: pick another name."
    )
    assert Sequences(library).by_name("Met at an event (copy)") is not None


def test_steps_move_and_the_last_one_cannot_be_removed(editor: SequenceEditor) -> None:
    table = editor.steps
    table.setCurrentIndex(editor.steps_model.index(2, AFTER))
    editor.up_button.click()
    assert _column(editor, TEMPLATE) == ["Thank you", "Invite", "Offer something useful"]
    assert table.currentIndex().row() == 1
    editor.remove_button.click()
    editor.remove_button.click()
    assert editor.steps_model.rowCount() == 1
    assert not editor.remove_button.isEnabled()
