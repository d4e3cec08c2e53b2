"""The whole library, database and card images, as one archive; and back again.

A backup is a zip holding ``backup.json`` (what it is, when it was made, the
schema version), ``library.sqlite3`` and ``cards/<xx>/<hash>.<ext>``. The
database is copied with SQLite's online backup API, so a backup made while the
app writes is still one consistent moment. Only the image files the database
names are taken (not a half-written ``.partial``); they are stored as they are,
JPEGs and PNGs being compressed already.

An archive is a file from anywhere, so a restore trusts nothing in it. Each
member's size and compression ratio, as the zip's directory gives them, are
checked before anything is unpacked (zipfile never writes more than that
size), and the free space is asked for. The database is unpacked first and
opened (which checks it and brings an older schema up to date); every image
name its rows hold must be a content name, and exactly those images are
unpacked, each checked against the hash its name gives.

Restoring never writes over a library in place: the archive is unpacked into a
new folder beside the target; only a complete, checked library then takes the
place of the target's database and cards, and those are kept beside it under a
dated name, so nothing is lost even by restoring the wrong file. Anything else
in the folder (the settings, on Windows and macOS) stays where it is.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import sqlite3
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
from cardkeeper.store.backup_log import note_backup
from cardkeeper.store.database import (
    CARDS_FOLDER_NAME,
    DATABASE_FILE_NAME,
    Library,
    open_library,
    refuse_damaged,
)
from cardkeeper.store.failures import as_library_error, library_errors
from cardkeeper.store.images import image_suffix, is_image_name
from cardkeeper.store.migrate import latest_version, schema_version
from cardkeeper.store.scratch import clean_after_crashes, restore_folder, writing_folder
from cardkeeper.wording import counted, translate

MANIFEST = "backup.json"
FORMAT = "CardKeeper library backup"
FORMAT_VERSION = 1
LIBRARY_PARTS = (
    DATABASE_FILE_NAME,
    f"{DATABASE_FILE_NAME}-wal",
    f"{DATABASE_FILE_NAME}-shm",
    f"{DATABASE_FILE_NAME}-journal",
    CARDS_FOLDER_NAME,
)
"""What a restore replaces in the library folder; anything else there (settings.json on
Windows and macOS, the backup log) stays."""

MAX_MANIFEST_BYTES = 2**20
"""The manifest CardKeeper writes is a few hundred bytes; a megabyte is no manifest."""
MAX_DATABASE_BYTES = 16 * 2**30
"""100,000 contacts without cards take 115 MB (bench/fake_library.py); each scanned card
adds its OCR words, about 10 kB: 100,000 cards would be some 1-2 GB. 16 GiB is ten times that."""
MAX_IMAGE_BYTES = 256 * 2**20
"""A phone's photo of a card is 2 to 12 MB, a 600 dpi uncompressed TIFF scan of one about 10;
256 MiB is more than any card image CardKeeper keeps."""
MAX_RATIO = 100
"""How many times a member may expand: images are stored as they are (once), a database of
10,000 contacts deflates 2.6 times; a run of zeros, what zip bombs are made of, 1,000 times."""
RATIO_FLOOR_BYTES = 2**20
"""Members up to this size are not held to the ratio: a tiny new library deflates 50 times, and
a megabyte cannot hurt."""
COPY_CHUNK = 2**20


@dataclass(frozen=True)
class UnpackLimits:
    """How big an archive's members may be, checked before anything is unpacked; named
    constants by default, a test lowers them to stay fast."""

    manifest_bytes: int = MAX_MANIFEST_BYTES
    database_bytes: int = MAX_DATABASE_BYTES
    image_bytes: int = MAX_IMAGE_BYTES
    ratio: int = MAX_RATIO
    ratio_floor_bytes: int = RATIO_FLOOR_BYTES


LIMITS = UnpackLimits()

log = logging.getLogger(__name__)


def contents(contacts: int, images: int) -> str:
    """How the CLI and the window report a backup: "1 contact and 3 card images"."""
    return translate("library_backup", "{contacts} and {images}").format(
        contacts=counted(contacts, "contact"), images=counted(images, "card image")
    )


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
        with writing_folder(library.folder, partial) as work:
            copy = work / DATABASE_FILE_NAME
            contacts, version, images = _copy_database(library, copy)
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
                            translate(
                                "library_backup",
                                "The card image {name} is missing from the library folder, so "
                                "the backup would be incomplete; nothing was written.",
                            ).format(name=name)
                        )
                    archive.write(path, _member_name(name), zipfile.ZIP_STORED)
        os.replace(partial, out)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise BackupError(
            translate(
                "library_backup",
                "The backup could not be written to {out} ({reason}); choose another place.",
            ).format(out=out, reason=error.strerror or error)
        ) from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    note_backup(library.folder, out)
    return BackupSummary(contacts, len(images), out)


def _copy_database(library: Library, copy: Path) -> tuple[int, int, list[str]]:
    """Copy the database to ``copy``, check it, and return its contacts, schema and image names.

    The copy is checked, not only the library at its opening: a page damaged
    since then is found here, and no archive holds a damaged library.
    """
    with library_errors(library.folder, library.database_path):
        target = sqlite3.connect(copy)
        try:
            try:
                library.connection.backup(target)
            except sqlite3.OperationalError as error:
                if as_library_error(error, library.folder, library.database_path) is not None:
                    raise
                raise BackupError(
                    translate(
                        "library_backup",
                        "The library could not be copied into {folder} for the backup "
                        "({reason}); free some space on its disk and try again.",
                    ).format(folder=library.folder, reason=error)
                ) from error
            refuse_damaged(target, library.database_path)
            names = {row[0] for row in target.execute("SELECT file_name FROM card_images")}
            (contacts,) = target.execute("SELECT count(*) FROM contacts").fetchone()
            version = schema_version(target)
        finally:
            target.close()
    return contacts, version, sorted(library.images.checked(name) for name in names)


def restore(
    archive_path: Path, data_dir: Path, now: datetime, limits: UnpackLimits = LIMITS
) -> RestoreSummary:
    """Make ``data_dir`` the library held in the archive; the one there before is kept aside.

    The library in ``data_dir`` must not be open elsewhere meanwhile.
    """
    with timed(log, "Restore") as watch:
        summary = _restore(archive_path, data_dir.absolute(), now, limits)
    log.info(
        "Restore: %d contacts and %d card images, in %.1f s; %s",
        summary.contacts,
        summary.images,
        watch.seconds(),
        "the library it replaced is kept aside" if summary.kept else "there was no library before",
    )
    return summary


def _restore(
    archive_path: Path, data_dir: Path, now: datetime, limits: UnpackLimits
) -> RestoreSummary:
    name = archive_path.name
    with _checked_archive(archive_path, limits) as (archive, _manifest_data):
        try:
            data_dir.parent.mkdir(parents=True, exist_ok=True)
            clean_after_crashes(data_dir)
            with restore_folder(data_dir) as unpacked:
                contacts, images = _unpack(archive, name, unpacked)
                kept = _swap(unpacked, data_dir, now)
        except OSError as error:
            raise BackupError(
                translate(
                    "library_backup",
                    "{name} could not be restored into {folder} ({reason}); nothing was changed.",
                ).format(name=name, folder=data_dir, reason=error.strerror or error)
            ) from error
    return RestoreSummary(contacts, images, kept)


def _unpack(archive: zipfile.ZipFile, name: str, folder: Path) -> tuple[int, int]:
    """Write the archive's database and the images it names into ``folder``, checking each;
    return how many contacts and images it holds."""
    members = {info.filename: info for info in archive.infolist() if info.filename != MANIFEST}
    for member in members:
        if not _allowed(member):
            raise _not_put_there(name, member)
    needed = sum(info.file_size for info in members.values())
    free = shutil.disk_usage(folder).free
    if needed > free:
        raise BackupError(
            translate(
                "library_backup",
                "{name} needs {needed} of free space to be restored and there is "
                "{free}; nothing was changed.",
            ).format(name=name, needed=_size(needed), free=_size(free))
        )
    _copy_member(archive, members.pop(DATABASE_FILE_NAME), folder / DATABASE_FILE_NAME)
    contacts, file_names = _library_contents(folder, name)
    wanted = {_member_name(file_name) for file_name in file_names}
    missing = wanted - members.keys()
    if missing:
        raise BackupError(
            translate(
                "library_backup",
                "{name} lacks {missing} of the {wanted} card images its library names; "
                "nothing was changed.",
            ).format(name=name, missing=len(missing), wanted=len(wanted))
        )
    unnamed = sorted(members.keys() - wanted)
    if unnamed:
        raise _not_put_there(name, unnamed[0])
    for member in sorted(wanted):
        target = folder / PurePosixPath(member)
        target.parent.mkdir(parents=True, exist_ok=True)
        digest, head = _copy_member(archive, members[member], target)
        file_name = target.name
        if f"{digest}{_suffix(head)}" != file_name:
            raise BackupError(
                translate(
                    "library_backup",
                    "{name} holds a card image that is not the one its name promises ({member}); "
                    "nothing was changed.",
                ).format(name=name, member=member)
            )
    return contacts, len(wanted)


def _not_put_there(name: str, member: str) -> BackupError:
    return BackupError(
        translate(
            "library_backup",
            "{name} holds a file CardKeeper did not put there ({member}); nothing was restored.",
        ).format(name=name, member=member)
    )


def _library_contents(folder: Path, name: str) -> tuple[int, set[str]]:
    """Open the unpacked library (which checks it and brings an older schema up to date);
    its contacts and the card image names its rows hold, each one CardKeeper could have made."""
    try:
        with open_library(folder) as library:
            connection = library.connection
            with library_errors(folder, library.database_path):
                (check,) = connection.execute("PRAGMA integrity_check(1)").fetchone()
                (contacts,) = connection.execute("SELECT count(*) FROM contacts").fetchone()
                file_names = {
                    row[0] for row in connection.execute("SELECT file_name FROM card_images")
                }
    except LibraryError as error:
        raise BackupError(
            translate(
                "library_backup", "{name} holds a library that cannot be opened: {reason}"
            ).format(name=name, reason=error)
        ) from error
    if check != "ok":
        raise BackupError(
            translate(
                "library_backup", "{name} holds a damaged library; nothing was changed."
            ).format(name=name)
        )
    for file_name in sorted(file_names):
        if not isinstance(file_name, str) or not is_image_name(file_name):
            raise BackupError(
                translate(
                    "library_backup",
                    "{name} names a card image file that CardKeeper did not make "
                    "({file}); nothing was changed.",
                ).format(name=name, file=repr(str(file_name)[:80]))
            )
    return contacts, file_names


def _copy_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path
) -> tuple[str, bytes]:
    """Write one member to ``target``, a new file; its sha256 and its first bytes.

    zipfile stops at the size the directory gives, which :func:`_checked_archive`
    has bounded, so what a member really expands to cannot fill the disk.
    """
    digest = hashlib.sha256()
    head = b""
    with archive.open(info) as source, target.open("xb") as copy:
        while chunk := source.read(COPY_CHUNK):
            head = head or chunk[:16]
            digest.update(chunk)
            copy.write(chunk)
    return digest.hexdigest(), head


def _suffix(head: bytes) -> str:
    try:
        return image_suffix(head)
    except ValueError:
        return ""


def _swap(unpacked: Path, data_dir: Path, now: datetime) -> Path | None:
    """Move the library in ``data_dir`` to the kept folder and the unpacked one in its place.

    Only the library's own files move: where settings share the folder
    (Windows, macOS) they stay. Any failure moves everything back.
    """
    old = [data_dir / part for part in LIBRARY_PARTS if os.path.lexists(data_dir / part)]
    moved: list[tuple[Path, Path]] = []
    kept = _new_kept_folder(data_dir, now) if old else None
    try:
        if kept is not None:
            for path in old:
                moved.append((path, path.rename(kept / path.name)))
        data_dir.mkdir(exist_ok=True)
        for part in LIBRARY_PARTS:
            if os.path.lexists(unpacked / part):
                moved.append((unpacked / part, (unpacked / part).rename(data_dir / part)))
    except OSError:
        for source, target in reversed(moved):
            target.rename(source)
        if kept is not None:
            kept.rmdir()
        raise
    return kept


def _new_kept_folder(data_dir: Path, now: datetime) -> Path:
    while True:
        kept = kept_folder(data_dir, now)
        try:
            kept.mkdir()
        except FileExistsError:
            continue
        return kept


def kept_folder(data_dir: Path, now: datetime) -> Path:
    """Where :func:`restore` with this ``now`` keeps the library it replaces: beside it, dated
    (and numbered after a restore in the same second), so the window can name the folder when
    it asks before restoring."""
    data_dir = data_dir.absolute()
    kept = data_dir.with_name(f"{data_dir.name}-before-restore-{now:%Y%m%d-%H%M%S}")
    number = 1
    while os.path.lexists(kept):  # two restores within a second
        number += 1
        kept = kept.with_name(f"{data_dir.name}-before-restore-{now:%Y%m%d-%H%M%S}-{number}")
    return kept


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


@contextmanager
def _checked_archive(
    archive_path: Path, limits: UnpackLimits = LIMITS
) -> Iterator[tuple[zipfile.ZipFile, dict[str, Any]]]:
    """The archive open, with its manifest, once it is known to be a backup this version can
    restore and no member is bigger or more compressed than ``limits`` allow; reading it,
    here or in the ``with`` block, fails with one sentence."""
    name = archive_path.name
    try:
        with zipfile.ZipFile(archive_path) as archive:
            for info in archive.infolist():
                _check_size(info, name, limits)
            manifest = _manifest(archive, name)
            if manifest["schema_version"] > latest_version():
                raise BackupError(
                    translate(
                        "library_backup",
                        "{name} was made by a newer CardKeeper; update CardKeeper to restore it.",
                    ).format(name=name)
                )
            if DATABASE_FILE_NAME not in archive.namelist():
                raise BackupError(
                    translate(
                        "library_backup", "{name} holds no library database; nothing was changed."
                    ).format(name=name)
                )
            yield archive, manifest
    except FileNotFoundError as error:
        raise BackupError(
            translate("library_backup", "There is no file {path}.").format(path=archive_path)
        ) from error
    except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile) as error:
        raise BackupError(
            translate(
                "library_backup",
                "{name} is not a CardKeeper backup, or it was cut short; nothing was changed.",
            ).format(name=name)
        ) from error
    except OSError as error:
        raise BackupError(
            translate(
                "library_backup", "{name} could not be restored ({reason}); nothing was changed."
            ).format(name=name, reason=error.strerror or error)
        ) from error


def _check_size(info: zipfile.ZipInfo, name: str, limits: UnpackLimits) -> None:
    """Refuse, from the central directory alone, a member that would unpack too big."""
    if info.filename == MANIFEST:
        limit = limits.manifest_bytes
    elif info.filename == DATABASE_FILE_NAME:
        limit = limits.database_bytes
    else:
        limit = limits.image_bytes
    if info.file_size > limit:
        raise BackupError(
            translate(
                "library_backup",
                "{name} holds a file bigger than CardKeeper would have written "
                "({member}, {size}); nothing was changed.",
            ).format(name=name, member=info.filename, size=_size(info.file_size))
        )
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size > limits.ratio_floor_bytes and ratio > limits.ratio:
        raise BackupError(
            translate(
                "library_backup",
                "{name} holds a file compressed {ratio} times ({member}), far more than "
                "a backup ever is; nothing was changed.",
            ).format(name=name, ratio=f"{ratio:.0f}", member=info.filename)
        )


def _size(count: int) -> str:
    return f"{count / 1e6:,.1f} MB"


def _manifest(archive: zipfile.ZipFile, name: str) -> dict[str, Any]:
    """The archive's manifest, with an int ``schema_version``; a sentence if it is not ours."""
    not_ours = BackupError(
        translate(
            "library_backup", "{name} is not a CardKeeper backup; nothing was changed."
        ).format(name=name)
    )
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
