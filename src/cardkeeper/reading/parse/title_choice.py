"""The title chosen among the card's free segments: the role line beside or under the name,
run on over its next line when it is cut there."""

from __future__ import annotations

from collections.abc import Sequence

from cardkeeper.reading.fields import Field
from cardkeeper.reading.parse.companies import is_department, without_icon
from cardkeeper.reading.parse.contacts import confidence
from cardkeeper.reading.parse.labels import find_labels
from cardkeeper.reading.parse.layout import Segment, has_tagline_words, is_beside, is_right_below
from cardkeeper.reading.parse.people import Evidence
from cardkeeper.reading.words import Word

_CONTINUATION_ENDS = (" of", " &", " and", " und", " de", " et", " y", " e", ",", " -")
_CONTINUATION_STARTS = ("of ", "& ", "and ", "und ", "de ", "et ", "y ", "e ", "for ")


def _near(a: Segment, b: Segment) -> bool:
    return (
        a.line == b.line
        or is_right_below(a.box, b.box)
        or is_right_below(b.box, a.box)
        or (is_beside(a.box, b.box) and abs(a.box.left - b.box.right) < 3 * a.height)
    )


def choose_title(
    evidence: list[Evidence], words: Sequence[Word], name: Evidence | None, company: Evidence | None
) -> Field | None:
    """A role-word segment, preferring the one beside or under the name."""
    best: tuple[float, Evidence] | None = None
    for item in evidence:
        if item is name or item is company or has_tagline_words(item.segment.text.text):
            continue
        score = item.title
        if name is not None and _near(name.segment, item.segment):
            score += 0.1 if score else 0.4 * _plain_title_shape(item)
        if score >= 0.4 and (best is None or score > best[0]):
            best = (score, item)
    if best is None:
        return None
    score, item = best
    parts = [without_icon(item.segment.text, words)]
    for follower in _continuation(evidence, item, name, company):
        parts.append(follower.segment.text)
    value = " ".join(part.text for part in parts)
    indexes = tuple(sorted({index for part in parts for index in part.indexes()}))
    return Field(value, confidence(min(score, 1.0), words, indexes), indexes)


_MIN_PLAIN_TITLE_OCR = 0.7
"""A line taken as the title for its place alone must be read surely: noise sits there too."""


def _plain_title_shape(item: Evidence) -> float:
    """A short line under the name with no other role: a title without a lexicon word.

    Not a number, a contact label, a department (the labels keep units out of the title)
    or letters OCR is unsure of."""
    text = item.segment.text.text
    if item.prose or item.name or item.suffix or item.domain or not 1 <= len(text.split()) <= 5:
        return 0.0
    if (
        any(c.isdigit() for c in text)
        or find_labels(text)
        or is_department(text)
        or item.segment.confidence < _MIN_PLAIN_TITLE_OCR
        or not any(len(word) >= 3 and word.isalpha() for word in text.split())
    ):
        return 0.0
    return 1.0


_DASHES = frozenset({"-", "–", "—"})


def _continuation(
    evidence: list[Evidence], title: Evidence, name: Evidence | None, company: Evidence | None
) -> list[Evidence]:
    """The pieces the title runs on into, in reading order: another role on its line
    (``Founder - CEO``), the piece after a dash set apart (``Dy. Area Manager - CES``,
    ``TERRITORY MANAGER`` / ``- ACADEMIC``), or the next line when it is bracketed
    (``(Marketing)``) or the title breaks at a connector (``Head of`` / ``Global
    Procurement``)."""
    taken = (title, name, company)
    same_line = [
        item
        for item in evidence
        if item.segment.line == title.segment.line
        and item not in taken
        and item.title
        and item.segment.box.left > title.segment.box.left
    ]
    if same_line:
        return sorted(same_line, key=lambda item: item.segment.box.left)
    after_dash = _after_dash(evidence, title, taken)
    if after_dash is not None:
        return [after_dash]
    for item in evidence:
        below = is_right_below(title.segment.box, item.segment.box)
        if item in taken or not below:
            continue
        text = item.segment.text.text
        bracketed = text.startswith("(") and text.endswith(")")
        if (
            bracketed
            or title.segment.text.text.endswith(_CONTINUATION_ENDS)
            or text.startswith(_CONTINUATION_STARTS)
        ):
            return [item]
    return []


def _after_dash(
    evidence: list[Evidence], title: Evidence, taken: tuple[Evidence | None, ...]
) -> Evidence | None:
    """The words after a dash OCR read as a word of its own, beside the title or starting
    the line under it."""
    box, height = title.segment.box, title.segment.height
    for dash in evidence:
        dash_box = dash.segment.box
        beside = is_beside(box, dash_box) and 0 <= dash_box.left - box.right <= 2 * height
        starts_next = is_right_below(box, dash_box) and dash_box.left - box.left <= height
        if dash.segment.text.text not in _DASHES or not (beside or starts_next):
            continue
        for item in evidence:
            gap = item.segment.box.left - dash_box.right
            text = item.segment.text.text
            if (
                item not in taken
                and item is not dash
                and is_beside(dash_box, item.segment.box)
                and 0 <= gap <= 2 * height
                and not any(c.isdigit() for c in text)
            ):
                return item
    return None
