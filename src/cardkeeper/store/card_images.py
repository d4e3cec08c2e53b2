"""What the reader leaves with a contact: card images, their OCR words, field confidences.

Kept with the contact so the review pane can show the card, draw a box around
the words each field was read from, and mark the fields the reader was unsure
of, long after the import.
"""

from __future__ import annotations

import enum
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cardkeeper.reading.words import Box, Word
from cardkeeper.store.images import ImageStore
from cardkeeper.store.sql import inserted_id, json_list


class Side(enum.StrEnum):
    FRONT = "front"
    BACK = "back"


class ImageRole(enum.StrEnum):
    FLATTENED = "flattened"
    """The card cut out and made flat: what OCR read, what the review pane shows."""
    ORIGINAL = "original"
    """The photo or camera frame as it came, kept in case the card was found wrongly."""


@dataclass(frozen=True)
class ImageData:
    """The encoded bytes of an image (JPEG, PNG...) and its size in pixels."""

    data: bytes
    width: int
    height: int


@dataclass(frozen=True)
class ScannedSide:
    """One side of a card as the reader saw it, to be saved with the new contact."""

    flattened: ImageData
    original: ImageData | None = None
    words: Sequence[Word] = ()
    """OCR words, their boxes in ``flattened``'s pixels."""
    word_fields: Mapping[int, str] = field(default_factory=dict)
    """Index into ``words`` -> the field the word was read into (``"name"``, ``"email"``...)."""
    side: Side = Side.FRONT
    card: int = 1
    """Which of the contact's cards this is a side of: 1 for the card it was read from."""


@dataclass(frozen=True)
class StoredImage:
    id: int
    side: Side
    role: ImageRole
    file_name: str
    path: Path
    width: int
    height: int
    card: int = 1
    """Which of the contact's cards: 1, 2, … (several after a merge)."""


@dataclass(frozen=True)
class StoredWord:
    word: Word
    field: str
    """The field the word was read into, or ``""``."""


@dataclass(frozen=True)
class CardDetails:
    """Everything the reader left with one contact, for the review pane."""

    images: list[StoredImage]
    words: dict[int, list[StoredWord]]
    """By :attr:`StoredImage.id` of the flattened image."""
    confidences: dict[str, float]
    socials: list[str]
    card_text: str


def insert_side(
    connection: sqlite3.Connection, images: ImageStore, contact_id: int, scanned: ScannedSide
) -> None:
    """Save one side's image files, then their rows and words; call inside a transaction."""
    for role, image in (
        (ImageRole.FLATTENED, scanned.flattened),
        (ImageRole.ORIGINAL, scanned.original),
    ):
        if image is None:
            continue
        file_name = images.save(image.data)
        cursor = connection.execute(
            "INSERT INTO card_images (contact_id, card, side, role, file_name, width, height)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (contact_id, scanned.card, scanned.side, role, file_name, image.width, image.height),
        )
        if role is ImageRole.FLATTENED:
            _insert_words(connection, inserted_id(cursor), scanned)


def _insert_words(connection: sqlite3.Connection, image_id: int, scanned: ScannedSide) -> None:
    connection.executemany(
        "INSERT INTO ocr_words (card_image_id, position, text, box_left, box_top, box_width,"
        " box_height, confidence, block, paragraph, line, field)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                image_id,
                index,
                word.text,
                word.box.left,
                word.box.top,
                word.box.width,
                word.box.height,
                word.confidence,
                word.block,
                word.paragraph,
                word.line,
                scanned.word_fields.get(index, ""),
            )
            for index, word in enumerate(scanned.words)
        ],
    )


def text_of_words(connection: sqlite3.Connection, contact_id: int) -> str:
    """The card text as the contact's saved words give it: a line per line read, sides apart."""
    sides: dict[int, list[str]] = {}
    last: dict[int, tuple[int, int, int]] = {}
    for image_id, text, block, paragraph, line in connection.execute(
        "SELECT w.card_image_id, w.text, w.block, w.paragraph, w.line"
        " FROM ocr_words AS w JOIN card_images AS i ON i.id = w.card_image_id"
        " WHERE i.contact_id = ? ORDER BY i.card, i.side DESC, w.card_image_id, w.position",
        (contact_id,),
    ):
        lines = sides.setdefault(image_id, [])
        if not lines or last[image_id] != (block, paragraph, line):
            lines.append(text)
        else:
            lines[-1] += " " + text
        last[image_id] = (block, paragraph, line)
    return "\n\n".join("\n".join(lines) for lines in sides.values())


def move_cards(
    connection: sqlite3.Connection, source_id: int, target_id: int
) -> tuple[tuple[int, ...], int]:
    """Give every card of the source to the target, after the target's own (a merge).

    Returns the ids of the images moved and how far their card numbers moved,
    which is what :func:`return_cards` needs to undo it.
    """
    (last,) = connection.execute(
        "SELECT coalesce(max(card), 0) FROM card_images WHERE contact_id = ?", (target_id,)
    ).fetchone()
    rows = connection.execute(
        "UPDATE card_images SET contact_id = ?, card = card + ? WHERE contact_id = ? RETURNING id",
        (target_id, last, source_id),
    ).fetchall()
    return tuple(sorted(image_id for (image_id,) in rows)), int(last)


def return_cards(
    connection: sqlite3.Connection, image_ids: Sequence[int], source_id: int, offset: int
) -> None:
    """Take back :func:`move_cards`: the images go back to the source, numbered as before."""
    connection.execute(
        "UPDATE card_images SET contact_id = ?, card = card - ?"
        " WHERE id IN (SELECT value FROM json_each(?))",
        (source_id, offset, json_list(image_ids)),
    )


def insert_confidences(
    connection: sqlite3.Connection, contact_id: int, confidences: Mapping[str, float]
) -> None:
    connection.executemany(
        "INSERT INTO field_confidences (contact_id, field, confidence) VALUES (?, ?, ?)",
        [(contact_id, name, value) for name, value in confidences.items()],
    )


def read_details(
    connection: sqlite3.Connection, images: ImageStore, contact_id: int
) -> CardDetails:
    stored = [
        StoredImage(
            row[0],
            Side(row[1]),
            ImageRole(row[2]),
            row[3],
            images.path(row[3]),
            row[4],
            row[5],
            row[6],
        )
        for row in connection.execute(
            "SELECT id, side, role, file_name, width, height, card FROM card_images"
            " WHERE contact_id = ? ORDER BY card, side DESC, role",
            (contact_id,),
        )
    ]
    words: dict[int, list[StoredWord]] = {}
    for row in connection.execute(
        "SELECT w.card_image_id, w.text, w.box_left, w.box_top, w.box_width, w.box_height,"
        " w.confidence, w.block, w.paragraph, w.line, w.field"
        " FROM ocr_words AS w JOIN card_images AS i ON i.id = w.card_image_id"
        " WHERE i.contact_id = ? ORDER BY w.card_image_id, w.position",
        (contact_id,),
    ):
        word = Word(row[1], Box(row[2], row[3], row[4], row[5]), row[6], row[7], row[8], row[9])
        words.setdefault(row[0], []).append(StoredWord(word, row[10]))
    confidences = dict(
        connection.execute(
            "SELECT field, confidence FROM field_confidences WHERE contact_id = ?", (contact_id,)
        ).fetchall()
    )
    socials = [
        handle
        for (handle,) in connection.execute(
            "SELECT handle FROM socials WHERE contact_id = ? ORDER BY position", (contact_id,)
        )
    ]
    card_text = connection.execute(
        "SELECT card_text FROM contacts WHERE id = ?", (contact_id,)
    ).fetchone()
    return CardDetails(stored, words, confidences, socials, card_text[0] if card_text else "")
