"""The command answers --help and --version on a machine with no display."""

from __future__ import annotations

import os
import subprocess
import sys

from cardkeeper import __version__


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = ""
    return subprocess.run(
        [sys.executable, "-m", "cardkeeper", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_version_without_display() -> None:
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"CardKeeper {__version__}"


def test_help_lists_every_command() -> None:
    result = _run("--help")
    assert result.returncode == 0
    for command in ("scan", "import", "--data-dir"):
        assert command in result.stdout
    assert result.stderr == ""


def test_unknown_command_is_one_usage_error() -> None:
    result = _run("frobnicate")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr
    assert "Traceback" not in result.stderr


def test_app_without_a_screen_says_so_in_one_sentence() -> None:
    result = _run()
    assert result.returncode == 2
    assert "needs a desktop session" in result.stderr
    assert result.stderr.count("\n") == 1
