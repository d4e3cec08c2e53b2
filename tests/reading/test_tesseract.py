"""Finding Tesseract's language data and program, and the sentences a user gets when missing."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from cardkeeper.errors import TesseractMissingError
from cardkeeper.reading import tesseract
from cardkeeper.reading.pipeline import ReadingOptions, read_card

SAMPLE_CARD = Path(tesseract.__file__).parents[1] / "resources" / "sample-card.jpg"


@pytest.fixture
def installed() -> Path:
    """The machine's tessdata folder, where the real models for these tests come from."""
    folder = tesseract.find_tessdata(list(tesseract._POSIX_TESSDATA))
    assert folder is not None, "the tests need tesseract-ocr and its eng model installed"
    return folder


@pytest.fixture
def nowhere(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No Tesseract at all: no $TESSDATA_PREFIX, nothing in the usual folders, nothing on PATH."""
    monkeypatch.delenv("TESSDATA_PREFIX", raising=False)
    monkeypatch.setattr(tesseract, "_POSIX_TESSDATA", (tmp_path / "usr" / "share" / "tessdata",))
    monkeypatch.setenv("PATH", "")


def _models(folder: Path, installed: Path, *names: str) -> Path:
    """A tessdata folder holding copies of the installed models ``names``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copyfile(installed / f"{name}.traineddata", folder / f"{name}.traineddata")
    return folder


def _frozen(monkeypatch: pytest.MonkeyPatch, bundle: Path, executable: Path) -> None:
    """What PyInstaller's bootloader sets in a frozen app."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))


def test_finds_the_installed_language_data_without_running_the_program(
    monkeypatch: pytest.MonkeyPatch, installed: Path
) -> None:
    monkeypatch.delenv("TESSDATA_PREFIX", raising=False)
    monkeypatch.setenv("PATH", "")
    info = tesseract.find_tesseract()
    assert info.path is None
    assert Path(info.tessdata) == installed
    assert info.version >= (4, 0)
    assert "eng" in info.languages
    assert "osd" in info.languages


def test_tessdata_prefix_comes_first_and_its_models_read_a_card(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, installed: Path
) -> None:
    folder = _models(tmp_path / "my models", installed, "eng")
    monkeypatch.setenv("TESSDATA_PREFIX", str(folder))
    info = tesseract.find_tesseract()
    assert (info.path, info.tessdata, info.languages) == (None, str(folder), ("eng",))

    reading = read_card(SAMPLE_CARD, ReadingOptions(languages="eng"))
    assert [email.value for email in reading.fields.emails] == [
        "nora.whitfield@harborfinch.example"
    ]


def test_tessdata_prefix_may_name_the_parent_folder_as_tesseract_3_did(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, installed: Path
) -> None:
    folder = _models(tmp_path / "share" / "tessdata", installed, "eng", "deu")
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path / "share"))
    info = tesseract.find_tesseract()
    assert (info.tessdata, info.languages) == (str(folder), ("deu", "eng"))


def test_a_folder_with_no_model_to_read_with_is_passed_over(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, installed: Path
) -> None:
    only_osd = _models(tmp_path / "osd only", installed, "osd")
    (only_osd / "eng.traineddata.txt").write_text("not a model")
    empty = tmp_path / "empty"
    empty.mkdir()
    places = [tmp_path / "absent", empty, only_osd, installed]
    assert tesseract.find_tessdata(places) == installed

    monkeypatch.setenv("TESSDATA_PREFIX", str(only_osd))
    assert Path(tesseract.find_tesseract().tessdata) == installed


def test_script_models_in_a_subfolder_are_named_as_tesseract_takes_them(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, installed: Path
) -> None:
    folder = _models(tmp_path / "tessdata", installed, "eng")
    _models(folder / "script", installed, "deu")
    monkeypatch.setenv("TESSDATA_PREFIX", str(folder))
    assert tesseract.find_tesseract().languages == ("eng", "script/deu")


def test_a_frozen_app_reads_the_tessdata_it_brings(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, installed: Path
) -> None:
    monkeypatch.delenv("TESSDATA_PREFIX", raising=False)
    app = tmp_path / "CardKeeper"
    bundled = _models(app / "_internal" / "tessdata", installed, "eng")
    _frozen(monkeypatch, app / "_internal", app / "cardkeeper")
    info = tesseract.find_tesseract()
    assert (info.path, info.tessdata, info.languages) == (None, str(bundled), ("eng",))


def test_a_frozen_app_also_looks_beside_its_executable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, installed: Path
) -> None:
    monkeypatch.delenv("TESSDATA_PREFIX", raising=False)
    app = tmp_path / "CardKeeper"
    beside = _models(app / "tessdata", installed, "eng")
    (app / "_internal").mkdir()
    _frozen(monkeypatch, app / "_internal", app / "cardkeeper")
    assert tesseract.find_tesseract().tessdata == str(beside)


def test_the_order_of_places(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path / "prefix"))
    _frozen(monkeypatch, tmp_path / "app" / "_internal", tmp_path / "app" / "cardkeeper")
    places = tesseract.tessdata_places("linux")
    assert places[:4] == [
        tmp_path / "prefix",
        tmp_path / "prefix" / "tessdata",
        tmp_path / "app" / "_internal" / "tessdata",
        tmp_path / "app" / "tessdata",
    ]
    debian_5 = places.index(Path("/usr/share/tesseract-ocr/5/tessdata"))
    assert debian_5 < places.index(Path("/usr/share/tesseract-ocr/4.00/tessdata"))
    assert Path("/opt/homebrew/share/tessdata") in tesseract.tessdata_places("darwin")
    assert Path("/usr/local/share/tessdata") in tesseract.tessdata_places("darwin")


def test_finds_the_windows_installers_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, installed: Path
) -> None:
    monkeypatch.delenv("TESSDATA_PREFIX", raising=False)
    monkeypatch.setenv("PROGRAMFILES", str(tmp_path / "Program Files"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "AppData" / "Local"))
    per_user = tmp_path / "AppData" / "Local" / "Programs" / "Tesseract-OCR" / "tessdata"
    _models(per_user, installed, "eng")
    places = tesseract.tessdata_places("win32")
    assert places[0] == tmp_path / "Program Files" / "Tesseract-OCR" / "tessdata"
    assert tesseract.find_tessdata(places) == per_user


@pytest.mark.usefixtures("nowhere")
def test_without_language_data_the_program_says_where_its_data_is() -> None:
    program = shutil.which("tesseract", path="/usr/bin:/usr/local/bin")
    assert program is not None
    info = tesseract.find_tesseract(program)
    assert info.path == program
    assert info.version >= (4, 0)
    assert "eng" in info.languages


def test_the_program_on_path_is_the_last_resort(
    monkeypatch: pytest.MonkeyPatch, nowhere: None
) -> None:
    program = shutil.which("tesseract", path="/usr/bin:/usr/local/bin")
    assert program is not None
    monkeypatch.setenv("PATH", str(Path(program).parent))
    info = tesseract.find_tesseract()
    assert info.path == program
    assert Path(info.tessdata, "eng.traineddata").is_file()


def test_a_wrong_configured_path_names_it_and_says_how_to_install(tmp_path: Path) -> None:
    missing = str(tmp_path / "nowhere" / "tesseract")
    with pytest.raises(TesseractMissingError, match=r"not found at .*nowhere.*settings"):
        tesseract.find_tesseract(missing)


@pytest.mark.usefixtures("nowhere")
def test_missing_everywhere_gives_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tesseract.sys, "platform", "linux")
    with pytest.raises(TesseractMissingError) as missing:
        tesseract.find_tesseract()
    assert str(missing.value) == (
        "Tesseract, which reads the text on cards, is not installed; "
        "install it with `sudo apt install tesseract-ocr`."
    )


@pytest.mark.usefixtures("nowhere")
def test_the_linux_bundle_says_it_relies_on_the_distributions_tesseract(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(tesseract.sys, "platform", "linux")
    _frozen(monkeypatch, tmp_path / "_internal", tmp_path / "cardkeeper")
    with pytest.raises(TesseractMissingError) as missing:
        tesseract.find_tesseract()
    assert str(missing.value) == (
        "Tesseract, which reads the text on cards, is not installed, and this CardKeeper "
        "bundle uses your distribution's; install it with `sudo apt install tesseract-ocr`."
    )


@pytest.mark.usefixtures("nowhere")
def test_a_windows_bundle_missing_its_tessdata_says_to_reinstall(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(tesseract.sys, "platform", "win32")
    monkeypatch.setenv("PROGRAMFILES", str(tmp_path / "Program Files"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "AppData" / "Local"))
    _frozen(monkeypatch, tmp_path / "_internal", tmp_path / "cardkeeper.exe")
    with pytest.raises(TesseractMissingError, match=r"its tessdata folder, is missing; reinstall"):
        tesseract.find_tesseract()


def test_a_program_that_is_not_tesseract_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "tesseract"
    fake.write_text("#!/bin/sh\necho hello\n")
    fake.chmod(0o755)
    with pytest.raises(TesseractMissingError, match="does not answer like Tesseract"):
        tesseract.find_tesseract(str(fake))


def test_too_old_tesseract_is_refused(tmp_path: Path) -> None:
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


@pytest.mark.parametrize(
    ("platform", "command"),
    [
        ("linux", "`sudo apt install tesseract-ocr-chi-sim`"),
        ("darwin", "`brew install tesseract-lang`"),
        ("win32", "run the Tesseract installer again"),
    ],
)
def test_how_to_add_a_language_per_platform(platform: str, command: str) -> None:
    hint = tesseract.add_language_hint("Chinese (chi_sim)", "tesseract-ocr-chi-sim", platform)
    assert command in hint
    assert "Chinese (chi_sim)" in hint


def test_a_model_s_underscore_is_a_hyphen_in_its_debian_package() -> None:
    assert tesseract.debian_package("chi_sim") == "tesseract-ocr-chi-sim"
    assert tesseract.debian_package("jpn_vert") == "tesseract-ocr-jpn-vert"
    assert tesseract.debian_package("Greek") == "tesseract-ocr-script-grek"
