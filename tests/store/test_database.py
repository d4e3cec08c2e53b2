from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from cardkeeper.domain import Contact
from cardkeeper.errors import LibraryError
from cardkeeper.store import database as database_module
from cardkeeper.store.card_images import ImageData, ScannedSide
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import DATABASE_FILE_NAME, Library, open_library
from cardkeeper.store.migrate import latest_version, schema_version
from tests.unprivileged import unprivileged

from .conftest import fake_jpeg


def test_a_new_library_is_made_with_its_settings(tmp_path: Path) -> None:
    folder = tmp_path / "deep" / "library"
    with open_library(folder) as library:
        connection = library.connection
        assert (folder / DATABASE_FILE_NAME).is_file()
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert connection.execute("PRAGMA foreign_keys").fetchone() == (1,)
        assert connection.execute("PRAGMA synchronous").fetchone() == (2,)  # FULL
        assert connection.execute("PRAGMA busy_timeout").fetchone()[0] > 0
        assert schema_version(connection) == latest_version()


def test_a_library_opens_again_with_what_it_holds(tmp_path: Path) -> None:
    with open_library(tmp_path) as library:
        contact_id = Contacts(library).save_new_contact(Contact(given_name="Anna"))
    with open_library(tmp_path) as library:
        found = Contacts(library).get_contact(contact_id)
    assert found is not None
    assert found.given_name == "Anna"


def test_a_transaction_is_all_or_nothing(library: Library) -> None:
    with pytest.raises(RuntimeError), library.transaction() as connection:
        connection.execute(
            "INSERT INTO contacts (created_at, updated_at) VALUES ('2024-01-01', '2024-01-01')"
        )
        raise RuntimeError("interrupted")
    assert library.connection.execute("SELECT count(*) FROM contacts").fetchone() == (0,)
    assert not library.connection.in_transaction


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    database = tmp_path / DATABASE_FILE_NAME
    database.write_text("Name,Email\nAnna,anna@example.de\n" * 100)
    before = database.read_bytes()
    with pytest.raises(LibraryError, match="is not a CardKeeper library"):
        open_library(tmp_path)
    assert database.read_bytes() == before


def test_another_programs_sqlite_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    database = tmp_path / DATABASE_FILE_NAME
    with sqlite3.connect(database) as other:
        other.execute("CREATE TABLE bookmarks (url TEXT)")
    other.close()
    with pytest.raises(LibraryError, match="is not a CardKeeper library"):
        open_library(tmp_path)
    with sqlite3.connect(database) as other:
        assert other.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert schema_version(other) == 0
    other.close()


def test_an_empty_file_becomes_a_library(tmp_path: Path) -> None:
    (tmp_path / DATABASE_FILE_NAME).touch()
    with open_library(tmp_path) as library:
        assert schema_version(library.connection) == latest_version()


def test_a_library_from_a_newer_version_is_refused_unchanged(tmp_path: Path) -> None:
    with open_library(tmp_path) as library:
        library.connection.execute(f"PRAGMA user_version = {latest_version() + 1}")
    with pytest.raises(LibraryError, match="newer version of CardKeeper") as refused:
        open_library(tmp_path)
    assert str(tmp_path) in str(refused.value)
    with sqlite3.connect(tmp_path / DATABASE_FILE_NAME) as database:
        assert schema_version(database) == latest_version() + 1
    database.close()


def test_a_read_only_library_folder_is_refused(shared_folder: Path) -> None:
    folder = shared_folder / "library"
    with open_library(folder) as library:
        Contacts(library).save_new_contact(Contact(given_name="Anna"))
    (folder / DATABASE_FILE_NAME).chmod(0o444)
    folder.chmod(0o555)
    with unprivileged(), pytest.raises(LibraryError, match="cannot write to the library folder"):
        open_library(folder)


def test_a_library_folder_that_cannot_be_made_is_refused(shared_folder: Path) -> None:
    shared_folder.chmod(0o555)
    with unprivileged(), pytest.raises(LibraryError, match="cannot write to the library folder"):
        open_library(shared_folder / "library")


def test_a_read_only_database_file_is_refused(shared_folder: Path) -> None:
    folder = shared_folder / "library"
    with open_library(folder):
        pass
    (folder / DATABASE_FILE_NAME).chmod(0o444)
    folder.chmod(0o777)
    with unprivileged(), pytest.raises(LibraryError, match="cannot write to the library folder"):
        open_library(folder)


def test_a_full_database_is_a_clear_sentence_and_saves_nothing(library: Library) -> None:
    contacts = Contacts(library)
    contacts.save_new_contact(Contact(given_name="Anna"))
    (pages,) = library.connection.execute("PRAGMA page_count").fetchone()
    # SQLite reports exactly what a full disk reports (SQLITE_FULL) when it reaches max_page_count.
    library.connection.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(LibraryError, match="is full"):
        contacts.save_new_contact(Contact(given_name="Bernd", notes="x" * 200_000))
    assert [c.given_name for c in contacts.list_contacts()] == ["Anna"]
    assert contacts.search("bernd") == []


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 1 MiB file system (tmpfs), where only root may mount one."""
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], check=True)


def test_a_full_disk_is_a_clear_sentence_and_leaves_whole_contacts(tiny_disk: Path) -> None:
    with open_library(tiny_disk) as library:
        contacts = Contacts(library)
        with pytest.raises(LibraryError, match="is full"):
            for seed in range(100):
                side = ScannedSide(ImageData(fake_jpeg(50_000, seed), 800, 500))
                contacts.save_new_contact(Contact(given_name=f"Card {seed}"), [side])
        saved = contacts.list_contacts()
        assert 0 < len(saved) < 100
        for contact in saved:
            assert contact.id is not None
            (image,) = contacts.card_details(contact.id).images
            assert image.path.stat().st_size == 50_004


def test_a_damaged_library_is_refused_when_it_is_opened(tmp_path: Path) -> None:
    with open_library(tmp_path) as library:
        for n in range(300):
            Contacts(library).save_new_contact(Contact(given_name=f"Anna {n}", notes="x" * 300))
    database = tmp_path / DATABASE_FILE_NAME
    with database.open("r+b") as file:
        file.seek(database.stat().st_size // 2)
        file.write(b"\xa5" * 8192)
    before = database.read_bytes()
    with pytest.raises(LibraryError) as refused:
        open_library(tmp_path)
    assert str(refused.value) == (
        f"The library file {database} is damaged; restore it from a backup or move it away."
    )
    assert database.read_bytes() == before


def test_a_library_is_checked_again_only_once_its_file_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_library(tmp_path) as library:
        Contacts(library).save_new_contact(Contact(given_name="Anna"))
    checked: list[Path] = []
    check = database_module.refuse_damaged

    def counted(connection: sqlite3.Connection, database: Path) -> None:
        checked.append(database)
        check(connection, database)

    monkeypatch.setattr(database_module, "refuse_damaged", counted)
    with open_library(tmp_path):
        pass
    first = len(checked)
    with open_library(tmp_path):
        pass
    assert len(checked) == first  # the file did not change in between
    os.utime(tmp_path / DATABASE_FILE_NAME, ns=(0, 0))
    with open_library(tmp_path):
        pass
    assert len(checked) == first + 1
