"""The reading options a user's settings ask for, shared by the commands and the window."""

from __future__ import annotations

from cardkeeper.errors import TesseractMissingError
from cardkeeper.reading.pipeline import ReadingOptions
from cardkeeper.reading.tesseract import check_languages, default_languages, find_tesseract
from cardkeeper.settings import Settings


def options_from_settings(
    settings: Settings, *, languages: str | None = None, region: str | None = None
) -> ReadingOptions:
    """``languages`` and ``region`` (a command's flags) override the settings when given."""
    return ReadingOptions(
        languages=languages or settings.ocr_languages,
        default_region=(region or settings.default_phone_region).upper(),
        tesseract_cmd=settings.tesseract_cmd or None,
    )


def reading_problem(options: ReadingOptions) -> str | None:
    """Why no card can be read (no Tesseract, a language missing), or ``None``."""
    try:
        info = find_tesseract(options.tesseract_cmd)
        check_languages(info, options.languages or default_languages(info))
    except TesseractMissingError as error:
        return str(error)
    return None
