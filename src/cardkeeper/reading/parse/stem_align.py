"""Aligning the letters OCR read off a logo with the domain stem that spells the same name.

A wordmark is where OCR goes wrong most (outlines, boxed initials, letters cut out
of a block), and the card's e-mail or web domain usually spells the same name
(``isarconsulting.de`` under ``ISAR CONSUMING``). An edit-distance alignment
says which letters OCR got wrong, lost or added. The stem must be spelled out
entirely; whole words the card prints around it (``PEAK BUILDERS`` after the stem
``granite``) cost nothing, since a domain is often shorter than the company name.

Edits in words OCR itself was unsure of cost half: those are the letters it
garbled (``TU>~%7--`` for ``TOSCANI``), while a sure word that spells something
else is a different word.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

MAX_EDITS = 0.34
"""Weighted edits per stem letter up to which the letters spell the stem: a third of them.

The wordmarks of seed 77 that the stem put right needed 0.04-0.31 (``AERIRARI TRASPORUI``
for ``ferraritrasporti``: 0.09); ``Grand Hotel`` against ``granite`` needs 0.43."""
MIN_MATCHED = 0.55
"""Share of the stem's letters that must be read exactly: garbage OCR made of a cut-out
block (``Litol l:t re] Eo]``) is cheap to edit where every word is unsure, but spells
few of the stem's letters."""
MIN_RUN = 4
"""Stem letters a reading must get right in a row: the wordmarks of seed 77 put right
have 5 or more (``EADVI`` in ``NOQNDA NE ADVI BS``); letters matched here and there in
garbage do not."""
UNSURE_EDIT = 0.5
"""Cost of an edit in a word read below ``UNSURE_OCR`` (of a lost letter: in a garbled
one), against 1 elsewhere."""
UNSURE_OCR = 0.5
"""OCR confidence under which a word's letters are likely garbled."""


class Step(Enum):
    SAME = "same"
    CHANGED = "changed"
    """OCR read another letter than the stem's."""
    EXTRA = "extra"
    """A letter OCR read that the stem lacks (inside the aligned part)."""
    LOST = "lost"
    """A stem letter OCR did not read."""


@dataclass(frozen=True)
class Edit:
    step: Step
    letter: int
    """Index into the read letters; for ``LOST``, the boundary before which it is missing."""
    stem: int
    """Index into the stem; -1 for ``EXTRA``."""


@dataclass(frozen=True)
class Alignment:
    edits: tuple[Edit, ...]
    """Left to right, from the first aligned letter to the last."""
    cost: float
    start: int
    """First read letter of the aligned part; letters before it are the card's own."""
    end: int
    """One past the last read letter of the aligned part."""

    @property
    def matched(self) -> int:
        return sum(edit.step is Step.SAME for edit in self.edits)

    @property
    def longest_run(self) -> int:
        """The most stem letters read right one after another."""
        longest = run = 0
        for edit in self.edits:
            run = run + 1 if edit.step is Step.SAME else 0
            longest = max(longest, run)
        return longest


def align(
    letters: str,
    stem: str,
    unsure: Sequence[bool],
    breaks: frozenset[int] = frozenset(),
    garbled: frozenset[int] = frozenset(),
) -> Alignment | None:
    """The cheapest way the stem is spelled inside ``letters``, or None if it is too costly.

    ``unsure[i]`` tells whether letter ``i`` comes from a word OCR was unsure of;
    ``garbled`` are the positions in or beside an unsure word that OCR filled with signs
    (``TU>~%7--``), where stem letters OCR lost cost half too: the signs stand for them.
    ``breaks`` are the letter positions where words meet (all, when not given). The
    letters of the card around the stem are free only in whole words: the rest of a word
    the stem ends in counts as read too much (else ``AOWA`` would spell ``lagun`` plus
    three free letters, not ``laguna``). Of equally cheap ways, the one that puts lost
    letters between words is taken (``Nguyen & Sons`` lacks ``and`` between the words,
    not ``an`` inside the first).
    """
    n, m = len(letters), len(stem)
    if not n or not m:
        return None
    free = breaks or frozenset(range(n + 1))

    def edit_cost(i: int) -> float:
        return UNSURE_EDIT if unsure[i] else 1.0

    def lost_cost(boundary: int) -> float:
        return UNSURE_EDIT if boundary in garbled else 1.0

    table = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        table[i][0] = 0.0 if i in free else table[i - 1][0] + edit_cost(i - 1)
    for j in range(1, m + 1):
        table[0][j] = table[0][j - 1] + lost_cost(0)
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            same = letters[i - 1] == stem[j - 1]
            table[i][j] = min(
                table[i - 1][j - 1] + (0.0 if same else edit_cost(i - 1)),
                table[i - 1][j] + edit_cost(i - 1),
                table[i][j - 1] + lost_cost(i),
            )
    rest = [0.0] * (n + 1)
    for i in range(n - 1, -1, -1):
        rest[i] = 0.0 if i in free else rest[i + 1] + edit_cost(i)
    end = min(range(n + 1), key=lambda i: (table[i][m] + rest[i], -i))
    cost = table[end][m] + rest[end]
    edits: list[Edit] = []
    i, j = end, m
    while j > 0:
        if i in breaks and table[i][j] == table[i][j - 1] + lost_cost(i):
            edits.append(Edit(Step.LOST, i, j - 1))
            j -= 1
            continue
        if i > 0:
            same = letters[i - 1] == stem[j - 1]
            diagonal = table[i - 1][j - 1] + (0.0 if same else edit_cost(i - 1))
            if table[i][j] == diagonal:
                edits.append(Edit(Step.SAME if same else Step.CHANGED, i - 1, j - 1))
                i, j = i - 1, j - 1
                continue
            if table[i][j] == table[i - 1][j] + edit_cost(i - 1):
                edits.append(Edit(Step.EXTRA, i - 1, -1))
                i -= 1
                continue
        edits.append(Edit(Step.LOST, i, j - 1))
        j -= 1
    edits.reverse()
    found = Alignment(tuple(edits), cost, i, end)
    if cost > MAX_EDITS * m or found.matched < MIN_MATCHED * m:
        return None
    if found.longest_run < min(MIN_RUN, (m + 1) // 2):
        return None
    return found
