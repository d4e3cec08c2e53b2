"""``cardkeeper import``: a folder into a real library from a terminal, twice."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.card_files import write_scan


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
