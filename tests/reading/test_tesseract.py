"""Finding Tesseract, and the sentences a user gets when it is missing."""

from __future__ import annotations

import pytest

from cardkeeper.errors import TesseractMissingError
from cardkeeper.reading import tesseract


def test_finds_the_installed_tesseract_with_its_languages() -> None:
    info = tesseract.find_tesseract()
    assert info.version >= (4, 0)
    assert "eng" in info.languages
    assert "osd" in info.languages


def test_a_wrong_configured_path_names_it_and_says_how_to_install(tmp_path) -> None:
    missing = str(tmp_path / "nowhere" / "tesseract")
    with pytest.raises(TesseractMissingError, match=r"not found at .*nowhere.*settings"):
        tesseract.find_tesseract(missing)


def test_missing_from_path_gives_the_install_command(monkeypatch) -> None:
    monkeypatch.setenv("PATH", "")
    monkeypatch.setattr(tesseract.sys, "platform", "linux")
    tesseract._find.cache_clear()
    with pytest.raises(
        TesseractMissingError, match=r"not installed; .*sudo apt install tesseract-ocr"
    ):
        tesseract.find_tesseract()
    tesseract._find.cache_clear()


def test_a_program_that_is_not_tesseract_is_refused(tmp_path) -> None:
    fake = tmp_path / "tesseract"
    fake.write_text("#!/bin/sh\necho hello\n")
    fake.chmod(0o755)
    with pytest.raises(TesseractMissingError, match="does not answer like Tesseract"):
        tesseract.find_tesseract(str(fake))


def test_too_old_tesseract_is_refused(tmp_path) -> None:
    fake = tmp_path / "tesseract"
    fake.write_text("#!/bin/sh\necho 'tesseract 3.05.02'\n")
    fake.chmod(0o755)
    with pytest.raises(TesseractMissingError, match=r"3\.5 .* too old"):
        tesseract.find_tesseract(str(fake))


@pytest.mark.parametrize(
    ("platform", "command"),
    [
        ("linux", "sudo apt install tesseract-ocr"),
        ("darwin", "brew install tesseract"),
        ("win32", "UB Mannheim installer"),
    ],
)
def test_install_hint_per_platform(platform: str, command: str) -> None:
    assert command in tesseract.install_hint(platform)


def test_a_missing_language_names_the_package() -> None:
    info = tesseract.find_tesseract()
    tesseract.check_languages(info, "eng+deu")
    with pytest.raises(TesseractMissingError, match="no language data for xyz"):
        tesseract.check_languages(info, "eng+xyz")
    with pytest.raises(TesseractMissingError, match="tesseract-ocr-script-cyrl"):
        tesseract.check_languages(info, "Cyrillic")


def test_default_languages_prefer_the_latin_script_model() -> None:
    info = tesseract.find_tesseract()
    assert info.tessdata.rstrip("/").endswith("tessdata")
    expected = "Latin" if "Latin" in info.languages else "eng"
    assert tesseract.default_languages(info) == expected
