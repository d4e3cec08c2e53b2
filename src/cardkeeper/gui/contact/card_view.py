"""The card image with the words OCR found on it, for checking a contact against its card.

The review pane shows the flattened card with a box on every word so the user
can see what the reader saw: words it was unsure of stand out, the words a
field was read from light up, and picking words on the card is the quickest way
to fix a field the reader got wrong.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import groupby
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QImageReader,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QRubberBand,
    QWidget,
)

from cardkeeper.gui.contact import word_keys
from cardkeeper.gui.contact.word_hits import word_under
from cardkeeper.store.card_images import StoredWord

LOW_CONFIDENCE = 0.6
"""Below this OCR confidence a word is drawn in amber: worth a second look."""
MAX_ZOOM = 8.0
"""Zoom is relative to fitting the card in the view; 8x reads the smallest print."""
ZOOM_STEP = 1.25
"""One wheel notch or one press of zoom in/out."""

_AMBER = QColor(230, 140, 0)
_HIGHLIGHT_ALPHA = 90
"""About 35%: the field's words light up while staying readable."""
_BOX_PADDING = 2
"""Image pixels around a word's box, so outlines do not cut into the letters."""
_HIT_SLOP = 4
"""Viewport pixels a click may miss a word by and still pick it."""
_FIT_MARGIN = 8
"""Viewport pixels of background around the fitted card, so its edge shows."""
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CardView(QGraphicsView):
    """One side of a card with its OCR word boxes; zoom, pan and pick words.

    A left click picks the word under the cursor, a left drag picks every word
    its rubber band touches, Shift adds to the picked words and Ctrl toggles a
    word in or out; a click on empty card or Escape clears them. Wheel (with or
    without Ctrl) zooms around the cursor, the middle button drags the card
    around. Picked and highlighted words stay drawn when word boxes are hidden,
    since they are what the user is working with.

    From the keyboard a ring marks the focused word, once the focus came by Tab
    or a key (not after a click); the keys are in :mod:`word_keys`.

    Signals:
        words_picked(list[int]): the user picked words (click, drag, right
            click, keys) or cleared them (click on empty card, Escape,
            :meth:`clear_selection`); indexes into the words given to
            :meth:`show_card`, in reading order, empty when cleared.
        zoom_changed(float): the zoom changed; 1.0 is the card fitted in view,
            :data:`MAX_ZOOM` the most.
    """

    words_picked = Signal(list)
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._words: list[StoredWord] = []
        self._items: list[QGraphicsRectItem] = []
        self._image: QGraphicsPixmapItem | None = None
        self._selected: set[int] = set()
        self._highlighted: set[int] = set()
        self._words_visible = True
        self._zoom = 1.0
        self._press: QPoint | None = None
        self._press_modifiers = Qt.KeyboardModifier.NoModifier
        self._selected_at_press: set[int] = set()
        self._pan_from: QPoint | None = None
        self._cursor = word_keys.WordCursor()
        self._ring_wanted = False
        self._rubber_band = QRubberBand(QRubberBand.Shape.Rectangle, self.viewport())
        self._apply_background()
        self.show_card(None, [])

    # Showing a card

    def show_card(self, image_path: Path | None, words: Sequence[StoredWord]) -> None:
        """Show the image at ``image_path`` fitted in view, with a box on each word.

        Word boxes are in the image's pixels. Without a path, or when the file
        cannot be read, a grey line of text says so instead of an empty grey area.
        Picked and highlighted words are dropped without a ``words_picked``:
        they belonged to the card shown before.
        """
        scene = self.scene()
        scene.clear()
        self._items = []
        self._image = None
        self._selected = set()
        self._highlighted = set()
        self._cursor.reset([])
        self.setToolTip("")
        image = None
        if image_path is not None:
            reader = QImageReader(str(image_path))
            reader.setAutoTransform(True)
            image = reader.read()
            if image.isNull():
                self.setToolTip(f"{image_path}: {reader.errorString()}")
                image = None
        if image is None:
            self._words = []
            text = (
                self.tr("No card image")
                if image_path is None
                else self.tr("Could not read the card image")
            )
            self._show_message(text)
            if self._zoom != 1.0:
                self._zoom = 1.0
                self.zoom_changed.emit(1.0)
            return
        self._words = list(words)
        self._cursor.reset([stored.word for stored in self._words])
        self._image = scene.addPixmap(QPixmap.fromImage(image))
        self._image.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        scene.setSceneRect(QRectF(image.rect()))
        for stored in self._words:
            box = stored.word.box
            item = scene.addRect(
                QRectF(box.left, box.top, box.width, box.height).adjusted(
                    -_BOX_PADDING, -_BOX_PADDING, _BOX_PADDING, _BOX_PADDING
                )
            )
            item.setZValue(1)
            if stored.word.confidence < LOW_CONFIDENCE:
                item.setToolTip(
                    self.tr("Not sure this says “{word}” ({confidence:.0%})").format(
                        word=stored.word.text, confidence=stored.word.confidence
                    )
                )
            self._items.append(item)
        self._restyle()
        self._set_zoom(1.0)

    def _show_message(self, text: str) -> None:
        message = self.scene().addSimpleText(text)
        font = message.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        message.setFont(font)
        message.setBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))
        self.scene().setSceneRect(message.boundingRect())
        self.setTransform(QTransform())

    def has_image(self) -> bool:
        return self._image is not None

    def word_item(self, index: int) -> QGraphicsRectItem:
        """The box drawn for word ``index``, so callers and tests can see how it is drawn."""
        return self._items[index]

    def current_word(self) -> int | None:
        """The word the keyboard's focus is on, ringed while the view has the focus."""
        return self._cursor.current

    # Word boxes and highlights

    def set_words_visible(self, visible: bool) -> None:
        """Show or hide the word boxes; picked and highlighted words stay drawn."""
        self._words_visible = visible
        self._restyle()

    def words_visible(self) -> bool:
        return self._words_visible

    def highlight_field(self, field: str | None) -> None:
        """Light up the words the reader read into ``field``; None lights up none."""
        self.highlight_words(
            i for i, stored in enumerate(self._words) if field and stored.field == field
        )

    def highlight_words(self, indexes: Iterable[int]) -> None:
        """Light up these words (indexes into the words shown), instead of any before."""
        self._highlighted = {i for i in indexes if 0 <= i < len(self._items)}
        self._restyle()

    def _restyle(self) -> None:
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        for index, item in enumerate(self._items):
            selected = index in self._selected
            highlighted = index in self._highlighted
            if selected:
                pen = QPen(highlight.darker(130), 2.5)
            elif self._words[index].word.confidence < LOW_CONFIDENCE:
                pen = QPen(_AMBER, 1.5)
            else:
                pen = QPen(_with_alpha(highlight, 150), 1)
            pen.setCosmetic(True)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            item.setPen(pen)
            if highlighted:
                item.setBrush(_with_alpha(highlight, _HIGHLIGHT_ALPHA))
            elif selected:
                item.setBrush(_with_alpha(highlight, 40))
            else:
                item.setBrush(Qt.BrushStyle.NoBrush)
            item.setVisible(self._words_visible or selected or highlighted)
            item.setZValue(2 if selected else 1)

    def changeEvent(self, event: QEvent) -> None:
        """Follow the desktop's colours when they change (light to dark theme)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_background()
            self._restyle()

    def _apply_background(self) -> None:
        self.setBackgroundBrush(QBrush(self.palette().color(QPalette.ColorRole.Window).darker(115)))

    # Picking words

    def selected_indexes(self) -> list[int]:
        """The picked words, in reading order."""
        return sorted(self._selected, key=self._reading_key)

    def selected_text(self) -> str:
        """The picked words as text: words of one line joined by a space, lines by a newline."""
        lines = groupby(self.selected_indexes(), key=lambda i: self._reading_key(i)[:3])
        return "\n".join(" ".join(self._words[i].word.text for i in line) for _, line in lines)

    def clear_selection(self) -> None:
        """Unpick all words and say so with ``words_picked([])``."""
        self._selected = set()
        self._restyle()
        self.words_picked.emit([])

    def _reading_key(self, index: int) -> tuple[int, int, int, int]:
        return word_keys.reading_key(self._words[index].word)

    def _word_at(self, position: QPoint) -> int | None:
        """The word under ``position`` (viewport pixels), or the nearest within a few pixels."""
        slop = QRect(position, QSize()).adjusted(-_HIT_SLOP, -_HIT_SLOP, _HIT_SLOP, _HIT_SLOP)
        hits = self._words_in(slop)
        if not hits:
            return None
        near = {index: (self._words[index].word, self._items[index].rect()) for index in hits}
        return word_under(near, self.mapToScene(position))

    def _words_in(self, area: QRect) -> set[int]:
        """Words whose box touches ``area`` (viewport pixels), shown or not."""
        scene_area = self.mapToScene(area).boundingRect()
        return {i for i, item in enumerate(self._items) if item.rect().intersects(scene_area)}

    def _pick(self, hits: set[int]) -> None:
        """Combine ``hits`` with the words picked before the press, as the modifiers say."""
        if self._press_modifiers & Qt.KeyboardModifier.ControlModifier:
            selected = self._selected_at_press ^ hits
        elif self._press_modifiers & Qt.KeyboardModifier.ShiftModifier:
            selected = self._selected_at_press | hits
        else:
            selected = hits
        if selected != self._selected:  # a drag calls this on every mouse move
            self._selected = selected
            self._restyle()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        position = event.position().toPoint()
        self._ring_wanted = False  # a click hides the ring, as in a list; a key shows it again
        self.viewport().update()
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = position
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        elif event.button() == Qt.MouseButton.LeftButton and self._image is not None:
            self._press = position
            self._press_modifiers = event.modifiers()
            self._selected_at_press = set(self._selected)
        elif event.button() == Qt.MouseButton.RightButton:
            # A right click on a word not yet picked picks it, so the context
            # menu that follows acts on what is under the cursor.
            word = self._word_at(position)
            self._cursor.place(word)
            if word is not None and word not in self._selected:
                self._selected = {word}
                self._restyle()
                self.words_picked.emit(self.selected_indexes())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        position = event.position().toPoint()
        if self._pan_from is not None:
            delta = position - self._pan_from
            self._pan_from = position
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
        elif self._press is not None:
            if (
                self._rubber_band.isVisible()
                or (position - self._press).manhattanLength() >= QApplication.startDragDistance()
            ):
                band = QRect(self._press, position).normalized()
                self._rubber_band.setGeometry(band)
                self._rubber_band.show()
                self._pick(self._words_in(band))
        elif self._word_at(position) is not None:
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.viewport().unsetCursor()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton and self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
        elif event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            if self._rubber_band.isVisible():
                self._rubber_band.hide()
            else:
                word = self._word_at(self._press)
                self._pick(set() if word is None else {word})
                self._cursor.place(word)
            self._press = None
            self.words_picked.emit(self.selected_indexes())
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """A quick second click is another click: picking must not depend on click speed."""
        self.mousePressEvent(event)

    def event(self, event: QEvent) -> bool:
        """Keep Enter while words are picked: it opens their menu, not the window's Enter."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER_KEYS
            and self._selected
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, current = event.key(), self._cursor.current
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        menu_keys = key == Qt.Key.Key_Menu or (key == Qt.Key.Key_F10 and shift)
        if key in word_keys.MOVE_KEYS and current is not None:
            self._pick_by_key(self._cursor.move(Qt.Key(key), self._selected, extend=shift))
            self.ensureVisible(self._items[self._cursor.current or 0].rect(), 16, 16)
        elif key == Qt.Key.Key_Space and current is not None:
            self._cursor.place(current)
            self._pick_by_key(self._selected ^ {current})
        elif event.matches(QKeySequence.StandardKey.SelectAll) and current is not None:
            self._pick_by_key(set(self._cursor.order))
        elif menu_keys or (key in _ENTER_KEYS and self._selected):
            self._ask_for_menu()
        elif key == Qt.Key.Key_Escape and self._selected:
            self.clear_selection()
        else:
            super().keyPressEvent(event)

    def _pick_by_key(self, picked: set[int]) -> None:
        self._ring_wanted = True
        self.viewport().update()
        if picked != self._selected:
            self._selected = picked
            self._restyle()
            self.words_picked.emit(self.selected_indexes())

    def _ask_for_menu(self) -> None:
        """Send the context menu event a right click would, at the foot of the focused word."""
        current = self._cursor.current
        if not self._selected and current is not None:
            self._pick_by_key({current})
        word = QRectF() if current is None else self._items[current].rect()
        point = word_keys.menu_point(self.viewport().rect(), self.mapFromScene(word).boundingRect())
        global_point = self.viewport().mapToGlobal(point)
        reason = QContextMenuEvent.Reason.Keyboard
        QApplication.sendEvent(self.viewport(), QContextMenuEvent(reason, point, global_point))

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Ring the focused word when Tab came here (the ring shows while the view has focus)."""
        super().focusInEvent(event)
        tab = event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
        self._ring_wanted |= tab

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        super().drawForeground(painter, rect)
        current = self._cursor.current
        if self._ring_wanted and self.hasFocus() and current is not None:
            word = self.mapFromScene(self._items[current].rect()).boundingRect()
            word_keys.draw_focus_ring(painter, word, self.palette())

    # Zoom

    def zoom(self) -> float:
        """How far the card is zoomed in: 1.0 is fitted in view, :data:`MAX_ZOOM` the most."""
        return self._zoom

    def zoom_in(self) -> None:
        self._set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self._zoom / ZOOM_STEP)

    def fit(self) -> None:
        """Fit the whole card in view; it stays fitted as the view is resized."""
        self._set_zoom(1.0)

    def wheelEvent(self, event: QWheelEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.ControlModifier
        steps = event.angleDelta().y() / 120
        if self._image is None or modifiers or not steps:
            super().wheelEvent(event)
            return
        self._set_zoom(self._zoom * ZOOM_STEP**steps, event.position())
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._image is not None:
            self._set_zoom(self._zoom)

    def _fit_scale(self) -> float:
        """The scale that shows the whole card, measured without scroll bars so it stays put."""
        size = self.maximumViewportSize()
        rect = self.sceneRect()
        return max(
            min(
                (size.width() - 2 * _FIT_MARGIN) / rect.width(),
                (size.height() - 2 * _FIT_MARGIN) / rect.height(),
            ),
            0.01,
        )

    def _set_zoom(self, zoom: float, anchor: QPointF | None = None) -> None:
        """Zoom to ``zoom`` x fit, keeping the card point under ``anchor`` (viewport) in place."""
        if self._image is None:
            return
        zoom = min(max(zoom, 1.0), MAX_ZOOM)
        if abs(zoom - 1.0) < 1e-6:
            zoom = 1.0
        anchor_point = (anchor or QPointF(self.viewport().rect().center())).toPoint()
        scene_point = self.mapToScene(anchor_point)
        scale = self._fit_scale() * zoom
        self.setTransform(QTransform.fromScale(scale, scale))
        moved = self.mapFromScene(scene_point) - anchor_point
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + moved.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + moved.y())
        if zoom != self._zoom:
            self._zoom = zoom
            self.zoom_changed.emit(zoom)


def _with_alpha(color: QColor, alpha: int) -> QColor:
    translucent = QColor(color)
    translucent.setAlpha(alpha)
    return translucent
