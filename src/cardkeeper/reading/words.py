"""What OCR gives us: words with boxes and confidences, grouped into lines.

The parsers work on these rather than on a flat string so that each field can
say which words it came from (the review pane draws those boxes) and so that
layout (a line right under the name, a block on the right) can guide parsing.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Box:
    left: int
    top: int
    width: int
    height: int

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height

    def union(self, other: Box) -> Box:
        left = min(self.left, other.left)
        top = min(self.top, other.top)
        return Box(
            left, top, max(self.right, other.right) - left, max(self.bottom, other.bottom) - top
        )

    def in_image(self, scale: float) -> Box:
        """This box (card pixels) in an image of the card resized by ``scale``."""
        return Box(
            *_edges(self.left * scale, self.top * scale, self.right * scale, self.bottom * scale)
        )

    def in_card(self, scale: float, dx: int = 0, dy: int = 0) -> Box:
        """This box, in an image resized by ``scale`` or in a piece of it cut out at ``(dx,
        dy)``, back in the card's pixels."""
        left, top = (self.left + dx) / scale, (self.top + dy) / scale
        return Box(*_edges(left, top, (self.right + dx) / scale, (self.bottom + dy) / scale))


def _edges(left: float, top: float, right: float, bottom: float) -> tuple[int, int, int, int]:
    """A box's edges rounded, not its size, so boxes that touch still touch."""
    return round(left), round(top), round(right) - round(left), round(bottom) - round(top)


@dataclass(frozen=True)
class Word:
    """One OCR word. ``block``/``paragraph``/``line`` are Tesseract's layout numbers."""

    text: str
    box: Box
    confidence: float
    """0.0 - 1.0."""
    block: int = 0
    paragraph: int = 0
    line: int = 0


def letter_count(words: list[Word]) -> int:
    return sum(len(word.text) for word in words)


def confidence_mass(words: list[Word]) -> float:
    """How much was read and how surely: confidence summed over the letters. Two readings
    of one image compare by it (the other way up, a line read again alone)."""
    return sum(word.confidence * len(word.text) for word in words)


def letter_confidence(words: list[Word]) -> float:
    """Confidence per letter over a reading; 0 when nothing was read."""
    letters = letter_count(words)
    return confidence_mass(words) / letters if letters else 0.0


@dataclass(frozen=True)
class Line:
    """Words that Tesseract put on one text line, left to right.

    ``word_indexes`` point into the reading's full word list, so fields built
    from a line can name the words they came from.
    """

    words: tuple[Word, ...]
    word_indexes: tuple[int, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def box(self) -> Box:
        box = self.words[0].box
        for word in self.words[1:]:
            box = box.union(word.box)
        return box

    @property
    def confidence(self) -> float:
        return sum(w.confidence for w in self.words) / len(self.words)


def group_lines(words: list[Word]) -> list[Line]:
    """Group words into lines by Tesseract's (block, paragraph, line) numbers, in reading order."""
    groups: dict[tuple[int, int, int], list[int]] = {}
    for index, word in enumerate(words):
        if word.text.strip():
            groups.setdefault((word.block, word.paragraph, word.line), []).append(index)
    lines = []
    for indexes in groups.values():
        indexes.sort(key=lambda i: words[i].box.left)
        lines.append(Line(tuple(words[i] for i in indexes), tuple(indexes)))
    return lines
