"""Loading images: every format we promise, EXIF rotation, size limits, and every bad file."""

from __future__ import annotations

import io
import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from cardkeeper.errors import UnreadableImageError
from cardkeeper.reading import load
from cardkeeper.reading.load import load_image, load_image_bytes
from tests.unprivileged import unprivileged


def _picture() -> Image.Image:
    """Red left half, blue right half: colour order and orientation both show."""
    array = np.zeros((60, 100, 3), np.uint8)
    array[:, :50] = (255, 0, 0)
    array[:, 50:] = (0, 0, 255)
    return Image.fromarray(array)


@pytest.mark.parametrize("suffix", ["jpg", "png", "webp", "tiff", "bmp", "heic"])
def test_reads_every_promised_format_as_bgr(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"card.{suffix}"
    _picture().save(path, quality=95) if suffix != "bmp" else _picture().save(path)
    image = load_image(path)
    assert image.shape == (60, 100, 3)
    assert image.dtype == np.uint8
    assert image[30, 10, 2] > 200 and image[30, 10, 0] < 60  # red: BGR's last channel
    assert image[30, 90, 0] > 200 and image[30, 90, 2] < 60


def test_applies_exif_orientation(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # stored sideways; display turned 90° clockwise
    path = tmp_path / "phone.jpg"
    _picture().save(path, exif=exif)
    image = load_image(path)
    assert image.shape == (100, 60, 3)
    assert image[10, 30, 2] > 200  # red (stored left) is now at the top


def test_transparency_becomes_white_and_grey_becomes_three_channels(tmp_path: Path) -> None:
    path = tmp_path / "cutout.png"
    Image.new("RGBA", (40, 20), (0, 0, 0, 0)).save(path)
    assert (load_image(path) == 255).all()
    grey = tmp_path / "grey.png"
    Image.new("L", (40, 20), 100).save(grey)
    assert load_image(grey).shape == (20, 40, 3)


def test_sixteen_bit_scans_are_scaled_not_clipped(tmp_path: Path) -> None:
    path = tmp_path / "scan16.png"
    Image.fromarray(np.full((10, 10), 30000, np.uint16)).save(path)
    assert load_image(path)[0, 0, 0] == 255


def test_big_photo_is_reduced_to_working_size(tmp_path: Path, monkeypatch) -> None:
    # Same code path as a 200 MP photo, at a size a test can afford.
    monkeypatch.setattr(load, "WORKING_PIXELS", 1_000_000)
    path = tmp_path / "huge.jpg"
    Image.new("RGB", (4000, 3000), (200, 180, 160)).save(path)
    image = load_image(path)
    assert image.shape[0] * image.shape[1] <= 1_000_000
    assert abs(image.shape[1] / image.shape[0] - 4 / 3) < 0.01


def test_load_image_bytes_matches_file(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    _picture().save(buffer, format="PNG")
    assert load_image_bytes(buffer.getvalue(), "pasted").shape == (60, 100, 3)
    with pytest.raises(UnreadableImageError, match=r"^pasted is empty"):
        load_image_bytes(b"", "pasted")


def _png_claiming(width: int, height: int) -> bytes:
    """A tiny, valid-looking PNG whose header claims ``width`` x ``height``."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


def _bad(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def _jpeg_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.effect_noise((400, 300), 60).convert("RGB").save(buffer, format="JPEG")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.jpg", b"", r"^empty\.jpg is empty \(0 bytes\)"),
        (
            "notes.jpg",
            b"Call Anna on Monday\nabout the offer\n",
            r"^notes\.jpg is a text file, not an image\.$",
        ),
        ("scan.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", r"^scan\.pdf is a PDF document"),
        ("cards.zip", b"PK\x03\x04" + b"\0" * 40, r"ZIP archive"),
        ("random.png", bytes(range(256)) * 4, r"not an image CardKeeper can read"),
        ("cut.jpg", _jpeg_bytes()[:3000], r"^cut\.jpg is damaged or incomplete \(JPEG"),
        (
            "bomb.png",
            _png_claiming(30_000, 30_000),
            r"^bomb\.png claims 900 megapixels, more than the 400",
        ),
        (
            "wide.png",
            _png_claiming(25_000, 20_000),
            r"claims to be 25000×20000 pixels \(500 megapixels\)",
        ),
        (
            "poster.png",
            _png_claiming(12_000, 10_000),
            r"^poster\.png is 12000×10000 pixels \(120 megapixels\), more than the 100 megapixels"
            r" CardKeeper opens in PNG; save it as JPEG",
        ),
        (
            "liar.png",
            _png_claiming(8_000, 6_000),
            r"claims to be 8000×6000 pixels but is only 0 kB",
        ),
    ],
)
def test_bad_files_get_one_clear_sentence(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    with pytest.raises(UnreadableImageError, match=message) as caught:
        load_image(_bad(tmp_path, name, content))
    text = str(caught.value)
    assert text.endswith(".") and "\n" not in text


def test_corrupt_png_data(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    Image.effect_noise((200, 200), 60).save(buffer, format="PNG")
    data = bytearray(buffer.getvalue())
    data[200:260] = b"\xff" * 60  # inside the compressed pixels
    with pytest.raises(UnreadableImageError, match="damaged or incomplete"):
        load_image(_bad(tmp_path, "broken.png", bytes(data)))


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(UnreadableImageError, match=r"^gone\.jpg does not exist"):
        load_image(tmp_path / "gone.jpg")
    with pytest.raises(UnreadableImageError, match="is a folder, not an image file"):
        load_image(tmp_path)


def test_no_permission(tmp_path: Path) -> None:
    path = tmp_path / "locked.jpg"
    _picture().save(path)
    path.chmod(0)
    with (
        unprivileged(),
        pytest.raises(
            UnreadableImageError, match=r"^locked\.jpg cannot be opened: permission denied"
        ),
    ):
        load_image(path)


def test_a_symbolic_link_loop_is_named_as_one(tmp_path: Path) -> None:
    (tmp_path / "loopa.jpg").symlink_to(tmp_path / "loopb.jpg")
    (tmp_path / "loopb.jpg").symlink_to(tmp_path / "loopa.jpg")
    with pytest.raises(
        UnreadableImageError,
        match=r"^loopa\.jpg is a link that leads back to itself \(a symbolic link loop\), ",
    ):
        load_image(tmp_path / "loopa.jpg")


def test_a_named_pipe_is_called_what_it_is_and_never_waited_on(tmp_path: Path) -> None:
    """Nobody writes into the pipe: opening it the usual way would wait forever."""
    pipe = tmp_path / "card.jpg"
    os.mkfifo(pipe)
    with pytest.raises(
        UnreadableImageError, match=r"^card\.jpg is a named pipe \(FIFO\), not a regular file, "
    ):
        load_image(pipe)


def _write_white_png(path: Path, width: int, height: int) -> None:
    """A plain white greyscale PNG, written a row at a time: 400 MP in under 2 MB."""
    packer = zlib.compressobj(1)
    row = b"\0" + b"\xff" * width
    with path.open("wb") as file:
        file.write(b"\x89PNG\r\n\x1a\n")
        file.write(_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)))
        pixels = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
        file.write(_chunk(b"IDAT", pixels) + _chunk(b"IEND", b""))


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


PEAK_SCRIPT = """
import re, sys
from pathlib import Path
from cardkeeper.errors import UnreadableImageError
from cardkeeper.reading.load import load_image
try:
    load_image(Path(sys.argv[1]))
except UnreadableImageError as error:
    print(error)
status = Path("/proc/self/status").read_text()
print(int(re.search(r"VmHWM:\\s+(\\d+) kB", status)[1]) // 1024)
"""
"""Prints the peak memory in MB of loading one image. Not ru_maxrss: Linux keeps that across
exec, so a child of a big pytest process would start with the parent's peak."""


def test_a_400_megapixel_png_is_refused_before_it_is_decoded(tmp_path: Path) -> None:
    """Its header says its size: 2.6 GB of pixels were decoded before, per reader."""
    path = tmp_path / "poster.png"
    _write_white_png(path, 20_000, 20_000)
    assert path.stat().st_size < 2_000_000
    run = subprocess.run(
        [sys.executable, "-c", PEAK_SCRIPT, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    message, peak_mb = run.stdout.splitlines()
    assert message == (
        "poster.png is 20000×20000 pixels (400 megapixels), more than the 100 megapixels"
        " CardKeeper opens in PNG; save it as JPEG or smaller and try again."
    )
    assert int(peak_mb) < 300
