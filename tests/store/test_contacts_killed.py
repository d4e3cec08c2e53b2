"""A batch import killed at any moment leaves only whole contacts, and files for every row.

A child process imports cards in a loop until it is killed with SIGKILL (no
cleanup, no atexit, exactly like a crash or a closed laptop lid as far as the
process is concerned); then the library is opened again and checked.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from cardkeeper.store.database import open_library

CHILD = """
import sys
from pathlib import Path
from cardkeeper.domain import Contact, Phone, PhoneKind
from cardkeeper.reading.words import Box, Word
from cardkeeper.store.card_images import ImageData, ScannedSide
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import open_library

folder, start = Path(sys.argv[1]), int(sys.argv[2])
contacts = Contacts(open_library(folder))
print("ready", flush=True)
for n in range(start, start + 100_000):
    image = n.to_bytes(8, "big") * 40_000  # 320 kB, different for every card
    side = ScannedSide(
        flattened=ImageData(b"\\x89PNG\\r\\n\\x1a\\n" + image, 1000, 600),
        original=ImageData(b"\\xff\\xd8\\xff\\xe0" + image, 4000, 3000),
        words=[Word(f"w{i}", Box(i, i, 10, 10), 0.9) for i in range(WORDS)],
        word_fields={0: "name"},
    )
    contacts.save_new_contact(
        Contact(
            given_name=f"Card {n}",
            emails=[f"a{n}@example.de", f"b{n}@example.de"],
            phones=[
                Phone(PhoneKind.WORK, f"+49301{n:07d}"),
                Phone(PhoneKind.MOBILE, f"+49151{n:07d}"),
            ],
            tags=["batch"],
        ),
        [side],
        confidences={"name": 0.9, "email": 0.8},
        card_text=f"Card {n}",
    )
"""
WORDS = 20
KILL_AFTER_SECONDS = (0.2, 0.45, 0.3, 0.7, 0.35)
"""Each round reopens the library the last one left and kills the import at another moment."""


def import_until_killed(folder: Path, start: int, after_seconds: float) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD.replace("WORDS", str(WORDS)), str(folder), str(start)],
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert child.stdout is not None
    assert child.stdout.readline() == b"ready\n"
    time.sleep(after_seconds)
    child.send_signal(signal.SIGKILL)
    assert child.wait(timeout=10) == -signal.SIGKILL


def assert_only_whole_contacts(folder: Path) -> int:
    with open_library(folder) as library:
        db = library.connection
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        contact_ids = [i for (i,) in db.execute("SELECT id FROM contacts")]
        for table, per_contact in [
            ("emails", 2),
            ("phones", 2),
            ("card_images", 2),
            ("contact_tags", 1),
            ("field_confidences", 2),
        ]:
            counts = dict(db.execute(f"SELECT contact_id, count(*) FROM {table} GROUP BY 1"))
            assert all(counts.get(i) == per_contact for i in contact_ids), table
            assert set(counts) <= set(contact_ids), table
        (words,) = db.execute("SELECT count(*) FROM ocr_words").fetchone()
        assert words == WORDS * len(contact_ids)
        (indexed,) = db.execute("SELECT count(*) FROM contact_search").fetchone()
        assert indexed == len(contact_ids)
        for (file_name,) in db.execute("SELECT file_name FROM card_images"):
            path = library.images.path(file_name)
            assert hashlib.sha256(path.read_bytes()).hexdigest() == file_name.split(".")[0]
        return len(contact_ids)


def test_a_killed_batch_import_leaves_only_whole_contacts(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    saved = 0
    for round_number, after_seconds in enumerate(KILL_AFTER_SECONDS, start=1):
        import_until_killed(folder, start=round_number * 1_000_000, after_seconds=after_seconds)
        now_saved = assert_only_whole_contacts(folder)
        assert now_saved >= saved
        saved = now_saved
    assert saved > 0, "the child never got to save a contact before it was killed"
    # At least one kill hit an import after its files were written and before its commit
    # (most do: writing the images takes most of an import's time).
    with open_library(folder) as library:
        named = {
            name for (name,) in library.connection.execute("SELECT file_name FROM card_images")
        }
    on_disk = {path.name for path in (folder / "cards").rglob("*") if path.is_file()}
    assert on_disk - named
