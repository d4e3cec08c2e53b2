"""Writing templates: the text with its placeholders, and the mail it makes for a real person.

Beside the text, the preview (:mod:`template_preview`) shows the mail for a
contact the user picks as the template is typed. A typo or an unknown
placeholder shows its sentence under the text ("Body, line 3: there is no
placeholder called “frist_name”…") and the preview waits until it is fixed;
such a template cannot be saved, so no draft ever meets it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cardkeeper.app.built_ins import ensure_built_ins, restore_built_in_templates
from cardkeeper.app.drafts import PLACEHOLDERS, check
from cardkeeper.domain import Sender, Template
from cardkeeper.errors import TemplateError
from cardkeeper.gui.clock import Clock
from cardkeeper.gui.inline_message import InlineMessage
from cardkeeper.gui.library_jobs import LibraryJobs
from cardkeeper.gui.named_list_model import NamedListModel, NamedRow, free_name
from cardkeeper.gui.placeholder_model import NAME as PLACEHOLDER_NAME
from cardkeeper.gui.placeholder_model import PlaceholderModel
from cardkeeper.gui.template_highlighter import TemplateHighlighter
from cardkeeper.gui.template_preview import TemplatePreview
from cardkeeper.store.contact_rows import list_contact_rows
from cardkeeper.store.database import Library
from cardkeeper.store.templates import Templates

PREVIEW_PEOPLE = 300
"""Contacts offered for the preview: the newest reviewed ones, which are those being written to."""
_NEW_BODY = 'Hi {{ first_name or "there" }},\n\n\n\nBest regards,\n{{ my_signature }}\n'


@dataclass(frozen=True)
class _Loaded:
    templates: list[Template]
    people: list[tuple[int, str]]


class TemplateEditor(QWidget):
    """Signals: ``templates_changed()`` — templates were saved, added, deleted or restored."""

    templates_changed = Signal()

    def __init__(
        self,
        jobs: LibraryJobs,
        sender: Callable[[], Sender],
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self._sender = sender
        self._clock = clock
        self._stored: dict[int, Template] = {}
        self._current_id: int | None = None
        self._error = ""
        self._loading = False

        self.list_model = NamedListModel(self)
        self.list = QListView()
        self.list.setModel(self.list_model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAccessibleName("Templates")
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.new_button = QPushButton("&New")
        self.duplicate_button = QPushButton("D&uplicate")
        self.delete_button = QPushButton("&Delete")
        self.restore_button = QPushButton("Restore &Built-ins…")
        self.restore_button.setToolTip("Put the built-in templates' text back as it was shipped")

        self.name_field = QLineEdit()
        self.name_note = QLabel(
            "Built-in: it keeps its name; Restore Built-ins puts its text back."
        )
        self.name_note.setWordWrap(True)
        self.name_note.setEnabled(False)
        self.subject_field = QLineEdit()
        self.body_field = QPlainTextEdit()
        self.body_field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.body_field.setTabChangesFocus(True)
        self.body_field.setAccessibleName("Body")
        self._highlighter = TemplateHighlighter(self.body_field.document())
        self.error = InlineMessage()
        self.save_button = QPushButton("&Save")
        self.save_button.setToolTip("Save this template (Ctrl+S)")
        self.revert_button = QPushButton("Re&vert")

        self.placeholder_model = PlaceholderModel(PLACEHOLDERS, self)
        self.placeholders = QTableView()
        self.placeholders.setModel(self.placeholder_model)
        self.placeholders.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.placeholders.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.placeholders.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.placeholders.setShowGrid(False)
        self.placeholders.setWordWrap(False)
        self.placeholders.verticalHeader().hide()
        self.placeholders.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.placeholders.horizontalHeader().setSectionResizeMode(
            PLACEHOLDER_NAME, QHeaderView.ResizeMode.ResizeToContents
        )
        self.placeholders.horizontalHeader().setStretchLastSection(True)
        self.placeholders.setAccessibleName("Placeholders")
        self.placeholders.activated.connect(self._insert_placeholder)
        self.insert_button = QPushButton("&Insert")
        self.insert_button.setToolTip("Put the chosen placeholder where the cursor is")

        self.preview = TemplatePreview(jobs, sender, clock)
        self._last_editor: QLineEdit | QPlainTextEdit = self.body_field

        self._arrange()
        self._connect()
        self._update_buttons()

    # -- building -------------------------------------------------------------------------

    def _arrange(self) -> None:
        templates = QWidget()
        left = QVBoxLayout(templates)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        for button in (self.new_button, self.duplicate_button, self.delete_button):
            row.addWidget(button)
        left.addLayout(row)
        left.addWidget(self.restore_button)

        editor = QWidget()
        middle = QVBoxLayout(editor)
        middle.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.addRow("&Name:", self.name_field)
        form.addRow("", self.name_note)
        form.addRow("Su&bject:", self.subject_field)
        middle.addLayout(form)
        body_label = QLabel("&Text:")
        body_label.setBuddy(self.body_field)
        middle.addWidget(body_label)
        middle.addWidget(self.body_field, 1)
        middle.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.revert_button)
        row.addWidget(self.save_button)
        middle.addLayout(row)

        places = QGroupBox("Placeholders")
        places_layout = QVBoxLayout(places)
        places_layout.addWidget(self.placeholders, 1)
        insert_row = QHBoxLayout()
        hint = QLabel(
            'Double-click or Enter to insert; <code>{{ name or "…" }}</code> gives a fallback.'
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        insert_row.addWidget(hint, 1)
        insert_row.addWidget(self.insert_button)
        places_layout.addLayout(insert_row)
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.preview)
        side.addWidget(places)
        side.setStretchFactor(0, 3)
        side.setStretchFactor(1, 2)
        side.setChildrenCollapsible(False)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(templates)
        self.splitter.addWidget(editor)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([200, 520, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    def _connect(self) -> None:
        self.new_button.clicked.connect(self.new_template)
        self.duplicate_button.clicked.connect(self.duplicate_template)
        self.delete_button.clicked.connect(self.delete_template)
        self.restore_button.clicked.connect(self.restore_built_ins)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.insert_button.clicked.connect(
            lambda: self._insert_placeholder(self.placeholders.currentIndex())
        )
        for field in (self.name_field, self.subject_field):
            field.textEdited.connect(self._edited)
        self.body_field.textChanged.connect(self._edited)
        self.preview.failed.connect(self.error.show_error)
        self.preview.rendered.connect(self._preview_rendered)
        # The page's own keys, so the sequences tab beside it can use the same ones.
        for key, slot in (
            (QKeySequence.StandardKey.Save, self.save),
            (QKeySequence.StandardKey.New, self.new_template),
        ):
            QShortcut(key, self, slot).setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.list, self.delete_template)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    # -- loading --------------------------------------------------------------------------

    def load(self, select_id: int | None = None) -> None:
        """Read the templates and the people to preview with; select ``select_id`` if given."""
        self._jobs.run(_read, lambda loaded: self._loaded(loaded, select_id), self.error.show_error)

    def _loaded(self, loaded: _Loaded, select_id: int | None) -> None:
        self._stored = {t.id: t for t in loaded.templates if t.id is not None}
        wanted = select_id if select_id is not None else self._current_id
        self._loading = True
        self.list_model.set_rows(
            [
                NamedRow(t.id, t.name, "built-in" if t.built_in else "")
                for t in loaded.templates
                if t.id is not None
            ]
        )
        self._loading = False
        self.preview.set_people(loaded.people)
        row = self.list_model.row_of(wanted)
        self._select_row(row if row is not None else 0)

    def _select_row(self, row: int) -> None:
        if self.list_model.rowCount() == 0:
            self._show_template(None)
            return
        index = self.list_model.index(min(row, self.list_model.rowCount() - 1))
        self.list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self._show_template(self.list_model.row_id(index))

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._loading:
            return
        template_id = self.list_model.row_id(current)
        if template_id == self._current_id:
            return
        if not self.confirm_leave():
            blocked = self.list.selectionModel().blockSignals(True)
            self.list.selectionModel().setCurrentIndex(
                previous, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.list.selectionModel().blockSignals(blocked)
            return
        self._show_template(template_id)

    def _show_template(self, template_id: int | None) -> None:
        self._current_id = template_id
        template = self._stored.get(template_id) if template_id is not None else None
        self._loading = True
        self.name_field.setText(template.name if template else "")
        self.subject_field.setText(template.subject if template else "")
        self.body_field.setPlainText(template.body if template else "")
        self._loading = False
        built_in = bool(template and template.built_in)
        self.name_field.setReadOnly(built_in)
        self.name_note.setVisible(built_in)
        for widget in (self.name_field, self.subject_field, self.body_field):
            widget.setEnabled(template is not None)
        self._edited()

    # -- editing --------------------------------------------------------------------------

    def editing(self) -> Template | None:
        """The template as the fields have it now."""
        stored = self._stored.get(self._current_id) if self._current_id is not None else None
        if stored is None:
            return None
        return replace(
            stored,
            name=self.name_field.text().strip(),
            subject=self.subject_field.text(),
            body=self.body_field.toPlainText(),
        )

    def is_dirty(self) -> bool:
        edited = self.editing()
        stored = self._stored.get(self._current_id) if self._current_id is not None else None
        return edited is not None and edited != stored

    def _edited(self) -> None:
        if self._loading:
            return
        template = self.editing()
        self._error = ""
        if template is not None:
            try:
                check(template)
            except TemplateError as error:
                self._error = str(error)
        if self._error:
            self.error.show_error(self._error)
            self.preview.show_template(None)
        else:
            self.error.clear()
            self.preview.show_template(template)
        self._update_buttons()

    def _update_buttons(self) -> None:
        template = self._stored.get(self._current_id) if self._current_id is not None else None
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty and not self._error)
        self.save_button.setToolTip(
            "Fix the problem shown under the text first" if self._error else "Save (Ctrl+S)"
        )
        self.revert_button.setEnabled(dirty)
        self.duplicate_button.setEnabled(template is not None)
        self.delete_button.setEnabled(template is not None and not template.built_in)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is self.subject_field or new is self.body_field:
            self._last_editor = new

    def _insert_placeholder(self, index: QModelIndex) -> None:
        if not index.isValid() or self._current_id is None:
            return
        name = self.placeholder_model.name(index)
        if name is None:
            return
        text = "{{ " + name + " }}"
        editor = self._last_editor
        if isinstance(editor, QLineEdit):
            editor.insert(text)
        else:
            editor.insertPlainText(text)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _preview_rendered(self) -> None:
        """A mail came out: an error met with another person or an older text is over."""
        if not self._error:
            self.error.clear()

    # -- saving and the list's buttons ----------------------------------------------------

    def save(self) -> bool:
        """Save the edited template; False (and the sentence shown) if it cannot be."""
        template = self.editing()
        if template is None or not self.is_dirty():
            return True
        if self._error:
            return False
        self._jobs.run(
            lambda library: Templates(library).save(template),
            self._saved,
            self.error.show_error,
        )
        return True

    def _saved(self, template_id: int) -> None:
        self.templates_changed.emit()
        self.load(template_id)

    def revert(self) -> None:
        self._show_template(self._current_id)

    def confirm_leave(self) -> bool:
        """Before showing another template or closing: save, discard or stay with the changes."""
        if not self.is_dirty():
            return True
        name = self.name_field.text().strip() or "this template"
        answer = QMessageBox.question(
            self,
            "Unsaved Template",
            f"Save the changes to “{name}”?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save() and not self._error
        return answer == QMessageBox.StandardButton.Discard

    def new_template(self) -> None:
        if not self.confirm_leave():
            return
        name = free_name("New template", (t.name for t in self._stored.values()))
        self._add(Template(name, "", _NEW_BODY))

    def duplicate_template(self) -> None:
        template = self.editing()
        if template is None or not self.confirm_leave():
            return
        name = free_name(f"{template.name} (copy)", (t.name for t in self._stored.values()))
        self._add(replace(template, name=name, built_in=False, id=None))

    def _add(self, template: Template) -> None:
        def added(template_id: int) -> None:
            self.templates_changed.emit()
            self.load(template_id)
            self.name_field.setFocus(Qt.FocusReason.OtherFocusReason)
            self.name_field.selectAll()

        self._jobs.run(
            lambda library: Templates(library).save(template), added, self.error.show_error
        )

    def delete_template(self) -> None:
        template = self._stored.get(self._current_id) if self._current_id is not None else None
        if template is None or template.id is None or template.built_in:
            return
        answer = QMessageBox.question(
            self,
            "Delete Template",
            f"Delete the template “{template.name}”? Steps and follow-ups that use it will "
            "draft with another template you choose.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        template_id = template.id
        row = self.list_model.row_of(template_id) or 0
        self._current_id = None

        def deleted(_none: None) -> None:
            self.templates_changed.emit()
            self._jobs.run(
                _read, lambda loaded: self._loaded_at(loaded, row), self.error.show_error
            )

        self._jobs.run(
            lambda library: Templates(library).delete(template_id), deleted, self.error.show_error
        )

    def _loaded_at(self, loaded: _Loaded, row: int) -> None:
        self._loaded(loaded, None)
        self._select_row(min(row, self.list_model.rowCount() - 1))

    def restore_built_ins(self) -> None:
        answer = QMessageBox.question(
            self,
            "Restore Built-in Templates",
            "Put the text of the built-in templates back as it was shipped? "
            "Your changes to them are lost; your own templates are kept.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def restored(_none: None) -> None:
            self.templates_changed.emit()
            self._show_template(None)
            self.load()

        self._jobs.run(restore_built_in_templates, restored, self.error.show_error)


def _read(library: Library) -> _Loaded:
    ensure_built_ins(library)  # a library made by the CLI has none until something schedules
    rows = list_contact_rows(library)
    named = [row for row in rows if row.name and not row.needs_review]
    named.sort(key=lambda row: (not row.event_name, -row.created_at.timestamp()))
    people = [(row.id, row.name) for row in named[:PREVIEW_PEOPLE]]
    return _Loaded(Templates(library).all(), people)
