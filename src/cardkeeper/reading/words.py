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
