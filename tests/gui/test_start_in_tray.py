"""``cardkeeper --tray``, as the login entry starts it, under a real system tray (trayer, a
freedesktop tray host, on the tests' X server): only the tray icon shows, not the window,
and SIGTERM at logout ends it."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from cardkeeper.autostart import launch_command
from cardkeeper.store.database import open_library
from tests.gui.follow_up_data import TODAY, meet

_WINDOW = re.compile(r"^\s+(0x[0-9a-f]+) .*?(\d+)x(\d+)\+", re.MULTILINE)


@pytest.fixture
def tray_host(qtbot: QtBot) -> Iterator[None]:
    host = subprocess.Popen(
        ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    qtbot.waitUntil(QSystemTrayIcon.isSystemTrayAvailable, timeout=10_000)
    yield
    host.terminate()
    host.wait(5)


def _windows_of(pid: int, tree: str) -> list[tuple[str, int, int, bool]]:
    """(id, width, height, viewable) of every window in ``tree`` made by process ``pid``."""
    found = []
    for window_id, width, height in _WINDOW.findall(tree):
        owner = _x("xprop", "-id", window_id, "_NET_WM_PID")
        if owner.strip().endswith(f"= {pid}"):
            viewable = "IsViewable" in _x("xwininfo", "-id", window_id)
            found.append((window_id, int(width), int(height), viewable))
    return found


def _x(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=False).stdout


def test_tray_flag_shows_only_the_tray_icon_and_quits_on_sigterm(
    qtbot: QtBot, tray_host: None, tmp_path: Path
) -> None:
    folder = tmp_path / "library"
    with open_library(folder) as library:
        meet(library, "Anna Koch", due=TODAY)
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    app = subprocess.Popen(
        launch_command(folder), env=environment, stderr=subprocess.PIPE, text=True
    )
    try:

        def icon_in_the_tray() -> bool:
            panel = _x("xwininfo", "-root", "-tree").split('("panel" "trayer")', 1)[-1]
            return any(viewable for *_, viewable in _windows_of(app.pid, panel))

        qtbot.waitUntil(icon_in_the_tray, timeout=20_000)
        top_level = _x("xwininfo", "-root", "-children")
        shown = [w for w in _windows_of(app.pid, top_level) if w[3]]
        assert not [w for w in shown if w[1] > 500 or w[2] > 300]  # no window but the icon

        app.send_signal(signal.SIGTERM)  # the desktop session ends
        assert app.wait(10) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert "Traceback" not in (app.stderr.read() if app.stderr else "")
