"""``cardkeeper import``: read images, folders and contacts files into the library, one line each.

Card images and folders are read as cards; a ``.vcf`` or ``.csv`` file named
among them is read as contacts from another address book, entry by entry.
When a CardKeeper window is open on the library, the files are handed to it
instead, as opening files in a running app does: it imports them as its own.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from cardkeeper import paths
from cardkeeper.app.contact_exchange import IMPORT_SUFFIXES, Outcome, import_contacts
from cardkeeper.app.import_cards import ImportStatus, cards_in_photo, import_images
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
    folder = paths.data_dir(data_dir)
    if _handed_to_window(folder, named, event):
        return 0
    contact_files = [p for p in named if p.suffix.lower() in IMPORT_SUFFIXES and p.is_file()]
    images = [p for p in named if p not in contact_files]
    options = reading_options(languages, region) if images else None
    failed = False
    with open_library(folder) as library:
        for path in contact_files:
            failed |= _import_contacts(library, path, region)
        if options is not None:
            counts: Counter[ImportStatus] = Counter()
            maybe = 0
            # As in the window: a card that may be someone already here is kept for review,
            # its merge offered in the review inbox; only the same card image is not saved again.
            results = import_images(library, images, options, event=event, jobs=jobs)
            for result in results:
                counts[result.status] += 1
                maybe += bool(result.matches) and result.status is ImportStatus.ADDED
                if result.card == 1:
                    said = cards_in_photo(result.cards, result.path)
                    print(f"{shown(result.path)}: {shown(said)}", flush=True)
                where = f" (card {result.card})" if result.card else ""
                print(f"{shown(result.path)}{where}: {shown(result.message)}", flush=True)
                for note in result.notes:
                    print(f"    {shown(note)}", flush=True)
            line = (
                f"{counts[ImportStatus.ADDED]} added, {counts[ImportStatus.MATCHED]} already in "
                f"the library, {counts[ImportStatus.FAILED]} could not be read"
            )
            if maybe:
                line += (
                    "; 1 looks like someone already in your library"
                    if maybe == 1
                    else f"; {maybe} look like people already in your library"
                )
            print(f"{line}.")
            failed |= counts[ImportStatus.FAILED] > 0
    return 1 if failed else 0


def _handed_to_window(folder: Path, named: list[Path], event: str | None) -> bool:
    """True if a window open on the library took the files, which the terminal then says."""
    try:
        from cardkeeper.gui.single_instance import hand_to_window
    except ImportError:  # no Qt libraries here (a server): no window either
        return False
    if not hand_to_window(folder, named, event):
        return False
    if len(named) == 1:
        print(
            f"Handed {shown(named[0])} to the CardKeeper window open on this library; it "
            "imports it into its review inbox and tells there how it went."
        )
    else:
        print(
            f"Handed {len(named)} files and folders to the CardKeeper window open on this "
            "library; it imports them into its review inbox and tells there how they went."
        )
    return True


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
