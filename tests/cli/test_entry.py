"""The command line: --help and --version with no display, files told from commands."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cardkeeper import __version__
from cardkeeper.cli import parse_args


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
    for command in ("scan", "import", "--data-dir", "--verbose", "[FILE ..."):
        assert command in result.stdout
    assert result.stderr == ""


def test_an_unknown_command_is_one_sentence() -> None:
    result = _run("frobnicate")
    assert result.returncode == 2
    assert result.stderr == (
        "cardkeeper: frobnicate is neither a command nor a file or folder here; "
        "`cardkeeper --help` lists the commands.\n"
    )


def test_files_that_are_not_there_are_named_each_in_one_sentence(tmp_path: Path) -> None:
    there = tmp_path / "card.jpg"
    there.write_bytes(b"")
    result = _run(str(there), str(tmp_path / "gone.jpg"), str(tmp_path / "trip"))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"cardkeeper: There is no file or folder {tmp_path / 'gone.jpg'}.",
        f"cardkeeper: There is no file or folder {tmp_path / 'trip'}.",
    ]


@pytest.mark.parametrize(
    ("argv", "command", "files", "data_dir", "verbose"),
    [
        ([], None, [], None, False),
        (["a.jpg", "b.png"], None, ["a.jpg", "b.png"], None, False),
        (
            ["--data-dir", "import", "a.jpg", "-v", "b.jpg"],
            None,
            ["a.jpg", "b.jpg"],
            "import",
            True,
        ),
        (["--data-dir=scan", "contacts.vcf"], None, ["contacts.vcf"], "scan", False),
        (["--", "-scan.jpg"], None, ["-scan.jpg"], None, False),
        (["import", "a.jpg"], "import", [], None, False),
        (["--verbose", "import", "a.jpg"], "import", [], None, True),
        (["followups", "done", "3", "--verbose", "--data-dir", "D"], "followups", [], "D", True),
    ],
)
def test_files_are_told_from_commands(
    argv: list[str], command: str | None, files: list[str], data_dir: str | None, verbose: bool
) -> None:
    args = parse_args(argv)
    assert args.command == command
    assert args.files == [Path(name) for name in files]
    assert (args.data_dir, args.verbose) == (data_dir, verbose)


def test_app_without_a_screen_says_so_in_one_sentence() -> None:
    result = _run()
    assert result.returncode == 2
    assert "needs a desktop session" in result.stderr
    assert result.stderr.count("\n") == 1
