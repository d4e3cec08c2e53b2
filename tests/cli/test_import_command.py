"""``cardkeeper import``: folders and contacts files into a real library from a terminal, twice."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PIL import Image

from cardkeeper.domain import Contact
from cardkeeper.interop.contacts_csv import contacts_to_csv
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import open_library
from tests.card_files import write_scan, write_scan_without_email_or_phone, write_sheet
from tests.interop.vcard_samples import APPLE, GOOGLE


def _import(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cardkeeper", "import", *args],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=180,
        check=False,
    )


def test_import_reports_each_file_and_never_doubles_a_card(tmp_path: Path) -> None:
    photos = tmp_path / "photos"
    _, first = write_scan(photos, 3)
    _, second = write_scan(photos, 5)
    assert first.emails != second.emails
    (photos / "minutes.txt").write_text("not a card")
    library = tmp_path / "library"

    result = _import("--data-dir", str(library), "--event", "Web Summit 2026", str(photos))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "2 added, 0 already in the library, 0 could not be read."
    assert any(first.family_name in line for line in lines)
    assert (library / "library.sqlite3").is_file()

    again = _import("--data-dir", str(library), str(photos), str(photos / "minutes.txt"))
    assert again.returncode == 1
    tail = again.stdout.splitlines()
    assert tail[-1] == "0 added, 2 already in the library, 1 could not be read."
    assert any(t.endswith("minutes.txt: minutes.txt is a text file, not an image.") for t in tail)
    assert "Traceback" not in again.stderr


def test_contacts_files_beside_card_images_come_in_once(tmp_path: Path) -> None:
    photos = tmp_path / "photos"
    _, card = write_scan(photos, 3)
    phone = tmp_path / "From My Phone.VCF"
    phone.write_bytes((GOOGLE + APPLE).encode("utf-8"))
    sheet = tmp_path / "outlook.csv"
    sheet.write_bytes(
        contacts_to_csv(
            [Contact(given_name="Claire", family_name="Lefèvre", emails=["c@atelier.example"])],
            "outlook",
        )
    )
    library = tmp_path / "library"

    result = _import(
        "--data-dir", str(library), "--region", "GB", str(phone), str(photos), str(sheet)
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert f"{phone}: Ben Okafor (entry 1) was added." in lines
    assert f"{phone}: 2 added, 0 updated, 0 already in the library, 0 could not be read." in lines
    assert f"{sheet}: Claire Lefèvre (row 2) was added." in lines
    assert lines[-1] == "1 added, 0 already in the library, 0 could not be read."
    assert any(card.family_name in line for line in lines)

    again = _import("--data-dir", str(library), str(phone), str(sheet))
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[-1] == (
        f"{sheet}: 0 added, 0 updated, 1 already in the library, 0 could not be read."
    )
    assert f"{phone}: 0 added, 0 updated, 2 already in the library, 0 could not be read." in (
        again.stdout.splitlines()
    )


def test_a_broken_contacts_file_fails_with_one_sentence_and_the_rest_goes_on(
    tmp_path: Path,
) -> None:
    empty = tmp_path / "empty.vcf"
    empty.write_bytes(b"")
    mixed = tmp_path / "mixed.vcf"
    mixed.write_text(GOOGLE + "BEGIN:VCARD\r\nVERSION:3.0\r\nbroken\r\nEND:VCARD\r\n")
    result = _import("--data-dir", str(tmp_path / "library"), str(empty), str(mixed))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0] == f"{empty}: empty.vcf holds no contacts."
    assert any(line.startswith(f"{mixed}: Entry 2 could not be read: ") for line in lines)
    assert (
        lines[-1] == f"{mixed}: 1 added, 0 updated, 0 already in the library, 1 could not be read."
    )
    assert "Traceback" not in result.stderr


def test_hostile_files_get_one_sentence_each_and_make_no_contact(tmp_path: Path) -> None:
    photos = tmp_path / "photos"
    photos.mkdir()
    (photos / "loopa.jpg").symlink_to(photos / "loopb.jpg")
    (photos / "loopb.jpg").symlink_to(photos / "loopa.jpg")
    os.mkfifo(photos / "pipe.jpg")  # nobody writes into it: reading it must not wait
    Image.new("RGB", (1, 1), "white").save(photos / "dot.png")
    Image.new("L", (1600, 1000), 255).save(photos / "blank.png")
    named = ["loopa.jpg", "pipe.jpg", "dot.png", "blank.png"]
    library = tmp_path / "library"

    result = _import("--data-dir", str(library), *(str(photos / name) for name in named))

    assert result.returncode == 1
    assert result.stderr == ""
    assert result.stdout.splitlines() == [
        f"{photos / 'loopa.jpg'}: loopa.jpg is a link that leads back to itself (a symbolic link"
        " loop), so there is no image behind it.",
        f"{photos / 'pipe.jpg'}: pipe.jpg is a named pipe (FIFO), not a regular file, so there"
        " is no image to read in it.",
        f"{photos / 'dot.png'}: No text could be read in dot.png, so no contact was made from it.",
        f"{photos / 'blank.png'}: No text could be read in blank.png, so no contact was made"
        " from it.",
        "0 added, 0 already in the library, 4 could not be read.",
    ]
    with open_library(library) as opened:
        assert Contacts(opened).count() == 0


def test_an_import_killed_midway_and_run_again_doubles_nothing_and_leaves_no_debris(
    tmp_path: Path,
) -> None:
    photos = tmp_path / "photos"
    write_scan(photos, 3)
    for seed in (5, 8, 13):
        write_scan_without_email_or_phone(photos, seed)
    library = tmp_path / "library"
    command = [sys.executable, "-m", "cardkeeper", "import", "--data-dir", str(library)]
    killed = subprocess.Popen(
        [*command, "--jobs", "1", str(photos)], stdout=subprocess.PIPE, text=True
    )
    assert killed.stdout is not None
    first_line = killed.stdout.readline()  # the first card is saved; the next is being read
    killed.kill()
    killed.wait(timeout=60)
    killed.stdout.close()
    assert ": Added " in first_line
    # What a kill in the middle of saving a card image leaves, which a test cannot time:
    # a file half written, and a whole one whose row never committed.
    cards = library / "cards"
    (cards / "ab").mkdir(parents=True, exist_ok=True)
    (cards / "ab" / ".ab12cd.partial").write_bytes(b"\xff\xd8\xff" + b"\0" * 400_000)
    orphan = "ab" + "0" * 62 + ".jpg"
    (cards / "ab" / orphan).write_bytes(b"\xff\xd8\xff\xe0 a card whose contact never committed")

    again = _import("--data-dir", str(library), str(photos))

    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[-1] in {
        f"{4 - n} added, {n} already in the library, 0 could not be read." for n in (1, 2, 3, 4)
    }
    with open_library(library) as opened:
        assert Contacts(opened).count() == 4
        named = {n for (n,) in opened.connection.execute("SELECT file_name FROM card_images")}
    on_disk = {path.name for path in cards.rglob("*") if path.is_file()}
    assert on_disk == named
    third = _import("--data-dir", str(library), str(photos)).stdout.splitlines()
    assert third[-1] == "0 added, 4 already in the library, 0 could not be read."


def test_another_photo_of_someone_in_the_library_is_kept_for_review_as_in_the_window(
    tmp_path: Path,
) -> None:
    """One rule in the terminal and the window: the same image is never saved twice; another
    photo of someone already there is saved for review, with the merge offered in the inbox."""
    scan, truth = write_scan(tmp_path / "photos", 3)
    library = tmp_path / "library"
    assert _import("--data-dir", str(library), str(scan)).returncode == 0
    retaken = tmp_path / "retaken.jpg"
    Image.open(scan).convert("RGB").save(retaken, quality=95)  # other bytes, the same card

    again = _import("--data-dir", str(library), str(retaken), str(scan))

    assert again.returncode == 0, again.stderr
    lines = again.stdout.splitlines()
    assert lines[0].startswith(f"{retaken}: Added {truth.name}; {truth.name} (")
    assert lines[0].endswith("is already in the library — merge them in the review inbox.")
    assert lines[-2] == f"{scan}: Not added: this card was imported before, as {truth.name}."
    assert lines[-1] == (
        "1 added, 1 already in the library, 0 could not be read; "
        "1 looks like someone already in your library."
    )
    with open_library(library) as opened:
        contacts = Contacts(opened).list_contacts()
    assert [c.needs_review for c in contacts] == [True, True]


def test_a_photo_of_several_cards_is_said_and_each_card_added(tmp_path: Path) -> None:
    sheet, truths = write_sheet(tmp_path / "photos", 2, 4, name="desk.jpg")
    library = tmp_path / "library"

    result = _import("--data-dir", str(library), str(sheet))

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"{sheet}: 4 cards in desk.jpg."
    assert lines[1:5] == [
        f"{sheet} (card {n}): Added {truth.name}." for n, truth in enumerate(truths, 1)
    ]
    assert lines[5] == "4 added, 0 already in the library, 0 could not be read."
    with open_library(library) as opened:
        assert Contacts(opened).count() == 4
