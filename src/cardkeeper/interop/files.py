"""Writing an output file the user chose, whole or not at all."""

from __future__ import annotations

import os
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all, through a file beside it.

    A full disk or a crash midway leaves the old file (or none), never half
    a draft or half a calendar. The file gets the usual permissions (the
    umask's), as any file the user saves. Raises :class:`OSError` for the
    caller to put into a sentence.
    """
    temporary = partial_path(path)
    try:
        with temporary.open("wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except OSError:
        temporary.unlink(missing_ok=True)
        raise


def partial_path(path: Path) -> Path:
    """Where :func:`write_atomically` writes ``path`` before it takes its name."""
    return path.with_name(f".{path.name}.partial")
