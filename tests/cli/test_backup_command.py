"""``cardkeeper backup`` then ``cardkeeper restore`` into another library folder, end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from cardkeeper.cli import main
from cardkeeper.domain import Contact
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import open_library


def test_backup_and_restore_from_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_library(tmp_path / "library") as library:
        Contacts(library).save_new_contact(Contact(given_name="Anna"))
    archive = tmp_path / "backup.zip"

    assert main(["--data-dir", str(tmp_path / "library"), "backup", "--out", str(archive)]) == 0
    assert capsys.readouterr().out == f"Backed up 1 contact and 0 card images to {archive}.\n"

    with open_library(tmp_path / "other") as other:
        Contacts(other).save_new_contact(Contact(given_name="Ben"))
    assert main(["restore", str(archive), "--data-dir", str(tmp_path / "other")]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == f"Restored 1 contact and 0 card images to {tmp_path / 'other'}."
    assert printed[1].startswith(f"The library that was there is kept in {tmp_path}/other-before")
    with open_library(tmp_path / "other") as restored:
        assert [c.given_name for c in Contacts(restored).list_contacts()] == ["Anna"]


def test_restoring_something_else_is_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    status = main(["restore", str(tmp_path / "photo.jpg"), "--data-dir", str(tmp_path / "lib")])
    assert status == 2
    assert capsys.readouterr().err == (
        "cardkeeper: photo.jpg is not a CardKeeper backup, or it was cut short; "
        "nothing was changed.\n"
    )
    assert not (tmp_path / "lib").exists()
