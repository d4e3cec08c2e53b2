"""``cardkeeper backup`` then ``cardkeeper restore`` into another library folder, end to end."""

from __future__ import annotations

import os
import random
import re
import resource
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from cardkeeper.app.library_backup import back_up
from cardkeeper.cli import main
from cardkeeper.domain import Contact
from cardkeeper.errors import LibraryError
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import open_library
from tests.store.conftest import scanned_side
from tests.unprivileged import unprivileged

Completed = subprocess.CompletedProcess[str]


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


REPORTING_PEAK = """
import atexit, os, runpy

def report():
    with open("/proc/self/status") as status:
        peak = next(line for line in status if line.startswith("VmHWM:"))
    with open(os.environ["PEAK_FILE"], "w") as file:
        file.write(peak.split()[1])

atexit.register(report)
runpy.run_module("cardkeeper", run_name="__main__", alter_sys=True)
"""
"""``python -m cardkeeper`` that writes its peak memory (kB) to $PEAK_FILE as it exits.

VmHWM counts this process only; getrusage's maxrss would also count the pytest
process it was started from, as large as the suite made it."""


def _cardkeeper(
    *args: str, env: dict[str, str] | None = None, peak: Path | None = None, **options: Any
) -> Completed:
    start = ["-c", REPORTING_PEAK] if peak else ["-m", "cardkeeper"]
    return subprocess.run(
        [sys.executable, *start, *args],
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "PYTHONPATH": os.pathsep.join(sys.path),
            "PEAK_FILE": str(peak),
            **(env or {}),
        },
        timeout=120,
        check=False,
        **options,
    )


def _library_with_images(folder: Path, count: int, size: int = 2000) -> None:
    with open_library(folder) as library:
        contacts = Contacts(library)
        for seed in range(count):
            contacts.save_new_contact(
                Contact(given_name=f"Card {seed}"), [scanned_side(seed=seed, size=size)]
            )


def test_a_backup_never_copies_a_file_the_database_names_outside_the_library(
    tmp_path: Path,
) -> None:
    _library_with_images(tmp_path / "lib", 2)
    victim = tmp_path / "victim.txt"
    victim.write_text("someone else's file")
    with open_library(tmp_path / "lib") as library:
        library.connection.execute("UPDATE card_images SET file_name = '/etc/passwd' WHERE id = 1")
        library.connection.execute(
            "UPDATE card_images SET file_name = ? WHERE id = 2", (str(victim),)
        )
        library.connection.execute("UPDATE contacts SET deleted_at = '2000-01-01T00:00:00Z'")

    backup = _cardkeeper(
        "--data-dir", str(tmp_path / "lib"), "backup", "--out", str(tmp_path / "b.zip")
    )

    assert (backup.returncode, backup.stdout) == (2, "")
    assert backup.stderr.startswith(f"cardkeeper: The library file {tmp_path / 'lib'}")
    assert "is damaged; restore it from a backup" in backup.stderr
    assert not (tmp_path / "b.zip").exists()
    with open_library(tmp_path / "lib") as library, pytest.raises(LibraryError):
        Contacts(library).purge_deleted(timedelta(0))
    assert victim.read_text() == "someone else's file"


def test_a_zip_bomb_in_a_backup_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    """300 MB of zeros, deflated to 300 kB, as the manifest, the database and a card image."""
    _library_with_images(tmp_path / "source", 1)
    run = _cardkeeper(
        "--data-dir", str(tmp_path / "source"), "backup", "--out", str(tmp_path / "good.zip")
    )
    assert run.returncode == 0, run.stderr
    with zipfile.ZipFile(tmp_path / "good.zip") as good:
        members = {info.filename: good.read(info) for info in good.infolist()}
    image = next(name for name in members if name.endswith(".png"))
    # The 300 MB are written to the zip a MB at a time: the test's own memory stays small, and
    # so does the high-water mark a child inherits from it.
    padding = {"backup.json": b" " * 2**20, "library.sqlite3": bytes(2**20), image: bytes(2**20)}
    for bomb, filler in padding.items():
        archive = tmp_path / "bomb.zip"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
            for name, data in members.items():
                with out.open(name, "w", force_zip64=True) as member:
                    if name != bomb:
                        member.write(data)
                        continue
                    member.write(data[:-1] if name == "backup.json" else data)
                    for _ in range(300):
                        member.write(filler)
                    member.write(b"}" if name == "backup.json" else b"")
        run = _cardkeeper(
            "restore", str(archive), "--data-dir", str(tmp_path / "lib"), peak=tmp_path / "peak"
        )
        peak_kib = int((tmp_path / "peak").read_text())
        assert run.returncode == 2, (bomb, run.stdout, run.stderr)
        assert run.stderr.startswith("cardkeeper: bomb.zip holds "), run.stderr
        assert re.search(r"(bigger than|compressed \d+ times)", run.stderr), run.stderr
        assert peak_kib < 150 * 1024, (bomb, peak_kib)
        assert sorted(p.name for p in tmp_path.iterdir()) == [
            "bomb.zip",
            "good.zip",
            "peak",
            "source",
        ]


def _damage(database: Path) -> None:
    """8 kB of garbage in the middle of the file, as a bad sector or a sync tool would leave."""
    with database.open("r+b") as file:
        file.seek(database.stat().st_size // 2)
        file.write(random.Random(8).randbytes(8192))


def test_a_damaged_library_is_refused_and_the_newest_backup_offered(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    with open_library(lib) as library:
        contacts = Contacts(library)
        for n in range(400):
            contacts.save_new_contact(
                Contact(given_name=f"Anna {n}", emails=[f"a{n}@example.de"], notes="x" * 300)
            )
    for name in ("old.zip", "new.zip"):
        run = _cardkeeper("--data-dir", str(lib), "backup", "--out", str(tmp_path / name))
        assert run.returncode == 0, run.stderr
    _damage(lib / "library.sqlite3")
    (tmp_path / "card.vcf").write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben\r\nEND:VCARD\r\n")
    sentence = (
        f"cardkeeper: The library file {lib / 'library.sqlite3'} is damaged; restore it from a "
        f"backup (the newest is {tmp_path / 'new.zip'}) or move it away.\n"
    )
    for command in (
        ["import", str(tmp_path / "card.vcf")],
        ["followups"],
        ["export", "--format", "vcf", "--out", str(tmp_path / "out.vcf")],
        ["backup", "--out", str(tmp_path / "damaged.zip")],
    ):
        run = _cardkeeper("--data-dir", str(lib), *command)
        assert (run.returncode, run.stderr) == (2, sentence), command
    assert not (tmp_path / "damaged.zip").exists()
    run = _cardkeeper("restore", str(tmp_path / "new.zip"), "--data-dir", str(lib))
    assert run.returncode == 0, run.stderr
    assert _cardkeeper("--data-dir", str(lib), "followups").returncode == 0


def _killed_while(args: list[str], seen: Callable[[], bool]) -> None:
    child = subprocess.Popen(
        [sys.executable, "-m", "cardkeeper", *args],
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while not seen():
        assert child.poll() is None, "it ended before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.002)
    child.send_signal(signal.SIGKILL)
    assert child.wait(timeout=10) == -signal.SIGKILL


def _leftovers(*folders: Path) -> list[str]:
    return sorted(
        str(path.relative_to(folder.parent))
        for folder in folders
        for path in folder.parent.iterdir()
        if path.name.startswith((".", "tmp")) or "restoring" in path.name
    ) + sorted(p.name for folder in folders if folder.is_dir() for p in folder.glob(".*"))


def test_a_killed_backup_or_restore_leaves_nothing_after_the_next_start(tmp_path: Path) -> None:
    lib, out = tmp_path / "lib", tmp_path / "usb" / "backup.zip"
    out.parent.mkdir()
    _library_with_images(lib, 60, size=2_000_000)
    _killed_while(
        ["--data-dir", str(lib), "backup", "--out", str(out)],
        lambda: any(p.stat().st_size > 20_000_000 for p in out.parent.rglob("*") if p.is_file()),
    )
    assert _cardkeeper("--data-dir", str(lib), "followups").returncode == 0
    assert list(out.parent.iterdir()) == []
    assert _leftovers(lib) == []

    assert _cardkeeper("--data-dir", str(lib), "backup", "--out", str(out)).returncode == 0
    other = tmp_path / "other"
    _killed_while(
        ["restore", str(out), "--data-dir", str(other)],
        lambda: any(
            p.is_file() and p.stat().st_size > 0
            for p in tmp_path.glob(".other.restoring-*/cards/*/*")
        ),
    )
    assert _cardkeeper("--data-dir", str(other), "followups").returncode == 0
    assert _leftovers(lib, other) == []


def test_a_restore_keeps_the_settings_in_a_shared_folder(tmp_path: Path) -> None:
    """Windows and macOS keep settings.json in the library folder: XDG points both at one."""
    home = {"XDG_DATA_HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    env = {**home, "CARDKEEPER_DATA_DIR": ""}
    folder = tmp_path / "CardKeeper"
    _library_with_images(folder, 2)
    (folder / "settings.json").write_text('{"my_name": "Anna"}')
    assert _cardkeeper("backup", "--out", str(tmp_path / "b.zip"), env=env).returncode == 0

    run = _cardkeeper("restore", str(tmp_path / "b.zip"), env=env)

    assert run.returncode == 0, run.stderr
    assert (folder / "settings.json").read_text() == '{"my_name": "Anna"}'


def test_a_restore_into_a_read_only_place_is_one_sentence(
    shared_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _library_with_images(tmp_path / "source", 1)
    with open_library(tmp_path / "source") as library:
        back_up(library, shared_folder / "b.zip", datetime.now(UTC))
    _library_with_images(shared_folder / "lib", 1)
    shared_folder.chmod(0o555)
    with unprivileged():
        status = main(
            ["restore", str(shared_folder / "b.zip"), "--data-dir", str(shared_folder / "lib")]
        )
    assert status == 2
    assert capsys.readouterr().err == (
        f"cardkeeper: b.zip could not be restored into {shared_folder / 'lib'} "
        "(Permission denied); nothing was changed.\n"
    )


def _file_size_limit(limit: int) -> Callable[[], None]:
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_a_backup_onto_a_full_disk_is_one_sentence(tmp_path: Path) -> None:
    """RLIMIT_FSIZE in the child makes every write past 256 kB fail as a full disk would."""
    lib = tmp_path / "lib"
    with open_library(lib) as library:
        contacts = Contacts(library)
        for n in range(300):
            contacts.save_new_contact(Contact(given_name=f"Anna {n}", notes="x" * 2000))
    assert (lib / "library.sqlite3").stat().st_size > 512 * 1024

    run = _cardkeeper(
        "--data-dir",
        str(lib),
        "backup",
        "--out",
        str(tmp_path / "b.zip"),
        preexec_fn=_file_size_limit(256 * 1024),
    )

    assert run.returncode == 2
    assert run.stderr == (
        f"cardkeeper: The library could not be copied into {lib} for the backup "
        "(disk I/O error); free some space on its disk and try again.\n"
    ), run.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lib"]
    assert _leftovers(lib) == []
