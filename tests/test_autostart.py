"""The entry that starts CardKeeper in the tray at login: written where the desktop reads it,
valid, starting this CardKeeper on the chosen library, and gone when the option is off."""

from __future__ import annotations

import configparser
import os
import plistlib
import subprocess
import sys
from pathlib import Path

import pytest

from cardkeeper import autostart
from cardkeeper.autostart import (
    TRAY_FLAG,
    autostart_file,
    desktop_entry,
    launch_agent,
    launch_command,
    set_start_in_tray,
)
from cardkeeper.errors import CardKeeperError


def _entry(file: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(file, encoding="utf-8")
    return parser["Desktop Entry"]


def _exec_arguments(line: str) -> list[str]:
    """The Exec line as the Desktop Entry spec reads it: the string's escapes first, then
    the arguments, split at spaces outside double quotes, in which a backslash escapes the
    next character; then ``%%`` is a percent sign."""
    text = line.replace("\\\\", "\\")
    arguments, current, quoted, escaped = [], "", False, False
    for char in text:
        if escaped:
            current, escaped = current + char, False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif char == " " and not quoted:
            arguments.append(current)
            current = ""
        else:
            current += char
    arguments.append(current)
    return [argument.replace("%%", "%") for argument in arguments]


def _validate(file: Path) -> tuple[int, str]:
    checked = subprocess.run(
        ["desktop-file-validate", str(file)], capture_output=True, text=True, check=False
    )
    return checked.returncode, checked.stdout + checked.stderr


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="XDG autostart is Linux's")
def test_the_linux_entry_is_written_valid_and_removed(tmp_path: Path) -> None:
    library = tmp_path / 'My Cards $HOME "quoted" 100%'
    command = launch_command(library)

    set_start_in_tray(True, command)

    file = autostart_file()
    assert file == Path(os.environ["XDG_CONFIG_HOME"]) / "autostart" / f"{autostart.APP_ID}.desktop"
    assert _validate(file) == (0, "")
    entry = _entry(file)
    assert (entry["Type"], entry["Terminal"], entry["NoDisplay"]) == (
        "Application",
        "false",
        "true",
    )
    arguments = _exec_arguments(entry["Exec"])
    assert arguments == command
    assert arguments[-3:] == [TRAY_FLAG, "--data-dir", str(library)]

    set_start_in_tray(False, command)
    assert not file.exists()
    set_start_in_tray(False, command)  # off twice is still off


def test_the_command_starts_this_cardkeeper_in_the_tray(tmp_path: Path) -> None:
    command = launch_command(tmp_path)
    shown = subprocess.run(
        [*command[: command.index(TRAY_FLAG)], "--help"],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert shown.returncode == 0, shown.stderr
    assert TRAY_FLAG in shown.stdout


def test_the_macos_launch_agent_runs_the_command_at_login(tmp_path: Path) -> None:
    command = launch_command(tmp_path)
    agent = plistlib.loads(launch_agent(command))
    assert agent == {"Label": autostart.APP_ID, "ProgramArguments": command, "RunAtLoad": True}


def test_a_plain_command_is_written_as_it_is() -> None:
    entry = desktop_entry(["/usr/bin/cardkeeper", TRAY_FLAG]).decode()
    assert "Exec=/usr/bin/cardkeeper --tray\n" in entry


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="XDG autostart is Linux's")
def test_a_folder_that_cannot_be_written_says_so_in_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "config"
    blocked.write_text("a file where the settings folder should be")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocked))

    with pytest.raises(CardKeeperError) as caught:
        set_start_in_tray(True, launch_command())

    assert str(caught.value).startswith(
        "CardKeeper could not be set to start with your desktop session ("
    )
    assert str(caught.value).endswith("check that your settings folder can be written to.")
