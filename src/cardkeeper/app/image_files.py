"""Turn what the user named (files, folders) into the list of images to read.

A folder is searched recursively for image files; anything else in it (a
.DS_Store, a PDF) is passed over quietly, since the user asked for the folder,
not for those files. A file named explicitly is always tried, so that the user
hears why it could not be read. A folder holding no image at all is reported.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from cardkeeper.wording import translate

IMAGE_SUFFIXES = frozenset(
    {".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".bmp", ".heic", ".heif"}
)


@dataclass(frozen=True)
class NamedPath:
    """A path to read, or (``problem`` set) something named that yields nothing to read."""

    path: Path
    problem: str | None = None


def expand_paths(named: Iterable[Path]) -> Iterator[NamedPath]:
    for path in named:
        if path.is_dir():
            yield from _images_in_folder(path)
        else:
            yield NamedPath(path)


def _images_in_folder(folder: Path) -> Iterator[NamedPath]:
    try:
        images = sorted(
            p for p in folder.rglob("*") if p.suffix.lower() in IMAGE_SUFFIXES and p.is_file()
        )
    except OSError as error:
        yield NamedPath(
            folder,
            translate("image_files", "The folder {folder} could not be opened ({reason}).").format(
                folder=folder, reason=error.strerror
            ),
        )
        return
    if not images:
        yield NamedPath(
            folder,
            translate("image_files", "The folder {folder} holds no images.").format(folder=folder),
        )
    for image in images:
        yield NamedPath(image)
