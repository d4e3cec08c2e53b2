"""A whole library to one archive and back, and every way an archive can be wrong."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from cardkeeper.app.library_backup import BackupInfo, back_up, inspect, kept_folder, restore
from cardkeeper.domain import Contact
from cardkeeper.errors import BackupError
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import open_library
from cardkeeper.store.migrate import latest_version
from tests.store.conftest import full_contact, scanned_side

NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)


def _library_with_cards(folder: Path) -> list[int]:
    with open_library(folder) as library:
        contacts = Contacts(library)
        ids = [
            contacts.save_new_contact(full_contact(), [scanned_side(seed=1)]),
            contacts.save_new_contact(Contact(given_name="Ben"), [scanned_side(seed=2)]),
            contacts.save_new_contact(Contact(given_name="Gone")),
        ]
        contacts.soft_delete([ids[2]])
    return ids


def test_a_backup_restores_every_contact_and_card_image(tmp_path: Path) -> None:
    ids = _library_with_cards(tmp_path / "library")
    with open_library(tmp_path / "library") as library:
        summary = back_up(library, tmp_path / "backup.zip", NOW)
        before = Contacts(library).get_contacts(ids)
    assert (summary.contacts, summary.images) == (3, 4)
    with zipfile.ZipFile(tmp_path / "backup.zip") as archive:
        manifest = json.loads(archive.read("backup.json"))
    assert manifest["schema_version"] == latest_version()
    assert manifest["made_at"] == NOW.isoformat()

    restored = restore(tmp_path / "backup.zip", tmp_path / "elsewhere", NOW)

    assert (restored.contacts, restored.images, restored.kept) == (3, 4, None)
    with open_library(tmp_path / "elsewhere") as library:
        assert Contacts(library).get_contacts(ids) == before
        for contact_id in ids[:2]:
            details = Contacts(library).card_details(contact_id)
            assert len(details.images) == 2  # the flattened card and the photo
            for image in details.images:
                path = library.images.path(image.file_name)
                assert path.read_bytes()[:2] in (b"\xff\xd8", b"\x89P")


def test_restoring_over_a_library_keeps_the_old_one_beside_it(tmp_path: Path) -> None:
    _library_with_cards(tmp_path / "old")
    with open_library(tmp_path / "old") as library:
        back_up(library, tmp_path / "backup.zip", NOW)
    with open_library(tmp_path / "current") as library:
        Contacts(library).save_new_contact(Contact(given_name="Written after the backup"))

    summary = restore(tmp_path / "backup.zip", tmp_path / "current", NOW)

    assert summary.kept == tmp_path / "current-before-restore-20261126-093000"
    with open_library(summary.kept) as kept:
        assert [c.given_name for c in Contacts(kept).list_contacts()] == [
            "Written after the backup"
        ]
    with open_library(tmp_path / "current") as library:
        assert Contacts(library).count() == 2  # the third is in the trash, as it was
    assert [p.name for p in tmp_path.iterdir() if "restoring" in p.name] == []


def test_a_backup_made_while_a_library_is_written_is_consistent(tmp_path: Path) -> None:
    _library_with_cards(tmp_path / "library")
    with open_library(tmp_path / "library") as library, open_library(tmp_path / "library") as other:
        other.connection.execute("BEGIN IMMEDIATE")
        other.connection.execute("UPDATE contacts SET given_name = 'half-written'")
        back_up(library, tmp_path / "backup.zip", NOW)
        other.connection.execute("ROLLBACK")
    restore(tmp_path / "backup.zip", tmp_path / "restored", NOW)
    with open_library(tmp_path / "restored") as library:
        names = [c.given_name for c in Contacts(library).list_contacts()]
    assert "half-written" not in names


def _archive(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _manifest(version: int | str = 1) -> bytes:
    return json.dumps({"format": "CardKeeper library backup", "schema_version": version}).encode()


def _database_bytes(tmp_path: Path) -> bytes:
    with open_library(tmp_path / "source"):
        pass
    return (tmp_path / "source" / "library.sqlite3").read_bytes()


@pytest.mark.parametrize(
    ("members", "sentence"),
    [
        ({"notes.txt": b"hello"}, r"^bad\.zip is not a CardKeeper backup; nothing was changed\.$"),
        ({"backup.json": b"{not json"}, r"^bad\.zip is not a CardKeeper backup"),
        ({"backup.json": _manifest("x")}, r"^bad\.zip is not a CardKeeper backup"),
        ({"backup.json": _manifest(999)}, r"^bad\.zip was made by a newer CardKeeper"),
        ({"backup.json": _manifest()}, r"^bad\.zip holds no library database"),
    ],
)
def test_an_archive_that_is_not_a_backup_changes_nothing(
    tmp_path: Path, members: dict[str, bytes], sentence: str
) -> None:
    ids = _library_with_cards(tmp_path / "library")
    with pytest.raises(BackupError, match=sentence):
        restore(_archive(tmp_path / "bad.zip", members), tmp_path / "library", NOW)
    with open_library(tmp_path / "library") as library:
        assert len(Contacts(library).get_contacts(ids)) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.zip", "library"]


@pytest.mark.parametrize("member", ["../evil.sqlite3", "/etc/cron.d/x", "cards/ab/../../x.jpg"])
def test_an_archive_reaching_outside_its_folder_is_refused(tmp_path: Path, member: str) -> None:
    members = {
        "backup.json": _manifest(),
        "library.sqlite3": _database_bytes(tmp_path),
        member: b"\xff\xd8\xff",
    }
    with pytest.raises(BackupError, match=r"holds a file CardKeeper did not put there"):
        restore(_archive(tmp_path / "bad.zip", members), tmp_path / "target", NOW)
    assert not (tmp_path / "target").exists()
    assert not (tmp_path / "evil.sqlite3").exists()


def test_a_cut_short_or_foreign_file_is_one_sentence(tmp_path: Path) -> None:
    _library_with_cards(tmp_path / "library")
    with open_library(tmp_path / "library") as library:
        back_up(library, tmp_path / "backup.zip", NOW)
    data = (tmp_path / "backup.zip").read_bytes()
    (tmp_path / "cut.zip").write_bytes(data[: len(data) // 2])
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a zip")
    for name in ("cut.zip", "photo.jpg"):
        with pytest.raises(BackupError, match=rf"^{name} is not a CardKeeper backup, or it was"):
            restore(tmp_path / name, tmp_path / "target", NOW)
    with pytest.raises(BackupError, match=r"^There is no file .*missing\.zip\.$"):
        restore(tmp_path / "missing.zip", tmp_path / "target", NOW)
    assert not (tmp_path / "target").exists()


def test_a_damaged_database_in_the_archive_is_refused(tmp_path: Path) -> None:
    members = {"backup.json": _manifest(), "library.sqlite3": b"SQLite format 3\x00" + b"x" * 500}
    with pytest.raises(BackupError, match=r"^bad\.zip holds a library that cannot be opened: "):
        restore(_archive(tmp_path / "bad.zip", members), tmp_path / "target", NOW)
    assert not (tmp_path / "target").exists()


def test_a_backup_that_cannot_be_written_leaves_no_file(tmp_path: Path) -> None:
    _library_with_cards(tmp_path / "library")
    with open_library(tmp_path / "library") as library:
        with pytest.raises(BackupError, match=r"^The backup could not be written to "):
            back_up(library, tmp_path / "no-such-folder" / "backup.zip", NOW)
        row = library.connection.execute("SELECT file_name FROM card_images LIMIT 1").fetchone()
        library.images.path(row[0]).unlink()
        with pytest.raises(BackupError, match=r"is missing from the library folder"):
            back_up(library, tmp_path / "backup.zip", NOW)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library"]


def test_inspect_tells_what_a_backup_holds_without_unpacking_it(tmp_path: Path) -> None:
    _library_with_cards(tmp_path / "library")
    with open_library(tmp_path / "library") as library:
        back_up(library, tmp_path / "backup.zip", NOW)

    assert inspect(tmp_path / "backup.zip") == BackupInfo(NOW, 3, 4)
    assert kept_folder(tmp_path / "library", NOW) == (
        tmp_path / "library-before-restore-20261126-093000"
    )


@pytest.mark.parametrize(
    ("members", "sentence"),
    [
        ({"notes.txt": b"hello"}, r"^bad\.zip is not a CardKeeper backup; nothing was changed\.$"),
        ({"backup.json": _manifest(999)}, r"^bad\.zip was made by a newer CardKeeper"),
        ({"backup.json": _manifest()}, r"^bad\.zip holds no library database"),
    ],
)
def test_inspect_refuses_what_restore_would_refuse_first(
    tmp_path: Path, members: dict[str, bytes], sentence: str
) -> None:
    with pytest.raises(BackupError, match=sentence):
        inspect(_archive(tmp_path / "bad.zip", members))
    (tmp_path / "cut.zip").write_bytes(b"PK\x03\x04 cut")
    with pytest.raises(BackupError, match=r"^cut\.zip is not a CardKeeper backup, or it was"):
        inspect(tmp_path / "cut.zip")


def test_a_library_that_cannot_take_its_place_is_put_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _library_with_cards(tmp_path / "library")
    with open_library(tmp_path / "library") as library:
        back_up(library, tmp_path / "backup.zip", NOW)
    renames: list[Path] = []
    rename = Path.rename

    def failing_second_rename(self: Path, target: Path) -> Path:
        renames.append(self)
        if len(renames) == 2:  # the unpacked library taking the folder's name
            raise PermissionError(13, "Permission denied")
        return rename(self, target)

    monkeypatch.setattr(Path, "rename", failing_second_rename)
    with pytest.raises(PermissionError):
        restore(tmp_path / "backup.zip", tmp_path / "library", NOW)
    monkeypatch.undo()

    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup.zip", "library"]
    with open_library(tmp_path / "library") as library:
        assert Contacts(library).count() == 2
