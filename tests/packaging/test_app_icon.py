"""The committed icons are the SVG's, at every size each platform asks for.

The .ico and .icns are read here with their own few lines of format parsing,
not with Pillow that wrote them, so a writer quietly dropping a size is seen.
"""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

from tools.icons import (
    ICO_SIZES,
    ICONS,
    PACKAGE_COPY,
    PNG_SIZES,
    SOURCE,
    generate,
    png_path,
)

ICNS_TYPES = {
    "ic11": 32,
    "ic12": 64,
    "ic07": 128,
    "ic13": 256,
    "ic08": 256,
    "ic14": 512,
    "ic09": 512,
    "ic10": 1024,
}
"""Apple's PNG-holding icon types and the pixels each holds (ic11-ic14 are the @2x ones)."""

LOOSE = 1.0
"""Mean difference per channel (of 255) allowed between a committed icon and a fresh one:
another Qt's anti-aliasing moves edge pixels a little, a changed drawing moves many."""


def ico_images(path: Path) -> dict[int, Image.Image]:
    """Each image of a Windows .ico by its size, read from the ICONDIR as Windows reads it."""
    data = path.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1), "not an icon file"
    images = {}
    for index in range(count):
        width, height, _, _, _, _, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        image = Image.open(io.BytesIO(data[offset : offset + length]))
        image.load()
        assert image.size == (width or 256, height or 256)
        images[image.width] = image
    return images


def icns_images(path: Path) -> dict[str, Image.Image]:
    """Each PNG of a macOS .icns by its icon type."""
    data = path.read_bytes()
    magic, total = struct.unpack_from(">4sI", data, 0)
    assert magic == b"icns"
    assert total == len(data)
    images = {}
    offset = 8
    while offset < total:
        kind, length = struct.unpack_from(">4sI", data, offset)
        body = data[offset + 8 : offset + length]
        if body.startswith(b"\x89PNG"):
            image = Image.open(io.BytesIO(body))
            image.load()
            images[kind.decode("ascii")] = image
        offset += length
    return images


def difference(committed: Image.Image, fresh: Image.Image) -> float:
    """How far apart two RGBA images are: the mean over pixels and channels, of 255."""
    assert committed.size == fresh.size
    delta = ImageChops.difference(committed.convert("RGBA"), fresh.convert("RGBA"))
    return max(ImageStat.Stat(delta).mean)


@pytest.fixture(scope="module")
def fresh_icons(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> Path:
    """The icons made from the SVG as it is now, beside the committed ones.

    ``qapp`` is there for Qt's painting, which needs an application object.
    """
    folder = tmp_path_factory.mktemp("icons")
    generate(SOURCE, folder)
    return folder


def test_the_app_shows_the_top_level_drawing() -> None:
    assert PACKAGE_COPY.read_bytes() == SOURCE.read_bytes(), (
        "src/cardkeeper/resources/cardkeeper.svg differs from resources/cardkeeper.svg: "
        "run python -m tools.icons"
    )


@pytest.mark.parametrize("size", PNG_SIZES)
def test_each_theme_size_is_a_transparent_square_of_its_size(size: int) -> None:
    with Image.open(png_path(ICONS, size)) as image:
        assert image.format == "PNG"
        assert image.mode == "RGBA"
        assert image.size == (size, size)
        corners = [(0, 0), (size - 1, 0), (0, size - 1)]
        assert all(image.getchannel("A").getpixel(corner) == 0 for corner in corners)
        assert image.getbbox() is not None


def test_the_windows_icon_holds_every_size_windows_shows() -> None:
    assert sorted(ico_images(ICONS / "cardkeeper.ico")) == sorted(ICO_SIZES)


def test_the_mac_icon_holds_every_size_finder_shows() -> None:
    images = icns_images(ICONS / "cardkeeper.icns")
    assert {kind: image.width for kind, image in images.items()} == ICNS_TYPES
    assert all(image.width == image.height for image in images.values())


@pytest.mark.parametrize("size", PNG_SIZES)
def test_each_theme_size_is_drawn_from_the_svg_as_it_is(fresh_icons: Path, size: int) -> None:
    with (
        Image.open(png_path(ICONS, size)) as committed,
        Image.open(png_path(fresh_icons, size)) as fresh,
    ):
        assert difference(committed, fresh) < LOOSE, "run python -m tools.icons"


def test_the_windows_and_mac_icons_are_drawn_from_the_svg_as_it_is(fresh_icons: Path) -> None:
    committed_ico, fresh_ico = (
        ico_images(folder / "cardkeeper.ico") for folder in (ICONS, fresh_icons)
    )
    for size, image in committed_ico.items():
        assert difference(image, fresh_ico[size]) < LOOSE, f"{size} px of the .ico"
    committed_icns, fresh_icns = (
        icns_images(folder / "cardkeeper.icns") for folder in (ICONS, fresh_icons)
    )
    for kind, image in committed_icns.items():
        assert difference(image, fresh_icns[kind]) < LOOSE, f"{kind} of the .icns"


def test_a_changed_drawing_is_told_apart(tmp_path: Path, qapp: object) -> None:
    """The loose comparison still sees a real change: the check badge turned red."""
    changed = tmp_path / "changed.svg"
    changed.write_text(SOURCE.read_text().replace("#2e9d5b", "#c0392b"))
    generate(changed, tmp_path)
    with (
        Image.open(png_path(ICONS, 64)) as committed,
        Image.open(png_path(tmp_path, 64)) as redrawn,
    ):
        assert difference(committed, redrawn) > LOOSE
