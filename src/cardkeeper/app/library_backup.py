"""The whole library, database and card images, as one archive; and back again.

A backup is a zip holding ``backup.json`` (what it is, when it was made, the
schema version), ``library.sqlite3`` and ``cards/<xx>/<hash>.<ext>``. The
database is copied with SQLite's online backup API, so a backup made while the
app writes is still one consistent moment. Only the image files the database
names are taken (not a half-written ``.partial``); they are stored as they are,
JPEGs and PNGs being compressed already.

Restoring never writes over a library in place: the archive is unpacked into a
new folder beside the target and opened there (which checks it and brings an
older schema up to date); only a complete, readable library then takes the
target's name, and the library it replaces is kept beside it under a dated
name, so nothing is lost even by restoring the wrong file.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any

from cardkeeper import __version__
from cardkeeper.errors import BackupError, LibraryError
from cardkeeper.logs import timed
from cardkeeper.store.database import CARDS_FOLDER_NAME, DATABASE_FILE_NAME, Library, open_library
from cardkeeper.store.migrate import latest_version, schema_version
from cardkeeper.wording import counted

MANIFEST = "backup.json"
FORMAT = "CardKeeper library backup"
FORMAT_VERSION = 1

log = logging.getLogger(__name__)


def contents(contacts: int, images: int) -> str:
    """How the CLI and the window report a backup: "1 contact and 3 card images"."""
    return f"{counted(contacts, 'contact')} and {counted(images, 'card image')}"


@dataclass(frozen=True)
class BackupSummary:
    contacts: int
    images: int
    path: Path


@dataclass(frozen=True)
class RestoreSummary:
    contacts: int
    images: int
    kept: Path | None
    """Where the library that was replaced now lies; None when there was none."""


@dataclass(frozen=True)
class BackupInfo:
    """What a backup's manifest says; None where it does not say (or not readably)."""

    made_at: datetime | None
    contacts: int | None
    images: int | None


def back_up(library: Library, out: Path, now: datetime) -> BackupSummary:
    """Write the whole library to the archive ``out``, whole or not at all."""
    with timed(log, "Backup") as watch:
        summary = _back_up(library, out, now)
    log.info(
        "Backup: %d contacts and %d card images, in %.1f s",
        summary.contacts,
        summary.images,
        watch.seconds(),
    )
    return summary


def _back_up(library: Library, out: Path, now: datetime) -> BackupSummary:
    partial = out.with_name(f".{out.name}.partial")
    try:
        with tempfile.TemporaryDirectory(dir=out.parent) as work:
            copy = Path(work) / DATABASE_FILE_NAME
            target = sqlite3.connect(copy)
            try:
                library.connection.backup(target)
                names = [row[0] for row in target.execute("SELECT file_name FROM card_images")]
                (contacts,) = target.execute("SELECT count(*) FROM contacts").fetchone()
                version = schema_version(target)
            finally:
                target.close()
            images = sorted(set(names))
            manifest = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "schema_version": version,
                "made_at": now.isoformat(),
                "made_by": f"CardKeeper {__version__}",
                "contacts": contacts,
                "images": len(images),
            }
            with zipfile.ZipFile(partial, "w") as archive:
                archive.writestr(MANIFEST, json.dumps(manifest, indent=2))
                archive.write(copy, DATABASE_FILE_NAME, zipfile.ZIP_DEFLATED)
                for name in images:
                    path = library.images.path(name)
                    if not path.exists():
                        raise BackupError(
                            f"The card image {name} is missing from the library folder, so "
                            "the backup would be incomplete; nothing was written."
                        )
                    archive.write(path, _member_name(name), zipfile.ZIP_STORED)
        os.replace(partial, out)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise BackupError(
            f"The backup could not be written to {out} ({error.strerror or error}); "
            "choose another place."
        ) from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return BackupSummary(contacts, len(images), out)


def restore(archive_path: Path, data_dir: Path, now: datetime) -> RestoreSummary:
    """Make ``data_dir`` the library held in the archive; the one there before is kept aside.

    The library in ``data_dir`` must not be open elsewhere meanwhile.
    """
    with timed(log, "Restore") as watch:
        summary = _restore(archive_path, data_dir, now)
    log.info(
        "Restore: %d contacts and %d card images, in %.1f s; %s",
        summary.contacts,
        summary.images,
        watch.seconds(),
        "the library it replaced is kept aside" if summary.kept else "there was no library before",
    )
    return summary


def _restore(archive_path: Path, data_dir: Path, now: datetime) -> RestoreSummary:
    data_dir = data_dir.absolute()
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    unpacked = Path(tempfile.mkdtemp(prefix=f".{data_dir.name}.restoring-", dir=data_dir.parent))
    try:
        images = _unpack(archive_path, unpacked)
        try:
            with open_library(unpacked) as library:
                (check,) = library.connection.execute("PRAGMA integrity_check").fetchone()
                (contacts,) = library.connection.execute("SELECT count(*) FROM contacts").fetchone()
        except LibraryError as error:
            raise BackupError(
                f"{archive_path.name} holds a library that cannot be opened: {error}"
            ) from error
        if check != "ok":
            raise BackupError(f"{archive_path.name} holds a damaged library; nothing was changed.")
        kept = None
        if data_dir.exists() and any(data_dir.iterdir()):
            kept = kept_folder(data_dir, now)
            data_dir.rename(kept)
        elif data_dir.exists():
            data_dir.rmdir()
        try:
            unpacked.rename(data_dir)
        except OSError:
            if kept is not None:  # put the library back: the caller is told nothing changed
                kept.rename(data_dir)
            raise
    except BaseException:
        shutil.rmtree(unpacked, ignore_errors=True)
        raise
    return RestoreSummary(contacts, images, kept)


def kept_folder(data_dir: Path, now: datetime) -> Path:
    """Where :func:`restore` with this ``now`` keeps the library it replaces: beside it, dated,
    so the window can name the folder when it asks before restoring."""
    data_dir = data_dir.absolute()
    return data_dir.with_name(f"{data_dir.name}-before-restore-{now:%Y%m%d-%H%M%S}")


def inspect(archive_path: Path) -> BackupInfo:
    """What the archive says it holds, once the checks that need no unpacking have passed.

    It is a zip, a CardKeeper backup, not made by a newer CardKeeper, and holds
    a database; else :class:`BackupError` with one sentence. :func:`restore`
    checks the rest (every file, the database itself), so the window can refuse
    most wrong files before it lets go of the library that is open.
    """
    with _checked_archive(archive_path) as (_archive, manifest):
        made_at = manifest.get("made_at")
        try:
            made = datetime.fromisoformat(made_at) if isinstance(made_at, str) else None
        except ValueError:
            made = None
        contacts, images = manifest.get("contacts"), manifest.get("images")
        return BackupInfo(
            made,
            contacts if isinstance(contacts, int) else None,
            images if isinstance(images, int) else None,
        )


def _unpack(archive_path: Path, folder: Path) -> int:
    """Check the archive and write its files into ``folder``; return how many images it held."""
    name = archive_path.name
    with _checked_archive(archive_path) as (archive, _manifest_data):
        images = 0
        for member in archive.namelist():
            if member == MANIFEST:
                continue
            if not _allowed(member):
                raise BackupError(
                    f"{name} holds a file CardKeeper did not put there ({member}); "
                    "nothing was restored."
                )
            target = folder / PurePosixPath(member)
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(member) as source, target.open("wb") as copy:
                shutil.copyfileobj(source, copy)
            images += member != DATABASE_FILE_NAME
    return images


@contextmanager
def _checked_archive(archive_path: Path) -> Iterator[tuple[zipfile.ZipFile, dict[str, Any]]]:
    """The archive open, with its manifest, once it is known to be a backup this version can
    restore; reading it, here or in the ``with`` block, fails with one sentence."""
    name = archive_path.name
    try:
        with zipfile.ZipFile(archive_path) as archive:
            manifest = _manifest(archive, name)
            if manifest["schema_version"] > latest_version():
                raise BackupError(
                    f"{name} was made by a newer CardKeeper; update CardKeeper to restore it."
                )
            if DATABASE_FILE_NAME not in archive.namelist():
                raise BackupError(f"{name} holds no library database; nothing was changed.")
            yield archive, manifest
    except FileNotFoundError as error:
        raise BackupError(f"There is no file {archive_path}.") from error
    except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile) as error:
        raise BackupError(
            f"{name} is not a CardKeeper backup, or it was cut short; nothing was changed."
        ) from error
    except OSError as error:
        raise BackupError(
            f"{name} could not be restored ({error.strerror or error}); nothing was changed."
        ) from error


def _manifest(archive: zipfile.ZipFile, name: str) -> dict[str, Any]:
    """The archive's manifest, with an int ``schema_version``; a sentence if it is not ours."""
    not_ours = BackupError(f"{name} is not a CardKeeper backup; nothing was changed.")
    try:
        manifest = json.loads(archive.read(MANIFEST))
    except (KeyError, ValueError) as error:
        raise not_ours from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise not_ours
    if not isinstance(manifest.get("schema_version"), int):
        raise not_ours
    return manifest


def _member_name(file_name: str) -> str:
    return f"{CARDS_FOLDER_NAME}/{file_name[:2]}/{file_name}"


def _allowed(member: str) -> bool:
    """The database, or a content-named image in its two-letter folder: nothing that could
    land outside the new folder ('..', absolute paths) or be taken for something else."""
    if member == DATABASE_FILE_NAME:
        return True
    name = member.rsplit("/", 1)[-1]
    return member == _member_name(name) and name.replace(".", "").isalnum()
