"""scripts/install_desktop.sh puts a working entry where "Open With" looks for one."""

from __future__ import annotations

import configparser
import os
import shlex
import subprocess
import sys
from pathlib import Path

from cardkeeper import __version__
from tools.icons import APP_ID, PNG_SIZES, SOURCE, png_path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "install_desktop.sh"


def install(*arguments: str | Path) -> subprocess.CompletedProcess[str]:
    """The script as a user in this venv runs it (the venv active)."""
    environment = {**os.environ, "VIRTUAL_ENV": sys.prefix}
    return subprocess.run(
        [str(SCRIPT), *map(str, arguments)],
        capture_output=True,
        text=True,
        check=False,
        env=environment,
    )


def installed_entry(prefix: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(prefix / "applications" / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def all_files(folder: Path) -> set[Path]:
    return {path for path in folder.rglob("*") if path.is_file()}


def test_the_entry_starts_this_venvs_cardkeeper_and_validates(tmp_path: Path) -> None:
    prefix = tmp_path / "share"
    result = install("--prefix", prefix)
    assert result.returncode == 0, result.stderr
    desktop_file = prefix / "applications" / f"{APP_ID}.desktop"
    validated = subprocess.run(
        ["desktop-file-validate", str(desktop_file)], capture_output=True, text=True, check=False
    )
    assert (validated.returncode, validated.stdout) == (0, "")
    command, *rest = shlex.split(installed_entry(prefix)["Exec"])
    assert command == str(Path(sys.prefix) / "bin" / "cardkeeper")
    assert rest == ["%F"]
    assert installed_entry(prefix)["TryExec"] == command
    version = subprocess.run([command, "--version"], capture_output=True, text=True, check=True)
    assert __version__ in version.stdout


def test_open_with_lists_it_for_each_of_its_types(tmp_path: Path) -> None:
    """update-desktop-database's cache is what file managers read for "Open With"."""
    prefix = tmp_path / "share"
    assert install("--prefix", prefix).returncode == 0
    cache = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    cache.optionxform = str  # MIME types are case-sensitive here
    cache.read(prefix / "applications" / "mimeinfo.cache", encoding="utf-8")
    mime_types = [value for value in installed_entry(prefix)["MimeType"].split(";") if value]
    assert mime_types
    for mime_type in mime_types:
        assert f"{APP_ID}.desktop" in cache["MIME Cache"][mime_type].split(";")


def test_the_icons_and_metadata_go_where_the_desktop_looks(tmp_path: Path) -> None:
    prefix = tmp_path / "share"
    assert install("--prefix", prefix).returncode == 0
    hicolor = prefix / "icons" / "hicolor"
    for size in PNG_SIZES:
        assert (
            png_path(prefix / "icons", size).read_bytes()
            == png_path(ROOT / "resources" / "icons", size).read_bytes()
        )
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes() == SOURCE.read_bytes()
    assert (prefix / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()


def test_a_path_with_spaces_is_quoted_for_the_launcher(tmp_path: Path) -> None:
    folder = tmp_path / "My Apps & Tools"
    folder.mkdir()
    command = folder / "cardkeeper"
    command.symlink_to(Path(sys.prefix) / "bin" / "cardkeeper")
    prefix = tmp_path / "share dir"
    result = install("--prefix", prefix, "--exec", command)
    assert result.returncode == 0, result.stderr
    assert installed_entry(prefix)["Exec"] == f'"{command}" %F'
    validated = subprocess.run(
        ["desktop-file-validate", str(prefix / "applications" / f"{APP_ID}.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (validated.returncode, validated.stdout) == (0, "")


def test_a_path_no_launcher_can_start_is_refused_with_nothing_written(tmp_path: Path) -> None:
    folder = tmp_path / "100% mine"
    folder.mkdir()
    (folder / "cardkeeper").symlink_to(Path(sys.prefix) / "bin" / "cardkeeper")
    prefix = tmp_path / "share"
    result = install("--prefix", prefix, "--exec", folder / "cardkeeper")
    assert result.returncode == 1
    assert "%" in result.stderr
    assert not prefix.exists()


def test_a_missing_command_is_named(tmp_path: Path) -> None:
    result = install("--prefix", tmp_path / "share", "--exec", tmp_path / "nowhere" / "cardkeeper")
    assert result.returncode == 1
    assert "No cardkeeper command found" in result.stderr


def test_uninstall_takes_back_everything_it_put(tmp_path: Path) -> None:
    prefix = tmp_path / "share"
    assert install("--prefix", prefix).returncode == 0
    assert install("--prefix", prefix, "--uninstall").returncode == 0
    assert all_files(prefix) <= {prefix / "applications" / "mimeinfo.cache"}
    assert f"{APP_ID}.desktop" not in (prefix / "applications" / "mimeinfo.cache").read_text()
