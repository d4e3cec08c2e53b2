"""``--data-dir`` naming a file, not a folder: every command says so in one sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from cardkeeper.store.database import open_library
from tests.cardkeeper_command import run_cardkeeper


@pytest.mark.parametrize("inside", [False, True], ids=["a file", "inside a file"])
def test_every_command_says_the_library_folder_is_a_file(tmp_path: Path, inside: bool) -> None:
    file = tmp_path / "notes.txt"
    file.write_text("not a library")
    data_dir = file / "library" if inside else file
    card = tmp_path / "card.png"
    card.write_bytes(b"\x89PNG")
    frames = tmp_path / "frames"
    frames.mkdir()
    archive = tmp_path / "backup.zip"
    with open_library(tmp_path / "real library"):
        pass
    made = run_cardkeeper(
        "--data-dir", str(tmp_path / "real library"), "backup", "--out", str(archive)
    )
    assert made.returncode == 0, made.stderr
    commands = [
        ["import", str(card)],
        ["followups"],
        ["followups", "done", "1"],
        ["export", "--format", "vcf", "--out", "-"],
        ["draft", "1"],
        ["backup", "--out", str(tmp_path / "out.zip")],
        ["restore", str(archive)],
        ["camera", "--save", "--source", str(frames)],
    ]
    expected = (
        f"cardkeeper: The library folder {data_dir} is a file (or inside one), not a folder; "
        "start CardKeeper with a folder for its library (--data-dir FOLDER).\n"
    )
    for command in commands:
        result = run_cardkeeper("--data-dir", str(data_dir), *command)
        assert (command, result.stderr) == (command, expected)
        assert result.returncode == 2
    assert file.read_text() == "not a library"
