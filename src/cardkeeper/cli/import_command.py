"""``cardkeeper import``: read images and folders into the library, one line per file."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from cardkeeper import paths
from cardkeeper.app.import_cards import ImportStatus, import_images
from cardkeeper.cli.reading_setup import reading_options
from cardkeeper.store.database import open_library


def run_import(
    named: list[Path],
    *,
    data_dir: str | None,
    event: str | None,
    jobs: int,
    languages: str | None,
    region: str | None,
) -> int:
    """Exit status 1 if any file failed; a matched card is not a failure."""
    options = reading_options(languages, region)
    counts: Counter[ImportStatus] = Counter()
    with open_library(paths.data_dir(data_dir)) as library:
        for result in import_images(library, named, options, event=event, jobs=jobs):
            counts[result.status] += 1
            print(f"{result.path}: {result.message}", flush=True)
            for note in result.notes:
                print(f"    {note}", flush=True)
    print(
        f"{counts[ImportStatus.ADDED]} added, {counts[ImportStatus.MATCHED]} already in the "
        f"library, {counts[ImportStatus.FAILED]} could not be read."
    )
    return 1 if counts[ImportStatus.FAILED] else 0
