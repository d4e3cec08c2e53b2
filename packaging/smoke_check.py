"""Run the built bundle as a user would, and stop at the first thing that does not work.

PyInstaller reports success for a bundle that cannot start (a missing Qt plugin, a
data file left behind, a module only imported at run time), so ``make dist`` runs
this on what it built: the commands from a terminal on a sample card, then the
window under Xvfb, which must really appear on the screen and close cleanly.
Each step prints one line; a failure prints one line saying what failed and exits 1.

    xvfb-run -a .venv/bin/python packaging/smoke_check.py [DIST] [--build-seconds N]
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_CARD = ROOT / "src" / "cardkeeper" / "resources" / "sample-card.jpg"
WINDOW_WAIT_S = 60
"""The first start of a bundle on a cold disk reads a few hundred megabytes."""
COMMAND_WAIT_S = 120

LINUX_PLUGINS = (
    "platforms/libqxcb.so",
    "platforms/libqwayland.so",
    "imageformats/libqsvg.so",
    "imageformats/libqjpeg.so",
    "iconengines/libqsvgicon.so",
)
"""The Qt plugins without which the window does not open (xcb, wayland) or shows no icons."""


class SmokeError(Exception):
    """One step failed; the message is the line to print."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("dist", nargs="?", type=Path, default=ROOT / "dist")
    parser.add_argument("--build-seconds", type=int, help="how long the build took, to report")
    args = parser.parse_args(argv)
    try:
        folder, program = _bundle(args.dist)
        print(f"bundle: {folder}")
        _check(program)
    except SmokeError as error:
        print(f"smoke check FAILED: {error}", file=sys.stderr)
        return 1
    size = subprocess.run(["du", "-sh", str(folder)], capture_output=True, text=True, check=False)
    print(f"size: {size.stdout.split()[0] if size.stdout else '?'} ({folder})")
    if args.build_seconds is not None:
        print(f"build time: {args.build_seconds} s")
    print("smoke check passed")
    return 0


def _bundle(dist: Path) -> tuple[Path, Path]:
    """The bundle folder and the program in it that prints to a terminal."""
    if sys.platform == "darwin":
        folder = dist / "CardKeeper.app"
        program = folder / "Contents" / "MacOS" / "cardkeeper"
    else:
        folder = dist / "cardkeeper"
        program = folder / ("cardkeeper.exe" if sys.platform.startswith("win") else "cardkeeper")
    if not program.is_file():
        raise SmokeError(f"{program} was not built; run PyInstaller on packaging/cardkeeper.spec.")
    return folder, program


def _check(program: Path) -> None:
    from cardkeeper import __version__

    version = _run(program, "--version")
    if version.strip() != f"CardKeeper {__version__}":
        raise SmokeError(f"--version printed {version.strip()!r}, not CardKeeper {__version__}.")
    print(f"ok: --version prints {version.strip()!r}")

    cards = json.loads(_run(program, "scan", "--json", str(SAMPLE_CARD)))
    card = cards[0] if cards else {}
    if not (card.get("name") and card.get("emails")) or card.get("error"):
        raise SmokeError(f"scan --json read no name or email from the sample card: {card}")
    print(f"ok: scan --json reads {card['name']} <{card['emails'][0]}>")

    with tempfile.TemporaryDirectory(prefix="cardkeeper-smoke-") as temporary:
        data = Path(temporary) / "library"
        _run(program, "--data-dir", str(data), "import", str(SAMPLE_CARD))
        print("ok: import saves the sample card into a new library")

        vcf = Path(temporary) / "contacts.vcf"
        _run(program, "--data-dir", str(data), "export", "--format", "vcf", "--out", str(vcf))
        exported = vcf.read_text(encoding="utf-8") if vcf.is_file() else ""
        if "BEGIN:VCARD" not in exported or card["emails"][0] not in exported:
            raise SmokeError(f"export --format vcf wrote no vCard with {card['emails'][0]}.")
        print(f"ok: export --format vcf writes {exported.count('BEGIN:VCARD')} contact")

        answer = _run(program, "--data-dir", str(data), "followups").strip().splitlines()
        print(f"ok: followups answers {answer[0] if answer else 'nothing'!r}")

        if sys.platform.startswith("linux"):
            _check_plugins(program.parent)
            _check_window(program, data)
        else:
            print("window check skipped: it needs Xvfb and xwininfo (Linux)")


def _run(program: Path, *arguments: str) -> str:
    """The command's stdout; a non-zero exit is a failure that quotes its last line."""
    try:
        done = subprocess.run(
            [str(program), *arguments],
            capture_output=True,
            text=True,
            timeout=COMMAND_WAIT_S,
            check=False,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired as error:
        raise SmokeError(f"{' '.join(arguments)} did not end within {COMMAND_WAIT_S} s.") from error
    if done.returncode != 0:
        said = (done.stderr.strip() or done.stdout.strip() or "nothing").splitlines()[-1]
        raise SmokeError(f"{' '.join(arguments)} exited with {done.returncode}: {said}")
    return done.stdout


def _check_plugins(folder: Path) -> None:
    plugins = next(folder.glob("_internal/PySide6/Qt/plugins"), None)
    missing = [name for name in LINUX_PLUGINS if plugins is None or not (plugins / name).is_file()]
    if missing:
        raise SmokeError(f"the bundle lacks the Qt plugins {', '.join(missing)}.")
    print(f"ok: Qt plugins {', '.join(Path(name).stem for name in LINUX_PLUGINS)} are in")


def _check_window(program: Path, data: Path) -> None:
    """The main window maps on the X display, then closes as if its close button was pressed."""
    if not os.environ.get("DISPLAY") or shutil.which("xwininfo") is None:
        raise SmokeError("the window check needs an X display and xwininfo: run it in xvfb-run.")
    started = time.monotonic()
    with tempfile.TemporaryFile("w+") as log:
        app = subprocess.Popen(
            [str(program), "--data-dir", str(data)], stdout=log, stderr=subprocess.STDOUT
        )
        try:
            window = _wait_for_window(app, started)
            print(f"ok: the window maps in {time.monotonic() - started:.1f} s ({window})")
            _close(window)
            try:
                status = app.wait(timeout=30)
            except subprocess.TimeoutExpired as error:
                raise SmokeError("the window did not close within 30 s of being asked.") from error
            if status != 0:
                raise SmokeError(f"the app exited with {status} on closing its window.")
            log.seek(0)
            said = [line for line in log.read().splitlines() if line.strip()]
            if said:
                raise SmokeError(f"the app printed while its window was open: {said[0]}")
            print("ok: the window closes and the app exits with 0")
        finally:
            if app.poll() is None:
                app.kill()
                app.wait()
            if app.returncode not in (0, None):
                log.seek(0)
                print(log.read(), end="", file=sys.stderr)


def _wait_for_window(app: subprocess.Popen[bytes], started: float) -> str:
    """The id of CardKeeper's top-level window once X says it is viewable."""
    while time.monotonic() - started < WINDOW_WAIT_S:
        if app.poll() is not None:
            raise SmokeError(f"the app exited with {app.returncode} before its window appeared.")
        tree = _x("xwininfo", "-root", "-tree")
        for window in re.findall(
            r'(0x[0-9a-f]+) "CardKeeper": \("cardkeeper" "CardKeeper"\)', tree
        ):
            if "Map State: IsViewable" in _x("xwininfo", "-id", window):
                return str(window)
        time.sleep(0.2)
    raise SmokeError(f"no CardKeeper window was mapped within {WINDOW_WAIT_S} s.")


def _x(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=False).stdout


class _ClientMessage(ctypes.Structure):
    _fields_ = (
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
    )


class _Event(ctypes.Union):
    _fields_ = (("client", _ClientMessage), ("size", ctypes.c_long * 24))


CLIENT_MESSAGE = 33


def _close(window: str) -> None:
    """Send WM_DELETE_WINDOW, what a window manager sends for the close button.

    Xvfb runs no window manager and x11-utils has no tool that sends it, so Xlib is called
    directly; a signal would end the app without the close that is being checked.
    """
    name = ctypes.util.find_library("X11")
    if name is None:
        raise SmokeError("libX11 was not found to close the window with.")
    xlib = ctypes.CDLL(name)
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XOpenDisplay.argtypes = (ctypes.c_char_p,)
    xlib.XInternAtom.restype = ctypes.c_ulong
    xlib.XInternAtom.argtypes = (ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int)
    xlib.XSendEvent.argtypes = (
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.c_int,
        ctypes.c_long,
        ctypes.POINTER(_Event),
    )
    xlib.XFlush.argtypes = xlib.XCloseDisplay.argtypes = (ctypes.c_void_p,)
    display = xlib.XOpenDisplay(None)
    if not display:
        raise SmokeError("the X display could not be opened to close the window.")
    event = _Event()
    event.client.type = CLIENT_MESSAGE
    event.client.window = int(window, 16)
    event.client.message_type = xlib.XInternAtom(display, b"WM_PROTOCOLS", 0)
    event.client.format = 32
    event.client.data[0] = xlib.XInternAtom(display, b"WM_DELETE_WINDOW", 0)
    xlib.XSendEvent(display, event.client.window, 0, 0, ctypes.byref(event))
    xlib.XFlush(display)
    xlib.XCloseDisplay(display)


if __name__ == "__main__":
    sys.exit(main())
