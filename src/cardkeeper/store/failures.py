"""Turn what SQLite and the file system report into one sentence the user can act on.

Only failures that are about the library folder itself (read-only, full,
not ours, damaged, busy) become a :class:`LibraryError`; anything else is a bug
and goes on as it is, to the crash dialog and the log.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cardkeeper.errors import LibraryError
from cardkeeper.store.backup_log import newest_backup
from cardkeeper.wording import translate


def read_only(folder: Path) -> LibraryError:
    return LibraryError(
        translate(
            "failures",
            "CardKeeper cannot write to the library folder {folder}; "
            "make it writable, or start CardKeeper with another folder (--data-dir FOLDER).",
        ).format(folder=folder)
    )


def not_a_folder(folder: Path) -> LibraryError:
    return LibraryError(
        translate(
            "failures",
            "The library folder {folder} is a file (or inside one), not a folder; "
            "start CardKeeper with a folder for its library (--data-dir FOLDER).",
        ).format(folder=folder)
    )


def disk_full(folder: Path) -> LibraryError:
    return LibraryError(
        translate(
            "failures",
            "The disk that holds the library folder {folder} is full; "
            "free some space and try again, nothing of this step was saved.",
        ).format(folder=folder)
    )


def newer_version(folder: Path) -> LibraryError:
    return LibraryError(
        translate(
            "failures",
            "The library in {folder} was made by a newer version of CardKeeper; "
            "update CardKeeper to open it.",
        ).format(folder=folder)
    )


def not_a_library(database: Path) -> LibraryError:
    return LibraryError(
        translate(
            "failures",
            "The file {database} is not a CardKeeper library; "
            "move it out of the way, or start CardKeeper with another folder (--data-dir FOLDER).",
        ).format(database=database)
    )


def damaged(database: Path) -> LibraryError:
    """The sentence for a damaged library, naming the newest backup when one is known."""
    newest = newest_backup(database.parent)
    if newest is None:
        sentence = translate(
            "failures",
            "The library file {database} is damaged; restore it from a backup or move it away.",
        )
    else:
        sentence = translate(
            "failures",
            "The library file {database} is damaged; "
            "restore it from a backup (the newest is {newest}) or move it away.",
        )
    return LibraryError(sentence.format(database=database, newest=newest))


def busy(folder: Path) -> LibraryError:
    return LibraryError(
        translate(
            "failures",
            "The library in {folder} is busy in another CardKeeper window; "
            "wait a moment or close that window and try again.",
        ).format(folder=folder)
    )


_READ_ONLY_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}
_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_NOT_A_FOLDER_ERRNOS = {errno.EEXIST, errno.ENOTDIR}
"""Making the folder where a file is (EEXIST), or inside a file (ENOTDIR)."""


def as_library_error(error: Exception, folder: Path, database: Path) -> LibraryError | None:
    """The user-facing error for ``error``, or None when it is not about the library's storage."""
    if isinstance(error, sqlite3.Error):
        # The primary result code is the low byte of the extended one.
        code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
        if code == sqlite3.SQLITE_FULL:
            return disk_full(folder)
        if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM):
            return read_only(folder)
        if code == sqlite3.SQLITE_NOTADB:
            return not_a_library(database)
        if code == sqlite3.SQLITE_CORRUPT:
            return damaged(database)
        if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            return busy(folder)
        return None
    if isinstance(error, OSError):
        if error.errno in _FULL_ERRNOS:
            return disk_full(folder)
        if error.errno in _READ_ONLY_ERRNOS:
            return read_only(folder)
        if error.errno in _NOT_A_FOLDER_ERRNOS:
            return not_a_folder(folder)
    return None


@contextmanager
def library_errors(folder: Path, database: Path) -> Iterator[None]:
    """Raise storage failures inside the block as a :class:`LibraryError`, chained to the cause."""
    try:
        yield
    except (sqlite3.Error, OSError) as error:
        translated = as_library_error(error, folder, database)
        if translated is None:
            raise
        raise translated from error
