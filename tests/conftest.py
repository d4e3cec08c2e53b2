"""Every test gets its own library and config folder: no test ever touches a real library."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import keyring
import pytest

from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library, open_library
from tests.dovecot_server import DovecotServer
from tests.memory_keyring import MemoryKeyring
from tests.radicale_server import RadicaleServer


@pytest.fixture(autouse=True)
def _isolated_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CARDKEEPER_DATA_DIR", str(home / "library"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("CARDKEEPER_LOG_DIR", str(home / "log"))


@pytest.fixture
def data_dir() -> Path:
    import os

    return Path(os.environ["CARDKEEPER_DATA_DIR"])


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    """A new, empty library of the test's own."""
    with open_library(tmp_path / "library") as opened:
        yield opened


@pytest.fixture
def contacts(library: Library) -> Contacts:
    return Contacts(library)


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder that ``nobody`` can reach (tmp_path's parents are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="cardkeeper-test-"))
    folder.chmod(0o755)
    yield folder
    for path in (folder, *folder.rglob("*")):
        path.chmod(0o755 if path.is_dir() else 0o644)
    shutil.rmtree(folder)


@dataclass(frozen=True)
class CameraVideo:
    """A generated desk-camera video and what happens in it (``tools.camgen``'s manifest)."""

    path: Path
    manifest: dict[str, Any]

    @property
    def visits(self) -> list[dict[str, Any]]:
        return list(self.manifest["visits"])


@pytest.fixture(scope="session")
def hard_cases_video(tmp_path_factory: pytest.TempPathFactory) -> CameraVideo:
    """Six cards: plain, resting 10 s, nudged, a hand passing, then two look-alike cards."""
    from tools.camgen import hard_cases, write_video

    path = tmp_path_factory.mktemp("camera") / "hard.avi"
    return CameraVideo(path, write_video(hard_cases(1), path, fps=15))


@pytest.fixture(scope="session")
def stack_video(tmp_path_factory: pytest.TempPathFactory) -> CameraVideo:
    """A stack of 20 cards laid under the camera one after another, at 1080p."""
    from tools.camgen import stack, write_video

    path = tmp_path_factory.mktemp("camera") / "stack.avi"
    return CameraVideo(path, write_video(stack(20, 1), path, fps=15, size=(1920, 1080)))


@pytest.fixture
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RadicaleServer]:
    """A real Radicale CardDAV server of the test's own (htpasswd auth, empty storage)."""
    server = RadicaleServer(tmp_path_factory.mktemp("radicale"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """The system keyring replaced by one in memory for the test, then put back."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def dovecot() -> Iterator[DovecotServer]:
    """A real Dovecot IMAP server of the test's own (one user, Drafts and Sent flagged),
    in a folder ``nobody``, whom it runs as, can reach."""
    folder = Path(tempfile.mkdtemp(prefix="cardkeeper-dovecot-"))
    folder.chmod(0o755)
    server = DovecotServer(folder / "server")
    server.start()
    yield server
    server.stop()
    shutil.rmtree(folder)
