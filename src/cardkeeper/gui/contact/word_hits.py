"""Which of a card's words the pointer is on, where their boxes overlap.

Boxes overlap on busy cards (a logo read as a word, its box around the name
printed over it): a box around other words' boxes is taken only where no other
word is near, and of the rest the one whose box is nearest the pointer (the
smallest, where several hold it) is under the pointer.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QPointF, QRectF

from cardkeeper.reading.words import Word


def word_under(hits: Mapping[int, tuple[Word, QRectF]], point: QPointF) -> int:
    """The index among ``hits`` (index → word and its drawn box, near ``point``) to pick."""

    def closeness(index: int) -> tuple[bool, float, float]:
        word, rect = hits[index]
        around_others = any(rect.contains(other[1]) for i, other in hits.items() if i != index)
        box = word.box
        dx = max(box.left - point.x(), 0.0, point.x() - (box.left + box.width))
        dy = max(box.top - point.y(), 0.0, point.y() - (box.top + box.height))
        return around_others, dx * dx + dy * dy, box.width * box.height

    return min(hits, key=closeness)
