"""The template editor: live preview for a real contact, the inline error, saving and the list."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from cardkeeper.app.builtin_templates import BUILT_IN_TEMPLATES, INVITE, THANK_YOU
from cardkeeper.app.drafts import draft_context, render
from cardkeeper.app.phone_entry import EntryRegion
from cardkeeper.domain import Phone, PhoneKind, Sender
from cardkeeper.gui.contact.phone_editor import PhoneRow
from cardkeeper.gui.templates.editor import TemplateEditor
from cardkeeper.gui.templates.named_list_model import IdRole
from cardkeeper.gui.templates.preview import EXAMPLE, example_person
from cardkeeper.gui.templates.window import TemplatesWindow
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library, open_library
from cardkeeper.store.templates import Templates
from tests.gui.follow_up_data import TODAY, FixedClock, meet

SENDER = Sender(name="Maria Schneider", company="Elbtal Software KG")


class _Answers:
    """Stands in for the user at question boxes: says ``answer`` and keeps what was asked."""

    def __init__(self) -> None:
        self.answer = QMessageBox.StandardButton.Discard
        self.asked: list[str] = []

    def __call__(self, _parent: object, _title: str, text: str, *_args: object) -> object:
        self.asked.append(text)
        return self.answer


@pytest.fixture(autouse=True)
def answers(monkeypatch: pytest.MonkeyPatch) -> _Answers:
    """No modal box ever waits for a click; a window closed with changes discards them."""
    answering = _Answers()
    monkeypatch.setattr(QMessageBox, "question", answering)
    return answering


@pytest.fixture
def window(qtbot: QtBot, library: Library) -> TemplatesWindow:
    meet(library, "Anna Koch", due=TODAY, interest="reading invoices automatically")
    opened = TemplatesWindow(library.folder, lambda: SENDER, FixedClock())
    qtbot.add_widget(opened)
    opened.show()
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    _settle(qtbot, opened)
    return opened


def _settle(qtbot: QtBot, window: TemplatesWindow) -> None:
    editor = window.templates
    qtbot.waitUntil(lambda: window.jobs.is_idle() and not editor.preview.is_rendering())
    qtbot.wait(20)  # the preview renders on the thread pool too


def _choose(editor: TemplateEditor, name: str) -> None:
    model = editor.list_model
    for row in range(model.rowCount()):
        index = model.index(row)
        if index.data(Qt.ItemDataRole.ToolTipRole) == name:
            editor.list.setCurrentIndex(index)
            return
    raise AssertionError(f"no template {name}")


def _names(editor: TemplateEditor) -> list[str]:
    model = editor.list_model
    return [model.index(row).data() for row in range(model.rowCount())]


def test_a_built_in_template_and_its_preview_for_a_real_contact(
    qtbot: QtBot, window: TemplatesWindow
) -> None:
    editor = window.templates
    assert _names(editor) == [
        "Invite (built-in)",
        "Offer something useful (built-in)",
        "Thank you (built-in)",
    ]
    _choose(editor, THANK_YOU)
    _settle(qtbot, window)
    assert editor.preview.person_box.currentText() == "Anna Koch"
    assert editor.name_field.isReadOnly() and editor.name_note.isVisible()
    assert editor.preview.to.text() == "anna@example.com"
    assert editor.preview.body.toPlainText().startswith("Hi Anna,")
    assert "reading invoices automatically" in editor.preview.body.toPlainText()

    editor.subject_field.selectAll()
    qtbot.keyClicks(editor.subject_field, "About {{ interest }}")
    qtbot.waitUntil(lambda: editor.preview.subject.text() == "About reading invoices automatically")
    assert editor.save_button.isEnabled()


def test_a_typo_shows_its_sentence_inline_until_it_is_fixed(
    qtbot: QtBot, window: TemplatesWindow, library: Library
) -> None:
    editor = window.templates
    _choose(editor, INVITE)
    _settle(qtbot, window)
    editor.body_field.setPlainText("Dear {{ first_name }},\n\nhow was {{ evnt }}?\n")

    assert editor.error.text() == (
        "Body, line 3: there is no placeholder called “evnt” (did you mean “event”?)."
    )
    assert editor.preview.body.toPlainText() == ""
    assert not editor.save_button.isEnabled()

    editor.body_field.setPlainText("Dear {{ first_name }},\n\nhow was {{ event }}?\n")
    qtbot.waitUntil(lambda: editor.preview.body.toPlainText() != "")
    assert editor.error.text() == ""
    assert editor.preview.body.toPlainText() == ("Dear Anna,\n\nhow was Web Summit 2026, Lisbon?")

    editor.body_field.setFocus()
    qtbot.keyClick(editor.body_field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    _settle(qtbot, window)
    saved = Templates(library).by_name(INVITE)
    assert saved is not None and saved.body == "Dear {{ first_name }},\n\nhow was {{ event }}?\n"
    assert not editor.save_button.isEnabled()


def test_placeholders_go_where_the_cursor_is(qtbot: QtBot, window: TemplatesWindow) -> None:
    editor = window.templates
    _choose(editor, INVITE)
    _settle(qtbot, window)
    editor.subject_field.setFocus()
    editor.subject_field.setText("Hello ")
    model = editor.placeholder_model
    row = next(row for row in range(model.rowCount()) if model.index(row, 0).data() == "company")
    assert model.index(row, 1).data() == "Their company"
    editor.placeholders.setCurrentIndex(model.index(row, 0))
    qtbot.mouseClick(editor.insert_button, Qt.MouseButton.LeftButton)
    assert editor.subject_field.text() == "Hello {{ company }}"


def test_new_duplicate_and_delete(
    qtbot: QtBot, window: TemplatesWindow, library: Library, answers: _Answers
) -> None:
    editor = window.templates
    answers.answer = QMessageBox.StandardButton.Yes
    _choose(editor, THANK_YOU)
    _settle(qtbot, window)
    qtbot.mouseClick(editor.duplicate_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, window)
    assert editor.name_field.text() == "Thank you (copy)"
    assert not editor.name_field.isReadOnly()
    assert editor.delete_button.isEnabled()
    copy = Templates(library).by_name("Thank you (copy)")
    assert copy is not None and not copy.built_in

    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, window)
    assert editor.name_field.text() == "New template"
    assert editor.preview.body.toPlainText().startswith("Hi Anna,")

    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, window)
    assert Templates(library).by_name("New template") is None
    assert "New template" not in _names(editor)


def test_restore_built_ins_puts_their_text_back(
    qtbot: QtBot, window: TemplatesWindow, library: Library, answers: _Answers
) -> None:
    editor = window.templates
    store = Templates(library)
    stored = store.by_name(THANK_YOU)
    assert stored is not None
    stored.body = "Thanks."
    store.save(stored)
    answers.answer = QMessageBox.StandardButton.Yes

    qtbot.mouseClick(editor.restore_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, window)

    shipped = next(t for t in BUILT_IN_TEMPLATES if t.name == THANK_YOU)
    restored = store.by_name(THANK_YOU)
    assert restored is not None and restored.body == shipped.body
    _choose(editor, THANK_YOU)
    assert editor.body_field.toPlainText() == shipped.body


def test_an_empty_library_previews_with_the_example_person(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    open_library(folder).close()
    opened = TemplatesWindow(folder, lambda: SENDER, FixedClock())
    qtbot.add_widget(opened)
    opened.show()
    _settle(qtbot, opened)
    editor = opened.templates
    assert editor.list_model.rowCount() == 3, "the built-ins are there from the start"
    assert editor.preview.person_box.currentText() == "Example: Sam Rivera (not in your library)"
    template = editor.editing()
    assert template is not None
    assert editor.list_model.index(0).data(IdRole) == template.id
    contact, event = example_person(TODAY)
    expected = render(template, draft_context(contact, event, SENDER, TODAY))
    qtbot.waitUntil(lambda: editor.preview.body.toPlainText() == expected.body)


def test_the_preview_shows_a_phone_as_the_user_corrected_it_not_as_it_was_read(
    qtbot: QtBot, window: TemplatesWindow, library: Library
) -> None:
    """The card read "aci: / Microvida Informática" as the number; the user typed the right one."""
    contacts = Contacts(library)
    anna = contacts.list_contacts()[0]
    misread = Phone(PhoneKind.WORK, "aci: / Microvida Informática", "aci: / Microvida Informática")
    row = PhoneRow(misread, "BR", EntryRegion("BR", "as the card's other numbers are"))
    qtbot.add_widget(row)
    row.number.setText("+55 11 3392-3817")
    row.number.editingFinished.emit()
    corrected = row.phone()
    assert corrected is not None
    contacts.update_contact(dataclasses.replace(anna, phones=[corrected], title="CTO"))
    editor = window.templates
    _choose(editor, INVITE)
    _settle(qtbot, window)
    box = editor.preview.person_box
    for person in (box.findData(EXAMPLE), box.findText("Anna Koch")):  # Anna as she is now
        box.setCurrentIndex(person)
        box.activated.emit(person)
        _settle(qtbot, window)

    editor.body_field.setPlainText("{{ full_name }}, {{ title }}\nPhone: {{ phone }}")

    qtbot.waitUntil(
        lambda: editor.preview.body.toPlainText() == "Anna Koch, CTO\nPhone: +55 11 3392-3817"
    )


@pytest.mark.parametrize(
    ("typed", "sentence"),
    [
        ("{% if email %}Hi", "Subject, line 1: “{% if %}” is never closed: type “{% endif %}”"),
        ("{% if email", "Subject, line 1: “{% if …” is not closed: type “%}”"),
        ("Hi {{ first_name", "Subject, line 1: “{{ …” is not closed: type “}}”"),
        ("Hi }} there", "Subject, line 1: a “}}” with no “{{” before it"),
    ],
)
def test_a_syntax_error_says_what_to_type(
    qtbot: QtBot, window: TemplatesWindow, typed: str, sentence: str
) -> None:
    editor = window.templates
    _choose(editor, INVITE)
    _settle(qtbot, window)
    editor.subject_field.selectAll()
    qtbot.keyClicks(editor.subject_field, typed)

    qtbot.waitUntil(lambda: editor.error.text() != "")
    assert editor.error.text().startswith(sentence)
