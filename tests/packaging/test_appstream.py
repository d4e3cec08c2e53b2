"""The AppStream metadata is valid and tells software centres the same as the project does."""

from __future__ import annotations

import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from PIL import Image

from cardkeeper import __version__
from tools.icons import APP_ID

ROOT = Path(__file__).resolve().parents[2]
METAINFO = ROOT / "resources" / f"{APP_ID}.metainfo.xml"
RAW_DOCS = "https://raw.githubusercontent.com/cardkeeper/cardkeeper/main/docs/"


def component() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def project() -> dict[str, Any]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]


def test_appstreamcli_validates_it_pedantically_without_warnings() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--pedantic", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert not [line for line in output.splitlines() if line.startswith(("E:", "W:"))], output


def test_it_describes_the_desktop_entry_beside_it() -> None:
    root = component()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    launchable = root.find("launchable")
    assert launchable is not None
    assert launchable.get("type") == "desktop-id"
    assert (METAINFO.parent / (launchable.text or "")).is_file()


def test_the_newest_release_is_this_version() -> None:
    releases = component().findall("releases/release")
    assert releases, "no release listed"
    assert releases[0].get("version") == __version__
    assert releases[0].get("date")


def test_licence_command_and_addresses_are_the_projects() -> None:
    root = component()
    urls = {url.get("type"): url.text for url in root.findall("url")}
    project_urls = project()["urls"]
    assert root.findtext("project_license") == project()["license"]
    assert root.findtext("metadata_license") == "CC0-1.0"
    commands = {*project()["scripts"], *project().get("gui-scripts", {})}
    binaries = [binary.text for binary in root.findall("provides/binary")]
    assert "cardkeeper" in binaries
    assert set(binaries) <= commands
    assert urls["homepage"] == project_urls["Homepage"]
    assert urls["bugtracker"] == project_urls["Issues"]
    assert urls["help"] == project_urls["Documentation"]
    assert urls["vcs-browser"] == project_urls["Source"]


def test_each_screenshot_is_a_committed_picture_of_the_size_it_states() -> None:
    shots = component().findall("screenshots/screenshot")
    assert [shot.get("type") for shot in shots].count("default") == 1
    for shot in shots:
        assert shot.findtext("caption")
        image = shot.find("image")
        assert image is not None
        assert image.text is not None
        assert image.text.startswith(RAW_DOCS)
        picture = ROOT / "docs" / image.text.removeprefix(RAW_DOCS)
        with Image.open(picture) as opened:
            assert opened.size == (int(image.get("width", 0)), int(image.get("height", 0)))
