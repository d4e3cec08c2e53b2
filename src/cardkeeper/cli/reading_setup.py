"""Reading options for a command: the settings, overridden by flags, checked before any work."""

from __future__ import annotations

from cardkeeper.app.reading_options import options_from_settings
from cardkeeper.reading.pipeline import ReadingOptions
from cardkeeper.reading.tesseract import check_languages, default_languages, find_tesseract
from cardkeeper.settings import load_settings


def reading_options(languages: str | None, region: str | None) -> ReadingOptions:
    """Fail with one sentence before any card is read if Tesseract or a language is missing."""
    options = options_from_settings(load_settings(), languages=languages, region=region)
    info = find_tesseract(options.tesseract_cmd)
    check_languages(info, options.languages or default_languages(info))
    return options
