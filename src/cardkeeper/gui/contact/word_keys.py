"""Picking a card's words from the keyboard: where the focus goes, and the ring that marks it.

The card view rings the focused word while it has the focus by Tab or a key, not
after a click, as a list shows its focus frame. Space picks or unpicks the focused
word, Ctrl+A picks all, Escape unpicks all. The Menu key, Shift+F10 and, while
words are picked, Enter ask for the "Use as…" menu at the focused word (picking it
first when nothing is picked, as a right click picks the word under the pointer).
Left and Right follow the reading order the reader gave the words, so a name or an
address is walked word by word as it reads; Home and End go to the first and last
word. Up and Down follow the card as it looks: lines on a card sit in columns and
blocks that reading order jumps between, and Down means the word printed under
this one. Shift with a move picks every word from where the moves started to the
focused word in reading order, as Shift+arrows select text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen

from cardkeeper.reading.words import Word

MOVE_KEYS = frozenset(
    {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down}
    | {Qt.Key.Key_Home, Qt.Key.Key_End}
)
_RING_GAP = 1
"""Viewport pixels between a word's box and the ring around it."""
_HALO_ALPHA = 120
"""Faint enough that the halo over a close neighbour's letters leaves them readable."""


def reading_key(word: Word) -> tuple[int, int, int, int]:
    """Sorts words in reading order: block, paragraph, line, then left to right."""
    return word.block, word.paragraph, word.line, word.box.left


class WordCursor:
    """The word the keyboard's focus is on, and where a Shift+move started picking from."""

    def __init__(self) -> None:
        self.current: int | None = None
        self.order: list[int] = []
        """Indexes into the words, in reading order."""
        self._words: list[Word] = []
        self._anchor: int | None = None
        self._picked_at_anchor: set[int] = set()

    def reset(self, words: Sequence[Word]) -> None:
        """Another card's words: the focus starts on the first in reading order."""
        self._words = list(words)
        self.order = sorted(range(len(words)), key=lambda index: reading_key(words[index]))
        self.current = self.order[0] if self.order else None
        self._anchor = None

    def place(self, index: int | None) -> None:
        """The user clicked ``index`` (None: no word) or picked by hand: moves start afresh."""
        self.current = self.current if index is None else index
        self._anchor = None

    def move(self, key: Qt.Key, picked: set[int], extend: bool) -> set[int]:
        """Move the focus as ``key`` (one of :data:`MOVE_KEYS`) says; the words picked after.

        They change only with ``extend``: the words picked when the Shift+moves
        started, and every word from there to the focused word in reading order.
        """
        start = self.current
        assert start is not None, "no word to move from: the card has none"
        at = self.order.index(start)
        if key == Qt.Key.Key_Left:
            to: int | None = self.order[max(at - 1, 0)]
        elif key == Qt.Key.Key_Right:
            to = self.order[min(at + 1, len(self.order) - 1)]
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            to = self.order[0 if key == Qt.Key.Key_Home else -1]
        else:
            to = word_on_next_line(self._words, start, down=key == Qt.Key.Key_Down)
        self.current = start if to is None else to
        if not extend:
            self._anchor = None
            return picked
        if self._anchor is None:
            self._anchor, self._picked_at_anchor = start, set(picked)
        ends = sorted((self.order.index(self._anchor), self.order.index(self.current)))
        return self._picked_at_anchor | set(self.order[ends[0] : ends[1] + 1])


def word_on_next_line(words: Sequence[Word], index: int, down: bool) -> int | None:
    """The word on the nearest line below (``down``) or above word ``index``, nearest across.

    A word is on another line when its middle is more than half this word's height
    above or below this word's middle; the nearest such line is the words that
    straddle the middle of the nearest of them. None when there is no line there.
    """
    here = words[index].box
    middle = here.top + here.height / 2
    sign = 1 if down else -1

    def away(other: int) -> float:
        box = words[other].box
        return sign * (box.top + box.height / 2 - middle)

    beyond = [other for other in range(len(words)) if away(other) > here.height / 2]
    if not beyond:
        return None
    nearest = words[min(beyond, key=away)].box
    line_middle = nearest.top + nearest.height / 2
    line = [i for i in beyond if words[i].box.top <= line_middle <= words[i].box.bottom]
    centre = here.left + here.width / 2

    def across(other: int) -> tuple[float, float]:
        box = words[other].box
        gap = max(box.left - centre, 0.0, centre - box.right)
        return gap, abs(box.left + box.width / 2 - centre)

    return min(line, key=across)


def menu_point(viewport: QRect, word: QRect) -> QPoint:
    """Where a menu asked for from the keyboard opens: under the focused word's left end
    where it shows, else (an empty ``word`` too) amid the card."""
    shown = viewport & word
    return shown.bottomLeft() if shown.isValid() else viewport.center()


def draw_focus_ring(painter: QPainter, word: QRect, palette: QPalette) -> None:
    """Ring ``word`` (device pixels) in the highlight colour, clear of a picked word's box.

    A faint halo in the colour of text on the highlight keeps the ring seen on a dark
    card too; faint, so where words sit close the neighbour's letters still read.
    """
    ring = QRectF(word).adjusted(-_RING_GAP, -_RING_GAP, _RING_GAP, _RING_GAP)
    halo = palette.color(QPalette.ColorRole.HighlightedText)
    halo.setAlpha(_HALO_ALPHA)
    painter.save()
    painter.resetTransform()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for color, width in ((halo, 4.0), (palette.color(QPalette.ColorRole.Highlight), 2.0)):
        painter.setPen(QPen(color, width))
        painter.drawRoundedRect(ring, 3, 3)
    painter.restore()
