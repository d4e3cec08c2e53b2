"""Line text that remembers which OCR word each character came from.

Cleanup rewrites text (joins ``anna . mueller @ example . de``, drops icons),
yet every field must still name the words it was read from so the review pane
can draw their boxes. ``MappedText`` carries a word index per character through
every rewrite, so a match in the cleaned text maps straight back to words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from cardkeeper.reading.words import Line

NO_WORD = -1
"""Owner of characters that belong to no word (the spaces joining words)."""


@dataclass(frozen=True)
class MappedText:
    text: str
    owners: tuple[int, ...]
    """One word index per character of ``text`` (``NO_WORD`` for joining spaces)."""

    @classmethod
    def from_line(cls, line: Line) -> MappedText:
        text: list[str] = []
        owners: list[int] = []
        for position, (word, index) in enumerate(zip(line.words, line.word_indexes, strict=True)):
            if position:
                text.append(" ")
                owners.append(NO_WORD)
            text.append(word.text)
            owners.extend([index] * len(word.text))
        return cls("".join(text), tuple(owners))

    def sub(
        self, pattern: re.Pattern[str], repl: str | Callable[[re.Match[str]], str]
    ) -> MappedText:
        """``re.sub`` that keeps owners: new text takes the owner of the first word it replaces."""
        parts: list[str] = []
        owners: list[int] = []
        end = 0
        for match in pattern.finditer(self.text):
            parts.append(self.text[end : match.start()])
            owners.extend(self.owners[end : match.start()])
            new = match.expand(repl) if isinstance(repl, str) else repl(match)
            span_owners = [o for o in self.owners[match.start() : match.end()] if o != NO_WORD]
            owner = span_owners[0] if span_owners else NO_WORD
            parts.append(new)
            owners.extend([owner] * len(new))
            end = match.end()
        parts.append(self.text[end:])
        owners.extend(self.owners[end:])
        return MappedText("".join(parts), tuple(owners))

    def overwrite(self, start: int, new: str) -> MappedText:
        """``new`` in place of as many characters at ``start``, each keeping its owner."""
        end = start + len(new)
        return MappedText(self.text[:start] + new + self.text[end:], self.owners)

    def slice(self, start: int, end: int) -> MappedText:
        return MappedText(self.text[start:end], self.owners[start:end])

    def strip(self, chars: str | None = None) -> MappedText:
        left = len(self.text) - len(self.text.lstrip(chars))
        right = len(self.text.rstrip(chars))
        return self.slice(left, max(left, right))

    def indexes(self, start: int = 0, end: int | None = None) -> tuple[int, ...]:
        """The word indexes behind ``text[start:end]``, sorted, without duplicates."""
        span = self.owners[start:end]
        return tuple(sorted({o for o in span if o != NO_WORD}))


def lexicon(words: str) -> frozenset[str]:
    """A word list written as whitespace-separated text, the readable way to keep long lexicons."""
    return frozenset(words.split())


def one_edit(a: str, b: str) -> bool:
    """Exactly one letter added, dropped or changed: what OCR most often does to a word it
    half reads, and so how near a reading must be to a spelling the card prints elsewhere."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    shorter, longer = sorted((a, b), key=len)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def one_changed(a: str, b: str, least: int) -> bool:
    """Exactly one letter changed between words of ``least`` letters or more: a shorter word
    one letter off another is as often a different word."""
    return len(a) == len(b) >= least and one_edit(a, b)


def shared_start(a: str, b: str) -> int:
    """How many first letters ``a`` and ``b`` share."""
    return next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
