"""The title chosen among the card's free segments: the role line beside or under the name,
run on over its next line when it is cut there."""

from __future__ import annotations

from collections.abc import Sequence

from cardkeeper.reading.fields import Field
from cardkeeper.reading.parse.companies import is_department, without_icon
from cardkeeper.reading.parse.contacts import confidence
from cardkeeper.reading.parse.domains import fold
from cardkeeper.reading.parse.labels import find_labels
from cardkeeper.reading.parse.layout import Segment, has_tagline_words, is_beside, is_right_below
from cardkeeper.reading.parse.people import Evidence
from cardkeeper.reading.parse.text import lexicon
from cardkeeper.reading.parse.titles import is_degree_list, proper_case_title
from cardkeeper.reading.words import Word

_CONTINUATION_ENDS = (" of", " &", " and", " und", " de", " et", " y", " e", ",", " -")
_CONTINUATION_STARTS = ("of ", "& ", "and ", "und ", "de ", "et ", "y ", "e ", "for ")


def _near(a: Segment, b: Segment) -> bool:
    """Under or beside the name ``a``, or right above it: where a role line gains."""
    return _under_or_beside(a, b) or is_right_below(b.box, a.box)


def _under_or_beside(name: Segment, b: Segment) -> bool:
    """``b`` right under the name, or on its row within three text heights of it on either
    side (``Bado Mnthali - Director``)."""
    gap = max(b.box.left - name.box.right, name.box.left - b.box.right)
    return (
        name.line == b.line
        or is_right_below(name.box, b.box)
        or (is_beside(name.box, b.box) and gap < 3 * name.height)
    )


def choose_title(
    evidence: list[Evidence], words: Sequence[Word], name: Evidence | None, company: Evidence | None
) -> Field | None:
    """A role-word segment, preferring the one beside or under the name; without a role word,
    a plain line right under the name or beside it (not above: a logo or a list of cities
    stands there)."""
    best: tuple[float, Evidence] | None = None
    for item in evidence:
        text = item.segment.text.text
        if item is name or item is company or has_tagline_words(text) or is_degree_list(text):
            continue
        score = item.title
        if name is not None and _near(name.segment, item.segment):
            placed = _under_or_beside(name.segment, item.segment)
            plain = _plain_title_shape(item) if placed else 0.0
            score += 0.1 if score else 0.4 * plain
        if score >= 0.4 and (best is None or score > best[0]):
            best = (score, item)
    if best is None:
        return None
    score, item = best
    leading = _rank_before(evidence, item, (name, company))
    parts = [leading.segment.text] if leading else []
    parts.append(without_icon(item.segment.text, words))
    for follower in _continuation(evidence, item, name, company):
        parts.append(follower.segment.text)
    value = proper_case_title(" ".join(part.text for part in parts))  # as names are
    indexes = tuple(sorted({index for part in parts for index in part.indexes()}))
    return Field(value, confidence(min(score, 1.0), words, indexes), indexes)


_MIN_PLAIN_TITLE_OCR = 0.85
"""A line taken as the title for its place alone must be read surely: noise sits there too,
and a role word misread (``Conmmant``, 0.81) is no title; the plain titles read
right on the real cards are at 0.90 and over."""
_SERVICES = lexicon(
    """
    instagram facebook twitter linkedin xing youtube tiktok whatsapp wechat weibo telegram
    skype kakaotalk kakao pinterest snapchat threads line viber signal
    """
)
"""Social and messaging services: a plain line naming one labels a handle (``Instagram |
@name``, the handle kept apart), not a role."""


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
        or any(fold(word) in _SERVICES for word in text.split())
        or is_department(text)
        or item.segment.confidence < _MIN_PLAIN_TITLE_OCR
        or not any(len(word) >= 3 and word.isalpha() for word in text.split())
    ):
        return 0.0
    return 1.0


_DASHES = frozenset({"-", "–", "—"})
_RANKS = lexicon(
    """
    deputy senior junior assistant associate acting interim joint vice executive general
    regional sr jr dy asst adjunct
    """
)
"""Words that grade a role and stand before it (``Deputy - Director``): alone, no title."""


def _rank_before(
    evidence: list[Evidence], title: Evidence, taken: tuple[Evidence | None, ...]
) -> Evidence | None:
    """A rank printed apart before the title on its row, maybe with a dash between, that OCR
    read as a segment of its own (``Deputy`` | ``-`` | ``Director``)."""
    box, height = title.segment.box, title.segment.height
    for item in evidence:
        other = item.segment.box
        words = item.segment.text.text.split()
        if (
            item is title
            or item in taken
            or not words
            or not is_beside(box, other)
            or not 0 <= box.left - other.right <= 4 * height
            or not all(fold(word) in _RANKS for word in words)
        ):
            continue
        between = [
            e
            for e in evidence
            if is_beside(box, e.segment.box)
            and other.right <= e.segment.box.left
            and e.segment.box.right <= box.left
        ]
        if all(e.segment.text.text in _DASHES for e in between):
            return item
    return None


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
