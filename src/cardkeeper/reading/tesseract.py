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


def tesseract_env() -> dict[str, str]:
    """The environment for a Tesseract subprocess: one OpenMP thread.

    Measured: one thread is ~4x faster on 2 cores than Tesseract's default, and
    two threads sometimes stall for 30-60 s. We parallelise across cards instead.
    """
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


def use_single_thread() -> None:
    """Make every Tesseract started from this process (pytesseract too) use one thread.

    pytesseract passes ``os.environ`` to its subprocesses and takes no ``env``
    argument, so the variable has to be set on this process.
    """
    os.environ["OMP_THREAD_LIMIT"] = "1"


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
    return TesseractInfo(path, version, _languages(path))


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
            env=tesseract_env(),
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


def _languages(path: str) -> tuple[str, ...]:
    lines = _run(path, "--list-langs").splitlines()
    # The first line is 'List of available languages in "...":'.
    names = (line.strip() for line in lines if line and not line.startswith("List of"))
    return tuple(sorted(name for name in names if re.fullmatch(r"[\w.+-]+", name)))


def check_languages(info: TesseractInfo, languages: str) -> None:
    """Raise if a language in ``"eng+deu"`` has no traineddata, naming the package to add."""
    missing = [lang for lang in languages.split("+") if lang and lang not in info.languages]
    if missing:
        names = ", ".join(missing)
        package = " ".join(f"tesseract-ocr-{lang.lower()}" for lang in missing)
        hint = (
            f"on Debian/Ubuntu `sudo apt install {package}`"
            if sys.platform.startswith("linux")
            else "add its traineddata file to Tesseract's tessdata folder"
        )
        raise TesseractMissingError(
            f"Tesseract has no language data for {names}; {hint}, or choose another language."
        )
