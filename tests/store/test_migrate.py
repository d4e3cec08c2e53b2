from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from cardkeeper.domain import Contact, Phone, PhoneKind
from cardkeeper.store import migrate as migrate_module
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import DATABASE_FILE_NAME, open_library
from cardkeeper.store.migrate import (
    APPLICATION_ID,
    Migration,
    latest_version,
    migrate,
    migrations,
    schema_version,
)
from cardkeeper.store.search import refresh, search_ids

IMAGE = "ab" + "0" * 62 + ".png"
"""A content name, as every version of CardKeeper has given its card image files."""


def tables(connection: sqlite3.Connection) -> set[str]:
    rows = connection.execute("SELECT name FROM sqlite_schema WHERE type IN ('table', 'view')")
    return {name for (name,) in rows}


def test_migrations_are_numbered_from_one_and_the_schema_comes_in_more_than_one() -> None:
    assert [m.version for m in migrations()] == list(range(1, latest_version() + 1))
    assert latest_version() >= 2


def build_version_1_library(folder: Path) -> None:
    """A library as the first release left it: only 0001 applied, one contact in it, one deleted."""
    folder.mkdir()
    connection = sqlite3.connect(folder / DATABASE_FILE_NAME, isolation_level=None)
    migrate(connection, up_to=1)
    assert schema_version(connection) == 1
    connection.executescript(
        """
        BEGIN;
        INSERT INTO events (id, name, date, place, created_at)
            VALUES (1, 'Hannover Messe', '2024-04-22', 'Hannover', '2024-04-22T10:00:00');
        INSERT INTO contacts (id, given_name, family_name, full_name, company, notes, event_id,
                              met_on, needs_review, card_text, created_at, updated_at)
            VALUES (7, 'Anna', 'Müller', 'Dr. Anna Müller', 'Example GmbH', 'said "hi"
            twice', 1, '2024-04-22', 0, 'Dr. Anna Müller Example GmbH',
            '2024-04-22T10:00:00+00:00', '2024-04-22T10:00:00+00:00');
        INSERT INTO contacts (id, given_name, created_at, updated_at, deleted_at)
            VALUES (8, 'Gone', '2024-04-22T10:00:00+00:00', '2024-04-22T10:00:00+00:00',
                    '2024-04-23T10:00:00+00:00');
        INSERT INTO emails (contact_id, address, match_key, position)
            VALUES (7, 'Anna@Example.de', 'anna@example.de', 0);
        INSERT INTO phones (contact_id, kind, e164, printed, position)
            VALUES (7, 'work', '+493012345678', '030 123 456 78', 0);
        INSERT INTO websites (contact_id, url, position) VALUES (7, 'www.example.de', 0);
        INSERT INTO tags (id, name) VALUES (1, 'VIP');
        INSERT INTO contact_tags (contact_id, tag_id) VALUES (7, 1);
        INSERT INTO card_images (id, contact_id, side, role, file_name, width, height)
            VALUES (3, 7, 'front', 'flattened', 'IMAGE', 1000, 600);
        INSERT INTO ocr_words (card_image_id, position, text, box_left, box_top, box_width,
                               box_height, confidence, field)
            VALUES (3, 0, 'Anna', 10, 10, 40, 12, 0.9, 'name');
        INSERT INTO field_confidences (contact_id, field, confidence) VALUES (7, 'name', 0.9);
        COMMIT;
        """.replace("IMAGE", IMAGE)
    )
    connection.close()


def test_a_version_1_library_opens_with_nothing_lost(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    build_version_1_library(folder)

    with open_library(folder) as library:
        connection = library.connection
        assert schema_version(connection) == latest_version()
        assert {"follow_ups", "sequences", "sequence_steps", "templates", "activities"} <= tables(
            connection
        )
        contacts = Contacts(library)
        anna = contacts.get_contact(7)
        assert anna is not None
        assert (anna.full_name, anna.company, anna.event_id) == (
            "Dr. Anna Müller",
            "Example GmbH",
            1,
        )
        assert anna.notes == 'said "hi"\n            twice'
        assert anna.emails == ["Anna@Example.de"]
        assert anna.phones == [Phone(PhoneKind.WORK, "+493012345678", "030 123 456 78")]
        # Every old contact got an identity of its own (0004), its phones an empty label.
        uids = {uid for (uid,) in connection.execute("SELECT uid FROM contacts")}
        assert len(uids) == 2
        assert all(re.fullmatch(r"[0-9a-f]{32}", uid) for uid in uids)
        assert contacts.find_by_uid(anna.uid) == anna
        assert anna.websites == ["www.example.de"]
        assert anna.tags == ["VIP"]
        details = contacts.card_details(7)
        assert [image.file_name for image in details.images] == [IMAGE]
        assert [w.word.text for w in details.words[3]] == ["Anna"]
        assert details.confidences == {"name": 0.9}
        assert contacts.get_contact(8) is not None
        # The new search index was filled from what was there; the trash stays out of it.
        assert contacts.search("mül") == [7]
        assert contacts.search("gone") == []
        # The new tables work with the old rows.
        connection.execute(
            "INSERT INTO follow_ups (contact_id, due, created_at) VALUES (7, '2024-05-01', 'now')"
        )


def test_a_failing_migration_leaves_the_previous_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    connection = sqlite3.connect(tmp_path / "library.sqlite3", isolation_level=None)
    shipped = latest_version()
    broken = Migration(
        shipped + 1,
        "9999_broken.sql",
        "CREATE TABLE half_done (id INTEGER);\nINSERT INTO no_such_table VALUES (1);\n",
    )
    monkeypatch.setattr(migrate_module, "migrations", lambda: (*migrations(), broken))
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        migrate(connection)
    assert schema_version(connection) == shipped
    assert "half_done" not in tables(connection)
    assert not connection.in_transaction
    connection.close()


def test_a_migrated_library_carries_the_cardkeeper_application_id(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "library.sqlite3", isolation_level=None)
    migrate(connection, up_to=1)
    assert connection.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
    connection.close()


def test_statements_are_split_whole_even_with_semicolons_inside() -> None:
    migration = Migration(
        1,
        "0001_x.sql",
        "-- a comment; with a semicolon\n"
        "CREATE TABLE a (x TEXT DEFAULT ';');\n"
        "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
        "    UPDATE a SET x = 'y;';\n"
        "END;\n",
    )
    statements = list(migration.statements())
    assert len(statements) == 2
    assert statements[1].strip().endswith("END;")


def test_a_library_of_version_5_is_searched_inside_words_and_long_notes_by_word_beginnings(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "library"
    build_version_1_library(folder)
    connection = sqlite3.connect(folder / DATABASE_FILE_NAME, isolation_level=None)
    connection.execute(
        "UPDATE contacts SET notes = 'Kickoff ' || printf('%.5000c', 'x') || ' Wintergarten'"
        " WHERE id = 7"
    )
    migrate(connection, up_to=5)
    connection.close()

    with open_library(folder) as library:
        assert schema_version(library.connection) == latest_version()
        contacts = Contacts(library)
        # Filled from what was there; the trash stays out of it until it comes back.
        assert contacts.search("xample") == [7]
        assert contacts.search("ickof") == [7]
        assert contacts.search("winterg") == [7]  # past 4,000 characters: word beginnings
        assert contacts.search("intergarten") == []
        assert contacts.search("gone") == []
        contacts.undelete([8])
        assert contacts.search("one") == [8]
        # The duplicates' index keeps names and companies, and no longer notes.
        duplicates_index = "SELECT rowid FROM contact_search WHERE contact_search MATCH ?"
        assert library.connection.execute(duplicates_index, ("anna",)).fetchall() == [(7,)]
        assert library.connection.execute(duplicates_index, ("kickoff",)).fetchall() == []


def test_a_migration_that_drops_a_table_still_referred_to_is_undone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Foreign keys are off while a table is made again; the check before commit stands in."""
    folder = tmp_path / "library"
    with open_library(folder) as library:
        library.connection.execute(
            "INSERT INTO events (id, name, created_at) VALUES (1, 'Fair', '2024-04-22')"
        )
        Contacts(library).save_new_contact(Contact(given_name="Anna", event_id=1))
    shipped = latest_version()
    careless = Migration(shipped + 1, "9999_careless.sql", "-- gone\nDROP TABLE events;\n")
    assert careless.drops_a_table
    monkeypatch.setattr(migrate_module, "migrations", lambda: (*migrations(), careless))

    with pytest.raises(sqlite3.IntegrityError, match="left rows that refer to none"):
        open_library(folder)

    connection = sqlite3.connect(folder / DATABASE_FILE_NAME)
    assert schema_version(connection) == shipped
    assert "events" in tables(connection)
    connection.close()


def test_an_older_library_s_readings_are_found_after_the_upgrade(tmp_path: Path) -> None:
    """A library of the version that stored the name's reading but did not search it."""
    (reading,) = [m.version for m in migrations() if m.name.endswith("_name_reading.sql")]
    folder = tmp_path / "library"
    folder.mkdir()
    connection = sqlite3.connect(folder / DATABASE_FILE_NAME, isolation_level=None)
    migrate(connection, up_to=reading)
    for contact_id, name, given, family in (
        (1, "山田太郎", "Taro", "Yamada"),
        (2, "Anna Koch", "", ""),
    ):
        connection.execute(
            "INSERT INTO contacts (id, full_name, reading_given, reading_family, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, '2026-01-01T10:00:00+00:00',"
            " '2026-01-01T10:00:00+00:00')",
            (contact_id, name, given, family),
        )
        refresh(connection, [contact_id])
    assert search_ids(connection, "yamada", None) == []
    connection.close()

    with open_library(folder) as library:
        assert search_ids(library.connection, "yamada", None) == [1]
        assert search_ids(library.connection, "anna", None) == [2]
        assert search_ids(library.connection, "山田", None) == [1]
