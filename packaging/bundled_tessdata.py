"""Which Tesseract models the Windows and macOS bundles carry, and from where.

There, users cannot `apt install` the language data, so the app brings the few
models it reads with in a ``tessdata`` folder of its own, where
``cardkeeper.reading.tesseract`` looks first. Linux bundles carry none: the
distribution's ``tesseract-ocr`` packages keep the data current and shared.
Kept apart from the spec so that it can be run on any machine to see what a
build would take: ``python packaging/bundled_tessdata.py darwin``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SOURCE_VARIABLE = "CARDKEEPER_TESSDATA"
"""The folder to take the models from; by default the one the app itself would find."""

REQUIRED = ("eng", "Latin")
"""Latin is what reading uses by default (every Latin-script language at once); eng is the
fallback and the one language most users pick by name."""
OPTIONAL = ("osd", "jpn", "kor")
"""Taken when the build machine has them: orientation detection, and the Japanese and Korean
models that name the country of a card's numbers from its script (``reading.script``; 2.4 and
1.7 MB)."""


class MissingModelError(Exception):
    """A model the bundle needs is not in the source folder; the message says which and where."""


def tessdata_datas(platform: str = sys.platform) -> list[tuple[str, str]]:
    """PyInstaller ``datas`` entries putting the models in the bundle's ``tessdata`` folder."""
    if platform.startswith("linux"):
        return []
    source = _source()
    datas = []
    for name in (*REQUIRED, *OPTIONAL):
        found = _model(source, name)
        if found is None and name in REQUIRED:
            raise MissingModelError(
                f"{name}.traineddata is not in {source}; install it there or set "
                f"{SOURCE_VARIABLE} to a tessdata folder that has {' and '.join(REQUIRED)}."
            )
        if found is not None:
            datas.append((str(found), "tessdata"))
    return datas


def _source() -> Path:
    configured = os.environ.get(SOURCE_VARIABLE)
    if configured:
        return Path(configured)
    from cardkeeper.reading.tesseract import find_tessdata, tessdata_places

    found = find_tessdata(tessdata_places())
    if found is None:
        raise MissingModelError(
            f"No Tesseract language data was found on this machine; install Tesseract "
            f"or set {SOURCE_VARIABLE} to a tessdata folder."
        )
    return found


def _model(source: Path, name: str) -> Path | None:
    """Homebrew's tesseract-lang keeps script models such as Latin in ``script/``."""
    for candidate in (source / f"{name}.traineddata", source / "script" / f"{name}.traineddata"):
        if candidate.is_file():
            return candidate
    return None


if __name__ == "__main__":
    try:
        for file, folder in tessdata_datas(sys.argv[1] if len(sys.argv) > 1 else sys.platform):
            print(f"{file} -> {folder}/")
    except MissingModelError as error:
        sys.exit(str(error))
