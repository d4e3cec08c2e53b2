"""Find the Tesseract program, check it is usable, and say how to install it if not.

Tesseract is a separate program, not a Python package, so it is the one
dependency a user can be missing after a clean install. Everything that runs
it goes through :func:`find_tesseract` so that the user gets one sentence with
the install command for their platform instead of a traceback.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from cardkeeper.errors import TesseractMissingError

MIN_VERSION = (4, 0)
"""The LSTM engine and ``image_to_data`` confidences we rely on came with 4.0."""

_WINDOWS_PLACES = (
    Path(os.environ.get("PROGRAMFILES", r"C:\Program Files")) / "Tesseract-OCR" / "tesseract.exe",
    Path(os.environ.get("LOCALAPPDATA", r"C:\Users\Default\AppData\Local"))
    / "Programs"
    / "Tesseract-OCR"
    / "tesseract.exe",
)
"""Where the UB Mannheim installer puts it; it does not add itself to PATH."""


@dataclass(frozen=True)
class TesseractInfo:
    path: str
    version: tuple[int, int]
    languages: tuple[str, ...]
    """Installed traineddata names, e.g. ``("deu", "eng", "osd")``."""
    tessdata: str
    """The folder holding the traineddata files, which the OCR library loads directly."""


def install_hint(platform: str = sys.platform) -> str:
    """The install instruction for this platform, written to end a sentence."""
    if platform == "darwin":
        return "install it with `brew install tesseract`"
    if platform.startswith("win"):
        return (
            "install it with the UB Mannheim installer "
            "(https://github.com/UB-Mannheim/tesseract/wiki)"
        )
    return "install it with `sudo apt install tesseract-ocr`"


def find_tesseract(configured: str | None = None) -> TesseractInfo:
    """Locate Tesseract (the configured path, else PATH, else the usual Windows places).

    Raises :class:`TesseractMissingError` if it is absent, does not run, or is too old.
    The answer is cached per configured path: it costs two process starts.
    """
    return _find(configured or None)


@lru_cache(maxsize=8)
def _find(configured: str | None) -> TesseractInfo:
    path = _locate(configured)
    version = _version(path)
    if version < MIN_VERSION:
        raise TesseractMissingError(
            f"Tesseract {version[0]}.{version[1]} at {path} is too old (4.0 or newer is needed); "
            f"{install_hint()}."
        )
    tessdata, languages = _languages(path)
    return TesseractInfo(path, version, languages, tessdata)


def _locate(configured: str | None) -> str:
    if configured:
        found = shutil.which(configured)
        if found is None:
            raise TesseractMissingError(
                f"Tesseract was not found at {configured} as set in the settings; "
                f"fix the path or {install_hint()}."
            )
        return found
    found = shutil.which("tesseract")
    if found is None and sys.platform.startswith("win"):
        found = next((str(p) for p in _WINDOWS_PLACES if p.is_file()), None)
    if found is None:
        raise TesseractMissingError(
            f"Tesseract, which reads the text on cards, is not installed; {install_hint()}."
        )
    return found


def _run(path: str, *args: str) -> str:
    try:
        done = subprocess.run(
            [path, *args],
            capture_output=True,
            stdin=subprocess.DEVNULL,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise TesseractMissingError(
            f"Tesseract at {path} could not be started ({error}); {install_hint()}."
        ) from error
    # Old versions print --version to stderr; --list-langs exits 0 or 1.
    return (done.stdout + done.stderr).decode("utf-8", "replace")


def _version(path: str) -> tuple[int, int]:
    match = re.search(r"tesseract v?(\d+)\.(\d+)", _run(path, "--version"), re.IGNORECASE)
    if match is None:
        raise TesseractMissingError(
            f"The program at {path} does not answer like Tesseract; {install_hint()}."
        )
    return int(match[1]), int(match[2])


def _languages(path: str) -> tuple[str, tuple[str, ...]]:
    """The tessdata folder and the language names that ``--list-langs`` reports."""
    output = _run(path, "--list-langs")
    # The first line is 'List of available languages in "/usr/share/.../tessdata/" (8):'.
    folder = re.search(r'languages in "([^"]+)"', output)
    if folder is None:
        raise TesseractMissingError(
            f"Tesseract at {path} did not say where its language data is; {install_hint()}."
        )
    lines = output.splitlines()
    names = (line.strip() for line in lines if line and not line.startswith("List of"))
    return folder[1], tuple(sorted(n for n in names if re.fullmatch(r"[\w.+-]+", n)))


SCRIPT_MODEL = "Latin"
"""Tesseract's model for every Latin-script language at once. Measured on 160 generated
cards it read accented names better than eng+deu+fra+spa+ita+nld, and faster."""


def default_languages(info: TesseractInfo) -> str:
    """What to read with when the user has not chosen: the Latin script model if installed."""
    return SCRIPT_MODEL if SCRIPT_MODEL in info.languages else "eng"


def check_languages(info: TesseractInfo, languages: str) -> None:
    """Raise if a language in ``"eng+deu"`` has no traineddata, naming the package to add."""
    missing = [lang for lang in languages.split("+") if lang and lang not in info.languages]
    if missing:
        names = ", ".join(missing)
        package = " ".join(_debian_package(lang) for lang in missing)
        hint = (
            f"on Debian/Ubuntu `sudo apt install {package}`"
            if sys.platform.startswith("linux")
            else "add its traineddata file to Tesseract's tessdata folder"
        )
        raise TesseractMissingError(
            f"Tesseract has no language data for {names}; {hint}, or choose another language."
        )


_SCRIPT_CODES = {"Latin": "latn", "Cyrillic": "cyrl", "Greek": "grek", "Arabic": "arab"}


def _debian_package(language: str) -> str:
    """Debian names script models (capitalised, like ``Latin``) by ISO 15924 code."""
    if language in _SCRIPT_CODES:
        return f"tesseract-ocr-script-{_SCRIPT_CODES[language]}"
    return f"tesseract-ocr-{language.lower()}"
