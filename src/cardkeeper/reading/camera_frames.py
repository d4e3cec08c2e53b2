"""Frames from a webcam, a video file or a folder of images, all read the same way.

OpenCV's ``VideoCapture`` reads a video file exactly as it reads a camera, so
the scanner's whole capture logic runs, and is tested, on generated videos.
A frame carries its own time: from the camera's clock for a live camera, from
the frame rate for a file, so that "steady for half a second" means the same
in a test as at the desk.
"""

from __future__ import annotations

import sys
import time
from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from numpy.typing import NDArray

from cardkeeper.errors import CameraError
from cardkeeper.wording import QT_TRANSLATE_NOOP, translate

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff", ".webp")
DEFAULT_FPS = 30.0
"""Frame rate assumed for a folder of frames, and for a file that does not state one."""
NO_CAMERA = QT_TRANSLATE_NOOP(
    "camera_frames", "No camera was found: connect a webcam, or import photos of the cards instead."
)
"""Shown with ``translate("camera_frames", NO_CAMERA)``."""
SIZES = ((1280, 720), (1920, 1080))
"""Resolutions offered for a camera: 720p by default, 1080p when the camera has it."""


@dataclass(frozen=True)
class Frame:
    index: int
    seconds: float
    """Time since the first frame: the camera's clock, or index / fps for a file."""
    image: NDArray[np.uint8]
    """BGR, owned by this frame (never reused by the source)."""


class FrameSource(ABC):
    """An open camera, video file or folder of frames; iterate it for frames, then close it."""

    def __init__(self, live: bool) -> None:
        self.live = live
        """True for a camera: frames come at its pace, and a slow reader skips some."""

    @abstractmethod
    def frames(self) -> Iterator[Frame]:
        """Frames until the video ends or the camera stops."""

    @abstractmethod
    def close(self) -> None:
        """Release the camera or file; safe to call twice."""

    def __enter__(self) -> FrameSource:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


class _CaptureSource(FrameSource):
    def __init__(self, capture: cv2.VideoCapture, live: bool) -> None:
        super().__init__(live)
        self._capture = capture
        fps = float(capture.get(cv2.CAP_PROP_FPS) or 0.0)
        self.fps = fps if 1.0 <= fps <= 240.0 else DEFAULT_FPS

    def frames(self) -> Iterator[Frame]:
        index = 0
        start = time.monotonic()
        while self._capture.isOpened():
            ok, image = self._capture.read()
            if not ok or image is None:
                return
            seconds = time.monotonic() - start if self.live else index / self.fps
            yield Frame(index, seconds, np.asarray(image, dtype=np.uint8))
            index += 1

    def close(self) -> None:
        self._capture.release()


class _FolderSource(FrameSource):
    def __init__(self, files: list[Path], fps: float) -> None:
        super().__init__(live=False)
        self._files = files
        self.fps = fps

    def frames(self) -> Iterator[Frame]:
        for index, path in enumerate(self._files):
            image = cv2.imread(str(path), cv2.IMREAD_COLOR)
            if image is None:
                raise CameraError(
                    translate(
                        "camera_frames", "Frame {name} in {folder} is not a readable image."
                    ).format(name=path.name, folder=path.parent)
                )
            yield Frame(index, index / self.fps, np.asarray(image, dtype=np.uint8))

    def close(self) -> None:
        """Each frame's file is closed as soon as it is read: nothing is held."""


@dataclass(frozen=True)
class CameraInfo:
    number: int
    """What :func:`open_source` takes to open it."""
    name: str


def list_cameras() -> list[CameraInfo]:
    """The cameras present, named as the system names them where it says (Linux).

    Elsewhere OpenCV cannot ask for names, so the first few numbers are tried;
    that takes a moment per camera: call it off the GUI thread.
    """
    sysfs = Path("/sys/class/video4linux")
    if sys.platform.startswith("linux") and sysfs.is_dir():
        cameras = []
        for device in sorted(sysfs.glob("video*"), key=lambda d: int(d.name[5:] or 0)):
            # A UVC webcam has a second node for metadata (index 1): not a picture.
            if _read_text(device / "index", "0") != "0":
                continue
            name = _read_text(device / "name", "") or f"Camera {device.name[5:]}"
            cameras.append(CameraInfo(int(device.name[5:]), name))
        return cameras
    cameras = []
    for number in range(4):
        capture = cv2.VideoCapture(number, _backend())
        if capture.isOpened():
            cameras.append(CameraInfo(number, f"Camera {number + 1}"))
        capture.release()
    return cameras


def _read_text(path: Path, default: str) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return default


def open_source(
    source: str | int, size: tuple[int, int] = SIZES[0], fps: float = DEFAULT_FPS
) -> FrameSource:
    """Open a camera by number (0, 1 …), a video file, or a folder of numbered frames.

    Raises :class:`CameraError` with one sentence when it cannot be opened.
    """
    if isinstance(source, int) or (isinstance(source, str) and source.isdigit()):
        return _open_camera(int(source), size)
    path = Path(source)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
        if not files:
            raise CameraError(
                translate(
                    "camera_frames", "The folder {path} holds no frames (JPEG or PNG images)."
                ).format(path=path)
            )
        return _FolderSource(files, fps)
    if not path.exists():
        raise CameraError(
            translate("camera_frames", "The video {path} does not exist.").format(path=path)
        )
    capture = cv2.VideoCapture(str(path))
    if not capture.isOpened():
        capture.release()
        raise CameraError(
            translate("camera_frames", "{name} is not a video this computer can play.").format(
                name=path.name
            )
        )
    return _CaptureSource(capture, live=False)


def _open_camera(number: int, size: tuple[int, int]) -> FrameSource:
    capture = cv2.VideoCapture(number, _backend())
    if not capture.isOpened():
        capture.release()
        raise CameraError(_no_camera_sentence(number))
    capture.set(cv2.CAP_PROP_FRAME_WIDTH, size[0])
    capture.set(cv2.CAP_PROP_FRAME_HEIGHT, size[1])
    if (
        int(capture.get(cv2.CAP_PROP_FRAME_WIDTH)),
        int(capture.get(cv2.CAP_PROP_FRAME_HEIGHT)),
    ) != (size):
        # Many webcams give full resolution only as MJPG; uncompressed 1080p is too much for USB 2.
        capture.set(cv2.CAP_PROP_FOURCC, cv2.VideoWriter.fourcc(*"MJPG"))
        capture.set(cv2.CAP_PROP_FRAME_WIDTH, size[0])
        capture.set(cv2.CAP_PROP_FRAME_HEIGHT, size[1])
    ok, _ = capture.read()
    if not ok:
        capture.release()
        raise CameraError(
            translate(
                "camera_frames",
                "Camera {number} is there but gives no picture: another program may be using it, "
                "or this app may not be allowed to use the camera.",
            ).format(number=number)
        )
    return _CaptureSource(capture, live=True)


def _backend() -> int:
    """The platform's own camera API: it names cameras the way the system does."""
    if sys.platform == "win32":
        return int(cv2.CAP_DSHOW)
    if sys.platform == "darwin":
        return int(cv2.CAP_AVFOUNDATION)
    return int(cv2.CAP_V4L2)


def _no_camera_sentence(number: int) -> str:
    if number == 0:
        return translate("camera_frames", NO_CAMERA)
    return translate(
        "camera_frames",
        "Camera {number} was not found: choose another camera, or import photos instead.",
    ).format(number=number)
