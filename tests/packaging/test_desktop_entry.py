"""The desktop entry is valid, opens what the importer reads, and names the real window.

MIME types are looked up in Qt's copy of the freedesktop.org shared MIME
database, the same data file managers use to pick "Open With" applications.
"""

from __future__ import annotations

import configparser
import os
import re
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeDatabase

from cardkeeper.app.contact_exchange import IMPORT_SUFFIXES
from cardkeeper.app.image_files import IMAGE_SUFFIXES
from tools.icons import APP_ID, ICONS, PNG_SIZES, png_path

ROOT = Path(__file__).resolve().parents[2]
DESKTOP_FILE = ROOT / "resources" / f"{APP_ID}.desktop"
WINDOW_WAIT_S = 60


def entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def listed(key: str) -> list[str]:
    """A desktop entry list: values ended by semicolons."""
    return [value for value in entry()[key].split(";") if value]


def canonical(mime_type: str) -> str:
    return QMimeDatabase().mimeTypeForName(mime_type).name()


def test_desktop_file_validate_finds_nothing_to_say() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True, check=False
    )
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


@pytest.mark.parametrize("suffix", sorted(IMAGE_SUFFIXES | set(IMPORT_SUFFIXES)))
def test_open_with_offers_cardkeeper_for_every_file_it_imports(suffix: str) -> None:
    found = QMimeDatabase().mimeTypeForFile(f"card{suffix}", QMimeDatabase.MatchMode.MatchExtension)
    assert not found.isDefault(), f"no MIME type known for {suffix}"
    assert found.name() in listed("MimeType")


def test_every_listed_type_is_one_the_importer_reads() -> None:
    database = QMimeDatabase()
    importable = {
        database.mimeTypeForFile(f"card{suffix}", QMimeDatabase.MatchMode.MatchExtension).name()
        for suffix in IMAGE_SUFFIXES | set(IMPORT_SUFFIXES)
    }
    for mime_type in listed("MimeType"):
        assert database.mimeTypeForName(mime_type).isValid(), f"{mime_type} is no MIME type"
        assert canonical(mime_type) in importable, f"{mime_type} is not a file CardKeeper imports"


def test_the_entry_starts_the_installed_command_with_the_files() -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert entry()["Exec"] == "cardkeeper %F"
    assert entry()["TryExec"] == "cardkeeper"
    assert "cardkeeper" in scripts


def test_the_entry_is_the_one_the_app_names_and_its_icon_exists() -> None:
    app_source = (ROOT / "src" / "cardkeeper" / "gui" / "app.py").read_text()
    assert f'setDesktopFileName("{APP_ID}")' in app_source
    assert entry()["Icon"] == APP_ID
    assert all(png_path(ICONS, size).is_file() for size in PNG_SIZES)


def test_startup_wm_class_is_the_class_of_the_real_window(tmp_path: Path) -> None:
    """Docks group the running window under the entry by this name (read with xprop)."""
    if not os.environ.get("DISPLAY"):
        pytest.fail("needs an X display (pytest-xvfb provides one)")
    command = Path(sys.executable).with_name("cardkeeper")
    app = subprocess.Popen(
        [str(command), "--data-dir", str(tmp_path / "library")],
        env={**os.environ, "QT_QPA_PLATFORM": "xcb"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wm_class = _window_class(app.pid)
    finally:
        app.terminate()
        app.wait(timeout=30)
    assert wm_class is not None, "the CardKeeper window did not appear"
    assert entry()["StartupWMClass"] == wm_class


def _window_class(pid: int) -> str | None:
    """The class part of WM_CLASS of the first mapped top-level window of process ``pid``."""
    deadline = time.monotonic() + WINDOW_WAIT_S
    while time.monotonic() < deadline:
        tree = subprocess.run(
            ["xwininfo", "-root", "-children"], capture_output=True, text=True, check=True
        ).stdout
        for window in re.findall(r"^\s+(0x[0-9a-f]+) ", tree, re.MULTILINE):
            properties = subprocess.run(
                ["xprop", "-id", window, "_NET_WM_PID", "WM_CLASS"],
                capture_output=True,
                text=True,
                check=False,
            ).stdout
            if f"_NET_WM_PID(CARDINAL) = {pid}\n" not in properties:
                continue
            found = re.search(r'^WM_CLASS\(STRING\) = "[^"]*", "([^"]*)"', properties, re.M)
            if found:
                return found.group(1)
        time.sleep(0.2)
    return None
