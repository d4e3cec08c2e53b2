"""The upgrade that splits a library's addresses into parts (the address-parts migration), timed.

A library is made as the version before address parts left it: ``count`` contacts
with the card generator's addresses of nine locales, the search index filled.
Opening it with this CardKeeper runs the migration: new columns, every address
split once with ``cardkeeper.postal.split_address``, the search views made again
and the rows of the contacts with an address re-indexed. The user waits for it
at the first start after updating.

The baseline, measured in the same run on the same library, is an ordinary
start: opening it once more, already upgraded, the whole-file check included
(as at every start: the file changed since the check of the first open). A second row shows
what the splitting alone costs, so that a slower splitter shows here.
Prints a Markdown table and writes it to ``bench/out/address_upgrade.md``.

    python -m bench.address_upgrade [--count 10000]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import tempfile
import time
from pathlib import Path

from cardkeeper.postal import split_address
from cardkeeper.store.database import DATABASE_FILE_NAME, open_library
from cardkeeper.store.migrate import migrate, migrations
from tools.cardgen.locales import LOCALES
from tools.cardgen.people import make_truth

OUT = Path(__file__).parent / "out" / "address_upgrade.md"


def older_library(folder: Path, count: int, seed: int = 1) -> list[str]:
    """A library of the version before address parts with ``count`` contacts; their addresses."""
    (parts,) = [m.version for m in migrations() if m.name.endswith("_address_parts.sql")]
    folder.mkdir(parents=True)
    connection = sqlite3.connect(folder / DATABASE_FILE_NAME, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    migrate(connection, up_to=1)  # the rows first: the later migrations index them as they go
    rng = random.Random(seed)
    locales = sorted(LOCALES)
    addresses = []
    connection.execute("BEGIN")
    for number in range(1, count + 1):
        truth = make_truth(rng, rng.choice(locales), "left", dark=False)
        addresses.append(truth.address)
        connection.execute(
            "INSERT INTO contacts (id, full_name, company, address, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, '2026-01-01T10:00:00+00:00', '2026-01-01T10:00:00+00:00')",
            (number, truth.name, truth.company, truth.address),
        )
    connection.execute("COMMIT")
    migrate(connection, up_to=parts - 1)
    connection.close()
    return addresses


def run(count: int, work: Path) -> str:
    folder = work / "library"
    addresses = older_library(folder, count)
    started = time.perf_counter()
    open_library(folder).close()
    upgrade = time.perf_counter() - started
    started = time.perf_counter()
    open_library(folder).close()
    ordinary = time.perf_counter() - started
    started = time.perf_counter()
    for address in addresses:
        split_address(address)
    split = time.perf_counter() - started
    return "\n".join(
        [
            f"{count} contacts with generated addresses (nine locales).",
            "",
            "| opening the library | s | ms per contact | ratio to an ordinary start |",
            "|---|---|---|---|",
            f"| ordinary start (baseline) | {ordinary:.2f} | {ordinary / count * 1e3:.3f} | 1.0 |",
            f"| first start after updating: the upgrade | {upgrade:.2f} "
            f"| {upgrade / count * 1e3:.3f} | {upgrade / ordinary:.1f} |",
            f"| split_address alone (part of the upgrade) | {split:.2f} "
            f"| {split / count * 1e3:.3f} | {split / ordinary:.1f} |",
            "",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cardkeeper-address-upgrade-") as work:
        table = run(args.count, Path(work))
    print(table)
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(table)


if __name__ == "__main__":
    main()
