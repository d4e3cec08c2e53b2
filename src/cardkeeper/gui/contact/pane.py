"""The right-hand pane: one contact's card beside its fields, and what to do with a new card.

It joins the card (where the words were read) and the form (what was made of
them): focusing a field lights up its words on the card, and words picked on
the card fill a field. For a card waiting in the review inbox it adds the
accept / discard bar and, when the card looks like someone already in the
library, an offer to merge.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cardkeeper.app.find_duplicates import Duplicate
from cardkeeper.domain import Activity, Contact, Event, FollowUp
from cardkeeper.gui.contact.activity_log import ActivityLog
from cardkeeper.gui.contact.card_panel import CardPanel
from cardkeeper.gui.contact.form import ContactForm
from cardkeeper.store.card_images import CardDetails

CARD_MIN_HEIGHT = 310
"""The card's least height: it then shows about 400 px wide, its words big enough to click,
even on a 700 px high screen (the form below it scrolls)."""

_CARD_FIELDS = {"emails": "email", "phones": "phone", "websites": "website", "reading": "name"}
"""Form field names that differ from the names the reader gave the words (the name's
reading is printed with the name, and read with it)."""


class ContactPane(QStackedWidget):
    """Signals: ``edited()`` — the user changed a field; ``accept_requested()``,
    ``discard_requested()``, ``restore_requested()`` — the bar's buttons;
    ``merge_requested(int)`` — merge this card into the contact with that id;
    ``log_requested(object, str)`` — log an ``ActivityKind`` with this detail for the contact;
    ``draft_requested()`` — draft an email to the contact.
    """

    edited = Signal()
    accept_requested = Signal()
    discard_requested = Signal()
    restore_requested = Signal()
    merge_requested = Signal(int)
    log_requested = Signal(object, str)
    draft_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._nothing = QLabel(self.tr("Select a contact to see its card and details."))
        self._nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._nothing.setWordWrap(True)
        self._nothing.setEnabled(False)
        self.addWidget(self._nothing)

        self.card = CardPanel()
        self.form = ContactForm()
        self.activity = ActivityLog()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.form, self.tr("Details"))
        self.tabs.addTab(self.activity, self.tr("Activity"))
        self._review_bar = _Bar()
        # How to fix a field from the card is said under the card; here, two lines at most.
        self._review_text = QLabel(self.tr("<b>New card.</b> Check what was read, then accept it."))
        self._review_text.setWordWrap(True)
        self.accept_button = QPushButton(self.tr("&Accept"))
        self.accept_button.setToolTip(
            self.tr("Mark this card as checked and open the next (Enter)")
        )
        self.accept_button.setDefault(True)
        self.discard_button = QPushButton(self.tr("&Discard"))
        self.discard_button.setToolTip(self.tr("Move this card to the trash (Delete)"))
        self._review_bar.add(self._review_text, self.accept_button, self.discard_button)

        self._duplicate_bar = _Bar(warning=True)
        self._duplicate_text = QLabel()
        self._duplicate_text.setWordWrap(True)
        self._duplicate_text.setTextFormat(Qt.TextFormat.RichText)
        self.merge_button = QPushButton(self.tr("&Merge"))
        self._duplicate_bar.add(self._duplicate_text, self.merge_button)

        self._trash_bar = _Bar(warning=True)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self._trash_bar.add(QLabel(self.tr("This contact is in the trash.")), self.restore_button)

        details = QWidget()
        column = QVBoxLayout(details)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        for bar in (self._trash_bar, self._review_bar, self._duplicate_bar):
            column.addWidget(bar)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("contactSplitter")
        self.splitter.addWidget(self.card)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([320, 480])
        self.card.setMinimumHeight(CARD_MIN_HEIGHT)
        self.splitter.setChildrenCollapsible(False)
        column.addWidget(self.splitter, 1)
        self.addWidget(details)
        self._details = details

        self._merge_target: int | None = None
        self._shown_id: int | None = None
        self.accept_button.clicked.connect(self.accept_requested)
        self.discard_button.clicked.connect(self.discard_requested)
        self.restore_button.clicked.connect(self.restore_requested)
        self.merge_button.clicked.connect(self._merge_clicked)
        self.form.edited.connect(self.edited)
        self.form.field_focused.connect(self._field_focused)
        self.card.assign.connect(self.form.set_field_text)
        self.activity.log_requested.connect(self.log_requested)
        self.activity.draft_requested.connect(self.draft_requested)

    def show_contact(
        self,
        contact: Contact | None,
        details: CardDetails | None = None,
        *,
        duplicates: Sequence[Duplicate] = (),
        events: Sequence[Event] = (),
        region: str = "US",
        trashed: bool = False,
    ) -> None:
        if contact is None:
            self.form.set_contact(None)
            self.card.show_details(None)
            self.setCurrentWidget(self._nothing)
            self._shown_id = None
            return
        # The same contact shown again after a change (a side read again): its card stays.
        self.card.show_details(details, keep_place=contact.id == self._shown_id)
        self._shown_id = contact.id
        # A reviewed contact with no card (typed in by hand): its fields take the pane, as in
        # Google Contacts. A card to review keeps the card's place, and its Delete key.
        self.card.setVisible(contact.needs_review or details is None or bool(details.images))
        self.form.set_contact(
            contact,
            confidences=details.confidences if details else {},
            events=events,
            region=region,
        )
        self._trash_bar.setVisible(trashed)
        self._review_bar.setVisible(contact.needs_review and not trashed)
        if contact.needs_review or trashed:
            self.tabs.setCurrentWidget(self.form)
        self.activity.setEnabled(not trashed)
        first = duplicates[0] if duplicates and not trashed else None
        self._merge_target = first.contact_id if first else None
        self._duplicate_bar.setVisible(first is not None)
        if first is not None:
            name = html.escape(first.name or self.tr("contact #{id}").format(id=first.contact_id))
            self._duplicate_text.setText(
                self.tr("<b>Looks like {name}</b> already in your library ({reason}).").format(
                    name=name, reason=html.escape(first.reason)
                )
            )
            self.merge_button.setText(
                self.tr("&Merge into {name}").format(
                    name=(first.name or self.tr("it")).replace("&", "&&")
                )
            )
        self.setCurrentWidget(self._details)

    def show_activity(
        self, activities: Sequence[Activity], follow_ups: Sequence[FollowUp], today: date
    ) -> None:
        """The contact's next follow-ups and its activity log, counted on the tab."""
        self.activity.show_history(activities, follow_ups, today)
        count = self.activity.count()
        self.tabs.setTabText(
            1, self.tr("Activity ({count})").format(count=count) if count else self.tr("Activity")
        )

    def contact(self) -> Contact:
        return self.form.contact()

    def event_name(self) -> str:
        return self.form.event_name()

    def _merge_clicked(self) -> None:
        if self._merge_target is not None:
            self.merge_requested.emit(self._merge_target)

    def _field_focused(self, field: str) -> None:
        self.card.highlight_field(_CARD_FIELDS.get(field, field))


class _Bar(QFrame):
    """A slim message strip with its buttons on the right."""

    def __init__(self, *, warning: bool = False) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setObjectName("warningBar" if warning else "infoBar")
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(8, 4, 8, 4)
        self.hide()

    def add(self, text: QLabel, *buttons: QPushButton) -> None:
        self._row.addWidget(text, 1)
        for button in buttons:
            self._row.addWidget(button)
