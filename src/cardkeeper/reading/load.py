"""Open a photo or scan as a BGR array, upright as the camera meant it, at a working size.

Every way a file can be wrong ends here as one :class:`UnreadableImageError`
sentence, so an import of a hundred files can report the bad ones and go on.
Phone photos can be 50-200 megapixels; a card never needs more than about
12 MP, so JPEGs are decoded at a reduced scale (DCT draft mode, which is also
much faster) and anything else is shrunk right after decoding.
"""

from __future__ import annotations

import errno
import io
import os
import re
import stat
import warnings
from pathlib import Path
from typing import IO

import cv2
import numpy as np
from numpy.typing import NDArray
from PIL import Image, ImageOps, UnidentifiedImageError
from PIL.JpegImagePlugin import JpegImageFile
from pillow_heif import register_heif_opener

from cardkeeper.errors import UnreadableImageError
from cardkeeper.wording import QT_TRANSLATE_NOOP, translate

WORKING_PIXELS = 12_000_000
"""Images are reduced to at most this many pixels: plenty even for a card in a corner."""

MAX_PIXELS = 400_000_000
"""Larger images are refused: no camera makes them and decoding one needs gigabytes."""

WHOLE_DECODE_PIXELS = 100_000_000
"""Larger images in formats decoded whole (all but JPEG) are refused before decoding.

Only a JPEG can be decoded at a reduced scale; a PNG, TIFF, WebP, HEIC or BMP
is decoded at full size, at up to 4 bytes a pixel: a 400 MP PNG of 1 MB took
2.2-2.6 GB per reader. At 100 MP a PNG peaks at 0.3 GB (grey), 0.6 GB (colour)
or 1.0 GB (with transparency). That is twice the largest phone HEIC (48-50 MP),
three times an A4 page scanned at 600 dpi, and ten times a card at 1200 dpi."""

IN_MEMORY_BYTES = 256_000_000
"""Files up to this size are read whole (photos are 2-20 MB); a larger one (a video dropped
by mistake) is only opened, so its first bytes can say what it is."""

_BOMB_PIXELS_PER_BYTE = 5_000
"""No real photo compresses this well (deflate tops out near 1000:1); such a file is a bomb."""

# Pillow's own guard (warn at 89 MP, fail at 179 MP) would refuse a 200 MP phone
# photo; we check the size ourselves below, so let it open anything up to our limit.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS

_heif_registered = False


def load_image(path: Path) -> NDArray[np.uint8]:
    """Read an image file into a BGR uint8 array, EXIF-rotated, at most ~12 MP."""
    name = path.name or str(path)
    try:
        with _open_regular_file(path, name) as stream:
            size = os.fstat(stream.fileno()).st_size
            if size == 0:
                raise _empty(name)
            if size <= IN_MEMORY_BYTES:
                return _decode(io.BytesIO(stream.read()), name, size)
            return _decode(stream, name, size)
    except FileNotFoundError as error:
        raise _unreadable(
            name, QT_TRANSLATE_NOOP("load", "{name} does not exist (it may have been moved).")
        ) from error
    except PermissionError as error:
        raise _unreadable(
            name,
            QT_TRANSLATE_NOOP("load", "{name} cannot be opened: permission denied for this user."),
        ) from error
    except IsADirectoryError as error:  # Windows refuses to open a folder
        raise _unreadable(
            name, QT_TRANSLATE_NOOP("load", "{name} is a folder, not an image file.")
        ) from error
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise _unreadable(
                name,
                QT_TRANSLATE_NOOP(
                    "load",
                    "{name} is a link that leads back to itself (a symbolic link loop), "
                    "so there is no image behind it.",
                ),
            ) from error
        raise UnreadableImageError(
            translate("load", "{name} could not be read ({reason}).").format(
                name=name, reason=error.strerror
            )
        ) from error


def _unreadable(name: str, sentence: str) -> UnreadableImageError:
    """The error saying ``sentence`` (marked for translation where it is written) of ``name``."""
    return UnreadableImageError(translate("load", sentence).format(name=name))


def _empty(name: str) -> UnreadableImageError:
    return UnreadableImageError(
        translate("load", "{name} is empty (0 bytes), so there is no image in it.").format(
            name=name
        )
    )


def _open_regular_file(path: Path, name: str) -> IO[bytes]:
    """Open ``path`` for reading if it is a plain file; anything else raises its sentence.

    It is opened without waiting (a named pipe with no writer would block the
    reader forever) and asked what it is only once open, so it cannot be
    swapped for something else in between.
    """
    handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        mode = os.fstat(handle).st_mode
        if stat.S_ISDIR(mode):
            raise _unreadable(
                name, QT_TRANSLATE_NOOP("load", "{name} is a folder, not an image file.")
            )
        if not stat.S_ISREG(mode):
            raise _unreadable(name, _special_file_kind(mode))
        return os.fdopen(handle, "rb")
    except BaseException:
        os.close(handle)
        raise


def _special_file_kind(mode: int) -> str:
    """The sentence, with ``{name}``, for a file that is no regular file."""
    if stat.S_ISFIFO(mode):
        return QT_TRANSLATE_NOOP(
            "load",
            "{name} is a named pipe (FIFO), not a regular file, "
            "so there is no image to read in it.",
        )
    if stat.S_ISSOCK(mode):
        return QT_TRANSLATE_NOOP(
            "load", "{name} is a socket, not a regular file, so there is no image to read in it."
        )
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return QT_TRANSLATE_NOOP(
            "load", "{name} is a device, not a regular file, so there is no image to read in it."
        )
    return QT_TRANSLATE_NOOP(
        "load", "{name} is a special file, not a regular file, so there is no image to read in it."
    )


def load_image_bytes(data: bytes, name: str) -> NDArray[np.uint8]:
    """Like :func:`load_image` for an image already in memory (a paste or a download)."""
    if not data:
        raise _empty(name)
    return _decode(io.BytesIO(data), name, len(data))


def _decode(stream: IO[bytes], name: str, size: int) -> NDArray[np.uint8]:
    _register_heif()
    head = stream.read(512)
    stream.seek(0)
    try:
        with warnings.catch_warnings():
            # Pillow warns between MAX_PIXELS and twice that; _check_size refuses those.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(stream)
    except UnidentifiedImageError as error:
        raise _unreadable(name, _what_it_is(head)) from error
    except Image.DecompressionBombError as error:
        claimed = re.search(r"\((\d+) pixels\)", str(error))
        if claimed:
            sentence = translate(
                "load",
                "{name} claims {megapixels} megapixels, more than the {most} megapixels "
                "CardKeeper will open.",
            )
        else:
            sentence = translate(
                "load",
                "{name} claims a gigantic size, more than the {most} megapixels "
                "CardKeeper will open.",
            )
        raise UnreadableImageError(
            sentence.format(
                name=name,
                megapixels=f"{int(claimed[1]) / 1e6:.0f}" if claimed else "",
                most=MAX_PIXELS // 1_000_000,
            )
        ) from error
    with image:
        _check_size(image, name, size)
        if isinstance(stream, io.BytesIO) and _plain_jpeg(image, stream):
            return _decode_jpeg(stream.getvalue())
        try:
            return _to_bgr(image)
        except (OSError, SyntaxError, ValueError, EOFError) as error:
            # Pillow reports truncated and corrupt data as OSError ("image file is
            # truncated", "broken data stream"), and some plugins as SyntaxError.
            if image.format:
                sentence = translate(
                    "load",
                    "{name} is damaged or incomplete ({format} data ends early "
                    "or is corrupt); try copying it again.",
                )
            else:
                sentence = translate(
                    "load",
                    "{name} is damaged or incomplete (image data ends early "
                    "or is corrupt); try copying it again.",
                )
            raise UnreadableImageError(sentence.format(name=name, format=image.format)) from error


def _plain_jpeg(image: Image.Image, stream: io.BytesIO) -> bool:
    """A whole RGB or grey JPEG of working size: OpenCV decodes it in a third of the time.

    Pillow's decode plus its copy into an array took 56 ms median on 12 desk photos of
    2-6 MP, OpenCV's 20 ms, same pixels, EXIF rotation included. Anything else (a
    JPEG cut short, which OpenCV would fill with grey instead of failing; a huge one,
    decoded at reduced scale by Pillow; CMYK) goes through Pillow.
    """
    width, height = image.size
    return (
        image.format == "JPEG"
        and image.mode in ("RGB", "L")
        and width * height <= WORKING_PIXELS
        and stream.getbuffer()[-2:].tobytes() == b"\xff\xd9"
    )


def _decode_jpeg(data: bytes) -> NDArray[np.uint8]:
    decoded = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    if decoded is None:
        raise UnreadableImageError(
            translate("load", "The photo is damaged (its JPEG data is corrupt).")
        )
    return np.asarray(decoded, dtype=np.uint8)


def _register_heif() -> None:
    """Teach Pillow to read HEIC/HEIF (iPhone photos); done once, on first use, as it is slowish."""
    global _heif_registered  # noqa: PLW0603 - a one-time plugin registration
    if not _heif_registered:
        register_heif_opener()
        _heif_registered = True


def _check_size(image: Image.Image, name: str, size: int) -> None:
    width, height = image.size
    pixels = width * height
    if pixels > MAX_PIXELS:
        raise UnreadableImageError(
            translate(
                "load",
                "{name} claims to be {width}×{height} pixels ({megapixels} megapixels), "
                "more than the {most} megapixels CardKeeper will open.",
            ).format(
                name=name,
                width=width,
                height=height,
                megapixels=f"{pixels / 1e6:.0f}",
                most=MAX_PIXELS // 1_000_000,
            )
        )
    if pixels > WHOLE_DECODE_PIXELS and not _reducible(image):
        if image.format:
            sentence = translate(
                "load",
                "{name} is {width}×{height} pixels ({megapixels} megapixels), more than "
                "the {most} megapixels CardKeeper opens in {format}; save it as JPEG or smaller "
                "and try again.",
            )
        else:
            sentence = translate(
                "load",
                "{name} is {width}×{height} pixels ({megapixels} megapixels), more than "
                "the {most} megapixels CardKeeper opens in this format; save it as JPEG or "
                "smaller and try again.",
            )
        raise UnreadableImageError(
            sentence.format(
                name=name,
                width=width,
                height=height,
                megapixels=f"{pixels / 1e6:.0f}",
                most=WHOLE_DECODE_PIXELS // 1_000_000,
                format=image.format,
            )
        )
    if pixels > WORKING_PIXELS and pixels / size > _BOMB_PIXELS_PER_BYTE:
        raise UnreadableImageError(
            translate(
                "load",
                "{name} claims to be {width}×{height} pixels but is only {kilobytes} kB; "
                "it is broken or built to exhaust memory.",
            ).format(name=name, width=width, height=height, kilobytes=f"{size / 1000:.0f}")
        )


def _reducible(image: Image.Image) -> bool:
    """A JPEG (a phone's MPO too) is decoded at 1/2, 1/4 or 1/8 scale: a big one costs little."""
    return isinstance(image, JpegImageFile)


def _to_bgr(image: Image.Image) -> NDArray[np.uint8]:
    """Decode, reduce, EXIF-rotate and convert to 3-channel BGR."""
    width, height = image.size
    if _reducible(image) and width * height > WORKING_PIXELS:
        # Decode at 1/2, 1/4 or 1/8 scale straight from the DCT: ~4x faster and 16x
        # less memory for a 200 MP photo. draft() keeps the result >= the request.
        scale = (WORKING_PIXELS / (width * height)) ** 0.5
        image.draft("RGB", (int(width * scale), int(height * scale)))
    image.load()
    # in place: without it Pillow copies every photo, turned or not (~15 MB for 5 MP).
    ImageOps.exif_transpose(image, in_place=True)
    if image.mode in _RESIZABLE_MODES:
        image = _to_working_size(image)  # before converting: a copy at full size is the peak
    rgb = _to_working_size(_flatten_to_rgb(image))
    bgr = cv2.cvtColor(np.asarray(rgb, dtype=np.uint8), cv2.COLOR_RGB2BGR)
    return np.asarray(bgr, dtype=np.uint8)


_RESIZABLE_MODES = frozenset({"L", "LA", "RGB", "RGBA", "I", "I;16", "I;16B", "I;16L", "F"})
"""Modes Pillow resizes smoothly as they are (a palette or 1-bit image only by nearest pixel)."""


def _to_working_size(image: Image.Image) -> Image.Image:
    if image.width * image.height <= WORKING_PIXELS:
        return image
    scale = (WORKING_PIXELS / (image.width * image.height)) ** 0.5
    target = (max(1, int(image.width * scale)), max(1, int(image.height * scale)))
    return image.resize(target, Image.Resampling.BILINEAR, reducing_gap=2.0)


def _flatten_to_rgb(image: Image.Image) -> Image.Image:
    """Any mode to RGB; transparency becomes white, as a card cut-out sits on white paper."""
    if image.mode in {"I;16", "I;16B", "I;16L", "I"}:
        # 16-bit scans: Pillow's convert("L") clips instead of scaling.
        wide = np.asarray(image, dtype=np.float64)
        top = float(wide.max()) or 1.0
        image = Image.fromarray((wide * (255.0 / top)).astype(np.uint8))
    if image.mode == "P" and "transparency" in image.info:
        image = image.convert("RGBA")
    if image.mode in {"RGBA", "LA", "PA", "RGBa", "La"}:
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("RGB")
    return image.convert("RGB") if image.mode != "RGB" else image


def _what_it_is(head: bytes) -> str:
    """A short guess at what a non-image file is: the sentence, with ``{name}``."""
    program = QT_TRANSLATE_NOOP("load", "{name} is a program, not an image.")
    known = (
        (
            b"%PDF",
            QT_TRANSLATE_NOOP(
                "load",
                "{name} is a PDF document, not an image (export the page as a picture first).",
            ),
        ),
        (
            b"PK\x03\x04",
            QT_TRANSLATE_NOOP("load", "{name} is a ZIP archive or Office document, not an image."),
        ),
        (
            b"\x1f\x8b",
            QT_TRANSLATE_NOOP("load", "{name} is a compressed (gzip) file, not an image."),
        ),
        (b"Rar!", QT_TRANSLATE_NOOP("load", "{name} is a RAR archive, not an image.")),
        (b"\x7fELF", program),
        (b"MZ", program),
        (
            b"BEGIN:VCARD",
            QT_TRANSLATE_NOOP(
                "load",
                "{name} is a vCard contact file, not an image (import it as contacts instead).",
            ),
        ),
    )
    for magic, description in known:
        if head.startswith(magic):
            return description
    stripped = head.lstrip().lower()
    if stripped.startswith((b"<svg", b"<?xml")) and b"<svg" in stripped:
        return QT_TRANSLATE_NOOP(
            "load",
            "{name} is an SVG drawing; only photos and scans (JPEG, PNG, HEIC, TIFF, WebP) can be"
            " read.",
        )
    if stripped.startswith((b"<!doctype html", b"<html")):
        return QT_TRANSLATE_NOOP("load", "{name} is a web page (HTML), not an image.")
    if _looks_like_text(head):
        return QT_TRANSLATE_NOOP("load", "{name} is a text file, not an image.")
    return QT_TRANSLATE_NOOP(
        "load",
        "{name} is not an image CardKeeper can read (use JPEG, PNG, HEIC, TIFF, WebP or BMP).",
    )


def _looks_like_text(head: bytes) -> bool:
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        # A cut in the middle of a multi-byte character at the end of the sample.
        try:
            text = head[:-3].decode("utf-8")
        except UnicodeDecodeError:
            return False
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
    return bool(text) and printable >= 0.95 * len(text)
