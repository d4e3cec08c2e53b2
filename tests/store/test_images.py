from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from cardkeeper.errors import LibraryError
from cardkeeper.store.images import ImageStore, image_suffix, is_image_name

from .conftest import fake_jpeg, fake_png


def test_a_file_is_named_by_the_hash_of_its_bytes(tmp_path: Path) -> None:
    store = ImageStore(tmp_path / "cards", tmp_path / "library.sqlite3")
    data = fake_jpeg()
    name = store.save(data)
    digest = hashlib.sha256(data).hexdigest()
    assert name == f"{digest}.jpg"
    assert store.path(name) == tmp_path / "cards" / digest[:2] / name
    assert store.path(name).read_bytes() == data


def test_the_same_content_is_one_file_written_once(tmp_path: Path) -> None:
    store = ImageStore(tmp_path / "cards", tmp_path / "library.sqlite3")
    name = store.save(fake_png())
    first = store.path(name).stat()
    assert store.save(fake_png()) == name
    again = store.path(name).stat()
    assert (again.st_ino, again.st_mtime_ns) == (first.st_ino, first.st_mtime_ns)
    assert store.save(fake_png(seed=1)) != name


def test_no_temporary_file_is_left_behind(tmp_path: Path) -> None:
    store = ImageStore(tmp_path / "cards", tmp_path / "library.sqlite3")
    name = store.save(fake_png())
    assert [p.name for p in store.path(name).parent.iterdir()] == [name]


def test_a_failed_write_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = ImageStore(tmp_path / "cards", tmp_path / "library.sqlite3")

    def no_space(_: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", no_space)
    with pytest.raises(OSError, match="No space"):
        store.save(fake_png())
    assert [p for p in (tmp_path / "cards").rglob("*") if p.is_file()] == []


def test_delete_removes_the_file_and_accepts_a_missing_one(tmp_path: Path) -> None:
    store = ImageStore(tmp_path / "cards", tmp_path / "library.sqlite3")
    name = store.save(fake_png())
    store.delete(name)
    assert not store.path(name).exists()
    store.delete(name)


@pytest.mark.parametrize(
    ("head", "suffix"),
    [
        (b"\xff\xd8\xff\xe0", ".jpg"),
        (b"\x89PNG\r\n\x1a\n", ".png"),
        (b"II*\x00", ".tif"),
        (b"MM\x00*", ".tif"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", ".webp"),
        (b"\x00\x00\x00\x18ftypheic", ".heic"),
    ],
)
def test_the_suffix_comes_from_the_signature(head: bytes, suffix: str) -> None:
    assert image_suffix(head + b"rest") == suffix


def test_bytes_that_are_no_image_are_refused() -> None:
    with pytest.raises(ValueError, match="not JPEG"):
        image_suffix(b"%PDF-1.7")


@pytest.mark.parametrize(
    "name", ["/etc/passwd", "../../tmp/victim.txt", "ab/../../x.jpg", "A" * 64 + ".jpg", "0" * 64]
)
def test_a_name_that_is_no_content_hash_is_never_made_a_path(tmp_path: Path, name: str) -> None:
    store = ImageStore(tmp_path / "cards", tmp_path / "library.sqlite3")
    with pytest.raises(LibraryError, match=r"library\.sqlite3 is damaged"):
        store.path(name)
    with pytest.raises(LibraryError, match=r"library\.sqlite3 is damaged"):
        store.delete(name)
    assert is_image_name("0" * 64 + ".heic")
