"""How long the migration to several cards per contact takes on a big library.

The migration makes ``card_images`` again (SQLite cannot change a UNIQUE
constraint in place) and checks every row that refers to another, the words the
reader ever saved included, before it commits. Each library here has, per
contact, a flattened front and its photo and a flattened back, with 30 words on
each flattened side, written straight into a database at the schema just
before the migration.

The baseline, measured in the same run on the same file: ``VACUUM INTO`` a new
file, a plain copy of the whole database by SQLite (what a backup costs), so
the ratio shows what the migration costs beside copying the library once.
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from pathlib import Path

from cardkeeper.store.migrate import migrate, migrations, schema_version

BEFORE = next(m.version for m in migrations() if m.name.endswith("_several_cards.sql")) - 1
WORDS_PER_SIDE = 30


def make_library(path: Path, count: int) -> None:
    """A database at the schema before several cards, ``count`` contacts with their cards."""
    connection = sqlite3.connect(path, isolation_level=None)
    migrate(connection, up_to=BEFORE)
    connection.execute("PRAGMA synchronous = OFF")
    connection.execute("BEGIN")
    moment = "2026-01-01T10:00:00.000000+00:00"
    connection.executemany(
        "INSERT INTO contacts (id, given_name, created_at, updated_at, uid) VALUES (?, ?, ?, ?, ?)",
        ((n, f"Person {n}", moment, moment, f"uid-{n}") for n in range(1, count + 1)),
    )
    images = []
    words = []
    for n in range(1, count + 1):
        for offset, side, role in (
            (0, "front", "flattened"),
            (1, "front", "original"),
            (2, "back", "flattened"),
        ):
            image_id = 3 * n + offset
            images.append((image_id, n, side, role, f"{image_id:064x}.png", 1000, 600))
            if role == "flattened":
                words += [
                    (image_id, p, f"word{p}", 10 * p, 10, 40, 12, 0.9, 1, 1, p // 6, "")
                    for p in range(WORDS_PER_SIDE)
                ]
    connection.executemany(
        "INSERT INTO card_images (id, contact_id, side, role, file_name, width, height)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        images,
    )
    connection.executemany(
        "INSERT INTO ocr_words (card_image_id, position, text, box_left, box_top, box_width,"
        " box_height, confidence, block, paragraph, line, field)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        words,
    )
    connection.execute("COMMIT")
    connection.close()


def measure(folder: Path, count: int) -> tuple[int, float, float, float]:
    """(words, MB, baseline seconds, migration seconds) for a library of ``count`` contacts."""
    path = folder / f"library-{count}.sqlite3"
    make_library(path, count)
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")
    (words,) = connection.execute("SELECT count(*) FROM ocr_words").fetchone()
    size = path.stat().st_size / 1e6
    started = time.perf_counter()
    connection.execute(f"VACUUM INTO '{folder / f'copy-{count}.sqlite3'}'")
    baseline = time.perf_counter() - started
    started = time.perf_counter()
    migrate(connection, up_to=BEFORE + 1)
    migration = time.perf_counter() - started
    if schema_version(connection) != BEFORE + 1:
        raise SystemExit("the migration did not run")
    (after,) = connection.execute("SELECT count(*) FROM ocr_words").fetchone()
    if after != words:
        raise SystemExit(f"the migration kept {after} of {words} words")
    connection.close()
    return words, size, baseline, migration


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("bench/out"))
    parser.add_argument("--counts", default="10000,50000", help="library sizes, in contacts")
    args = parser.parse_args()
    lines = [
        "| contacts | words | database (MB) | baseline: VACUUM INTO (s) | migration (s) | ratio |",
        "|---|---|---|---|---|---|",
    ]
    with tempfile.TemporaryDirectory(prefix="cardkeeper-bench-migration-") as scratch:
        for count in (int(text) for text in args.counts.split(",")):
            words, size, baseline, migration = measure(Path(scratch), count)
            lines.append(
                f"| {count:,} | {words:,} | {size:.0f} | {baseline:.2f} | {migration:.2f}"
                f" | {migration / baseline:.2f} |"
            )
    text = "\n".join(lines)
    print(text)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "card_migration.md").write_text(text + "\n")


if __name__ == "__main__":
    main()
