"""The card part of the contact pane: the cards, their sides, zoom, and picking words for a field.

Fixing a field by picking its words on the card is quicker and surer than
retyping them, so the panel turns picked words into a field assignment; the
contact pane decides what to do with it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cardkeeper.gui.common.translation import QT_TRANSLATE_NOOP
from cardkeeper.gui.contact.card_view import MAX_ZOOM, CardView
from cardkeeper.store.card_images import CardDetails, ImageRole, Side, StoredImage, StoredWord

FIELDS = (
    ("name", QT_TRANSLATE_NOOP("card_panel", "&Name")),
    ("title", QT_TRANSLATE_NOOP("card_panel", "&Title")),
    ("company", QT_TRANSLATE_NOOP("card_panel", "&Company")),
    ("email", QT_TRANSLATE_NOOP("card_panel", "&Email")),
    ("phone", QT_TRANSLATE_NOOP("card_panel", "&Phone")),
    ("website", QT_TRANSLATE_NOOP("card_panel", "&Website")),
    ("address", QT_TRANSLATE_NOOP("card_panel", "&Address")),
    ("notes", QT_TRANSLATE_NOOP("card_panel", "N&otes")),
    ("interested_in", QT_TRANSLATE_NOOP("card_panel", "&Interested in")),
)
"""The fields picked words can be used as, with their menu labels."""
MULTI_LINE_FIELDS = frozenset({"address", "notes"})
"""Fields that keep the picked lines apart; the others get them on one line."""
_PICK_HINT = QT_TRANSLATE_NOOP("card_panel", "Click or drag over words to use them in a field")


@dataclass(frozen=True)
class ShownCard:
    """The side of the card shown: its flattened image and words, and the photo it came from."""

    side: Side
    flattened: StoredImage
    original: StoredImage | None
    """None for a card saved without its photo (a BMP, a vCard's photo)."""
    words: list[StoredWord]
    card: int = 1
    """Which of the contact's cards (1, 2, …): a contact merged from two cards holds both."""


class CardPanel(QWidget):
    """A contact's cards: which card, front or back, word boxes, zoom, and "use these words
    as" a field.

    A contact holding several cards (two cards of one person, merged) shows one at a
    time, with "Card 1 of 2" and previous and next buttons (Page Up, Page Down) beside
    the sides; with one card they are hidden.

    Picked words show in a bar under the card with a "Use as…" menu, which
    also opens at the cursor on a right click on the card, and at the focused
    word on the Menu key, Shift+F10 or Enter; with nothing picked the bar says
    how to pick.

    Signals:
        assign(str, str): the user chose to use the picked words as a field;
            the field ("name", "title", "company", "email", "phone", "website",
            "address", "notes" or "interested_in") and the words' text, lines
            joined by a newline for address and notes, by a space otherwise.
        crop_requested(): the user asked to crop and turn the shown side on its
            original photo and read it again (:meth:`shown_card`).
    """

    assign = Signal(str, str)
    crop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = CardView(self)
        self.view.setAccessibleName(self.tr("Business card"))
        self.view.setAccessibleDescription(
            self.tr(
                "Arrow keys move between words, Space picks a word, Shift+arrows pick along, "
                "Enter or the Menu key uses the picked words as a field, Esc unpicks them"
            )
        )
        self._sides: dict[tuple[int, Side], tuple[StoredImage, list[StoredWord]]] = {}
        self._originals: dict[tuple[int, Side], StoredImage] = {}
        self._cards: list[int] = []
        self._card = 1
        self._side = Side.FRONT
        self._field: str | None = None

        self._front = self._action(self.tr("Front"), self.tr("Show the front of the card"), ["F"])
        self._back = self._action(self.tr("Back"), self.tr("Show the back of the card"), ["B"])
        sides = QActionGroup(self)
        for action in (self._front, self._back):
            action.setCheckable(True)
            sides.addAction(action)
        self._front.triggered.connect(lambda: self._show_side(Side.FRONT))
        self._back.triggered.connect(lambda: self._show_side(Side.BACK))
        self._previous_card = self._action(
            "‹", self.tr("Show the previous card"), [QKeySequence.StandardKey.MoveToPreviousPage]
        )
        self._previous_card.triggered.connect(lambda: self._step_card(-1))
        self._next_card = self._action(
            "›", self.tr("Show the next card"), [QKeySequence.StandardKey.MoveToNextPage]
        )
        self._next_card.triggered.connect(lambda: self._step_card(1))
        self.card_number = QLabel()
        self.card_number.setAccessibleName(self.tr("Card shown"))
        self._words = self._action(
            self.tr("Show words"), self.tr("Show a box around each word the reader found"), ["W"]
        )
        self._words.setCheckable(True)
        self._words.setChecked(True)
        self._words.toggled.connect(self.view.set_words_visible)
        self._zoom_out = self._action(
            "−",
            self.tr("Zoom out"),
            ["-", QKeySequence.StandardKey.ZoomOut],
            QIcon.ThemeIcon.ZoomOut,
        )
        self._zoom_out.triggered.connect(self.view.zoom_out)
        self._zoom_in = self._action(
            "+", self.tr("Zoom in"), ["+", QKeySequence.StandardKey.ZoomIn], QIcon.ThemeIcon.ZoomIn
        )
        self._zoom_in.triggered.connect(self.view.zoom_in)
        self._fit = self._action(
            self.tr("Fit"), self.tr("Fit the card in view"), ["0"], QIcon.ThemeIcon.ZoomFitBest
        )
        self._fit.triggered.connect(self.view.fit)
        self.crop_action = self._action(
            self.tr("Crop and Rotate…"),
            self.tr("See the original photo, crop and turn the card on it, and read it again"),
            ["C"],
        )
        # Its button's own words, which a translation may keep shorter than the menu item's.
        self.crop_action.setIconText(self.tr("Crop and Rotate"))
        self.crop_action.triggered.connect(self.crop_requested)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(2)
        for action in (self._front, self._back):
            toggle = self._button(action)
            # Toggles keep their button look, so an unchecked "Back" is not taken for a label.
            toggle.setAutoRaise(False)
            bar.addWidget(toggle)
        bar.addSpacing(8)
        bar.addWidget(_check_box(self._words))
        bar.addSpacing(8)
        crop = self._button(self.crop_action)
        crop.setAutoRaise(False)  # a command among toggles: looks like a button, not a label
        bar.addWidget(crop)
        bar.addStretch()
        for action in (self._zoom_out, self._zoom_in, self._fit):
            bar.addWidget(self._button(action))

        self.card_menu = QMenu(self)
        self.card_menu.addAction(self.crop_action)
        self.use_as_menu = _Menu(self)
        for field, label in FIELDS:
            self.use_as_menu.addAction(
                QCoreApplication.translate("card_panel", label)
            ).triggered.connect(self._assigner(field))
        self._picked = _ElidedLabel()
        self.use_as_button = QToolButton()
        self.use_as_button.setText(self.tr("Use as…"))
        self.use_as_button.setToolTip(
            self.tr("Use the picked words as a field (or right-click the card)")
        )
        self.use_as_button.clicked.connect(
            lambda: self._popup_menu(
                self.use_as_button.mapToGlobal(QPoint(0, self.use_as_button.height()))
            )
        )
        self._clear = QToolButton()
        self._clear.setText("✕")
        self._clear.setAutoRaise(True)
        self._clear.setToolTip(self.tr("Unpick the words (Esc)"))
        self._clear.clicked.connect(self.view.clear_selection)
        pick_bar = QHBoxLayout()
        pick_bar.setContentsMargins(0, 0, 0, 0)
        pick_bar.addWidget(self._picked, 1)
        pick_bar.addWidget(self.use_as_button)
        pick_bar.addWidget(self._clear)

        # Under the card, as a pager under a photo: the bar above has no room left in a
        # narrow pane, and a contact with one card (most) does without it.
        self._card_switch = QWidget()
        switch = QHBoxLayout(self._card_switch)
        switch.setContentsMargins(0, 0, 0, 0)
        switch.setSpacing(4)
        switch.addStretch()
        arrows = (
            (self._previous_card, self.tr("Show the previous card")),
            (self._next_card, self.tr("Show the next card")),
        )
        for number, (action, name) in enumerate(arrows):
            arrow = self._button(action)
            font = arrow.font()
            font.setPointSizeF(font.pointSizeF() * 1.5)  # a target bigger than a thin glyph
            arrow.setFont(font)
            arrow.setAccessibleName(name)  # not "single left-pointing angle quotation mark"
            switch.addWidget(arrow)
            if number == 0:
                switch.addWidget(self.card_number)
        switch.addStretch()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self._card_switch)
        layout.addLayout(pick_bar)

        self.view.words_picked.connect(self._on_words_picked)
        self.view.zoom_changed.connect(self._update_actions)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(
            lambda position: self._popup_menu(self.view.viewport().mapToGlobal(position))
        )
        self.show_details(None)

    def _action(
        self,
        text: str,
        tip: str,
        shortcuts: list[str | QKeySequence.StandardKey],
        icon: QIcon.ThemeIcon | None = None,
    ) -> QAction:
        """An action whose shortcuts work while the focus is in the panel, named in its tooltip.

        Without a theme icon its button shows ``text``, so it stays short.
        """
        action = QAction(text, self)
        if icon is not None and QIcon.hasThemeIcon(icon):
            action.setIcon(QIcon.fromTheme(icon))
        action.setShortcuts([QKeySequence(shortcut) for shortcut in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({keys})")
        self.addAction(action)
        return action

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        return button

    def _assigner(self, field: str) -> Callable[[], None]:
        return lambda: self._assign(field)

    # Showing a contact's card

    def show_details(self, details: CardDetails | None, *, keep_place: bool = False) -> None:
        """Show the front of the first card the reader left with a contact, or say there is none.

        With ``keep_place`` (the same contact shown again after a change, such as a
        side read again) the card and side shown stay, if the contact still has them.
        """
        images = details.images if details else []
        words = details.words if details else {}
        place = (self._card, self._side)
        self._sides = {}
        self._originals = {}
        for image in images:
            key = (image.card, image.side)
            if image.role is ImageRole.FLATTENED and key not in self._sides:
                self._sides[key] = (image, words.get(image.id, []))
            elif image.role is ImageRole.ORIGINAL:
                self._originals.setdefault(key, image)
        self._cards = sorted({card for card, _ in self._sides})
        self._card_switch.setVisible(len(self._cards) > 1)
        if keep_place and place in self._sides:
            self._show_card(place[0], place[1])
        else:
            self._show_card(self._cards[0] if self._cards else 1)

    def highlight_field(self, field: str | None) -> None:
        """Light up the words ``field`` was read from, on whichever side is shown."""
        self._field = field
        self.view.highlight_field(field)

    def shown_side(self) -> Side:
        return self._side

    def shown_card_number(self) -> int:
        """Which of the contact's cards is shown: 1, 2, …"""
        return self._card

    def card_count(self) -> int:
        return len(self._cards)

    def shown_card(self) -> ShownCard | None:
        """The side shown, for cropping it by hand; None when the contact has no card."""
        key = (self._card, self._side)
        if key not in self._sides:
            return None
        image, words = self._sides[key]
        return ShownCard(self._side, image, self._originals.get(key), words, self._card)

    def _step_card(self, step: int) -> None:
        if self._card in self._cards:
            index = self._cards.index(self._card) + step
            if 0 <= index < len(self._cards):
                self._show_card(self._cards[index])

    def _show_card(self, card: int, side: Side | None = None) -> None:
        """Show ``card``: ``side``, or its front (its back when it has only a back)."""
        self._card = card
        sides = {side for number, side in self._sides if number == card}
        self._front.setEnabled(Side.FRONT in sides)
        self._back.setEnabled(Side.BACK in sides)
        position = self._cards.index(card) + 1 if card in self._cards else 0
        self.card_number.setText(
            self.tr("Card {number} of {count}").format(number=position, count=len(self._cards))
        )
        self._previous_card.setEnabled(position > 1)
        self._next_card.setEnabled(0 < position < len(self._cards))
        self._show_side(side or (Side.BACK if sides == {Side.BACK} else Side.FRONT))

    def _show_side(self, side: Side) -> None:
        self._side = side
        (self._front if side is Side.FRONT else self._back).setChecked(True)
        image, words = self._sides.get((self._card, side), (None, []))
        self.view.show_card(image.path if image else None, words)
        self.view.highlight_field(self._field)
        self._words.setEnabled(bool(words))
        self._on_words_picked([])
        self._update_actions()

    def _update_actions(self) -> None:
        shown = self.view.has_image()
        zoom = self.view.zoom()
        self._zoom_in.setEnabled(shown and zoom < MAX_ZOOM)
        self.crop_action.setEnabled(shown)
        self._zoom_out.setEnabled(shown and zoom > 1.0)
        self._fit.setEnabled(shown and zoom > 1.0)

    # Using picked words

    def _on_words_picked(self, indexes: list[int]) -> None:
        # The bar stays in place when nothing is picked: were it to come and
        # go, the fitted card would jump under the cursor at every pick.
        text = self.view.selected_text()
        self._picked.setText(
            f"“{text.replace(chr(10), ' · ')}”"
            if indexes
            else QCoreApplication.translate("card_panel", _PICK_HINT)
        )
        self._picked.setToolTip(text)
        self._picked.setEnabled(bool(indexes))
        self.use_as_button.setEnabled(bool(indexes))
        self._clear.setEnabled(bool(indexes))

    def _popup_menu(self, position: QPoint) -> None:
        if self.view.selected_indexes():
            self.use_as_menu.popup(position)
        elif self.crop_action.isEnabled():
            self.card_menu.popup(position)

    def _assign(self, field: str) -> None:
        text = self.view.selected_text()
        if field not in MULTI_LINE_FIELDS:
            text = " ".join(text.splitlines())
        self.view.clear_selection()
        self.assign.emit(field, text)


def _check_box(action: QAction) -> QCheckBox:
    """A check box that shows and sets a checkable action: on or off at a glance, by its
    check mark, where a pressed tool button differs from a raised one by a faint shade."""
    box = QCheckBox(action.text())
    box.setToolTip(action.toolTip())
    box.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def follow() -> None:
        box.setChecked(action.isChecked())
        box.setEnabled(action.isEnabled())

    action.changed.connect(follow)
    action.toggled.connect(follow)
    box.toggled.connect(action.setChecked)
    follow()
    return box


class _Menu(QMenu):
    """A menu whose letters are its mnemonics while it is open: the panel's one-letter
    shortcuts (C crops, W shows words) would otherwise take the C of Company and the W of
    Website, since the menu is the panel's child."""

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.text().isprintable()
            and event.text() not in ("", " ")
            and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        ):
            event.accept()
            return True
        return super().event(event)


class _ElidedLabel(QLabel):
    """One line of text that ends in "…" when the panel is too narrow, instead of widening it."""

    def __init__(self) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        text = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )
        painter.drawText(
            self.contentsRect(),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            text,
        )
