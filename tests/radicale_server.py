"""A real Radicale CardDAV server for the sync tests, run as its own process.

Each server gets a temporary storage folder, an htpasswd file with its users, and a
free port on 127.0.0.1. It can be stopped and started again on the same port and
storage, which is how the tests take the server away in the middle of a sync.
"""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

USER = "anna"
PASSWORD = "correct horse"
OTHER_USER = "bruno"
OTHER_PASSWORD = "battery staple"

START_TIMEOUT_S = 20.0


def free_port() -> int:
    """A port nothing listens on right now (the OS picks it, the socket lets it go)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class RadicaleServer:
    """``python -m radicale`` with htpasswd auth (plain) over a folder of its own."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self.started_in_s = 0.0
        folder.mkdir(parents=True, exist_ok=True)
        users = folder / "users"
        users.write_text(f"{USER}:{PASSWORD}\n{OTHER_USER}:{OTHER_PASSWORD}\n", encoding="utf-8")
        self.config = folder / "config"
        self.config.write_text(
            "[server]\n"
            f"hosts = 127.0.0.1:{self.port}\n"
            "delay_on_error = 0.01\n"
            "[auth]\n"
            "type = htpasswd\n"
            f"htpasswd_filename = {users}\n"
            "htpasswd_encryption = plain\n"
            "delay = 0.01\n"
            "[storage]\n"
            f"filesystem_folder = {folder / 'collections'}\n"
            "use_mtime_and_size_for_item_cache = True\n"
            "[web]\n"
            "type = none\n"
            "[logging]\n"
            "level = warning\n",
            encoding="utf-8",
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self) -> None:
        """Start the server and return once it accepts connections."""
        started = time.monotonic()
        log = (self.folder / "radicale.log").open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "radicale", "--config", str(self.config)],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        while time.monotonic() - started < START_TIMEOUT_S:
            if self.process.poll() is not None:
                raise RuntimeError(f"Radicale exited at start: {self.log_text()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    self.started_in_s = time.monotonic() - started
                    return
            except OSError:
                time.sleep(0.02)
        self.stop()
        raise RuntimeError(f"Radicale did not answer within {START_TIMEOUT_S} s")

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL) and wait until the port is free."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def log_text(self) -> str:
        return (self.folder / "radicale.log").read_text(encoding="utf-8", errors="replace")
