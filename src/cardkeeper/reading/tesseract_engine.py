"""Tesseract as a library (tesserocr), one loaded model per worker thread.

Page segmentation is Tesseract's automatic mode (``--psm 3``), which keeps a
card's two columns apart where ``--psm 6`` merges them (MEASURED.md).

Measured on desk photos with the ``Latin`` model: the ``tesseract`` program
spends most of each call loading the model (1.06 s median per card through
pytesseract, 0.20 s through a kept-loaded API). So each thread keeps its own
API object alive; tesserocr releases the GIL while recognising, so threads
read cards on both cores.
"""

from __future__ import annotations

import csv
import ctypes
import ctypes.util
import threading
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from cardkeeper.errors import TesseractMissingError
from cardkeeper.reading.words import Box, Word
from cardkeeper.wording import translate

SOURCE_DPI = 300
"""Cards are prepared to about this resolution; telling Tesseract avoids its 'invalid
resolution' guesswork."""

VARIABLES = {"tessedit_do_invert": "0"}
"""Tesseract 5 re-reads every doubtful line upside-down in colour (white on black) too. The
card is already made dark-on-light in ``prepare``, so that second look never wins: switching
it off gave the same text on 12 of 12 desk photos, 3.5% faster (median)."""

OSD_MIN_CHARACTERS = 20
"""Characters from which detection answers (Tesseract's default is 50): the name, company
and title of a Japanese card, left when its Latin lines are painted out, are about 20."""

_apis = threading.local()


def recognise_tsv(
    image: NDArray[np.uint8],
    tessdata: str,
    languages: str,
    sparse: bool = False,
    line: bool = False,
) -> str:
    """Tesseract's TSV (the same columns as ``tesseract IMAGE stdout tsv``) for a gray image.

    ``sparse`` reads with ``--psm 11`` (text anywhere, no layout): the automatic layout
    takes the lines of a blurred photo for pictures and reads nothing at all. ``line`` reads
    the image as one line of text (``--psm 7``): a line already cut out (``sideways``,
    ``swallowed``).
    """
    import tesserocr

    api = _api(tessdata, languages)
    modes = tesserocr.PSM
    api.SetPageSegMode(modes.SINGLE_LINE if line else modes.SPARSE_TEXT if sparse else modes.AUTO)
    gray = np.ascontiguousarray(image)
    height, width = gray.shape[:2]
    api.SetImageBytes(gray.tobytes(), width, height, 1, width)
    api.SetSourceResolution(SOURCE_DPI)
    # Recognize releases the GIL while it works; GetTSVText alone would recognise holding it.
    api.Recognize()
    return str(api.GetTSVText(0))


def recognise_words(
    image: NDArray[np.uint8],
    tessdata: str,
    languages: str,
    scale: float = 1.0,
    *,
    sparse: bool = False,
    line: bool = False,
) -> list[Word]:
    """Tesseract's words in ``image`` (see ``recognise_tsv``), boxes divided by ``scale``;
    empty and -1 rows dropped."""
    words = []
    for row in tsv_rows(recognise_tsv(image, tessdata, languages, sparse=sparse, line=line)):
        text = (row["text"] or "").strip()
        confidence = float(row["conf"])
        if row["level"] != "5" or not text or confidence < 0:
            continue
        box = Box(int(row["left"]), int(row["top"]), int(row["width"]), int(row["height"]))
        words.append(
            Word(
                text,
                box.in_card(scale),
                min(1.0, confidence / 100),
                int(row["block_num"]),
                int(row["par_num"]),
                int(row["line_num"]),
            )
        )
    return words


def detect_script(image: NDArray[np.uint8], tessdata: str) -> tuple[str, float] | None:
    """The script Tesseract's orientation and script detection (``--psm 0``) sees most of in a
    gray image, e.g. ``("Cyrillic", 3.2)``, with its confidence; ``None`` when it sees too
    little text to tell. Needs ``osd.traineddata``."""
    import tesserocr

    api = _api(tessdata, "osd")
    api.SetPageSegMode(tesserocr.PSM.OSD_ONLY)
    api.SetVariable("min_characters_to_try", str(OSD_MIN_CHARACTERS))
    gray = np.ascontiguousarray(image)
    height, width = gray.shape[:2]
    api.SetImageBytes(gray.tobytes(), width, height, 1, width)
    api.SetSourceResolution(SOURCE_DPI)
    found = api.DetectOrientationScript()
    if not found or not found.get("script_name"):
        return None
    return str(found["script_name"]), float(found["script_conf"])


def tsv_rows(tsv: str) -> Iterator[dict[str, str]]:
    """Rows of Tesseract's TSV as dicts. The library's TSV has no header line; add it."""
    header = "level page_num block_num par_num line_num word_num left top width height conf text"
    lines = (line for line in tsv.splitlines() if line)
    yield from csv.DictReader(
        [header.replace(" ", "\t"), *lines], delimiter="\t", quoting=csv.QUOTE_NONE
    )


def _api(tessdata: str, languages: str) -> Any:
    import tesserocr

    _quiet_leptonica(Path(tesserocr.__file__).parent)

    cache: dict[tuple[str, str], Any] = _apis.__dict__.setdefault("by_model", {})
    key = (tessdata, languages)
    if key not in cache:
        try:
            cache[key] = tesserocr.PyTessBaseAPI(
                path=tessdata, lang=languages, psm=tesserocr.PSM.AUTO, variables=VARIABLES
            )
        except RuntimeError as error:
            raise TesseractMissingError(
                translate(
                    "tesseract",
                    "Tesseract could not load the language data {languages} from {folder}.",
                ).format(languages=languages, folder=tessdata)
            ) from error
    return cache[key]


LEPTONICA_SEVERITY_NONE = 6


@cache
def _quiet_leptonica(package: Path) -> None:
    """Stop Leptonica printing its internal complaints ('Error in boxClipToRectangle').

    They come from inside Tesseract's layout analysis, do not affect the
    result, and would otherwise land in the user's terminal mid-import. The
    library is the copy bundled with the tesserocr wheel, or the system's.
    """
    bundled = [
        *package.parent.glob("tesserocr.libs/*lept*"),
        *package.glob(".dylibs/*lept*"),
    ]
    names = [str(p) for p in bundled] or [
        n for n in (ctypes.util.find_library("leptonica"), ctypes.util.find_library("lept")) if n
    ]
    for name in names:
        try:
            ctypes.CDLL(name).setMsgSeverity(LEPTONICA_SEVERITY_NONE)
        except (OSError, AttributeError):
            continue
