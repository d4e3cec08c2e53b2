"""``cardkeeper backup`` and ``cardkeeper restore``: the whole library as one archive."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from cardkeeper import paths
from cardkeeper.app.library_backup import back_up, contents, restore
from cardkeeper.store.database import open_library


def run_backup(out: Path, *, data_dir: str | None) -> int:
    with open_library(paths.data_dir(data_dir)) as library:
        summary = back_up(library, out.expanduser(), datetime.now(UTC))
    print(f"Backed up {contents(summary.contacts, summary.images)} to {summary.path}.")
    return 0


def run_restore(archive: Path, *, data_dir: str | None) -> int:
    """Close CardKeeper's window first: the library is replaced as a folder."""
    folder = paths.data_dir(data_dir)
    summary = restore(archive.expanduser(), folder, datetime.now(UTC))
    print(f"Restored {contents(summary.contacts, summary.images)} to {folder}.")
    if summary.kept is not None:
        print(f"The library that was there is kept in {summary.kept}.")
    return 0
