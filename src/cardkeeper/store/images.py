"""Card image files, named by the sha256 of their bytes, in ``cards/ab/abcdef….jpg``.

A name made from the content makes each file immutable: the same photo
imported twice is one file written once, and no row ever points at a file that
changed under it. Each file is complete on disk (written to a temporary file in
the same folder, fsynced, then renamed into place) before the database row that
names it commits, so after a crash or power loss a row never names a missing or
half-written file; the worst left behind is a file that no row names.

A name read from the database is used only in that form (64 hex digits and
one of the suffixes below): a library restored from a hostile backup could
otherwise name ``/etc/passwd`` or ``../../x`` and have a backup copy it or a
purge delete it.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Container
from pathlib import Path

from cardkeeper.store import failures

_SUFFIXES = (
    (b"\xff\xd8\xff", ".jpg"),
    (b"\x89PNG\r\n\x1a\n", ".png"),
    (b"II*\x00", ".tif"),
    (b"MM\x00*", ".tif"),
)


_NAME = re.compile(r"[0-9a-f]{64}\.(?:jpg|png|tif|webp|heic)")
_OWN_NAME = re.compile(rf"{_NAME.pattern}|\..+\.partial")
"""The names :meth:`ImageStore.save` gives: the content's sha256 and a suffix, or a
temporary ``.NAME.partial`` while the file is written."""


def is_image_name(name: str) -> bool:
    """Whether ``name`` has the form :meth:`ImageStore.save` gives: ``<sha256>.<suffix>``."""
    return _NAME.fullmatch(name) is not None


def image_suffix(data: bytes) -> str:
    """The file suffix for image bytes, from their signature (the reader already decoded them).

    Raises ValueError for bytes that are none of the formats CardKeeper imports.
    """
    for signature, suffix in _SUFFIXES:
        if data.startswith(signature):
            return suffix
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return ".webp"
    if data[4:8] == b"ftyp" and data[8:12] in (b"heic", b"heix", b"mif1", b"msf1"):
        return ".heic"
    raise ValueError("card image bytes are not JPEG, PNG, TIFF, WebP or HEIC")


def content_name(data: bytes) -> str:
    """The file name the store gives ``data``: the same image always gets the same name."""
    return hashlib.sha256(data).hexdigest() + image_suffix(data)


class ImageStore:
    """The ``cards`` folder of a library, whose database is ``database``."""

    def __init__(self, folder: Path, database: Path) -> None:
        self.folder = folder
        self.database = database

    def path(self, file_name: str) -> Path:
        """Where the file lives; the two-letter subfolders keep any one folder small."""
        return self.folder / file_name[:2] / self.checked(file_name)

    def checked(self, file_name: str) -> str:
        """``file_name`` as it came from the database, once it is known to be a content name.

        Anything else means the database was damaged or made by someone else:
        the library's "damaged" sentence, and no file outside ``cards`` touched.
        """
        if not is_image_name(file_name):
            raise failures.damaged(self.database)
        return file_name

    def save(self, data: bytes) -> str:
        """Make sure a complete file holding ``data`` is on disk, and return its name.

        Call it inside the transaction that inserts the row naming the file:
        :meth:`~cardkeeper.store.contacts.Contacts.purge_deleted` removes files
        no row names under the same write lock, so a file found here stays.
        """
        name = content_name(data)
        target = self.path(name)
        if target.exists():
            return name
        folder_is_new = not target.parent.exists()
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".partial")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        _sync_folder(target.parent)
        if folder_is_new:
            _sync_folder(self.folder)
        return name

    def delete(self, file_name: str) -> None:
        self.path(file_name).unlink(missing_ok=True)

    def leftovers(self, named: Container[str]) -> list[Path]:
        """The files the store wrote, or began to (``.partial``), that ``named`` does not hold;
        nothing a user put in the folder."""
        try:
            folders = os.listdir(self.folder)
        except (FileNotFoundError, NotADirectoryError):
            return []
        found: list[Path] = []
        for folder in folders:
            try:
                names = os.listdir(self.folder / folder)
            except NotADirectoryError:
                continue
            found += [
                self.folder / folder / name
                for name in names
                if name not in named and _OWN_NAME.fullmatch(name)
            ]
        return found


def _sync_folder(folder: Path) -> None:
    """Make a rename or a new entry in ``folder`` survive a power loss (POSIX only)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
