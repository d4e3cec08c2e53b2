"""Where the backups of a library were written, so a damaged library can point at the newest.

Kept as a small JSON file in the library folder, beside the database and not
in it: it must still be readable when the database is not. A restore leaves it
where it is (it is not part of the library a backup holds), since the backups
it names are still there.
"""

from __future__ import annotations

import json
import os
import tempfile
import zipfile
from pathlib import Path

BACKUP_LOG_FILE = "backups.json"
KEPT_ENTRIES = 20
"""Enough to find a good one after several backups to a stick that is gone; the file stays tiny."""


def note_backup(folder: Path, archive: Path) -> None:
    """Add ``archive`` as the newest backup of the library in ``folder``; best effort.

    A log that cannot be written only loses the hint a damaged library would give,
    so the backup that was written is not reported as failed for it.
    """
    entries = [str(archive.absolute())]
    entries += [entry for entry in _entries(folder) if entry != entries[0]][: KEPT_ENTRIES - 1]
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".", suffix=".partial")
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            json.dump(entries, file, indent=1)
        os.replace(temporary, folder / BACKUP_LOG_FILE)
    except OSError:
        return


def newest_backup(folder: Path) -> Path | None:
    """The newest backup noted for ``folder`` that is still there and still a zip."""
    for entry in _entries(folder):
        if Path(entry).is_file() and zipfile.is_zipfile(entry):
            return Path(entry)
    return None


def _entries(folder: Path) -> list[str]:
    try:
        entries = json.loads((folder / BACKUP_LOG_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(entries, list):
        return []
    return [entry for entry in entries if isinstance(entry, str)]
