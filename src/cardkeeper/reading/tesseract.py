"""Find Tesseract's language data, check it is usable, and say how to install it if not.

The OCR runs in this process through tesserocr, which brings its own Tesseract
library, so all it needs is a folder of ``*.traineddata`` files. That folder is
looked up where Tesseract installs put it (and beside a frozen app, which ships
its own) without starting any program; the ``tesseract`` program is asked only
when it was chosen in the settings or no folder was found. Everything that
reads cards goes through :func:`find_tesseract`, so that the user gets one
sentence with the install command for their platform instead of a traceback.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from cardkeeper.errors import TesseractMissingError
from cardkeeper.wording import translate

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

_POSIX_TESSDATA = (
    Path("/usr/share/tesseract-ocr/5/tessdata"),
    Path("/usr/share/tesseract-ocr/4.00/tessdata"),
    Path("/usr/share/tessdata"),
    Path("/opt/homebrew/share/tessdata"),
    Path("/usr/local/share/tessdata"),
    Path("/opt/local/share/tessdata"),
    Path("/home/linuxbrew/.linuxbrew/share/tessdata"),
)
"""Debian and Ubuntu (Tesseract 5, then 4), Fedora and Arch, Homebrew on Apple silicon, then
on Intel and source builds, MacPorts, Homebrew on Linux."""


@dataclass(frozen=True)
class TesseractInfo:
    path: str | None
    """The program, when it was set in the settings or had to be asked where its data is;
    ``None`` when the language data was found directly, which is all the OCR needs."""
    version: tuple[int, int]
    """The program's version, or else that of the Tesseract library the OCR runs on."""
    languages: tuple[str, ...]
    """Installed traineddata names, e.g. ``("deu", "eng", "osd")``."""
    tessdata: str
    """The folder holding the traineddata files, which the OCR library loads directly."""


def install_hint(platform: str = sys.platform) -> str:
    """The install instruction for this platform, written to end a sentence."""
    if platform == "darwin":
        return translate("tesseract", "install it with `brew install tesseract`")
    if platform.startswith("win"):
        return translate(
            "tesseract",
            "install it with the UB Mannheim installer "
            "(https://github.com/UB-Mannheim/tesseract/wiki)",
        )
    return translate("tesseract", "install it with `sudo apt install tesseract-ocr`")


def add_language_hint(language: str, package: str, platform: str = sys.platform) -> str:
    """One sentence saying how to add a language to Tesseract here, with ``language`` (a
    person's name for it) and its Debian ``package`` as the example on Linux."""
    if platform == "darwin":
        sentence = translate(
            "tesseract",
            "To read another language, such as {language}, install Tesseract's language data "
            "with `brew install tesseract-lang` and open Settings again.",
        )
    elif platform.startswith("win"):
        sentence = translate(
            "tesseract",
            "To read another language, such as {language}, run the Tesseract installer again, "
            "tick it under Additional language data and open Settings again.",
        )
    else:
        sentence = translate(
            "tesseract",
            "To read another language on Debian or Ubuntu, install its package, for "
            "{language} `sudo apt install {package}`, and open Settings again.",
        )
    return sentence.format(language=language, package=package)


def find_tesseract(configured: str | None = None) -> TesseractInfo:
    """Locate Tesseract: the configured program, else its language data, else the program.

    Raises :class:`TesseractMissingError` if it is absent, does not run, or is too old.
    Finding the data costs a few file lookups; asking a program costs two process
    starts, so that answer is cached per program.
    """
    if configured:
        return _ask_program(_locate(configured))
    folder = find_tessdata(tessdata_places(sys.platform))
    if folder is not None:
        return _from_folder(folder)
    program = _locate_program()
    if program is None:
        raise TesseractMissingError(_missing_sentence())
    return _ask_program(program)


def tessdata_places(platform: str = sys.platform) -> list[Path]:
    """The folders that may hold Tesseract's language data, the first choice first.

    ``$TESSDATA_PREFIX`` is how users and Tesseract itself override the folder (it names the
    folder since Tesseract 4, its parent before). A frozen app looks beside itself next, as
    the Windows and macOS bundles ship their own; then come the places installs use.
    """
    places: list[Path] = []
    prefix = os.environ.get("TESSDATA_PREFIX")
    if prefix:
        places += [Path(prefix), Path(prefix) / "tessdata"]
    if getattr(sys, "frozen", False):
        bundle = getattr(sys, "_MEIPASS", None)
        if bundle:
            places.append(Path(bundle) / "tessdata")
        places.append(Path(sys.executable).resolve().parent / "tessdata")
    if platform.startswith("win"):
        # The UB Mannheim installer's choices: for everyone (64 or 32 bit), or for one user.
        roots = (
            Path(os.environ.get("PROGRAMFILES", r"C:\Program Files")),
            Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")),
            Path(os.environ.get("LOCALAPPDATA", r"C:\Users\Default\AppData\Local")) / "Programs",
        )
        places += [root / "Tesseract-OCR" / "tessdata" for root in roots]
    else:
        places += _POSIX_TESSDATA
    return places


def find_tessdata(places: list[Path]) -> Path | None:
    """The first of ``places`` that holds a model to read with.

    ``osd`` alone reads nothing, and models only in subfolders mean the folder is a parent
    (``$TESSDATA_PREFIX`` the old way), whose ``tessdata`` is the next place anyway.
    """
    for place in places:
        if any(name != "osd" and "/" not in name for name in _traineddata(place)):
            return place
    return None


def _traineddata(folder: Path) -> tuple[str, ...]:
    """Model names as Tesseract accepts them: ``eng``, and ``script/Latin`` for a subfolder.

    Homebrew's tesseract-lang keeps the script models in such a subfolder.
    """
    try:
        files = sorted([*folder.glob("*.traineddata"), *folder.glob("*/*.traineddata")])
    except OSError:
        return ()
    return tuple(
        path.relative_to(folder).with_suffix("").as_posix() for path in files if path.is_file()
    )


def _from_folder(folder: Path) -> TesseractInfo:
    version = _library_version()
    if version < MIN_VERSION:
        raise TesseractMissingError(
            translate(
                "tesseract",
                "The Tesseract library CardKeeper reads with is {version}, "
                "too old (4.0 or newer is needed); reinstall CardKeeper.",
            ).format(version=f"{version[0]}.{version[1]}")
        )
    return TesseractInfo(None, version, tuple(sorted(_traineddata(folder))), str(folder))


@cache
def _library_version() -> tuple[int, int]:
    """The version of the library tesserocr was built with, which is the one that reads."""
    try:
        import tesserocr
    except ImportError as error:
        raise TesseractMissingError(
            translate(
                "tesseract",
                "The Tesseract library CardKeeper reads with could not be loaded ({reason}); "
                "reinstall CardKeeper.",
            ).format(reason=error)
        ) from error
    match = re.search(r"(\d+)\.(\d+)", str(tesserocr.tesseract_version()))
    return (int(match[1]), int(match[2])) if match else (0, 0)


def _missing_sentence() -> str:
    """Why nothing was found, naming what a frozen app expected to bring or rely on."""
    if not getattr(sys, "frozen", False):
        sentence = translate(
            "tesseract", "Tesseract, which reads the text on cards, is not installed; {hint}."
        )
    elif sys.platform.startswith(("win", "darwin")):
        sentence = translate(
            "tesseract",
            "Tesseract's language data, which this CardKeeper app brings in its tessdata "
            "folder, is missing; reinstall CardKeeper or {hint}.",
        )
    else:
        sentence = translate(
            "tesseract",
            "Tesseract, which reads the text on cards, is not installed, and this CardKeeper "
            "bundle uses your distribution's; {hint}.",
        )
    return sentence.format(hint=install_hint())


@lru_cache(maxsize=8)
def _ask_program(path: str) -> TesseractInfo:
    version = _version(path)
    if version < MIN_VERSION:
        raise TesseractMissingError(
            translate(
                "tesseract",
                "Tesseract {version} at {path} is too old (4.0 or newer is needed); {hint}.",
            ).format(version=f"{version[0]}.{version[1]}", path=path, hint=install_hint())
        )
    tessdata, languages = _languages(path)
    return TesseractInfo(path, version, languages, tessdata)


def _locate(configured: str) -> str:
    found = shutil.which(configured)
    if found is None:
        raise TesseractMissingError(
            translate(
                "tesseract",
                "Tesseract was not found at {path} as set in the settings; fix the path or {hint}.",
            ).format(path=configured, hint=install_hint())
        )
    return found


def _locate_program() -> str | None:
    found = shutil.which("tesseract")
    if found is None and sys.platform.startswith("win"):
        found = next((str(p) for p in _WINDOWS_PLACES if p.is_file()), None)
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
            translate(
                "tesseract", "Tesseract at {path} could not be started ({reason}); {hint}."
            ).format(path=path, reason=error, hint=install_hint())
        ) from error
    # Old versions print --version to stderr; --list-langs exits 0 or 1.
    return (done.stdout + done.stderr).decode("utf-8", "replace")


def _version(path: str) -> tuple[int, int]:
    match = re.search(r"tesseract v?(\d+)\.(\d+)", _run(path, "--version"), re.IGNORECASE)
    if match is None:
        raise TesseractMissingError(
            translate(
                "tesseract", "The program at {path} does not answer like Tesseract; {hint}."
            ).format(path=path, hint=install_hint())
        )
    return int(match[1]), int(match[2])


def _languages(path: str) -> tuple[str, tuple[str, ...]]:
    """The tessdata folder and the language names that ``--list-langs`` reports."""
    output = _run(path, "--list-langs")
    # The first line is 'List of available languages in "/usr/share/.../tessdata/" (8):'.
    folder = re.search(r'languages in "([^"]+)"', output)
    if folder is None:
        raise TesseractMissingError(
            translate(
                "tesseract",
                "Tesseract at {path} did not say where its language data is; {hint}.",
            ).format(path=path, hint=install_hint())
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
        package = " ".join(debian_package(lang) for lang in missing)
        if sys.platform.startswith("linux"):
            sentence = translate(
                "tesseract",
                "Tesseract has no language data for {names}; on Debian/Ubuntu "
                "`sudo apt install {package}`, or choose another language.",
            )
        else:
            sentence = translate(
                "tesseract",
                "Tesseract has no language data for {names}; add its traineddata file to "
                "Tesseract's tessdata folder, or choose another language.",
            )
        raise TesseractMissingError(sentence.format(names=names, package=package))


_SCRIPT_CODES = {"Latin": "latn", "Cyrillic": "cyrl", "Greek": "grek", "Arabic": "arab"}


OTHER_SCRIPT_MODELS = ("jpn", "jpn_vert", "chi_sim", "chi_tra", "kor", "rus", "ell")
"""The models of other scripts the setup installs: ``script_choice`` reads cards with each
but ``jpn_vert`` (Japanese set vertically), which nothing chooses yet."""


def debian_package(language: str) -> str:
    """Debian names script models (capitalised, like ``Latin``) by ISO 15924 code, and
    writes a model's underscore as a hyphen (``chi_sim``: ``tesseract-ocr-chi-sim``)."""
    if language in _SCRIPT_CODES:
        return f"tesseract-ocr-script-{_SCRIPT_CODES[language]}"
    return f"tesseract-ocr-{language.lower().replace('_', '-')}"
