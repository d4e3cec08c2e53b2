"""Starting CardKeeper with the desktop session, in the tray only, so that follow-ups due in
the morning are announced while the window is closed.

Each desktop keeps its own list of what starts at login, and each is written
the way that desktop reads it, with no helper program:

- Linux and other XDG desktops: ``$XDG_CONFIG_HOME/autostart/<app id>.desktop``
  (the XDG Autostart specification; GNOME, KDE, Xfce, Cinnamon and LXQt read it).
- macOS: a LaunchAgent, ``~/Library/LaunchAgents/<app id>.plist`` with ``RunAtLoad``.
  A login item proper (``SMAppService``) needs a signed app bundle; a LaunchAgent
  works for CardKeeper run from a venv as well as from a bundle.
- Windows: the value ``CardKeeper`` under ``HKCU\\Software\\Microsoft\\Windows\\
  CurrentVersion\\Run``, the per-user Run key the Settings app's Startup page lists.

The entry starts CardKeeper with :data:`TRAY_FLAG` (and the library folder, when
it is not the usual one); turning the option off removes it.
"""

from __future__ import annotations

import contextlib
import os
import plistlib
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from cardkeeper.errors import CardKeeperError
from cardkeeper.wording import translate

APP_ID = "io.github.cardkeeper.CardKeeper"
TRAY_FLAG = "--tray"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "CardKeeper"
_EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def launch_command(data_dir: Path | None = None) -> list[str]:
    """How this CardKeeper is started in the tray: the frozen app, the ``cardkeeper`` script
    beside this Python (a venv), or this Python running the package."""
    if getattr(sys, "frozen", False):
        command = [sys.executable]
    else:
        script = Path(sys.executable).with_name("cardkeeper")
        command = [str(script)] if script.exists() else [sys.executable, "-m", "cardkeeper"]
    command.append(TRAY_FLAG)
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return command


def set_start_in_tray(enabled: bool, command: Sequence[str]) -> None:
    """Write (or remove) this desktop's entry that starts ``command`` at login.

    Raises :class:`~cardkeeper.errors.CardKeeperError` with one sentence when it cannot be
    written; nothing else is changed then.
    """
    try:
        if sys.platform == "win32":
            _set_run_key(enabled, command)
        elif sys.platform == "darwin":
            _write_or_remove(launch_agent_file(), launch_agent(command) if enabled else None)
        else:
            _write_or_remove(autostart_file(), desktop_entry(command) if enabled else None)
    except OSError as error:
        raise CardKeeperError(
            translate(
                "autostart",
                "CardKeeper could not be set to start with your desktop session ({reason});"
                " check that your settings folder can be written to.",
            ).format(reason=error.strerror or error)
        ) from None


def autostart_file() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / f"{APP_ID}.desktop"


def launch_agent_file() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{APP_ID}.plist"


def desktop_entry(command: Sequence[str]) -> bytes:
    """The XDG autostart entry: hidden from menus, starting ``command`` with no terminal."""
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        "Name=CardKeeper",
        "Comment=Announce follow-ups that fall due, from the tray",
        f"Icon={APP_ID}",
        f"Exec={' '.join(_exec_argument(part) for part in command)}",
        "Terminal=false",
        "NoDisplay=true",
        "X-GNOME-Autostart-enabled=true",
        "",
    ]
    return "\n".join(lines).encode("utf-8")


def launch_agent(command: Sequence[str]) -> bytes:
    """The LaunchAgent: ``command`` once at login, not kept alive after Quit."""
    agent = {"Label": APP_ID, "ProgramArguments": list(command), "RunAtLoad": True}
    return plistlib.dumps(agent)


def _exec_argument(argument: str) -> str:
    """One argument of a desktop entry's Exec key (quoted as the Desktop Entry spec says,
    then escaped as its string values are)."""
    if argument and not _EXEC_RESERVED & set(argument) and "%" not in argument:
        return argument
    quoted = "".join("\\" + c if c in '"`$\\' else c for c in argument).replace("%", "%%")
    return '"' + quoted.replace("\\", "\\\\") + '"'


def _write_or_remove(file: Path, content: bytes | None) -> None:
    if content is None:
        file.unlink(missing_ok=True)
        return
    file.parent.mkdir(parents=True, exist_ok=True)
    temporary = file.with_name(file.name + ".tmp")
    temporary.write_bytes(content)
    temporary.replace(file)


def _set_run_key(enabled: bool, command: Sequence[str]) -> None:
    if sys.platform != "win32":
        raise AssertionError("the Run key is Windows's")
    import winreg

    with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
        if enabled:
            line = subprocess.list2cmdline(list(command))
            winreg.SetValueEx(key, RUN_VALUE, 0, winreg.REG_SZ, line)
        else:
            with contextlib.suppress(FileNotFoundError):
                winreg.DeleteValue(key, RUN_VALUE)
