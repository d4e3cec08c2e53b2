"""``cardkeeper import``: folders and contacts files into a real library from a terminal, twice."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from cardkeeper.domain import Contact
from cardkeeper.interop.contacts_csv import contacts_to_csv
from tests.card_files import write_scan
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
