"""Every test gets its own library and config folder: no test ever touches a real library."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library, open_library


@pytest.fixture(autouse=True)
def _isolated_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CARDKEEPER_DATA_DIR", str(home / "library"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))


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
