"""The editable fields of the contact pane, where the user checks and corrects a read card.

The form edits a copy: ``set_contact`` shows a contact, ``contact()`` gives a
new one with the user's edits, and ``edited`` says when to ask for it. That
signal compares what ``contact()`` and ``event_name()`` give against the last
time it fired, rather than listening to keystrokes, so it fires once per
finished change however many Qt signals report the same edit, never for a
value typed back to what it was, and never for ``set_contact``.

The name is one line, because people read and correct a name as a whole; it
is split into parts (nameparser) only when the user changed it, so parts the
reader settled, such as two Spanish family names, survive an untouched name.
Under it, the name's reading: the given and family name in Latin letters as
printed beside a name in another script (Taro and Yamada beside 山田太郎), shown
when the contact has one or its name is written in another script, since a
name in Latin letters is its own reading.

The address is edited in parts, as address books keep it, with the text as
printed on the card under them; a correction to a part leaves that text alone.

E-mails are checked as phones are: one that cannot be an address stays in
the box, is said to be wrong under it and is left out of ``contact()``. A
field the user corrected loses its amber dot: the user has looked.
"""

from __future__ import annotations

import dataclasses
import itertools
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType

from nameparser import HumanName
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cardkeeper.app.email_entry import check_email_entry
from cardkeeper.domain import Contact, Event
from cardkeeper.gui.contact.form_fields import (
    LOW_CONFIDENCE_TIP,
    AddressEditor,
    FieldLabel,
    NameReadingEditor,
    OptionalDateEdit,
    TextBox,
)
from cardkeeper.gui.contact.phone_editor import PhoneEditor, error_palette
from cardkeeper.postal import split_address

LOW_CONFIDENCE = 0.75
"""Below this the reader was unsure enough that the user should look (see ``field_confidences``)."""
_NO_CONFIDENCES: Mapping[str, float] = MappingProxyType({})
_CORRECTABLE: Mapping[str, Callable[[Contact], object]] = MappingProxyType({
    "name": lambda c: (c.full_name, c.prefix, c.given_name, c.middle_name, c.family_name),
    "title": lambda c: c.title,
    "company": lambda c: c.company,
    "email": lambda c: c.emails,
    "phone": lambda c: [p.number for p in c.phones],
    "website": lambda c: c.websites,
    "address": lambda c: (c.address, c.address_parts),
})  # fmt: skip
"""The fields the reader gives a confidence for, and what of a contact each one shows."""


class ContactForm(QWidget):
    """A contact's fields for the user to check and correct, in a column ~380 px wide.

    Signals:
        edited(): the user finished an edit (left the field, pressed Return,
            chose from a list or the calendar, or picked words on the card)
            and ``contact()`` or ``event_name()`` now give something new.
            Not emitted while typing, nor by ``set_contact``.
        field_focused(str): a field got the focus. The name is one of
            "name", "reading", "title", "company", "email", "phone", "website",
            "address", "event", "met_on", "interested_in", "notes", "tags",
            so the card view can highlight the words the field was read from.

    Each field's widget has its field name as object name, for tests and
    style sheets to find it by.
    """

    edited = Signal()
    field_focused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contact = Contact()
        self._region = ""  # the user's, for an address picked on the card that names no country
        self._shown_name = ""
        self._shown_event = ""
        self._committed = (Contact(), "")

        self._name = QLineEdit()
        self._reading = NameReadingEditor()
        self._title = QLineEdit()
        self._company = QLineEdit()
        self._emails = TextBox(lines=1, grow_to=4)
        self._emails.setPlaceholderText(self.tr("One per line"))
        self._email_error = QLabel()
        self._email_error.setObjectName("email_error")
        self._email_error.setWordWrap(True)
        self._email_error.setPalette(error_palette(self._email_error))
        self._phones = PhoneEditor()
        self._websites = TextBox(lines=1, grow_to=4)
        self._websites.setPlaceholderText(self.tr("One per line"))
        self._address = AddressEditor()
        self._event = QComboBox()
        event_line = QLineEdit()
        event_line.setPlaceholderText(self.tr("Choose or type an event"))
        self._event.setLineEdit(event_line)
        self._event.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._met_on = OptionalDateEdit()
        self._clear_met_on = QToolButton()
        self._clear_met_on.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton)
        )
        self._clear_met_on.setAutoRaise(True)
        self._clear_met_on.setToolTip(self.tr("Clear the date"))
        self._clear_met_on.setAccessibleName(self.tr("Clear the date"))
        keep_place = self._clear_met_on.sizePolicy()
        keep_place.setRetainSizeWhenHidden(True)
        self._clear_met_on.setSizePolicy(keep_place)
        met_on = QWidget()
        met_on_layout = QHBoxLayout(met_on)
        met_on_layout.setContentsMargins(0, 0, 0, 0)
        met_on_layout.setSpacing(2)
        met_on_layout.addWidget(self._met_on)
        met_on_layout.addWidget(self._clear_met_on)
        met_on_layout.addStretch()
        self._interested_in = TextBox(lines=2)
        self._notes = TextBox(lines=4)
        self._tags = QLineEdit()
        self._tags.setPlaceholderText(self.tr("Comma separated"))

        # What words picked on the card replace (set_field_text); the rest add an entry.
        self._texts: dict[str, QLineEdit | QPlainTextEdit] = {
            "name": self._name,
            "title": self._title,
            "company": self._company,
            "interested_in": self._interested_in,
            "notes": self._notes,
        }
        self._fields: dict[str, QWidget] = {
            "name": self._name,
            "reading": self._reading,
            "title": self._title,
            "company": self._company,
            "email": self._emails,
            "phone": self._phones,
            "website": self._websites,
            "address": self._address,
            "event": self._event,
            "met_on": met_on,
            "interested_in": self._interested_in,
            "notes": self._notes,
            "tags": self._tags,
        }
        self._labels: dict[str, FieldLabel] = {}
        self._scroll = QScrollArea()
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field
        self._lay_out()
        self._connect(event_line)
        self.setFocusProxy(self._name)  # where a reviewer starts checking a card
        self.set_contact(None)

    def set_contact(
        self,
        contact: Contact | None,
        *,
        confidences: Mapping[str, float] = _NO_CONFIDENCES,
        events: Sequence[Event] = (),
        region: str = "US",
    ) -> None:
        """Show ``contact`` for editing, or an empty, disabled form for None.

        ``confidences`` are the reader's per field (``field_confidences``);
        ``events`` are the choices for "Where met"; a number typed without
        ``+`` belongs to ``region``, whose numbers are also shown national.
        """
        opened = (contact.id if contact else None) != self._contact.id
        self._contact = contact or Contact()
        self._region = region
        c = self._contact
        parts = (c.prefix, c.given_name, c.middle_name, c.family_name, c.suffix)
        self._shown_name = " ".join(c.full_name.split()) or " ".join(p for p in parts if p)
        self._name.setText(self._shown_name)
        self._reading.set_reading(c.reading_given, c.reading_family)
        self._title.setText(c.title)
        self._company.setText(c.company)
        self._emails.setPlainText("\n".join(c.emails))
        self._phones.set_phones(c.phones, region, c)
        self._websites.setPlainText("\n".join(c.websites))
        self._address.set_address(c.address, c.address_parts)
        self._event.clear()
        for event in events:
            self._event.addItem(event.name, event.id)
        current = self._event.findData(c.event_id) if c.event_id is not None else -1
        self._event.setCurrentIndex(current)
        self._shown_event = self._event.itemText(current) if current >= 0 else ""
        self._event.setEditText(self._shown_event)
        self._met_on.set_value(c.met_on)
        self._show_clear_met_on()
        self._interested_in.setPlainText(c.interested_in)
        self._notes.setPlainText(c.notes)
        self._tags.setText(", ".join(c.tags))
        for line in (self._name, self._title, self._company, self._tags, *self._reading.lines()):
            line.setCursorPosition(0)  # a long value shows its start, not its end
        self._show_reading()
        for field, label in self._labels.items():
            low = confidences.get(field, 1.0) < LOW_CONFIDENCE
            label.set_low_confidence(low)
            self._fields[field].setToolTip(
                QCoreApplication.translate("form_fields", LOW_CONFIDENCE_TIP) if low else ""
            )
        self.setEnabled(contact is not None)
        self._show_email_errors()
        self._committed = self._state()
        if opened:  # another contact opens at its top, with Name and Company in view
            self._scroll.verticalScrollBar().setValue(0)

    def contact(self) -> Contact:
        """A new contact: the one shown with the user's edits; its id and dates are kept.

        A phone whose number is impossible is left out. A typed "Where met"
        that names no existing event gives ``event_id`` None: creating the
        event is the caller's job, with ``event_name()``.
        """
        reading_given, reading_family = self._reading.reading()
        return dataclasses.replace(
            self._with_name(self._contact),
            reading_given=reading_given,
            reading_family=reading_family,
            title=self._title.text().strip(),
            company=self._company.text().strip(),
            address=self._address.printed_text(),
            address_parts=self._address.parts(),
            emails=[e for e in _lines(self._emails.toPlainText()) if not self._email_problem(e)],
            phones=self._phones.phones(),
            websites=_lines(self._websites.toPlainText()),
            event_id=self._event_id(),
            met_on=self._met_on.value(),
            interested_in=self._interested_in.toPlainText().strip(),
            notes=self._notes.toPlainText().strip(),
            tags=list(dict.fromkeys(t.strip() for t in self._tags.text().split(",") if t.strip())),
        )

    def event_name(self) -> str:
        """The "Where met" text: an existing event's name or a new one the user typed."""
        return " ".join(self._event.currentText().split())

    def set_field_text(self, field: str, text: str) -> None:
        """Fill a field from words the user picked on the card, then report the edit.

        Single-valued fields (name, title, company, notes, interested_in)
        are replaced; so is the address as printed, and its parts become what
        it splits into. Email, phone and website add an entry,
        since a card often has several: an e-mail or web address without the
        spaces OCR puts between words, a phone normalised like a typed one.
        ``edited`` is emitted if that changed the contact (an impossible
        phone shows its error and changes nothing).
        """
        if field == "address":
            self._address.set_address(text.strip(), split_address(text, self._region))
        elif field in self._texts:
            widget = self._texts[field]
            if isinstance(widget, QLineEdit):
                widget.setText(" ".join(text.split()))
            else:
                widget.setPlainText(text.strip())
        elif field in ("email", "website"):
            box = self._emails if field == "email" else self._websites
            entries = _lines(box.toPlainText())
            entry = "".join(text.split())
            if entry and entry not in entries:
                box.setPlainText("\n".join([*entries, entry]))
        elif field == "phone":
            self._phones.add_entry(text)
        else:
            raise ValueError(f"{field!r} is not a field that words on the card can fill")
        self._commit()

    def _lay_out(self) -> None:
        # The mnemonics steer clear of the window's menus (File Edit View Help) and the pane's
        # buttons (Accept Discard Merge Restore). "Job title" keeps the job apart from the
        # Dr. or Prof. that belongs to a name.
        labels = {
            "name": self.tr("&Name"),
            # No mnemonic nor buddy: every letter of it is taken by the form, the window or
            # the pane, and its two boxes have their own accessible names.
            "reading": self.tr("Reading"),
            "title": self.tr("&Job title"),
            "company": self.tr("&Company"),
            "email": self.tr("Emai&ls"),
            "phone": self.tr("&Phones"),
            "website": self.tr("We&bsites"),
            "address": self.tr("Addre&ss"),
            "event": self.tr("&Where met"),
            "met_on": self.tr("Met &on"),
            "interested_in": self.tr("&Interested in"),
            "notes": self.tr("No&tes"),
            "tags": self.tr("Ta&gs"),
        }
        buddies: dict[str, QWidget | None] = {
            "met_on": self._met_on,
            "address": self._address.street,
            "reading": None,
        }
        content = QWidget()
        column = QVBoxLayout(content)
        form = QFormLayout()
        column.addLayout(form)
        column.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for field, widget in self._fields.items():
            widget.setObjectName(field)
            label = FieldLabel(labels[field], buddies.get(field, widget))
            label.marker.setObjectName(f"{field}_low_confidence")
            self._labels[field] = label
            form.addRow(label, widget)
            if field == "email":
                form.addRow("", self._email_error)
        self._address.name_boxes()  # its label named the street "Address"
        self._labels["reading"].setToolTip(self._reading.toolTip())
        self._form = form
        self._scroll.setWidget(content)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._scroll)

    def _connect(self, event_line: QLineEdit) -> None:
        lines = (self._name, self._title, self._company, self._tags, event_line)
        for line in (*lines, *self._reading.lines(), *self._address.lines()):
            line.editingFinished.connect(self._commit)
        self._event.activated.connect(self._commit)
        # As the name is typed, so that Tab from it goes on to the reading; a reading
        # cleared stays in view until another contact opens: its box may have the focus.
        self._name.textChanged.connect(self._show_reading)
        self._phones.finished.connect(self._commit)
        self._phones.rows_changed.connect(self._phone_rows_changed)
        self._met_on.editingFinished.connect(self._commit)
        self._met_on.calendarWidget().clicked.connect(self._commit)
        self._met_on.calendarWidget().activated.connect(self._commit)
        self._met_on.dateChanged.connect(self._show_clear_met_on)
        self._clear_met_on.clicked.connect(self._clear_met_on_date)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)

    def _with_name(self, contact: Contact) -> Contact:
        name = " ".join(self._name.text().split())
        if name == self._shown_name:
            return contact
        parsed = HumanName(name)
        return dataclasses.replace(
            contact,
            full_name=name,
            prefix=parsed.title,
            given_name=parsed.first,
            middle_name=parsed.middle,
            family_name=parsed.last,
            suffix=parsed.suffix,
        )

    def _event_id(self) -> int | None:
        name = self.event_name()
        if name == self._shown_event:
            return self._contact.event_id
        index = self._event.currentIndex()
        if index < 0 or self._event.itemText(index) != name:
            index = self._event.findText(name)
        return self._event.itemData(index) if index >= 0 else None

    def _state(self) -> tuple[Contact, str]:
        return self.contact(), self.event_name()

    def _commit(self) -> None:
        self._show_email_errors()
        state = self._state()
        if state != self._committed:
            self._committed = state
            self._unmark_corrected(state[0])
            self.edited.emit()

    def _show_reading(self) -> None:
        """The reading's row where it tells something: the contact has one, or the name in
        the box is written in another script and may be given one. Never hidden while the
        user is in it."""
        given, family = self._reading.reading()
        shown = bool(given or family) or _needs_reading(self._name.text())
        focused = QApplication.focusWidget()
        if shown or focused is None or not self._reading.isAncestorOf(focused):
            self._form.setRowVisible(self._reading, shown)

    def _show_email_errors(self) -> None:
        """Say under the box why each line that cannot be an address is left out."""
        lines = _lines(self._emails.toPlainText())
        problems = [problem for line in lines if (problem := self._email_problem(line))]
        self._email_error.setText("\n".join(problems))
        self._form.setRowVisible(self._email_error, bool(problems))

    def _email_problem(self, line: str) -> str:
        """Why ``line`` cannot be saved as an address, or "" when it can.

        An address the contact already had is kept as it is, as a stored
        phone is: an import from elsewhere is the user's to fix, not ours to drop.
        """
        if line in self._contact.emails:
            return ""
        try:
            check_email_entry(line)
        except ValueError as error:
            return str(error)
        return ""

    def _unmark_corrected(self, now: Contact) -> None:
        """A field the user changed no longer shows the reader's doubt: the user has looked."""
        for field, value_of in _CORRECTABLE.items():
            if value_of(now) != value_of(self._contact):
                self._labels[field].set_low_confidence(False)
                self._fields[field].setToolTip("")

    def _field_of(self, widget: QWidget | None) -> str | None:
        if widget is None:
            return None
        for field, top in self._fields.items():
            if top is widget or top.isAncestorOf(widget):
                return field
        return None

    def _focus_changed(self, old: QWidget | None, now: QWidget | None) -> None:
        """Leaving a field finishes its edit; entering one tells the card view which it is."""
        left, entered = self._field_of(old), self._field_of(now)
        if left is not None and left != entered:
            self._commit()
        if entered is not None and entered != left and now is not None:
            self._scroll.ensureWidgetVisible(now)
            self.field_focused.emit(entered)

    def _phone_rows_changed(self) -> None:
        """Rows come and go, so the Phones mnemonic and Tab must find the current ones."""
        self._labels["phone"].label.setBuddy(self._phones.rows()[0].number)
        chain: list[QWidget] = [
            self._name,
            *self._reading.lines(),
            self._title,
            self._company,
            self._emails,
            *self._phones.focus_chain(),
            self._websites,
            *self._address.focus_chain(),
            self._event,
            self._met_on,
            self._clear_met_on,
            self._interested_in,
            self._notes,
            self._tags,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _show_clear_met_on(self) -> None:
        self._clear_met_on.setVisible(self._met_on.value() is not None)

    def _clear_met_on_date(self) -> None:
        self._met_on.set_value(None)
        self._met_on.setFocus(Qt.FocusReason.OtherFocusReason)
        self._commit()


def _needs_reading(name: str) -> bool:
    """Whether ``name`` has a letter outside the Latin script (山田, Иванов, Παπαδόπουλος)."""
    return any(
        char.isalpha() and not unicodedata.name(char, "").startswith("LATIN") for char in name
    )


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]
