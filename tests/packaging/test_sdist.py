"""The sdist holds the app and its desktop files, no test suite, and builds a complete wheel.

Built with setuptools' own backend in this process, as pip would call it,
without network: the build needs nothing that is not already installed.
"""

from __future__ import annotations

import email.parser
import tarfile
import zipfile
from pathlib import Path

import pytest
from setuptools import build_meta

from cardkeeper import __version__
from tools.icons import APP_ID

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "cardkeeper"


@pytest.fixture(scope="module")
def sdist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sdist")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        name = build_meta.build_sdist(str(out))
    return out / name


@pytest.fixture(scope="module")
def sdist_names(sdist: Path) -> set[str]:
    """The sdist's files, relative to its top folder."""
    with tarfile.open(sdist) as archive:
        return {
            member.name.split("/", 1)[1]
            for member in archive.getmembers()
            if member.isfile() and "/" in member.name
        }


@pytest.fixture(scope="module")
def wheel_names(sdist: Path, tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """The files of the wheel built from the unpacked sdist alone, as pip builds one."""
    unpacked = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(sdist) as archive:
        archive.extractall(unpacked, filter="data")
    (source,) = unpacked.iterdir()
    out = tmp_path_factory.mktemp("wheel")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(source)
        name = build_meta.build_wheel(str(out))
    with zipfile.ZipFile(out / name) as wheel:
        return set(wheel.namelist())


def repository_files(folder: Path, pattern: str = "*") -> set[str]:
    """Files under ``folder`` as paths relative to the repository, caches left out."""
    return {
        path.relative_to(ROOT).as_posix()
        for path in folder.rglob(pattern)
        if path.is_file() and "__pycache__" not in path.parts
    }


def test_it_holds_no_test_suite_nor_developer_tools(sdist_names: set[str]) -> None:
    for folder in ("tests/", "bench/", "tools/", "docs/", ".ci/"):
        assert not [name for name in sdist_names if name.startswith(folder)], folder


def test_it_holds_the_licence_readme_and_every_migration(sdist_names: set[str]) -> None:
    assert {"LICENSE", "README.md", "pyproject.toml", "PKG-INFO"} <= sdist_names
    assert repository_files(PACKAGE / "store" / "migrations", "*.sql") <= sdist_names


def test_it_holds_the_desktop_files_icons_and_their_installer(sdist_names: set[str]) -> None:
    assert repository_files(ROOT / "resources") <= sdist_names
    assert {
        f"resources/{APP_ID}.desktop",
        f"resources/{APP_ID}.metainfo.xml",
        "resources/icons/cardkeeper.ico",
        "resources/icons/cardkeeper.icns",
        "scripts/install_desktop.sh",
    } <= sdist_names


def test_its_metadata_names_the_licence_by_spdx_alone(sdist: Path) -> None:
    with tarfile.open(sdist) as archive:
        member = archive.extractfile(f"cardkeeper-{__version__}/PKG-INFO")
        assert member is not None
        metadata = email.parser.BytesHeaderParser().parse(member)
    assert metadata["License-Expression"] == "GPL-3.0-or-later"
    assert metadata.get_all("License-File") == ["LICENSE"]
    assert not [c for c in metadata.get_all("Classifier", []) if c.startswith("License ::")]


def test_the_wheel_from_it_holds_the_migrations_and_package_resources(
    wheel_names: set[str],
) -> None:
    in_package = {
        name.removeprefix("src/")
        for name in repository_files(PACKAGE / "resources")
        | repository_files(PACKAGE / "store" / "migrations", "*.sql")
    }
    assert in_package
    assert in_package <= wheel_names
    assert f"cardkeeper-{__version__}.dist-info/licenses/LICENSE" in wheel_names
    assert not [name for name in wheel_names if name.startswith(("tests/", "tools/"))]
