"""Writing templates: the text with its placeholders, and the mail it makes for a real person.

Beside the text, the preview (:mod:`.preview`) shows the mail for a
contact the user picks as the template is typed. A typo or an unknown
placeholder shows its sentence under the text ("Body, line 3: there is no
placeholder called “frist_name”…") and the preview waits until it is fixed;
such a template cannot be saved, so no draft ever meets it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
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
from cardkeeper.gui.common.clock import Clock
from cardkeeper.gui.common.library_jobs import LibraryJobs
from cardkeeper.gui.common.translation import QT_TRANSLATE_NOOP
from cardkeeper.gui.templates.highlighter import TemplateHighlighter
from cardkeeper.gui.templates.named_items_page import NamedItemsPage
from cardkeeper.gui.templates.placeholder_model import NAME as PLACEHOLDER_NAME
from cardkeeper.gui.templates.placeholder_model import PlaceholderModel
from cardkeeper.gui.templates.preview import TemplatePreview
from cardkeeper.store.contact_rows import list_contact_rows
from cardkeeper.store.database import Library
from cardkeeper.store.templates import Templates

PREVIEW_PEOPLE = 300
"""Contacts offered for the preview: the newest reviewed ones, which are those being written to."""
_NEW_BODY = QT_TRANSLATE_NOOP(
    "TemplateEditor", 'Hi {{ first_name or "there" }},\n\n\n\nBest regards,\n{{ my_signature }}\n'
)


@dataclass(frozen=True)
class _Loaded:
    templates: list[Template]
    people: list[tuple[int, str]]


class TemplateEditor(NamedItemsPage):
    """Signals: ``changed()`` — templates were saved, added, deleted or restored."""

    def __init__(self, jobs: LibraryJobs, sender: Callable[[], Sender], clock: Clock) -> None:
        super().__init__(
            jobs,
            "template",
            QCoreApplication.translate(
                "TemplateEditor",
                "Built-in: it keeps its name; Restore Built-ins puts its text back.",
            ),
        )
        self._error = ""
        self.restore_button = QPushButton(self.tr("Restore &Built-ins…"))
        self.restore_button.setToolTip(
            self.tr("Put the built-in templates' text back as it was shipped")
        )
        self.subject_field = QLineEdit()
        self.body_field = QPlainTextEdit()
        self.body_field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.body_field.setTabChangesFocus(True)
        self.body_field.setAccessibleName(self.tr("Body"))
        self._highlighter = TemplateHighlighter(self.body_field.document())

        self.placeholder_model = PlaceholderModel(PLACEHOLDERS, self)
        self.placeholders = QTableView()
        self.placeholders.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves
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
        self.placeholders.setAccessibleName(self.tr("Placeholders"))
        self.placeholders.activated.connect(self._insert_placeholder)
        self.insert_button = QPushButton(self.tr("&Insert"))
        self.insert_button.setToolTip(self.tr("Put the chosen placeholder where the cursor is"))

        self.preview = TemplatePreview(jobs, sender, clock)
        self._last_editor: QLineEdit | QPlainTextEdit = self.body_field

        self._arrange()
        self._connect()
        self._update_buttons()

    # -- building -------------------------------------------------------------------------

    def _arrange(self) -> None:
        templates = self._list_column(self.restore_button)

        editor = QWidget()
        middle = QVBoxLayout(editor)
        middle.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_field)
        form.addRow("", self.name_note)
        form.addRow(self.tr("Su&bject:"), self.subject_field)
        middle.addLayout(form)
        body_label = QLabel(self.tr("&Text:"))
        body_label.setBuddy(self.body_field)
        middle.addWidget(body_label)
        middle.addWidget(self.body_field, 1)
        middle.addWidget(self.error)
        middle.addLayout(self._save_row())

        places = QGroupBox(self.tr("Placeholders"))
        places_layout = QVBoxLayout(places)
        places_layout.addWidget(self.placeholders, 1)
        insert_row = QHBoxLayout()
        hint = QLabel(
            self.tr(
                'Double-click or Enter to insert; <code>{{ name or "…" }}</code> gives a fallback.'
            )
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
        self.restore_button.clicked.connect(self.restore_built_ins)
        self.insert_button.clicked.connect(
            lambda: self._insert_placeholder(self.placeholders.currentIndex())
        )
        self.subject_field.textEdited.connect(self._edited)
        self.body_field.textChanged.connect(self._edited)
        self.preview.failed.connect(self.error.show_error)
        self.preview.rendered.connect(self._preview_rendered)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    # -- what the page holds --------------------------------------------------------------

    def _read(self, library: Library) -> _Loaded:
        return _read(library)

    def _apply(self, loaded: _Loaded) -> list[Template]:
        self.preview.set_people(loaded.people)
        return loaded.templates

    def _show_fields(self, template: Template | None) -> None:
        self.subject_field.setText(template.subject if template else "")
        self.body_field.setPlainText(template.body if template else "")
        for widget in (self.subject_field, self.body_field):
            widget.setEnabled(template is not None)

    def editing(self) -> Template | None:
        stored: Template | None = self.stored()
        if stored is None:
            return None
        return replace(
            stored,
            name=self.name_field.text().strip(),
            subject=self.subject_field.text(),
            body=self.body_field.toPlainText(),
        )

    def _blank(self, name: str) -> Template:
        return Template(name, "", self.tr(_NEW_BODY))

    def _save_work(self, template: Template) -> Callable[[Library], int]:
        return lambda library: Templates(library).save(template)

    def _delete_work(self, template_id: int) -> Callable[[Library], None]:
        return lambda library: Templates(library).delete(template_id)

    def _delete_question(self, template: Template) -> str:
        return self.tr(
            "Delete the template “{name}”? Steps and follow-ups that use it will "
            "draft with another template you choose."
        ).format(name=template.name)

    def _can_save(self) -> bool:
        return not self._error

    # -- editing --------------------------------------------------------------------------

    def _edited(self, *_args: object) -> None:
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

    def _update_buttons(self, *_args: object) -> None:
        super()._update_buttons()
        self.save_button.setToolTip(
            self.tr("Fix the problem shown under the text first")
            if self._error
            else self.tr("Save (Ctrl+S)")
        )

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

    def restore_built_ins(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Restore Built-in Templates"),
            self.tr(
                "Put the text of the built-in templates back as it was shipped? "
                "Your changes to them are lost; your own templates are kept."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def restored(_none: None) -> None:
            self.changed.emit()
            self._show(None)
            self.load()

        self._jobs.run(restore_built_in_templates, restored, self.error.show_error)


def _read(library: Library) -> _Loaded:
    ensure_built_ins(library)  # a library made by the CLI has none until something schedules
    rows = list_contact_rows(library)
    named = [row for row in rows if row.name and not row.needs_review]
    named.sort(key=lambda row: (not row.event_name, -row.created_at.timestamp()))
    people = [(row.id, row.name) for row in named[:PREVIEW_PEOPLE]]
    return _Loaded(Templates(library).all(), people)
