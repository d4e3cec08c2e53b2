"""A keyring kept in a JSON file, for the commands the tests run as processes of their own.

``PYTHON_KEYRING_BACKEND=tests.file_keyring.FileKeyring`` makes ``keyring`` use it,
and ``CARDKEEPER_TEST_KEYRING`` names the file: the password a command saves is then
there for the next command and for the test to read, and never in the user's keyring.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend

BACKEND = "tests.file_keyring.FileKeyring"
FILE_ENV = "CARDKEEPER_TEST_KEYRING"


class FileKeyring(KeyringBackend):
    """A real keyring backend over a file the test names."""

    priority = 1  # type: ignore[assignment]

    @property
    def _file(self) -> Path:
        return Path(os.environ[FILE_ENV])

    def _read(self) -> dict[str, str]:
        try:
            return dict(json.loads(self._file.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        stored = self._read()
        stored[f"{service}\n{username}"] = password
        self._file.write_text(json.dumps(stored), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        stored = self._read()
        stored.pop(f"{service}\n{username}", None)
        self._file.write_text(json.dumps(stored), encoding="utf-8")
