"""A whole library to one archive and back, and every way an archive can be wrong."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from cardkeeper.app.library_backup import (
    BackupInfo,
    UnpackLimits,
    back_up,
    inspect,
    kept_folder,
    restore,
)
from cardkeeper.domain import Contact
from cardkeeper.errors import BackupError, LibraryError
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
    rename = Path.rename

    def failing_move_in(self: Path, target: Path) -> Path:
        if "restoring" in str(self):  # the unpacked library taking the library's place
            raise PermissionError(13, "Permission denied")
        return rename(self, target)

    monkeypatch.setattr(Path, "rename", failing_move_in)
    with pytest.raises(BackupError, match=r"could not be restored into .*\(Permission denied\)"):
        restore(tmp_path / "backup.zip", tmp_path / "library", NOW)
    monkeypatch.undo()

    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup.zip", "library"]
    with open_library(tmp_path / "library") as library:
        assert Contacts(library).count() == 2


def _backup_of_cards(tmp_path: Path) -> Path:
    _library_with_cards(tmp_path / "source")
    with open_library(tmp_path / "source") as library:
        back_up(library, tmp_path / "good.zip", NOW)
    return tmp_path / "good.zip"


def _rewritten(
    good: Path,
    out: Path,
    change: Callable[[zipfile.ZipInfo, bytes], tuple[zipfile.ZipInfo, bytes] | None],
) -> Path:
    """A copy of the backup ``good`` with each member passed through ``change`` (None drops it)."""
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            changed = change(info, source.read(info))
            if changed is not None:
                target.writestr(*changed)
    return out


def _with_database(good: Path, out: Path, tmp_path: Path, sql: str) -> Path:
    """The backup with ``sql`` run on its database."""
    database = tmp_path / "edited.sqlite3"
    with zipfile.ZipFile(good) as source:
        database.write_bytes(source.read("library.sqlite3"))
    with sqlite3.connect(database) as connection:
        connection.execute(sql)
    connection.close()

    def swap(info: zipfile.ZipInfo, data: bytes) -> tuple[zipfile.ZipInfo, bytes]:
        return info, database.read_bytes() if info.filename == "library.sqlite3" else data

    return _rewritten(good, out, swap)


@pytest.mark.parametrize("name", ["/etc/passwd", "../../tmp/victim.txt", "ab.jpg"])
def test_a_restore_refuses_image_names_that_are_not_content_hashes(
    tmp_path: Path, name: str
) -> None:
    bad = _with_database(
        _backup_of_cards(tmp_path),
        tmp_path / "bad.zip",
        tmp_path,
        f"UPDATE card_images SET file_name = '{name}' WHERE id = 1",
    )
    _library_with_cards(tmp_path / "library")
    with pytest.raises(BackupError, match=r"^bad\.zip names a card image .* CardKeeper"):
        restore(bad, tmp_path / "library", NOW)
    assert sorted(p.name for p in tmp_path.iterdir() if "library" in p.name) == ["library"]


def test_image_names_from_the_database_are_checked_before_a_backup_reads_them(
    tmp_path: Path,
) -> None:
    _library_with_cards(tmp_path / "library")
    secret = tmp_path / "secret.txt"
    secret.write_text("not for the archive")
    with open_library(tmp_path / "library") as library:
        library.connection.execute(
            "UPDATE card_images SET file_name = ? WHERE id = 1", (str(secret),)
        )
        with pytest.raises(LibraryError, match=r"is damaged; restore it from a backup"):
            back_up(library, tmp_path / "backup.zip", NOW)
    assert not (tmp_path / "backup.zip").exists()


SMALL = UnpackLimits(
    manifest_bytes=1000,
    database_bytes=2_000_000,
    image_bytes=20_000,
    ratio=100,
    ratio_floor_bytes=10_000,
)


@pytest.mark.parametrize(
    ("member", "size"),
    [("backup.json", 1001), ("library.sqlite3", 2_000_001), ("image", 20_001)],
)
def test_members_bigger_than_the_limits_are_refused_before_anything_is_unpacked(
    tmp_path: Path, member: str, size: int
) -> None:
    good = _backup_of_cards(tmp_path)

    def grow(info: zipfile.ZipInfo, data: bytes) -> tuple[zipfile.ZipInfo, bytes]:
        name = info.filename
        if member == name == "backup.json":
            return info, data + b" " * (size - len(data))
        if member == name == "library.sqlite3":
            return info, data + b"\x00" * (size - len(data))
        if member == "image" and name.startswith("cards/") and name.endswith(".jpg"):
            return info, data + os.urandom(size - len(data))
        return info, data

    bad = _rewritten(good, tmp_path / "bad.zip", grow)
    with pytest.raises(BackupError, match=r"^bad\.zip holds .* bigger than"):
        restore(bad, tmp_path / "target", NOW, SMALL)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.zip", "good.zip", "source"]


def test_a_member_that_expands_too_much_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    good = _backup_of_cards(tmp_path)

    def zeros(info: zipfile.ZipInfo, data: bytes) -> tuple[zipfile.ZipInfo, bytes]:
        if info.filename.endswith(".png"):
            info.compress_type = zipfile.ZIP_DEFLATED
            return info, data[:16] + bytes(19_000)
        return info, data

    bad = _rewritten(good, tmp_path / "bad.zip", zeros)
    with pytest.raises(BackupError, match=r"^bad\.zip holds .* compressed .* times"):
        restore(bad, tmp_path / "target", NOW, SMALL)
    assert not (tmp_path / "target").exists()


def test_a_central_directory_that_claims_a_huge_member_is_refused_unread(tmp_path: Path) -> None:
    good = _backup_of_cards(tmp_path)
    data = bytearray(good.read_bytes())
    at = data.index(b"PK\x01\x02")  # the central directory's first entry: backup.json
    data[at + 24 : at + 28] = (0xFFFF_FFF0).to_bytes(4, "little")  # its size: 4 GiB
    (tmp_path / "bad.zip").write_bytes(bytes(data))
    with pytest.raises(BackupError, match=r"^bad\.zip holds .* bigger than"):
        restore(tmp_path / "bad.zip", tmp_path / "target", NOW)
    with pytest.raises(BackupError, match=r"^bad\.zip holds .* bigger than"):
        inspect(tmp_path / "bad.zip")


def test_an_image_that_is_not_the_image_its_name_hashes_is_refused(tmp_path: Path) -> None:
    good = _backup_of_cards(tmp_path)

    def other_bytes(info: zipfile.ZipInfo, data: bytes) -> tuple[zipfile.ZipInfo, bytes]:
        return info, (data[:-1] + b"!" if info.filename.endswith(".jpg") else data)

    bad = _rewritten(good, tmp_path / "bad.zip", other_bytes)
    with pytest.raises(BackupError, match=r"^bad\.zip holds a card image that is not the one"):
        restore(bad, tmp_path / "target", NOW)
    assert not (tmp_path / "target").exists()


def _symlinks_for_images(info: zipfile.ZipInfo, data: bytes) -> tuple[zipfile.ZipInfo, bytes]:
    if info.filename.startswith("cards/"):
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        return info, b"/etc/passwd"
    return info, data


def test_an_archive_whose_images_are_symlinks_or_missing_changes_nothing(tmp_path: Path) -> None:
    good = _backup_of_cards(tmp_path)
    links = _rewritten(good, tmp_path / "links.zip", _symlinks_for_images)
    missing = _rewritten(
        good,
        tmp_path / "missing.zip",
        lambda i, d: None if i.filename.startswith("cards/") else (i, d),
    )
    ids = _library_with_cards(tmp_path / "library")
    with pytest.raises(BackupError, match=r"^links\.zip holds a card image that is not the one"):
        restore(links, tmp_path / "library", NOW)
    with pytest.raises(BackupError, match=r"^missing\.zip lacks 4 of the 4 card images"):
        restore(missing, tmp_path / "library", NOW)
    with open_library(tmp_path / "library") as library:
        assert len(Contacts(library).get_contacts(ids)) == 3
        names = [n for (n,) in library.connection.execute("SELECT file_name FROM card_images")]
        assert all(library.images.path(name).is_file() for name in names)
    assert not [p for p in tmp_path.iterdir() if "restor" in p.name]


def test_two_restores_in_the_same_second_keep_both_libraries(tmp_path: Path) -> None:
    good = _backup_of_cards(tmp_path)
    _library_with_cards(tmp_path / "library")
    first = restore(good, tmp_path / "library", NOW)
    second = restore(good, tmp_path / "library", NOW)
    assert first.kept == tmp_path / "library-before-restore-20261126-093000"
    assert second.kept == tmp_path / "library-before-restore-20261126-093000-2"
    assert kept_folder(tmp_path / "library", NOW) == second.kept.with_name(
        second.kept.name[:-1] + "3"
    )


def test_a_restore_keeps_what_else_lies_in_the_library_folder(tmp_path: Path) -> None:
    """On Windows and macOS the settings and the library share one folder."""
    good = _backup_of_cards(tmp_path)
    _library_with_cards(tmp_path / "library")
    (tmp_path / "library" / "settings.json").write_text('{"my_name": "Anna"}')
    summary = restore(good, tmp_path / "library", NOW)
    assert (tmp_path / "library" / "settings.json").read_text() == '{"my_name": "Anna"}'
    assert summary.kept is not None
    assert sorted(p.name for p in summary.kept.iterdir()) == ["cards", "library.sqlite3"]
