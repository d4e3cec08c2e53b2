"""A contact holding several cards: the migration that allows it keeps every card and word
there was, and each card's sides are saved, replaced and read on their own."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from cardkeeper.domain import Contact
from cardkeeper.store.card_images import ImageRole, Side, insert_side
from cardkeeper.store.contact_rows import list_contact_rows
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import DATABASE_FILE_NAME, open_library
from cardkeeper.store.migrate import migrate, migrations
from tests.store.conftest import scanned_side

_BEFORE = next(m.version for m in migrations() if m.name.endswith("_several_cards.sql")) - 1
"""The schema version just before several cards (found by name: migrations get renumbered)."""


def _library_before_several_cards(folder: Path) -> sqlite3.Connection:
    folder.mkdir()
    connection = sqlite3.connect(folder / DATABASE_FILE_NAME, isolation_level=None)
    connection.execute("PRAGMA foreign_keys = ON")  # as every CardKeeper connection has it
    migrate(connection, up_to=_BEFORE)
    return connection


def test_every_card_image_and_word_there_was_becomes_card_1(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    connection = _library_before_several_cards(folder)
    connection.executescript(
        """
        BEGIN;
        INSERT INTO contacts (id, given_name, card_text, created_at, updated_at, uid)
            VALUES (7, 'Anna', 'Anna Müller', '2024-04-22T10:00:00+00:00',
                    '2024-04-22T10:00:00+00:00', 'u7');
        INSERT INTO card_images (id, contact_id, side, role, file_name, width, height) VALUES
            (3, 7, 'front', 'flattened', 'IMAGE1', 1000, 600),
            (4, 7, 'front', 'original', 'IMAGE2', 4032, 3024),
            (5, 7, 'back', 'flattened', 'IMAGE3', 1000, 600);
        INSERT INTO ocr_words (id, card_image_id, position, text, box_left, box_top, box_width,
                               box_height, confidence, block, paragraph, line, field) VALUES
            (11, 3, 0, 'Anna', 10, 10, 40, 12, 0.9, 1, 1, 1, 'name'),
            (12, 3, 1, 'Müller', 55, 10, 60, 12, 0.8, 1, 1, 1, 'name'),
            (13, 5, 0, 'Logistics', 10, 10, 90, 12, 0.7, 1, 1, 1, '');
        COMMIT;
        """.replace("IMAGE1", "a" * 64 + ".png")
        .replace("IMAGE2", "b" * 64 + ".jpg")
        .replace("IMAGE3", "c" * 64 + ".png")
    )
    words_before = connection.execute("SELECT * FROM ocr_words ORDER BY id").fetchall()
    connection.close()

    with open_library(folder) as library:
        details = Contacts(library).card_details(7)
        assert [(i.id, i.card, i.side, i.role) for i in details.images] == [
            (3, 1, Side.FRONT, ImageRole.FLATTENED),
            (4, 1, Side.FRONT, ImageRole.ORIGINAL),
            (5, 1, Side.BACK, ImageRole.FLATTENED),
        ]
        words_after = library.connection.execute("SELECT * FROM ocr_words ORDER BY id").fetchall()
        assert words_after == words_before
        assert [w.word.text for w in details.words[3]] == ["Anna", "Müller"]
        assert library.connection.execute("PRAGMA foreign_key_check").fetchall() == []
        # The words still belong to their images: deleting the contact takes them along.
        library.connection.execute("DELETE FROM contacts WHERE id = 7")
        assert library.connection.execute("SELECT count(*) FROM ocr_words").fetchone() == (0,)
        tables = {n for (n,) in library.connection.execute("SELECT name FROM sqlite_schema")}
        assert "card_images_several" not in tables


def test_each_card_has_one_image_per_side_and_role(tmp_path: Path) -> None:
    with open_library(tmp_path / "library") as library:
        contact_id = Contacts(library).save_new_contact(
            Contact(given_name="Anna"), [scanned_side()]
        )
        with library.transaction() as connection:
            insert_side(connection, library.images, contact_id, replace(scanned_side(2), card=2))
        details = Contacts(library).card_details(contact_id)
        assert [(i.card, i.side, i.role) for i in details.images] == [
            (1, Side.FRONT, ImageRole.FLATTENED),
            (1, Side.FRONT, ImageRole.ORIGINAL),
            (2, Side.FRONT, ImageRole.FLATTENED),
            (2, Side.FRONT, ImageRole.ORIGINAL),
        ]
        with pytest.raises(sqlite3.IntegrityError), library.transaction() as connection:
            insert_side(connection, library.images, contact_id, replace(scanned_side(3), card=2))


def test_a_side_read_again_replaces_that_side_of_that_card_only(tmp_path: Path) -> None:
    with open_library(tmp_path / "library") as library:
        store = Contacts(library)
        contact_id = store.save_new_contact(Contact(given_name="Anna"), [scanned_side(1)])
        with library.transaction() as connection:
            insert_side(connection, library.images, contact_id, replace(scanned_side(2), card=2))
        first = [i for i in store.card_details(contact_id).images if i.card == 1]
        (row,) = list_contact_rows(library)
        assert row.thumbnail == first[0].path, "the list shows the first card"

        store.read_side_again(contact_id, replace(scanned_side(5), card=2))

        details = store.card_details(contact_id)
        assert [i for i in details.images if i.card == 1] == first
        second = [i for i in details.images if i.card == 2]
        assert len(second) == 2 and not {i.file_name for i in second} & {i.file_name for i in first}
        assert {i.path.is_file() for i in details.images} == {True}
