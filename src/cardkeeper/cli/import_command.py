"""``cardkeeper import``: read images, folders and contacts files into the library, one line each.

Card images and folders are read as cards; a ``.vcf`` or ``.csv`` file named
among them is read as contacts from another address book, entry by entry.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from cardkeeper import paths
from cardkeeper.app.contact_exchange import IMPORT_SUFFIXES, Outcome, import_contacts
from cardkeeper.app.import_cards import ImportStatus, import_images
from cardkeeper.cli.reading_setup import reading_options
from cardkeeper.errors import ExchangeError
from cardkeeper.settings import load_settings
from cardkeeper.store.database import Library, open_library
from cardkeeper.terminal import shown


def run_import(
    named: list[Path],
    *,
    data_dir: str | None,
    event: str | None,
    jobs: int,
    languages: str | None,
    region: str | None,
) -> int:
    """Exit status 1 if any file or entry failed; a matched card or contact is not a failure."""
    contact_files = [p for p in named if p.suffix.lower() in IMPORT_SUFFIXES and p.is_file()]
    images = [p for p in named if p not in contact_files]
    options = reading_options(languages, region) if images else None
    failed = False
    with open_library(paths.data_dir(data_dir)) as library:
        for path in contact_files:
            failed |= _import_contacts(library, path, region)
        if options is not None:
            counts: Counter[ImportStatus] = Counter()
            for result in import_images(library, images, options, event=event, jobs=jobs):
                counts[result.status] += 1
                print(f"{shown(result.path)}: {shown(result.message)}", flush=True)
                for note in result.notes:
                    print(f"    {shown(note)}", flush=True)
            print(
                f"{counts[ImportStatus.ADDED]} added, {counts[ImportStatus.MATCHED]} already in "
                f"the library, {counts[ImportStatus.FAILED]} could not be read."
            )
            failed |= counts[ImportStatus.FAILED] > 0
    return 1 if failed else 0


def _import_contacts(library: Library, path: Path, region: str | None) -> bool:
    """Print one line per entry and a summary; True if anything failed."""
    phone_region = (region or load_settings().default_phone_region).upper()
    try:
        report = import_contacts(library, path, region=phone_region)
    except ExchangeError as error:
        print(f"{shown(path)}: {shown(error)}", flush=True)
        return True
    for entry in report.entries:
        print(f"{shown(path)}: {shown(entry.message)}", flush=True)
    print(f"{shown(path)}: {report.summary()}", flush=True)
    return report.count(Outcome.FAILED) > 0
