"""The mail a template makes for one person, rendered as the template is typed.

Rendering runs on the thread pool a fifth of a second after the last
change, so typing never waits for it and a template that loops too long
cannot freeze the window; an answer overtaken by a later change is
dropped. Without contacts in the library the preview uses an example
person, so a template can be written before the first card is read.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cardkeeper.app.drafts import Draft, draft_context, render
from cardkeeper.domain import Contact, Event, Sender, Template
from cardkeeper.errors import TemplateError
from cardkeeper.gui.common.background import run_in_background
from cardkeeper.gui.common.clock import Clock
from cardkeeper.gui.common.library_jobs import LibraryJobs
from cardkeeper.gui.common.translation import QT_TRANSLATE_NOOP
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from cardkeeper.store.events import Events

PREVIEW_DELAY_MS = 200
"""Typing pauses shorter than this do not render: a fast typist sees no flicker."""
EXAMPLE = -1
"""The choice meaning the example person, who is not in the library."""
EXAMPLE_NAME = QT_TRANSLATE_NOOP("TemplatePreview", "Example: Sam Rivera (not in your library)")


def example_person(today: date) -> tuple[Contact, Event]:
    """Someone met yesterday with every field filled, to preview a template in an empty library."""
    contact = Contact(
        given_name="Sam",
        family_name="Rivera",
        title="Head of Data",
        company="Harbor Analytics",
        emails=["sam.rivera@example.com"],
        interested_in="forecasting demand from sales data",
        met_on=today - timedelta(days=1),
        needs_review=False,
    )
    return contact, Event("Data Summit 2026, Berlin", date=today - timedelta(days=1))


class TemplatePreview(QGroupBox):
    """Signals: ``rendered()`` — the preview shows the template's mail;
    ``failed(str)`` — the template cannot be rendered for this person, and why.
    """

    rendered = Signal()
    failed = Signal(str)

    def __init__(
        self,
        jobs: LibraryJobs,
        sender: Callable[[], Sender],
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("TemplatePreview", "Preview"), parent)
        self._jobs = jobs
        self._sender = sender
        self._clock = clock
        self._template: Template | None = None
        self._context: dict[str, Any] | None = None
        self._generation = 0
        self.person_box = QComboBox()
        self.person_box.setAccessibleName(self.tr("Preview for"))
        self.person_box.setMinimumContentsLength(18)
        self.to = QLabel()
        self.subject = QLabel()
        self.subject.setWordWrap(True)
        bold = QFont(self.subject.font())
        bold.setBold(True)
        self.subject.setFont(bold)
        self.body = QPlainTextEdit()
        self.body.setReadOnly(True)
        self.body.setAccessibleName(self.tr("Preview"))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self._render)
        self.person_box.activated.connect(self._person_chosen)
        form = QFormLayout()
        form.addRow(self.tr("&For:"), self.person_box)
        form.addRow(self.tr("To:"), self.to)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.subject)
        layout.addWidget(self.body, 1)

    def set_people(self, people: list[tuple[int, str]]) -> None:
        """The people to choose from, keeping the one chosen if they are still there."""
        chosen = self.person_box.currentData()
        blocked = self.person_box.blockSignals(True)
        self.person_box.clear()
        for person_id, name in people:
            self.person_box.addItem(name, person_id)
        self.person_box.addItem(self.tr(EXAMPLE_NAME), EXAMPLE)
        kept = self.person_box.findData(chosen) if chosen is not None else -1
        self.person_box.setCurrentIndex(max(kept, 0))
        self.person_box.blockSignals(blocked)
        if kept < 0:
            self._person_chosen()

    def show_template(self, template: Template | None) -> None:
        """Render ``template`` once typing pauses; None empties the preview."""
        self._template = template
        if template is None:
            self._show(None)
        else:
            self.timer.start()

    def is_rendering(self) -> bool:
        return self.timer.isActive()

    def _person_chosen(self, _index: int = 0) -> None:
        person_id = self.person_box.currentData()
        sender, today = self._sender(), self._clock.today()
        self._jobs.run(
            lambda library: _context_for(library, person_id, sender, today),
            self._context_ready,
            self.failed.emit,
        )

    def _context_ready(self, context: dict[str, Any]) -> None:
        self._context = context
        self._render()

    def _render(self) -> None:
        template, context = self._template, self._context
        if template is None or context is None:
            return
        self._generation += 1
        generation = self._generation
        run_in_background(
            lambda: render(template, context),
            lambda draft: self._rendered(generation, draft),
            lambda error: self._not_rendered(generation, error),
            parent=self,
        )

    def _rendered(self, generation: int, draft: Draft) -> None:
        if generation == self._generation and self._template is not None:
            self._show(draft)
            self.rendered.emit()

    def _not_rendered(self, generation: int, error: BaseException) -> None:
        if not isinstance(error, TemplateError):
            raise error
        if generation == self._generation:
            self._show(None)
            self.failed.emit(str(error))

    def _show(self, draft: Draft | None) -> None:
        if draft is None:
            self.to.clear()
            self.subject.clear()
            self.body.clear()
            self.body.setPlaceholderText(self.tr("The preview appears once the template is fixed."))
            return
        self.to.setText(draft.to or self.tr("(no email address)"))
        self.subject.setText(draft.subject)
        self.body.setPlainText(draft.body)


def _context_for(
    library: Library, person_id: object, sender: Sender, today: date
) -> dict[str, Any]:
    contact = Contacts(library).get_contact(person_id) if isinstance(person_id, int) else None
    if contact is None:
        contact, event = example_person(today)
        return draft_context(contact, event, sender, today)
    found = Events(library).get(contact.event_id) if contact.event_id is not None else None
    return draft_context(contact, found, sender, today)
