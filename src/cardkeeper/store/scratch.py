"""Folders for work under way, which a killed process leaves behind, removed at the next start.

A backup copies the database into a folder of its own before zipping it, an
export writes a ``.partial`` file beside its target, and a restore unpacks the
archive into a folder before it takes the library's place. A process killed
meanwhile (kill -9, a closed lid, a power cut) leaves them: a full copy of the
contacts. So these folders live where CardKeeper
looks at every start (in the library folder, or beside it with the library's
name) and each holds a lock for as long as its process lives: ``flock`` on
POSIX, and on Windows a file that is open cannot be deleted. The next start
removes the folders whose lock nobody holds, and nothing still in use.
"""

from __future__ import annotations

import glob
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

LOCK_FILE = ".lock"
ALSO_FILE = ".also"
"""Names one file outside the folder that goes with it: the ``.partial`` file a backup or
an export is writing."""
WRITING_PREFIX = ".writing-"
YOUNG_SECONDS = 60
"""A folder made this recently may not have its lock yet: left alone, whatever it holds."""


def restoring_prefix(data_dir: Path) -> str:
    return f".{data_dir.name}.restoring-"


@contextmanager
def writing_folder(library_folder: Path, partial: Path) -> Iterator[Path]:
    """A folder in the library for a backup or an export under way (a backup copies the
    database into it), naming the ``partial`` file it writes; gone when the block ends."""
    with _scratch(library_folder, WRITING_PREFIX, partial) as folder:
        yield folder


@contextmanager
def restore_folder(data_dir: Path) -> Iterator[Path]:
    """A folder beside ``data_dir`` to unpack a backup into, gone when the block ends."""
    with _scratch(data_dir.parent, restoring_prefix(data_dir), None) as folder:
        yield folder


def clean_after_crashes(data_dir: Path) -> None:
    """Remove what killed backups, exports and restores of the library in ``data_dir`` left;
    best effort."""
    for parent, prefix in (
        (data_dir, WRITING_PREFIX),
        (data_dir.parent, restoring_prefix(data_dir)),
    ):
        for folder in parent.glob(glob.escape(prefix) + "*"):
            with suppress(OSError):
                if folder.is_dir() and not folder.is_symlink() and not _in_use(folder):
                    _remove(folder)


@contextmanager
def _scratch(parent: Path, prefix: str, also: Path | None) -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
    try:
        with (folder / LOCK_FILE).open("w") as lock:
            _lock(lock)
            if also is not None:
                (folder / ALSO_FILE).write_text(str(also.absolute()), encoding="utf-8")
            yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _lock(file: IO[str]) -> None:
    if fcntl is not None:
        fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


def _in_use(folder: Path) -> bool:
    lock = folder / LOCK_FILE
    if not lock.exists():
        return time.time() - folder.stat().st_mtime < YOUNG_SECONDS
    if fcntl is None:
        try:
            lock.unlink()  # fails while the process that made it holds it open
        except PermissionError:
            return True
        return False
    with lock.open("a") as file:
        try:
            fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
    return False


def _remove(folder: Path) -> None:
    """Remove the folder, and the ``.partial`` archive it names (only a file named so)."""
    with suppress(OSError, ValueError):
        also = Path((folder / ALSO_FILE).read_text(encoding="utf-8"))
        if also.name.startswith(".") and also.name.endswith(".partial") and also.is_file():
            also.unlink()
    shutil.rmtree(folder, ignore_errors=True)
